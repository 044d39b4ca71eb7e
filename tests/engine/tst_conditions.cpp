// Condition pairs through the evaluator: absent keys (evaluation.md §3.4), present keys and set
// qualifiers (§3.5), every row of §3.8, the eleven rows of Ex 30, and the worked condition
// examples. Each row is one Allow statement with "Principal": "*" whose only condition is the
// pair under test, so the statement applies exactly when the pair holds.
#include "eval/evaluator.h"
#include "evaltestutil.h"

#include <QTest>

using namespace engine;
using namespace evaltest;

namespace {

enum class Given { Absent, Scalar, List };

std::string actionFor(const std::string &key)
{
    if (key.find("RecoveryWindow") != std::string::npos || key.find("ForceDelete") != std::string::npos)
        return "secretsmanager:DeleteSecret";
    if (key.find("VersionStage") != std::string::npos)
        return "secretsmanager:GetSecretValue";
    if (key.find("BlockPublicPolicy") != std::string::npos)
        return "secretsmanager:PutResourcePolicy";
    return "secretsmanager:TagResource";
}

std::vector<std::string> toStd(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

Decision run(const std::string &op, const std::string &k, const QStringList &values, Given given,
             const QStringList &contextValues,
             PolicyVersion version = PolicyVersion::V2012_10_17)
{
    std::vector<ContextEntry> context;
    if (given == Given::Scalar)
        context.push_back(scalar(k, contextValues.value(0).toStdString()));
    else if (given == Given::List)
        context.push_back(list(k, toStd(contextValues)));
    const Policy p = policy({statement(Effect::Allow, starPrincipal(), {"secretsmanager:*"}, {"*"},
                                       std::vector<ConditionBlock>{
                                           condition(op, k, toStd(values))})},
                            version);
    Request r = request("arn:aws:iam::123456789012:user/alice", actionFor(k), secretS, context);
    r.identityPolicies = std::vector<Policy>{};
    return evaluate(p, r);
}

} // namespace

Q_DECLARE_METATYPE(Given)

class TestConditions : public QObject
{
    Q_OBJECT

private slots:
    void pair_data();
    void pair();
    void failureReason();
    void twoBlocksAreAnded();
    void emptyConditionHolds();
    void keysIgnoreCase();
    void ignoredServiceKey();
};

void TestConditions::pair_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<Given>("given");
    QTest::addColumn<QStringList>("context");
    QTest::addColumn<bool>("expected");
    const QStringList none;

