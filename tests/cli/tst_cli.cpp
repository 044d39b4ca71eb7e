// The `secret-policy` executable, run as a process on the golden data (tests/data), plus its
// exit statuses, error lines, manual pages and hostile inputs; and the same subcommands called
// in-process through engine::cli::run.
#include "cli/commands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

namespace {

const QString dataDir = QStringLiteral(SPS_TEST_DATA_DIR);
const QString cliPath = QStringLiteral(SPS_CLI_PATH);

struct RunResult
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QList<QByteArray> outLines() const
    {
        QList<QByteArray> lines = out.split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }
};

RunResult runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(cliPath, args);
    RunResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(120000);
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A request every policy can answer.
const QByteArray sampleRequest =
    R"({"principal": "arn:aws:iam::123456789012:user/anaya", "action": "secretsmanager:GetSecretValue", "resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", "identityPolicies": []})";

QString matchedText(const QJsonArray &matched)
{
    QStringList parts;
    for (const QJsonValue &v : matched) {
        const QJsonObject o = v.toObject();
        parts << QStringLiteral("%1|%2|%3|%4")
                     .arg(o.value(QLatin1String("sid")).isNull()
                              ? QStringLiteral("null")
                              : o.value(QLatin1String("sid")).toString())
                     .arg(o.value(QLatin1String("index")).toInt(-1))
                     .arg(o.value(QLatin1String("effect")).toString(),
                          o.value(QLatin1String("principalMatch")).toString());
    }
    return parts.join(QLatin1Char(';'));
}

// A policy error message must say where: "policy: line L, column C: ..." or "policy: /path: ...".
const QRegularExpression locatedPolicyError(
    QStringLiteral("^policy: (line \\d+, column \\d+|/[^ ]*): \\S"));

int runInProcess(const engine::cli::Args &args, const std::string &input, std::string &out,
                 std::string &err)
{
    std::istringstream in(input);
    std::ostringstream outStream, errStream;
    const int status = engine::cli::run(args, in, outStream, errStream);
    out = outStream.str();
    err = errStream.str();
    return status;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void goldenData_data();
    void goldenData();
    void requestsFromFile();
    void expectIsIgnored();

    void policyError_data();
    void policyError();
    void hostilePolicy_data();
    void hostilePolicy();
    void policyOverSizeLimit();

    void badRequestLines();
    void overlongRequestLine();
    void requestsTheServiceNeverReceives();
    void usageErrors_data();
    void usageErrors();
    void unreadableFiles();

    void version();
    void manualPages_data();
    void manualPages();

    void inProcessEval();
    void testCommandOnGoldenData();
    void testCommandReportsUnmetExpectation();

private:
    QTemporaryDir m_tmp;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath).isExecutable(), qPrintable(cliPath));
    QVERIFY(m_tmp.isValid());
}

void TestCli::goldenData_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(dataDir).entryList({QStringLiteral("ex*.jsonl")}, QDir::Files,
                                                      QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files)
        QTest::addRow("%s", qPrintable(name.left(4))) << name;
}

