// Tests of the access matrix: the derived rows and columns, every cell of the matrix of each
// user-guide example (resources/examples) and of the simulation's own policies
// (tests/data/sim), the request a cell stands for, and agreement of every cell with evaluate()
// on that request. The agreement with `secret-policy eval` itself is in tests/cli.
#include "sim/contextkeys.h"
#include "sim/derive.h"
#include "sim/matrix.h"
#include "sim/report.h"
#include "sim/selection.h"

#include "data/secretsmanager.h"
#include "eval/evaluator.h"
#include "policy/policyreader.h"

#include <QtTest>

#include <random>
#include <string>

using namespace engine;
using namespace engine::sim;

namespace {

constexpr const char *secretS = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";
constexpr const char *secretS2 = "arn:aws:secretsmanager:us-east-1:444455556666:secret:prod/db-AbCdEf";

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

Policy loadPolicy(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QByteArray bytes = file.readAll();
    PolicyReadResult r = readPolicyText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!r.policy)
        qFatal("%s: %s", qPrintable(path), r.diagnostics.empty() ? "?" : r.diagnostics.front().message.c_str());
    return std::move(*r.policy);
}

QString dataPath(const QString &name)
{
    if (name.startsWith(u"sim/"))
        return QStringLiteral(SPS_TEST_DATA_DIR "/") + name;
    return QStringLiteral(SPS_EXAMPLES_DIR "/") + name;
}

// One line per principal: "LABEL: decision/effective | decision/effective | ..."
QStringList snapshot(const Matrix &m, std::size_t action)
{
    QStringList rows;
    for (std::size_t p = 0; p < m.setup.principals.size(); ++p) {
        QStringList cells;
        for (std::size_t s = 0; s < m.setup.stages.size(); ++s) {
            const Cell &c = m.cell(p, s, action);
            cells << QString::fromLatin1(outcomeName(c.decision)) + u'/'
                         + QString::fromLatin1(outcomeName(c.effectiveDecision));
        }
        rows << q(m.setup.principals[p].label) + QStringLiteral(": ") + cells.join(QStringLiteral(" | "));
    }
    return rows;
}

QStringList stageLabels(const std::vector<SimStage> &stages)
{
    QStringList out;
    for (const SimStage &s : stages)
        out << q(s.label());
    return out;
}

// "TEXT label origin reach", one per row.
QStringList principalSummary(const std::vector<SimPrincipal> &rows)
{
    QStringList out;
    for (const SimPrincipal &p : rows) {
        out << q(principalText(p.principal)) + u' ' + u'[' + q(p.label) + QStringLiteral("] ")
                   + QString::fromLatin1(principalOriginName(p.origin)) + u' '
                   + QString::fromLatin1(reachName(p.reach));
    }
    return out;
}

QString repeat(const QString &cell, int n)
{
    QStringList cells;
    for (int i = 0; i < n; ++i)
        cells << cell;
    return cells.join(QStringLiteral(" | "));
}

} // namespace

class TestMatrix : public QObject
{
    Q_OBJECT

private slots:
    void derivesPrincipals_data();
    void derivesPrincipals();
    void derivesStages_data();
    void derivesStages();
    void exampleMatrix_data();
    void exampleMatrix();
    void actionsWithoutStageOrResource();
    void cellRequestIsTheRequestsMdForm_data();
    void cellRequestIsTheRequestsMdForm();
    void userPrincipalWithIdentityPolicies();
    void setupContextReachesEveryRequest();
    void everyCellAgreesWithEvaluate_data();
    void everyCellAgreesWithEvaluate();
    void randomStagePoliciesAgreeWithEvaluate();
    void threadsGiveTheSameMatrix();
    void parsesSelections_data();
    void parsesSelections();
    void formatsCells();
    void listsContextKeys();
};

