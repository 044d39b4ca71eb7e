// secret-policy validate and format: golden output in the three formats, exit statuses, the
// SARIF 2.1.0 structure, standard input, several files, --list-checks, and the formatter.
// Set SPS_UPDATE_GOLDEN=1 to rewrite the golden files after a reviewed change.
#include "cli/commands.h"
#include "lint/linter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace engine;

namespace {

const QString goldenDir = QStringLiteral(SPS_TEST_DATA_DIR "/lint/golden");

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const std::string &input = {})
{
    cli::Args args;
    for (const QString &a : arguments)
        args.push_back(a.toStdString());
    std::istringstream in(input);
    std::ostringstream out, err;
    Run r;
    r.status = cli::run(args, in, out, err);
    r.out = QString::fromStdString(out.str());
    r.err = QString::fromStdString(err.str());
    return r;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString versionNumber()
{
    return QString::fromStdString(cli::versionText()).section(QLatin1Char(' '), 1);
}

// Compares with a golden file in which @VERSION@ stands for the program version.
void compareGolden(const QString &actual, const QString &name)
{
    const QString path = goldenDir + QLatin1Char('/') + name;
    QString normalised = actual;
    normalised.replace(QStringLiteral("\"version\": \"") + versionNumber() + QLatin1Char('"'),
                       QStringLiteral("\"version\": \"@VERSION@\""));
    if (qEnvironmentVariableIsSet("SPS_UPDATE_GOLDEN")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(normalised.toUtf8());
    }
    QCOMPARE(normalised, readText(path));
}

const QStringList sarifLevels{QStringLiteral("none"), QStringLiteral("note"),
                              QStringLiteral("warning"), QStringLiteral("error")};

} // namespace

class TestValidate : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(QDir::setCurrent(goldenDir)); }

    void golden_data();
    void golden();
    void exitStatus_data();
    void exitStatus();
    void sarifHasTheRequiredStructure();
    void sarifUrisArePercentEncoded();
    void jsonFindingsHaveTheSpecFields();
    void readsStandardInput();
    void severalFilesNameTheirFile();
    void listChecksNamesEveryCheck();
    void formatKeepsOrderAndNumbers();
    void formatCheckAndIndent_data();
    void formatCheckAndIndent();
    void formatWriteRewritesOnlyWhenAsked();
    void processRunsTheExamples();
};

void TestValidate::golden_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("golden");
    QTest::addRow("text") << QStringList{QStringLiteral("validate"), QStringLiteral("findings.json")}
                          << QStringLiteral("findings.txt");
    QTest::addRow("json") << QStringList{QStringLiteral("validate"), QStringLiteral("findings.json"),
                                         QStringLiteral("--format"), QStringLiteral("json")}
                          << QStringLiteral("findings.out.json");
    QTest::addRow("sarif") << QStringList{QStringLiteral("validate"), QStringLiteral("findings.json"),
                                          QStringLiteral("--format=sarif")}
                           << QStringLiteral("findings.sarif");
    QTest::addRow("public-json") << QStringList{QStringLiteral("validate"), QStringLiteral("public.json"),
                                                QStringLiteral("-f"), QStringLiteral("json"),
                                                QStringLiteral("--secret-arn"),
                                                QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf")}
                                 << QStringLiteral("public.out.json");
    QTest::addRow("format") << QStringList{QStringLiteral("format"), QStringLiteral("unformatted.json")}
                            << QStringLiteral("formatted.json");
}

void TestValidate::golden()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, golden);
    const Run r = run(arguments);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    compareGolden(r.out, golden);
}