// Runs each group of request lines (the lines after one "# policy:" line) through
// `eval --policy`, and compares every output line with the request's "expect".
void TestCli::goldenData()
{
    QFETCH(QString, file);
    const QList<QByteArray> lines = readFile(dataDir + QLatin1Char('/') + file).split('\n');

    struct Group
    {
        QString policy;
        QList<QPair<int, QByteArray>> requests; // line number, text
    };
    QList<Group> groups;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.startsWith("# policy:")) {
            groups.append({QString::fromUtf8(line.mid(9).trimmed()), {}});
            continue;
        }
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QVERIFY2(!groups.isEmpty(), "a request before any \"# policy:\" line");
        groups.last().requests.append({i + 1, line});
    }
    QVERIFY(!groups.isEmpty());

    for (const Group &group : groups) {
        QByteArray input;
        for (const auto &request : group.requests)
            input += request.second + '\n';
        const RunResult run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"),
                                      dataDir + QLatin1Char('/') + group.policy},
                                     input);
        QVERIFY(run.finished);
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> out = run.outLines();
        QCOMPARE(out.size(), group.requests.size());
        for (int i = 0; i < out.size(); ++i) {
            const QString where = QStringLiteral("%1 line %2: ").arg(file).arg(group.requests.at(i).first);
            const QJsonObject answer = QJsonDocument::fromJson(out.at(i)).object();
            const QJsonObject expect = QJsonDocument::fromJson(group.requests.at(i).second)
                                           .object()
                                           .value(QLatin1String("expect"))
                                           .toObject();
            QVERIFY2(!answer.contains(QLatin1String("error")), qPrintable(where + QString::fromUtf8(out.at(i))));
            QCOMPARE(where + answer.value(QLatin1String("decision")).toString(),
                     where + expect.value(QLatin1String("decision")).toString());
            QCOMPARE(where + answer.value(QLatin1String("effectiveDecision")).toString(),
                     where + expect.value(QLatin1String("effectiveDecision")).toString());
            if (expect.contains(QLatin1String("matched"))) {
                QCOMPARE(where + matchedText(answer.value(QLatin1String("matched")).toArray()),
                         where + matchedText(expect.value(QLatin1String("matched")).toArray()));
            }
            // Every decision has the five fields of requests.md.
            for (const char *key : {"decision", "effectiveDecision", "matched", "explain", "warnings"})
                QVERIFY2(answer.contains(QLatin1String(key)), qPrintable(where + QLatin1String(key)));
        }
    }
}

// --requests FILE: comment and blank lines produce nothing, answers come in input order.
void TestCli::requestsFromFile()
{
    const QString requests = dataDir + QStringLiteral("/ex03-cross-account-user.jsonl");
    const RunResult run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"),
                                  dataDir + QStringLiteral("/policies/ex03-cross-account-user.json"),
                                  QStringLiteral("--requests"), requests});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> out = run.outLines();
    QCOMPARE(out.size(), 3);
    QStringList effective;
    for (const QByteArray &line : out)
        effective << QJsonDocument::fromJson(line).object().value(QLatin1String("effectiveDecision")).toString();
    QCOMPARE(effective, QStringList({QStringLiteral("ImplicitlyDenied"), QStringLiteral("Allowed"),
                                     QStringLiteral("Unknown")}));
}

void TestCli::expectIsIgnored()
{
    const QString policy = dataDir + QStringLiteral("/policies/ex01-same-account-user.json");
    QByteArray withExpect = sampleRequest;
    withExpect.chop(1);
    withExpect += R"(, "expect": {"decision": "ExplicitlyDenied", "effectiveDecision": "Unknown"}})";
    const RunResult plain = runCli({QStringLiteral("eval"), QStringLiteral("--policy"), policy},
                                   sampleRequest + '\n');
    const RunResult expecting = runCli({QStringLiteral("eval"), QStringLiteral("--policy"), policy},
                                       withExpect + '\n');
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(expecting.exitCode, 0);
    QVERIFY(plain.out.startsWith("{\"decision\":\"Allowed\""));
    QCOMPARE(expecting.out, plain.out);
}

void TestCli::policyError_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("exact");
    const QByteArray content = readFile(dataDir + QStringLiteral("/errors/policy-errors.jsonl"));
    QVERIFY(!content.isEmpty());
    for (const QByteArray &raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const bool exact = o.contains(QLatin1String("error"));
        const QString policy = o.value(QLatin1String("policy")).toString();
        QTest::addRow("%s", qPrintable(QFileInfo(policy).completeBaseName()))
            << policy
            << o.value(exact ? QLatin1String("error") : QLatin1String("errorPrefix")).toString()
            << exact;
    }
}

