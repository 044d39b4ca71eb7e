// PolicyDocument: lossless load/save (BOM, line endings, every byte), atomic saves, changes
// on disk, recovery files; and the import/export conversions around it.
#include "policyconversions.h"
#include "policydocument.h"
#include "policytemplates.h"

#include "../common/smallfs.h"

#include "json/reader.h"
#include "policy/policyreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <functional>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using model::PolicyDocument;

namespace {

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

// A policy of a few kilobytes, as a user's file would be.
QByteArray sizablePolicy()
{
    QByteArray text("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n");
    for (int i = 0; i < 20; ++i) {
        text += "    {\"Sid\": \"S" + QByteArray::number(i)
                + "\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
                  "\"arn:aws:iam::123456789012:root\"}, \"Action\": "
                  "\"secretsmanager:GetSecretValue\", \"Resource\": \"*\"}"
                + (i < 19 ? ",\n" : "\n");
    }
    return text + "  ]\n}\n";
}

QString roundtripDir()
{
    return QStringLiteral(SPS_TEST_DATA_DIR "/roundtrip");
}

} // namespace

class TestPolicyDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldDetectFormat_data();
    void shouldDetectFormat();
    void shouldSaveUneditedFilesByteIdentical_data();
    void shouldSaveUneditedFilesByteIdentical();
    void shouldKeepBomWhenBodyChanges();
    void shouldFailWithoutTouchingTheOldFile();
    void shouldReplaceTheFileByRename();
    void shouldSaveAsAndSwitchPath();
    void shouldKeepTheFileWhenTheDiskIsFull();
    void shouldKeepTheFileOnAReadOnlyFileSystem();
    void shouldSayWhenTheFolderIsGone();
    void shouldRefuseDevicesFifosAndLargeFiles();
    void shouldTellReadOnlyFiles();
    void shouldTrackModified();
    void shouldReportChangesOnDiskButNotOwnSaves();
    void shouldWriteAndRestoreRecovery();
    void shouldRemoveRecoveryOnSave();
    void shouldNeverOfferALiveInstancesRecovery();
    void shouldOfferTheWorkOfAKilledInstance();
    void shouldProtectRestoredWorkFromTheStart();
    void shouldImportGetResourcePolicyOutput();
    void shouldRejectOtherJson_data();
    void shouldRejectOtherJson();
    void shouldRenderPrettyAndMinified();
    void shouldQuoteCommandLine_data();
    void shouldQuoteCommandLine();
    void shouldOfferValidTemplates();

private:
    QTemporaryDir m_dir;
};

void TestPolicyDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPolicyDocument::shouldDetectFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<int>("ending");
    QTest::addRow("lf") << QByteArrayLiteral("{\n}") << false << int(PolicyDocument::LineEnding::Lf);
    QTest::addRow("crlf") << QByteArrayLiteral("{\r\n}") << false
                          << int(PolicyDocument::LineEnding::CrLf);
    QTest::addRow("cr") << QByteArrayLiteral("{\r}") << false << int(PolicyDocument::LineEnding::Cr);
    QTest::addRow("bom crlf") << QByteArrayLiteral("\xEF\xBB\xBF{\r\n}") << true
                              << int(PolicyDocument::LineEnding::CrLf);
    QTest::addRow("one line") << QByteArrayLiteral("{}") << false
                              << int(PolicyDocument::LineEnding::Lf);
}

void TestPolicyDocument::shouldDetectFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, bom);
    QFETCH(int, ending);
    const PolicyDocument::Format f = PolicyDocument::detectFormat(bytes);
    QCOMPARE(f.hasBom, bom);
    QCOMPARE(int(f.lineEnding), ending);
}

void TestPolicyDocument::shouldSaveUneditedFilesByteIdentical_data()
{
    QTest::addColumn<QString>("source");
    const QDir dir(roundtripDir());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 8);
    for (const QString &f : files)
        QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
}

