// Tests of readRequest (requests.md "A request"): every field form, context value typing,
// identity policies, and the exact error text of every rejected request.
//
// Choices pinned here: unknown top-level fields are ignored ("expect" in test data), except
// ones that look like a misspelt known field, which are errors.
#include "eval/request.h"

#include "data/secretsmanager.h"
#include "json/reader.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <string>

using namespace engine;

Q_DECLARE_METATYPE(std::string)

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

const std::string secret = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

// A request with the three required fields and `extra` members appended.
std::string request(const std::string &extra = {},
                    const std::string &principal = "\"arn:aws:iam::123456789012:user/anaya\"")
{
    return R"({"principal": )" + principal
           + R"(, "action": "secretsmanager:GetSecretValue", "resource": ")" + secret + "\""
           + (extra.empty() ? std::string() : ", " + extra) + "}";
}

// "key=v1|v2" for a scalar, "key=[v1|v2]" for a list.
QStringList contextSummary(const std::vector<ContextEntry> &context)
{
    QStringList out;
    for (const ContextEntry &e : context) {
        QStringList values;
        for (const std::string &v : e.value.values)
            values << q(v);
        const QString joined = values.join(u'|');
        out << q(e.key) + u'=' + (e.value.isList ? u'[' + joined + u']' : joined);
    }
    return out;
}

} // namespace

class TestRequestReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadPrincipals_data();
    void shouldReadPrincipals();
    void shouldReadTheExample();
    void shouldTypeContextValues();
    void shouldReadIdentityPolicies();
    void shouldRejectBadRequests_data();
    void shouldRejectBadRequests();
    void shouldRejectRequestsTheServiceNeverReceives_data();
    void shouldRejectRequestsTheServiceNeverReceives();
    void shouldAcceptEveryRealAction();
    void shouldReadEveryRequestOfTheTestData_data();
    void shouldReadEveryRequestOfTheTestData();
};

void TestRequestReader::shouldReadPrincipals_data()
{
    QTest::addColumn<std::string>("principal");
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("text");

    QTest::addRow("user ARN") << std::string(R"("arn:aws:iam::123456789012:user/anaya")")
                              << int(RequestPrincipal::Form::Arn)
                              << QStringLiteral("arn:aws:iam::123456789012:user/anaya");
    QTest::addRow("session ARN")
        << std::string(R"("arn:aws:sts::123456789012:assumed-role/R/i-0abc")")
        << int(RequestPrincipal::Form::Arn)
        << QStringLiteral("arn:aws:sts::123456789012:assumed-role/R/i-0abc");
    QTest::addRow("anonymous") << std::string(R"("anonymous")")
                               << int(RequestPrincipal::Form::Anonymous) << QString();
    QTest::addRow("service") << std::string(R"({"Service": "appflow.amazonaws.com"})")
                             << int(RequestPrincipal::Form::Service)
                             << QStringLiteral("appflow.amazonaws.com");
    QTest::addRow("federated") << std::string(R"({"Federated": "cognito-identity.amazonaws.com"})")
                               << int(RequestPrincipal::Form::Federated)
                               << QStringLiteral("cognito-identity.amazonaws.com");
    QTest::addRow("canonical user")
        << std::string(R"({"CanonicalUser": "79a59df9"})")
        << int(RequestPrincipal::Form::CanonicalUser) << QStringLiteral("79a59df9");
}

void TestRequestReader::shouldReadPrincipals()
{
    QFETCH(std::string, principal);
    QFETCH(int, form);
    QFETCH(QString, text);

    const RequestReadResult r = readRequest(request({}, principal));
    QCOMPARE(q(r.error), QString());
    QVERIFY(r.request);
    QCOMPARE(int(r.request->principal.form), form);
    QCOMPARE(q(r.request->principal.text), text);
    QCOMPARE(q(r.request->action), QStringLiteral("secretsmanager:GetSecretValue"));
    QCOMPARE(q(r.request->resource), q(secret));
    QVERIFY(r.request->context.empty());
    QVERIFY(!r.request->identityPolicies);
}

