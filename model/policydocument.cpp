#include "policydocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace model {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");

// A new recovery file name for every document and file: two windows (or two instances) on
// one file never share one. The file's hash keeps a file's entries recognisable on disk.
QString recoveryIdFor(const QString &path)
{
    const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (path.isEmpty())
        return QStringLiteral("untitled-") + unique;
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(16)) + QLatin1Char('-') + unique;
}

QString sidecarPath(const QString &recoveryFile)
{
    return recoveryFile + QStringLiteral(".path");
}

QString lockPath(const QString &recoveryFile)
{
    return recoveryFile + QStringLiteral(".lock");
}

// A lock on a recovery entry, or null when a live process (this one included) holds it.
// A lock left by a process that died is stale and taken over.
std::unique_ptr<QLockFile> lockEntry(const QString &recoveryFile)
{
    auto lock = std::make_unique<QLockFile>(lockPath(recoveryFile));
    lock->setStaleLockTime(0); // never stale by age: a live editor may sit idle for days
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

std::string localPath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

} // namespace

PolicyDocument::PolicyDocument(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)),
      m_recoveryDir(defaultRecoveryDirectory()), m_recoveryId(recoveryIdFor({}))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &PolicyDocument::onFileChanged);
    m_autosave.setInterval(30 * 1000);
    connect(&m_autosave, &QTimer::timeout, this, &PolicyDocument::writeRecovery);
}

PolicyDocument::~PolicyDocument() = default;

PolicyDocument::Format PolicyDocument::detectFormat(const QByteArray &bytes)
{
    Format f;
    f.hasBom = bytes.startsWith(utf8Bom);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            f.lineEnding = LineEnding::Lf;
            break;
        }
        if (bytes[i] == '\r') {
            f.lineEnding = (i + 1 < bytes.size() && bytes[i + 1] == '\n') ? LineEnding::CrLf
                                                                          : LineEnding::Cr;
            break;
        }
    }
    return f;
}

QByteArray PolicyDocument::stripBom(const QByteArray &bytes)
{
    return bytes.startsWith(utf8Bom) ? bytes.mid(utf8Bom.size()) : bytes;
}

QString PolicyDocument::fileErrorText(const engine::io::FileStatus &status)
{
    using engine::io::FileError;
    switch (status.error) {
    case FileError::None:
        return {};
    case FileError::DiskFull:
        return tr("the disk is full");
    case FileError::PermissionDenied:
        return tr("permission denied");
    case FileError::ReadOnlyFile:
        return tr("the file is read-only");
    case FileError::ReadOnlyFileSystem:
        return tr("the file system is read-only");
    case FileError::FolderMissing:
        return tr("the folder does not exist");
    case FileError::NotFound:
        return tr("the file does not exist");
    case FileError::NotRegularFile:
        return tr("it is not a regular file (a device, a FIFO or a folder)");
    case FileError::TooLarge:
        return tr("the file is larger than %1 MB")
            .arg(engine::io::maxPolicyFileBytes / (1024 * 1024));
    case FileError::Other:
        break;
    }
    return QString::fromStdString(status.message);
}

bool PolicyDocument::readFile(const QString &path, QByteArray *bytes, QString *error)
{
    engine::io::ReadFileResult read = engine::io::readRegularFile(localPath(path));
    if (read.status) {
        *bytes = QByteArray(read.bytes.data(), static_cast<qsizetype>(read.bytes.size()));
        return true;
    }
    if (!error)
        return false;
    using engine::io::FileKind;
    switch (read.status.error) {
    case engine::io::FileError::NotRegularFile:
        switch (read.kind) {
        case FileKind::Fifo:
            *error = tr("it is a FIFO (named pipe), not a file; only regular files can be "
                        "opened");
            break;
        case FileKind::CharacterDevice:
        case FileKind::BlockDevice:
            *error = tr("it is a device, not a file; only regular files can be opened");
            break;
        case FileKind::Directory:
            *error = tr("it is a folder");
            break;
        default:
            *error = fileErrorText(read.status);
            break;
        }
        break;
    case engine::io::FileError::TooLarge:
        *error = tr("the file has %1 MB; Secret Policy Studio opens policies of up to %2 MB "
                    "(AWS accepts up to 20,480 characters)")
                     .arg(QLocale().toString(
                         static_cast<double>(read.size) / (1024.0 * 1024.0), 'f', 1))
                     .arg(engine::io::maxPolicyFileBytes / (1024 * 1024));
        break;
    default:
        *error = fileErrorText(read.status);
        break;
    }
    return false;
}