void TestPolicyDocument::shouldSaveUneditedFilesByteIdentical()
{
    QFETCH(QString, source);
    const QByteArray original = readAll(source);
    QVERIFY(!original.isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("copy-") + QFileInfo(source).fileName());
    QVERIFY(writeAll(copy, original));

    PolicyDocument doc;
    doc.setRecoveryDirectory(m_dir.filePath(QStringLiteral("recovery")));
    QVERIFY(doc.load(copy));
    QCOMPARE(doc.body(), PolicyDocument::stripBom(original));
    QVERIFY(doc.save(doc.body()));
    QCOMPARE(readAll(copy), original);
}

void TestPolicyDocument::shouldKeepBomWhenBodyChanges()
{
    const QString path = m_dir.filePath(QStringLiteral("bom.json"));
    QVERIFY(writeAll(path, QByteArrayLiteral("\xEF\xBB\xBF{\r\n}")));
    PolicyDocument doc;
    QVERIFY(doc.load(path));
    QCOMPARE(doc.body(), QByteArrayLiteral("{\r\n}"));
    QVERIFY(doc.save(QByteArrayLiteral("{\r\n  \"Version\": \"2012-10-17\"\r\n}")));
    QCOMPARE(readAll(path), QByteArrayLiteral("\xEF\xBB\xBF{\r\n  \"Version\": \"2012-10-17\"\r\n}"));
}

void TestPolicyDocument::shouldFailWithoutTouchingTheOldFile()
{
    // Atomic save: when the new file cannot be written, the old one stays intact and no
    // temporary file is left behind.
    const QString sub = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(sub));
    const QString path = sub + QStringLiteral("/p.json");
    QVERIFY(writeAll(path, "{\"old\": true}"));
    PolicyDocument doc;
    QVERIFY(doc.load(path));
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner);
    if (QFileInfo(sub).isWritable())
        QSKIP("running as a user who can write to read-only directories (root)");
    QString error;
    QVERIFY(!doc.save("{\"new\": true}", &error));
    QVERIFY(!error.isEmpty());
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(readAll(path), QByteArray("{\"old\": true}"));
    QCOMPARE(QDir(sub).entryList(QDir::Files), QStringList{QStringLiteral("p.json")});
}

void TestPolicyDocument::shouldReplaceTheFileByRename()
{
    // QSaveFile writes a temporary file and renames it over the target: a reader (or a
    // crash) never sees a half-written policy. The rename shows as a new inode.
    const QString path = m_dir.filePath(QStringLiteral("atomic.json"));
    QVERIFY(writeAll(path, "{}"));
    struct stat before {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
    PolicyDocument doc;
    QVERIFY(doc.load(path));
    QVERIFY(doc.save("{\"Version\": \"2012-10-17\"}"));
    struct stat after {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QVERIFY(before.st_ino != after.st_ino);
    QCOMPARE(readAll(path), QByteArray("{\"Version\": \"2012-10-17\"}"));
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("atomic*")}, QDir::Files);
    QCOMPARE(left, QStringList{QStringLiteral("atomic.json")});
}