void TestMatrix::derivesPrincipals_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("ec2-role") << QStringLiteral("ec2-role-current-version.json") << QString::fromLatin1(secretS)
        << QStringList{
               QStringLiteral("arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets [arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets] named same-account"),
               QStringLiteral("arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session [arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session] role-session same-account"),
               QStringLiteral("arn:aws:iam::123456789012:user/example [another principal in the secret's account] owner-account same-account"),
               QStringLiteral("arn:aws:iam::111122223333:user/example [a principal in another account] other-account public"),
               QStringLiteral("anonymous [anonymous] anonymous public")};
    QTest::addRow("cross-account-user") << QStringLiteral("cross-account-user.json") << QString::fromLatin1(secretS2)
        << QStringList{
               QStringLiteral("arn:aws:iam::123456789012:user/mateo [arn:aws:iam::123456789012:user/mateo] named cross-account"),
               QStringLiteral("arn:aws:iam::444455556666:user/example [another principal in the secret's account] owner-account same-account"),
               QStringLiteral("arn:aws:iam::111122223333:user/example [a principal in another account] other-account public"),
               QStringLiteral("anonymous [anonymous] anonymous public")};
    QTest::addRow("many-principals") << QStringLiteral("sim/many-principals.json") << QString::fromLatin1(secretS)
        << QStringList{
               QStringLiteral("arn:aws:iam::123456789012:role/app/backend/Reader [arn:aws:iam::123456789012:role/app/backend/Reader] named same-account"),
               QStringLiteral("arn:aws:sts::123456789012:assumed-role/Reader/session [arn:aws:sts::123456789012:assumed-role/Reader/session] role-session same-account"),
               QStringLiteral("arn:aws:sts::123456789012:assumed-role/Admin/alice [arn:aws:sts::123456789012:assumed-role/Admin/alice] named same-account"),
               QStringLiteral("arn:aws:iam::555566667777:role/ci-deployer [arn:aws:iam::555566667777:role/ci-deployer] condition cross-account"),
               QStringLiteral("arn:aws:sts::555566667777:assumed-role/ci-deployer/session [arn:aws:sts::555566667777:assumed-role/ci-deployer/session] role-session cross-account"),
               QStringLiteral("arn:aws:iam::444455556666:user/example [a principal in account 444455556666] account cross-account"),
               QStringLiteral("Service:ec2.amazonaws.com [ec2.amazonaws.com] named service"),
               QStringLiteral("arn:aws:iam::123456789012:user/example [another principal in the secret's account] owner-account same-account"),
               QStringLiteral("arn:aws:iam::111122223333:user/example [a principal in another account] other-account public"),
               QStringLiteral("anonymous [anonymous] anonymous public")};
}

void TestMatrix::derivesPrincipals()
{
    QFETCH(QString, policy);
    QFETCH(QString, secret);
    QFETCH(QStringList, expected);
    const Policy p = loadPolicy(dataPath(policy));
    QCOMPARE(principalSummary(derivePrincipals(p, secret.toStdString())), expected);
}

void TestMatrix::derivesStages_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("expected");
    const QStringList aws{QStringLiteral("no stage named"), QStringLiteral("AWSCURRENT"),
                          QStringLiteral("AWSPREVIOUS"), QStringLiteral("AWSPENDING")};
    QTest::addRow("ec2-role") << QStringLiteral("ec2-role-current-version.json") << aws;
    QTest::addRow("no-conditions") << QStringLiteral("user-all-operations.json") << aws;
    // "old-*" is a StringLike pattern, not a label; "green" is mentioned twice.
    QTest::addRow("custom-labels") << QStringLiteral("sim/custom-stages.json")
                                   << aws + QStringList{QStringLiteral("blue"), QStringLiteral("green")};
}

void TestMatrix::derivesStages()
{
    QFETCH(QString, policy);
    QFETCH(QStringList, expected);
    QCOMPARE(stageLabels(deriveStages(loadPolicy(dataPath(policy)))), expected);
}