// An invalid policy: one error object per request line (comments and blank lines produce
// nothing), the message also on standard error, exit status 2.
void TestCli::policyError()
{
    QFETCH(QString, policy);
    QFETCH(QString, error);
    QFETCH(bool, exact);

    const QByteArray input = "# two requests\n" + sampleRequest + "\n\n" + sampleRequest + "\n";
    const RunResult run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"),
                                  dataDir + QLatin1Char('/') + policy},
                                 input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    const QList<QByteArray> out = run.outLines();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0), out.at(1));
    const QJsonObject object = QJsonDocument::fromJson(out.at(0)).object();
    QCOMPARE(object.keys(), QStringList{QStringLiteral("error")});
    const QString message = object.value(QLatin1String("error")).toString();
    if (exact)
        QCOMPARE(message, error);
    else
        QVERIFY2(message.startsWith(error), qPrintable(message));
    QVERIFY2(locatedPolicyError.match(message).hasMatch(), qPrintable(message));
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestCli::hostilePolicy_data()
{
    QTest::addColumn<QByteArray>("content");

    const QByteArray valid =
        R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]})";
    QTest::addRow("truncated") << valid.left(valid.size() / 2);
    QTest::addRow("invalid UTF-8 in a string")
        << QByteArray(valid).replace("secretsmanager:Get", "secretsmanager:\xff\xfeGet");
    QTest::addRow("overlong UTF-8 encoding") << QByteArray(valid).replace("Allow", "All\xc1\xafw");
    QTest::addRow("lone surrogate escape") << QByteArray(valid).replace("Allow", "\\ud800Allow");
    QTest::addRow("100000 nested arrays") << QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::addRow("100000 nested objects")
        << QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}');
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919 + 13) % 256));
    QTest::addRow("binary with NUL bytes") << binary;
    QTest::addRow("NUL inside the JSON") << QByteArray(valid).insert(20, '\0');
    QTest::addRow("empty file") << QByteArray();
    QTest::addRow("top level string") << QByteArray("\"just a string\"");
}

// Hostile policy files never crash the tool: a located error per request line, exit 2.
void TestCli::hostilePolicy()
{
    QFETCH(QByteArray, content);
    const QString path = m_tmp.filePath(QStringLiteral("hostile.json"));
    QVERIFY(writeFile(path, content));
    const RunResult run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"), path},
                                 sampleRequest + '\n');
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    const QList<QByteArray> out = run.outLines();
    QCOMPARE(out.size(), 1);
    const QString message =
        QJsonDocument::fromJson(out.at(0)).object().value(QLatin1String("error")).toString();
    QVERIFY2(locatedPolicyError.match(message).hasMatch(), out.at(0).constData());
    QVERIFY(!run.err.isEmpty());
}

// A 50 MB policy file is refused without reading it all: a located error, exit 2.
void TestCli::policyOverSizeLimit()
{
    const QString path = m_tmp.filePath(QStringLiteral("huge.json"));
    QByteArray content = R"({"Version": "2012-10-17", "Id": ")";
    content += QByteArray(50 * 1024 * 1024, 'x');
    content += R"(", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]})";
    QVERIFY(writeFile(path, content));
    content.clear();
    const RunResult run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"), path},
                                 sampleRequest + '\n' + sampleRequest + '\n');
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    const QList<QByteArray> out = run.outLines();
    QCOMPARE(out.size(), 2);
    const QString message =
        QJsonDocument::fromJson(out.at(0)).object().value(QLatin1String("error")).toString();
    QVERIFY2(locatedPolicyError.match(message).hasMatch(), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("20,480")), qPrintable(message));
    QVERIFY(QString::fromUtf8(run.err).contains(message));
    QFile::remove(path);
}

// Bad request lines become error objects numbered by their line in the input (comments and
// blank lines count), and the batch goes on with exit status 0.
void TestCli::badRequestLines()
{
    QByteArray input;
    input += "# a comment\n";                                                  // line 1
    input += sampleRequest + '\n';                                             // line 2
    input += "\n";                                                             // line 3
    input += R"({"principal": "arn:aws:iam::123456789012:user/anaya", "resource": "*"})" "\n"; // 4
    input += "{not json\n";                                                    // line 5
    input += "\xff\xfe\n";                                                     // line 6
    input += QByteArray(100000, '[') + '\n';                                   // line 7
    input += "[1, 2]\n";                                                       // line 8
    input += sampleRequest + "\r\n";                                           // line 9
    const RunResult run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"),
                                  dataDir + QStringLiteral("/policies/ex01-same-account-user.json")},
                                 input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> out = run.outLines();
    QCOMPARE(out.size(), 7);
    QVERIFY(out.at(0).startsWith("{\"decision\":\"Allowed\""));
    const QByteArray missingAction = "{\"error\": \"line 4: \\\"action\\\" is missing\"}";
    QCOMPARE(out.at(1), missingAction);
    const int errorLines[] = {5, 6, 7, 8};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject object = QJsonDocument::fromJson(out.at(2 + i)).object();
        QVERIFY2(object.value(QLatin1String("error"))
                     .toString()
                     .startsWith(QStringLiteral("line %1: ").arg(errorLines[i])),
                 out.at(2 + i).constData());
    }
    QCOMPARE(out.at(6), out.at(0));
}

