// Tests of the policy comparison: how one cell's access moves (New / Removed / Unchanged), the
// union of both policies' rows and columns, and whole reports (gained, lost, unchanged) in
// their order: New before Removed, the public and cross-account principals first.
#include "sim/derive.h"
#include "sim/policydiff.h"

#include "eval/evaluator.h"
#include "policy/policyreader.h"

#include <QtTest>

#include <string>

using namespace engine;
using namespace engine::sim;

Q_DECLARE_METATYPE(engine::Outcome)
Q_DECLARE_METATYPE(engine::sim::AccessChange)

namespace {

constexpr const char *secretS = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

Policy loadPolicy(const QString &name)
{
    const QString path = name.startsWith(u"sim/") ? QStringLiteral(SPS_TEST_DATA_DIR "/") + name
                                                  : QStringLiteral(SPS_EXAMPLES_DIR "/") + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QByteArray bytes = file.readAll();
    PolicyReadResult r = readPolicyText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!r.policy)
        qFatal("%s does not read", qPrintable(path));
    return std::move(*r.policy);
}

PolicyDiff diff(const QString &before, const QString &after, std::vector<std::string> actions)
{
    const Policy a = loadPolicy(before);
    const Policy b = loadPolicy(after);
    return diffPolicies(CompiledPolicy(a), CompiledPolicy(b),
                        diffSetup(a, b, secretS, std::move(actions)));
}

// "CHANGE reach LABEL action-name STAGE", for the cells a report lists (all with `all`).
QStringList listing(const PolicyDiff &d, bool all = false)
{
    QStringList out;
    for (const CellDiff &c : d.cells) {
        if (c.change == AccessChange::Unchanged && !all)
            continue;
        const SimPrincipal &p = d.setup.principals[c.principal];
        QString action = q(d.setup.actions[c.action]);
        action.remove(QStringLiteral("secretsmanager:"));
        out << QString::fromLatin1(accessChangeName(c.change)) + u' '
                   + QString::fromLatin1(reachName(p.reach)) + u' ' + q(p.label) + u' ' + action
                   + u' ' + (c.stageApplies ? q(d.setup.stages[c.stage].label()) : QStringLiteral("(any)"));
    }
    return out;
}

QStringList rows(const QString &prefix, const QString &label, const QStringList &stages)
{
    QStringList out;
    for (const QString &s : stages)
        out << prefix + u' ' + label + QStringLiteral(" GetSecretValue ") + s;
    return out;
}

const QStringList allStages{QStringLiteral("no stage named"), QStringLiteral("AWSCURRENT"),
                            QStringLiteral("AWSPREVIOUS"), QStringLiteral("AWSPENDING")};
const QStringList notCurrent{QStringLiteral("no stage named"), QStringLiteral("AWSPREVIOUS"),
                             QStringLiteral("AWSPENDING")};

} // namespace

class TestPolicyDiff : public QObject
{
    Q_OBJECT

private slots:
    void comparesCells_data();
    void comparesCells();
    void gainedAccessListsThePublicFirst();
    void lostAccess();
    void unchangedPolicy();
    void unionOfRowsAndColumns();
    void actionWithoutStageIsComparedOnce();
};