void TestValidate::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    const QString example = QStringLiteral(SPS_EXAMPLES_DIR "/ec2-role-current-version.json");
    const QString clean = QStringLiteral(SPS_EXAMPLES_DIR "/user-all-operations.json");
    const QString v = QStringLiteral("validate");
    const QString failOn = QStringLiteral("--fail-on");
    QTest::addRow("warning-only-default") << QStringList{v, example} << 0;
    QTest::addRow("fail-on-warning") << QStringList{v, example, failOn, QStringLiteral("warning")} << 1;
    QTest::addRow("fail-on-suggestion") << QStringList{v, example, failOn, QStringLiteral("suggestion")} << 1;
    QTest::addRow("fail-on-security-warning") << QStringList{v, example, failOn, QStringLiteral("security-warning")} << 0;
    QTest::addRow("clean-suggestion") << QStringList{v, clean, failOn, QStringLiteral("suggestion")} << 0;
    QTest::addRow("error-default") << QStringList{v, QStringLiteral("findings.json")} << 1;
    QTest::addRow("public-security") << QStringList{v, QStringLiteral("public.json"), failOn, QStringLiteral("security-warning")} << 1;
    QTest::addRow("missing-file") << QStringList{v, QStringLiteral("no-such-file.json")} << 2;
    QTest::addRow("no-file") << QStringList{v} << 2;
    QTest::addRow("bad-format") << QStringList{v, example, QStringLiteral("--format"), QStringLiteral("xml")} << 2;
    QTest::addRow("bad-fail-on") << QStringList{v, example, failOn, QStringLiteral("fatal")} << 2;
    QTest::addRow("bad-option") << QStringList{v, example, QStringLiteral("--secret")} << 2;
    QTest::addRow("bad-arn") << QStringList{v, example, QStringLiteral("--secret-arn"), QStringLiteral("prod/db")} << 2;
    QTest::addRow("help") << QStringList{v, QStringLiteral("--help")} << 0;
    QTest::addRow("list-checks") << QStringList{v, QStringLiteral("--list-checks")} << 0;
}

void TestValidate::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    const Run r = run(arguments);
    QCOMPARE(r.status, status);
    if (status == 2)
        QVERIFY(r.out.isEmpty() && !r.err.isEmpty());
}

// SARIF "uri" values are RFC 3986 URIs: a path with spaces (or other reserved characters) is
// percent-encoded, an absolute path becomes a file URI.
void TestValidate::sarifUrisArePercentEncoded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("my policies"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/p\u00fc #1.json");
    QVERIFY(QFile::copy(QStringLiteral("public.json"), path));
    const Run r = run({QStringLiteral("validate"), path, QStringLiteral("--format"),
                       QStringLiteral("sarif")});
    QCOMPARE(r.status, 0); // security warnings only: below the default --fail-on error
    const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()[QStringLiteral("runs")][0][QStringLiteral("results")][0]
                                   .toObject();
    const QString uri = result[QStringLiteral("locations")][0][QStringLiteral("physicalLocation")]
                            [QStringLiteral("artifactLocation")][QStringLiteral("uri")]
                                .toString();
    QCOMPARE(uri, QStringLiteral("file://") + QString::fromLatin1(QFile::encodeName(dir.path()).toPercentEncoding("/"))
                      + QStringLiteral("/my%20policies/p%C3%BC%20%231.json"));
}

