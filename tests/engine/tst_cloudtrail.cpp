// Tests of the CloudTrail replay (docs/reference/replay.md): the verdict table with its proof
// rule, a record turned into a request (principals, context, the secret it names, how it
// ended), the file layouts read in flat memory (log files, gzip, lookup-events, JSON Lines,
// damaged input), and the grouping of calls.
#include "cloudtrail/bytesource.h"
#include "cloudtrail/record.h"
#include "cloudtrail/recordreader.h"
#include "cloudtrail/replay.h"
#include "policy/policyreader.h"
#include "json/reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

using namespace engine;
using namespace engine::cloudtrail;
using analysis::Access;

Q_DECLARE_METATYPE(engine::analysis::Access)
Q_DECLARE_METATYPE(engine::cloudtrail::CallVerdict)
Q_DECLARE_METATYPE(std::string)

class TestCloudTrail : public QObject
{
    Q_OBJECT

private slots:
    void verdictTable_data();
    void verdictTable();
    void principals_data();
    void principals();
    void unreadableCallers_data();
    void unreadableCallers();
    void context();
    void contextThroughEndpoint();
    void serviceKeysOnlyWhereSupplied();
    void whichSecret_data();
    void whichSecret();
    void howTheCallEnded_data();
    void howTheCallEnded();
    void secretRefNeedsTheFullArn();
    void layouts_data();
    void layouts();
    void recordAcrossBlocks();
    void truncatedLogStops();
    void gzipFixtureReadsLikeItsSource();
    void damagedGzipIsReported();
    void concatenatedGzipMembers();
    void replayGroupsCalls();
    void replayCountsProblems();
};

namespace {

const std::string secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

SecretRef secret()
{
    return secretRef(secretArn).value();
}

json::Value parse(const std::string &text)
{
    json::ReadResult r = json::read(text);
    if (!r.ok)
        qFatal("bad test JSON: %s", r.error.toString().c_str());
    return r.value;
}

std::string identity(const std::string &type, const std::string &extra)
{
    return R"({"type":")" + type + "\"" + (extra.empty() ? "" : "," + extra) + "}";
}

const std::string roleSession = identity(
    "AssumedRole",
    R"("principalId":"AROAEXAMPLEREADER000:i-1","arn":"arn:aws:sts::123456789012:assumed-role/Reader/i-1",)"
    R"("accountId":"123456789012","sessionContext":{"sessionIssuer":{"type":"Role",)"
    R"("arn":"arn:aws:iam::123456789012:role/app/Reader","accountId":"123456789012"},)"
    R"("attributes":{"creationDate":"2026-01-05T07:55:00Z","mfaAuthenticated":"true"}})");

// A Secrets Manager record; `members` are appended (and may repeat none of the defaults).
std::string record(const std::string &userIdentity,
                   const std::string &eventName = "GetSecretValue",
                   const std::string &requestParameters = R"({"secretId":")" + secretArn + "\"}",
                   const std::string &members = {})
{
    return R"({"eventVersion":"1.09","userIdentity":)" + userIdentity
           + R"(,"eventTime":"2026-01-05T08:00:00Z","eventSource":"secretsmanager.amazonaws.com",)"
           + R"("eventName":")" + eventName
           + R"(","awsRegion":"us-east-1","sourceIPAddress":"198.51.100.20","userAgent":"sdk",)"
           + R"("requestParameters":)" + requestParameters + R"(,"eventType":"AwsApiCall")"
           + (members.empty() ? "" : "," + members) + "}";
}

RecordRead read(const std::string &text)
{
    return readRecord(parse(text), secret());
}

