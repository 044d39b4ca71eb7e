// The evaluator as a whole (evaluation.md §4): decision, effectiveDecision rules N, D, A, F, S,
// R, same account and cross account, matched statements with their match kinds, warnings,
// explain, the per-statement trace, and the evaluation rate.
#include "eval/evaluator.h"
#include "evaltestutil.h"

#include <QTest>

#include <ctime>

using namespace engine;
using namespace evaltest;

namespace {

const std::string kmsWarning = "cross-account access to the secret value also needs kms:Decrypt "
                               "(and for writes kms:GenerateDataKey) on the secret's KMS key; the "
                               "AWS managed key aws/secretsmanager cannot be used from another "
                               "account";
const std::string identityWarning = "identityPolicies not given: assumed to hold no Deny that applies";

enum class Identity { Absent, None, AllowsAll, DeniesAll, AllowsStarOnly, AllowsArnOnly };

void setIdentity(Request &r, Identity identity)
{
    switch (identity) {
    case Identity::Absent:
        r.identityPolicies.reset();
        break;
    case Identity::None:
        r.identityPolicies = std::vector<Policy>{};
        break;
    case Identity::AllowsAll:
        r.identityPolicies = std::vector<Policy>{identityAllowsAll()};
        break;
    case Identity::DeniesAll:
        r.identityPolicies = std::vector<Policy>{
            identityAllowsAll(),
            policy({statement(Effect::Deny, std::nullopt, {"secretsmanager:*"}, {"*"})})};
        break;
    case Identity::AllowsStarOnly:
        r.identityPolicies = std::vector<Policy>{
            policy({statement(Effect::Allow, std::nullopt, {"secretsmanager:ListSecrets"}, {"*"})})};
        break;
    case Identity::AllowsArnOnly:
        r.identityPolicies = std::vector<Policy>{policy({statement(
            Effect::Allow, std::nullopt, {"secretsmanager:*"},
            {"arn:aws:secretsmanager:us-east-1:123456789012:secret:*"})})};
        break;
    }
}

Request make(const std::string &principal, Identity identity,
             const std::string &action = "secretsmanager:GetSecretValue",
             const std::string &resource = secretS)
{
    Request r = request(principal, action, resource);
    setIdentity(r, identity);
    return r;
}

Request makeOther(RequestPrincipal::Form form, const std::string &text, Identity identity)
{
    Request r = request("x");
    r.principal = RequestPrincipal{form, text};
    setIdentity(r, identity);
    return r;
}

Policy grant(PrincipalPart principal, const std::string &action = "secretsmanager:GetSecretValue")
{
    return policy({statement(Effect::Allow, std::move(principal), {action}, {"*"})});
}

} // namespace

Q_DECLARE_METATYPE(Outcome)
Q_DECLARE_METATYPE(Identity)

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void effective_data();
    void effective();
    void matchedInOrder();
    void warnings();
    void explainApplies();
    void explainNothingApplies();
    void explainNoResource();
    void traceSpans();
    void notActionNotResource();
    void identityNoResourceStar();
    void compiledPolicyIsReusable();
    void rate();
};