void TestPolicyDocument::shouldSaveAsAndSwitchPath()
{
    PolicyDocument doc;
    QSignalSpy paths(&doc, &PolicyDocument::pathChanged);
    QVERIFY(doc.isUntitled());
    const QString path = m_dir.filePath(QStringLiteral("saved-as.json"));
    QVERIFY(doc.saveAs(path, "{}"));
    QCOMPARE(doc.path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(doc.displayName(), QStringLiteral("saved-as.json"));
    QCOMPARE(paths.count(), 1);
    QCOMPARE(readAll(path), QByteArray("{}"));
    // An unwritable target keeps the old path.
    QVERIFY(!doc.saveAs(m_dir.filePath(QStringLiteral("no/such/dir/x.json")), "{}"));
    QCOMPARE(doc.path(), QFileInfo(path).absoluteFilePath());
}

namespace {

// The files in a folder except the filler that fills a SmallFileSystem.
QStringList filesIn(const QString &dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    files.removeAll(QStringLiteral("filler.bin"));
    return files;
}

} // namespace

void TestPolicyDocument::shouldKeepTheFileWhenTheDiskIsFull()
{
    // Issue 14.1: QSaveFile (Qt 6.4) wrote an empty temporary file, renamed it over the
    // policy and reported success. Now the save fails, says why, and the file is untouched.
    testsupport::SmallFileSystem fs(64 * 1024);
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.skipReason()));
    const QString path = fs.filePath(QStringLiteral("policy.json"));
    const QByteArray original = sizablePolicy();
    QVERIFY(writeAll(path, original));
    PolicyDocument doc;
    doc.setRecoveryDirectory(m_dir.filePath(QStringLiteral("recovery-full")));
    QVERIFY(doc.load(path));
    doc.setModified(true);
    QSignalSpy changed(&doc, &PolicyDocument::changedOnDisk);
    fs.fill();
    QString error;
    QVERIFY(!doc.save(original + QByteArray(2000, ' '), &error));
    QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
    QCOMPARE(doc.lastSaveError(), engine::io::FileError::DiskFull);
    QCOMPARE(readAll(path), original);
    QCOMPARE(filesIn(fs.path()), QStringList{QStringLiteral("policy.json")});
    QVERIFY(doc.isModified());
    // Nothing changed on disk, so nothing offers to reload.
    QTest::qWait(300);
    QCOMPARE(changed.count(), 0);
}

void TestPolicyDocument::shouldKeepTheFileOnAReadOnlyFileSystem()
{
    testsupport::SmallFileSystem fs(64 * 1024);
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.skipReason()));
    const QString path = fs.filePath(QStringLiteral("policy.json"));
    const QByteArray original = sizablePolicy();
    QVERIFY(writeAll(path, original));
    PolicyDocument doc;
    QVERIFY(doc.load(path));
    QVERIFY(fs.remountReadOnly());
    QString error;
    QVERIFY(!doc.save("{}", &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QCOMPARE(doc.lastSaveError(), engine::io::FileError::ReadOnlyFileSystem);
    QCOMPARE(readAll(path), original);
}

void TestPolicyDocument::shouldSayWhenTheFolderIsGone()
{
    const QString sub = m_dir.filePath(QStringLiteral("gone"));
    QVERIFY(QDir().mkpath(sub));
    const QString path = sub + QStringLiteral("/p.json");
    QVERIFY(writeAll(path, "{}"));
    PolicyDocument doc;
    QVERIFY(doc.load(path));
    QVERIFY(QDir(sub).removeRecursively());
    QString error;
    QVERIFY(!doc.save("{ }", &error));
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
    QCOMPARE(doc.lastSaveError(), engine::io::FileError::FolderMissing);
}

void TestPolicyDocument::shouldRefuseDevicesFifosAndLargeFiles()
{
    // Issue 14.8: /dev/zero grew memory without end, a FIFO without a writer blocked the
    // window from appearing, a 500 MB file took gigabytes. Each is refused from stat().
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString large = m_dir.filePath(QStringLiteral("large.json"));
    {
        QFile f(large);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(500ll * 1024 * 1024)); // sparse: no disk space used
    }
    QElapsedTimer timer;
    timer.start();
    PolicyDocument doc;
    QString error;
    QVERIFY(!doc.load(QStringLiteral("/dev/zero"), &error));
    QCOMPARE(error, QStringLiteral("it is a device, not a file; only regular files can be opened"));
    QVERIFY(!doc.load(fifo, &error));
    QCOMPARE(error,
             QStringLiteral("it is a FIFO (named pipe), not a file; only regular files "
                            "can be opened"));
    QVERIFY(!doc.load(large, &error));
    QVERIFY2(error.startsWith(QStringLiteral("the file has 500.0 MB; Secret Policy Studio opens "
                                             "policies of up to 10 MB")),
             qPrintable(error));
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(doc.isUntitled());
    QVERIFY(QFile::remove(large));
}

