// model::AwsCli against the stand-in `aws` (tests/data/aws/): the arguments each command gets,
// the answers read, every failure recognised with its sentence, the timeout and cancel; the
// error texts of AWS CLI v1 and v2 read by classifyAwsFailure(); the AWS config's profiles.
#include "awsanswers.h"
#include "awscli.h"
#include "awsconfig.h"
#include "policyconversions.h"

#include "../common/awsstandin.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using model::AwsCli;
using model::AwsFailure;
using model::AwsResult;
using testsupport::AwsStandIn;

Q_DECLARE_METATYPE(model::AwsFailure)

namespace {

const QString secretArn = QStringLiteral(
    "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf");

// Runs one command and waits for its answer.
AwsResult runAndWait(AwsCli &cli, const model::AwsTarget &target, const QStringList &args,
                     const std::optional<QByteArray> &policy = std::nullopt)
{
    QSignalSpy spy(&cli, &AwsCli::finished);
    cli.run(target, args, policy);
    if (spy.isEmpty() && !spy.wait(20000))
        return {};
    return spy.takeFirst().at(0).value<AwsResult>();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestAwsCli : public QObject
{
    Q_OBJECT

private slots:
    void shouldPassProfileRegionAndJsonOutput();
    void shouldPageThroughListSecrets();
    void shouldReadTheResourcePolicy();
    void shouldReadASecretWithoutPolicy();
    void shouldSendThePolicyAsAFile_data();
    void shouldSendThePolicyAsAFile();
    void shouldReadValidationFindings_data();
    void shouldReadValidationFindings();
    void shouldRecogniseEachFailure_data();
    void shouldRecogniseEachFailure();
    void shouldSayWhenAwsIsNotInstalled();
    void shouldStopASlowCommandAtTheTimeout();
    void shouldCancel();
    void shouldNotBlockTheEventLoop();
    void shouldClassifyCliV2Texts_data();
    void shouldClassifyCliV2Texts();
    void shouldListProfilesFromTheConfigFiles();
};

void TestAwsCli::shouldPassProfileRegionAndJsonOutput()
{
    AwsStandIn aws;
    aws.expect(QStringLiteral("dev"), QStringLiteral("eu-west-1"), secretArn);
    AwsCli cli;
    const AwsResult r = runAndWait(cli, {QStringLiteral("dev"), QStringLiteral("eu-west-1")},
                                   AwsCli::getResourcePolicyArguments(secretArn));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(aws.calls().size(), 1);
    QCOMPARE(aws.calls().at(0),
             (QStringList{QStringLiteral("secretsmanager"), QStringLiteral("get-resource-policy"),
                          QStringLiteral("--secret-id"), secretArn, QStringLiteral("--profile"),
                          QStringLiteral("dev"), QStringLiteral("--region"),
                          QStringLiteral("eu-west-1"), QStringLiteral("--output"),
                          QStringLiteral("json")}));
    // A wrong profile is refused by the stand-in, as the check of the arguments.
    const AwsResult wrong = runAndWait(cli, {QStringLiteral("prod"), QStringLiteral("eu-west-1")},
                                       AwsCli::getResourcePolicyArguments(secretArn));
    QCOMPARE(wrong.failure, AwsFailure::Other);
    QCOMPARE(wrong.exitCode, 252);
    QVERIFY2(wrong.message.contains(QLatin1String("expected --profile dev")),
             qPrintable(wrong.message));
}

void TestAwsCli::shouldPageThroughListSecrets()
{
    AwsStandIn aws;
    AwsCli cli;
    const model::AwsTarget target{QStringLiteral("dev"), QStringLiteral("us-east-1")};
    const AwsResult first = runAndWait(cli, target, AwsCli::listSecretsArguments({}));
    QVERIFY2(first.ok(), qPrintable(first.message));
    QString error;
    const auto page1 = model::parseSecretList(first.output, &error);
    QVERIFY2(page1, qPrintable(error));
    QCOMPARE(page1->secrets.size(), 5);
    QCOMPARE(page1->secrets.at(0).arn, secretArn);
    QCOMPARE(page1->secrets.at(0).name, QStringLiteral("prod/db"));
    QCOMPARE(page1->secrets.at(0).description, QStringLiteral("Production database"));
    QVERIFY(!page1->nextToken.isEmpty());
    const AwsResult second = runAndWait(cli, target,
                                        AwsCli::listSecretsArguments(page1->nextToken));
    QVERIFY2(second.ok(), qPrintable(second.message)); // the stand-in checks the token
    const auto page2 = model::parseSecretList(second.output);
    QVERIFY(page2);
    QCOMPARE(page2->secrets.size(), 3);
    QCOMPARE(page2->secrets.last().name, QStringLiteral("app/s06"));
    QVERIFY(page2->nextToken.isEmpty());
    const QList<QStringList> calls = aws.calls();
    QCOMPARE(calls.size(), 2);
    QVERIFY(calls.at(0).contains(QStringLiteral("--max-items")));
    QVERIFY(!calls.at(0).contains(QStringLiteral("--starting-token")));
    QCOMPARE(calls.at(1).at(calls.at(1).indexOf(QStringLiteral("--starting-token")) + 1),
             page1->nextToken);
}

void TestAwsCli::shouldReadTheResourcePolicy()
{
    AwsStandIn aws;
    AwsCli cli;
    const AwsResult r = runAndWait(cli, {}, AwsCli::getResourcePolicyArguments(secretArn));
    QVERIFY2(r.ok(), qPrintable(r.message));
    const auto imported = model::readGetResourcePolicyOutput(r.output);
    QVERIFY(imported);
    QVERIFY(imported->hasPolicy);
    QCOMPARE(imported->arn, secretArn);
    QVERIFY(imported->text.startsWith("{\"Version\":\"2012-10-17\""));
    QVERIFY(imported->text.contains("EC2RoleToAccessSecrets"));
    // No profile or region given: the CLI's defaults, nothing added.
    QVERIFY(!aws.calls().at(0).contains(QStringLiteral("--profile")));
    QVERIFY(!aws.calls().at(0).contains(QStringLiteral("--region")));
}

void TestAwsCli::shouldReadASecretWithoutPolicy()
{
    AwsStandIn aws(QStringLiteral("nopolicy"));
    AwsCli cli;
    const AwsResult r = runAndWait(cli, {}, AwsCli::getResourcePolicyArguments(secretArn));
    QVERIFY2(r.ok(), qPrintable(r.message));
    const auto imported = model::readGetResourcePolicyOutput(r.output);
    QVERIFY(imported);
    QVERIFY(!imported->hasPolicy);
    QCOMPARE(imported->arn, secretArn);
    // The file import keeps refusing such a file.
    QString error;
    QVERIFY(!model::importGetResourcePolicyOutput(r.output, &error));
    QVERIFY(error.contains(QLatin1String("ResourcePolicy")));
}

void TestAwsCli::shouldSendThePolicyAsAFile_data()
{
    QTest::addColumn<bool>("put");
    QTest::addRow("validate-resource-policy") << false;
    QTest::addRow("put-resource-policy") << true;
}

void TestAwsCli::shouldSendThePolicyAsAFile()
{
    QFETCH(bool, put);
    AwsStandIn aws;
    AwsCli cli;
    const QByteArray policy = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}\n";
    const QStringList args = put ? AwsCli::putResourcePolicyArguments(secretArn)
                                 : AwsCli::validateResourcePolicyArguments();
    const AwsResult r = runAndWait(cli, {QStringLiteral("dev"), QStringLiteral("us-east-1")},
                                   args, policy);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(aws.policySent(1), policy); // byte for byte
    const QStringList call = aws.calls().at(0);
    const QString file = call.at(call.indexOf(QStringLiteral("--resource-policy")) + 1);
    QVERIFY(file.startsWith(QLatin1String("file://")));
    QVERIFY2(!QFile::exists(file.mid(7)), "the temporary file outlived the command");
    QCOMPARE(call.contains(QStringLiteral("--block-public-policy")), put);
}

void TestAwsCli::shouldReadValidationFindings_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QStringList>("checks");
    QTest::addRow("passed") << QStringLiteral("ok") << true << QStringList();
    QTest::addRow("failed") << QStringLiteral("validate-failed") << false
                            << QStringList{QStringLiteral("BROAD_ACCESS")};
    QTest::addRow("malformed") << QStringLiteral("malformed") << false
                               << QStringList{QStringLiteral("MalformedPolicyDocumentException")};
}