void TestRequestReader::shouldReadTheExample()
{
    // The example of requests.md, with an identity policy that has a statement.
    const std::string text = R"({
  "principal": "arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/i-0abc",
  "action": "secretsmanager:GetSecretValue",
  "resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf",
  "context": {
    "secretsmanager:VersionStage": "AWSCURRENT",
    "aws:SourceIp": "203.0.113.5",
    "aws:MultiFactorAuthPresent": true,
    "aws:PrincipalTag/team": "payments",
    "aws:TagKeys": ["env", "team"]
  },
  "identityPolicies": [ { "Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "secretsmanager:*", "Resource": "*"} ] } ],
  "expect": {"decision": "Allowed"}
})";
    const RequestReadResult r = readRequest(text);
    QCOMPARE(q(r.error), QString());
    QVERIFY(r.request);
    const Request &req = *r.request;
    QCOMPARE(req.principal.form, RequestPrincipal::Form::Arn);
    QCOMPARE(contextSummary(req.context),
             (QStringList{QStringLiteral("secretsmanager:VersionStage=AWSCURRENT"),
                          QStringLiteral("aws:SourceIp=203.0.113.5"),
                          QStringLiteral("aws:MultiFactorAuthPresent=true"),
                          QStringLiteral("aws:PrincipalTag/team=payments"),
                          QStringLiteral("aws:TagKeys=[env|team]")}));
    QVERIFY(req.identityPolicies);
    QCOMPARE(req.identityPolicies->size(), std::size_t(1));
    const Policy &identity = req.identityPolicies->front();
    QCOMPARE(identity.statements.size(), std::size_t(1));
    QVERIFY(!identity.statements[0].principal);
    QCOMPARE(q(identity.statements[0].action.entries.at(0).text),
             QStringLiteral("secretsmanager:*"));
    // Spans point into the request text.
    QCOMPARE(identity.statements[0].span.begin.line, 13);
    QCOMPARE(identity.statements[0].span.begin.column, 5);
}

void TestRequestReader::shouldTypeContextValues()
{
    const RequestReadResult r = readRequest(
        request(R"("context": {"aws:MultiFactorAuthAge": 30, "n": 1.50, "e": -1e3, "f": false,)"
                R"( "empty": "", "none": [], "mixed": ["a", 2, true], "one": ["x"]})"));
    QCOMPARE(q(r.error), QString());
    QVERIFY(r.request);
    QCOMPARE(contextSummary(r.request->context),
             (QStringList{QStringLiteral("aws:MultiFactorAuthAge=30"),
                          QStringLiteral("n=1.50"),
                          QStringLiteral("e=-1e3"),
                          QStringLiteral("f=false"),
                          QStringLiteral("empty="),
                          QStringLiteral("none=[]"),
                          QStringLiteral("mixed=[a|2|true]"),
                          QStringLiteral("one=[x]")}));
    QVERIFY(!r.request->context[4].value.isList);
    QCOMPARE(r.request->context[4].value.values.size(), std::size_t(1));
    QVERIFY(r.request->context[5].value.isList);
    QVERIFY(r.request->context[5].value.values.empty());
}

void TestRequestReader::shouldReadIdentityPolicies()
{
    const RequestReadResult none = readRequest(request(R"("identityPolicies": [])"));
    QVERIFY(none.request);
    QVERIFY(none.request->identityPolicies);
    QVERIFY(none.request->identityPolicies->empty());

    const RequestReadResult two = readRequest(request(
        R"("identityPolicies": [{"Statement": {"Effect": "Deny", "NotAction": "kms:*", "Resource": "*"}},)"
        R"( {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "secretsmanager:Get*", "NotResource": ["arn:x"]}]}])"));
    QCOMPARE(q(two.error), QString());
    QVERIFY(two.request);
    QCOMPARE(two.request->identityPolicies->size(), std::size_t(2));
    QCOMPARE(two.request->identityPolicies->at(0).version, PolicyVersion::Missing);
    QCOMPARE(two.request->identityPolicies->at(0).statements.at(0).effect, Effect::Deny);
    QVERIFY(two.request->identityPolicies->at(1).statements.at(0).resource.negated);
}