void TestMatrix::exampleMatrix_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QStringList>("expected");

    const QString id = QStringLiteral("ImplicitlyDenied/ImplicitlyDenied");
    const QString idUnknown = QStringLiteral("ImplicitlyDenied/Unknown");
    const QString allowed = QStringLiteral("Allowed/Allowed");
    const QString allowedUnknown = QStringLiteral("Allowed/Unknown");
    const QString ed = QStringLiteral("ExplicitlyDenied/ExplicitlyDenied");

    // Ex 5-7: the role (and any session of it) reads AWSCURRENT only when it names it; the
    // default call (no stage named) is denied.
    const QString ec2 = idUnknown + QStringLiteral(" | ") + allowed + QStringLiteral(" | ")
                        + idUnknown + QStringLiteral(" | ") + idUnknown;
    QTest::addRow("ec2-role-current-version") << QStringLiteral("ec2-role-current-version.json") << QString::fromLatin1(secretS)
        << QStringList{
               QStringLiteral("arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets: ") + ec2,
               QStringLiteral("arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session: ") + ec2,
               QStringLiteral("another principal in the secret's account: ") + repeat(idUnknown, 4),
               QStringLiteral("a principal in another account: ") + repeat(id, 4),
               QStringLiteral("anonymous: ") + repeat(id, 4)};
    // Ex 1: a direct same-account grant needs no identity policy.
    QTest::addRow("user-all-operations") << QStringLiteral("user-all-operations.json") << QString::fromLatin1(secretS)
        << QStringList{
               QStringLiteral("arn:aws:iam::123456789012:user/anaya: ") + repeat(allowed, 4),
               QStringLiteral("another principal in the secret's account: ") + repeat(idUnknown, 4),
               QStringLiteral("a principal in another account: ") + repeat(id, 4),
               QStringLiteral("anonymous: ") + repeat(id, 4)};
    // Ex 3: cross account, both sides must allow; the identity side is unknown.
    QTest::addRow("cross-account-user") << QStringLiteral("cross-account-user.json") << QString::fromLatin1(secretS2)
        << QStringList{
               QStringLiteral("arn:aws:iam::123456789012:user/mateo: ") + repeat(allowedUnknown, 4),
               QStringLiteral("another principal in the secret's account: ") + repeat(idUnknown, 4),
               QStringLiteral("a principal in another account: ") + repeat(id, 4),
               QStringLiteral("anonymous: ") + repeat(id, 4)};
    // The same policy on a secret of mateo's own account: a direct grant.
    QTest::addRow("cross-account-user-same-account") << QStringLiteral("cross-account-user.json") << QString::fromLatin1(secretS)
        << QStringList{
               QStringLiteral("arn:aws:iam::123456789012:user/mateo: ") + repeat(allowed, 4),
               QStringLiteral("another principal in the secret's account: ") + repeat(idUnknown, 4),
               QStringLiteral("a principal in another account: ") + repeat(id, 4),
               QStringLiteral("anonymous: ") + repeat(id, 4)};
    // Columns: none, AWSCURRENT, AWSPREVIOUS, AWSPENDING, blue, green (denied to everyone).
    const QString app = QStringList{idUnknown, allowed, idUnknown, idUnknown, allowed, ed}.join(QStringLiteral(" | "));
    QTest::addRow("custom-stages") << QStringLiteral("sim/custom-stages.json") << QString::fromLatin1(secretS)
        << QStringList{
               QStringLiteral("arn:aws:iam::123456789012:role/App: ") + app,
               QStringLiteral("arn:aws:sts::123456789012:assumed-role/App/session: ") + app,
               QStringLiteral("another principal in the secret's account: ") + repeat(idUnknown, 5) + QStringLiteral(" | ") + ed,
               QStringLiteral("a principal in another account: ") + repeat(id, 5) + QStringLiteral(" | ") + ed,
               QStringLiteral("anonymous: ") + repeat(id, 5) + QStringLiteral(" | ") + ed};
    // Account entries delegate (Unknown), the aws:PrincipalArn family reaches the named role
    // and its sessions, the service needs no identity policy.
    QTest::addRow("many-principals") << QStringLiteral("sim/many-principals.json") << QString::fromLatin1(secretS)
        << QStringList{
               QStringLiteral("arn:aws:iam::123456789012:role/app/backend/Reader: ") + repeat(allowed, 4),
               QStringLiteral("arn:aws:sts::123456789012:assumed-role/Reader/session: ") + repeat(allowed, 4),
               QStringLiteral("arn:aws:sts::123456789012:assumed-role/Admin/alice: ") + repeat(allowed, 4),
               QStringLiteral("arn:aws:iam::555566667777:role/ci-deployer: ") + repeat(allowedUnknown, 4),
               QStringLiteral("arn:aws:sts::555566667777:assumed-role/ci-deployer/session: ") + repeat(allowedUnknown, 4),
               QStringLiteral("a principal in account 444455556666: ") + repeat(allowedUnknown, 4),
               QStringLiteral("ec2.amazonaws.com: ") + repeat(allowed, 4),
               QStringLiteral("another principal in the secret's account: ") + repeat(allowedUnknown, 4),
               QStringLiteral("a principal in another account: ") + repeat(id, 4),
               QStringLiteral("anonymous: ") + repeat(id, 4)};
}

void TestMatrix::exampleMatrix()
{
    QFETCH(QString, policy);
    QFETCH(QString, secret);
    QFETCH(QStringList, expected);
    const Policy p = loadPolicy(dataPath(policy));
    const CompiledPolicy compiled(p);
    const Matrix m = computeMatrix(compiled, deriveSetup(p, secret.toStdString()));
    QCOMPARE(m.cells.size(), m.setup.principals.size() * m.setup.stages.size());
    QCOMPARE(snapshot(m, 0), expected);
}