void TestValidate::sarifHasTheRequiredStructure()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("findings.json"),
                       QStringLiteral("public.json"), QStringLiteral("--format"),
                       QStringLiteral("sarif")});
    QCOMPARE(r.status, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject log = doc.object();
    // sarifLog: version and runs are required; $schema names the 2.1.0 schema.
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    QVERIFY(log.value(QStringLiteral("$schema")).toString().contains(QStringLiteral("sarif-2.1.0")));
    const QJsonArray runs = log.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject runObject = runs.at(0).toObject();
    // run: tool is required; tool.driver is required; driver.name is required.
    const QJsonObject driver = runObject.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
    QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("secret-policy"));
    QVERIFY(!driver.value(QStringLiteral("version")).toString().isEmpty());
    QVERIFY(driver.value(QStringLiteral("informationUri")).toString().startsWith(QStringLiteral("https://")));
    const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
    QCOMPARE(rules.size(), qsizetype(checks().size()));
    QSet<QString> ids;
    for (const QJsonValue &v : rules) {
        const QJsonObject rule = v.toObject();
        const QString id = rule.value(QStringLiteral("id")).toString(); // reportingDescriptor.id is required
        QVERIFY(!id.isEmpty());
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        for (const char *m : {"shortDescription", "fullDescription", "help"}) // multiformatMessageString.text is required
            QVERIFY2(!rule.value(QLatin1String(m)).toObject().value(QStringLiteral("text")).toString().isEmpty(), m);
        QVERIFY(sarifLevels.contains(rule.value(QStringLiteral("defaultConfiguration")).toObject().value(QStringLiteral("level")).toString()));
    }
    const QJsonArray results = runObject.value(QStringLiteral("results")).toArray();
    QVERIFY(results.size() >= 9);
    QSet<QString> uris;
    for (const QJsonValue &v : results) {
        const QJsonObject result = v.toObject();
        // result.message is required, with text.
        QVERIFY(!result.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString().isEmpty());
        const QString ruleId = result.value(QStringLiteral("ruleId")).toString();
        const int ruleIndex = result.value(QStringLiteral("ruleIndex")).toInt(-1);
        QVERIFY(ruleIndex >= 0 && ruleIndex < rules.size());
        QCOMPARE(rules.at(ruleIndex).toObject().value(QStringLiteral("id")).toString(), ruleId);
        QVERIFY(sarifLevels.contains(result.value(QStringLiteral("level")).toString()));
        const QJsonArray locations = result.value(QStringLiteral("locations")).toArray();
        QCOMPARE(locations.size(), 1);
        const QJsonObject physical = locations.at(0).toObject().value(QStringLiteral("physicalLocation")).toObject();
        const QString uri = physical.value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString();
        QVERIFY(!uri.isEmpty());
        uris.insert(uri);
        const QJsonObject region = physical.value(QStringLiteral("region")).toObject();
        QVERIFY(region.value(QStringLiteral("startLine")).toInt() >= 1);
        QVERIFY(region.value(QStringLiteral("startColumn")).toInt() >= 1);
    }
    QCOMPARE(uris, (QSet<QString>{QStringLiteral("findings.json"), QStringLiteral("public.json")}));
}

void TestValidate::jsonFindingsHaveTheSpecFields()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("findings.json"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(findings.size(), 8);
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        QCOMPARE(f.keys(), (QStringList{QStringLiteral("column"), QStringLiteral("id"), QStringLiteral("line"),
                                        QStringLiteral("message"), QStringLiteral("path"), QStringLiteral("severity")}));
    }
    const QJsonObject first = findings.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("unsupported-action"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("ERROR"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("/Statement/0/Action/2"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 7);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 80);
}

void TestValidate::readsStandardInput()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("-")},
                      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\","
                      "\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"}}");
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, QStringLiteral(
        "<stdin>:1:67: security-warning: Anyone in any AWS account can call secretsmanager:GetSecretValue on this secret. "
        "Secrets Manager refuses this policy when BlockPublicPolicy is set. Name the principals, or pin the statement with a "
        "fixed aws:SourceAccount, aws:SourceArn, aws:SourceOwner, aws:SourceVpc or aws:SourceVpce condition. [public-access]\n"
        "0 errors, 1 security warning, 0 warnings, 0 suggestions\n"));
    QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("-"), QStringLiteral("-")}).status, 2);
}

void TestValidate::severalFilesNameTheirFile()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("findings.json"), QStringLiteral("public.json"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QSet<QString> files;
    for (const QJsonValue &v : findings)
        files.insert(v.toObject().value(QStringLiteral("file")).toString());
    QCOMPARE(files, (QSet<QString>{QStringLiteral("findings.json"), QStringLiteral("public.json")}));
    const Run text = run({QStringLiteral("validate"), QStringLiteral("findings.json"), QStringLiteral("public.json")});
    QVERIFY(text.out.contains(QStringLiteral("\npublic.json:")));
    QVERIFY(text.out.endsWith(QStringLiteral("1 error, 2 security warnings, 5 warnings, 1 suggestion\n")));
}

void TestValidate::listChecksNamesEveryCheck()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--list-checks")});
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), qsizetype(checks().size()));
    for (std::size_t i = 0; i < checks().size(); ++i)
        QVERIFY(lines.at(qsizetype(i)).startsWith(QString::fromLatin1(checks()[i].id.data(), qsizetype(checks()[i].id.size())) + QLatin1Char(' ')));
    QCOMPARE(lines.first().simplified(), QStringLiteral("json-syntax error blocking The text is not valid JSON."));
    const Run json = run({QStringLiteral("validate"), QStringLiteral("--list-checks"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray all = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(all.size(), qsizetype(checks().size()));
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("blocking")).toBool(), true);
}