// A request line over 10 MB is skipped with an error object; the next line is answered.
void TestCli::overlongRequestLine()
{
    const QByteArray input = "{\"principal\": \"" + QByteArray(11 * 1024 * 1024, 'a') + "\"}\n"
                             + sampleRequest + '\n';
    const RunResult run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"),
                                  dataDir + QStringLiteral("/policies/ex01-same-account-user.json")},
                                 input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> out = run.outLines();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0),
             QByteArray("{\"error\": \"line 1: the line is longer than 10485760 bytes\"}"));
    QVERIFY(out.at(1).startsWith("{\"decision\":\"Allowed\""));
}

// Requests Secrets Manager could never receive are error lines, not decisions: these were all
// Allowed by a policy that explicitly denies GetSecretValue, or evaluated as if "*" or a KMS
// key were the secret. `test` reports them as errors of their lines.
void TestCli::requestsTheServiceNeverReceives()
{
    const QString policy = m_tmp.filePath(QStringLiteral("deny-get.json"));
    QVERIFY(writeFile(policy, R"({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "secretsmanager:*", "Resource": "*"},
        {"Effect": "Deny", "Principal": "*", "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]})"));
    const QByteArray user = R"({"principal": "arn:aws:iam::123456789012:user/anaya", )";
    const QByteArray secret = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";
    const auto line = [&](const QByteArray &action, const QByteArray &resource) {
        return user + "\"action\": \"" + action + "\", \"resource\": \"" + resource
               + "\", \"identityPolicies\": []}\n";
    };
    QByteArray input;
    input += line("secretsmanager:Get*", secret);
    input += line("secretsmanager:GetSecretValu?", secret);
    input += line("secretsmanager:GetSecretValue ", secret);
    input += line("secretsmanager:GetSecretValueX", secret);
    input += line("secretsmanager:DescribeSecret", "*");
    input += line("secretsmanager:GetSecretValue",
                  "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    input += line("secretsmanager:getsecretvalue", secret); // any case: a real request
    const RunResult run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"), policy}, input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> out = run.outLines();
    QCOMPARE(out.size(), 7);
    const char *const fields[] = {"action", "action", "action", "action",
                                  "resource", "resource"};
    for (int i = 0; i < 6; ++i) {
        const QString error = QJsonDocument::fromJson(out.at(i)).object().value(
            QLatin1String("error")).toString();
        QVERIFY2(error.startsWith(QStringLiteral("line %1: \"%2\" ").arg(i + 1).arg(
                     QLatin1String(fields[i]))),
                 out.at(i).constData());
    }
    QVERIFY2(out.at(6).startsWith("{\"decision\":\"ExplicitlyDenied\""), out.at(6).constData());

    const QString scenarios = m_tmp.filePath(QStringLiteral("never-received.jsonl"));
    QByteArray wildcard = line("secretsmanager:Get*", secret);
    wildcard.chop(2);
    wildcard += R"(, "expect": {"decision": "Allowed"}})" "\n";
    QVERIFY(writeFile(scenarios, wildcard));
    const RunResult test = runCli({QStringLiteral("test"), policy, scenarios});
    QCOMPARE(test.exitCode, 1);
    QCOMPARE(QString::fromUtf8(test.outLines().value(0)),
             scenarios
                 + QStringLiteral(":1: error: \"action\" must name one action, not a pattern: "
                                  "\"secretsmanager:Get*\" (wildcards belong in policies)"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("hint");

    const QString policy = dataDir + QStringLiteral("/policies/ex01-same-account-user.json");
    QTest::addRow("no arguments") << QStringList() << QStringLiteral("usage");
    QTest::addRow("unknown command") << QStringList{QStringLiteral("evl")}
                                     << QStringLiteral("did you mean `eval`?");
    QTest::addRow("unknown top-level option") << QStringList{QStringLiteral("--verison")}
                                              << QStringLiteral("did you mean `--version`?");
    QTest::addRow("eval without policy") << QStringList{QStringLiteral("eval")}
                                         << QStringLiteral("--policy");
    QTest::addRow("misspelt option")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--polcy"), policy}
        << QStringLiteral("unknown option `--polcy`; did you mean `--policy`?");
    QTest::addRow("option without value")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--policy")}
        << QStringLiteral("needs a value");
    QTest::addRow("option twice")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--policy"), policy,
                       QStringLiteral("--policy"), policy}
        << QStringLiteral("more than once");
    QTest::addRow("stray argument")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--policy"), policy, policy}
        << QStringLiteral("unexpected argument");
    QTest::addRow("both from stdin")
        << QStringList{QStringLiteral("eval"), QStringLiteral("--policy"), QStringLiteral("-")}
        << QStringLiteral("standard input");
    QTest::addRow("help for unknown command")
        << QStringList{QStringLiteral("help"), QStringLiteral("evil")}
        << QStringLiteral("did you mean `eval`?");
}

// A bad command line: a hint on standard error, nothing on standard output, exit status 2.
void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, hint);
    const RunResult run = runCli(args, sampleRequest + '\n');
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(hint), run.err.constData());
}