bool PolicyDocument::load(const QString &path, QString *error)
{
    QByteArray bytes;
    if (!readFile(path, &bytes, error))
        return false;
    removeRecovery();
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path = QFileInfo(path).absoluteFilePath();
    m_recoveryId = recoveryIdFor(m_path);
    m_format = detectFormat(bytes);
    m_body = stripBom(bytes);
    m_diskBytes = bytes;
    watch();
    setModified(false);
    updateReadOnly();
    emit pathChanged(m_path);
    return true;
}

void PolicyDocument::reset()
{
    reset(Format());
}

void PolicyDocument::reset(const Format &format)
{
    removeRecovery();
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path.clear();
    m_recoveryId = recoveryIdFor({});
    m_format = format;
    m_body.clear();
    m_diskBytes.clear();
    setModified(false);
    updateReadOnly();
    emit pathChanged(m_path);
}

QByteArray PolicyDocument::fileBytes(const QByteArray &body) const
{
    return m_format.hasBom ? utf8Bom + body : body;
}

bool PolicyDocument::save(const QByteArray &body, QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("The document has no file name yet.");
        return false;
    }
    const QByteArray bytes = fileBytes(body);
    const engine::io::FileStatus status = engine::io::writeFileAtomically(
        localPath(m_path),
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    m_lastSaveError = status.error;
    if (!status) {
        if (error)
            *error = fileErrorText(status);
        updateReadOnly();
        return false;
    }
    m_diskBytes = bytes;
    m_body = body;
    watch(); // the rename replaced the inode the watcher followed
    removeRecovery();
    setModified(false);
    updateReadOnly();
    return true;
}

bool PolicyDocument::saveAs(const QString &path, const QByteArray &body, QString *error)
{
    const QString oldPath = m_path;
    const QString oldId = m_recoveryId;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    removeRecovery();
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path = absolute;
    m_recoveryId = recoveryIdFor(absolute);
    if (!save(body, error)) {
        m_path = oldPath;
        m_recoveryId = oldId;
        if (!m_path.isEmpty())
            watch();
        updateReadOnly();
        return false;
    }
    emit pathChanged(m_path);
    return true;
}

QString PolicyDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void PolicyDocument::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    if (m_modified && m_textProvider)
        m_autosave.start();
    else
        m_autosave.stop();
    if (!m_modified)
        removeRecovery();
    emit modifiedChanged(m_modified);
}

void PolicyDocument::updateReadOnly()
{
    const bool readOnly = !m_path.isEmpty() && !engine::io::checkWritable(localPath(m_path)).ok();
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(m_readOnly);
}