void TestMatrix::actionsWithoutStageOrResource()
{
    const Policy p = loadPolicy(dataPath(QStringLiteral("ec2-role-current-version.json")));
    MatrixSetup setup = deriveSetup(p, secretS,
                                    {"secretsmanager:DescribeSecret", "secretsmanager:ListSecrets",
                                     "secretsmanager:GetSecretValue"});
    const Matrix m = computeMatrix(CompiledPolicy(p), setup);
    // DescribeSecret is not granted; it sends no stage, so AWSCURRENT is not special.
    QCOMPARE(snapshot(m, 0).at(1),
             QStringLiteral("arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session: ")
                 + repeat(QStringLiteral("ImplicitlyDenied/Unknown"), 4));
    // ListSecrets takes no secret: the secret policy is not consulted (rule N), even for
    // anonymous callers.
    QCOMPARE(snapshot(m, 1).at(4),
             QStringLiteral("anonymous: ") + repeat(QStringLiteral("ImplicitlyDenied/Unknown"), 4));
    QVERIFY(!actionSendsStage("secretsmanager:DescribeSecret"));
    QVERIFY(actionSendsStage("secretsmanager:GetSecretValue"));
    QVERIFY(actionSendsStage("secretsmanager:UpdateSecretVersionStage"));
    QCOMPARE(q(cellRequest(m.setup, 1, 1, 0).resource), QString::fromLatin1(secretS));
    QVERIFY(cellRequest(m.setup, 1, 1, 0).context.empty());
    QCOMPARE(q(cellRequest(m.setup, 1, 1, 1).resource), QStringLiteral("*"));
    QCOMPARE(cellRequest(m.setup, 1, 1, 2).context.size(), std::size_t(1));
}

void TestMatrix::cellRequestIsTheRequestsMdForm_data()
{
    QTest::addColumn<int>("principal");
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("expected");
    QTest::addRow("session, AWSCURRENT")
        << 1 << 1
        << QStringLiteral(R"({"principal":"arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session",)"
                          R"("action":"secretsmanager:GetSecretValue","resource":"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf",)"
                          R"("context":{"aws:SourceIp":"203.0.113.5","secretsmanager:VersionStage":"AWSCURRENT"}})");
    QTest::addRow("anonymous, no stage named")
        << 4 << 0
        << QStringLiteral(R"({"principal":"anonymous","action":"secretsmanager:GetSecretValue",)"
                          R"("resource":"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf",)"
                          R"("context":{"aws:SourceIp":"203.0.113.5"}})");
}

void TestMatrix::cellRequestIsTheRequestsMdForm()
{
    QFETCH(int, principal);
    QFETCH(int, stage);
    QFETCH(QString, expected);
    const Policy p = loadPolicy(dataPath(QStringLiteral("ec2-role-current-version.json")));
    MatrixSetup setup = deriveSetup(p, secretS);
    // A stage key in the setup's context is replaced by the column's.
    setup.context = {{"aws:SourceIp", {false, {"203.0.113.5"}}},
                     {"secretsmanager:versionstage", {false, {"AWSPENDING"}}}};
    QCOMPARE(q(cellRequestJson(setup, std::size_t(principal), std::size_t(stage), 0)), expected);
    const RequestReadResult back = readRequest(cellRequestJson(setup, std::size_t(principal), std::size_t(stage), 0));
    QVERIFY2(back.request.has_value(), back.error.c_str());
    QCOMPARE(back.request->principal, setup.principals[std::size_t(principal)].principal);
    QCOMPARE(back.request->context, cellRequest(setup, std::size_t(principal), std::size_t(stage), 0).context);
}