void TestPolicyDocument::shouldTellReadOnlyFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("ro.json"));
    QVERIFY(writeAll(path, "{}"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    PolicyDocument doc;
    QSignalSpy spy(&doc, &PolicyDocument::readOnlyChanged);
    QVERIFY(doc.load(path));
    QVERIFY(doc.isReadOnly());
    QCOMPARE(spy.count(), 1);
    QString error;
    QVERIFY(!doc.save("{ }", &error));
    QCOMPARE(error, QStringLiteral("the file is read-only"));
    QCOMPARE(readAll(path), QByteArray("{}"));
    // Made writable behind our back: the watcher notices.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QTRY_VERIFY_WITH_TIMEOUT(!doc.isReadOnly(), 3000);
    QVERIFY(doc.save("{ }"));
}

void TestPolicyDocument::shouldTrackModified()
{
    PolicyDocument doc;
    QSignalSpy spy(&doc, &PolicyDocument::modifiedChanged);
    doc.setModified(true);
    doc.setModified(true);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    const QString path = m_dir.filePath(QStringLiteral("modified.json"));
    QVERIFY(doc.saveAs(path, "{}"));
    QVERIFY(!doc.isModified());
    QCOMPARE(spy.count(), 2);
}

void TestPolicyDocument::shouldReportChangesOnDiskButNotOwnSaves()
{
    const QString path = m_dir.filePath(QStringLiteral("watched.json"));
    QVERIFY(writeAll(path, "{}"));
    PolicyDocument doc;
    QVERIFY(doc.load(path));
    QSignalSpy changed(&doc, &PolicyDocument::changedOnDisk);
    QVERIFY(doc.save("{ }"));
    QTest::qWait(300);
    QCOMPARE(changed.count(), 0);
    QVERIFY(writeAll(path, "{\"someone\": \"else\"}"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 3000);
}

void TestPolicyDocument::shouldWriteAndRestoreRecovery()
{
    const QString dir = m_dir.filePath(QStringLiteral("recovery-a"));
    const QString path = m_dir.filePath(QStringLiteral("recover-me.json"));
    QVERIFY(writeAll(path, "{}"));
    QByteArray current("{\"unsaved\": 1}");
    {
        PolicyDocument doc;
        doc.setRecoveryDirectory(dir);
        doc.setTextProvider([&current] { return current; });
        QVERIFY(doc.load(path));
        QVERIFY(!doc.writeRecovery()); // nothing to recover while unmodified
        doc.setAutosaveInterval(50);
        doc.setModified(true);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(doc.recoveryFilePath()), 2000);
        QCOMPARE(readAll(doc.recoveryFilePath()), current);
        // A crash: the document goes away without saving or discarding.
    }
    const auto entries = PolicyDocument::recoveryEntries(dir);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.front().originalPath, QFileInfo(path).absoluteFilePath());
    QCOMPARE(PolicyDocument::takeRecovery(entries.front()), current);
    QVERIFY(PolicyDocument::recoveryEntries(dir).isEmpty());
}

void TestPolicyDocument::shouldRemoveRecoveryOnSave()
{
    const QString dir = m_dir.filePath(QStringLiteral("recovery-b"));
    PolicyDocument doc;
    doc.setRecoveryDirectory(dir);
    doc.setTextProvider([] { return QByteArray("{}"); });
    doc.setModified(true);
    QVERIFY(doc.writeRecovery());
    QVERIFY(QFile::exists(doc.recoveryFilePath()));
    QCOMPARE(readAll(doc.recoveryFilePath() + QStringLiteral(".path")), QByteArray());
    // Our own, live: never listed for anyone to restore.
    QVERIFY(PolicyDocument::recoveryEntries(dir).isEmpty());
    const QString file = doc.recoveryFilePath();
    QVERIFY(doc.saveAs(m_dir.filePath(QStringLiteral("recovered.json")), "{}"));
    QVERIFY(!QFile::exists(file));
    QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty()); // no lock file left either
}

