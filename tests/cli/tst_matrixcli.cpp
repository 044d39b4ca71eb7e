// `secret-policy matrix` and `secret-policy diff` run as processes: golden outputs in every
// format (tests/data/sim/*.txt|md|csv|json), exit statuses and error lines, manual pages; and
// the twin check of issue 5: every matrix cell equals what `secret-policy eval` answers for the
// same request, both for the requests built in-process and for the cells `matrix --format json`
// prints.
//
// To regenerate a golden file after a deliberate change, run the command of its row by hand
// (paths relative to the repository root) and review the difference before committing it.
#include "sim/derive.h"
#include "sim/matrix.h"

#include "data/secretsmanager.h"
#include "eval/evaluator.h"
#include "policy/policyreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace engine;
using namespace engine::sim;

namespace {

const QString simDir = QStringLiteral(SPS_TEST_DATA_DIR "/sim");
const QString examplesDir = QStringLiteral(SPS_EXAMPLES_DIR);
const QString secretS = QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf");
const QString secretS2 = QStringLiteral("arn:aws:secretsmanager:us-east-1:444455556666:secret:prod/db-AbCdEf");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(SPS_CLI_PATH), args);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// {EX} is resources/examples, {SIM} tests/data/sim, {DATA} tests/data, {S}/{S2} the secrets.
QStringList expand(const QStringList &args)
{
    QStringList out;
    for (QString a : args) {
        a.replace(QStringLiteral("{EX}"), examplesDir);
        a.replace(QStringLiteral("{SIM}"), simDir);
        a.replace(QStringLiteral("{DATA}"), QStringLiteral(SPS_TEST_DATA_DIR));
        a.replace(QStringLiteral("{S2}"), secretS2);
        a.replace(QStringLiteral("{S}"), secretS);
        out << a;
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

Policy loadPolicy(const QString &path)
{
    const QByteArray bytes = readFile(path);
    PolicyReadResult r = readPolicyText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!r.policy)
        qFatal("%s does not read", qPrintable(path));
    return std::move(*r.policy);
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

std::vector<std::string> allActions()
{
    std::vector<std::string> out;
    for (const data::ActionInfo &info : data::actions())
        out.push_back("secretsmanager:" + std::string(info.name));
    return out;
}

} // namespace

class TestMatrixCli : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void errors_data();
    void errors();
    void manualPages_data();
    void manualPages();
    void everyCellAgreesWithEval_data();
    void everyCellAgreesWithEval();
    void matrixJsonAgreesWithEval();
};