void TestMatrix::userPrincipalWithIdentityPolicies()
{
    const Policy p = loadPolicy(dataPath(QStringLiteral("ec2-role-current-version.json")));
    MatrixSetup setup = deriveSetup(p, secretS);
    Result<SimPrincipal> bob = parsePrincipal("arn:aws:iam::123456789012:user/bob", secretS);
    QVERIFY(bob.hasValue());
    QCOMPARE(bob.value().origin, PrincipalOrigin::UserAdded);
    Result<SimPrincipal> withPolicy = withIdentityPolicies(
        bob.value(), {"{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", "
                      "\"Action\": \"secretsmanager:*\", \"Resource\": \"*\"}]\n}"});
    QVERIFY(withPolicy.hasValue());
    setup.principals.push_back(withPolicy.value());
    const Matrix m = computeMatrix(CompiledPolicy(p), setup);
    // Same account: the identity side alone allows, whatever the stage.
    QCOMPARE(snapshot(m, 0).last(),
             QStringLiteral("arn:aws:iam::123456789012:user/bob: ")
                 + repeat(QStringLiteral("ImplicitlyDenied/Allowed"), 4));
    QCOMPARE(q(cellRequestJson(m.setup, 5, 0, 0)),
             QStringLiteral(R"({"principal":"arn:aws:iam::123456789012:user/bob","action":"secretsmanager:GetSecretValue",)"
                            R"("resource":"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf",)"
                            R"("identityPolicies":[{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"secretsmanager:*","Resource":"*"}]}]})"));

    const Result<SimPrincipal> bad = withIdentityPolicies(
        bob.value(), {R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]})"});
    QVERIFY(!bad.hasValue());
    QVERIFY2(bad.error().message.rfind("identity policy: ", 0) == 0, bad.error().message.c_str());
}

void TestMatrix::setupContextReachesEveryRequest()
{
    const char *text = R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
        "Action": "secretsmanager:GetSecretValue", "Resource": "*",
        "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}]})";
    const Policy p = *readPolicyText(text).policy;
    MatrixSetup setup = deriveSetup(p, secretS);
    const CompiledPolicy compiled(p);
    QCOMPARE(computeMatrix(compiled, setup).cell(0, 1, 0).decision, Outcome::ImplicitlyDenied);
    setup.context = {{"aws:SourceIp", {false, {"203.0.113.9"}}}};
    const Matrix m = computeMatrix(compiled, setup);
    for (std::size_t s = 0; s < m.setup.stages.size(); ++s) {
        QCOMPARE(m.cell(0, s, 0).decision, Outcome::Allowed);   // another principal, same account
        QCOMPARE(m.cell(0, s, 0).effectiveDecision, Outcome::Allowed);
        QCOMPARE(m.cell(2, s, 0).decision, Outcome::Allowed);   // anonymous
        QCOMPARE(m.cell(2, s, 0).effectiveDecision, Outcome::ImplicitlyDenied);
    }
}

void TestMatrix::everyCellAgreesWithEvaluate_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("secret");
    for (const char *name : {"ec2-role-current-version.json", "user-all-operations.json",
                             "cross-account-user.json", "sim/custom-stages.json",
                             "sim/many-principals.json", "sim/public-read.json"}) {
        QTest::addRow("%s on S", name) << QString::fromLatin1(name) << QString::fromLatin1(secretS);
        QTest::addRow("%s on S2", name) << QString::fromLatin1(name) << QString::fromLatin1(secretS2);
    }
}

void TestMatrix::everyCellAgreesWithEvaluate()
{
    QFETCH(QString, policy);
    QFETCH(QString, secret);
    const Policy p = loadPolicy(dataPath(policy));
    const CompiledPolicy compiled(p);
    std::vector<std::string> actions;
    for (const data::ActionInfo &info : data::actions())
        actions.push_back("secretsmanager:" + std::string(info.name));
    const Matrix m = computeMatrix(compiled, deriveSetup(p, secret.toStdString(), actions));
    for (std::size_t a = 0; a < m.setup.actions.size(); ++a) {
        for (std::size_t pr = 0; pr < m.setup.principals.size(); ++pr) {
            for (std::size_t s = 0; s < m.setup.stages.size(); ++s) {
                const Decision d = evaluate(p, cellRequest(m.setup, pr, s, a));
                const std::string expected = toJson(d);
                const std::string actual = toJson(m.cell(pr, s, a).toDecision());
                if (expected != actual) {
                    qWarning("%s", cellRequestJson(m.setup, pr, s, a).c_str());
                    QCOMPARE(q(actual), q(expected));
                }
            }
        }
    }
}

