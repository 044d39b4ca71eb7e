// The linter: one row per check id of checks.md with a policy that triggers it (exact id,
// path, line, column and message) and one that must not; the catalogue against the spec's
// headings; the examples of resources/examples; ordering; public-access proofs; speed.
//
// Policies are written with a '^' just before the value a finding points at; the test removes
// it and takes the line and column from its position (columns count code points).
#include "eval/evaluator.h"
#include "lint/linter.h"
#include "json/reader.h"
#include "policy/policyreader.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace engine;

namespace {

struct Marked
{
    std::string text;
    int line = 0;
    int column = 0;
};

Marked unmark(const QString &marked)
{
    Marked m;
    const qsizetype at = marked.indexOf(QLatin1Char('^'));
    QString plain = marked;
    if (at >= 0) {
        plain.remove(at, 1);
        // LF, CRLF and a lone CR each end a line (linting.md §1).
        const QString before = marked.left(at);
        m.line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < before.size(); ++i) {
            const QChar c = before.at(i);
            if (c == QLatin1Char('\r') && i + 1 < before.size() && before.at(i + 1) == QLatin1Char('\n'))
                continue; // counted at the LF
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                ++m.line;
                lineStart = i + 1;
            }
        }
        m.column = int(before.mid(lineStart).toUcs4().size()) + 1;
    }
    m.text = plain.toStdString();
    return m;
}

// A one-statement policy around a statement body.
QString policy(const QString &statement)
{
    return QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[") + statement
           + QStringLiteral("]}");
}

const QString role = QStringLiteral("\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:role/App\"}");
const QString get = QStringLiteral("\"Action\":\"secretsmanager:GetSecretValue\"");
const QString star = QStringLiteral("\"Resource\":\"*\"");

// Allow, role principal, GetSecretValue, "*", plus extra members.
QString allow(const QString &extra = {}, const QString &action = get,
              const QString &principal = role)
{
    QString s = QStringLiteral("{\"Effect\":\"Allow\",") + principal + QLatin1Char(',') + action
                + QLatin1Char(',') + star;
    if (!extra.isEmpty())
        s += QLatin1Char(',') + extra;
    return s + QLatin1Char('}');
}

QString cond(const QString &body)
{
    return QStringLiteral("\"Condition\":{") + body + QLatin1Char('}');
}

QString describe(const std::vector<Diagnostic> &ds)
{
    QStringList lines;
    for (const Diagnostic &d : ds)
        lines << QStringLiteral("%1 %2 %3:%4 %5")
                     .arg(QString::fromStdString(d.id), QString::fromStdString(d.path))
                     .arg(d.span.begin.line)
                     .arg(d.span.begin.column)
                     .arg(QString::fromStdString(d.message));
    return lines.join(QLatin1Char('\n'));
}

std::string readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

// The proof's request object (requests.md: principal ARN, action, resource, string or
// string-list context values), read with the engine's JSON reader.
std::optional<Request> requestFromJson(const std::string &text)
{
    const json::ReadResult doc = json::read(text);
    if (!doc.ok || !doc.value.isObject())
        return std::nullopt;
    const json::Value *principal = doc.value.find("principal");
    const json::Value *action = doc.value.find("action");
    const json::Value *resource = doc.value.find("resource");
    if (!principal || !action || !resource || !principal->isString())
        return std::nullopt;
    Request r;
    r.principal.text = principal->text;
    r.action = action->text;
    r.resource = resource->text;
    if (const json::Value *context = doc.value.find("context")) {
        for (const json::Member &m : context->members) {
            ContextEntry e;
            e.key = m.key;
            e.value.isList = m.value.isArray();
            if (m.value.isArray()) {
                for (const json::Value &v : m.value.items)
                    e.value.values.push_back(v.text);
            } else {
                e.value.values.push_back(m.value.text);
            }
            r.context.push_back(std::move(e));
        }
    }
    return r;
}

const char *ownerArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private slots:
    void triggers_data();
    void triggers();
    void doesNotTrigger_data();
    void doesNotTrigger();
    void cleanPolicyHasNoFindings();
    void catalogueIsConsistent();
    void examples_data();
    void examples();
    void workedExamplePolicies();
    void sizeChecks();
    void findingsAreSortedBySeverityThenPosition();
    void blockingErrorsKeepTreeChecks();
    void publicAccessHasAProof_data();
    void publicAccessHasAProof();
    void survivesTruncationsAndMutations();
    void lintNearTheSizeLimitIsFast();
};

