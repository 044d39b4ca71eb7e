// Every subcommand of `secret-policy` whose standard output cannot be written (a full disk:
// /dev/full; a reader that went away: a pipe whose read end is closed, with SIGPIPE ignored as
// CI runners and some shells do) exits with status 2 and says why on standard error, instead of
// exiting 0 with the output lost. Also: an endless request line is reported once it passes the
// 10 MB limit, without waiting for its end.
#include "cli/commands.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

const QString dataDir = QStringLiteral(SPS_TEST_DATA_DIR);
const QString cliPath = QStringLiteral(SPS_CLI_PATH);
const QString secretArn =
    QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf");

enum class Sink { DevFull, ClosedPipe };

struct Spawned
{
    bool exited = false; // exited by itself (not killed, not a time-out)
    int exitCode = -1;
    QByteArray err;
};

// Runs the CLI with standard output going to `sink`, standard input from `inputPath` and
// SIGPIPE ignored; waits up to 60 s.
Spawned runInto(Sink sink, const QStringList &args, const QString &inputPath, const QString &errPath)
{
    Spawned result;
    std::vector<std::string> strings{cliPath.toStdString()};
    for (const QString &arg : args)
        strings.push_back(arg.toStdString());
    std::vector<char *> argv;
    for (std::string &s : strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    int outFd = -1;
    if (sink == Sink::DevFull) {
        outFd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    } else {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return result;
        ::close(fds[0]); // nobody will ever read
        outFd = fds[1];
    }
    const int inFd = ::open(QFile::encodeName(inputPath).constData(), O_RDONLY | O_CLOEXEC);
    const int errFd = ::open(QFile::encodeName(errPath).constData(),
                             O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (outFd < 0 || inFd < 0 || errFd < 0)
        return result;

    const pid_t pid = ::fork();
    if (pid == 0) {
        // Only async-signal-safe calls between fork and exec.
        ::signal(SIGPIPE, SIG_IGN);
        ::dup2(inFd, 0);
        ::dup2(outFd, 1);
        ::dup2(errFd, 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(outFd);
    ::close(inFd);
    ::close(errFd);
    if (pid < 0)
        return result;
    int status = 0;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (clock.elapsed() > 60000) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            return result;
        }
        QTest::qWait(10);
    }
    result.exited = WIFEXITED(status);
    result.exitCode = result.exited ? WEXITSTATUS(status) : -1;
    QFile errFile(errPath);
    if (errFile.open(QIODevice::ReadOnly))
        result.err = errFile.readAll();
    return result;
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeErrors_data();
    void writeErrors();
    void inProcessWriteError();
    void endlessRequestLine_data();
    void endlessRequestLine();

private:
    QTemporaryDir m_tmp;
    QString m_requests;    // a request file for stdin
    QString m_bigPolicy;   // a policy with many findings: output larger than any buffer
};

void TestCliOutput::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_requests = m_tmp.filePath(QStringLiteral("requests.jsonl"));
    QVERIFY(QFile::copy(dataDir + QStringLiteral("/ex01-same-account-user.jsonl"), m_requests));
    // 3,000 identical open statements: about 1 MB of findings in every format.
    QByteArray policy = "{\"Version\": \"2012-10-17\", \"Statement\": [";
    for (int i = 0; i < 3000; ++i) {
        policy += (i ? "," : "");
        policy += R"({"Effect": "Allow", "Principal": "*", "Action": "secretsmanager:*", "Resource": "*"})";
    }
    policy += "]}\n";
    m_bigPolicy = m_tmp.filePath(QStringLiteral("big.json"));
    QFile file(m_bigPolicy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(policy), policy.size());
}

void TestCliOutput::writeErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("command"); // as named in the message

    const QString ex01 = dataDir + QStringLiteral("/policies/ex01-same-account-user.json");
    const QString ex01Requests = dataDir + QStringLiteral("/ex01-same-account-user.jsonl");
    const QString ex15 = dataDir + QStringLiteral("/policies/ex15-deny-account.json");
    const QString manyPrincipals = dataDir + QStringLiteral("/sim/many-principals.json");
    struct Row
    {
        const char *name;
        QStringList args;
        QString command;
    };
    const QList<Row> rows{
        {"--help", {QStringLiteral("--help")}, QString()},
        {"--version", {QStringLiteral("--version")}, QString()},
        {"help", {QStringLiteral("help")}, QStringLiteral("help")},
        {"help eval", {QStringLiteral("help"), QStringLiteral("eval")}, QStringLiteral("help")},
        {"eval --help", {QStringLiteral("eval"), QStringLiteral("--help")}, QStringLiteral("eval")},
        {"eval file", {QStringLiteral("eval"), QStringLiteral("--policy"), ex01,
                       QStringLiteral("--requests"), ex01Requests}, QStringLiteral("eval")},
        {"eval stdin", {QStringLiteral("eval"), QStringLiteral("--policy"), ex01},
         QStringLiteral("eval")},
        {"test", {QStringLiteral("test"), ex01, ex01Requests}, QStringLiteral("test")},
        {"test directives", {QStringLiteral("test"), ex01Requests}, QStringLiteral("test")},
        {"test verbose", {QStringLiteral("test"), QStringLiteral("-v"), ex01Requests},
         QStringLiteral("test")},
        {"validate text", {QStringLiteral("validate"), ex01}, QStringLiteral("validate")},
        {"validate big", {QStringLiteral("validate"), QStringLiteral("__BIG__")},
         QStringLiteral("validate")},
        {"validate json", {QStringLiteral("validate"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("__BIG__")},
         QStringLiteral("validate")},
        {"validate sarif", {QStringLiteral("validate"), QStringLiteral("--format"),
                            QStringLiteral("sarif"), ex01},
         QStringLiteral("validate")},
        {"validate --list-checks", {QStringLiteral("validate"), QStringLiteral("--list-checks")},
         QStringLiteral("validate")},
        {"format", {QStringLiteral("format"), ex01}, QStringLiteral("format")},
        {"format big", {QStringLiteral("format"), QStringLiteral("__BIG__")},
         QStringLiteral("format")},
        {"matrix", {QStringLiteral("matrix"), QStringLiteral("--secret-arn"), secretArn, ex01},
         QStringLiteral("matrix")},
        {"matrix csv", {QStringLiteral("matrix"), QStringLiteral("--secret-arn"), secretArn,
                        QStringLiteral("--format"), QStringLiteral("csv"), manyPrincipals},
         QStringLiteral("matrix")},
        {"diff", {QStringLiteral("diff"), QStringLiteral("--secret-arn"), secretArn, ex01, ex15},
         QStringLiteral("diff")},
        {"who-can", {QStringLiteral("who-can"), ex01, QStringLiteral("--secret-arn"), secretArn},
         QStringLiteral("who-can")},
        {"compare", {QStringLiteral("compare"), ex01, ex15, QStringLiteral("--secret-arn"),
                     secretArn},
         QStringLiteral("compare")},
        {"check", {QStringLiteral("check"), ex01, QStringLiteral("--secret-arn"), secretArn,
                   QStringLiteral("--no-public-access")},
         QStringLiteral("check")},
    };
    for (const Row &row : rows) {
        for (const Sink sink : {Sink::DevFull, Sink::ClosedPipe}) {
            QTest::addRow("%s %s", row.name,
                          sink == Sink::DevFull ? "/dev/full" : "closed pipe")
                << row.args << row.command;
        }
    }
}

void TestCliOutput::writeErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, command);
    args.replaceInStrings(QStringLiteral("__BIG__"), m_bigPolicy);
    const bool pipe = QString::fromLatin1(QTest::currentDataTag()).endsWith(QLatin1String("pipe"));
    const Spawned run = runInto(pipe ? Sink::ClosedPipe : Sink::DevFull, args, m_requests,
                                m_tmp.filePath(QStringLiteral("err.txt")));
    QVERIFY2(run.exited, "the command did not exit by itself");
    QCOMPARE(run.exitCode, 2);
    const QByteArray prefix = command.isEmpty() ? QByteArray("secret-policy: ")
                                                : "secret-policy " + command.toUtf8() + ": ";
    const QByteArray expected = prefix + "cannot write the output: "
                                + (pipe ? "Broken pipe" : "No space left on device") + "\n";
    QVERIFY2(run.err.endsWith(expected), run.err.constData());
}