QStringList contextOf(const Request &request)
{
    QStringList out;
    for (const ContextEntry &e : request.context)
        out << q(e.key) + u'=' + q(e.value.values.at(0));
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Every record of a file: its text, or "!error", with its number and line.
QStringList records(const QString &path)
{
    ByteSource source;
    if (const auto error = source.open(path.toStdString()))
        return {u"cannot open: "_qs + q(*error)};
    RecordReader reader(source);
    RawRecord r;
    QStringList out;
    while (reader.next(r)) {
        const QString body = r.error.empty() ? q(std::string(r.text)) : u'!' + q(r.error);
        out << QString::number(r.number) + u'@' + QString::number(r.line)
                   + (r.lookupEvent ? u"L "_qs : u" "_qs) + body;
    }
    if (!source.error().empty())
        out << u"source: "_qs + q(source.error());
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

Policy policy(const std::string &text)
{
    PolicyReadResult r = readPolicyText(text);
    if (!r.policy)
        qFatal("bad test policy");
    return *r.policy;
}

} // namespace

void TestCloudTrail::verdictTable_data()
{
    QTest::addColumn<bool>("refused");
    QTest::addColumn<bool>("crossAccount");
    QTest::addColumn<Access>("draft");
    QTest::addColumn<int>("baseline"); // -1: none, else an Access
    QTest::addColumn<CallVerdict>("verdict");

    const int none = -1;
    const int allowed = int(Access::Allowed), needs = int(Access::NeedsIdentity),
              denied = int(Access::Denied);
    QTest::addRow("succeeded, draft allows")
        << false << false << Access::Allowed << none << CallVerdict::StillAllowed;
    QTest::addRow("succeeded, draft denies")
        << false << false << Access::Denied << allowed << CallVerdict::WouldBeDenied;
    QTest::addRow("succeeded, draft denies, no baseline")
        << false << true << Access::Denied << none << CallVerdict::WouldBeDenied;
    QTest::addRow("cross-account success proves the identity side")
        << false << true << Access::NeedsIdentity << none << CallVerdict::StillAllowed;
    QTest::addRow("cross-account, baseline allowed alone")
        << false << true << Access::NeedsIdentity << allowed << CallVerdict::StillAllowed;
    QTest::addRow("owner account, no baseline")
        << false << false << Access::NeedsIdentity << none << CallVerdict::DependsOnIdentity;
    QTest::addRow("owner account, baseline allowed alone: at risk")
        << false << false << Access::NeedsIdentity << allowed << CallVerdict::AtRisk;
    QTest::addRow("owner account, baseline needed identity: proven")
        << false << false << Access::NeedsIdentity << needs << CallVerdict::StillAllowed;
    QTest::addRow("owner account, baseline denied: proven")
        << false << false << Access::NeedsIdentity << denied << CallVerdict::StillAllowed;
    QTest::addRow("refused, draft allows")
        << true << false << Access::Allowed << denied << CallVerdict::NewlyAllowed;
    QTest::addRow("refused, draft needs identity")
        << true << false << Access::NeedsIdentity << none << CallVerdict::StillDenied;
    QTest::addRow("refused cross-account, draft needs identity")
        << true << true << Access::NeedsIdentity << allowed << CallVerdict::StillDenied;
    QTest::addRow("refused, draft denies")
        << true << false << Access::Denied << none << CallVerdict::StillDenied;
}

void TestCloudTrail::verdictTable()
{
    QFETCH(bool, refused);
    QFETCH(bool, crossAccount);
    QFETCH(Access, draft);
    QFETCH(int, baseline);
    QFETCH(CallVerdict, verdict);
    const std::optional<Access> base
        = baseline < 0 ? std::nullopt : std::optional<Access>(Access(baseline));
    QCOMPARE(callVerdictName(verdictOf(refused, crossAccount, draft, base)),
             callVerdictName(verdict));
}

void TestCloudTrail::principals_data()
{
    QTest::addColumn<std::string>("userIdentity");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<bool>("crossAccount");

    QTest::addRow("IAM user") << identity(
        "IAMUser",
        R"("principalId":"AIDAEXAMPLEUSER00000","arn":"arn:aws:iam::123456789012:user/ops/alice","accountId":"123456789012")")
                              << u"arn:aws:iam::123456789012:user/ops/alice"_qs
                              << u"arn:aws:iam::123456789012:user/ops/alice"_qs << false;
    QTest::addRow("role session: grouped by the role, with its path")
        << roleSession << u"arn:aws:sts::123456789012:assumed-role/Reader/i-1"_qs
        << u"arn:aws:iam::123456789012:role/app/Reader"_qs << false;
    QTest::addRow("root") << identity(
        "Root",
        R"("principalId":"123456789012","arn":"arn:aws:iam::123456789012:root","accountId":"123456789012")")
                          << u"arn:aws:iam::123456789012:root"_qs
                          << u"arn:aws:iam::123456789012:root"_qs << false;
    QTest::addRow("root without an arn")
        << identity("Root", R"("accountId":"444455556666")") << u"arn:aws:iam::444455556666:root"_qs
        << u"arn:aws:iam::444455556666:root"_qs << true;
    QTest::addRow("federated user") << identity(
        "FederatedUser",
        R"("principalId":"444455556666:bob","arn":"arn:aws:sts::444455556666:federated-user/bob","accountId":"444455556666")")
                                    << u"arn:aws:sts::444455556666:federated-user/bob"_qs
                                    << u"arn:aws:sts::444455556666:federated-user/bob"_qs << true;
    QTest::addRow("AWS service") << identity("AWSService", R"("invokedBy":"lambda.amazonaws.com")")
                                 << u"Service:lambda.amazonaws.com"_qs << u"lambda.amazonaws.com"_qs
                                 << false;
}

void TestCloudTrail::principals()
{
    QFETCH(std::string, userIdentity);
    QFETCH(QString, principal);
    QFETCH(QString, caller);
    QFETCH(bool, crossAccount);
    const RecordRead r = read(record(userIdentity));
    QCOMPARE(q(r.error), QString());
    QCOMPARE(int(r.kind), int(RecordRead::Kind::Call));
    const RequestPrincipal &p = r.call.request.principal;
    QCOMPARE((p.form == RequestPrincipal::Form::Service ? u"Service:"_qs : QString()) + q(p.text),
             principal);
    QCOMPARE(q(r.call.caller), caller);
    QCOMPARE(r.call.crossAccount, crossAccount);
    QCOMPARE(q(r.call.request.action), u"secretsmanager:GetSecretValue"_qs);
    QCOMPARE(q(r.call.request.resource), q(secretArn));
    QVERIFY(!requestError(r.call.request));
}

void TestCloudTrail::unreadableCallers_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<QString>("error");

    QTest::addRow("AWS account only")
        << record(identity("AWSAccount", R"("accountId":"444455556666","principalId":"AIDAX")"))
        << u"userIdentity of type AWSAccount names only the account 444455556666, not the caller (the caller's own trail has the full record)"_qs;
    QTest::addRow("unknown type") << record(identity(
        "WebIdentityUser",
        "")) << u"userIdentity of type WebIdentityUser is not a caller a secret policy decides"_qs;
    QTest::addRow("user without arn")
        << record(identity("IAMUser", R"("accountId":"123456789012")"))
        << u"userIdentity of type IAMUser has no \"arn\""_qs;
    QTest::addRow("service without invokedBy")
        << record(identity("AWSService", ""))
        << u"userIdentity of type AWSService has no \"invokedBy\""_qs;
    QTest::addRow("no userIdentity") << std::string(
        R"({"eventSource":"secretsmanager.amazonaws.com","eventName":"GetSecretValue","requestParameters":{"secretId":"x"}})")
                                     << u"\"userIdentity\" is missing"_qs;
    QTest::addRow("no eventSource")
        << std::string(R"({"eventName":"GetSecretValue"})") << u"\"eventSource\" is missing"_qs;
    QTest::addRow("not an object")
        << std::string("[1]") << u"a record must be a JSON object, not array"_qs;
    QTest::addRow("names no secret")
        << record(roleSession, "GetSecretValue", "null")
        << u"the record names no secret (requestParameters.secretId is missing)"_qs;
}

