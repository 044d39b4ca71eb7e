// `secret-policy format --write` (issue 14.2): the file is replaced atomically or not at all.
// A full file system (a real tmpfs), a read-only file and kills at random moments leave the
// policy byte for byte as it was, and a failure says why (exit 2).
#include "../common/smallfs.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

using StatBuf = struct stat;

const QString cliPath = QStringLiteral(SPS_CLI_PATH);

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

Run runFormatWrite(const QString &path)
{
    QProcess process;
    process.start(cliPath, {QStringLiteral("format"), QStringLiteral("--write"), path});
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = process.readAllStandardError();
    return run;
}

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

// A policy on one line, which format spreads over many (so the output is larger).
QByteArray oneLinePolicy(int statements)
{
    QByteArray text("{\"Version\":\"2012-10-17\",\"Statement\":[");
    for (int i = 0; i < statements; ++i) {
        if (i > 0)
            text += ',';
        text += "{\"Sid\":\"S" + QByteArray::number(i)
                + "\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:"
                  "root\"},\"Action\":[\"secretsmanager:GetSecretValue\",\"secretsmanager:"
                  "DescribeSecret\"],\"Resource\":\"*\"}";
    }
    return text + "]}";
}

QStringList filesIn(const QString &dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    files.removeAll(QStringLiteral("filler.bin"));
    return files;
}

} // namespace

class TestFormatWrite : public QObject
{
    Q_OBJECT

private slots:
    void shouldRewriteAndKeepPermissions();
    void shouldLeaveThePolicyWhenTheDiskIsFull();
    void shouldRefuseAReadOnlyFile();
    void shouldNeverLeaveAHalfWrittenPolicyWhenKilled();

private:
    QTemporaryDir m_dir;
};

void TestFormatWrite::shouldRewriteAndKeepPermissions()
{
    const QString path = m_dir.filePath(QStringLiteral("p.json"));
    QVERIFY(writeAll(path, oneLinePolicy(2)));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    const Run run = runFormatWrite(path);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(readAll(path).startsWith("{\n  \"Version\": \"2012-10-17\",\n"));
    StatBuf st{};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, 0600u);
    QCOMPARE(filesIn(m_dir.path()), QStringList{QStringLiteral("p.json")});
}

void TestFormatWrite::shouldLeaveThePolicyWhenTheDiskIsFull()
{
    // It used to open the file with O_TRUNC and write: on a full disk the policy was cut off.
    testsupport::SmallFileSystem fs(64 * 1024);
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.skipReason()));
    const QString path = fs.filePath(QStringLiteral("policy.json"));
    const QByteArray original = oneLinePolicy(40);
    QVERIFY(writeAll(path, original));
    fs.fill();
    const Run run = runFormatWrite(path);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("the disk is full"), run.err.constData());
    QVERIFY2(run.err.contains("the file is unchanged"), run.err.constData());
    QCOMPARE(readAll(path), original);
    QCOMPARE(filesIn(fs.path()), QStringList{QStringLiteral("policy.json")});
}

void TestFormatWrite::shouldRefuseAReadOnlyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.json"));
    const QByteArray original = oneLinePolicy(1);
    QVERIFY(writeAll(path, original));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
    const Run run = runFormatWrite(path);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("read-only"), run.err.constData());
    QCOMPARE(readAll(path), original);
}

void TestFormatWrite::shouldNeverLeaveAHalfWrittenPolicyWhenKilled()
{
    // SIGKILL at moments spread over the run: the file is always the old text or the whole
    // new one.
    const QString path = m_dir.filePath(QStringLiteral("killed.json"));
    const QByteArray original = oneLinePolicy(6000); // about 1.3 MB, 2.2 MB formatted
    QVERIFY(writeAll(path, original));
    QByteArray formatted;
    for (int i = 0; i < 12; ++i) {
        QVERIFY(writeAll(path, original));
        QProcess process;
        process.start(cliPath, {QStringLiteral("format"), QStringLiteral("--write"), path});
        QVERIFY(process.waitForStarted());
        QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(5u + 25u * unsigned(i))));
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            QVERIFY(process.waitForFinished());
        }
        const QByteArray now = readAll(path);
        if (now != original) {
            QVERIFY2(now.startsWith("{\n  \"Version\"") && now.endsWith("]\n}\n"),
                     qPrintable(QStringLiteral("run %1: %2 bytes").arg(i).arg(now.size())));
            if (formatted.isEmpty())
                formatted = now;
            QCOMPARE(now, formatted);
        }
    }
}

QTEST_GUILESS_MAIN(TestFormatWrite)
#include "tst_formatwrite.moc"