void TestAwsCli::shouldReadValidationFindings()
{
    QFETCH(QString, scenario);
    QFETCH(bool, passed);
    QFETCH(QStringList, checks);
    AwsStandIn aws(scenario);
    AwsCli cli;
    const AwsResult r = runAndWait(cli, {}, AwsCli::validateResourcePolicyArguments(),
                                   QByteArray("{}"));
    std::optional<model::AwsValidation> v = r.ok() ? model::parseValidation(r.output)
                                                   : model::validationFromFailure(r);
    QVERIFY2(v, qPrintable(r.message));
    QCOMPARE(v->passed, passed);
    QStringList names;
    for (const auto &e : v->errors) {
        names << e.checkName;
        QVERIFY(!e.errorMessage.isEmpty());
    }
    QCOMPARE(names, checks);
}

void TestAwsCli::shouldRecogniseEachFailure_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<AwsFailure>("failure");
    QTest::addColumn<QString>("says");
    QTest::addRow("no credentials") << QStringLiteral("nocreds") << AwsFailure::NotSignedIn
                                    << QStringLiteral("aws sso login --profile dev");
    QTest::addRow("sso expired") << QStringLiteral("sso-expired") << AwsFailure::SessionExpired
                                 << QStringLiteral("aws sso login --profile dev");
    QTest::addRow("sso token expired") << QStringLiteral("sso-token-expired")
                                       << AwsFailure::SessionExpired
                                       << QStringLiteral("has expired");
    QTest::addRow("expired token") << QStringLiteral("expired") << AwsFailure::SessionExpired
                                   << QStringLiteral("has expired");
    QTest::addRow("access denied") << QStringLiteral("denied") << AwsFailure::AccessDenied
                                   << QStringLiteral("is not authorized to perform: "
                                                     "secretsmanager:ListSecrets");
    QTest::addRow("throttled") << QStringLiteral("throttled") << AwsFailure::Throttled
                               << QStringLiteral("ThrottlingException");
    QTest::addRow("network down") << QStringLiteral("network") << AwsFailure::NetworkDown
                                  << QStringLiteral("Could not connect to the endpoint URL");
    QTest::addRow("no such profile") << QStringLiteral("noprofile")
                                     << AwsFailure::ProfileNotFound << QStringLiteral("\"dev\"");
    QTest::addRow("no region") << QStringLiteral("noregion") << AwsFailure::NoRegion
                               << QStringLiteral("region");
}

