// `secret-policy who-can`, `compare` and `check`, in process: formats, exit statuses, help.
#include "cli/commands.h"

#include <QTest>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

using namespace engine::cli;

class TestAnalysisCli : public QObject
{
    Q_OBJECT

private slots:
    void whoCanUserGuideExamples();
    void compareExitStatus();
    void checkGuardrails();
    void errorsExitTwo();
    void helpPages();
    void goldenTexts_data();
    void goldenTexts();
};

namespace {

const std::string arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

std::string example(const char *name)
{
    return std::string(SPS_EXAMPLES_DIR) + "/" + name;
}

struct Run
{
    int status = 0;
    std::string out, err;
};

Run run(const Args &args)
{
    std::istringstream in;
    std::ostringstream out, err;
    Run r;
    r.status = engine::cli::run(args, in, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

} // namespace

void TestAnalysisCli::whoCanUserGuideExamples()
{
    const Run r = run({"who-can", example("ec2-role-current-version.json"), "--secret-arn", arn});
    QCOMPARE(r.status, 0);
    // Read as an administrator would: the role reads AWSCURRENT through the policy alone, the
    // rest of the account depends on identity policies.
    QVERIFY2(r.out.find("Read the value (GetSecretValue)\n") == 0, r.out.c_str());
    QVERIFY2(r.out.find("  AWSCURRENT, when the caller names it:\n    allowed   role "
                        "EC2RoleToAccessSecrets (123456789012) and its sessions  [statement 0]\n")
                 != std::string::npos,
             r.out.c_str());
    QVERIFY(r.out.find("identity  any other principal of 123456789012, if its identity policies allow")
            != std::string::npos);
    QVERIFY(r.out.find("Not decided by a secret policy: BatchGetSecretValue, GetRandomPassword, "
                       "ListSecrets\n")
            != std::string::npos);

    const Run json = run({"who-can", example("cross-account-user.json"), "--secret-arn", arn,
                          "--format", "json", "--action", "GetSecretValue"});
    QCOMPARE(json.status, 0);
    QVERIFY(json.out.find("\"findings\": [") != std::string::npos);
    QVERIFY(json.out.find("\"witness\": {") != std::string::npos);

    const Run policy = run({"who-can", example("user-all-operations.json"), "--secret-arn", arn,
                            "--format", "policy"});
    QCOMPARE(policy.status, 0);
    QVERIFY(policy.out.find("\"Statement\": [") != std::string::npos);
}

void TestAnalysisCli::compareExitStatus()
{
    const std::string a = example("ec2-role-current-version.json");
    const std::string b = example("user-all-operations.json");
    const Run same = run({"compare", a, a, "--secret-arn", arn});
    QCOMPARE(same.status, 0);
    QVERIFY(same.out.starts_with("equivalent"));
    const Run changed = run({"compare", a, b, "--secret-arn", arn});
    QCOMPARE(changed.status, 1);
    QVERIFY2(changed.out.starts_with("incomparable"), changed.out.c_str());
    QVERIFY(changed.out.find("  witness: {\"principal\":") != std::string::npos);
    const Run json = run({"compare", a, b, "--secret-arn", arn, "--format", "json"});
    QCOMPARE(json.status, 1);
    QVERIFY(json.out.find("\"verdict\": \"incomparable\"") != std::string::npos);
}

void TestAnalysisCli::checkGuardrails()
{
    const Run pass = run({"check", example("ec2-role-current-version.json"), "--secret-arn", arn,
                          "--no-public-access", "--access-not-granted", "PutResourcePolicy"});
    QCOMPARE(pass.status, 0);
    QCOMPARE(pass.out, std::string("PASS noPublicAccess\nPASS accessNotGranted\n"));
    const Run owner = run({"check", example("user-all-operations.json"), "--secret-arn", arn,
                           "--access-not-granted", "PutResourcePolicy", "--include-owner-account"});
    QCOMPARE(owner.status, 1);
    QVERIFY(owner.out.starts_with("FAIL accessNotGranted\n"));
    const Run growth = run({"check", example("user-all-operations.json"), "--secret-arn", arn,
                            "--no-new-access", example("ec2-role-current-version.json")});
    QCOMPARE(growth.status, 1);
    QVERIFY(growth.out.find("witness: ") != std::string::npos);
}

void TestAnalysisCli::errorsExitTwo()
{
    QCOMPARE(run({"who-can", example("ec2-role-current-version.json")}).status, 2);
    QCOMPARE(run({"who-can", example("ec2-role-current-version.json"), "--secret-arn", "nope"}).status, 2);
    QCOMPARE(run({"compare", example("ec2-role-current-version.json"), "--secret-arn", arn}).status, 2);
    QCOMPARE(run({"check", example("ec2-role-current-version.json"), "--secret-arn", arn}).status, 2);
    QCOMPARE(run({"who-can", "/nonexistent.json", "--secret-arn", arn}).status, 2);
    QCOMPARE(run({"who-can", example("ec2-role-current-version.json"), "--secret-arn", arn,
                  "--action", "GetSecret"})
                 .status,
             2);
}

void TestAnalysisCli::helpPages()
{
    for (const char *command : {"who-can", "compare", "check"}) {
        const Run r = run({"help", command});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.find("EXIT STATUS") != std::string::npos);
    }
}

void TestAnalysisCli::goldenTexts_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("readOnly");
    const QString owner = QString::fromStdString(arn);
    const QString examples = QStringLiteral(SPS_EXAMPLES_DIR "/");
    const QString data = QStringLiteral(SPS_TEST_DATA_DIR "/");
    for (const char *name : {"ec2-role-current-version", "user-all-operations"}) {
        QTest::newRow(name) << examples + QString::fromUtf8(name) + QStringLiteral(".json")
                            << data + QStringLiteral("whocan/") + QString::fromUtf8(name)
                                   + QStringLiteral(".txt")
                            << owner << false;
    }
    QTest::newRow("cross-account-user")
        << examples + QStringLiteral("cross-account-user.json")
        << data + QStringLiteral("whocan/cross-account-user.txt")
        << QStringLiteral("arn:aws:secretsmanager:us-east-1:444455556666:secret:prod/db-AbCdEf") << false;
    for (const char *name : {"ex14-everyone", "ex17-notprincipal-deny-chain", "ex19-service-principal",
                             "ex25-arnlike-principalarn", "ex32-deny-stringnotequalsifexists",
                             "ex41-org-perimeter"}) {
        QTest::newRow(name) << data + QStringLiteral("policies/") + QString::fromUtf8(name)
                                   + QStringLiteral(".json")
                            << data + QStringLiteral("whocan/") + QString::fromUtf8(name)
                                   + QStringLiteral(".txt")
                            << owner << true;
    }
}

void TestAnalysisCli::goldenTexts()
{
    QFETCH(QString, policy);
    QFETCH(QString, golden);
    QFETCH(QString, secret);
    QFETCH(bool, readOnly);
    Args args{"who-can", policy.toStdString(), "--secret-arn", secret.toStdString()};
    if (readOnly) {
        args.push_back("--action");
        args.push_back("GetSecretValue");
    }
    const Run r = run(args);
    QCOMPARE(r.status, 0);
    std::ifstream file(golden.toStdString(), std::ios::binary);
    QVERIFY(file);
    const std::string expected((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    QCOMPARE(QString::fromStdString(r.out), QString::fromStdString(expected));
}

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "tst_analysiscli.moc"