void TestPolicyDocument::shouldNeverOfferALiveInstancesRecovery()
{
    // Issue 14.3: two windows on one file shared one recovery file, and the second offered
    // and deleted the first one's live work. Each now has its own file and lock.
    const QString dir = m_dir.filePath(QStringLiteral("recovery-two"));
    const QString path = m_dir.filePath(QStringLiteral("shared.json"));
    QVERIFY(writeAll(path, "{}"));
    PolicyDocument first;
    first.setRecoveryDirectory(dir);
    first.setTextProvider([] { return QByteArray("{\"first\": 1}"); });
    QVERIFY(first.load(path));
    first.setModified(true);
    QVERIFY(first.writeRecovery());
    {
        PolicyDocument second;
        second.setRecoveryDirectory(dir);
        second.setTextProvider([] { return QByteArray("{\"second\": 2}"); });
        QVERIFY(second.load(path));
        QVERIFY(PolicyDocument::recoveryEntries(dir).isEmpty()); // what a new window asks about
        second.setModified(true);
        QVERIFY(second.writeRecovery());
        QVERIFY(second.recoveryFilePath() != first.recoveryFilePath());
        QVERIFY(PolicyDocument::recoveryEntries(dir).isEmpty());
        // Taking a live entry by its name does nothing.
        PolicyDocument::RecoveryEntry live;
        live.recoveryFile = first.recoveryFilePath();
        QVERIFY(PolicyDocument::takeRecovery(live).isEmpty());
        QVERIFY(QFile::exists(first.recoveryFilePath()));
        // `second` goes away without saving or discarding, as in a crash.
    }
    const auto entries = PolicyDocument::recoveryEntries(dir);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.front().originalPath, QFileInfo(path).absoluteFilePath());
    QCOMPARE(readAll(entries.front().recoveryFile), QByteArray("{\"second\": 2}"));
    QCOMPARE(readAll(first.recoveryFilePath()), QByteArray("{\"first\": 1}"));
}

namespace {

// Runs `work` in a child process that is then killed (SIGKILL): a real crash, which leaves
// its lock files behind with a dead process id.
bool inKilledChild(const std::function<void()> &work)
{
    const pid_t child = ::fork();
    if (child < 0)
        return false;
    if (child == 0) {
        work();
        ::raise(SIGKILL);
        ::_exit(0);
    }
    int status = 0;
    return ::waitpid(child, &status, 0) == child && WIFSIGNALED(status)
           && WTERMSIG(status) == SIGKILL;
}

} // namespace

void TestPolicyDocument::shouldOfferTheWorkOfAKilledInstance()
{
    const QString dir = m_dir.filePath(QStringLiteral("recovery-killed"));
    const QString path = m_dir.filePath(QStringLiteral("killed.json"));
    QVERIFY(writeAll(path, "{}"));
    QVERIFY(inKilledChild([&] {
        PolicyDocument doc;
        doc.setRecoveryDirectory(dir);
        doc.setTextProvider([] { return QByteArray("{\"unsaved\": true}"); });
        if (doc.load(path)) {
            doc.setModified(true);
            doc.writeRecovery();
        }
    }));
    const auto entries = PolicyDocument::recoveryEntries(dir);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(readAll(entries.front().recoveryFile), QByteArray("{\"unsaved\": true}"));
}