void TestEvaluator::effective_data()
{
    QTest::addColumn<Policy>("policyValue");
    QTest::addColumn<Request>("requestValue");
    QTest::addColumn<Outcome>("decision");
    QTest::addColumn<Outcome>("effective");
    QTest::addColumn<QString>("matchKind");

    const std::string anaya = "arn:aws:iam::123456789012:user/anaya";
    const std::string mateo = "arn:aws:iam::123456789012:user/mateo";
    const std::string bob = "arn:aws:iam::123456789012:user/bob";
    const Policy ex1 = policy({statement(Effect::Allow, aws({anaya}), {"secretsmanager:*"}, {"*"})});
    const Policy ex3 = grant(aws({mateo}));
    const Policy ex11 = grant(aws({"arn:aws:iam::123456789012:root"}));
    const Policy ex12 = grant(aws({"444455556666"}));
    const Policy everyone = grant(starPrincipal());
    const Policy empty = policy({});
    const Policy service = grant(principals({{PrincipalType::Service, "appflow.amazonaws.com"}}));
    const Policy federated = grant(principals({{PrincipalType::Federated, "accounts.google.com"}}));
    const Policy ex15 = policy({statement(Effect::Deny, aws({"444455556666"}), {"secretsmanager:*"}, {"*"}),
                                statement(Effect::Allow, starPrincipal(), {"secretsmanager:*"}, {"*"})});
    const Outcome A = Outcome::Allowed;
    const Outcome E = Outcome::ExplicitlyDenied;
    const Outcome I = Outcome::ImplicitlyDenied;
    const Outcome U = Outcome::Unknown;

    QTest::addRow("Ex1 same-account direct") << ex1 << make(anaya, Identity::None) << A << A << "direct";
    QTest::addRow("Ex1 DeleteResourcePolicy") << ex1 << make(anaya, Identity::None, "secretsmanager:DeleteResourcePolicy") << A << A << "direct";
    QTest::addRow("Ex3a cross, no identity") << ex3 << make(mateo, Identity::None, "secretsmanager:GetSecretValue", secretS2) << A << I << "direct";
    QTest::addRow("Ex3b cross, identity allows") << ex3 << make(mateo, Identity::AllowsAll, "secretsmanager:GetSecretValue", secretS2) << A << A << "direct";
    QTest::addRow("Ex3c cross, identity absent") << ex3 << make(mateo, Identity::Absent, "secretsmanager:GetSecretValue", secretS2) << A << U << "direct";
    QTest::addRow("Ex4 cross, other action") << ex3 << make(mateo, Identity::AllowsAll, "secretsmanager:DescribeSecret", secretS2) << I << I << "";
    QTest::addRow("Ex11 delegation, no identity") << ex11 << make(bob, Identity::None) << A << I << "account";
    QTest::addRow("Ex11 delegation, identity allows") << ex11 << make(bob, Identity::AllowsAll) << A << A << "account";
    QTest::addRow("Ex11 delegation, identity absent") << ex11 << make(bob, Identity::Absent) << A << U << "account";
    QTest::addRow("Ex12 cross id, identity allows") << ex12 << make("arn:aws:sts::444455556666:assumed-role/R/s", Identity::AllowsAll) << A << A << "account";
    QTest::addRow("Ex12 cross id, no identity") << ex12 << make("arn:aws:sts::444455556666:assumed-role/R/s", Identity::None) << A << I << "account";
    QTest::addRow("Ex13 cross root (R)") << ex12 << make("arn:aws:iam::444455556666:root", Identity::Absent) << A << A << "account";
    QTest::addRow("R cross root without grant") << everyone << make("arn:aws:iam::444455556666:root", Identity::None, "secretsmanager:DescribeSecret") << I << I << "";
    QTest::addRow("R same-account root, empty policy") << empty << make("arn:aws:iam::123456789012:root", Identity::None) << I << A << "";
    QTest::addRow("R root still denied") << ex15 << make("arn:aws:iam::444455556666:root", Identity::None) << E << E << "";
    QTest::addRow("Ex14a everyone, same account") << everyone << make("arn:aws:iam::123456789012:user/x", Identity::None) << A << A << "wildcard";
    QTest::addRow("Ex14b everyone, cross, no identity") << everyone << make("arn:aws:iam::444455556666:user/x", Identity::None) << A << I << "wildcard";
    QTest::addRow("Ex14b everyone, cross, identity allows") << everyone << make("arn:aws:iam::444455556666:user/x", Identity::AllowsAll) << A << A << "wildcard";
    QTest::addRow("Ex14c anonymous (A)") << everyone << make("anonymous", Identity::Absent) << A << I << "wildcard";
    QTest::addRow("Ex15 deny account (D)") << ex15 << make("arn:aws:iam::444455556666:user/bob", Identity::AllowsAll) << E << E << "";
    QTest::addRow("D identity deny") << ex1 << make(anaya, Identity::DeniesAll) << A << E << "direct";
    QTest::addRow("S service allowed") << service << makeOther(RequestPrincipal::Form::Service, "appflow.amazonaws.com", Identity::Absent) << A << A << "direct";
    QTest::addRow("S service by star") << everyone << makeOther(RequestPrincipal::Form::Service, "lambda.amazonaws.com", Identity::Absent) << A << A << "wildcard";
    QTest::addRow("S service not named") << service << makeOther(RequestPrincipal::Form::Service, "lambda.amazonaws.com", Identity::AllowsAll) << I << I << "";
    QTest::addRow("F federated") << federated << makeOther(RequestPrincipal::Form::Federated, "accounts.google.com", Identity::AllowsAll) << A << I << "direct";
    QTest::addRow("F canonical") << everyone << makeOther(RequestPrincipal::Form::CanonicalUser, "abc", Identity::AllowsAll) << A << I << "wildcard";
    QTest::addRow("N ListSecrets, identity absent (Ex 22)") << ex1 << make(anaya, Identity::Absent, "secretsmanager:ListSecrets", "*") << I << U << "";
    QTest::addRow("N ListSecrets, identity allows") << ex1 << make(anaya, Identity::AllowsAll, "secretsmanager:ListSecrets", "*") << I << A << "";
    QTest::addRow("N ListSecrets, no identity") << ex1 << make(anaya, Identity::None, "secretsmanager:ListSecrets", "*") << I << I << "";
    QTest::addRow("N identity Resource names an ARN") << ex1 << make(anaya, Identity::AllowsArnOnly, "secretsmanager:GetRandomPassword", "*") << I << I << "";
    QTest::addRow("N identity deny") << ex1 << make(anaya, Identity::DeniesAll, "secretsmanager:BatchGetSecretValue", "*") << I << E << "";
    QTest::addRow("same account, role principal, account entry, absent") << ex11 << make("arn:aws:iam::123456789012:role/R", Identity::Absent) << A << U << "account";
    QTest::addRow("same account, identity alone allows") << empty << make(bob, Identity::AllowsAll) << I << A << "";
    QTest::addRow("same account, identity by ARN") << empty << make(bob, Identity::AllowsArnOnly) << I << A << "";
    QTest::addRow("cross, identity alone") << empty << make("arn:aws:iam::444455556666:user/x", Identity::AllowsAll) << I << I << "";
    QTest::addRow("action is case-insensitive") << ex1 << make(anaya, Identity::None, "SecretsManager:getsecretvalue") << A << A << "direct";
}

