// Tests of readRequest (requests.md "A request"): every field form, context value typing,
// identity policies, and the exact error text of every rejected request.
//
// Choices pinned here: unknown top-level fields are ignored ("expect" in test data), except
// ones that look like a misspelt known field, which are errors.
#include "eval/request.h"

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