void TestRequestReader::shouldRejectBadRequests_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<QString>("error");

    const std::string action = R"("action": "secretsmanager:GetSecretValue")";
    const std::string resource = R"("resource": "*")";
    const std::string user = R"("principal": "arn:aws:iam::123456789012:user/a")";

    QTest::addRow("not JSON") << std::string(
        R"({"a": })") << QStringLiteral("not valid JSON: line 1, column 7: expected a value");
    QTest::addRow("empty line") << std::string()
                                << QStringLiteral("not valid JSON: line 1, column 1: empty text");
    QTest::addRow("array") << std::string("[]")
                           << QStringLiteral("a request must be a JSON object, not array");
    QTest::addRow("duplicate key")
        << std::string(R"({"action": "a:b", "action": "a:c"})")
        << QStringLiteral("duplicate key \"action\" at line 1, column 19");
    QTest::addRow("duplicate key in an identity policy")
        << request(
               R"("identityPolicies": [{"Statement": [{"Effect": "Allow", "Effect": "Deny"}]}])")
        << QStringLiteral("duplicate key \"Effect\" at line 1, column 237");
    QTest::addRow("principal missing")
        << "{" + action + ", " + resource + "}" << QStringLiteral("\"principal\" is missing");
    QTest::addRow("action missing")
        << "{" + user + ", " + resource + "}" << QStringLiteral("\"action\" is missing");
    QTest::addRow("resource missing")
        << "{" + user + ", " + action + "}" << QStringLiteral("\"resource\" is missing");
    QTest::addRow("first missing field wins")
        << std::string("{}") << QStringLiteral("\"principal\" is missing");
    const QString badPrincipal = QStringLiteral(
        "\"principal\" must be an ARN string, \"anonymous\" or an object with one of Service, "
        "Federated, CanonicalUser");
    QTest::addRow("principal account id") << request({}, R"("123456789012")") << badPrincipal;
    QTest::addRow("principal number") << request({}, "123456789012") << badPrincipal;
    QTest::addRow("principal AWS object")
        << request({}, R"({"AWS": "arn:aws:iam::1:root"})") << badPrincipal;
    QTest::addRow("principal two keys")
        << request({}, R"({"Service": "a.amazonaws.com", "Federated": "b"})") << badPrincipal;
    QTest::addRow("principal service array")
        << request({}, R"({"Service": ["a"]})") << badPrincipal;
    QTest::addRow("principal empty object") << request({}, "{}") << badPrincipal;
    QTest::addRow("action not a string") << "{" + user + R"(, "action": 5, )" + resource + "}"
                                         << QStringLiteral("\"action\" must be a string");
    QTest::addRow("action without colon")
        << "{" + user + R"(, "action": "GetSecretValue", )" + resource + "}"
        << QStringLiteral("\"action\" must be service:Operation, for example "
                          "secretsmanager:GetSecretValue, not \"GetSecretValue\"");
    QTest::addRow("resource empty") << "{" + user + ", " + action + R"(, "resource": ""})"
                                    << QStringLiteral("\"resource\" must be a secret ARN or \"*\"");
    QTest::addRow("resource array") << "{" + user + ", " + action + R"(, "resource": ["*"]})"
                                    << QStringLiteral("\"resource\" must be a secret ARN or \"*\"");
    QTest::addRow("context array")
        << request(R"("context": [])") << QStringLiteral("\"context\" must be an object");
    QTest::addRow("context null value")
        << request(R"("context": {"aws:SourceIp": null})")
        << QStringLiteral("context key \"aws:SourceIp\": a value must be a string, number, "
                          "boolean or an array of those");
    QTest::addRow("context object value")
        << request(R"("context": {"aws:SourceIp": {"a": 1}})")
        << QStringLiteral("context key \"aws:SourceIp\": a value must be a string, number, "
                          "boolean or an array of those");
    QTest::addRow("context nested array")
        << request(R"("context": {"aws:TagKeys": ["a", ["b"]]})")
        << QStringLiteral("context key \"aws:TagKeys\": a value must be a string, number, "
                          "boolean or an array of those");
    QTest::addRow("context same key in two cases")
        << request(R"("context": {"aws:SourceIp": "1.2.3.4", "AWS:sourceip": "5.6.7.8"})")
        << QStringLiteral("context keys \"aws:SourceIp\" and \"AWS:sourceip\" are the same key "
                          "(names ignore case)");
    QTest::addRow("identityPolicies object")
        << request(R"("identityPolicies": {"Statement": []})")
        << QStringLiteral("\"identityPolicies\" must be an array of policy documents");
    QTest::addRow("identity policy with Principal") << request(
        R"("identityPolicies": [{"Statement": [{"Effect": "Allow", "Action": "a:b", "Resource": "*"}]},)"
        R"( {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "a:b", "Resource": "*"}]}])")
                                                    << QStringLiteral(
                                                           "identityPolicies[1]: "
                                                           "/Statement/0/Principal: \"Principal\" "
                                                           "is not "
                                                           "allowed in an identity policy");
    QTest::addRow("identity policy missing Resource")
        << request(R"("identityPolicies": [{"Statement": [{"Effect": "Allow", "Action": "a:b"}]}])")
        << QStringLiteral("identityPolicies[0]: /Statement/0: \"Resource\" is missing");
    QTest::addRow("identity policy not an object")
        << request(R"("identityPolicies": ["x"])")
        << QStringLiteral("identityPolicies[0]: /: must be a JSON object, not a string");
    QTest::addRow("misspelt field, case")
        << request(R"("Context": {})")
        << QStringLiteral("unknown field \"Context\" (did you mean \"context\"?)");
    QTest::addRow("misspelt field, edits")
        << request(R"("identityPolicy": [])")
        << QStringLiteral("unknown field \"identityPolicy\" (did you mean \"identityPolicies\"?)");
}