void PolicyDocument::watch()
{
    if (m_path.isEmpty())
        return;
    if (!m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void PolicyDocument::onFileChanged(const QString &path)
{
    if (path != m_path)
        return;
    QFile file(path);
    if (!file.exists()) {
        // Editors that save by rename make the file vanish for a moment; look again shortly.
        QTimer::singleShot(200, this, [this, path] {
            if (path != m_path)
                return;
            if (QFile::exists(path)) {
                watch();
                onFileChanged(path);
            } else {
                emit removedFromDisk();
            }
        });
        return;
    }
    watch();
    updateReadOnly(); // a chmod arrives here too
    QByteArray bytes;
    if (!readFile(path, &bytes))
        return; // now a FIFO, a device or too large: never read it
    if (bytes == m_diskBytes)
        return; // our own write, or a touch
    m_diskBytes = bytes;
    emit changedOnDisk();
}

void PolicyDocument::setTextProvider(std::function<QByteArray()> provider)
{
    m_textProvider = std::move(provider);
}

void PolicyDocument::setAutosaveInterval(int intervalMs)
{
    m_autosave.setInterval(intervalMs);
}

QString PolicyDocument::defaultRecoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/recovery");
}

void PolicyDocument::setRecoveryDirectory(const QString &dir)
{
    removeRecovery();
    m_recoveryDir = dir;
}

QString PolicyDocument::recoveryFilePath() const
{
    return m_recoveryDir + QLatin1Char('/') + m_recoveryId + QStringLiteral(".json");
}

bool PolicyDocument::lockRecovery()
{
    if (m_recoveryLock && m_recoveryLock->isLocked()
        && m_recoveryLock->fileName() == lockPath(recoveryFilePath()))
        return true;
    m_recoveryLock = lockEntry(recoveryFilePath());
    return m_recoveryLock != nullptr;
}

bool PolicyDocument::writeRecovery()
{
    if (!m_modified || !m_textProvider)
        return false;
    if (!QDir().mkpath(m_recoveryDir))
        return false;
    // The lock first: from the moment the text exists on disk it is visibly ours.
    if (!lockRecovery())
        return false;
    QSaveFile meta(sidecarPath(recoveryFilePath()));
    if (!meta.open(QIODevice::WriteOnly))
        return false;
    meta.write(m_path.toUtf8());
    if (!meta.commit())
        return false;
    const QByteArray text = m_textProvider();
    const engine::io::FileStatus status = engine::io::writeFileAtomically(
        localPath(recoveryFilePath()),
        std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!status)
        return false;
    removeAdopted(); // our own copy now protects the restored work
    return true;
}

void PolicyDocument::removeAdopted()
{
    if (m_adoptedFile.isEmpty())
        return;
    QFile::remove(m_adoptedFile);
    QFile::remove(sidecarPath(m_adoptedFile));
    m_adoptedLock.reset(); // unlocks: removes the lock file
    m_adoptedFile.clear();
}

void PolicyDocument::removeRecovery()
{
    const QString file = recoveryFilePath();
    QFile::remove(file);
    QFile::remove(sidecarPath(file));
    m_recoveryLock.reset();
    removeAdopted();
}

QList<PolicyDocument::RecoveryEntry> PolicyDocument::recoveryEntries(const QString &directory)
{
    QList<RecoveryEntry> entries;
    const QDir dir(directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files,
                                                  QDir::Time);
    for (const QFileInfo &info : files) {
        RecoveryEntry e;
        e.recoveryFile = info.absoluteFilePath();
        // A live instance's (or this one's) own work: not ours to offer.
        if (!lockEntry(e.recoveryFile))
            continue;
        e.modified = info.lastModified();
        QFile meta(sidecarPath(e.recoveryFile));
        if (meta.open(QIODevice::ReadOnly))
            e.originalPath = QString::fromUtf8(meta.readAll());
        entries.append(e);
    }
    return entries;
}

QByteArray PolicyDocument::takeRecovery(const RecoveryEntry &entry)
{
    const std::unique_ptr<QLockFile> lock = lockEntry(entry.recoveryFile);
    if (!lock)
        return {};
    QFile file(entry.recoveryFile);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    file.close();
    QFile::remove(entry.recoveryFile);
    QFile::remove(sidecarPath(entry.recoveryFile));
    return bytes;
}

bool PolicyDocument::adoptRecovery(const RecoveryEntry &entry, QByteArray *text)
{
    std::unique_ptr<QLockFile> lock = lockEntry(entry.recoveryFile);
    if (!lock)
        return false;
    QFile file(entry.recoveryFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *text = file.readAll();
    removeAdopted();
    m_adoptedFile = entry.recoveryFile;
    m_adoptedLock = std::move(lock);
    return true;
}

} // namespace model