void TestLint::triggers_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message"); // empty: written by the policy reader, not checked here

    const QString none;
    // --- ERROR, blocking (from the policy reader) ---
    QTest::addRow("json-syntax") << QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [ {\"Effect\": \"Allow\",^} ]}")
                                 << none << "json-syntax" << "" << QString();
    QTest::addRow("duplicate-key")
        << policy(QStringLiteral("{\"Effect\":\"Allow\",\"Principal\":\"*\",") + get
                  + QStringLiteral(",\"Resource\":\"*\",^\"Resource\":\"*\"}"))
        << none << "duplicate-key" << "/Statement/0/Resource"
        << QStringLiteral("\"Resource\" appears more than once in the same object. AWS rejects repeated keys; keep one \"Resource\" and put all its values in one array.");
    QTest::addRow("not-an-object") << QStringLiteral("^[{\"Effect\":\"Allow\"}]") << none
                                   << "not-an-object" << "" << QString();
    QTest::addRow("invalid-version")
        << QStringLiteral("{\"Version\":^\"2012-10-18\",\"Statement\":[") + allow() + QStringLiteral("]}")
        << none << "invalid-version" << "/Version" << QString();
    QTest::addRow("missing-statement") << QStringLiteral("^{\"Version\":\"2012-10-17\"}") << none
                                       << "missing-statement" << ""
                                       << QStringLiteral("The policy has no statements. Add at least one statement.");
    QTest::addRow("invalid-effect")
        << policy(QStringLiteral("{\"Effect\":^\"allow\",") + role + QLatin1Char(',') + get + QLatin1Char(',') + star + QLatin1Char('}'))
        << none << "invalid-effect" << "/Statement/0/Effect" << QString();
    QTest::addRow("missing-principal")
        << policy(QStringLiteral("^{\"Effect\":\"Allow\",") + get + QLatin1Char(',') + star + QLatin1Char('}'))
        << none << "missing-principal" << "/Statement/0"
        << QStringLiteral("A statement in a secret policy must say whom it applies to. Add a \"Principal\" element, for example {\"AWS\": \"arn:aws:iam::111122223333:role/Reader\"}.");
    QTest::addRow("missing-action")
        << policy(QStringLiteral("^{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + star + QLatin1Char('}'))
        << none << "missing-action" << "/Statement/0"
        << QStringLiteral("Add an \"Action\" element listing the Secrets Manager actions this statement covers.");
    QTest::addRow("missing-resource")
        << policy(QStringLiteral("^{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get + QLatin1Char('}'))
        << none << "missing-resource" << "/Statement/0"
        << QStringLiteral("Add \"Resource\": \"*\". In a secret policy \"*\" means the secret this policy is attached to.");
    QTest::addRow("conflicting-elements")
        << policy(allow(QStringLiteral("\"NotAction\":^\"secretsmanager:DeleteSecret\""),
                        QStringLiteral("\"Action\":\"secretsmanager:*\"")))
        << none << "conflicting-elements" << "/Statement/0/NotAction"
        << QStringLiteral("\"Action\" and \"NotAction\" cannot be used in the same statement. Keep one of them.");
    QTest::addRow("invalid-type")
        << policy(allow({}, QStringLiteral("\"Action\":[\"secretsmanager:GetSecretValue\",^42]")))
        << none << "invalid-type" << "/Statement/0/Action/1" << QString();
    QTest::addRow("unknown-operator")
        << policy(allow(cond(QStringLiteral("\"StringEqual\":^{\"aws:PrincipalAccount\":\"123456789012\"}"))))
        << none << "unknown-operator" << "/Statement/0/Condition/StringEqual" << QString();

    // --- ERROR ---
    QTest::addRow("invalid-principal")
        << policy(allow({}, get, QStringLiteral("\"Principal\":{\"AWS\":^\"bob\"}"))) << none
        << "invalid-principal" << "/Statement/0/Principal/AWS"
        << QStringLiteral("\"bob\" is not a valid principal. Use \"*\", an account id, or the ARN of an account, user, role or role session under \"AWS\".");
    QTest::addRow("principal-partial-wildcard")
        << policy(allow({}, get, QStringLiteral("\"Principal\":{\"AWS\":[^\"arn:aws:iam::123456789012:role/app-*\"]}")))
        << none << "principal-partial-wildcard" << "/Statement/0/Principal/AWS/0"
        << QStringLiteral("Wildcards do not work inside a principal ARN; this entry matches nobody. To allow a group of principals use \"Principal\": \"*\" with a condition such as \"ArnLike\": {\"aws:PrincipalArn\": \"arn:aws:iam::123456789012:role/app-*\"}.");
    QTest::addRow("invalid-action")
        << policy(allow({}, QStringLiteral("\"Action\":^\"secretsmanager:Get Secret\""))) << none
        << "invalid-action" << "/Statement/0/Action"
        << QStringLiteral("\"secretsmanager:Get Secret\" is not an action. Write it as service:ActionName, for example \"secretsmanager:GetSecretValue\".");
    QTest::addRow("unknown-service")
        << policy(allow({}, QStringLiteral("\"Action\":^\"secretmanager:GetSecretValue\""))) << none
        << "unknown-service" << "/Statement/0/Action"
        << QStringLiteral("\"secretmanager\" is not an AWS service prefix. Did you mean \"secretsmanager\"?");
    QTest::addRow("unknown-action")
        << policy(allow({}, QStringLiteral("\"Action\":^\"secretsmanager:GetSecret\""))) << none
        << "unknown-action" << "/Statement/0/Action"
        << QStringLiteral("\"secretsmanager:GetSecret\" matches no Secrets Manager action. Did you mean \"secretsmanager:GetSecretValue\"?.");
    QTest::addRow("unknown-action-pattern")
        << policy(allow({}, QStringLiteral("\"Action\":[\"secretsmanager:GetSecretValue\",^\"secretsmanager:Read*\"]")))
        << none << "unknown-action" << "/Statement/0/Action/1"
        << QStringLiteral("\"secretsmanager:Read*\" matches no Secrets Manager action.");
    QTest::addRow("unsupported-action")
        << policy(allow({}, QStringLiteral("\"Action\":[\"secretsmanager:GetSecretValue\",^\"kms:Decrypt\"]")))
        << none << "unsupported-action" << "/Statement/0/Action/1"
        << QStringLiteral("kms:Decrypt is not a Secrets Manager action. A secret policy only controls Secrets Manager actions on this secret; grant KMS permissions in the key policy.");
    QTest::addRow("invalid-resource")
        << policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get
                  + QStringLiteral(",\"Resource\":^\"prod/db\"}"))
        << none << "invalid-resource" << "/Statement/0/Resource"
        << QStringLiteral("\"prod/db\" is not a valid resource ARN (it does not start with \"arn:\"); this entry matches nothing. In a secret policy use \"*\".");
    QTest::addRow("invalid-condition-key")
        << policy(allow(cond(QStringLiteral("\"IpAddress\":{\"SourceIp\":^\"203.0.113.0/24\"}"))))
        << none << "invalid-condition-key" << "/Statement/0/Condition/IpAddress/SourceIp"
        << QStringLiteral("\"SourceIp\" is not a condition key. Keys look like aws:SourceIp or secretsmanager:VersionStage; tag keys need a tag name after the slash.");
    QTest::addRow("invalid-condition-key-tag")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:ResourceTag/\":^\"x\"}"))))
        << none << "invalid-condition-key" << "/Statement/0/Condition/StringEquals/aws:ResourceTag~1"
        << QStringLiteral("\"aws:ResourceTag/\" is not a condition key. Keys look like aws:SourceIp or secretsmanager:VersionStage; tag keys need a tag name after the slash.");
    QTest::addRow("unknown-condition-key")
        << policy(allow(cond(QStringLiteral("\"IpAddress\":{\"aws:SourceIP4\":^\"203.0.113.0/24\"}"))))
        << none << "unknown-condition-key" << "/Statement/0/Condition/IpAddress/aws:SourceIP4"
        << QStringLiteral("\"aws:SourceIP4\" is not a known condition key. Did you mean \"aws:SourceIp\"?. AWS never sets unknown keys, so this condition can never be true.");
    QTest::addRow("missing-qualifier")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:TagKeys\":^\"env\"}")),
                        QStringLiteral("\"Action\":\"secretsmanager:TagResource\"")))
        << none << "missing-qualifier" << "/Statement/0/Condition/StringEquals/aws:TagKeys"
        << QStringLiteral("aws:TagKeys can hold several values, so compare it with ForAnyValue:StringEquals or ForAllValues:StringEquals. Without one of them the condition is never true when the key is present.");
    QTest::addRow("multiple-bool-values")
        << policy(allow(cond(QStringLiteral("\"Bool\":{\"aws:SecureTransport\":^[\"true\",\"false\"]}"))))
        << none << "multiple-bool-values" << "/Statement/0/Condition/Bool/aws:SecureTransport"
        << QStringLiteral("Give aws:SecureTransport a single value, \"true\" or \"false\".");
    QTest::addRow("variable-syntax")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalTag/team\":^\"${aws:PrincipalTag/team, company}\"}"))))
        << none << "variable-syntax" << "/Statement/0/Condition/StringEquals/aws:PrincipalTag~1team"
        << QStringLiteral("The policy variable \"${aws:PrincipalTag/team, company}\" is malformed: the default value must be written , 'value'. Write ${key} or ${key, 'default'}.");
    QTest::addRow("variable-needs-2012")
        << QStringLiteral("{\"Statement\":[{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get
               + QStringLiteral(",\"Resource\":^\"arn:aws:secretsmanager:*:*:secret:${aws:username}-*\"}]}")
        << none << "variable-needs-2012" << "/Statement/0/Resource"
        << QStringLiteral("\"${aws:username}\" is only a policy variable when \"Version\" is \"2012-10-17\". In this policy it is compared as literal text. Add \"Version\": \"2012-10-17\".");
    QTest::addRow("variable-not-allowed-here")
        << policy(allow(cond(QStringLiteral("\"NumericLessThan\":{\"secretsmanager:RecoveryWindowInDays\":^\"${aws:PrincipalTag/days}\"}")),
                        QStringLiteral("\"Action\":\"secretsmanager:DeleteSecret\"")))
        << none << "variable-not-allowed-here"
        << "/Statement/0/Condition/NumericLessThan/secretsmanager:RecoveryWindowInDays"
        << QStringLiteral("Policy variables are not substituted in NumericLessThan values; \"${aws:PrincipalTag/days}\" is taken literally. Variables work in the resource part of an ARN and in String and ARN condition values.");
    QTest::addRow("multivalued-variable")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalTag/team\":^\"${aws:TagKeys}\"}"))))
        << none << "multivalued-variable" << "/Statement/0/Condition/StringEquals/aws:PrincipalTag~1team"
        << QStringLiteral("aws:TagKeys can hold several values and cannot be used as a variable; the value containing it never matches.");
    QTest::addRow("duplicate-key-case")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1a2b3c4d\",\"AWS:SourceVPCE\":^\"vpce-1a2b3c4d\"}"))))
        << none << "duplicate-key-case" << "/Statement/0/Condition/StringEquals/AWS:SourceVPCE"
        << QStringLiteral("\"aws:SourceVpce\" and \"AWS:SourceVPCE\" are the same condition key (names ignore case). Keep one.");
    QTest::addRow("sourceip-private-only")
        << policy(allow(cond(QStringLiteral("\"IpAddress\":{\"aws:SourceIp\":^\"10.0.0.0/8\"}"))))
        << none << "sourceip-private-only" << "/Statement/0/Condition/IpAddress/aws:SourceIp"
        << QStringLiteral("aws:SourceIp only ever holds public addresses, so this condition never matches. For private addresses behind a VPC endpoint use aws:VpcSourceIp.");

    // --- SECURITY_WARNING ---
    QTest::addRow("public-access")
        << policy(allow({}, get, QStringLiteral("\"Principal\":^\"*\""))) << none << "public-access"
        << "/Statement/0/Principal"
        << QStringLiteral("Anyone in any AWS account can call secretsmanager:GetSecretValue on this secret. Secrets Manager refuses this policy when BlockPublicPolicy is set. Name the principals, or pin the statement with a fixed aws:SourceAccount, aws:SourceArn, aws:SourceOwner, aws:SourceVpc or aws:SourceVpce condition.");
    QTest::addRow("possibly-public-access")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}")), get,
                        QStringLiteral("\"Principal\":^{\"AWS\":\"*\"}")))
        << none << "possibly-public-access" << "/Statement/0/Principal"
        << QStringLiteral("This statement is open to any principal that satisfies StringEquals aws:PrincipalOrgID \"o-abc123\". Secrets Manager may still treat it as broad access and refuse it with BlockPublicPolicy; naming the accounts in \"Principal\" is safer.");
    QTest::addRow("allow-with-notprincipal")
        << policy(allow({}, get, QStringLiteral("\"NotPrincipal\":^{\"AWS\":\"arn:aws:iam::111122223333:user/eve\"}")))
        << none << "allow-with-notprincipal" << "/Statement/0/NotPrincipal"
        << QStringLiteral("\"Allow\" with \"NotPrincipal\" grants everyone except the listed principals, including every other AWS account and unauthenticated callers. AWS no longer supports this combination in most policies. Use \"Principal\" instead.");
    QTest::addRow("cross-account-access")
        << policy(allow({}, get, QStringLiteral("\"Principal\":^{\"AWS\":\"arn:aws:iam::444455556666:root\"}")))
        << QString::fromLatin1(ownerArn) << "cross-account-access" << "/Statement/0/Principal"
        << QStringLiteral("Principals of account 444455556666 can call secretsmanager:GetSecretValue on this secret once their own identity policies allow it. Reading the value from another account also requires a customer managed KMS key that allows them kms:Decrypt; the AWS managed key aws/secretsmanager cannot be used from another account.");
    QTest::addRow("policy-management-grant")
        << policy(allow({}, QStringLiteral("\"Action\":^\"secretsmanager:*\""),
                        QStringLiteral("\"Principal\":{\"AWS\":\"444455556666\"}")))
        << none << "policy-management-grant" << "/Statement/0/Action"
        << QStringLiteral("Account 444455556666 can rewrite this policy (through \"secretsmanager:*\") and so give themselves or anyone else any access to the secret. Grant policy management only to administrators of account (the secret's account is not known).");
    QTest::addRow("policy-management-grant-arn")
        << policy(allow({}, QStringLiteral("\"Action\":[\"secretsmanager:GetSecretValue\",^\"secretsmanager:DeleteResourcePolicy\"]"),
                        QStringLiteral("\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:role/Ops\"}")).replace(QLatin1String("[\"secretsmanager:GetSecretValue\",^"), QLatin1String("^[\"secretsmanager:GetSecretValue\",")))
        << QString::fromLatin1(ownerArn) << "policy-management-grant" << "/Statement/0/Action"
        << QStringLiteral("Account 444455556666 can delete this policy (through \"secretsmanager:DeleteResourcePolicy\") and so give themselves or anyone else any access to the secret. Grant policy management only to administrators of account 123456789012.");
    QTest::addRow("allow-notaction")
        << policy(allow({}, QStringLiteral("\"NotAction\":^\"secretsmanager:DeleteSecret\"")))
        << none << "allow-notaction" << "/Statement/0/NotAction"
        << QStringLiteral("\"NotAction\" with \"Allow\" grants every other action, including PutResourcePolicy, DeleteResourcePolicy and any action Secrets Manager adds later. List the allowed actions in \"Action\" instead.");
    QTest::addRow("forallvalues-single-valued-key")
        << policy(allow(cond(QStringLiteral("\"ForAllValues:StringEquals\":{\"aws:PrincipalOrgID\":^\"o-abc123\"}"))))
        << none << "forallvalues-single-valued-key"
        << "/Statement/0/Condition/ForAllValues:StringEquals/aws:PrincipalOrgID"
        << QStringLiteral("ForAllValues is true when aws:PrincipalOrgID is absent, so this condition lets through every request that lacks the key. aws:PrincipalOrgID holds one value; drop \"ForAllValues:\".");
    QTest::addRow("allow-absent-key")
        << policy(allow(cond(QStringLiteral("\"StringNotEquals\":{\"aws:PrincipalOrgID\":^\"o-abc123\"}")), get,
                        QStringLiteral("\"Principal\":\"*\"")))
        << none << "allow-absent-key" << "/Statement/0/Condition/StringNotEquals/aws:PrincipalOrgID"
        << QStringLiteral("\"StringNotEquals\" on aws:PrincipalOrgID is also true when the request has no aws:PrincipalOrgID (for example a caller from an account that belongs to no organization, or a service principal), so this statement grants more than it appears to.");
    QTest::addRow("service-principal-without-source")
        << policy(allow({}, get, QStringLiteral("\"Principal\":^{\"Service\":\"appflow.amazonaws.com\"}")))
        << QString::fromLatin1(ownerArn) << "service-principal-without-source" << "/Statement/0/Principal"
        << QStringLiteral("appflow.amazonaws.com can use this permission on behalf of any AWS customer. Add \"StringEquals\": {\"aws:SourceAccount\": \"123456789012\"} (or aws:SourceArn) so that only requests made for your resources are allowed.");
    QTest::addRow("stage-deny-bypass")
        << policy(QStringLiteral("{\"Effect\":\"Deny\",\"Principal\":\"*\",") + get + QLatin1Char(',') + star
                  + QLatin1Char(',') + cond(QStringLiteral("\"ForAnyValue:StringNotEquals\":{\"secretsmanager:VersionStage\":^\"AWSCURRENT\"}")) + QLatin1Char('}'))
        << none << "stage-deny-bypass"
        << "/Statement/0/Condition/ForAnyValue:StringNotEquals/secretsmanager:VersionStage"
        << QStringLiteral("This Deny does not apply to calls that do not pass VersionStage: secretsmanager:VersionStage is then absent, and \"ForAnyValue:StringNotEquals\" is false for an absent key. A caller who asks for an old version by VersionId is not denied. Use plain \"StringNotEquals\" instead (then every caller has to pass VersionStage).");
    QTest::addRow("stage-deny-bypass-versionid")
        << policy(QStringLiteral("{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"secretsmanager:Get*\",") + star
                  + QLatin1Char(',') + cond(QStringLiteral("\"StringEquals\":{\"secretsmanager:VersionId\":^\"11111111-2222-3333-4444-555555555555\"}")) + QLatin1Char('}'))
        << none << "stage-deny-bypass"
        << "/Statement/0/Condition/StringEquals/secretsmanager:VersionId"
        << QStringLiteral("This Deny does not apply to calls that do not pass VersionId: secretsmanager:VersionId is then absent, and \"StringEquals\" is false for an absent key.");

    // --- WARNING ---
    QTest::addRow("missing-version")
        << QStringLiteral("^{\"Statement\":[") + allow() + QStringLiteral("]}") << none
        << "missing-version" << ""
        << QStringLiteral("Add \"Version\": \"2012-10-17\". Without it the old 2008-10-17 language applies, in which policy variables are plain text.");
    QTest::addRow("old-version")
        << QStringLiteral("{\"Version\":^\"2008-10-17\",\"Statement\":[") + allow() + QStringLiteral("]}")
        << none << "old-version" << "/Version"
        << QStringLiteral("\"2008-10-17\" is the old policy language. Use \"2012-10-17\".");
    QTest::addRow("duplicate-sid")
        << policy(allow(QStringLiteral("\"Sid\":\"A\"")) + QLatin1Char(',')
                  + allow(QStringLiteral("\"Sid\":^\"A\""), QStringLiteral("\"Action\":\"secretsmanager:DescribeSecret\"")))
        << none << "duplicate-sid" << "/Statement/1/Sid"
        << QStringLiteral("Sid \"A\" is used by statements 0 and 1. Give each statement its own Sid so results and logs can tell them apart.");
    QTest::addRow("sid-format")
        << policy(allow(QStringLiteral("\"Sid\":^\"read current\""))) << none << "sid-format"
        << "/Statement/0/Sid"
        << QStringLiteral("IAM policies allow only letters and digits in a Sid. Secrets Manager does not document its rule; \"read current\" may be refused.");
    QTest::addRow("resource-not-star")
        << policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get
                  + QStringLiteral(",\"Resource\":^\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\"}"))
        << none << "resource-not-star" << "/Statement/0/Resource"
        << QStringLiteral("A secret policy always applies to its own secret, and \"Resource\": \"*\" says exactly that. A specific ARN silently stops matching if this policy is copied to another secret or the secret is re-created with a new suffix.");
    QTest::addRow("resource-never-matches")
        << policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get
                  + QStringLiteral(",\"Resource\":^\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db\"}"))
        << none << "resource-never-matches" << "/Statement/0/Resource"
        << QStringLiteral("This statement never applies: \"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db\" does not match any secret ARN. Secret ARNs end in a hyphen and six random characters; use \"...prod/db-??????\" or \"*\".");
    QTest::addRow("resource-never-matches-crlf-non-ascii")
        << QStringLiteral("{\"Version\":\"2012-10-17\",\r\n\"Statement\":[{\r\"Effect\":\"Allow\",") + role
               + QLatin1Char(',') + get + QStringLiteral(",\n\"Sid\":\"Gr\u00fc\u00dfe\",\"Resource\":^\"arn:aws:secretsmanager:us-east-1:123456789012:secret:\u00e9t\u00e9\"}]}")
        << none << "resource-never-matches" << "/Statement/0/Resource"
        << QStringLiteral("This statement never applies: \"arn:aws:secretsmanager:us-east-1:123456789012:secret:\u00e9t\u00e9\" does not match any secret ARN. Secret ARNs end in a hyphen and six random characters; use \"...\u00e9t\u00e9-??????\" or \"*\".");
    // A full ARN with a stray space at its end: the hint says so and suggests no "-??????".
    QTest::addRow("resource-never-matches-trailing-space")
        << policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get
                  + QStringLiteral(",\"Resource\":^\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf \"}"))
        << none << "resource-never-matches" << "/Statement/0/Resource"
        << QStringLiteral("This statement never applies: \"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf \" does not match any secret ARN. The secret's name has white space around it; remove it.");
    QTest::addRow("resource-never-matches-partial-and-space")
        << policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get
                  + QStringLiteral(",\"Resource\":^\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db \"}"))
        << none << "resource-never-matches" << "/Statement/0/Resource"
        << QStringLiteral("This statement never applies: \"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db \" does not match any secret ARN. The secret's name has white space around it; remove it. Secret ARNs end in a hyphen and six random characters; use \"...prod/db-??????\" or \"*\".");
    QTest::addRow("resource-never-matches-arn")
        << policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get
                  + QStringLiteral(",\"Resource\":[\"arn:aws:secretsmanager:us-east-1:123456789012\",^\"arn:aws:secretsmanager:us-east-1:123456789012:secret:test/db-??????\"]}"))
        << QString::fromLatin1(ownerArn) << "resource-never-matches" << "/Statement/0/Resource/1"
        << QStringLiteral("This statement never applies: \"arn:aws:secretsmanager:us-east-1:123456789012:secret:test/db-??????\" does not match the secret's ARN.");
    QTest::addRow("action-not-applicable")
        << policy(allow({}, QStringLiteral("\"Action\":[\"secretsmanager:GetSecretValue\",^\"secretsmanager:ListSecrets\"]")))
        << none << "action-not-applicable" << "/Statement/0/Action/1"
        << QStringLiteral("secretsmanager:ListSecrets is never decided by a secret policy (it does not act on one secret). Grant it in an identity policy.");
    QTest::addRow("action-not-applicable-create")
        << policy(allow({}, QStringLiteral("\"Action\":[\"secretsmanager:GetSecretValue\",^\"secretsmanager:CreateSecret\"]")))
        << none << "action-not-applicable" << "/Statement/0/Action/1"
        << QStringLiteral("secretsmanager:CreateSecret is never decided by a secret policy (the secret does not exist yet when it is called). Grant it in an identity policy.");
    QTest::addRow("type-mismatch")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:CurrentTime\":^\"2030-01-01\"}"))))
        << none << "type-mismatch" << "/Statement/0/Condition/StringEquals/aws:CurrentTime"
        << QStringLiteral("aws:CurrentTime is a Date key; compare it with a Date operator, not StringEquals.");
    QTest::addRow("invalid-value")
        << policy(allow(cond(QStringLiteral("\"NumericLessThan\":{\"secretsmanager:RecoveryWindowInDays\":^\"ten\"}")),
                        QStringLiteral("\"Action\":\"secretsmanager:DeleteSecret\"")))
        << none << "invalid-value" << "/Statement/0/Condition/NumericLessThan/secretsmanager:RecoveryWindowInDays"
        << QStringLiteral("\"ten\" is not a valid number for NumericLessThan, so this comparison can never be true.");
    QTest::addRow("wildcard-without-like")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalArn\":^\"arn:aws:iam::123456789012:role/app-*\"}"))))
        << none << "wildcard-without-like" << "/Statement/0/Condition/StringEquals/aws:PrincipalArn"
        << QStringLiteral("\"arn:aws:iam::123456789012:role/app-*\" contains \"*\", which StringEquals compares literally. Use StringLike if you meant a wildcard.");
    QTest::addRow("condition-key-not-supported")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"secretsmanager:VersionStage\":^\"AWSCURRENT\"}")),
                        QStringLiteral("\"Action\":\"secretsmanager:DescribeSecret\"")))
        << none << "condition-key-not-supported" << "/Statement/0/Condition/StringEquals/secretsmanager:VersionStage"
        << QStringLiteral("secretsmanager:VersionStage is never present for secretsmanager:DescribeSecret, so for them this statement never applies.");
    QTest::addRow("condition-key-not-supported-request-tag")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:RequestTag/env\":^\"prod\"}")),
                        QStringLiteral("\"Action\":[\"secretsmanager:GetSecretValue\",\"secretsmanager:DescribeSecret\"]")))
        << none << "condition-key-not-supported" << "/Statement/0/Condition/StringEquals/aws:RequestTag~1env"
        << QStringLiteral("aws:RequestTag/env is never present for secretsmanager:DescribeSecret and secretsmanager:GetSecretValue, so for them this statement never applies.");
    QTest::addRow("stage-condition-needs-parameter")
        << policy(allow(cond(QStringLiteral("\"ForAnyValue:StringEquals\":{\"secretsmanager:VersionStage\":^\"AWSCURRENT\"}"))))
        << none << "stage-condition-needs-parameter"
        << "/Statement/0/Condition/ForAnyValue:StringEquals/secretsmanager:VersionStage"
        << QStringLiteral("secretsmanager:VersionStage is present only when the caller passes the VersionStage parameter. Calls that rely on the default (AWSCURRENT), and every BatchGetSecretValue call, are not allowed by this statement. Make sure clients pass VersionStage=AWSCURRENT.");
    QTest::addRow("stage-condition-needs-parameter-versionid")
        << policy(allow(cond(QStringLiteral("\"StringLike\":{\"secretsmanager:VersionId\":^\"1111*\"}")),
                        QStringLiteral("\"Action\":\"secretsmanager:*\"")))
        << none << "stage-condition-needs-parameter"
        << "/Statement/0/Condition/StringLike/secretsmanager:VersionId"
        << QStringLiteral("secretsmanager:VersionId is present only when the caller passes the VersionId parameter. Calls that rely on the default (AWSCURRENT), and every BatchGetSecretValue call, are not allowed by this statement. Make sure clients pass VersionStage=AWSCURRENT.");
    QTest::addRow("version-stage-typo")
        << policy(allow(cond(QStringLiteral("\"StringEqualsIfExists\":{\"secretsmanager:VersionStage\":^\"AWSCurrent\"}"))))
        << none << "version-stage-typo" << "/Statement/0/Condition/StringEqualsIfExists/secretsmanager:VersionStage"
        << QStringLiteral("\"AWSCurrent\" is not a stage Secrets Manager uses; did you mean \"AWSCURRENT\"? Stage names are compared exactly.");
    QTest::addRow("version-stage-typo-underscore")
        << policy(allow(cond(QStringLiteral("\"StringEqualsIfExists\":{\"secretsmanager:VersionStage\":[\"AWSPENDING\",^\"AWS_PREVIOUS\"]}"))))
        << none << "version-stage-typo" << "/Statement/0/Condition/StringEqualsIfExists/secretsmanager:VersionStage/1"
        << QStringLiteral("\"AWS_PREVIOUS\" is not a stage Secrets Manager uses; did you mean \"AWSPREVIOUS\"? Stage names are compared exactly.");
    QTest::addRow("principal-unique-id")
        << policy(allow({}, get, QStringLiteral("\"Principal\":{\"AWS\":^\"AROADBQP57FF2AEXAMPLE\"}")))
        << none << "principal-unique-id" << "/Statement/0/Principal/AWS"
        << QStringLiteral("\"AROADBQP57FF2AEXAMPLE\" is the internal id of a user or role that was probably deleted. It matches no one now, and re-creating the principal with the same name does not bring access back. Replace it with the principal's ARN or remove it.");
    QTest::addRow("unsupported-principal-type")
        << policy(allow({}, get, QStringLiteral("\"Principal\":{\"Federated\":^\"cognito-identity.amazonaws.com\"}")))
        << none << "unsupported-principal-type" << "/Statement/0/Principal/Federated"
        << QStringLiteral("\"Federated\" principals never call Secrets Manager directly: web-identity and SAML users arrive as assumed-role sessions, and canonical users are an Amazon S3 concept. Name the role ARN under \"AWS\" instead.");
    QTest::addRow("notprincipal-deny-incomplete")
        << policy(QStringLiteral("{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":^\"arn:aws:iam::123456789012:role/Admin\"},") + get + QLatin1Char(',') + star + QLatin1Char('}'))
        << none << "notprincipal-deny-incomplete" << "/Statement/0/NotPrincipal/AWS"
        << QStringLiteral("To exempt arn:aws:iam::123456789012:role/Admin from this Deny, NotPrincipal must also list \"arn:aws:iam::123456789012:root\"; otherwise the Deny can still apply through its account. Sessions cannot be exempted with a wildcard. Prefer \"Principal\": \"*\" with \"ArnNotEquals\": {\"aws:PrincipalArn\": \"...\"}.");
    QTest::addRow("never-applies")
        << policy(QStringLiteral("^") + allow(cond(QStringLiteral("\"Null\":{\"aws:SourceVpce\":\"true\"},\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1a2b3c4d\"}"))))
        << none << "never-applies" << "/Statement/0"
        << QStringLiteral("This Allow statement can never apply: \"Null\" requires aws:SourceVpce to be absent, but \"StringEquals\" requires it to be present.");
    QTest::addRow("never-applies-numbers")
        << policy(QStringLiteral("^") + allow(cond(QStringLiteral("\"NumericLessThan\":{\"secretsmanager:RecoveryWindowInDays\":\"7\"},\"NumericGreaterThan\":{\"secretsmanager:RecoveryWindowInDays\":\"10\"}")),
                                             QStringLiteral("\"Action\":\"secretsmanager:DeleteSecret\"")))
        << none << "never-applies" << "/Statement/0"
        << QStringLiteral("This Allow statement can never apply: no value of secretsmanager:RecoveryWindowInDays is both NumericLessThan \"7\" and NumericGreaterThan \"10\".");
    QTest::addRow("network-condition-side-effects")
        << policy(QStringLiteral("{\"Effect\":\"Deny\",\"Principal\":\"*\",") + get + QLatin1Char(',') + star + QLatin1Char(',')
                  + cond(QStringLiteral("\"NotIpAddress\":{\"aws:SourceIp\":^\"203.0.113.0/24\"}")) + QLatin1Char('}'))
        << none << "network-condition-side-effects" << "/Statement/0/Condition/NotIpAddress/aws:SourceIp"
        << QStringLiteral("Requests that AWS services make for you (for example a rotation Lambda function, or CloudFormation) come from AWS addresses and not through your endpoint, so this Deny also blocks them. Exempt them with \"Bool\": {\"aws:ViaAWSService\": \"false\"} or {\"aws:PrincipalIsAWSService\": \"false\"} in the same statement, if that is acceptable.");
    QTest::addRow("mfa-condition-pitfall")
        << policy(QStringLiteral("{\"Effect\":\"Deny\",\"Principal\":\"*\",") + get + QLatin1Char(',') + star + QLatin1Char(',')
                  + cond(QStringLiteral("\"Bool\":{\"aws:MultiFactorAuthPresent\":^\"false\"}")) + QLatin1Char('}'))
        << none << "mfa-condition-pitfall" << "/Statement/0/Condition/Bool/aws:MultiFactorAuthPresent"
        << QStringLiteral("aws:MultiFactorAuthPresent is absent for long-term access keys, so this Deny does not stop them. Use \"BoolIfExists\" to deny every request without MFA.");
    QTest::addRow("foreign-condition-key")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"kms:ViaService\":^\"secretsmanager.us-east-1.amazonaws.com\"}"))))
        << none << "foreign-condition-key" << "/Statement/0/Condition/StringEquals/kms:ViaService"
        << QStringLiteral("kms:ViaService belongs to another service and is never present in a Secrets Manager request.");
    QTest::addRow("date-without-zone")
        << policy(allow(cond(QStringLiteral("\"DateLessThan\":{\"aws:CurrentTime\":^\"2030-01-01T00:00:00\"}"))))
        << none << "date-without-zone" << "/Statement/0/Condition/DateLessThan/aws:CurrentTime"
        << QStringLiteral("\"2030-01-01T00:00:00\" has no time zone; it is read as UTC. Add \"Z\" or an offset.");
    QTest::addRow("operator-case")
        << policy(allow(cond(QStringLiteral("\"stringEquals\":^{\"aws:PrincipalAccount\":\"123456789012\"}"))))
        << none << "operator-case" << "/Statement/0/Condition/stringEquals"
        << QStringLiteral("Write \"StringEquals\". AWS documents operators with this exact spelling; other spellings may be refused.");
    QTest::addRow("bool-variable")
        << policy(allow(cond(QStringLiteral("\"Bool\":{\"aws:SecureTransport\":^\"${aws:username}\"}"))))
        << none << "bool-variable" << "/Statement/0/Condition/Bool/aws:SecureTransport"
        << QStringLiteral("AWS's documentation disagrees on whether variables work with Bool; use a String operator or a literal value.");

    // --- SUGGESTION ---
    QTest::addRow("empty-array")
        << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalAccount\":^[]}"))))
        << none << "empty-array" << "/Statement/0/Condition/StringEquals/aws:PrincipalAccount"
        << QStringLiteral("An empty list never matches; this statement never applies.");
    QTest::addRow("empty-array-forall")
        << policy(allow(cond(QStringLiteral("\"ForAllValues:StringEquals\":{\"aws:TagKeys\":^[]}")),
                        QStringLiteral("\"Action\":\"secretsmanager:TagResource\"")))
        << none << "empty-array" << "/Statement/0/Condition/ForAllValues:StringEquals/aws:TagKeys"
        << QStringLiteral("An empty list matches only when aws:TagKeys is absent; use \"Null\": {\"aws:TagKeys\": \"true\"} to say that.");
    QTest::addRow("empty-array-anyvalue-negated")
        << policy(allow(cond(QStringLiteral("\"ForAnyValue:StringNotEquals\":{\"aws:TagKeys\":^[]}")),
                        QStringLiteral("\"Action\":\"secretsmanager:TagResource\"")))
        << none << "empty-array" << "/Statement/0/Condition/ForAnyValue:StringNotEquals/aws:TagKeys"
        << QStringLiteral("An empty list under \"ForAnyValue:StringNotEquals\" matches whenever aws:TagKeys is present; use \"Null\": {\"aws:TagKeys\": \"false\"} to say that.");
    QTest::addRow("empty-array-negated")
        << policy(allow(cond(QStringLiteral("\"StringNotEquals\":{\"aws:PrincipalAccount\":^[]}"))))
        << none << "empty-array" << "/Statement/0/Condition/StringNotEquals/aws:PrincipalAccount"
        << QStringLiteral("An empty list under \"StringNotEquals\" is always true, so this condition has no effect. Add values or remove it.");
    QTest::addRow("empty-object")
        << policy(allow(QStringLiteral("\"Condition\":^{}"))) << none << "empty-object"
        << "/Statement/0/Condition"
        << QStringLiteral("This \"Condition\" is empty and has no effect. Remove it.");
    QTest::addRow("empty-sid")
        << policy(allow(QStringLiteral("\"Sid\":^\"\""))) << none << "empty-sid" << "/Statement/0/Sid"
        << QStringLiteral("Give the statement a Sid or remove the empty one.");
    QTest::addRow("redundant-action")
        << policy(allow({}, QStringLiteral("\"Action\":[\"secretsmanager:Get*\",^\"secretsmanager:GetSecretValue\"]")))
        << none << "redundant-action" << "/Statement/0/Action/1"
        << QStringLiteral("\"secretsmanager:GetSecretValue\" is already covered by \"secretsmanager:Get*\".");
    QTest::addRow("redundant-resource")
        << policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get
                  + QStringLiteral(",\"Resource\":[\"*\",^\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\"]}"))
        << none << "redundant-resource" << "/Statement/0/Resource/1"
        << QStringLiteral("\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\" is already covered by \"*\".");
    QTest::addRow("redundant-principal")
        << policy(allow({}, get, QStringLiteral("\"Principal\":{\"AWS\":[\"arn:aws:iam::123456789012:role/R\",^\"arn:aws:sts::123456789012:assumed-role/R/s1\"]}")))
        << none << "redundant-principal" << "/Statement/0/Principal/AWS/1"
        << QStringLiteral("\"arn:aws:sts::123456789012:assumed-role/R/s1\" is already covered by \"arn:aws:iam::123456789012:role/R\".");
    QTest::addRow("redundant-statement")
        << policy(allow() + QStringLiteral(",^") + allow()) << none << "redundant-statement" << "/Statement/1"
        << QStringLiteral("Statement 1 repeats statement 0. Remove one; otherwise an edit to one copy may leave the other granting the old permissions.");
    QTest::addRow("redundant-condition-value")
        << policy(allow(cond(QStringLiteral("\"NumericLessThan\":{\"secretsmanager:RecoveryWindowInDays\":^[\"10\",\"20\"]}")),
                        QStringLiteral("\"Action\":\"secretsmanager:DeleteSecret\"")))
        << none << "redundant-condition-value" << "/Statement/0/Condition/NumericLessThan/secretsmanager:RecoveryWindowInDays"
        << QStringLiteral("Only \"20\" matters here; the other values are redundant.");
    QTest::addRow("improve-ip-range")
        << policy(allow(cond(QStringLiteral("\"IpAddress\":{\"aws:SourceIp\":^\"203.0.113.77/24\"}"))))
        << none << "improve-ip-range" << "/Statement/0/Condition/IpAddress/aws:SourceIp"
        << QStringLiteral("The bits after /24 are ignored; write \"203.0.113.0/24\".");
    QTest::addRow("improve-ip-range-v6")
        << policy(allow(cond(QStringLiteral("\"IpAddress\":{\"aws:SourceIp\":[\"2001:db8::/32\",^\"2001:DB8:0:0:1::1/64\"]}"))))
        << none << "improve-ip-range" << "/Statement/0/Condition/IpAddress/aws:SourceIp/1"
        << QStringLiteral("The bits after /64 are ignored; write \"2001:db8::/64\".");
    QTest::addRow("wildcard-in-service")
        << policy(allow({}, QStringLiteral("\"Action\":^\"secrets*:GetSecretValue\""))) << none
        << "wildcard-in-service" << "/Statement/0/Action"
        << QStringLiteral("A wildcard in the service name may match other services' actions. Write \"secretsmanager:\".");
    QTest::addRow("null-with-qualifier")
        << policy(allow(cond(QStringLiteral("\"ForAllValues:Null\":^{\"aws:TagKeys\":\"true\"}"))))
        << none << "null-with-qualifier" << "/Statement/0/Condition/ForAllValues:Null"
        << QStringLiteral("\"Null\" only tests whether aws:TagKeys is present; with ForAllValues it is always true and with ForAnyValue always false. Use plain \"Null\".");
    QTest::addRow("condition-key-case")
        << policy(allow(cond(QStringLiteral("\"IpAddress\":{\"aws:sourceip\":^\"203.0.113.0/24\"}"))))
        << none << "condition-key-case" << "/Statement/0/Condition/IpAddress/aws:sourceip"
        << QStringLiteral("Condition key names ignore case, but the usual spelling is \"aws:SourceIp\".");
    QTest::addRow("prefer-principalarn")
        << policy(QStringLiteral("{\"Effect\":\"Deny\",\"NotPrincipal\":^{\"AWS\":[\"arn:aws:iam::123456789012:role/Admin\",\"123456789012\"]},") + get + QLatin1Char(',') + star + QLatin1Char('}'))
        << none << "prefer-principalarn" << "/Statement/0/NotPrincipal"
        << QStringLiteral("AWS recommends \"Principal\": \"*\" with an \"ArnNotEquals\" condition on aws:PrincipalArn instead of NotPrincipal; it is easier to reason about and also covers role sessions.");
    QTest::addRow("suffix-wildcard")
        << policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get
                  + QStringLiteral(",\"Resource\":^\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-*\"}"))
        << none << "suffix-wildcard" << "/Statement/0/Resource"
        << QStringLiteral("\"-*\" also matches other secrets whose names start with \"prod/db-\". Use \"-??????\" to match exactly this secret's six-character suffix, or \"*\".");
}

