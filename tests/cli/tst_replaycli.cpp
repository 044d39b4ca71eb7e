// `secret-policy replay`, in process, on the CloudTrail fixtures of tests/data/cloudtrail: a
// draft that allows only AWSCURRENT breaks exactly the calls without a stage or with another
// stage; the verdicts with and without a baseline; the formats; exit statuses; errors.
#include "cli/commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sstream>
#include <string>

using namespace engine::cli;

class TestReplayCli : public QObject
{
    Q_OBJECT

private slots:
    void currentOnlyDraftBreaksExactlyTheStagelessCalls();
    void atRiskNeedsABaseline();
    void theLivePolicyBreaksNothing();
    void textAndCsv();
    void errorsExitTwo_data();
    void errorsExitTwo();
    void helpPage();
};

namespace {

const std::string arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

std::string data(const char *name)
{
    return std::string(SPS_TEST_DATA_DIR) + "/cloudtrail/" + name;
}

struct Run
{
    int status = 0;
    std::string out, err;
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(QByteArray::fromStdString(out)).object();
    }
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

Run replay(const char *draft, std::vector<std::string> extra = {})
{
    Args args{"replay", data(draft), "--secret-arn", arn, data("logs"), SPS_CLOUDTRAIL_GZ};
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args);
}

// "verdict caller action calls" per group.
QStringList groups(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &v : report[u"groups"].toArray()) {
        const QJsonObject g = v.toObject();
        out << g[u"verdict"].toString() + u' ' + g[u"caller"].toString() + u' '
                   + g[u"action"].toString().section(u':', 1) + u' '
                   + QString::number(g[u"calls"].toInt());
    }
    return out;
}

QString verdicts(const QJsonObject &report)
{
    QStringList out;
    const QJsonObject v = report[u"verdicts"].toObject();
    for (const QString &key : {u"stillAllowed"_qs,
                               u"atRisk"_qs,
                               u"dependsOnIdentity"_qs,
                               u"wouldBeDenied"_qs,
                               u"newlyAllowed"_qs,
                               u"stillDenied"_qs})
        out << key + u'=' + QString::number(v[key].toInt(-1));
    return out.join(u' ');
}

} // namespace