    // §3.4 absent keys, row by row.
    QTest::addRow("3.4 IfExists") << "StringEqualsIfExists" << "aws:PrincipalOrgID" << strings({"o-1"}) << Given::Absent << none << true;
    QTest::addRow("3.4 ForAnyValue IfExists (IfExists first)") << "ForAnyValue:StringEqualsIfExists" << "aws:PrincipalOrgID" << strings({"o-1"}) << Given::Absent << none << true;
    QTest::addRow("3.4 ForAllValues IfExists") << "ForAllValues:StringEqualsIfExists" << "aws:PrincipalOrgID" << strings({"o-1"}) << Given::Absent << none << true;
    QTest::addRow("3.4 Null true, absent") << "Null" << "aws:PrincipalOrgID" << strings({"true"}) << Given::Absent << none << true;
    QTest::addRow("3.4 Null false, absent") << "Null" << "aws:PrincipalOrgID" << strings({"false"}) << Given::Absent << none << false;
    QTest::addRow("3.4 ForAllValues:Null, absent") << "ForAllValues:Null" << "aws:PrincipalOrgID" << strings({"false"}) << Given::Absent << none << true;
    QTest::addRow("3.4 ForAnyValue:Null, absent") << "ForAnyValue:Null" << "aws:PrincipalOrgID" << strings({"true"}) << Given::Absent << none << false;
    QTest::addRow("3.4 ForAllValues:Null, present") << "ForAllValues:Null" << "aws:PrincipalOrgID" << strings({"true"}) << Given::Scalar << strings({"o-1"}) << true;
    QTest::addRow("3.4 ForAnyValue:Null, present") << "ForAnyValue:Null" << "aws:PrincipalOrgID" << strings({"false"}) << Given::Scalar << strings({"o-1"}) << false;
    QTest::addRow("3.4 ForAllValues") << "ForAllValues:StringEquals" << "aws:PrincipalOrgID" << strings({"o-1"}) << Given::Absent << none << true;
    QTest::addRow("3.4 ForAnyValue") << "ForAnyValue:StringEquals" << "aws:PrincipalOrgID" << strings({"o-1"}) << Given::Absent << none << false;
    QTest::addRow("3.4 ForAnyValue negated") << "ForAnyValue:StringNotEquals" << "aws:PrincipalOrgID" << strings({"o-1"}) << Given::Absent << none << false;
    QTest::addRow("3.4 plain negated") << "StringNotEquals" << "aws:PrincipalOrgID" << strings({"o-1"}) << Given::Absent << none << true;
    QTest::addRow("3.4 plain NotIpAddress") << "NotIpAddress" << "aws:SourceIp" << strings({"203.0.113.0/24"}) << Given::Absent << none << true;
    QTest::addRow("3.4 plain ArnNotLike") << "ArnNotLike" << "aws:SourceArn" << strings({"arn:*:*:*:*:*"}) << Given::Absent << none << true;
    QTest::addRow("3.4 plain positive") << "StringEquals" << "aws:PrincipalOrgID" << strings({"o-1"}) << Given::Absent << none << false;
    QTest::addRow("3.4 plain Bool") << "Bool" << "aws:MultiFactorAuthPresent" << strings({"false"}) << Given::Absent << none << false;

    // §3.5 present keys.
    QTest::addRow("3.5 ForAnyValue empty set") << "ForAnyValue:StringEquals" << "aws:TagKeys" << strings({"env"}) << Given::List << strings({}) << false;
    QTest::addRow("3.5 ForAllValues empty set") << "ForAllValues:StringEquals" << "aws:TagKeys" << strings({"env"}) << Given::List << strings({}) << true;
    QTest::addRow("3.5 ForAnyValue empty V") << "ForAnyValue:StringEquals" << "aws:TagKeys" << strings({}) << Given::List << strings({"env"}) << false;
    QTest::addRow("3.5 ForAllValues empty V, present") << "ForAllValues:StringEquals" << "aws:TagKeys" << strings({}) << Given::List << strings({"env"}) << false;
    QTest::addRow("3.5 ForAllValues empty V, empty R") << "ForAllValues:StringEquals" << "aws:TagKeys" << strings({}) << Given::List << strings({}) << true;
    QTest::addRow("3.5 positive empty V") << "StringEquals" << "aws:PrincipalOrgID" << strings({}) << Given::Scalar << strings({"o-1"}) << false;
    QTest::addRow("3.5 negated empty V") << "StringNotEquals" << "aws:PrincipalOrgID" << strings({}) << Given::Scalar << strings({"o-1"}) << true;
    QTest::addRow("3.5 qualifier on single-valued key") << "ForAnyValue:StringEquals" << "aws:PrincipalOrgID" << strings({"o-1"}) << Given::Scalar << strings({"o-1"}) << true;
    QTest::addRow("3.5 array makes a key multivalued") << "StringEquals" << "secretsmanager:VersionStage" << strings({"AWSCURRENT"}) << Given::List << strings({"AWSPENDING", "AWSCURRENT"}) << false;
    QTest::addRow("3.5 array with ForAnyValue") << "ForAnyValue:StringEquals" << "secretsmanager:VersionStage" << strings({"AWSCURRENT"}) << Given::List << strings({"AWSPENDING", "AWSCURRENT"}) << true;
    QTest::addRow("3.5 ArrayOf scalar is a set of one") << "ForAnyValue:StringEquals" << "aws:TagKeys" << strings({"env"}) << Given::Scalar << strings({"env"}) << true;
    QTest::addRow("3.5 ArrayOf scalar needs a qualifier") << "StringEquals" << "aws:TagKeys" << strings({"env"}) << Given::Scalar << strings({"env"}) << false;
    QTest::addRow("3.5 invalid makes negated false") << "NumericNotEquals" << "secretsmanager:RecoveryWindowInDays" << strings({"ten"}) << Given::Scalar << strings({"7"}) << false;
    QTest::addRow("3.5 invalid request value, negated") << "NumericNotEquals" << "secretsmanager:RecoveryWindowInDays" << strings({"10"}) << Given::Scalar << strings({"seven"}) << false;
    QTest::addRow("3.5 invalid value, one valid match") << "NumericEquals" << "secretsmanager:RecoveryWindowInDays" << strings({"ten", "7"}) << Given::Scalar << strings({"7"}) << true;
    QTest::addRow("3.5 DateNotEquals invalid") << "DateNotEquals" << "aws:CurrentTime" << strings({"soon"}) << Given::Scalar << strings({"2030-01-01"}) << false;
    QTest::addRow("3.5 Bool invalid request") << "Bool" << "aws:SecureTransport" << strings({"true"}) << Given::Scalar << strings({"yes"}) << false;
    QTest::addRow("3.5 NotIpAddress invalid policy") << "NotIpAddress" << "aws:SourceIp" << strings({"10.0.0.0/99"}) << Given::Scalar << strings({"10.0.0.1"}) << false;