// Streams that are not standard output say "write error".
void TestCliOutput::inProcessWriteError()
{
    std::istringstream in;
    std::ostringstream out, err;
    out.setstate(std::ios::badbit);
    const int status = engine::cli::run({"--version"}, in, out, err);
    QCOMPARE(status, 2);
    QCOMPARE(err.str(), std::string("secret-policy: cannot write the output: write error\n"));
}

void TestCliOutput::endlessRequestLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("report");
    const QString ex01 = dataDir + QStringLiteral("/policies/ex01-same-account-user.json");
    QTest::addRow("eval") << QStringList{QStringLiteral("eval"), QStringLiteral("--policy"), ex01,
                                         QStringLiteral("--requests"), QStringLiteral("/dev/zero")}
                          << QByteArray(
                                 "{\"error\": \"line 1: the line is longer than 10485760 bytes\"}\n");
    QTest::addRow("test") << QStringList{QStringLiteral("test"), ex01, QStringLiteral("/dev/zero")}
                          << QByteArray(
                                 "/dev/zero:1: error: the line is longer than 10485760 bytes\n");
}

// /dev/zero is one line that never ends: it is reported as too long once it passes 10 MB (the
// command then skips the rest of it, forever, in bounded memory).
void TestCliOutput::endlessRequestLine()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, report);
    QProcess process;
    process.start(cliPath, args);
    QVERIFY(process.waitForStarted(10000));
    process.closeWriteChannel();
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains('\n') && clock.elapsed() < 30000) {
        process.waitForReadyRead(1000);
        out += process.readAllStandardOutput();
    }
    process.kill();
    process.waitForFinished(10000);
    QCOMPARE(out, report);
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