void TestCloudTrail::unreadableCallers()
{
    QFETCH(std::string, text);
    QFETCH(QString, error);
    const RecordRead r = read(text);
    QCOMPARE(int(r.kind), int(RecordRead::Kind::Unreadable));
    QCOMPARE(q(r.error), error);
}

void TestCloudTrail::context()
{
    const RecordRead r = read(record(roleSession,
                                     "GetSecretValue",
                                     R"({"secretId":")" + secretArn
                                         + R"(","versionStage":"AWSPENDING","versionId":"v-1"})",
                                     R"("eventTime":"2026-01-05T08:30:00Z")"));
    // eventTime twice: the reader keeps the first (the JSON reader keeps duplicates in order).
    QCOMPARE(contextOf(r.call.request),
             QStringList({u"aws:PrincipalArn=arn:aws:iam::123456789012:role/app/Reader"_qs,
                          u"aws:SourceIp=198.51.100.20"_qs,
                          u"aws:ViaAWSService=false"_qs,
                          u"secretsmanager:VersionStage=AWSPENDING"_qs,
                          u"secretsmanager:VersionId=v-1"_qs,
                          u"aws:CurrentTime=2026-01-05T08:00:00Z"_qs,
                          u"aws:EpochTime=1767600000"_qs,
                          u"aws:userid=AROAEXAMPLEREADER000:i-1"_qs,
                          u"aws:UserAgent=sdk"_qs,
                          u"aws:MultiFactorAuthPresent=true"_qs,
                          u"aws:TokenIssueTime=2026-01-05T07:55:00Z"_qs,
                          u"aws:MultiFactorAuthAge=300"_qs}));
    QCOMPARE(q(r.call.time), u"2026-01-05T08:00:00Z"_qs);

    // A service calling on the user's behalf: no address, aws:ViaAWSService true.
    const std::string viaService = identity(
        "IAMUser",
        R"("arn":"arn:aws:iam::123456789012:user/alice","invokedBy":"cloudformation.amazonaws.com")");
    std::string text = record(viaService);
    text.replace(text.find("198.51.100.20"), 13, "cloudformation.amazonaws.com");
    QCOMPARE(contextOf(read(text).call.request).mid(0, 1),
             QStringList({u"aws:ViaAWSService=true"_qs}));
}