void TestEvaluator::effective()
{
    QFETCH(Policy, policyValue);
    QFETCH(Request, requestValue);
    QFETCH(Outcome, decision);
    QFETCH(Outcome, effective);
    QFETCH(QString, matchKind);
    const Decision d = evaluate(policyValue, requestValue);
    QCOMPARE(d.decision, decision);
    QCOMPARE(d.effectiveDecision, effective);
    if (matchKind.isEmpty())
        return;
    QVERIFY(!d.matched.empty());
    const char *names[] = {"account", "wildcard", "direct"};
    QCOMPARE(QString::fromLatin1(names[int(d.matched.front().principalMatch)]), matchKind);
}

void TestEvaluator::matchedInOrder()
{
    const Policy p = policy({statement(Effect::Allow, aws({"123456789012"}), {"secretsmanager:*"}, {"*"}, std::nullopt, "A0"),
                             statement(Effect::Allow, aws({"arn:aws:iam::123456789012:role/x"}), {"secretsmanager:*"}, {"*"}),
                             statement(Effect::Deny, starPrincipal(), {"secretsmanager:Get*"}, {"*"}, std::nullopt, "D2"),
                             statement(Effect::Allow, starPrincipal(), {"secretsmanager:GetSecretValue"}, {"*"})});
    const Decision d = evaluate(p, make("arn:aws:iam::123456789012:user/u", Identity::None));
    QCOMPARE(d.decision, Outcome::ExplicitlyDenied);
    QCOMPARE(d.effectiveDecision, Outcome::ExplicitlyDenied);
    const std::vector<MatchedStatement> expected{
        {std::string("A0"), 0, Effect::Allow, PrincipalMatch::Account},
        {std::string("D2"), 2, Effect::Deny, PrincipalMatch::Wildcard},
        {std::nullopt, 3, Effect::Allow, PrincipalMatch::Wildcard}};
    QCOMPARE(d.matched, expected);
    QCOMPARE(d.explain, std::string("Statement D2 denies: principal matches, action matches; an "
                                    "explicit deny in the secret policy wins"));
}