void TestAwsCli::shouldRecogniseEachFailure()
{
    QFETCH(QString, scenario);
    QFETCH(AwsFailure, failure);
    QFETCH(QString, says);
    AwsStandIn aws(scenario);
    AwsCli cli;
    const AwsResult r = runAndWait(cli, {QStringLiteral("dev"), QStringLiteral("us-east-1")},
                                   AwsCli::listSecretsArguments({}));
    QCOMPARE(r.failure, failure);
    QVERIFY2(r.message.contains(says), qPrintable(r.message));
    QVERIFY(!r.errorOutput.isEmpty());
}

void TestAwsCli::shouldSayWhenAwsIsNotInstalled()
{
    const QByteArray oldPath = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", QFile::encodeName(empty.path()));
    AwsCli cli;
    QCOMPARE(AwsCli::program(), QString());
    QSignalSpy spy(&cli, &AwsCli::finished);
    cli.run({}, AwsCli::listSecretsArguments({}));
    qputenv("PATH", oldPath);
    QCOMPARE(spy.size(), 1);
    const auto r = spy.at(0).at(0).value<AwsResult>();
    QCOMPARE(r.failure, AwsFailure::NotInstalled);
    QVERIFY2(r.message.contains(QLatin1String("apt install awscli")), qPrintable(r.message));
    QVERIFY(!cli.isRunning());
}

void TestAwsCli::shouldStopASlowCommandAtTheTimeout()
{
    AwsStandIn aws(QStringLiteral("slow")); // sleeps 30 s
    AwsCli cli;
    cli.setTimeout(500);
    QElapsedTimer clock;
    clock.start();
    const AwsResult r = runAndWait(cli, {}, AwsCli::listSecretsArguments({}));
    QCOMPARE(r.failure, AwsFailure::TimedOut);
    QVERIFY2(r.message.contains(QLatin1String("1 second")), qPrintable(r.message));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!cli.isRunning());
}

void TestAwsCli::shouldCancel()
{
    AwsStandIn aws(QStringLiteral("slow"));
    AwsCli cli;
    QSignalSpy spy(&cli, &AwsCli::finished);
    cli.run({}, AwsCli::listSecretsArguments({}));
    QVERIFY(cli.isRunning());
    QTest::qWait(200);
    cli.cancel();
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<AwsResult>().failure, AwsFailure::Cancelled);
    QVERIFY(!cli.isRunning());
    // A new command after a cancel runs normally.
    aws.setScenario(QStringLiteral("ok"));
    QVERIFY(runAndWait(cli, {}, AwsCli::getResourcePolicyArguments(secretArn)).ok());
    QCOMPARE(spy.size(), 2);
}

void TestAwsCli::shouldNotBlockTheEventLoop()
{
    AwsStandIn aws(QStringLiteral("slow"));
    AwsCli cli;
    cli.setTimeout(1500);
    QSignalSpy spy(&cli, &AwsCli::finished);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);
    cli.run({}, AwsCli::listSecretsArguments({}));
    QVERIFY(spy.wait(10000));
    // The event loop ran all along: about 30 ticks in 1.5 s, never blocked by the command.
    QVERIFY2(ticks >= 15, qPrintable(QString::number(ticks)));
}