    // §3.8, every row.
    QTest::addRow("3.8 row 1") << "StringEquals" << "aws:PrincipalTag/team" << strings({"a", "b"}) << Given::Scalar << strings({"b"}) << true;
    QTest::addRow("3.8 row 2") << "StringNotEquals" << "aws:PrincipalAccount" << strings({"111", "222"}) << Given::Scalar << strings({"111"}) << false;
    QTest::addRow("3.8 row 3") << "StringNotEquals" << "aws:PrincipalOrgID" << strings({"o-1"}) << Given::Absent << none << true;
    QTest::addRow("3.8 row 4") << "ForAnyValue:StringEquals" << "aws:TagKeys" << strings({"env"}) << Given::Absent << none << false;
    QTest::addRow("3.8 row 5") << "ForAllValues:StringEquals" << "aws:TagKeys" << strings({"env", "team"}) << Given::Absent << none << true;
    QTest::addRow("3.8 row 6") << "ForAllValues:StringEquals" << "aws:TagKeys" << strings({"env", "team"}) << Given::List << strings({"env", "owner"}) << false;
    QTest::addRow("3.8 row 7") << "StringEquals" << "aws:TagKeys" << strings({"env"}) << Given::List << strings({"env"}) << false;
    QTest::addRow("3.8 row 8") << "Null" << "aws:PrincipalOrgID" << strings({"false"}) << Given::Absent << none << false;
    QTest::addRow("3.8 row 9") << "BoolIfExists" << "aws:MultiFactorAuthPresent" << strings({"false"}) << Given::Absent << none << true;
    QTest::addRow("3.8 row 10") << "IpAddress" << "aws:SourceIp" << strings({"203.0.113.0/24"}) << Given::Scalar << strings({"2001:db8::1"}) << false;
    QTest::addRow("3.8 row 11") << "NotIpAddress" << "aws:SourceIp" << strings({"203.0.113.0/24"}) << Given::Scalar << strings({"2001:db8::1"}) << true;
    QTest::addRow("3.8 row 12") << "DateLessThan" << "aws:CurrentTime" << strings({"1893456000"}) << Given::Scalar << strings({"2029-06-01T00:00:00Z"}) << true;
    QTest::addRow("3.8 row 13") << "NumericLessThan" << "secretsmanager:RecoveryWindowInDays" << strings({"ten"}) << Given::Scalar << strings({"7"}) << false;

