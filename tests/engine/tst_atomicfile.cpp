// engine::io: atomic replacement of files (issue 14.1, 14.2) and the guarded reader the editor
// opens files with (issue 14.8). Full and read-only file systems are real tmpfs mounts
// (tests/common/smallfs.h); a kill during a save is a forked child stopped right before the
// rename.
#include "io/atomicfile.h"

#include "../common/smallfs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace engine::io;

namespace {

using StatBuf = struct stat;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

std::string local(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QStringList filesIn(const QString &dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    files.removeAll(QStringLiteral("filler.bin"));
    return files;
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void shouldReplaceByRenameAndKeepPermissions();
    void shouldCreateNewFiles();
    void shouldFollowSymbolicLinks();
    void shouldLeaveTheOriginalWhenTheDiskIsFull();
    void shouldLeaveTheOriginalOnAReadOnlyFileSystem();
    void shouldSayWhenTheFolderIsGone();
    void shouldRefuseReadOnlyFiles();
    void shouldKeepTheOriginalWhenKilledBeforeTheRename();
    void shouldReadRegularFiles();
    void shouldRefuseDevicesAndFifosWithoutWaiting();
    void shouldRefuseLargeFilesFromTheirSize();

private:
    QTemporaryDir m_dir;
};

void TestAtomicFile::shouldReplaceByRenameAndKeepPermissions()
{
    const QString path = m_dir.filePath(QStringLiteral("p.json"));
    QVERIFY(writeAll(path, "{\"old\": 1}"));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    StatBuf before{};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
    const FileStatus status = writeFileAtomically(local(path), "{\"new\": 2}\n");
    QVERIFY2(status.ok(), status.message.c_str());
    QCOMPARE(readAll(path), QByteArray("{\"new\": 2}\n"));
    StatBuf after{};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QVERIFY(before.st_ino != after.st_ino); // a rename, not an overwrite
    QCOMPARE(after.st_mode & 07777, 0640u);
    QCOMPARE(filesIn(m_dir.path()), QStringList{QStringLiteral("p.json")});
}

void TestAtomicFile::shouldCreateNewFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("new.json"));
    const mode_t mask = ::umask(022);
    const FileStatus status = writeFileAtomically(local(path), "{}");
    ::umask(mask);
    QVERIFY2(status.ok(), status.message.c_str());
    QCOMPARE(readAll(path), QByteArray("{}"));
    StatBuf st{};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, 0644u); // 0666 less the umask, like any new file
}

void TestAtomicFile::shouldFollowSymbolicLinks()
{
    const QString target = m_dir.filePath(QStringLiteral("target.json"));
    const QString link = m_dir.filePath(QStringLiteral("link.json"));
    QVERIFY(writeAll(target, "{}"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(writeFileAtomically(local(link), "{\"via\": \"link\"}").ok());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(target), QByteArray("{\"via\": \"link\"}"));
}

void TestAtomicFile::shouldLeaveTheOriginalWhenTheDiskIsFull()
{
    testsupport::SmallFileSystem fs(64 * 1024);
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.skipReason()));
    const QString path = fs.filePath(QStringLiteral("policy.json"));
    const QByteArray original(3000, 'o');
    QVERIFY(writeAll(path, original));
    fs.fill();
    const FileStatus status = writeFileAtomically(local(path), std::string(8000, 'n'));
    QVERIFY(!status.ok());
    QCOMPARE(status.error, FileError::DiskFull);
    QCOMPARE(status.errorNumber, ENOSPC);
    QCOMPARE(QString::fromStdString(status.message), QStringLiteral("the disk is full"));
    QCOMPARE(readAll(path), original);
    QCOMPARE(filesIn(fs.path()), QStringList{QStringLiteral("policy.json")});
}

void TestAtomicFile::shouldLeaveTheOriginalOnAReadOnlyFileSystem()
{
    testsupport::SmallFileSystem fs(64 * 1024);
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.skipReason()));
    const QString path = fs.filePath(QStringLiteral("policy.json"));
    QVERIFY(writeAll(path, "{}"));
    QVERIFY(fs.remountReadOnly());
    const FileStatus status = writeFileAtomically(local(path), "{\"x\": 1}");
    QCOMPARE(status.error, FileError::ReadOnlyFileSystem);
    QCOMPARE(readAll(path), QByteArray("{}"));
    QCOMPARE(checkWritable(local(path)).error, FileError::ReadOnlyFileSystem);
}