void TestEvaluator::warnings()
{
    const Policy ex3 = grant(aws({"arn:aws:iam::123456789012:user/mateo"}));
    Decision d = evaluate(ex3, make("arn:aws:iam::123456789012:user/mateo", Identity::AllowsAll,
                                    "secretsmanager:GetSecretValue", secretS2));
    QCOMPARE(d.warnings, std::vector<std::string>{kmsWarning});
    d = evaluate(ex3, make("arn:aws:iam::123456789012:user/mateo", Identity::Absent,
                           "secretsmanager:GetSecretValue", secretS2));
    QCOMPARE(d.warnings, (std::vector<std::string>{kmsWarning, identityWarning}));
    // Denied anyway: no KMS warning.
    d = evaluate(ex3, make("arn:aws:iam::123456789012:user/mateo", Identity::None,
                           "secretsmanager:GetSecretValue", secretS2));
    QVERIFY(d.warnings.empty());
    // Same account: no KMS warning.
    d = evaluate(grant(starPrincipal()), make("arn:aws:iam::123456789012:user/x", Identity::None));
    QVERIFY(d.warnings.empty());
    // Not a value action.
    const Policy describe = grant(starPrincipal(), "secretsmanager:DescribeSecret");
    d = evaluate(describe, make("arn:aws:iam::444455556666:user/x", Identity::AllowsAll,
                                "secretsmanager:DescribeSecret"));
    QCOMPARE(d.effectiveDecision, Outcome::Allowed);
    QVERIFY(d.warnings.empty());
    // No identity policies to assume anything about: root users and service principals.
    d = evaluate(grant(aws({"444455556666"}), "secretsmanager:DescribeSecret"),
                 make("arn:aws:iam::444455556666:root", Identity::Absent,
                                                    "secretsmanager:DescribeSecret"));
    QCOMPARE(d.effectiveDecision, Outcome::Allowed);
    QVERIFY(d.warnings.empty());
    d = evaluate(grant(starPrincipal()),
                 makeOther(RequestPrincipal::Form::Service, "appflow.amazonaws.com", Identity::Absent));
    QCOMPARE(d.effectiveDecision, Outcome::Allowed);
    QVERIFY(d.warnings.empty());
    // Same account, identity absent, account entry: Unknown, with the assumption stated.
    d = evaluate(grant(aws({"123456789012"})), make("arn:aws:iam::123456789012:user/u", Identity::Absent));
    QCOMPARE(d.effectiveDecision, Outcome::Unknown);
    QCOMPARE(d.warnings, std::vector<std::string>{identityWarning});
    // Resource without its suffix.
    d = evaluate(grant(starPrincipal()),
                 make("arn:aws:iam::123456789012:user/x", Identity::None,
                      "secretsmanager:GetSecretValue",
                      "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db"));
    QCOMPARE(d.warnings.size(), std::size_t(1));
    QVERIFY(d.warnings[0].find("six-character suffix") != std::string::npos);
    // Federated caller.
    d = evaluate(grant(starPrincipal()),
                 makeOther(RequestPrincipal::Form::Federated, "accounts.google.com", Identity::None));
    QCOMPARE(d.warnings.size(), std::size_t(1));
    QVERIFY(d.warnings[0].find("assumed-role sessions") != std::string::npos);
}