    // Ex 30, all eleven rows (aws:TagKeys, TagResource).
    QTest::addRow("Ex30 row 1") << "ForAllValues:StringEquals" << "aws:TagKeys" << strings({"env", "team"}) << Given::Absent << none << true;
    QTest::addRow("Ex30 row 2") << "ForAllValues:StringEquals" << "aws:TagKeys" << strings({"env", "team"}) << Given::List << strings({"env"}) << true;
    QTest::addRow("Ex30 row 3") << "ForAllValues:StringEquals" << "aws:TagKeys" << strings({"env", "team"}) << Given::List << strings({"env", "owner"}) << false;
    QTest::addRow("Ex30 row 4") << "ForAllValues:StringEquals" << "aws:TagKeys" << strings({"env"}) << Given::List << strings({}) << true;
    QTest::addRow("Ex30 row 5") << "ForAnyValue:StringEquals" << "aws:TagKeys" << strings({"env", "team"}) << Given::Absent << none << false;
    QTest::addRow("Ex30 row 6") << "ForAnyValue:StringEquals" << "aws:TagKeys" << strings({"env"}) << Given::List << strings({}) << false;
    QTest::addRow("Ex30 row 7") << "ForAllValues:StringLike" << "aws:TagKeys" << strings({"team-*"}) << Given::List << strings({"team-a", "team-b"}) << true;
    QTest::addRow("Ex30 row 8") << "ForAllValues:StringNotEquals" << "aws:TagKeys" << strings({"secret"}) << Given::List << strings({"env", "secret"}) << false;
    QTest::addRow("Ex30 row 9") << "ForAnyValue:StringNotEquals" << "aws:TagKeys" << strings({"secret"}) << Given::List << strings({"env", "secret"}) << true;
    QTest::addRow("Ex30 row 10") << "StringEquals" << "aws:TagKeys" << strings({"env"}) << Given::List << strings({"env"}) << false;
    QTest::addRow("Ex30 row 11") << "StringNotEquals" << "aws:TagKeys" << strings({"secret"}) << Given::List << strings({"env"}) << false;