void TestPolicyDiff::comparesCells_data()
{
    QTest::addColumn<Outcome>("beforeDecision");
    QTest::addColumn<Outcome>("beforeEffective");
    QTest::addColumn<Outcome>("afterDecision");
    QTest::addColumn<Outcome>("afterEffective");
    QTest::addColumn<AccessChange>("expected");
    using O = Outcome;
    using C = AccessChange;
    QTest::addRow("effective becomes allowed") << O::ImplicitlyDenied << O::Unknown << O::Allowed << O::Allowed << C::New;
    QTest::addRow("policy starts to grant another account") << O::ImplicitlyDenied << O::ImplicitlyDenied << O::Allowed << O::Unknown << C::New;
    QTest::addRow("policy starts to grant anonymous") << O::ImplicitlyDenied << O::ImplicitlyDenied << O::Allowed << O::ImplicitlyDenied << C::New;
    QTest::addRow("grant removed") << O::Allowed << O::Allowed << O::ImplicitlyDenied << O::Unknown << C::Removed;
    QTest::addRow("now explicitly denied") << O::ImplicitlyDenied << O::Allowed << O::ExplicitlyDenied << O::ExplicitlyDenied << C::Removed;
    QTest::addRow("implicit to explicit deny") << O::ImplicitlyDenied << O::ImplicitlyDenied << O::ExplicitlyDenied << O::ExplicitlyDenied << C::Unchanged;
    QTest::addRow("still allowed") << O::Allowed << O::Allowed << O::Allowed << O::Allowed << C::Unchanged;
    QTest::addRow("unknown stays unknown") << O::ImplicitlyDenied << O::Unknown << O::ImplicitlyDenied << O::Unknown << C::Unchanged;
    QTest::addRow("a gain wins over a loss") << O::Allowed << O::Unknown << O::ImplicitlyDenied << O::Allowed << C::New;
}

void TestPolicyDiff::comparesCells()
{
    QFETCH(Outcome, beforeDecision);
    QFETCH(Outcome, beforeEffective);
    QFETCH(Outcome, afterDecision);
    QFETCH(Outcome, afterEffective);
    QFETCH(AccessChange, expected);
    Cell before;
    before.decision = beforeDecision;
    before.effectiveDecision = beforeEffective;
    Cell after;
    after.decision = afterDecision;
    after.effectiveDecision = afterEffective;
    QCOMPARE(compareCells(before, after), expected);
}

void TestPolicyDiff::gainedAccessListsThePublicFirst()
{
    // Adding "Principal": "*" to the EC2 role example opens the secret to everyone.
    const PolicyDiff d = diff(QStringLiteral("ec2-role-current-version.json"),
                              QStringLiteral("sim/public-read.json"),
                              {"secretsmanager:GetSecretValue"});
    QStringList expected;
    expected << rows(QStringLiteral("New public"), QStringLiteral("a principal in another account"), allStages)
             << rows(QStringLiteral("New public"), QStringLiteral("anonymous"), allStages)
             << rows(QStringLiteral("New same-account"), QStringLiteral("arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets"), notCurrent)
             << rows(QStringLiteral("New same-account"), QStringLiteral("arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session"), notCurrent)
             << rows(QStringLiteral("New same-account"), QStringLiteral("another principal in the secret's account"), allStages);
    QCOMPARE(listing(d), expected);
    QCOMPARE(d.count(AccessChange::New), std::size_t(18));
    QCOMPARE(d.count(AccessChange::Removed), std::size_t(0));
    QCOMPARE(d.count(AccessChange::Unchanged), std::size_t(2));
    QVERIFY(d.gainedAccess());
    // The anonymous cell: the policy now grants, Secrets Manager still refuses unsigned calls.
    const CellDiff &anonymous = d.cells[4];
    QCOMPARE(anonymous.before.decision, Outcome::ImplicitlyDenied);
    QCOMPARE(anonymous.after.decision, Outcome::Allowed);
    QCOMPARE(anonymous.after.effectiveDecision, Outcome::ImplicitlyDenied);
    QCOMPARE(anonymous.after.matched.size(), std::size_t(1));
    QCOMPARE(anonymous.after.matched[0].sid, std::optional<std::string>("Oops"));
}

void TestPolicyDiff::lostAccess()
{
    const PolicyDiff d = diff(QStringLiteral("sim/public-read.json"),
                              QStringLiteral("ec2-role-current-version.json"),
                              {"secretsmanager:GetSecretValue"});
    QStringList expected;
    expected << rows(QStringLiteral("Removed public"), QStringLiteral("a principal in another account"), allStages)
             << rows(QStringLiteral("Removed public"), QStringLiteral("anonymous"), allStages)
             << rows(QStringLiteral("Removed same-account"), QStringLiteral("arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets"), notCurrent)
             << rows(QStringLiteral("Removed same-account"), QStringLiteral("arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session"), notCurrent)
             << rows(QStringLiteral("Removed same-account"), QStringLiteral("another principal in the secret's account"), allStages);
    QCOMPARE(listing(d), expected);
    QVERIFY(!d.gainedAccess());
    QCOMPARE(d.count(AccessChange::Unchanged), std::size_t(2));
    // Unchanged cells come last.
    QCOMPARE(listing(d, true).mid(18),
             QStringList({QStringLiteral("Unchanged same-account arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets GetSecretValue AWSCURRENT"),
                          QStringLiteral("Unchanged same-account arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session GetSecretValue AWSCURRENT")}));
}