void TestCloudTrail::contextThroughEndpoint()
{
    const RecordRead r
        = read(record(identity("IAMUser", R"("arn":"arn:aws:iam::123456789012:user/alice")"),
                      "DescribeSecret",
                      R"({"secretId":")" + secretArn + "\"}",
                      R"("vpcEndpointId":"vpce-1a2b3c4d")"));
    // Through an endpoint the address is private: aws:VpcSourceIp, never aws:SourceIp.
    QCOMPARE(
        contextOf(r.call.request).mid(0, 2),
        QStringList({u"aws:SourceVpce=vpce-1a2b3c4d"_qs, u"aws:VpcSourceIp=198.51.100.20"_qs}));
    QVERIFY(!contextOf(r.call.request).join(u' ').contains(u"aws:SourceIp="_qs));
}

void TestCloudTrail::serviceKeysOnlyWhereSupplied()
{
    // DescribeSecret supplies no version keys; UpdateSecretVersionStage supplies the stage only.
    const std::string params
        = R"({"secretId":")" + secretArn + R"(","versionStage":"AWSCURRENT","versionId":"v-1"})";
    const QString describe
        = contextOf(read(record(roleSession, "DescribeSecret", params)).call.request).join(u' ');
    QVERIFY(!describe.contains(u"secretsmanager:"_qs));
    const QString update
        = contextOf(read(record(roleSession, "UpdateSecretVersionStage", params)).call.request)
              .join(u' ');
    QVERIFY(update.contains(u"secretsmanager:VersionStage=AWSCURRENT"_qs));
    QVERIFY(!update.contains(u"secretsmanager:VersionId"_qs));
}