void TestLint::triggers()
{
    QFETCH(QString, policy);
    QFETCH(QString, arn);
    QFETCH(QString, id);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const Marked m = unmark(policy);
    LintOptions options;
    if (!arn.isEmpty())
        options.secretArn = arn.toStdString();
    const std::vector<Diagnostic> findings = lint(m.text, options);
    std::vector<Diagnostic> matching;
    for (const Diagnostic &d : findings) {
        if (d.id == id.toStdString())
            matching.push_back(d);
    }
    QVERIFY2(matching.size() == 1, qPrintable(describe(findings)));
    const Diagnostic &d = matching.front();
    QCOMPARE(QString::fromStdString(d.path), path);
    QCOMPARE(d.span.begin.line, m.line);
    QCOMPARE(d.span.begin.column, m.column);
    if (!message.isEmpty())
        QCOMPARE(QString::fromStdString(d.message), message);
    const CheckInfo *info = findCheck(d.id);
    QVERIFY(info);
    QCOMPARE(d.severity, info->severity);
}

void TestLint::doesNotTrigger_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("id");
    const QString none;
    const QString arn = QString::fromLatin1(ownerArn);
    const QString open = QStringLiteral("\"Principal\":\"*\"");
    auto row = [](const char *name, const QString &p, const QString &a, const char *id) {
        QTest::addRow("%s", name) << p << a << QString::fromLatin1(id);
    };
    const QString clean = policy(allow());
    for (const CheckInfo &c : checks()) {
        const std::string name = "clean-" + std::string(c.id);
        row(name.c_str(), clean, arn, std::string(c.id).c_str());
    }
    row("json-syntax-crlf", QStringLiteral("{\"Version\":\"2012-10-17\",\r\n\"Statement\":[") + allow() + QStringLiteral("]}"), none, "json-syntax");
    row("duplicate-key-other-objects", policy(allow() + QLatin1Char(',') + allow({}, QStringLiteral("\"Action\":\"secretsmanager:DescribeSecret\""))), none, "duplicate-key");
    row("invalid-principal-account", policy(allow({}, get, QStringLiteral("\"Principal\":{\"AWS\":[\"123456789012\",\"arn:aws:sts::123456789012:assumed-role/R/s\",\"arn:aws:iam::123456789012:user/a/b\"]}"))), none, "invalid-principal");
    row("principal-partial-wildcard-star", policy(allow({}, get, QStringLiteral("\"Principal\":{\"AWS\":\"*\"},\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}"))), none, "principal-partial-wildcard");
    row("invalid-action-pattern", policy(allow({}, QStringLiteral("\"Action\":\"secretsmanager:Get*Value\""))), none, "invalid-action");
    row("unknown-service-wildcard", policy(allow({}, QStringLiteral("\"Action\":\"secretsmanager:Describe?ecret\""))), none, "unknown-service");
    row("unknown-action-case", policy(allow({}, QStringLiteral("\"Action\":\"SecretsManager:getsecretvalue\""))), none, "unknown-action");
    row("unsupported-action-unknown-prefix", policy(allow({}, QStringLiteral("\"Action\":[\"secretsmanager:GetSecretValue\",\"kmss:Decrypt\"]"))), none, "unsupported-action");
    row("invalid-resource-variable-service", policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get + QStringLiteral(",\"Resource\":\"arn:aws:${aws:username}:us-east-1:123456789012:secret:x-AbCdEf\"}")), none, "invalid-resource");
    row("invalid-condition-key-tag", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalTag/team\":\"x\"}")))), none, "invalid-condition-key");
    row("unknown-condition-key-tag", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"secretsmanager:ResourceTag/env\":\"prod\"}")))), none, "unknown-condition-key");
    row("missing-qualifier-anyvalue", policy(allow(cond(QStringLiteral("\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":\"env\"}")), QStringLiteral("\"Action\":\"secretsmanager:TagResource\""))), none, "missing-qualifier");
    row("multiple-bool-values-one", policy(allow(cond(QStringLiteral("\"Bool\":{\"aws:SecureTransport\":[\"true\"]}")))), none, "multiple-bool-values");
    row("variable-syntax-default", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalTag/team\":\"${aws:PrincipalTag/team, 'none'}\"}")))), none, "variable-syntax");
    row("variable-needs-2012-ok", policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get + QStringLiteral(",\"Resource\":\"arn:aws:secretsmanager:*:*:secret:${aws:username}-??????\"}")), none, "variable-needs-2012");
    row("variable-not-allowed-string", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalTag/team\":\"${aws:username}\"}")))), none, "variable-not-allowed-here");
    row("multivalued-variable-single", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalTag/team\":\"${aws:PrincipalTag/dept}\"}")))), none, "multivalued-variable");
    row("duplicate-key-case-two-blocks", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1\"},\"StringLike\":{\"AWS:SourceVPCE\":\"vpce-*\"}")))), none, "duplicate-key-case");
    row("sourceip-private-only-mixed", policy(allow(cond(QStringLiteral("\"IpAddress\":{\"aws:SourceIp\":[\"10.0.0.0/8\",\"203.0.113.0/24\"]}")))), none, "sourceip-private-only");
    row("public-access-pinned", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}")), get, open)), none, "public-access");
    row("public-access-negated-pin-is-broad-not-possibly", policy(allow(cond(QStringLiteral("\"StringNotEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}")), get, open)), none, "possibly-public-access");
    row("possibly-public-access-pinned", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\",\"aws:SourceVpce\":\"vpce-1a2b3c4d\"}")), get, open)), none, "possibly-public-access");
    row("possibly-public-access-wildcard-value", policy(allow(cond(QStringLiteral("\"StringLike\":{\"aws:PrincipalOrgID\":\"o-*\"}")), get, open)), none, "possibly-public-access");
    row("allow-with-notprincipal-deny", policy(QStringLiteral("{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"arn:aws:iam::123456789012:user/eve\",\"123456789012\"]},") + get + QLatin1Char(',') + star + QLatin1Char('}')), none, "allow-with-notprincipal");
    row("cross-account-same-account", policy(allow({}, get, QStringLiteral("\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"}"))), arn, "cross-account-access");
    row("cross-account-needs-arn", policy(allow({}, get, QStringLiteral("\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:root\"}"))), none, "cross-account-access");
    row("policy-management-same-account", policy(allow({}, QStringLiteral("\"Action\":\"secretsmanager:*\""))), arn, "policy-management-grant");
    row("policy-management-notaction-excludes", policy(allow({}, QStringLiteral("\"NotAction\":\"secretsmanager:*Policy\""), QStringLiteral("\"Principal\":{\"AWS\":\"444455556666\"}"))), none, "policy-management-grant");
    row("allow-notaction-deny", policy(QStringLiteral("{\"Effect\":\"Deny\",") + role + QStringLiteral(",\"NotAction\":\"secretsmanager:GetSecretValue\",") + star + QLatin1Char('}')), none, "allow-notaction");
    row("forallvalues-multivalued", policy(allow(cond(QStringLiteral("\"ForAllValues:StringEquals\":{\"aws:TagKeys\":\"env\"}")), QStringLiteral("\"Action\":\"secretsmanager:TagResource\""))), none, "forallvalues-single-valued-key");
    row("allow-absent-key-required-elsewhere", policy(allow(cond(QStringLiteral("\"StringNotEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"},\"StringLike\":{\"aws:PrincipalOrgID\":\"o-*\"}")), get, open)), none, "allow-absent-key");
    row("allow-absent-key-named-principal", policy(allow(cond(QStringLiteral("\"StringNotEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}")))), none, "allow-absent-key");
    row("service-principal-pinned", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}")), get, QStringLiteral("\"Principal\":{\"Service\":\"appflow.amazonaws.com\"}"))), none, "service-principal-without-source");
    row("stage-deny-plain-negated", policy(QStringLiteral("{\"Effect\":\"Deny\",\"Principal\":\"*\",") + get + QLatin1Char(',') + star + QLatin1Char(',') + cond(QStringLiteral("\"StringNotEquals\":{\"secretsmanager:VersionStage\":\"AWSCURRENT\"}")) + QLatin1Char('}')), none, "stage-deny-bypass");
    row("stage-deny-ifexists", policy(QStringLiteral("{\"Effect\":\"Deny\",\"Principal\":\"*\",") + get + QLatin1Char(',') + star + QLatin1Char(',') + cond(QStringLiteral("\"ForAnyValue:StringNotEqualsIfExists\":{\"secretsmanager:VersionStage\":\"AWSCURRENT\"}")) + QLatin1Char('}')), none, "stage-deny-bypass");
    row("stage-deny-other-action", policy(QStringLiteral("{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"secretsmanager:UpdateSecretVersionStage\",") + star + QLatin1Char(',') + cond(QStringLiteral("\"StringEquals\":{\"secretsmanager:VersionStage\":\"AWSCURRENT\"}")) + QLatin1Char('}')), none, "stage-deny-bypass");
    row("missing-version-with-variables", QStringLiteral("{\"Statement\":[{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get + QStringLiteral(",\"Resource\":\"arn:aws:secretsmanager:*:*:secret:${aws:username}-??????\"}]}"), none, "missing-version");
    row("duplicate-sid-redundant", policy(allow(QStringLiteral("\"Sid\":\"A\"")) + QLatin1Char(',') + allow(QStringLiteral("\"Sid\":\"A\""))), none, "duplicate-sid");
    row("duplicate-sid-empty", policy(allow(QStringLiteral("\"Sid\":\"\"")) + QLatin1Char(',') + allow(QStringLiteral("\"Sid\":\"\""), QStringLiteral("\"Action\":\"secretsmanager:DescribeSecret\""))), none, "duplicate-sid");
    row("sid-format-alnum", policy(allow(QStringLiteral("\"Sid\":\"ReadCurrent1\""))), none, "sid-format");
    row("resource-not-star-array", policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get + QStringLiteral(",\"Resource\":[\"*\"]}")), none, "resource-not-star");
    row("resource-never-matches-suffix", policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get + QStringLiteral(",\"Resource\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????\"}")), arn, "resource-never-matches");
    row("action-not-applicable-pattern", policy(allow({}, QStringLiteral("\"Action\":\"secretsmanager:List*\""))), none, "action-not-applicable");
    row("action-not-applicable-notaction", policy(QStringLiteral("{\"Effect\":\"Deny\",") + role + QStringLiteral(",\"NotAction\":\"secretsmanager:ListSecrets\",") + star + QLatin1Char('}')), none, "action-not-applicable");
    row("type-mismatch-arn-with-string", policy(allow(cond(QStringLiteral("\"StringLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::123456789012:role/app-*\"}")))), none, "type-mismatch");
    row("type-mismatch-epoch-numeric", policy(allow(cond(QStringLiteral("\"NumericLessThan\":{\"aws:EpochTime\":\"1900000000\"}")))), none, "type-mismatch");
    row("invalid-value-date", policy(allow(cond(QStringLiteral("\"DateGreaterThan\":{\"aws:CurrentTime\":\"2030-01-01T00:00:00Z\"}")))), none, "invalid-value");
    row("invalid-value-ipv6", policy(allow(cond(QStringLiteral("\"IpAddress\":{\"aws:SourceIp\":\"2001:db8::/32\"}")))), none, "invalid-value");
    row("wildcard-without-like-escaped", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalTag/x\":\"a${*}b\"}")))), none, "wildcard-without-like");
    row("condition-key-not-supported-ok", policy(allow(cond(QStringLiteral("\"NumericLessThan\":{\"secretsmanager:RecoveryWindowInDays\":\"10\"}")), QStringLiteral("\"Action\":\"secretsmanager:DeleteSecret\""))), none, "condition-key-not-supported");
    row("condition-key-not-supported-tag-resource", policy(allow(cond(QStringLiteral("\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":\"env\"},\"StringEquals\":{\"aws:RequestTag/env\":\"prod\"}")), QStringLiteral("\"Action\":\"secretsmanager:TagResource\""))), none, "condition-key-not-supported");
    row("stage-condition-ifexists", policy(allow(cond(QStringLiteral("\"StringEqualsIfExists\":{\"secretsmanager:VersionStage\":\"AWSCURRENT\"}")))), none, "stage-condition-needs-parameter");
    row("stage-condition-negated", policy(allow(cond(QStringLiteral("\"StringNotEquals\":{\"secretsmanager:VersionStage\":\"AWSPREVIOUS\"}")))), none, "stage-condition-needs-parameter");
    row("stage-condition-describe", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"secretsmanager:VersionStage\":\"AWSCURRENT\"}")), QStringLiteral("\"Action\":\"secretsmanager:DescribeSecret\""))), none, "stage-condition-needs-parameter");
    row("stage-condition-update-stage", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"secretsmanager:VersionStage\":\"AWSCURRENT\"}")), QStringLiteral("\"Action\":\"secretsmanager:UpdateSecretVersionStage\""))), none, "stage-condition-needs-parameter");
    row("version-stage-custom", policy(allow(cond(QStringLiteral("\"StringEqualsIfExists\":{\"secretsmanager:VersionStage\":[\"AWSCURRENT\",\"MyLabel\",\"blue\"]}")))), none, "version-stage-typo");
    row("principal-unique-id-short", policy(allow({}, get, QStringLiteral("\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:role/AROADBQP57FF2AEXAMPLE\"}"))), none, "principal-unique-id");
    row("unsupported-principal-type-service", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}")), get, QStringLiteral("\"Principal\":{\"Service\":\"appflow.amazonaws.com\"}"))), none, "unsupported-principal-type");
    row("notprincipal-deny-complete", policy(QStringLiteral("{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"arn:aws:sts::123456789012:assumed-role/Admin/s\",\"arn:aws:iam::123456789012:role/Admin\",\"arn:aws:iam::123456789012:root\"]},") + get + QLatin1Char(',') + star + QLatin1Char('}')), none, "notprincipal-deny-incomplete");
    row("never-applies-null-false", policy(allow(cond(QStringLiteral("\"Null\":{\"aws:SourceVpce\":\"false\"},\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1a2b3c4d\"}")))), none, "never-applies");
    row("never-applies-ifexists-both", policy(allow(cond(QStringLiteral("\"StringEqualsIfExists\":{\"aws:SourceVpce\":\"vpce-1\"},\"ForAllValues:StringEquals\":{\"aws:SourceVpce\":\"vpce-2\"}")))), none, "never-applies");
    row("network-side-effects-exempt", policy(QStringLiteral("{\"Effect\":\"Deny\",\"Principal\":\"*\",") + get + QLatin1Char(',') + star + QLatin1Char(',') + cond(QStringLiteral("\"NotIpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"},\"Bool\":{\"aws:ViaAWSService\":\"false\"}")) + QLatin1Char('}')), none, "network-condition-side-effects");
    row("mfa-ifexists", policy(QStringLiteral("{\"Effect\":\"Deny\",\"Principal\":\"*\",") + get + QLatin1Char(',') + star + QLatin1Char(',') + cond(QStringLiteral("\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}")) + QLatin1Char('}')), none, "mfa-condition-pitfall");
    row("foreign-condition-key-cross-service", policy(allow(cond(QStringLiteral("\"ArnEquals\":{\"lambda:SourceFunctionArn\":\"arn:aws:lambda:us-east-1:123456789012:function:f\"}")))), none, "foreign-condition-key");
    row("date-without-zone-offset", policy(allow(cond(QStringLiteral("\"DateLessThan\":{\"aws:CurrentTime\":\"2030-01-01T00:00:00+02:00\"}")))), none, "date-without-zone");
    row("operator-case-canonical", policy(allow(cond(QStringLiteral("\"ForAnyValue:StringEquals\":{\"aws:PrincipalOrgPaths\":\"o-a/r-b/ou-c/\"}")))), none, "operator-case");
    row("bool-variable-string", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalTag/x\":\"${aws:username}\"}")))), none, "bool-variable");
    row("empty-array-null-qualifier", policy(allow(cond(QStringLiteral("\"ForAllValues:Null\":{\"aws:TagKeys\":[]}")))), none, "empty-array");
    row("empty-object-filled", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalAccount\":\"123456789012\"}")))), none, "empty-object");
    row("empty-sid-filled", policy(allow(QStringLiteral("\"Sid\":\"A\""))), none, "empty-sid");
    row("redundant-action-disjoint", policy(allow({}, QStringLiteral("\"Action\":[\"secretsmanager:Get*\",\"secretsmanager:DescribeSecret\"]"))), none, "redundant-action");
    row("redundant-resource-disjoint", policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get + QStringLiteral(",\"Resource\":[\"arn:aws:secretsmanager:us-east-1:123456789012:secret:a-??????\",\"arn:aws:secretsmanager:us-east-1:123456789012:secret:b-??????\"]}")), none, "redundant-resource");
    row("redundant-principal-other-role", policy(allow({}, get, QStringLiteral("\"Principal\":{\"AWS\":[\"arn:aws:iam::123456789012:role/R\",\"arn:aws:sts::123456789012:assumed-role/Q/s1\"]}"))), none, "redundant-principal");
    row("redundant-statement-different", policy(allow() + QLatin1Char(',') + allow({}, QStringLiteral("\"Action\":\"secretsmanager:DescribeSecret\""))), none, "redundant-statement");
    row("redundant-condition-value-equals", policy(allow(cond(QStringLiteral("\"NumericEquals\":{\"secretsmanager:RecoveryWindowInDays\":[\"10\",\"20\"]}")), QStringLiteral("\"Action\":\"secretsmanager:DeleteSecret\""))), none, "redundant-condition-value");
    row("redundant-action-service-wildcard", policy(allow({}, QStringLiteral("\"Action\":[\"secretsmanager:GetSecretValue\",\"secrets*:Foo\"]"))), none, "redundant-action");
    row("improve-ip-range-clean", policy(allow(cond(QStringLiteral("\"IpAddress\":{\"aws:SourceIp\":[\"203.0.113.0/24\",\"198.51.100.7\"]}")))), none, "improve-ip-range");
    row("wildcard-in-service-star", policy(allow({}, QStringLiteral("\"Action\":\"*\""))), none, "wildcard-in-service");
    row("null-plain", policy(allow(cond(QStringLiteral("\"Null\":{\"aws:SourceVpce\":\"false\"}")))), none, "null-with-qualifier");
    row("condition-key-case-canonical", policy(allow(cond(QStringLiteral("\"StringEquals\":{\"secretsmanager:resource/Type\":\"x\",\"aws:ResourceTag/Env\":\"prod\"}")))), none, "condition-key-case");
    row("prefer-principalarn-principal", policy(allow()), none, "prefer-principalarn");
    row("suffix-wildcard-question", policy(QStringLiteral("{\"Effect\":\"Allow\",") + role + QLatin1Char(',') + get + QStringLiteral(",\"Resource\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????\"}")), none, "suffix-wildcard");
}