void TestPolicyDiff::unchangedPolicy()
{
    const PolicyDiff d = diff(QStringLiteral("sim/many-principals.json"),
                              QStringLiteral("sim/many-principals.json"), secretActions());
    QVERIFY(listing(d).isEmpty());
    QVERIFY(!d.gainedAccess());
    // 10 principals: 4 stages for GetSecretValue and UpdateSecretVersionStage, one column for
    // the other 18 actions that take a secret.
    QCOMPARE(d.cells.size(), std::size_t(10 * (2 * 4 + 18)));
    QCOMPARE(d.count(AccessChange::Unchanged), d.cells.size());
}

void TestPolicyDiff::unionOfRowsAndColumns()
{
    const Policy a = loadPolicy(QStringLiteral("ec2-role-current-version.json"));
    const Policy b = loadPolicy(QStringLiteral("sim/custom-stages.json"));
    const MatrixSetup setup = diffSetup(a, b, secretS, {"secretsmanager:GetSecretValue"});
    QStringList labels;
    for (const SimPrincipal &p : setup.principals)
        labels << q(p.label);
    QCOMPARE(labels, QStringList({QStringLiteral("arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets"),
                                  QStringLiteral("arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session"),
                                  QStringLiteral("arn:aws:iam::123456789012:role/App"),
                                  QStringLiteral("arn:aws:sts::123456789012:assumed-role/App/session"),
                                  QStringLiteral("another principal in the secret's account"),
                                  QStringLiteral("a principal in another account"),
                                  QStringLiteral("anonymous")}));
    QStringList stages;
    for (const SimStage &s : setup.stages)
        stages << q(s.label());
    QCOMPARE(stages, allStages + QStringList({QStringLiteral("blue"), QStringLiteral("green")}));

    const PolicyDiff d = diffPolicies(CompiledPolicy(a), CompiledPolicy(b), setup);
    // The EC2 role loses AWSCURRENT; App gains AWSCURRENT and blue; green is denied to all.
    QCOMPARE(listing(d),
             QStringList({QStringLiteral("New same-account arn:aws:iam::123456789012:role/App GetSecretValue AWSCURRENT"),
                          QStringLiteral("New same-account arn:aws:iam::123456789012:role/App GetSecretValue blue"),
                          QStringLiteral("New same-account arn:aws:sts::123456789012:assumed-role/App/session GetSecretValue AWSCURRENT"),
                          QStringLiteral("New same-account arn:aws:sts::123456789012:assumed-role/App/session GetSecretValue blue"),
                          QStringLiteral("Removed same-account arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets GetSecretValue AWSCURRENT"),
                          QStringLiteral("Removed same-account arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session GetSecretValue AWSCURRENT")}));
}

void TestPolicyDiff::actionWithoutStageIsComparedOnce()
{
    const PolicyDiff d = diff(QStringLiteral("ec2-role-current-version.json"),
                              QStringLiteral("user-all-operations.json"),
                              {"secretsmanager:DescribeSecret"});
    QCOMPARE(d.cells.size(), d.setup.principals.size());
    QCOMPARE(listing(d), QStringList({QStringLiteral("New same-account arn:aws:iam::123456789012:user/anaya DescribeSecret (any)")}));
    for (const CellDiff &c : d.cells)
        QVERIFY(!c.stageApplies);
}

QTEST_GUILESS_MAIN(TestPolicyDiff)
#include "tst_policydiff.moc"