void TestReplayCli::currentOnlyDraftBreaksExactlyTheStagelessCalls()
{
    const Run r
        = replay("draft-current-only.json", {"--baseline", data("live.json"), "--format", "json"});
    QCOMPARE(r.status, 1);
    QCOMPARE(QString::fromStdString(r.err), QString());
    const QJsonObject report = r.json();
    QCOMPARE(report[u"calls"].toInt(), 17);
    QCOMPARE(report[u"ignored"].toInt(), 3); // a KMS call, another secret, a service event
    QCOMPARE(report[u"unreadable"].toInt(), 2);
    QCOMPARE(verdicts(report),
             u"stillAllowed=8 atRisk=0 dependsOnIdentity=0 wouldBeDenied=6 "
             "newlyAllowed=1 stillDenied=2"_qs);
    // Exactly the calls the AWSCURRENT-only draft breaks: the CSI driver's default read (no
    // stage, by name, ARN and partial ARN), the rotation function's AWSPENDING reads (one of
    // them failed later, for a missing version, after authorisation), a read of AWSPREVIOUS
    // through the VPC endpoint.
    QCOMPARE(
        groups(report).filter(u"wouldBeDenied"_qs),
        QStringList(
            {u"wouldBeDenied arn:aws:iam::123456789012:role/eks/csi-driver GetSecretValue 3"_qs,
             u"wouldBeDenied arn:aws:iam::123456789012:role/rotation/RotatorLambda GetSecretValue 2"_qs,
             u"wouldBeDenied arn:aws:iam::123456789012:user/ops/alice GetSecretValue 1"_qs}));
    QCOMPARE(groups(report).mid(3, 3),
             QStringList(
                 {u"newlyAllowed arn:aws:iam::123456789012:role/eks/csi-driver DescribeSecret 1"_qs,
                  u"stillDenied arn:aws:iam::123456789012:user/intern GetSecretValue 1"_qs,
                  u"stillDenied arn:aws:iam::444455556666:role/Partner PutSecretValue 1"_qs}));
    // The cross-account reader succeeded, so its identity side is proven.
    QVERIFY(groups(report).contains(
        u"stillAllowed arn:aws:iam::444455556666:role/Partner GetSecretValue 2"_qs));

    const QJsonObject first = report[u"groups"].toArray()[0].toObject();
    QCOMPARE(first[u"first"].toString(), u"2026-01-05T08:00:00Z"_qs);
    QCOMPARE(first[u"last"].toString(), u"2026-01-05T10:00:00Z"_qs);
    QCOMPARE(first[u"access"].toString(), u"denied"_qs);
    QCOMPARE(first[u"baselineAccess"].toString(), u"allowed"_qs);
    QCOMPARE(first[u"statements"].toArray()[0].toObject()[u"sid"].toString(), u"OnlyCurrent"_qs);
    QCOMPARE(first[u"statements"].toArray()[0].toObject()[u"effect"].toString(), u"Deny"_qs);
    const QJsonObject example = first[u"example"].toObject();
    QCOMPARE(example[u"principal"].toString(),
             u"arn:aws:sts::123456789012:assumed-role/csi-driver/secrets-store-csi-7f9c"_qs);
    QVERIFY(!example[u"context"].toObject().contains(u"secretsmanager:VersionStage"_qs));
    QCOMPARE(example[u"context"].toObject()[u"aws:PrincipalArn"].toString(),
             u"arn:aws:iam::123456789012:role/eks/csi-driver"_qs);

    // The example is a request `eval` reads, and eval agrees with the verdict.
    std::istringstream in(QJsonDocument(example).toJson(QJsonDocument::Compact).toStdString()
                          + "\n");
    std::ostringstream out, err;
    QCOMPARE(engine::cli::run({"eval", "--policy", data("draft-current-only.json")}, in, out, err),
             0);
    QVERIFY(QString::fromStdString(out.str()).contains(u"\"decision\":\"ExplicitlyDenied\""_qs));

    const QJsonArray problems = report[u"problems"].toArray();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems[0].toObject()[u"file"].toString().endsWith(u"_csi.json"_qs));
    QCOMPARE(problems[0].toObject()[u"record"].toInt(), 7);
    QCOMPARE(problems[0].toObject()[u"message"].toString(), u"\"userIdentity\" is missing"_qs);
    QVERIFY(problems[1].toObject()[u"file"].toString().endsWith(u"partner.jsonl"_qs));
    QCOMPARE(problems[1].toObject()[u"record"].toInt(), 3);
    QCOMPARE(problems[1].toObject()[u"line"].toInt(), 3);
}

void TestReplayCli::atRiskNeedsABaseline()
{
    // The same restriction written as a narrower Allow: the stageless reads now depend on the
    // callers' identity policies. The baseline allowed them by itself, so nothing proves those.
    const Run withBaseline
        = replay("draft-allow-current.json", {"--baseline", data("live.json"), "-f", "json"});
    QCOMPARE(withBaseline.status, 1);
    QCOMPARE(verdicts(withBaseline.json()),
             u"stillAllowed=11 atRisk=3 dependsOnIdentity=0 "
             "wouldBeDenied=0 newlyAllowed=1 stillDenied=2"_qs);
    QCOMPARE(groups(withBaseline.json()).first(),
             u"atRisk arn:aws:iam::123456789012:role/eks/csi-driver GetSecretValue 3"_qs);
    // alice read AWSPREVIOUS although no statement ever granted it: her identity side allows it.
    QVERIFY(groups(withBaseline.json())
                .contains(
                    u"stillAllowed arn:aws:iam::123456789012:user/ops/alice GetSecretValue 1"_qs));

    const Run alone = replay("draft-allow-current.json", {"--format", "json"});
    QCOMPARE(alone.status, 0);
    QCOMPARE(verdicts(alone.json()),
             u"stillAllowed=10 atRisk=0 dependsOnIdentity=4 "
             "wouldBeDenied=0 newlyAllowed=1 stillDenied=2"_qs);
    QVERIFY(!alone.json()[u"groups"].toArray()[0].toObject().contains(u"baselineAccess"_qs));
}

void TestReplayCli::theLivePolicyBreaksNothing()
{
    const Run r = replay("live.json", {"--baseline", data("live.json"), "--format", "json"});
    QCOMPARE(r.status, 0);
    QCOMPARE(verdicts(r.json()),
             u"stillAllowed=14 atRisk=0 dependsOnIdentity=0 wouldBeDenied=0 "
             "newlyAllowed=0 stillDenied=3"_qs);
}