void TestLint::doesNotTrigger()
{
    QFETCH(QString, policy);
    QFETCH(QString, arn);
    QFETCH(QString, id);
    LintOptions options;
    if (!arn.isEmpty())
        options.secretArn = arn.toStdString();
    const std::vector<Diagnostic> findings = lint(policy.toStdString(), options);
    for (const Diagnostic &d : findings)
        QVERIFY2(d.id != id.toStdString(), qPrintable(describe(findings)));
}

void TestLint::cleanPolicyHasNoFindings()
{
    LintOptions options;
    options.secretArn = ownerArn;
    const auto findings = lint(policy(allow()).toStdString(), options);
    QVERIFY2(findings.empty(), qPrintable(describe(findings)));
}

void TestLint::catalogueIsConsistent()
{
    QSet<QString> seen;
    for (const CheckInfo &c : checks()) {
        const QString id = QString::fromLatin1(c.id.data(), qsizetype(c.id.size()));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QVERIFY(!c.description.empty());
        QCOMPARE(findCheck(c.id), &c);
    }
    QCOMPARE(findCheck("no-such-check"), nullptr);
    QCOMPARE(findCheck("public-access")->severity, Severity::SecurityWarning);
    QCOMPARE(findCheck("near-size-limit")->severity, Severity::Suggestion);
}