void TestMatrixCli::golden_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("golden");

    QTest::addRow("matrix text, EC2 role example")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("{EX}/ec2-role-current-version.json"), QStringLiteral("--secret-arn"), QStringLiteral("{S}")}
        << 0 << QStringLiteral("ec2-role.matrix.txt");
    QTest::addRow("matrix text, cross-account example, two actions")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("{EX}/cross-account-user.json"), QStringLiteral("--secret-arn={S2}"),
                       QStringLiteral("-a"), QStringLiteral("GetSecretValue,describesecret")}
        << 0 << QStringLiteral("cross-account-user.matrix.txt");
    QTest::addRow("matrix markdown, custom stages")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("{SIM}/custom-stages.json"), QStringLiteral("--secret-arn"), QStringLiteral("{S}"),
                       QStringLiteral("--format"), QStringLiteral("markdown")}
        << 0 << QStringLiteral("custom-stages.matrix.md");
    QTest::addRow("matrix csv, chosen principals and stages")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("{SIM}/many-principals.json"), QStringLiteral("--secret-arn"), QStringLiteral("{S}"),
                       QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--principals"),
                       QStringLiteral("arn:aws:iam::555566667777:role/ci-deployer,ec2.amazonaws.com,anonymous"),
                       QStringLiteral("--stages"), QStringLiteral("-,AWSCURRENT"), QStringLiteral("--actions"), QStringLiteral("GetSecretValue,ListSecrets")}
        << 0 << QStringLiteral("many-principals.matrix.csv");
    QTest::addRow("matrix json, context given")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("{EX}/user-all-operations.json"), QStringLiteral("--secret-arn"), QStringLiteral("{S}"),
                       QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--stages"), QStringLiteral("-"),
                       QStringLiteral("--context"), QStringLiteral("{\"aws:SourceIp\": \"203.0.113.5\"}")}
        << 0 << QStringLiteral("user-all-operations.matrix.json");
    QTest::addRow("matrix html, EC2 role example")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("{EX}/ec2-role-current-version.json"), QStringLiteral("--secret-arn"), QStringLiteral("{S}"),
                       QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--principals"),
                       QStringLiteral("arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/i-0abc,anonymous")}
        << 0 << QStringLiteral("ec2-role.matrix.html");
    QTest::addRow("diff html, access gained")
        << QStringList{QStringLiteral("diff"), QStringLiteral("{EX}/ec2-role-current-version.json"), QStringLiteral("{SIM}/public-read.json"),
                       QStringLiteral("--secret-arn"), QStringLiteral("{S}"), QStringLiteral("--actions"), QStringLiteral("GetSecretValue"),
                       QStringLiteral("--principals"), QStringLiteral("anonymous,444455556666"), QStringLiteral("--format"), QStringLiteral("html")}
        << 1 << QStringLiteral("public-read.diff.html");
    QTest::addRow("diff text, access gained (exit 1)")
        << QStringList{QStringLiteral("diff"), QStringLiteral("{EX}/ec2-role-current-version.json"), QStringLiteral("{SIM}/public-read.json"),
                       QStringLiteral("--secret-arn"), QStringLiteral("{S}"), QStringLiteral("--actions"), QStringLiteral("GetSecretValue,DescribeSecret")}
        << 1 << QStringLiteral("public-read.diff.txt");
    QTest::addRow("diff markdown, access lost (exit 0)")
        << QStringList{QStringLiteral("diff"), QStringLiteral("{SIM}/public-read.json"), QStringLiteral("{EX}/ec2-role-current-version.json"),
                       QStringLiteral("--secret-arn"), QStringLiteral("{S}"), QStringLiteral("--format"), QStringLiteral("markdown")}
        << 0 << QStringLiteral("public-read-removed.diff.md");
    QTest::addRow("diff json, every action")
        << QStringList{QStringLiteral("diff"), QStringLiteral("{EX}/ec2-role-current-version.json"), QStringLiteral("{EX}/user-all-operations.json"),
                       QStringLiteral("--secret-arn"), QStringLiteral("{S}"), QStringLiteral("--format"), QStringLiteral("json")}
        << 1 << QStringLiteral("anaya.diff.json");
    QTest::addRow("diff csv, unchanged listed with --all")
        << QStringList{QStringLiteral("diff"), QStringLiteral("{EX}/cross-account-user.json"), QStringLiteral("{EX}/cross-account-user.json"),
                       QStringLiteral("--secret-arn"), QStringLiteral("{S2}"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--all"), QStringLiteral("--actions"), QStringLiteral("GetSecretValue"), QStringLiteral("--stages"), QStringLiteral("AWSCURRENT")}
        << 0 << QStringLiteral("unchanged.diff.csv");
}

void TestMatrixCli::golden()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, golden);
    const Run run = runCli(expand(args));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.exitCode, exitCode);
    const QByteArray expected = readFile(simDir + u'/' + golden);
    if (run.out != expected) {
        const QList<QByteArray> got = lines(run.out);
        const QList<QByteArray> want = lines(expected);
        for (qsizetype i = 0; i < std::min(got.size(), want.size()); ++i)
            QCOMPARE(QString::fromUtf8(got[i]), QString::fromUtf8(want[i]));
        QCOMPARE(got.size(), want.size());
        QCOMPARE(run.out, expected); // line endings
    }
}

void TestMatrixCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrPart");

    QTest::addRow("matrix without the secret") << QStringList{QStringLiteral("matrix"), QStringLiteral("{EX}/ec2-role-current-version.json")}
        << QStringLiteral("secret-policy matrix: missing --secret-arn ARN");
    QTest::addRow("matrix with a bad secret") << QStringList{QStringLiteral("matrix"), QStringLiteral("{EX}/ec2-role-current-version.json"),
                                                             QStringLiteral("--secret-arn"), QStringLiteral("arn:aws:iam::123456789012:user/x")}
        << QStringLiteral("`arn:aws:iam::123456789012:user/x` is not a secret ARN");
    QTest::addRow("matrix without a policy") << QStringList{QStringLiteral("matrix"), QStringLiteral("--secret-arn"), QStringLiteral("{S}")}
        << QStringLiteral("secret-policy matrix: missing POLICY.json");
    QTest::addRow("matrix with a misspelt action") << QStringList{QStringLiteral("matrix"), QStringLiteral("{EX}/ec2-role-current-version.json"),
                                                                  QStringLiteral("--secret-arn"), QStringLiteral("{S}"), QStringLiteral("--actions"), QStringLiteral("GetSecretValu")}
        << QStringLiteral("--actions: unknown action `GetSecretValu`; did you mean `secretsmanager:GetSecretValue`?");
    QTest::addRow("matrix with a misspelt option") << QStringList{QStringLiteral("matrix"), QStringLiteral("{EX}/ec2-role-current-version.json"),
                                                                  QStringLiteral("--secret-arn"), QStringLiteral("{S}"), QStringLiteral("--stage"), QStringLiteral("x")}
        << QStringLiteral("unknown option `--stage`");
    QTest::addRow("matrix with a bad principal") << QStringList{QStringLiteral("matrix"), QStringLiteral("{EX}/ec2-role-current-version.json"),
                                                                QStringLiteral("--secret-arn"), QStringLiteral("{S}"), QStringLiteral("--principals"), QStringLiteral("bob")}
        << QStringLiteral("--principals: `bob` is not a principal");
    QTest::addRow("matrix with a bad format") << QStringList{QStringLiteral("matrix"), QStringLiteral("{EX}/ec2-role-current-version.json"),
                                                             QStringLiteral("--secret-arn"), QStringLiteral("{S}"), QStringLiteral("--format"), QStringLiteral("xml")}
        << QStringLiteral("unknown format `xml`; use text, csv, markdown, json or html");
    QTest::addRow("matrix with bad context") << QStringList{QStringLiteral("matrix"), QStringLiteral("{EX}/ec2-role-current-version.json"),
                                                            QStringLiteral("--secret-arn"), QStringLiteral("{S}"), QStringLiteral("--context"), QStringLiteral("[]")}
        << QStringLiteral("--context: expected a JSON object, not array");
    QTest::addRow("matrix of a missing file") << QStringList{QStringLiteral("matrix"), QStringLiteral("{SIM}/no-such-file.json"),
                                                             QStringLiteral("--secret-arn"), QStringLiteral("{S}")}
        << QStringLiteral("cannot read `");
    QTest::addRow("matrix of a broken policy") << QStringList{QStringLiteral("matrix"), QStringLiteral("{DATA}/errors/effect-lowercase.json"),
                                                              QStringLiteral("--secret-arn"), QStringLiteral("{S}")}
        << QStringLiteral("effect-lowercase.json: policy: /Statement/0/Effect: must be \"Allow\" or \"Deny\", not \"allow\"");
    QTest::addRow("diff with one policy") << QStringList{QStringLiteral("diff"), QStringLiteral("{EX}/ec2-role-current-version.json"),
                                                         QStringLiteral("--secret-arn"), QStringLiteral("{S}")}
        << QStringLiteral("expected two policy files, OLD.json and NEW.json, got 1");
    QTest::addRow("diff with a broken new policy") << QStringList{QStringLiteral("diff"), QStringLiteral("{EX}/ec2-role-current-version.json"),
                                                                  QStringLiteral("{DATA}/errors/effect-lowercase.json"), QStringLiteral("--secret-arn"), QStringLiteral("{S}")}
        << QStringLiteral("secret-policy diff: ");
}

void TestMatrixCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrPart);
    const Run run = runCli(expand(args));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(stderrPart), run.err.constData());
}

void TestMatrixCli::manualPages_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("name");
    QTest::addRow("help matrix") << QStringList{QStringLiteral("help"), QStringLiteral("matrix")} << QStringLiteral("matrix");
    QTest::addRow("matrix --help") << QStringList{QStringLiteral("matrix"), QStringLiteral("--help")} << QStringLiteral("matrix");
    QTest::addRow("help diff") << QStringList{QStringLiteral("help"), QStringLiteral("diff")} << QStringLiteral("diff");
    QTest::addRow("diff -h") << QStringList{QStringLiteral("diff"), QStringLiteral("-h")} << QStringLiteral("diff");
}

void TestMatrixCli::manualPages()
{
    QFETCH(QStringList, args);
    QFETCH(QString, name);
    const Run run = runCli(args);
    QCOMPARE(run.exitCode, 0);
    const QString page = QString::fromUtf8(run.out);
    QVERIFY(page.startsWith(QStringLiteral("NAME\n    secret-policy ") + name + QStringLiteral(" - ")));
    int at = 0;
    for (const char *section : {"SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "EXAMPLES"}) {
        const int next = int(page.indexOf(u'\n' + QString::fromLatin1(section) + u'\n'));
        QVERIFY2(next > at, section);
        at = next;
    }
    for (const char *option : {"--secret-arn", "--actions", "--principals", "--stages", "--context", "--format"})
        QVERIFY2(page.contains(QString::fromLatin1(option)), option);
    for (const QString &line : page.split(u'\n'))
        QVERIFY2(line.size() <= 100, qPrintable(line));
    // The command list names both.
    QVERIFY(runCli({QStringLiteral("--help")}).out.contains("    " + name.toUtf8() + "  "));
}

void TestMatrixCli::everyCellAgreesWithEval_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("secret");
    for (const QString &name : {QStringLiteral("ec2-role-current-version.json"), QStringLiteral("cross-account-user.json"),
                                QStringLiteral("user-all-operations.json")}) {
        QTest::addRow("%s on S", qPrintable(name)) << examplesDir + u'/' + name << secretS;
        QTest::addRow("%s on S2", qPrintable(name)) << examplesDir + u'/' + name << secretS2;
    }
    for (const QString &name : {QStringLiteral("custom-stages.json"), QStringLiteral("many-principals.json"),
                                QStringLiteral("public-read.json")})
        QTest::addRow("%s on S", qPrintable(name)) << simDir + u'/' + name << secretS;
}