void TestValidate::formatKeepsOrderAndNumbers()
{
    const Run r = run({QStringLiteral("format"), QStringLiteral("-")},
                      "{\"b\":1.50,\"a\":[],\"b\":{\"z\":-0e+1,\"y\":[true,null,\"\\u00e9\\n\"]}}");
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, QStringLiteral("{\n  \"b\": 1.50,\n  \"a\": [],\n  \"b\": {\n    \"z\": -0e+1,\n    \"y\": [\n"
                                   "      true,\n      null,\n      \"\u00e9\\n\"\n    ]\n  }\n}\n"));
    const Run broken = run({QStringLiteral("format"), QStringLiteral("-")}, "{\"a\":");
    QCOMPARE(broken.status, 2);
    QCOMPARE(broken.err, QStringLiteral("secret-policy format: <stdin>:1:6: unexpected end of text\n"));
}

void TestValidate::formatCheckAndIndent_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("output");
    const QString f = QStringLiteral("format");
    QTest::addRow("check-formatted") << QStringList{f, QStringLiteral("--check"), QStringLiteral("formatted.json")} << 0 << QString();
    QTest::addRow("check-unformatted") << QStringList{f, QStringLiteral("--check"), QStringLiteral("unformatted.json")} << 1 << QString();
    QTest::addRow("check-example") << QStringList{f, QStringLiteral("--check"), QStringLiteral(SPS_EXAMPLES_DIR "/cross-account-user.json")} << 0 << QString();
    QTest::addRow("indent-0") << QStringList{f, QStringLiteral("--indent"), QStringLiteral("0"), QStringLiteral("public.json")} << 0
                              << QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"}]}\n");
    QTest::addRow("indent-bad") << QStringList{f, QStringLiteral("--indent"), QStringLiteral("x"), QStringLiteral("public.json")} << 2 << QString();
    QTest::addRow("indent-too-large") << QStringList{f, QStringLiteral("--indent"), QStringLiteral("17"), QStringLiteral("public.json")} << 2 << QString();
    QTest::addRow("check-and-write") << QStringList{f, QStringLiteral("--check"), QStringLiteral("--write"), QStringLiteral("public.json")} << 2 << QString();
    QTest::addRow("two-files") << QStringList{f, QStringLiteral("public.json"), QStringLiteral("findings.json")} << 2 << QString();
}

void TestValidate::formatCheckAndIndent()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, output);
    const Run r = run(arguments);
    QCOMPARE(r.status, status);
    QCOMPARE(r.out, output);
}

void TestValidate::formatWriteRewritesOnlyWhenAsked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(QFile::copy(goldenDir + QStringLiteral("/unformatted.json"), path));
    const QString before = readText(path);
    QCOMPARE(run({QStringLiteral("format"), path}).status, 0);
    QCOMPARE(readText(path), before); // printing never touches the input
    QCOMPARE(run({QStringLiteral("format"), QStringLiteral("-i"), path}).status, 0);
    QCOMPARE(readText(path), readText(goldenDir + QStringLiteral("/formatted.json")));
    QCOMPARE(run({QStringLiteral("format"), QStringLiteral("--check"), path}).status, 0);
}

void TestValidate::processRunsTheExamples()
{
    QProcess process;
    process.start(QStringLiteral(SPS_CLI_PATH),
                  {QStringLiteral("validate"), QStringLiteral("--fail-on"), QStringLiteral("warning"),
                   QStringLiteral(SPS_EXAMPLES_DIR "/ec2-role-current-version.json"),
                   QStringLiteral(SPS_EXAMPLES_DIR "/cross-account-user.json"),
                   QStringLiteral(SPS_EXAMPLES_DIR "/user-all-operations.json")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral(SPS_EXAMPLES_DIR "/ec2-role-current-version.json:13:42: warning: ")));
    QVERIFY(lines.at(0).endsWith(QStringLiteral(" [stage-condition-needs-parameter]")));
    QCOMPARE(lines.at(1), QStringLiteral("0 errors, 0 security warnings, 1 warning, 0 suggestions"));
}

QTEST_GUILESS_MAIN(TestValidate)
#include "tst_validate.moc"