void TestLint::examples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // "id path line:column", joined by ';'
    QTest::addRow("ec2-role-current-version")
        << QStringLiteral("ec2-role-current-version.json")
        << QStringLiteral("stage-condition-needs-parameter /Statement/0/Condition/ForAnyValue:StringEquals/secretsmanager:VersionStage 13:42");
    QTest::addRow("cross-account-user") << QStringLiteral("cross-account-user.json") << QString();
    QTest::addRow("user-all-operations") << QStringLiteral("user-all-operations.json") << QString();
}

void TestLint::examples()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const std::string text = readFile(QStringLiteral(SPS_EXAMPLES_DIR "/") + file);
    QVERIFY(!text.empty());
    LintOptions options;
    options.secretArn = ownerArn;
    QStringList got;
    for (const Diagnostic &d : lint(text, options))
        got << QStringLiteral("%1 %2 %3:%4")
                   .arg(QString::fromStdString(d.id), QString::fromStdString(d.path))
                   .arg(d.span.begin.line)
                   .arg(d.span.begin.column);
    QCOMPARE(got.join(QLatin1Char(';')), expected);
}

void TestLint::workedExamplePolicies()
{
    // Every policy of the worked examples is meant to be sensible: no ERROR may appear, and
    // every other finding must be listed in tests/data/lint/worked-examples.txt.
    const QDir dir(QStringLiteral(SPS_TEST_DATA_DIR "/policies"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no worked-example policies yet");
    QFile expectedFile(QStringLiteral(SPS_TEST_DATA_DIR "/lint/worked-examples.txt"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    QStringList expected;
    for (const QString &line : QString::fromUtf8(expectedFile.readAll()).split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            expected << line;
    }
    QStringList got;
    for (const QString &file : files) {
        const std::string text = readFile(dir.filePath(file));
        for (const Diagnostic &d : lint(text)) {
            got << QStringLiteral("%1 %2 %3").arg(file, QString::fromStdString(d.id),
                                                  QString::fromStdString(d.path));
        }
    }
    QCOMPARE(got, expected);
}

void TestLint::sizeChecks()
{
    // A valid policy padded with spaces to an exact number of characters.
    auto padded = [](int characters) {
        std::string text = policy(allow()).toStdString();
        text.insert(1, std::string(static_cast<std::size_t>(characters) - text.size(), ' '));
        return text;
    };
    const auto large = lint(padded(20481));
    QCOMPARE(large.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(large[0].id), QStringLiteral("policy-too-large"));
    QCOMPARE(QString::fromStdString(large[0].path), QString());
    QCOMPARE(large[0].span.begin.line, 1);
    QCOMPARE(large[0].span.begin.column, 1);
    QCOMPARE(QString::fromStdString(large[0].message),
             QStringLiteral("The policy has 20,481 characters; Secrets Manager accepts at most 20,480, whitespace included. Remove whitespace or merge statements."));
    const auto near = lint(padded(18001));
    QCOMPARE(near.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(near[0].id), QStringLiteral("near-size-limit"));
    QCOMPARE(QString::fromStdString(near[0].message),
             QStringLiteral("The policy uses 18,001 of 20,480 characters. Whitespace counts; consider compacting it."));
    QVERIFY(lint(padded(18000)).empty());
    QCOMPARE(lint(padded(20480)).size(), std::size_t(1));
    // Characters, not bytes: 3,000 two-byte characters in a Sid count once each.
    std::string text = policy(allow(QStringLiteral("\"Sid\":\"x\""))).toStdString();
    std::string wide;
    for (int i = 0; i < 7000; ++i)
        wide += "\xC3\xA9"; // é
    text.insert(text.find("\"x\"") + 1, wide);
    for (const Diagnostic &d : lint(text))
        QVERIFY(d.id != "near-size-limit" && d.id != "policy-too-large");
}

void TestLint::findingsAreSortedBySeverityThenPosition()
{
    const std::string text = "{\"Statement\":[{\"Sid\":\"a b\",\"Effect\":\"Allow\",\"Principal\":\"*\","
                             "\"Action\":[\"secretsmanager:Get*\",\"secretsmanager:GetSecretValue\"],"
                             "\"Resource\":\"prod/db\"}]}";
    const auto findings = lint(text);
    QStringList ids;
    for (const Diagnostic &d : findings)
        ids << QString::fromStdString(d.id);
    QCOMPARE(ids.join(QLatin1Char(',')),
             QStringLiteral("invalid-resource,public-access,missing-version,sid-format,redundant-action"));
}

void TestLint::blockingErrorsKeepTreeChecks()
{
    // A misspelt element blocks evaluation; the tree checks still report the rest.
    const std::string text = "{\"Statement\":[{\"Sid\":\"\",\"effect\":\"Allow\",\"Principal\":\"*\","
                             "\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\","
                             "\"Condition\":{}}]}";
    const auto findings = lint(text);
    QStringList ids;
    for (const Diagnostic &d : findings)
        ids << QString::fromStdString(d.id);
    QVERIFY2(ids.contains(QStringLiteral("unknown-element")), qPrintable(describe(findings)));
    QVERIFY(findings.front().blocking);
    QCOMPARE(findings.front().severity, Severity::Error);
    QVERIFY(ids.contains(QStringLiteral("missing-version")));
    QVERIFY(ids.contains(QStringLiteral("empty-sid")));
    QVERIFY(ids.contains(QStringLiteral("empty-object")));
    QVERIFY(!ids.contains(QStringLiteral("invalid-effect")));
    // A statement that reads on its own still gets every check beside another's blocking error.
    const std::string two = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"allow\",\"Principal\":\"*\","
                            "\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"},"
                            "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"secretsmanager:GetSecretValue\","
                            "\"Resource\":\"*\"}]}";
    const auto both = lint(two);
    QCOMPARE(describe(both).count(QLatin1Char('\n')), 1);
    QCOMPARE(QString::fromStdString(both[0].id), QStringLiteral("invalid-effect"));
    QCOMPARE(QString::fromStdString(both[0].path), QStringLiteral("/Statement/0/Effect"));
    QCOMPARE(QString::fromStdString(both[1].id), QStringLiteral("public-access"));
    QCOMPARE(QString::fromStdString(both[1].path), QStringLiteral("/Statement/1/Principal"));
    QCOMPARE(both[1].statementIndex, std::optional<int>(1));
    // An invalid Version does not make variables look like 2008 text.
    const auto badVersion = lint("{\"Version\":\"2012-10-18\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                                 "{\"AWS\":\"arn:aws:iam::123456789012:role/App\"},\"Action\":\"secretsmanager:GetSecretValue\","
                                 "\"Resource\":\"arn:aws:secretsmanager:*:*:secret:${aws:username}-??????\"}]}");
    QCOMPARE(badVersion.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(badVersion[0].id), QStringLiteral("invalid-version"));
    QCOMPARE(QString::fromStdString(badVersion[1].id), QStringLiteral("resource-not-star"));
    // json-syntax stops everything.
    const auto broken = lint("{\"Statement\": [");
    QCOMPARE(broken.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(broken[0].id), QStringLiteral("json-syntax"));
}

void TestLint::publicAccessHasAProof_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("id");
    QTest::addRow("broad") << policy(allow({}, get, QStringLiteral("\"Principal\":\"*\""))) << QString()
                           << QStringLiteral("public-access");
    QTest::addRow("broad-with-arn") << policy(allow({}, QStringLiteral("\"Action\":\"secretsmanager:*\""), QStringLiteral("\"Principal\":{\"AWS\":\"*\"}")))
                                    << QString::fromLatin1(ownerArn) << QStringLiteral("public-access");
    QTest::addRow("org") << policy(allow(cond(QStringLiteral("\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}")), get, QStringLiteral("\"Principal\":\"*\"")))
                         << QString::fromLatin1(ownerArn) << QStringLiteral("possibly-public-access");
    QTest::addRow("ip") << policy(allow(cond(QStringLiteral("\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}")), get, QStringLiteral("\"Principal\":\"*\"")))
                        << QString() << QStringLiteral("possibly-public-access");
    QTest::addRow("notprincipal") << policy(allow({}, get, QStringLiteral("\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::123456789012:user/eve\"}")))
                                  << QString::fromLatin1(ownerArn) << QStringLiteral("public-access");
}

void TestLint::publicAccessHasAProof()
{
    QFETCH(QString, policy);
    QFETCH(QString, arn);
    QFETCH(QString, id);
    LintOptions options;
    if (!arn.isEmpty())
        options.secretArn = arn.toStdString();
    const std::string text = policy.toStdString();
    const auto findings = lint(text, options);
    const Diagnostic *finding = nullptr;
    for (const Diagnostic &d : findings) {
        if (d.id == id.toStdString())
            finding = &d;
    }
    QVERIFY2(finding, qPrintable(describe(findings)));
    QVERIFY(!finding->proof.empty());
    // The proof is a requests.md request that the policy allows, for a caller outside the
    // secret's account.
    const std::optional<Request> request = requestFromJson(finding->proof);
    QVERIFY2(request, finding->proof.c_str());
    const std::string &principal = request->principal.text;
    const std::string &resource = request->resource;
    const std::string principalAccount = principal.substr(13, 12); // arn:aws:iam::ACCOUNT:
    const std::string resourceAccount = resource.substr(resource.find(':', 23) + 1, 12);
    QVERIFY2(principalAccount != resourceAccount, finding->proof.c_str());
    if (!arn.isEmpty())
        QCOMPARE(QString::fromStdString(resource), arn);
    const PolicyReadResult read = readPolicyText(text);
    QVERIFY(read.policy);
    QCOMPARE(evaluate(*read.policy, *request).decision, Outcome::Allowed);
}

void TestLint::survivesTruncationsAndMutations()
{
    // Every prefix of a few policies, and single-character replacements: what an editor sends
    // while the user types. Each result must be well-formed and consistent with the reader.
    const std::vector<std::string> texts{
        readFile(QStringLiteral(SPS_TEST_DATA_DIR "/lint/golden/findings.json")),
        readFile(QStringLiteral(SPS_EXAMPLES_DIR "/ec2-role-current-version.json")),
        unmark(policy(allow(cond(QStringLiteral("\"StringNotEquals\":{\"aws:PrincipalOrgID\":[\"o-1\"]},"
                                                 "\"DateLessThan\":{\"aws:CurrentTime\":\"2030-01-01T00:00\"}")),
                             QStringLiteral("\"NotAction\":\"secretsmanager:*Policy\""),
                             QStringLiteral("\"Principal\":{\"AWS\":[\"*\",\"444455556666\"]}"))))
            .text};
    LintOptions options;
    options.secretArn = ownerArn;
    int runs = 0;
    auto checkOne = [&](const std::string &text) {
        ++runs;
        const auto findings = lint(text, options);
        bool blocking = false;
        for (std::size_t i = 0; i < findings.size(); ++i) {
            const Diagnostic &d = findings[i];
            QVERIFY(findCheck(d.id));
            QVERIFY(d.span.begin.offset <= text.size());
            QVERIFY(d.path.empty() || d.path.front() == '/');
            if (i > 0)
                QVERIFY(findings[i - 1].severity <= d.severity);
            blocking = blocking || d.blocking;
        }
        QCOMPARE(blocking, !readPolicyText(text).policy.has_value());
    };
    for (const std::string &text : texts) {
        QVERIFY(!text.empty());
        for (std::size_t n = 0; n <= text.size(); ++n)
            checkOne(text.substr(0, n));
        for (std::size_t i = 0; i < text.size(); i += 3) {
            for (char c : {'"', '{', ']', ',', '*', '$', 'x'}) {
                std::string mutated = text;
                mutated[i] = c;
                checkOne(mutated);
            }
        }
    }
    QVERIFY(runs > 2000);
}

void TestLint::lintNearTheSizeLimitIsFast()
{
    // About 20,000 characters: 40 statements with conditions, principals and patterns.
    std::string text = "{\"Version\":\"2012-10-17\",\"Statement\":[";
    int i = 0;
    while (text.size() < 19500) {
        if (i)
            text += ',';
        text += "{\"Sid\":\"S" + std::to_string(i)
                + "\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::123456789012:role/R"
                + std::to_string(i)
                + "\",\"444455556666\"]},\"Action\":[\"secretsmanager:Get*\",\"secretsmanager:Describe*\"],"
                  "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":\"t"
                + std::to_string(i)
                + "\"},\"IpAddress\":{\"aws:SourceIp\":[\"203.0.113.0/24\",\"198.51.100.0/24\"]}}}";
        ++i;
    }
    text += "]}";
    QVERIFY(text.size() > 19000 && text.size() < 20480);
    LintOptions options;
    options.secretArn = ownerArn;
    std::size_t count = 0;
    QBENCHMARK {
        count = lint(text, options).size();
    }
    QVERIFY(count > 0);
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