void TestCli::unreadableFiles()
{
    const QString policy = dataDir + QStringLiteral("/policies/ex01-same-account-user.json");
    const QString missing = m_tmp.filePath(QStringLiteral("does-not-exist.json"));

    RunResult run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"), missing},
                           sampleRequest + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("does-not-exist.json") && run.err.contains("No such file"),
             run.err.constData());

    run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"), policy,
                  QStringLiteral("--requests"), missing});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("does-not-exist.json"));

    run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"), m_tmp.path()},
                 sampleRequest + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("directory"), run.err.constData());

    // The policy from standard input, the requests from a file.
    const QString requests = m_tmp.filePath(QStringLiteral("requests.jsonl"));
    QVERIFY(writeFile(requests, sampleRequest + '\n'));
    run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"), QStringLiteral("-"),
                  QStringLiteral("--requests"), requests},
                 readFile(policy));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("{\"decision\":\"Allowed\""));
}

void TestCli::version()
{
    const RunResult run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^secret-policy \\d+\\.\\d+\\.\\d+\\n$"))
                 .match(QString::fromUtf8(run.out))
                 .hasMatch(),
             run.out.constData());
    QVERIFY(run.err.isEmpty());
}

void TestCli::manualPages_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("name");
    QTest::addRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("secret-policy");
    QTest::addRow("help") << QStringList{QStringLiteral("help")} << QStringLiteral("secret-policy");
    for (const engine::cli::Command &command : engine::cli::commands()) {
        const QString name = QString::fromUtf8(command.name.data(), qsizetype(command.name.size()));
        QTest::addRow("help %s", qPrintable(name)) << QStringList{QStringLiteral("help"), name} << name;
        QTest::addRow("%s --help", qPrintable(name))
            << QStringList{name, QStringLiteral("--help")} << name;
        QTest::addRow("%s -h", qPrintable(name)) << QStringList{name, QStringLiteral("-h")} << name;
    }
}