void TestCloudTrail::whichSecret_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<bool>("ours");

    const std::string user = identity(
        "IAMUser", R"("arn":"arn:aws:iam::123456789012:user/alice","accountId":"123456789012")");
    const std::string partner = identity(
        "IAMUser", R"("arn":"arn:aws:iam::444455556666:user/bob","accountId":"444455556666")");
    const auto by
        = [](const std::string &who, const std::string &id, const std::string &more = {}) {
              return record(who, "GetSecretValue", R"({"secretId":")" + id + "\"}", more);
          };
    QTest::addRow("full ARN") << by(partner, secretArn) << true;
    QTest::addRow("ARN without the suffix")
        << by(partner, secretArn.substr(0, secretArn.size() - 7)) << true;
    QTest::addRow("name, own account and region") << by(user, "prod/db") << true;
    QTest::addRow("name from another account") << by(partner, "prod/db") << false;
    QTest::addRow("name in another region")
        << by(user, "prod/db").replace(by(user, "prod/db").find("us-east-1"), 9, "eu-west-1")
        << false;
    QTest::addRow("the name with its suffix is another name")
        << by(user, "prod/db-AbCdEf") << false;
    QTest::addRow("another secret") << by(user, "prod/other") << false;
    QTest::addRow("another secret's ARN")
        << by(user, "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db2-AbCdEf")
        << false;
    QTest::addRow("named in responseElements only") << record(
        user, "PutSecretValue", "{}", R"("responseElements":{"arn":")" + secretArn + "\"}")
                                                    << true;
    QTest::addRow("another service")
        << by(user, secretArn)
               .replace(by(user, secretArn).find("secretsmanager.amazonaws.com"),
                        28,
                        "kms.amazonaws.com")
        << false;
    std::string serviceEvent
        = record(identity("AWSService", R"("invokedBy":"secretsmanager.amazonaws.com")"),
                 "RotationSucceeded",
                 "null",
                 R"("additionalEventData":{"SecretId":")" + secretArn + "\"}");
    serviceEvent.replace(serviceEvent.find("AwsApiCall"), 10, "AwsServiceEvent");
    QTest::addRow("a service event") << serviceEvent << false;
    QTest::addRow("an action without a resource") << record(user, "ListSecrets", "{}") << false;
    QTest::addRow("CreateSecret") << record(user, "CreateSecret", R"({"name":"prod/db"})") << false;
}

void TestCloudTrail::whichSecret()
{
    QFETCH(std::string, text);
    QFETCH(bool, ours);
    const RecordRead r = read(text);
    QCOMPARE(q(r.error), QString());
    QCOMPARE(r.kind == RecordRead::Kind::Call, ours);
}

void TestCloudTrail::howTheCallEnded_data()
{
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("refused");

    const int call = int(RecordRead::Kind::Call), ignored = int(RecordRead::Kind::Ignored);
    QTest::addRow("succeeded") << QString() << call << false;
    QTest::addRow("AccessDenied") << u"AccessDenied"_qs << call << true;
    QTest::addRow("AccessDeniedException") << u"AccessDeniedException"_qs << call << true;
    // Past authorisation: the version it asked for does not exist.
    QTest::addRow("ResourceNotFoundException") << u"ResourceNotFoundException"_qs << call << false;
    QTest::addRow("throttled: never reached authorisation")
        << u"ThrottlingException"_qs << ignored << false;
}

void TestCloudTrail::howTheCallEnded()
{
    QFETCH(QString, errorCode);
    QFETCH(int, kind);
    QFETCH(bool, refused);
    const RecordRead r = read(record(
        roleSession,
        "GetSecretValue",
        R"({"secretId":")" + secretArn + "\"}",
        errorCode.isEmpty() ? std::string() : "\"errorCode\":\"" + errorCode.toStdString() + "\""));
    QCOMPARE(int(r.kind), kind);
    QCOMPARE(r.call.refused, refused);
}