    // Ex 27-29, 31-35.
    QTest::addRow("Ex27 ipv4 in") << "IpAddress" << "aws:SourceIp" << strings({"203.0.113.0/24", "2001:DB8:1234:5678::/64"}) << Given::Scalar << strings({"203.0.113.77"}) << true;
    QTest::addRow("Ex27 ipv6 in") << "IpAddress" << "aws:SourceIp" << strings({"203.0.113.0/24", "2001:DB8:1234:5678::/64"}) << Given::Scalar << strings({"2001:db8:1234:5678::1"}) << true;
    QTest::addRow("Ex27 out") << "IpAddress" << "aws:SourceIp" << strings({"203.0.113.0/24", "2001:DB8:1234:5678::/64"}) << Given::Scalar << strings({"198.51.100.1"}) << false;
    QTest::addRow("Ex27 NotIpAddress in second") << "NotIpAddress" << "aws:SourceIp" << strings({"203.0.113.0/24", "198.51.100.0/24"}) << Given::Scalar << strings({"198.51.100.9"}) << false;
    QTest::addRow("Ex27 NotIpAddress absent") << "NotIpAddress" << "aws:SourceIp" << strings({"203.0.113.0/24", "198.51.100.0/24"}) << Given::Absent << none << true;
    QTest::addRow("Ex27 bare address") << "NotIpAddress" << "aws:SourceIp" << strings({"198.51.100.7"}) << Given::Scalar << strings({"2001:db8::7"}) << true;
    QTest::addRow("Ex29 listed") << "StringNotEquals" << "aws:PrincipalAccount" << strings({"123456789012", "444455556666"}) << Given::Scalar << strings({"123456789012"}) << false;
    QTest::addRow("Ex29 other") << "StringNotEquals" << "aws:PrincipalAccount" << strings({"123456789012", "444455556666"}) << Given::Scalar << strings({"999999999999"}) << true;
    QTest::addRow("Ex31 Null true absent") << "Null" << "aws:PrincipalOrgID" << strings({"true"}) << Given::Absent << none << true;
    QTest::addRow("Ex31 Null false present") << "Null" << "aws:PrincipalOrgID" << strings({"false"}) << Given::Scalar << strings({"o-1"}) << true;
    QTest::addRow("Null true present") << "Null" << "aws:PrincipalOrgID" << strings({"true"}) << Given::Scalar << strings({"o-1"}) << false;
    QTest::addRow("Null empty string is present") << "Null" << "aws:PrincipalOrgID" << strings({"false"}) << Given::Scalar << strings({""}) << true;
    QTest::addRow("Null empty array is present") << "Null" << "aws:TagKeys" << strings({"TRUE"}) << Given::List << strings({}) << false;
    QTest::addRow("Ex32 IfExists absent") << "StringNotEqualsIfExists" << "aws:SourceVpce" << strings({"vpce-1a2b3c4d"}) << Given::Absent << none << true;
    QTest::addRow("Ex32 IfExists same") << "StringNotEqualsIfExists" << "aws:SourceVpce" << strings({"vpce-1a2b3c4d"}) << Given::Scalar << strings({"vpce-1a2b3c4d"}) << false;
    QTest::addRow("Ex32 IfExists other") << "StringNotEqualsIfExists" << "aws:SourceVpce" << strings({"vpce-1a2b3c4d"}) << Given::Scalar << strings({"vpce-99999999"}) << true;
    QTest::addRow("Ex33 false") << "BoolIfExists" << "aws:MultiFactorAuthPresent" << strings({"false"}) << Given::Scalar << strings({"false"}) << true;
    QTest::addRow("Ex33 true") << "BoolIfExists" << "aws:MultiFactorAuthPresent" << strings({"false"}) << Given::Scalar << strings({"true"}) << false;
    QTest::addRow("Ex34 ISO") << "DateLessThan" << "aws:CurrentTime" << strings({"2030-01-01T00:00:00Z"}) << Given::Scalar << strings({"2029-06-01T12:00:00Z"}) << true;
    QTest::addRow("Ex34 offset equal") << "DateEquals" << "aws:CurrentTime" << strings({"2029-06-01T12:00:00Z"}) << Given::Scalar << strings({"2029-06-01T14:00:00+02:00"}) << true;
    QTest::addRow("Ex35 30 >= 7") << "NumericGreaterThanEquals" << "secretsmanager:RecoveryWindowInDays" << strings({"7"}) << Given::Scalar << strings({"30"}) << true;
    QTest::addRow("Ex35 07 == 7") << "NumericEquals" << "secretsmanager:RecoveryWindowInDays" << strings({"07"}) << Given::Scalar << strings({"7"}) << true;
    QTest::addRow("Ex35 Bool force delete") << "Bool" << "secretsmanager:ForceDeleteWithoutRecovery" << strings({"true"}) << Given::Scalar << strings({"true"}) << true;
    QTest::addRow("numeric 12abc strict") << "NumericEquals" << "secretsmanager:RecoveryWindowInDays" << strings({"12"}) << Given::Scalar << strings({"12abc"}) << false;
    QTest::addRow("numeric less") << "NumericLessThan" << "secretsmanager:RecoveryWindowInDays" << strings({"10"}) << Given::Scalar << strings({"9"}) << true;
    QTest::addRow("numeric less equal") << "NumericLessThanEquals" << "secretsmanager:RecoveryWindowInDays" << strings({"10"}) << Given::Scalar << strings({"10.0"}) << true;
    QTest::addRow("numeric greater") << "NumericGreaterThan" << "secretsmanager:RecoveryWindowInDays" << strings({"10"}) << Given::Scalar << strings({"10"}) << false;
    QTest::addRow("epoch with numeric operator") << "NumericLessThan" << "aws:EpochTime" << strings({"1893456000"}) << Given::Scalar << strings({"1893455999"}) << true;
    QTest::addRow("date greater equal") << "DateGreaterThanEquals" << "aws:CurrentTime" << strings({"2030"}) << Given::Scalar << strings({"2030-01-01T00:00:00Z"}) << true;
    QTest::addRow("date greater") << "DateGreaterThan" << "aws:CurrentTime" << strings({"2030"}) << Given::Scalar << strings({"2030-01-01T00:00:00Z"}) << false;
    QTest::addRow("date less equal") << "DateLessThanEquals" << "aws:CurrentTime" << strings({"2030-01-01"}) << Given::Scalar << strings({"1893456000"}) << true;
    QTest::addRow("date not equals") << "DateNotEquals" << "aws:CurrentTime" << strings({"2030-01-01"}) << Given::Scalar << strings({"1893456001"}) << true;
    QTest::addRow("Ex40 BlockPublicPolicy") << "Bool" << "secretsmanager:BlockPublicPolicy" << strings({"true"}) << Given::Scalar << strings({"true"}) << true;
    QTest::addRow("Ex40 BlockPublicPolicy absent") << "Bool" << "secretsmanager:BlockPublicPolicy" << strings({"true"}) << Given::Absent << none << false;