void TestPolicyDocument::shouldProtectRestoredWorkFromTheStart()
{
    // Issue 14.4: Restore deleted the recovery file at once, leaving the restored work
    // unprotected until the next autosave (30 s). Now the entry stays until the restoring
    // document's own copy is written, which happens right away.
    const QString dir = m_dir.filePath(QStringLiteral("recovery-restore"));
    const QString path = m_dir.filePath(QStringLiteral("restored.json"));
    QVERIFY(writeAll(path, "{}"));
    const QByteArray work("{\"work\": \"of an afternoon\"}");
    QVERIFY(inKilledChild([&] {
        PolicyDocument doc;
        doc.setRecoveryDirectory(dir);
        doc.setTextProvider([&work] { return work; });
        if (doc.load(path)) {
            doc.setModified(true);
            doc.writeRecovery();
        }
    }));
    QCOMPARE(PolicyDocument::recoveryEntries(dir).size(), 1);

    // A crash after taking the entry over but before writing our own: still there.
    QVERIFY(inKilledChild([&] {
        PolicyDocument doc;
        doc.setRecoveryDirectory(dir);
        QByteArray text;
        doc.load(path);
        doc.adoptRecovery(PolicyDocument::recoveryEntries(dir).value(0), &text);
    }));
    auto entries = PolicyDocument::recoveryEntries(dir);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(readAll(entries.front().recoveryFile), work);

    // A crash right after Restore: the restoring instance's own copy is there instead.
    QVERIFY(inKilledChild([&] {
        PolicyDocument doc;
        doc.setRecoveryDirectory(dir);
        doc.load(path);
        QByteArray text;
        if (!doc.adoptRecovery(PolicyDocument::recoveryEntries(dir).value(0), &text))
            return;
        doc.setTextProvider([text] { return text; });
        doc.setModified(true);
        doc.writeRecovery();
    }));
    const QString adopted = entries.front().recoveryFile;
    entries = PolicyDocument::recoveryEntries(dir);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.front().recoveryFile != adopted);
    QCOMPARE(readAll(entries.front().recoveryFile), work);
    QCOMPARE(entries.front().originalPath, QFileInfo(path).absoluteFilePath());

    // In a live process, another instance cannot take an adopted entry.
    PolicyDocument restoring;
    restoring.setRecoveryDirectory(dir);
    QByteArray text;
    QVERIFY(restoring.adoptRecovery(entries.front(), &text));
    QCOMPARE(text, work);
    QVERIFY(PolicyDocument::recoveryEntries(dir).isEmpty());
    QByteArray again;
    PolicyDocument other;
    QVERIFY(!other.adoptRecovery(entries.front(), &again));
    // Saved work needs no recovery: the adopted entry goes too.
    QVERIFY(restoring.saveAs(m_dir.filePath(QStringLiteral("restored-saved.json")), text));
    QVERIFY(!QFile::exists(entries.front().recoveryFile));
}

void TestPolicyDocument::shouldImportGetResourcePolicyOutput()
{
    // What `aws secretsmanager get-resource-policy --secret-id MyTestSecret` prints.
    const QByteArray output(
        "{\n"
        "    \"ARN\": \"arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret-a1b2c3\",\n"
        "    \"Name\": \"MyTestSecret\",\n"
        "    \"ResourcePolicy\": \"{\\n\\\"Version\\\":\\\"2012-10-17\\\",\\n\\\"Statement\\\":[{\\n"
        "\\\"Effect\\\":\\\"Allow\\\",\\n\\\"Principal\\\":{\\n\\\"AWS\\\":\\\"arn:aws:iam::123456789012:root\\\"\\n},"
        "\\n\\\"Action\\\":\\\"secretsmanager:GetSecretValue\\\",\\n\\\"Resource\\\":\\\"*\\\"\\n}]\\n}\"\n"
        "}\n");
    QString error;
    const auto imported = model::importGetResourcePolicyOutput(output, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->arn,
             QStringLiteral("arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret-a1b2c3"));
    QCOMPARE(imported->name, QStringLiteral("MyTestSecret"));
    QCOMPARE(imported->text,
             QByteArray("{\n\"Version\":\"2012-10-17\",\n\"Statement\":[{\n\"Effect\":\"Allow\",\n"
                        "\"Principal\":{\n\"AWS\":\"arn:aws:iam::123456789012:root\"\n},\n"
                        "\"Action\":\"secretsmanager:GetSecretValue\",\n\"Resource\":\"*\"\n}]\n}"));
}