namespace {

// A random policy of 1-8 statements whose conditions test the version stage with every kind of
// operator (negated, ...IfExists, ForAnyValue/ForAllValues, Null, a variable naming the key),
// mixed with conditions on other keys before and after the stage pair.
std::string randomStagePolicy(std::mt19937 &random)
{
    const auto pick = [&random](const std::vector<std::string> &from) {
        return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
    };
    const auto chance = [&random](int percent) {
        return std::uniform_int_distribution<int>(0, 99)(random) < percent;
    };
    const std::vector<std::string> principals = {
        R"("*")", R"({"AWS": "*"})", R"({"AWS": "arn:aws:iam::123456789012:role/App"})",
        R"({"AWS": "123456789012"})", R"({"AWS": "arn:aws:iam::444455556666:root"})",
        R"({"AWS": ["arn:aws:iam::123456789012:user/u1", "arn:aws:iam::123456789012:role/Ops"]})"};
    const std::vector<std::string> actions = {
        R"("secretsmanager:GetSecretValue")", R"("secretsmanager:*")", R"("secretsmanager:Get*")",
        R"(["secretsmanager:UpdateSecretVersionStage", "secretsmanager:DescribeSecret"])"};
    const std::vector<std::string> resources = {R"("*")", R"("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????")",
                                                R"("arn:aws:secretsmanager:us-east-1:123456789012:secret:other-*")"};
    const std::vector<std::string> stageOperators = {
        "StringEquals", "StringNotEquals", "StringLike", "StringNotLike", "StringEqualsIfExists",
        "StringNotEqualsIfExists", "StringNotLikeIfExists", "ForAnyValue:StringEquals",
        "ForAnyValue:StringNotEquals", "ForAllValues:StringEquals", "ForAllValues:StringNotLike",
        "ForAnyValue:StringLike", "StringEqualsIgnoreCase"};
    const std::vector<std::string> stageValues = {R"("AWSCURRENT")", R"("AWSPENDING")", R"("blue")",
                                                  R"(["AWSCURRENT", "blue"])", R"("AWS*")", R"("old-*")",
                                                  R"(["AWSPREVIOUS", "green"])"};
    const std::vector<std::string> otherPairs = {
        R"("IpAddress": {"aws:SourceIp": "203.0.113.0/24"})",
        R"("StringEquals": {"aws:PrincipalTag/team": "payments"})",
        R"("StringNotEqualsIfExists": {"aws:PrincipalTag/team": "ops"})",
        R"("StringEquals": {"aws:PrincipalTag/stage": "${secretsmanager:VersionStage}"})",
        R"("Bool": {"aws:SecureTransport": "true"})"};
    std::string out = R"({"Version": "2012-10-17", "Statement": [)";
    const int statements = std::uniform_int_distribution<int>(1, 8)(random);
    for (int i = 0; i < statements; ++i) {
        if (i > 0)
            out += ", ";
        out += R"({"Sid": "S)" + std::to_string(i) + R"(", "Effect": ")" + (chance(30) ? "Deny" : "Allow")
               + R"(", "Principal": )" + pick(principals) + R"(, "Action": )" + pick(actions)
               + R"(, "Resource": )" + pick(resources);
        // Up to three blocks, each with its own operator (JSON keys are unique).
        std::vector<std::string> blocks;
        if (chance(80)) {
            std::string stage = '"' + pick(stageOperators) + R"(": {"secretsmanager:VersionStage": )"
                                + pick(stageValues) + '}';
            if (chance(15))
                stage = R"("Null": {"secretsmanager:VersionStage": ")" + std::string(chance(50) ? "true" : "false") + R"("})";
            blocks.push_back(stage);
        }
        for (int k = 0; k < 2; ++k) {
            if (!chance(45))
                continue;
            const std::string other = pick(otherPairs);
            const std::string op = other.substr(0, other.find(':'));
            const bool clash = std::any_of(blocks.begin(), blocks.end(), [&](const std::string &b) {
                return b.substr(0, b.find(':')) == op;
            });
            if (!clash)
                blocks.insert(chance(50) ? blocks.begin() : blocks.end(), other);
        }
        if (!blocks.empty()) {
            out += R"(, "Condition": {)";
            for (std::size_t b = 0; b < blocks.size(); ++b)
                out += (b > 0 ? ", " : "") + blocks[b];
            out += '}';
        }
        out += '}';
    }
    return out + "]}";
}

} // namespace