    // Derived keys are present without being given (§3.3).
    QTest::addRow("derived SecureTransport") << "Bool" << "aws:SecureTransport" << strings({"true"}) << Given::Absent << none << true;
    QTest::addRow("derived PrincipalArn") << "StringEquals" << "aws:PrincipalArn" << strings({"arn:aws:iam::123456789012:user/alice"}) << Given::Absent << none << true;
    QTest::addRow("derived username") << "StringEquals" << "aws:username" << strings({"alice"}) << Given::Absent << none << true;
    QTest::addRow("derived PrincipalType") << "StringEquals" << "aws:PrincipalType" << strings({"User"}) << Given::Absent << none << true;
    QTest::addRow("derived ResourceAccount") << "StringEquals" << "aws:ResourceAccount" << strings({"123456789012"}) << Given::Absent << none << true;
    QTest::addRow("derived RequestedRegion") << "StringEquals" << "aws:RequestedRegion" << strings({"us-east-1"}) << Given::Absent << none << true;
    QTest::addRow("derived SecretId") << "ArnEquals" << "secretsmanager:SecretId" << strings({"arn:aws:secretsmanager:*:*:secret:prod/*"}) << Given::Absent << none << true;
    QTest::addRow("derived IsAWSService") << "Bool" << "aws:PrincipalIsAWSService" << strings({"false"}) << Given::Absent << none << true;
    QTest::addRow("userid not derived for users") << "Null" << "aws:userid" << strings({"true"}) << Given::Absent << none << true;
    QTest::addRow("given wins over derived") << "Bool" << "aws:SecureTransport" << strings({"false"}) << Given::Scalar << strings({"false"}) << true;
    QTest::addRow("time keys not derived") << "Null" << "aws:CurrentTime" << strings({"true"}) << Given::Absent << none << true;
}

void TestConditions::pair()
{
    QFETCH(QString, op);
    QFETCH(QString, key);
    QFETCH(QStringList, values);
    QFETCH(Given, given);
    QFETCH(QStringList, context);
    QFETCH(bool, expected);
    const Decision d = run(op.toStdString(), key.toStdString(), values, given, context);
    QCOMPARE(d.decision == Outcome::Allowed, expected);
    QCOMPARE(d.trace.size(), std::size_t(1));
    QCOMPARE(d.trace[0].applies, expected);
    if (!expected) {
        QCOMPARE(d.trace[0].failedPart, std::optional<StatementPart>(StatementPart::Condition));
        QCOMPARE(d.trace[0].failedBlock, 0);
        QCOMPARE(d.trace[0].failedPair, 0);
    }
}