void TestPolicyDocument::shouldRejectOtherJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("not json") << QByteArray("ResourcePolicy: {}");
    QTest::addRow("array") << QByteArray("[]");
    QTest::addRow("a policy itself") << QByteArray("{\"Version\": \"2012-10-17\", \"Statement\": []}");
    QTest::addRow("policy not a string") << QByteArray("{\"ResourcePolicy\": {}}");
}

void TestPolicyDocument::shouldRejectOtherJson()
{
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY(!model::importGetResourcePolicyOutput(bytes, &error));
    QVERIFY(!error.isEmpty());
}

void TestPolicyDocument::shouldRenderPrettyAndMinified()
{
    const QByteArray source("{ \"b\":[1.50,true, null,{}] ,\"a\" : \"x\\u00e9\",\"a\":[]}");
    QCOMPARE(*model::renderMinified(source),
             QByteArray("{\"b\":[1.50,true,null,{}],\"a\":\"x\xc3\xa9\",\"a\":[]}"));
    QCOMPARE(*model::renderPretty(source, 2),
             QByteArray("{\n  \"b\": [\n    1.50,\n    true,\n    null,\n    {}\n  ],\n"
                        "  \"a\": \"x\xc3\xa9\",\n  \"a\": []\n}\n"));
    QVERIFY(!model::renderMinified("{\"a\": }"));
}

void TestPolicyDocument::shouldQuoteCommandLine_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("command");
    QTest::addRow("plain") << QStringLiteral("MySecret") << QStringLiteral("/tmp/p.json")
                           << QStringLiteral("aws secretsmanager put-resource-policy --secret-id "
                                             "MySecret --resource-policy file:///tmp/p.json "
                                             "--block-public-policy");
    QTest::addRow("arn and spaces")
        << QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbC")
        << QStringLiteral("/home/me/my policies/it's.json")
        << QStringLiteral("aws secretsmanager put-resource-policy --secret-id "
                          "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbC "
                          "--resource-policy 'file:///home/me/my policies/it'\\''s.json' "
                          "--block-public-policy");
}

void TestPolicyDocument::shouldQuoteCommandLine()
{
    QFETCH(QString, secretId);
    QFETCH(QString, path);
    QFETCH(QString, command);
    QCOMPARE(model::putResourcePolicyCommand(secretId, path), command);
}

void TestPolicyDocument::shouldOfferValidTemplates()
{
    const QList<model::PolicyTemplate> templates = model::policyTemplates();
    QCOMPARE(templates.size(), 7);
    QCOMPARE(templates.front().id, QStringLiteral("empty"));
    int embedded = 0;
    for (const model::PolicyTemplate &t : templates) {
        QVERIFY(!t.title.isEmpty());
        QVERIFY(!t.description.isEmpty());
        // The user guide's examples come from the application's resources (not linked here).
        if (t.text.isEmpty()) {
            ++embedded;
            continue;
        }
        const auto doc = engine::json::read(std::string_view(t.text.constData(),
                                                             std::size_t(t.text.size())));
        QVERIFY2(doc.ok, qPrintable(t.id));
        QVERIFY(t.text.endsWith('\n'));
        const engine::PolicyReadResult policy = engine::readPolicyText(
            std::string_view(t.text.constData(), std::size_t(t.text.size())));
        QVERIFY2(policy.policy.has_value(), qPrintable(t.id));
    }
    QCOMPARE(embedded, 3);
}

QTEST_GUILESS_MAIN(TestPolicyDocument)
#include "tst_policydocument.moc"