// Every cell of matrices of random policies that test the stage equals evaluate() of its
// request: the matrix evaluates a row's statements that do not depend on the stage once, and
// only the rest for each column.
void TestMatrix::randomStagePoliciesAgreeWithEvaluate()
{
    std::mt19937 random(20261207);
    const std::vector<std::string> actions = {"secretsmanager:GetSecretValue",
                                              "secretsmanager:UpdateSecretVersionStage",
                                              "secretsmanager:DescribeSecret"};
    for (int round = 0; round < 150; ++round) {
        const std::string text = randomStagePolicy(random);
        PolicyReadResult read = readPolicyText(text);
        QVERIFY2(read.policy, text.c_str());
        const Policy p = std::move(*read.policy);
        MatrixSetup setup = deriveSetup(p, secretS, actions);
        for (SimPrincipal &row : setup.principals) {
            if (std::uniform_int_distribution<int>(0, 2)(random) == 0)
                row.context.push_back({"aws:PrincipalTag/team", {false, {"payments"}}});
            if (std::uniform_int_distribution<int>(0, 3)(random) == 0)
                row.context.push_back({"aws:PrincipalTag/stage", {false, {"AWSCURRENT"}}});
        }
        setup.context.push_back({"aws:SourceIp", {false, {round % 2 ? "203.0.113.9" : "198.51.100.1"}}});
        setup.stages.push_back({"blue"});
        setup.stages.push_back({"old-7"});
        const CompiledPolicy compiled(p);
        const Matrix m = computeMatrix(compiled, setup, 1);
        for (std::size_t a = 0; a < m.setup.actions.size(); ++a) {
            for (std::size_t pr = 0; pr < m.setup.principals.size(); ++pr) {
                for (std::size_t s = 0; s < m.setup.stages.size(); ++s) {
                    const std::string expected = toJson(evaluate(compiled, cellRequest(m.setup, pr, s, a)));
                    const std::string actual = toJson(m.cell(pr, s, a).toDecision());
                    if (expected != actual) {
                        qWarning("%s\n%s", text.c_str(), cellRequestJson(m.setup, pr, s, a).c_str());
                        QCOMPARE(q(actual), q(expected));
                    }
                }
            }
        }
    }
}

void TestMatrix::threadsGiveTheSameMatrix()
{
    // Large enough (300 × 6 × 23 cells) to be split over threads.
    const Policy p = loadPolicy(dataPath(QStringLiteral("sim/custom-stages.json")));
    std::vector<std::string> actions;
    for (const data::ActionInfo &info : data::actions())
        actions.push_back("secretsmanager:" + std::string(info.name));
    MatrixSetup setup = deriveSetup(p, secretS, actions);
    for (int i = 0; setup.principals.size() < 300; ++i) {
        const std::string who = i % 2 ? "arn:aws:iam::123456789012:user/u" + std::to_string(i)
                                      : "arn:aws:sts::123456789012:assumed-role/App/s" + std::to_string(i);
        setup.principals.push_back(parsePrincipal(who, secretS).value());
    }
    const CompiledPolicy compiled(p);
    const Matrix one = computeMatrix(compiled, setup, 1);
    const Matrix three = computeMatrix(compiled, setup, 3);
    QCOMPARE(one.cells.size(), std::size_t(300 * 6 * 23));
    QVERIFY(one.cells == three.cells);
    // Spot check the last row, computed by the last thread: a session of App reads "blue".
    QCOMPARE(three.cell(299, 4, 8).decision, Outcome::Allowed);
    QCOMPARE(q(three.setup.actions[8]), QStringLiteral("secretsmanager:GetSecretValue"));
}

void TestMatrix::parsesSelections_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // items joined by '|', or "error: ..."
    QTest::addRow("actions short and any case") << "actions" << "GetSecretValue, describesecret"
        << "secretsmanager:GetSecretValue|secretsmanager:DescribeSecret";
    QTest::addRow("actions duplicates") << "actions" << "secretsmanager:GetSecretValue,GetSecretValue"
        << "secretsmanager:GetSecretValue";
    QTest::addRow("actions typo") << "actions" << "GetSecretValu"
        << "error: unknown action `GetSecretValu`; did you mean `secretsmanager:GetSecretValue`?";
    QTest::addRow("actions empty") << "actions" << " , " << "error: no action given";
    QTest::addRow("stages") << "stages" << "-,AWSCURRENT,awscurrent" << "no stage named|AWSCURRENT|awscurrent";
    QTest::addRow("stages derived") << "stages" << "blue,derived"
        << "blue|no stage named|AWSCURRENT|AWSPREVIOUS|AWSPENDING";
    QTest::addRow("principals") << "principals"
        << "anonymous,444455556666,ec2.amazonaws.com,Federated:cognito-identity.amazonaws.com,arn:aws:iam::123456789012:user/bob"
        << "anonymous|arn:aws:iam::444455556666:user/example|Service:ec2.amazonaws.com|"
           "Federated:cognito-identity.amazonaws.com|arn:aws:iam::123456789012:user/bob";
    QTest::addRow("principals derived") << "principals" << "derived,anonymous"
        << "arn:aws:iam::123456789012:user/anaya|arn:aws:iam::123456789012:user/example|"
           "arn:aws:iam::111122223333:user/example|anonymous";
    QTest::addRow("principals not one") << "principals" << "bob"
        << "error: `bob` is not a principal: give an ARN, an account id, a service name "
           "(NAME.amazonaws.com) or `anonymous`";
    QTest::addRow("context") << "context" << R"({"aws:SourceIp": "203.0.113.5", "aws:MultiFactorAuthAge": 30, "aws:TagKeys": ["a", true]})"
        << "aws:SourceIp=203.0.113.5|aws:MultiFactorAuthAge=30|aws:TagKeys=[a,true]";
    QTest::addRow("context not object") << "context" << "[1]" << "error: context: expected a JSON object, not array";
    QTest::addRow("context nested") << "context" << R"({"k": {"a": 1}})"
        << "error: context: the value of `k` must be a string, number, boolean or an array of those";
}