void TestConditions::failureReason()
{
    Decision d = run("ForAnyValue:StringEquals", "secretsmanager:VersionStage", strings({"AWSCURRENT"}),
                     Given::Absent, {});
    QCOMPARE(d.trace[0].reason, std::string("condition ForAnyValue:StringEquals "
                                            "secretsmanager:VersionStage: key is absent"));
    d = run("StringEquals", "secretsmanager:VersionStage", strings({"AWSCURRENT"}), Given::Scalar, strings({"awscurrent"}));
    QCOMPARE(d.trace[0].reason, std::string("condition StringEquals secretsmanager:VersionStage: "
                                            "value \"awscurrent\" does not match"));
    d = run("StringEquals", "aws:TagKeys", strings({"env"}), Given::List, strings({"env"}));
    QCOMPARE(d.trace[0].reason, std::string("condition StringEquals aws:TagKeys: multivalued key "
                                            "needs ForAnyValue or ForAllValues"));
    d = run("NumericLessThan", "secretsmanager:RecoveryWindowInDays", strings({"ten"}), Given::Scalar, strings({"7"}));
    QCOMPARE(d.trace[0].reason, std::string("condition NumericLessThan "
                                            "secretsmanager:RecoveryWindowInDays: value \"7\" "
                                            "cannot be compared (invalid)"));
    d = run("StringNotEquals", "aws:PrincipalAccount", strings({"111"}), Given::Scalar, strings({"111"}));
    QCOMPARE(d.trace[0].reason, std::string("condition StringNotEquals aws:PrincipalAccount: "
                                            "value \"111\" matches a listed value"));
}

void TestConditions::twoBlocksAreAnded()
{
    std::vector<ConditionBlock> blocks{condition("StringEquals", "aws:PrincipalTag/team", {"pay"}),
                                       condition("Bool", "aws:SecureTransport", {"false"})};
    const Policy p = policy({statement(Effect::Allow, starPrincipal(), {"secretsmanager:*"}, {"*"}, blocks)});
    Request r = request("arn:aws:iam::123456789012:user/alice", "secretsmanager:GetSecretValue",
                        secretS, {scalar("aws:PrincipalTag/team", "pay")});
    r.identityPolicies = std::vector<Policy>{};
    Decision d = evaluate(p, r);
    QCOMPARE(d.decision, Outcome::ImplicitlyDenied);
    QCOMPARE(d.trace[0].failedBlock, 1);
    QCOMPARE(d.trace[0].failedPair, 0);
    r.context.push_back(scalar("aws:SecureTransport", "false"));
    d = evaluate(p, r);
    QCOMPARE(d.decision, Outcome::Allowed);
}

void TestConditions::emptyConditionHolds()
{
    const Policy p = policy({statement(Effect::Allow, starPrincipal(), {"secretsmanager:*"}, {"*"},
                                       std::vector<ConditionBlock>{})});
    const Decision d = evaluate(p, request("arn:aws:iam::123456789012:user/alice"));
    QCOMPARE(d.decision, Outcome::Allowed);
}

void TestConditions::keysIgnoreCase()
{
    const Policy p = policy({statement(Effect::Allow, starPrincipal(), {"secretsmanager:*"}, {"*"},
                                       std::vector<ConditionBlock>{condition(
                                           "StringEquals", "AWS:principaltag/TEAM", {"pay"})})});
    const Decision d = evaluate(p, request("arn:aws:iam::123456789012:user/alice",
                                           "secretsmanager:GetSecretValue", secretS,
                                           {scalar("aws:PrincipalTag/team", "pay")}));
    QCOMPARE(d.decision, Outcome::Allowed);
}

void TestConditions::ignoredServiceKey()
{
    // secretsmanager:Name is never supplied by GetSecretValue: treated as absent, with a warning.
    const Policy p = policy({statement(Effect::Allow, starPrincipal(), {"secretsmanager:*"}, {"*"},
                                       std::vector<ConditionBlock>{condition(
                                           "Null", "secretsmanager:Name", {"true"})})});
    Request r = request("arn:aws:iam::123456789012:user/alice", "secretsmanager:GetSecretValue",
                        secretS, {scalar("secretsmanager:Name", "x")});
    r.identityPolicies = std::vector<Policy>{};
    const Decision d = evaluate(p, r);
    QCOMPARE(d.decision, Outcome::Allowed);
    QCOMPARE(d.warnings.size(), std::size_t(1));
    QCOMPARE(d.warnings[0], std::string("context key secretsmanager:Name is ignored: "
                                        "secretsmanager:GetSecretValue never supplies it"));
}

QTEST_GUILESS_MAIN(TestConditions)
#include "tst_conditions.moc"