void TestEvaluator::explainApplies()
{
    const Policy p = policy({statement(Effect::Allow,
                                       aws({"arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets"}),
                                       {"secretsmanager:GetSecretValue"}, {"*"},
                                       std::vector<ConditionBlock>{condition(
                                           "ForAnyValue:StringEquals", "secretsmanager:VersionStage",
                                           {"AWSCURRENT"})},
                                       "ReadCurrent")});
    Request r = make("arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/i-0123456789abcdef0",
                     Identity::None);
    r.context.push_back(scalar("secretsmanager:VersionStage", "AWSCURRENT"));
    const Decision d = evaluate(p, r);
    QCOMPARE(d.explain, std::string("Statement ReadCurrent allows: principal matches, action "
                                    "matches, condition ForAnyValue:StringEquals "
                                    "secretsmanager:VersionStage holds; same account: the secret "
                                    "policy's grant suffices"));
    QCOMPARE(d.trace.size(), std::size_t(1));
    QVERIFY(d.trace[0].applies);
    QVERIFY(!d.trace[0].failedPart.has_value());

    const Policy cross = policy({statement(Effect::Allow, aws({"123456789012"}), {"secretsmanager:*"},
                                           {"arn:aws:secretsmanager:us-east-1:444455556666:secret:prod/*"})});
    const Decision c = evaluate(cross, make("arn:aws:iam::123456789012:user/u", Identity::AllowsAll,
                                            "secretsmanager:DescribeSecret", secretS2));
    QCOMPARE(c.explain, std::string("Statement 0 allows: principal matches, action matches, "
                                    "resource matches; cross-account: identity policies must also "
                                    "allow"));
}

void TestEvaluator::explainNothingApplies()
{
    const Policy p = policy({statement(Effect::Allow,
                                       aws({"arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets"}),
                                       {"secretsmanager:GetSecretValue"}, {"*"},
                                       std::vector<ConditionBlock>{condition(
                                           "ForAnyValue:StringEquals", "secretsmanager:VersionStage",
                                           {"AWSCURRENT"})},
                                       "ReadCurrent"),
                             statement(Effect::Allow, aws({"arn:aws:iam::123456789012:user/other"}),
                                       {"secretsmanager:*"}, {"*"}),
                             statement(Effect::Allow, starPrincipal(), {"secretsmanager:Describe*"}, {"*"}),
                             statement(Effect::Allow, starPrincipal(), {"secretsmanager:*"},
                                       {"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db"})});
    const Decision d = evaluate(p, make("arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/i-1",
                                        Identity::None));
    QCOMPARE(d.decision, Outcome::ImplicitlyDenied);
    QCOMPARE(d.explain, std::string("Statement 0 (ReadCurrent): condition ForAnyValue:StringEquals "
                                    "secretsmanager:VersionStage: key is absent; Statement 1: "
                                    "principal does not match; Statement 2: action does not match; "
                                    "Statement 3: resource does not match; same account: identity "
                                    "policies decide"));
    QCOMPARE(d.trace.size(), std::size_t(4));
    QCOMPARE(d.trace[1].failedPart, std::optional<StatementPart>(StatementPart::Principal));
    QCOMPARE(d.trace[2].failedPart, std::optional<StatementPart>(StatementPart::Action));
    QCOMPARE(d.trace[3].failedPart, std::optional<StatementPart>(StatementPart::Resource));
    QCOMPARE(d.trace[3].index, 3);
}

void TestEvaluator::explainNoResource()
{
    const Policy p = grant(starPrincipal(), "secretsmanager:*");
    const Decision d = evaluate(p, make("arn:aws:iam::123456789012:user/u", Identity::Absent,
                                        "secretsmanager:ListSecrets", "*"));
    QCOMPARE(d.explain, std::string("secretsmanager:ListSecrets takes no resource: the secret "
                                    "policy is not consulted; identity policies alone decide, and "
                                    "they were not given"));
    QVERIFY(d.matched.empty());
    QCOMPARE(d.trace.size(), std::size_t(1));
    QVERIFY(!d.trace[0].applies);
}