void TestAwsCli::shouldClassifyCliV2Texts_data()
{
    QTest::addColumn<QByteArray>("errorText");
    QTest::addColumn<AwsFailure>("failure");
    QTest::addColumn<QString>("code");
    QTest::addRow("v2 structured no credentials")
        << QByteArray("aws: [ERROR]: An error occurred (NoCredentials): Unable to locate "
                      "credentials. You can configure credentials by running \"aws login\".\n")
        << AwsFailure::NotSignedIn << QStringLiteral("NoCredentials");
    QTest::addRow("sso token missing")
        << QByteArray("\nError loading SSO Token: Token for https://example.awsapps.com/start "
                      "does not exist\n")
        << AwsFailure::NotSignedIn << QString();
    QTest::addRow("unrecognized client")
        << QByteArray("\nAn error occurred (UnrecognizedClientException) when calling the "
                      "ListSecrets operation: The security token included in the request is "
                      "invalid.\n")
        << AwsFailure::NotSignedIn << QStringLiteral("UnrecognizedClientException");
    QTest::addRow("sts expired token")
        << QByteArray("\nAn error occurred (ExpiredToken) when calling the GetCallerIdentity "
                      "operation: The security token included in the request is expired\n")
        << AwsFailure::SessionExpired << QStringLiteral("ExpiredToken");
    QTest::addRow("read timeout")
        << QByteArray("\nRead timeout on endpoint URL: "
                      "\"https://secretsmanager.us-east-1.amazonaws.com/\"\n")
        << AwsFailure::NetworkDown << QString();
    QTest::addRow("not found")
        << AwsStandIn::recorded(QStringLiteral("notfound.err")) << AwsFailure::NotFound
        << QStringLiteral("ResourceNotFoundException");
    QTest::addRow("public policy")
        << AwsStandIn::recorded(QStringLiteral("put-public.err")) << AwsFailure::PolicyRejected
        << QStringLiteral("PublicPolicyException");
    QTest::addRow("something else")
        << QByteArray("\nAn error occurred (InternalServiceError) when calling the ListSecrets "
                      "operation: oops\n")
        << AwsFailure::Other << QStringLiteral("InternalServiceError");
}

void TestAwsCli::shouldClassifyCliV2Texts()
{
    QFETCH(QByteArray, errorText);
    QFETCH(AwsFailure, failure);
    QFETCH(QString, code);
    const AwsResult r = model::classifyAwsFailure(255, errorText, QStringLiteral("dev"));
    QCOMPARE(r.failure, failure);
    QCOMPARE(r.errorCode, code);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(!r.awsMessage.isEmpty());
    QVERIFY2(!r.message.contains(QLatin1String("An error occurred")), qPrintable(r.message));
}

void TestAwsCli::shouldListProfilesFromTheConfigFiles()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config"));
    const QString credentials = dir.filePath(QStringLiteral("credentials"));
    writeFile(config, "# comment\n[default]\nregion = us-east-1\n\n[profile dev]\nregion=eu-west-1\n"
                      "s3 =\n  region = ap-south-1\n[sso-session corp]\nsso_region = us-east-1\n"
                      "[profile  prod ]\nsso_session = corp\n");
    writeFile(credentials, "[default]\naws_access_key_id = X\n[ci]\naws_access_key_id = Y\n");
    qputenv("AWS_CONFIG_FILE", QFile::encodeName(config));
    qputenv("AWS_SHARED_CREDENTIALS_FILE", QFile::encodeName(credentials));
    qunsetenv("AWS_REGION");
    qunsetenv("AWS_DEFAULT_REGION");
    qunsetenv("AWS_PROFILE");
    qunsetenv("AWS_DEFAULT_PROFILE");
    const QList<model::AwsProfile> profiles = model::awsProfiles();
    const QList<model::AwsProfile> expected{
        {QStringLiteral("default"), QStringLiteral("us-east-1")},
        {QStringLiteral("dev"), QStringLiteral("eu-west-1")},
        {QStringLiteral("prod"), QString()},
        {QStringLiteral("ci"), QString()}};
    QCOMPARE(profiles, expected);
    QCOMPARE(model::defaultAwsProfile(), QStringLiteral("default"));
    QCOMPARE(model::defaultAwsRegion(profiles, QStringLiteral("dev")), QStringLiteral("eu-west-1"));
    qputenv("AWS_PROFILE", "ci");
    qputenv("AWS_REGION", "sa-east-1");
    QCOMPARE(model::defaultAwsProfile(), QStringLiteral("ci"));
    QCOMPARE(model::defaultAwsRegion(profiles, QStringLiteral("dev")), QStringLiteral("sa-east-1"));
    qunsetenv("AWS_PROFILE");
    qunsetenv("AWS_REGION");
    qunsetenv("AWS_CONFIG_FILE");
    qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
}

QTEST_GUILESS_MAIN(TestAwsCli)
#include "tst_awscli.moc"