void TestRequestReader::shouldRejectBadRequests()
{
    QFETCH(std::string, text);
    QFETCH(QString, error);
    const RequestReadResult r = readRequest(text);
    QVERIFY(!r.request);
    QCOMPARE(q(r.error), error);
}

// A request must be one Secrets Manager could receive: one real action (any case, no
// wildcard, no other character) and a secret ARN, or "*" exactly for the three actions that
// take no resource. Anything else used to be evaluated, and "secretsmanager:Get*" was Allowed by
// a policy that denies GetSecretValue.
void TestRequestReader::shouldRejectRequestsTheServiceNeverReceives_data()
{
    QTest::addColumn<std::string>("action");
    QTest::addColumn<std::string>("resource");
    QTest::addColumn<QString>("error"); // empty: a valid request

    const QString notOne = QStringLiteral("\"action\" must name one action, not a pattern: %1 "
                                          "(wildcards belong in policies)");
    const QString noAction = QStringLiteral("\"action\" names no Secrets Manager action: %1");
    const QString meant = QStringLiteral(" (did you mean \"secretsmanager:GetSecretValue\"?)");
    const QString notSecret = QStringLiteral(
        "\"resource\" must be a secret ARN "
        "(arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME-abcdef), not %1");
    const QString starOnlyForNoResource = QStringLiteral(
        "\"resource\" must be the ARN of the secret for %1; \"*\" is only for the actions that "
        "take no resource (BatchGetSecretValue, GetRandomPassword, ListSecrets)");
    const std::string gsv = "secretsmanager:GetSecretValue";

    QTest::addRow("valid") << gsv << secret << QString();
    QTest::addRow("action in lower case") << std::string("secretsmanager:getsecretvalue") << secret
                                          << QString();
    QTest::addRow("action in upper case") << std::string("SECRETSMANAGER:GETSECRETVALUE")
                                          << secret << QString();
    QTest::addRow("no suffix: a warning, not an error")
        << gsv << std::string("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db")
        << QString();
    QTest::addRow("other partition")
        << gsv << std::string("arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:a-AbCdEf")
        << QString();
    QTest::addRow("every name character")
        << gsv << std::string("arn:aws:secretsmanager:us-east-1:123456789012:secret:a/_+=.@-z-AbCdEf")
        << QString();
    QTest::addRow("ListSecrets on *") << std::string("secretsmanager:ListSecrets")
                                      << std::string("*") << QString();
    QTest::addRow("GetRandomPassword on *") << std::string("secretsmanager:GetRandomPassword")
                                            << std::string("*") << QString();
    QTest::addRow("BatchGetSecretValue on *") << std::string("secretsmanager:BatchGetSecretValue")
                                              << std::string("*") << QString();

    QTest::addRow("action star") << std::string("secretsmanager:Get*") << secret
                                 << notOne.arg(QStringLiteral("\"secretsmanager:Get*\""));
    QTest::addRow("action question mark")
        << std::string("secretsmanager:GetSecretValu?") << secret
        << notOne.arg(QStringLiteral("\"secretsmanager:GetSecretValu?\""));
    QTest::addRow("action all") << std::string("*:*") << secret
                                << notOne.arg(QStringLiteral("\"*:*\""));
    QTest::addRow("action trailing space")
        << std::string("secretsmanager:GetSecretValue ") << secret
        << noAction.arg(QStringLiteral("\"secretsmanager:GetSecretValue \"")) + meant;
    QTest::addRow("action leading space")
        << std::string(" secretsmanager:GetSecretValue") << secret
        << QStringLiteral("\"action\" must be a Secrets Manager action "
                          "(secretsmanager:Operation), not \" secretsmanager:GetSecretValue\"");
    QTest::addRow("action extra letter")
        << std::string("secretsmanager:GetSecretValueX") << secret
        << noAction.arg(QStringLiteral("\"secretsmanager:GetSecretValueX\"")) + meant;
    QTest::addRow("action unknown, nothing close")
        << std::string("secretsmanager:Frobnicate") << secret
        << noAction.arg(QStringLiteral("\"secretsmanager:Frobnicate\""));
    QTest::addRow("action of another service")
        << std::string("kms:Decrypt") << secret
        << QStringLiteral("\"action\" must be a Secrets Manager action "
                          "(secretsmanager:Operation), not \"kms:Decrypt\"");
    QTest::addRow("action with a tab") << std::string("secretsmanager:GetSecret\tValue") << secret
                                       << noAction.arg(QStringLiteral(
                                              "\"secretsmanager:GetSecret\\tValue\"")) + meant;

    QTest::addRow("star for DescribeSecret")
        << std::string("secretsmanager:DescribeSecret") << std::string("*")
        << starOnlyForNoResource.arg(QStringLiteral("secretsmanager:DescribeSecret"));
    QTest::addRow("star for GetSecretValue")
        << gsv << std::string("*") << starOnlyForNoResource.arg(q(gsv));
    QTest::addRow("secret for ListSecrets")
        << std::string("secretsmanager:ListSecrets") << secret
        << QStringLiteral("\"resource\" must be \"*\" for secretsmanager:ListSecrets, which "
                          "takes no resource, not \"%1\"")
               .arg(q(secret));
    const std::string kms = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    QTest::addRow("KMS key ARN") << gsv << kms << notSecret.arg(u'"' + q(kms) + u'"');
    const std::string trailing = secret + " ";
    QTest::addRow("secret ARN with a trailing space")
        << gsv << trailing << notSecret.arg(u'"' + q(trailing) + u'"');
    const std::string pattern = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/*";
    QTest::addRow("secret ARN pattern") << gsv << pattern << notSecret.arg(u'"' + q(pattern) + u'"');
    const std::string shortAccount = "arn:aws:secretsmanager:us-east-1:1234:secret:prod/db-AbCdEf";
    QTest::addRow("account not 12 digits")
        << gsv << shortAccount << notSecret.arg(u'"' + q(shortAccount) + u'"');
    const std::string noRegion = "arn:aws:secretsmanager::123456789012:secret:prod/db-AbCdEf";
    QTest::addRow("no region") << gsv << noRegion << notSecret.arg(u'"' + q(noRegion) + u'"');
    const std::string noName = "arn:aws:secretsmanager:us-east-1:123456789012:secret:";
    QTest::addRow("no name") << gsv << noName << notSecret.arg(u'"' + q(noName) + u'"');
    const std::string upperService = "arn:aws:SecretsManager:us-east-1:123456789012:secret:a-AbCdEf";
    QTest::addRow("service in another case")
        << gsv << upperService << notSecret.arg(u'"' + q(upperService) + u'"');
    QTest::addRow("name only") << gsv << std::string("prod/db-AbCdEf")
                               << notSecret.arg(QStringLiteral("\"prod/db-AbCdEf\""));
}

void TestRequestReader::shouldRejectRequestsTheServiceNeverReceives()
{
    QFETCH(std::string, action);
    QFETCH(std::string, resource);
    QFETCH(QString, error);
    const std::string text = R"({"principal": "arn:aws:iam::123456789012:user/anaya", "action": )"
                             + json::quote(action) + R"(, "resource": )" + json::quote(resource)
                             + "}";
    const RequestReadResult r = readRequest(text);
    QCOMPARE(q(r.error), error);
    QCOMPARE(bool(r.request), error.isEmpty());

    // The same function checks requests built without JSON (the GUI's).
    Request request;
    request.action = action;
    request.resource = resource;
    QCOMPARE(q(requestError(request).value_or(std::string())), error);
}

void TestRequestReader::shouldAcceptEveryRealAction()
{
    for (const data::ActionInfo &info : data::actions()) {
        const std::string action = "secretsmanager:" + std::string(info.name);
        QVERIFY2(!requestActionError(action), action.c_str());
        QVERIFY2(!requestResourceError(action, info.takesSecret ? secret : "*"), action.c_str());
        QVERIFY2(requestResourceError(action, info.takesSecret ? "*" : secret), action.c_str());
    }
}

void TestRequestReader::shouldReadEveryRequestOfTheTestData_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(SPS_TEST_DATA_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
}

void TestRequestReader::shouldReadEveryRequestOfTheTestData()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    int lineNumber = 0;
    int requests = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
            continue;
        const RequestReadResult r
            = readRequest(std::string_view(line.constData(), size_t(line.size())));
        QVERIFY2(r.request,
                 qPrintable(QStringLiteral("line %1: %2").arg(lineNumber).arg(q(r.error))));
        ++requests;
    }
    QVERIFY(requests > 0);
}

QTEST_GUILESS_MAIN(TestRequestReader)
#include "tst_requestreader.moc"