void TestEvaluator::traceSpans()
{
    Policy p = policy({statement(Effect::Allow, starPrincipal(), {"secretsmanager:*"}, {"*"},
                                 std::vector<ConditionBlock>{
                                     condition("Bool", "aws:SecureTransport", {"true"}),
                                     condition("StringEquals", "aws:PrincipalTag/team", {"pay"})})});
    ConditionPair &pair = (*p.statements[0].condition)[1].pairs[0];
    pair.keySpan = Span{{3, 5, 40}, {3, 28, 63}};
    pair.valuesSpan = Span{{3, 30, 65}, {3, 35, 70}};
    p.statements[0].action.span = Span{{2, 1, 10}, {2, 5, 14}};
    Decision d = evaluate(p, make("arn:aws:iam::123456789012:user/u", Identity::None));
    QCOMPARE(d.trace[0].failedPart, std::optional<StatementPart>(StatementPart::Condition));
    QCOMPARE(d.trace[0].failedBlock, 1);
    QCOMPARE(d.trace[0].failedPair, 0);
    QCOMPARE(d.trace[0].failedSpan, (Span{{3, 5, 40}, {3, 35, 70}}));
    d = evaluate(p, make("arn:aws:iam::123456789012:user/u", Identity::None, "kms:Decrypt"));
    QCOMPARE(d.trace[0].failedPart, std::optional<StatementPart>(StatementPart::Action));
    QCOMPARE(d.trace[0].failedSpan, (Span{{2, 1, 10}, {2, 5, 14}}));
    QCOMPARE(d.trace[0].failedBlock, -1);
}

void TestEvaluator::notActionNotResource()
{
    Statement s = statement(Effect::Allow, starPrincipal(), {"secretsmanager:Get*"}, {"*"});
    s.action.negated = true;
    Decision d = evaluate(policy({s}), make("arn:aws:iam::123456789012:user/u", Identity::None));
    QCOMPARE(d.decision, Outcome::ImplicitlyDenied);
    QCOMPARE(d.trace[0].reason, std::string("action is excluded by NotAction"));
    d = evaluate(policy({s}), make("arn:aws:iam::123456789012:user/u", Identity::None,
                                   "secretsmanager:PutResourcePolicy"));
    QCOMPARE(d.decision, Outcome::Allowed);

    Statement r = statement(Effect::Deny, starPrincipal(), {"secretsmanager:*"},
                            {"arn:aws:secretsmanager:us-east-1:123456789012:secret:other-??????"});
    r.resource.negated = true;
    d = evaluate(policy({r}), make("arn:aws:iam::123456789012:user/u", Identity::None));
    QCOMPARE(d.decision, Outcome::ExplicitlyDenied);
    Statement notPrincipal = statement(Effect::Allow, aws({"arn:aws:iam::123456789012:user/alice",
                                                           "arn:aws:iam::123456789012:root"},
                                                          true),
                                       {"secretsmanager:GetSecretValue"}, {"*"});
    d = evaluate(policy({notPrincipal}), make("arn:aws:iam::123456789012:user/bob", Identity::None));
    QCOMPARE(d.effectiveDecision, Outcome::Allowed);
    QCOMPARE(d.matched.at(0).principalMatch, PrincipalMatch::Wildcard);
    d = evaluate(policy({notPrincipal}), make("arn:aws:iam::123456789012:user/alice", Identity::None));
    QCOMPARE(d.decision, Outcome::ImplicitlyDenied);
    QCOMPARE(d.trace[0].reason, std::string("principal is excluded by NotPrincipal"));
}

void TestEvaluator::identityNoResourceStar()
{
    // An identity statement whose Resource names a secret never matches the "*" of ListSecrets.
    Request r = make("arn:aws:iam::123456789012:user/u", Identity::AllowsStarOnly,
                     "secretsmanager:ListSecrets", "*");
    QCOMPARE(evaluate(policy({}), r).effectiveDecision, Outcome::Allowed);
    setIdentity(r, Identity::AllowsArnOnly);
    QCOMPARE(evaluate(policy({}), r).effectiveDecision, Outcome::ImplicitlyDenied);
}