// Every manual page has the sections of a man page, and names its command.
void TestCli::manualPages()
{
    QFETCH(QStringList, args);
    QFETCH(QString, name);
    const RunResult run = runCli(args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QString text = QString::fromUtf8(run.out);
    QString section = QStringLiteral("NAME\n    ") + QStringLiteral("secret-policy");
    if (name != QLatin1String("secret-policy"))
        section += QLatin1Char(' ') + name;
    QVERIFY2(text.startsWith(section), qPrintable(text.left(80)));
    for (const char *heading : {"\nSYNOPSIS\n", "\nDESCRIPTION\n", "\nOPTIONS\n", "\nEXIT STATUS\n",
                                "\nEXAMPLES\n"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    if (name == QLatin1String("secret-policy")) {
        for (const engine::cli::Command &command : engine::cli::commands())
            QVERIFY(text.contains(QString::fromUtf8(command.name.data(), qsizetype(command.name.size()))));
    }
}

void TestCli::inProcessEval()
{
    std::string out, err;
    const std::string policy =
        (dataDir + QStringLiteral("/policies/ex11-owner-account-root.json")).toStdString();
    const std::string input = "# Ex 11\n"
        R"({"principal": "arn:aws:iam::123456789012:user/bob", "action": "secretsmanager:GetSecretValue", "resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", "identityPolicies": []})"
        "\n";
    const int status = runInProcess({"eval", "--policy", policy}, input, out, err);
    QCOMPARE(status, 0);
    QVERIFY2(err.empty(), err.c_str());
    const QJsonObject answer = QJsonDocument::fromJson(QByteArray::fromStdString(out)).object();
    QCOMPARE(answer.value(QLatin1String("decision")).toString(), QStringLiteral("Allowed"));
    QCOMPARE(answer.value(QLatin1String("effectiveDecision")).toString(),
             QStringLiteral("ImplicitlyDenied"));
    QCOMPARE(matchedText(answer.value(QLatin1String("matched")).toArray()),
             QStringLiteral("null|0|Allow|account"));
}

// `test` with the "# policy:" lines of the golden data: every expectation is met.
void TestCli::testCommandOnGoldenData()
{
    const QStringList files = QDir(dataDir).entryList({QStringLiteral("ex*.jsonl")}, QDir::Files,
                                                      QDir::Name);
    for (const QString &name : files) {
        std::string out, err;
        const int status =
            runInProcess({"test", (dataDir + QLatin1Char('/') + name).toStdString()}, "", out, err);
        QVERIFY2(status == 0, qPrintable(name + QLatin1Char('\n') + QString::fromStdString(out + err)));
        QVERIFY(QString::fromStdString(out).contains(QLatin1String(" passed, 0 failed")));
    }
}

void TestCli::testCommandReportsUnmetExpectation()
{
    const QString scenarios = m_tmp.filePath(QStringLiteral("scenarios.jsonl"));
    QByteArray wrong = sampleRequest;
    wrong.chop(1);
    wrong += R"(, "expect": {"decision": "ExplicitlyDenied", "effectiveDecision": "Allowed"}})";
    QByteArray right = sampleRequest;
    right.chop(1);
    right += R"(, "expect": {"decision": "Allowed", "effectiveDecision": "Allowed"}})";
    QVERIFY(writeFile(scenarios, "# scenarios\n" + right + '\n' + wrong + '\n'));
    const RunResult run = runCli({QStringLiteral("test"),
                                  dataDir + QStringLiteral("/policies/ex01-same-account-user.json"),
                                  scenarios});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> out = run.outLines();
    QCOMPARE(out.size(), 2);
    QCOMPARE(QString::fromUtf8(out.at(0)),
             scenarios + QStringLiteral(":3: FAIL: decision: expected ExplicitlyDenied, got Allowed"));
    QCOMPARE(out.at(1), QByteArray("1 passed, 1 failed"));

    // A policy that cannot be evaluated: exit status 2.
    const RunResult broken = runCli({QStringLiteral("test"),
                                     dataDir + QStringLiteral("/errors/effect-lowercase.json"),
                                     scenarios});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY(broken.err.contains("/Statement/0/Effect"));
    // Nothing was tested, so no "0 passed, 0 failed" summary: standard output stays empty.
    QCOMPARE(broken.out, QByteArray());

    const RunResult missing = runCli({QStringLiteral("test"),
                                      m_tmp.filePath(QStringLiteral("no-such-policy.json")),
                                      scenarios});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.out, QByteArray());
    QVERIFY2(missing.err.contains("No such file or directory"), missing.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