void TestCloudTrail::secretRefNeedsTheFullArn()
{
    const SecretRef ref = secret();
    QCOMPARE(q(ref.name), u"prod/db"_qs);
    QCOMPARE(q(ref.partialArn), u"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db"_qs);
    QCOMPARE(q(ref.account), u"123456789012"_qs);
    QCOMPARE(q(ref.region), u"us-east-1"_qs);
    const Result<SecretRef> partial = secretRef(ref.partialArn);
    QVERIFY(!partial);
    QVERIFY(q(partial.error().message).contains(u"six characters"_qs));
    QVERIFY(!secretRef("arn:aws:s3:::bucket"));
}

void TestCloudTrail::layouts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("log file") << QByteArray(R"({"Records":[{"a":1},{"b":"x,]}"} , {"c":[2]}]})")
                              << QStringList({u"1@1 {\"a\":1}"_qs,
                                              u"2@1 {\"b\":\"x,]}\"}"_qs,
                                              u"3@1 {\"c\":[2]}"_qs});
    QTest::addRow("log file, pretty, keys around Records, BOM")
        << QByteArray("\xef\xbb\xbf{\n \"Records\": [\n  {\"a\": 1},\n  {\"b\": 2}\n ],\n \"x\": "
                      "{\"Records\": []}\n}\n")
        << QStringList({u"1@3 {\"a\": 1}"_qs, u"2@4 {\"b\": 2}"_qs});
    QTest::addRow("empty log file") << QByteArray(R"({"Records":[]})") << QStringList();
    QTest::addRow("bare array") << QByteArray(R"([{"a":1}, null])")
                                << QStringList({u"1@1 {\"a\":1}"_qs, u"2@1 null"_qs});
    QTest::addRow("concatenated log files")
        << QByteArray("{\"Records\":[{\"a\":1}]}\n{\"Records\":[{\"b\":2}]}\n")
        << QStringList({u"1@1 {\"a\":1}"_qs, u"2@2 {\"b\":2}"_qs});
    QTest::addRow("lookup-events")
        << QByteArray(
               R"({"Events":[{"EventId":"1","CloudTrailEvent":"{\"a\":1}"}],"NextToken":"t"})")
        << QStringList({u"1@1L {\"EventId\":\"1\",\"CloudTrailEvent\":\"{\\\"a\\\":1}\"}"_qs});
    QTest::addRow("JSON Lines, blank lines, CRLF, a cut line")
        << QByteArray("{\"a\":1}\r\n\n  \n{\"b\":\n{\"c\":3}\n")
        << QStringList({u"1@1 {\"a\":1}"_qs, u"2@4 {\"b\":"_qs, u"3@5 {\"c\":3}"_qs});
    QTest::addRow("garbage is one line per record")
        << QByteArray("hello\nworld") << QStringList({u"1@1 hello"_qs, u"2@2 world"_qs});
    QTest::addRow("empty file") << QByteArray() << QStringList();
    QTest::addRow("not a log after the log")
        << QByteArray(R"({"Records":[{"a":1}]} x)")
        << QStringList({u"1@1 {\"a\":1}"_qs, u"2@1 !unexpected text after the last record"_qs});
}

void TestCloudTrail::layouts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    QCOMPARE(records(writeFile(dir, u"events"_qs, bytes)), expected);
}

void TestCloudTrail::recordAcrossBlocks()
{
    // Records longer than a block (64 KB), and a JSON Lines line that spans blocks.
    const std::string agent(200000, 'x');
    const std::string one = record(roleSession,
                                   "GetSecretValue",
                                   R"({"secretId":")" + secretArn + "\"}",
                                   "\"note\":\"" + agent + "\"");
    QTemporaryDir dir;
    const QString log = writeFile(
        dir, u"log.json"_qs, QByteArray::fromStdString("{\"Records\":[" + one + "," + one + "]}"));
    const QStringList logRecords = records(log);
    QCOMPARE(logRecords.size(), 2);
    QCOMPARE(logRecords[1], u"2@1 "_qs + q(one));
    const QString lines
        = writeFile(dir, u"lines.jsonl"_qs, QByteArray::fromStdString(one + "\n" + one + "\n"));
    QCOMPARE(records(lines), QStringList({u"1@1 "_qs + q(one), u"2@2 "_qs + q(one)}));
}