void TestEvaluator::compiledPolicyIsReusable()
{
    CompiledPolicy compiled(policy({statement(Effect::Allow, starPrincipal(), {"secretsmanager:*"}, {"*"},
                                              std::vector<ConditionBlock>{condition(
                                                  "StringLike", "aws:PrincipalArn",
                                                  {"arn:aws:iam::123456789012:role/app-*"})})}));
    CompiledPolicy moved(std::move(compiled));
    QCOMPARE(moved.policy().statements.size(), std::size_t(1));
    QCOMPARE(evaluate(moved, make("arn:aws:sts::123456789012:assumed-role/app-web/s", Identity::None)).decision,
             Outcome::Allowed);
    QCOMPARE(evaluate(moved, make("arn:aws:sts::123456789012:assumed-role/db/s", Identity::None)).decision,
             Outcome::ImplicitlyDenied);
}

void TestEvaluator::rate()
{
    // Ten statements with conditions of several families; none applies before the last.
    std::vector<Statement> statements;
    for (int i = 0; i < 9; ++i) {
        statements.push_back(statement(
            i % 3 == 0 ? Effect::Deny : Effect::Allow,
            aws({"arn:aws:iam::123456789012:role/Role" + std::to_string(i), "444455556666"}),
            {"secretsmanager:GetSecretValue", "secretsmanager:Describe*"},
            {"arn:aws:secretsmanager:us-east-1:123456789012:secret:app" + std::to_string(i) + "/*"},
            std::vector<ConditionBlock>{
                condition("StringEquals", "aws:PrincipalTag/team", {"team" + std::to_string(i)}),
                condition("IpAddress", "aws:SourceIp", {"10.0.0.0/8", "192.168.0.0/16"})}));
    }
    statements.push_back(statement(
        Effect::Allow, starPrincipal(), {"secretsmanager:Get*"}, {"*"},
        std::vector<ConditionBlock>{
            condition("ForAnyValue:StringEquals", "secretsmanager:VersionStage", {"AWSCURRENT"}),
            condition("StringLike", "aws:PrincipalArn", {"arn:aws:iam::123456789012:role/app-*"}),
            condition("IpAddress", "aws:SourceIp", {"203.0.113.0/24"}),
            condition("NumericLessThan", "aws:MultiFactorAuthAge", {"3600"}),
            condition("DateLessThan", "aws:CurrentTime", {"2030-01-01T00:00:00Z"})}));
    const CompiledPolicy compiled(policy(std::move(statements)));
    Request r = make("arn:aws:sts::123456789012:assumed-role/app-web/s", Identity::None);
    r.context = {scalar("secretsmanager:VersionStage", "AWSCURRENT"),
                 scalar("aws:SourceIp", "203.0.113.9"), scalar("aws:MultiFactorAuthAge", "60"),
                 scalar("aws:CurrentTime", "2029-06-01T12:00:00Z"),
                 scalar("aws:PrincipalTag/team", "web")};
    QCOMPARE(evaluate(compiled, r).decision, Outcome::Allowed);

    const int iterations = qEnvironmentVariableIntValue("SPS_RATE_ITERATIONS") > 0
                               ? qEnvironmentVariableIntValue("SPS_RATE_ITERATIONS")
                               : 100000;
    int allowed = 0;
    // CPU time of this thread: the machine may be shared.
    const auto cpuNow = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e9 + double(t.tv_nsec);
    };
    const double start = cpuNow();
    for (int i = 0; i < iterations; ++i)
        allowed += evaluate(compiled, r).decision == Outcome::Allowed ? 1 : 0;
    const double ns = cpuNow() - start;
    QCOMPARE(allowed, iterations);
    const double perSecond = double(iterations) * 1e9 / ns;
    qInfo("%.0f evaluations per CPU second (10 statements, conditions)", perSecond);
    // The rate is reported, not asserted: speed targets live in the benchmarks (bench_engine),
    // so that a loaded CI machine cannot fail the suite.
}

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