void TestAtomicFile::shouldSayWhenTheFolderIsGone()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/p.json"));
    const FileStatus status = writeFileAtomically(local(path), "{}");
    QCOMPARE(status.error, FileError::FolderMissing);
    QCOMPARE(QString::fromStdString(status.message), QStringLiteral("the folder does not exist"));
}

void TestAtomicFile::shouldRefuseReadOnlyFiles()
{
    // A file without write permission is refused, by root too: the rename would replace it.
    const QString path = m_dir.filePath(QStringLiteral("locked.json"));
    QVERIFY(writeAll(path, "{}"));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
    QCOMPARE(checkWritable(local(path)).error, FileError::ReadOnlyFile);
    const FileStatus status = writeFileAtomically(local(path), "{\"x\": 1}");
    QCOMPARE(status.error, FileError::ReadOnlyFile);
    QCOMPARE(QString::fromStdString(status.message), QStringLiteral("the file is read-only"));
    QCOMPARE(readAll(path), QByteArray("{}"));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QVERIFY(checkWritable(local(path)).ok());
}

void TestAtomicFile::shouldKeepTheOriginalWhenKilledBeforeTheRename()
{
    // The worst moment for a crash: the new text is complete in the temporary file and the
    // rename has not happened. The child process is killed there; the original is intact.
    const QString path = m_dir.filePath(QStringLiteral("killed.json"));
    const QByteArray original("{\"Version\": \"2012-10-17\"}");
    QVERIFY(writeAll(path, original));
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        AtomicWriteOptions options;
        options.beforeRename = [](const std::string &) { ::raise(SIGKILL); };
        (void)writeFileAtomically(local(path), std::string(100000, 'n'), options);
        ::_exit(0); // not reached
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status));
    QCOMPARE(WTERMSIG(status), SIGKILL);
    QCOMPARE(readAll(path), original);
    // Only the dead process's temporary file is left, hidden beside it.
    const QStringList left
        = QDir(m_dir.path())
              .entryList({QStringLiteral(".killed.json.sps-*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(left.size(), 1);
    QCOMPARE(readAll(m_dir.filePath(left.front())).size(), 100000);
}

void TestAtomicFile::shouldReadRegularFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("read.json"));
    QVERIFY(writeAll(path, "{\"a\": 1}"));
    const ReadFileResult read = readRegularFile(local(path));
    QVERIFY(read.status.ok());
    QCOMPARE(read.kind, FileKind::Regular);
    QCOMPARE(read.bytes, std::string("{\"a\": 1}"));
    const ReadFileResult missing = readRegularFile(local(m_dir.filePath(QStringLiteral("no"))));
    QCOMPARE(missing.status.error, FileError::NotFound);
}

void TestAtomicFile::shouldRefuseDevicesAndFifosWithoutWaiting()
{
    const QString fifo = m_dir.filePath(QStringLiteral("fifo.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const ReadFileResult fromFifo = readRegularFile(local(fifo)); // no writer: open() would block
    QCOMPARE(fromFifo.status.error, FileError::NotRegularFile);
    QCOMPARE(fromFifo.kind, FileKind::Fifo);
    QCOMPARE(QString::fromStdString(fromFifo.status.message),
             QStringLiteral("it is a FIFO (named pipe), not a regular file"));
    const ReadFileResult zero = readRegularFile("/dev/zero"); // would never end
    QCOMPARE(zero.status.error, FileError::NotRegularFile);
    QCOMPARE(zero.kind, FileKind::CharacterDevice);
    QCOMPARE(readRegularFile(local(m_dir.path())).kind, FileKind::Directory);
    QVERIFY(timer.elapsed() < 1000);
}

void TestAtomicFile::shouldRefuseLargeFilesFromTheirSize()
{
    // A sparse 500 MB file: refused from stat() alone, without reading a byte.
    const QString path = m_dir.filePath(QStringLiteral("large.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(500ll * 1024 * 1024));
    }
    QElapsedTimer timer;
    timer.start();
    const ReadFileResult read = readRegularFile(local(path));
    QCOMPARE(read.status.error, FileError::TooLarge);
    QCOMPARE(read.size, 500ull * 1024 * 1024);
    QVERIFY(read.bytes.empty());
    QCOMPARE(QString::fromStdString(read.status.message),
             QStringLiteral("the file is larger than 10 MB"));
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(QFile::remove(path));
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