void TestCloudTrail::truncatedLogStops()
{
    QTemporaryDir dir;
    const QString path
        = writeFile(dir, u"cut.json"_qs, QByteArray(R"({"Records":[{"a":1},{"b":[1,2)"));
    QCOMPARE(records(path),
             QStringList({u"1@1 {\"a\":1}"_qs,
                          u"2@1 !the file ends inside a record (a truncated file?)"_qs}));
    const QString missingBracket
        = writeFile(dir, u"cut2.json"_qs, QByteArray(R"({"Records":[{"a":1})"));
    QCOMPARE(
        records(missingBracket),
        QStringList({u"1@1 {\"a\":1}"_qs, u"2@1 !the file ends early (a truncated file?)"_qs}));
}

void TestCloudTrail::gzipFixtureReadsLikeItsSource()
{
    const QString gz = QStringLiteral(SPS_CLOUDTRAIL_GZ);
    const QString source = QStringLiteral(SPS_TEST_DATA_DIR) + u"/cloudtrail/gzip/rotation.json"_qs;
    QVERIFY(readAll(gz).startsWith("\x1f\x8b"));
    const QStringList fromGzip = records(gz);
    QCOMPARE(fromGzip.size(), 7);
    QCOMPARE(fromGzip, records(source));
}

void TestCloudTrail::damagedGzipIsReported()
{
    QTemporaryDir dir;
    QByteArray bytes = readAll(QStringLiteral(SPS_CLOUDTRAIL_GZ));
    const QString cut = writeFile(dir, u"cut.json.gz"_qs, bytes.left(bytes.size() / 2));
    const QStringList cutRecords = records(cut);
    QVERIFY(!cutRecords.isEmpty());
    QCOMPARE(cutRecords.last(), u"source: the gzip data ends early (a truncated file?)"_qs);

    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x55);
    bytes[bytes.size() / 2 + 1] = char(bytes[bytes.size() / 2 + 1] ^ 0x55);
    const QStringList damaged = records(writeFile(dir, u"bad.json.gz"_qs, bytes));
    QVERIFY(damaged.last().startsWith(u"source: damaged gzip data"_qs));
}

void TestCloudTrail::concatenatedGzipMembers()
{
    QTemporaryDir dir;
    const QByteArray gz = readAll(QStringLiteral(SPS_CLOUDTRAIL_GZ));
    const QStringList twice = records(writeFile(dir, u"two.json.gz"_qs, gz + gz));
    QCOMPARE(twice.size(), 14);
    QVERIFY(twice[7].startsWith(u"8@2 "_qs));
}