void TestMatrixCli::everyCellAgreesWithEval()
{
    QFETCH(QString, policy);
    QFETCH(QString, secret);
    const Policy p = loadPolicy(policy);
    MatrixSetup setup = deriveSetup(p, secret.toStdString(), allActions());
    // A principal with identity policies and a context key, so that both reach `eval` too.
    Result<SimPrincipal> bob = parsePrincipal("arn:aws:iam::123456789012:user/bob", secret.toStdString());
    QVERIFY(bob.hasValue());
    Result<SimPrincipal> withPolicies = withIdentityPolicies(
        bob.value(), {R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "secretsmanager:Get*", "Resource": "*"}]})"});
    QVERIFY(withPolicies.hasValue());
    setup.principals.push_back(withPolicies.value());
    setup.context = {{"aws:SourceIp", {false, {"203.0.113.5"}}}};
    const Matrix m = computeMatrix(CompiledPolicy(p), setup);

    QByteArray requests;
    std::vector<std::string> expected;
    for (std::size_t a = 0; a < m.setup.actions.size(); ++a) {
        for (std::size_t pr = 0; pr < m.setup.principals.size(); ++pr) {
            for (std::size_t s = 0; s < m.setup.stages.size(); ++s) {
                requests += QByteArray::fromStdString(cellRequestJson(m.setup, pr, s, a)) + '\n';
                expected.push_back(toJson(m.cell(pr, s, a).toDecision()));
            }
        }
    }
    const Run run = runCli({QStringLiteral("eval"), QStringLiteral("--policy"), policy}, requests);
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> got = lines(run.out);
    const QList<QByteArray> sent = lines(requests);
    QCOMPARE(std::size_t(got.size()), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (got[qsizetype(i)].toStdString() != expected[i]) {
            qWarning("request: %s", sent[qsizetype(i)].constData());
            QCOMPARE(QString::fromUtf8(got[qsizetype(i)]), QString::fromStdString(expected[i]));
        }
    }
}

void TestMatrixCli::matrixJsonAgreesWithEval()
{
    // The matrix as the CLI prints it, cell by cell against eval on the request of the cell.
    const QString policy = simDir + QStringLiteral("/custom-stages.json");
    const Run matrix = runCli({QStringLiteral("matrix"), policy, QStringLiteral("--secret-arn"), secretS,
                               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--actions"),
                               QStringLiteral("GetSecretValue,DescribeSecret,ListSecrets")});
    QCOMPARE(matrix.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(matrix.out).object();
    const MatrixSetup setup = deriveSetup(loadPolicy(policy), secretS.toStdString(),
                                          {"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret",
                                           "secretsmanager:ListSecrets"});
    QCOMPARE(doc.value(QStringLiteral("principals")).toArray().size(), qsizetype(setup.principals.size()));
    QByteArray requests;
    QList<QJsonObject> cells;
    const QJsonArray matrices = doc.value(QStringLiteral("matrices")).toArray();
    QCOMPARE(matrices.size(), 3);
    for (qsizetype a = 0; a < matrices.size(); ++a) {
        const QJsonArray rows = matrices[a].toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), qsizetype(setup.principals.size()));
        for (qsizetype p = 0; p < rows.size(); ++p) {
            const QJsonArray row = rows[p].toArray();
            QCOMPARE(row.size(), qsizetype(setup.stages.size()));
            for (qsizetype s = 0; s < row.size(); ++s) {
                cells << row[s].toObject();
                requests += QByteArray::fromStdString(cellRequestJson(setup, std::size_t(p), std::size_t(s), std::size_t(a))) + '\n';
            }
        }
    }
    const Run eval = runCli({QStringLiteral("eval"), QStringLiteral("--policy"), policy}, requests);
    QCOMPARE(eval.exitCode, 0);
    const QList<QByteArray> answers = lines(eval.out);
    QCOMPARE(answers.size(), cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i)
        QCOMPARE(QJsonDocument::fromJson(answers[i]).object(), cells[i]);
}

QTEST_GUILESS_MAIN(TestMatrixCli)
#include "tst_matrixcli.moc"
