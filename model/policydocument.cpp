#include "policydocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace model {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");

QString recoveryIdFor(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("untitled-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(16));
}

QString sidecarPath(const QString &recoveryFile)
{
    return recoveryFile + QStringLiteral(".path");
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

bool PolicyDocument::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return false;
    }
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
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_diskBytes = bytes;
    m_body = body;
    watch(); // the rename replaced the inode the watcher followed
    removeRecovery();
    setModified(false);
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
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
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

bool PolicyDocument::writeRecovery()
{
    if (!m_modified || !m_textProvider)
        return false;
    if (!QDir().mkpath(m_recoveryDir))
        return false;
    QSaveFile text(recoveryFilePath());
    if (!text.open(QIODevice::WriteOnly))
        return false;
    text.write(m_textProvider());
    if (!text.commit())
        return false;
    QSaveFile meta(sidecarPath(recoveryFilePath()));
    if (!meta.open(QIODevice::WriteOnly))
        return false;
    meta.write(m_path.toUtf8());
    return meta.commit();
}

void PolicyDocument::removeRecovery()
{
    const QString file = recoveryFilePath();
    QFile::remove(file);
    QFile::remove(sidecarPath(file));
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
    QFile file(entry.recoveryFile);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    file.close();
    QFile::remove(entry.recoveryFile);
    QFile::remove(sidecarPath(entry.recoveryFile));
    return bytes;
}

} // namespace model