void TestMatrix::parsesSelections()
{
    QFETCH(QString, kind);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Policy p = loadPolicy(dataPath(QStringLiteral("user-all-operations.json")));
    const std::string text = input.toStdString();
    QStringList items;
    QString error;
    if (kind == u"actions") {
        const auto r = parseActionList(text);
        if (r)
            for (const std::string &a : r.value())
                items << q(a);
        else
            error = q(r.error().message);
    } else if (kind == u"stages") {
        const auto r = parseStageList(text, p);
        if (r)
            items = stageLabels(r.value());
        else
            error = q(r.error().message);
    } else if (kind == u"principals") {
        const auto r = parsePrincipalList(text, p, secretS);
        if (r)
            for (const SimPrincipal &sp : r.value())
                items << q(principalText(sp.principal));
        else
            error = q(r.error().message);
    } else {
        const auto r = parseContextJson(text);
        if (r) {
            for (const ContextEntry &e : r.value()) {
                QStringList values;
                for (const std::string &v : e.value.values)
                    values << q(v);
                items << q(e.key) + u'='
                             + (e.value.isList ? u'[' + values.join(u',') + u']' : values.join(u','));
            }
        } else {
            error = q(r.error().message);
        }
    }
    QCOMPARE(error.isEmpty() ? items.join(u'|') : QStringLiteral("error: ") + error, expected);
}

void TestMatrix::formatsCells()
{
    Cell c;
    c.decision = Outcome::Allowed;
    c.effectiveDecision = Outcome::Unknown;
    QCOMPARE(q(cellText(c)), QStringLiteral("Allowed / Unknown"));
    c.decision = Outcome::ExplicitlyDenied;
    c.effectiveDecision = Outcome::ExplicitlyDenied;
    QCOMPARE(q(cellText(c)), QStringLiteral("Denied (explicit)"));
    c.decision = Outcome::ImplicitlyDenied;
    c.effectiveDecision = Outcome::Allowed;
    QCOMPARE(q(cellText(c)), QStringLiteral("Denied (implicit) / Allowed"));
}

void TestMatrix::listsContextKeys()
{
    const char *text = R"({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": "secretsmanager:GetSecretValue",
         "Resource": "arn:aws:secretsmanager:*:*:secret:${aws:username}-${*}",
         "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"},
                       "ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/App"},
                       "ForAnyValue:StringEquals": {"secretsmanager:versionstage": "AWSCURRENT"}}},
        {"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*",
         "Condition": {"StringNotEquals": {"aws:ResourceTag/team": "${aws:PrincipalTag/team, 'none'}",
                                           "AWS:SOURCEIP": "x"}}}]})";
    const Policy p = *readPolicyText(text).policy;
    const std::vector<ContextEntry> given{{"aws:sourceip", {false, {"10.1.2.3"}}}};
    QStringList keys;
    for (const ContextKeyUse &use : contextKeyUses({&p}, given))
        keys << q(use.key) + u' ' + QString::fromLatin1(keySourceName(use.source))
                    + (use.inVariable ? QStringLiteral(" variable") : QString());
    QCOMPARE(keys, QStringList({QStringLiteral("aws:SourceIp given"),
                                QStringLiteral("aws:PrincipalArn derived"),
                                QStringLiteral("secretsmanager:versionstage stage"),
                                QStringLiteral("aws:ResourceTag/team absent"),
                                QStringLiteral("aws:username derived variable"),
                                QStringLiteral("aws:PrincipalTag/team absent variable")}));
}

QTEST_GUILESS_MAIN(TestMatrix)
#include "tst_matrix.moc"