void TestCloudTrail::replayGroupsCalls()
{
    const CompiledPolicy draft(policy(R"({"Version":"2012-10-17","Statement":[
        {"Sid":"Current","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/app/Reader"},
         "Action":"secretsmanager:GetSecretValue","Resource":"*",
         "Condition":{"StringEquals":{"secretsmanager:VersionStage":"AWSCURRENT"}}}]})"));
    const CompiledPolicy live(policy(R"({"Version":"2012-10-17","Statement":[
        {"Sid":"Readers","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/app/Reader"},
         "Action":"secretsmanager:GetSecretValue","Resource":"*"}]})"));
    Replay replay(draft, &live, secret());
    const auto call = [&](const std::string &time, const std::string &stage) {
        std::string params = R"({"secretId":")" + secretArn + "\""
                             + (stage.empty() ? "" : ",\"versionStage\":\"" + stage + "\"") + "}";
        std::string text = record(roleSession, "GetSecretValue", params);
        text.replace(text.find("2026-01-05T08:00:00Z"), 20, time);
        const RecordRead r = read(text);
        QCOMPARE(int(r.kind), int(RecordRead::Kind::Call));
        replay.add(r.call);
    };
    call("2026-01-05T10:00:00Z", "");
    call("2026-01-05T09:00:00Z", "");
    call("2026-01-05T11:00:00Z", "AWSCURRENT");
    call("2026-01-05T12:00:00Z", "");
    replay.addIgnored();
    const ReplayReport report = replay.report();
    QCOMPARE(report.calls, 4u);
    QCOMPARE(report.ignored, 1u);
    QVERIFY(report.breaks());
    QCOMPARE(report.verdicts[std::size_t(CallVerdict::AtRisk)], 3u);
    QCOMPARE(report.verdicts[std::size_t(CallVerdict::StillAllowed)], 1u);
    QCOMPARE(report.groups.size(), std::size_t(2));
    const CallGroup &risk = report.groups[0];
    QCOMPARE(risk.verdict, CallVerdict::AtRisk);
    QCOMPARE(q(risk.caller), u"arn:aws:iam::123456789012:role/app/Reader"_qs);
    QCOMPARE(risk.calls, 3u);
    QCOMPARE(q(risk.first), u"2026-01-05T09:00:00Z"_qs);
    QCOMPARE(q(risk.last), u"2026-01-05T12:00:00Z"_qs);
    QCOMPARE(contextOf(risk.example).filter(u"CurrentTime"_qs).join(u' '),
             u"aws:CurrentTime=2026-01-05T10:00:00Z"_qs); // the first call read
    QCOMPARE(risk.access, Access::NeedsIdentity);
    QCOMPARE(risk.baselineAccess, std::optional<Access>(Access::Allowed));
    QVERIFY(risk.statements.empty());
    QVERIFY(!risk.explain.empty());
    const CallGroup &fine = report.groups[1];
    QCOMPARE(fine.verdict, CallVerdict::StillAllowed);
    QCOMPARE(fine.statements.size(), std::size_t(1));
    QCOMPARE(q(*fine.statements[0].sid), u"Current"_qs);

    // Without a baseline nothing tells: the same calls depend on the identity side.
    Replay alone(draft, nullptr, secret());
    const RecordRead r = read(record(roleSession));
    alone.add(r.call);
    QCOMPARE(alone.report().groups.at(0).verdict, CallVerdict::DependsOnIdentity);
    QVERIFY(!alone.report().breaks());
}

void TestCloudTrail::replayCountsProblems()
{
    const CompiledPolicy draft(policy(R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny",
        "Principal":"*","Action":"secretsmanager:DeleteSecret","Resource":"*"}]})"));
    Replay replay(draft, nullptr, secret());
    QTemporaryDir dir;
    const std::string good = record(roleSession);
    const QString path = writeFile(dir,
                                   u"mixed.jsonl"_qs,
                                   QByteArray::fromStdString(good + "\n{\"x\":\n" + good + "\n[]\n"
                                                             + R"({"Events":[1]})" + "\n"));
    QVERIFY(!replayFile(path.toStdString(), replay));
    const ReplayReport report = replay.report();
    QCOMPARE(report.calls, 2u);
    QCOMPARE(report.unreadable, 3u);
    QCOMPARE(report.problems.size(), std::size_t(3));
    QCOMPARE(q(report.problems[0].file), path);
    QCOMPARE(report.problems[0].record, 2u);
    QCOMPARE(report.problems[0].line, 2);
    QCOMPARE(q(report.problems[0].message),
             u"not valid JSON: unexpected end of text (at byte 5 of the record)"_qs);
    QCOMPARE(q(report.problems[1].message), u"a record must be a JSON object, not array"_qs);
    QCOMPARE(report.problems[2].line, 5);

    const std::optional<std::string> missing
        = replayFile(dir.filePath(u"none"_qs).toStdString(), replay);
    QCOMPARE(q(missing.value_or("")), u"No such file or directory"_qs);
    QCOMPARE(q(replayFile(dir.path().toStdString(), replay).value_or("")), u"is a directory"_qs);
}

QTEST_APPLESS_MAIN(TestCloudTrail)
#include "tst_cloudtrail.moc"