void TestReplayCli::textAndCsv()
{
    const Run text = replay("draft-current-only.json", {"--baseline", data("live.json")});
    QCOMPARE(text.status, 1);
    const QStringList lines = QString::fromStdString(text.out).split(u'\n');
    QCOMPARE(lines[0],
             u"17 calls to "_qs + QString::fromStdString(arn)
                 + u" (3 other records ignored, 2 unreadable)"_qs);
    QCOMPARE(lines[1],
             u"  stillAllowed 8 atRisk 0 dependsOnIdentity 0 wouldBeDenied 6 "
             "newlyAllowed 1 stillDenied 2"_qs);
    QCOMPARE(lines[3],
             u"wouldBeDenied: arn:aws:iam::123456789012:role/eks/csi-driver "
             "GetSecretValue, 3 calls from 2026-01-05T08:00:00Z to 2026-01-05T10:00:00Z"_qs);
    QCOMPARE(lines[4],
             u"  draft: denied, baseline: allowed; denied by statement 3 (OnlyCurrent)"_qs);
    QVERIFY(lines[5].startsWith(u"  example: {\"principal\":"_qs));
    QVERIFY(text.out.find("unreadable records:\n") != std::string::npos);
    QVERIFY(text.out.find("partner.jsonl: record 3 (line 3): not valid JSON") != std::string::npos);

    const Run csv = replay("draft-current-only.json", {"--format", "csv"});
    const QStringList rows = QString::fromStdString(csv.out).split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(rows[0],
             u"verdict,caller,action,calls,first,last,access,baselineAccess,statements,example"_qs);
    QCOMPARE(rows.size(), 1 + 13);
    QVERIFY(
        rows[1].startsWith(u"wouldBeDenied,arn:aws:iam::123456789012:role/eks/csi-driver,"
                           "secretsmanager:GetSecretValue,3,2026-01-05T08:00:00Z,"
                           "2026-01-05T10:00:00Z,denied,,3:OnlyCurrent,\"{\"\"principal\"\":"_qs));
}

void TestReplayCli::errorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    const QString draft = QString::fromStdString(data("draft-current-only.json"));
    const QString logs = QString::fromStdString(data("logs"));
    const QString a = QString::fromStdString(arn);
    QTest::addRow("no secret") << QStringList{draft, logs} << u"--secret-arn is required"_qs;
    QTest::addRow("no events") << QStringList{draft, u"-s"_qs, a}
                               << u"expected a policy file and at least one event file"_qs;
    QTest::addRow("ARN without suffix")
        << QStringList{draft, u"-s"_qs, a.left(a.size() - 7), logs} << u"six characters"_qs;
    QTest::addRow("missing events") << QStringList{draft, u"-s"_qs, a, u"/nonexistent/trail"_qs}
                                    << u"/nonexistent/trail: No such file or directory"_qs;
    QTest::addRow("bad format") << QStringList{draft, u"-s"_qs, a, logs, u"-f"_qs, u"xml"_qs}
                                << u"unknown format `xml`"_qs;
    QTest::addRow("bad policy") << QStringList{logs + u"/partner.jsonl"_qs, u"-s"_qs, a, logs}
                                << u"partner.jsonl"_qs;
    QTest::addRow("bad baseline")
        << QStringList{draft, u"-s"_qs, a, logs, u"--baseline"_qs, u"/nonexistent.json"_qs}
        << u"/nonexistent.json"_qs;
    QTest::addRow("standard input")
        << QStringList{draft, u"-s"_qs, a, u"-"_qs} << u"not from standard input"_qs;
}

void TestReplayCli::errorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    Args argv{"replay"};
    for (const QString &arg : args)
        argv.push_back(arg.toStdString());
    const Run r = run(argv);
    QCOMPARE(r.status, 2);
    QVERIFY2(QString::fromStdString(r.err).contains(message), r.err.c_str());
    QCOMPARE(r.out, std::string());
}

void TestReplayCli::helpPage()
{
    const Run r = run({"replay", "--help"});
    QCOMPARE(r.status, 0);
    for (const char *section :
         {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "EXAMPLES"})
        QVERIFY2(r.out.find(std::string("\n") + section + "\n") != std::string::npos
                     || r.out.rfind(section, 0) == 0,
                 section);
    QVERIFY(run({"--help"}).out.find("    replay ") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestReplayCli)
#include "tst_replaycli.moc"
