// AccessDiffModel: the changed cells of a policy pair that gains and loses access, row by row
// in the diff's order, the roles, the summary and resets, with QAbstractItemModelTester
// attached before filling.
#include "accessdiffmodel.h"

#include "policy/policyreader.h"
#include "sim/derive.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using engine::sim::AccessChange;
using model::AccessDiffModel;

namespace {

const char *const secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:example-AbCdEf";

// Anyone in account 444455556666 could read the current version; now only AWSPREVIOUS, and
// everyone (anonymous included) may read the pending one.
const char *const before = R"({"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
   "Action": "secretsmanager:GetSecretValue", "Resource": "*",
   "Condition": {"StringEquals": {"secretsmanager:VersionStage": "AWSCURRENT"}}}]})";
const char *const after = R"({"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
   "Action": "secretsmanager:GetSecretValue", "Resource": "*",
   "Condition": {"StringEquals": {"secretsmanager:VersionStage": "AWSPREVIOUS"}}},
  {"Effect": "Allow", "Principal": "*",
   "Action": "secretsmanager:GetSecretValue", "Resource": "*",
   "Condition": {"StringEquals": {"secretsmanager:VersionStage": "AWSPENDING"}}}]})";

engine::CompiledPolicy compile(const char *text)
{
    engine::PolicyReadResult read = engine::readPolicyText(text);
    if (!read.policy)
        qFatal("test policy does not parse");
    return engine::CompiledPolicy(std::move(*read.policy));
}

engine::sim::PolicyDiff diffOf(const char *beforeText, const char *afterText)
{
    const engine::CompiledPolicy b = compile(beforeText);
    const engine::CompiledPolicy a = compile(afterText);
    engine::sim::MatrixSetup setup = engine::sim::diffSetup(
        b.policy(), a.policy(), secretArn, {std::string(engine::sim::defaultAction)});
    return engine::sim::diffPolicies(b, a, std::move(setup));
}

QStringList rows(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestAccessDiffModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldListGainedThenLostAccessPublicFirst();
    void shouldCarryTypedRoles();
    void shouldHaveHeaders_data();
    void shouldHaveHeaders();
    void shouldResetOnClear();
    void shouldBeEmptyForEqualPolicies();
};

void TestAccessDiffModel::shouldListGainedThenLostAccessPublicFirst()
{
    AccessDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDiff(diffOf(before, after));
    QCOMPARE(model.columnCount(), 6);
    // New before Removed; within New the public rows (an unnamed account, anonymous callers)
    // before the named account and the secret's own account.
    const QString get = QStringLiteral("|secretsmanager:GetSecretValue|");
    const QString account = QStringLiteral("a principal in account 444455556666");
    QCOMPARE(rows(model),
             (QStringList{
                 QStringLiteral("a principal in another account|AWSPENDING") + get
                     + QStringLiteral("Denied (implicit)|Unknown · policy: Allowed|New"),
                 QStringLiteral("anonymous|AWSPENDING") + get
                     + QStringLiteral("Denied (implicit)|Denied (implicit) · policy: Allowed|New"),
                 account + QStringLiteral("|AWSPREVIOUS") + get
                     + QStringLiteral("Denied (implicit)|Unknown · policy: Allowed|New"),
                 account + QStringLiteral("|AWSPENDING") + get
                     + QStringLiteral("Denied (implicit)|Unknown · policy: Allowed|New"),
                 QStringLiteral("another principal in the secret's account|AWSPENDING") + get
                     + QStringLiteral("Unknown · policy: Denied (implicit)|Allowed|New"),
                 account + QStringLiteral("|AWSCURRENT") + get
                     + QStringLiteral("Unknown · policy: Allowed|Denied (implicit)|Removed"),
             }));
    QCOMPARE(model.count(AccessChange::New), std::size_t{5});
    QCOMPARE(model.count(AccessChange::Removed), std::size_t{1});
    QCOMPARE(model.index(0, 0).data(AccessDiffModel::ReachRole),
             QVariant(static_cast<int>(engine::sim::Reach::Public)));
    QCOMPARE(model.index(1, 0).data(AccessDiffModel::ReachRole),
             QVariant(static_cast<int>(engine::sim::Reach::Public)));
    QCOMPARE(model.index(2, 0).data(AccessDiffModel::ReachRole),
             QVariant(static_cast<int>(engine::sim::Reach::CrossAccount)));
    QCOMPARE(model.summary(),
             QStringLiteral("5 gained, 1 removed, %1 unchanged")
                 .arg(model.count(AccessChange::Unchanged)));
}

void TestAccessDiffModel::shouldCarryTypedRoles()
{
    AccessDiffModel model;
    model.setDiff(diffOf(before, after));
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, AccessDiffModel::ChangeColumn).data(AccessDiffModel::ChangeRole),
             QVariant(static_cast<int>(AccessChange::Removed)));
    QCOMPARE(model.index(last, 0).data(AccessDiffModel::ReachRole),
             QVariant(static_cast<int>(engine::sim::Reach::CrossAccount)));
    QCOMPARE(model.index(last, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("a principal in account 444455556666 (cross-account)"));
    QVERIFY(
        model.index(last, AccessDiffModel::ChangeColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(last, 0).data(Qt::FontRole).isValid());
    // The explanations: the lost stage matched the statement before and nothing after.
    const QString was
        = model.index(last, AccessDiffModel::BeforeColumn).data(Qt::ToolTipRole).toString();
    const QString now
        = model.index(last, AccessDiffModel::AfterColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(was.contains(QStringLiteral("Statement 0 allows")), qPrintable(was));
    QVERIFY2(!now.isEmpty() && !now.contains(QStringLiteral("allows")), qPrintable(now));
}

void TestAccessDiffModel::shouldHaveHeaders_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("header");
    QTest::addRow("principal") << int(AccessDiffModel::PrincipalColumn)
                               << QStringLiteral("Principal");
    QTest::addRow("stage") << int(AccessDiffModel::StageColumn) << QStringLiteral("Stage");
    QTest::addRow("action") << int(AccessDiffModel::ActionColumn) << QStringLiteral("Action");
    QTest::addRow("before") << int(AccessDiffModel::BeforeColumn) << QStringLiteral("Before");
    QTest::addRow("after") << int(AccessDiffModel::AfterColumn) << QStringLiteral("After");
    QTest::addRow("change") << int(AccessDiffModel::ChangeColumn) << QStringLiteral("Change");
}

void TestAccessDiffModel::shouldHaveHeaders()
{
    QFETCH(int, column);
    QFETCH(QString, header);
    AccessDiffModel model;
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), header);
}

void TestAccessDiffModel::shouldResetOnClear()
{
    AccessDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(!model.hasDiff());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setDiff(diffOf(before, after));
    QVERIFY(model.hasDiff());
    QVERIFY(model.rowCount() > 0);
    model.clear();
    QCOMPARE(resets.count(), 2);
    QVERIFY(!model.hasDiff());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.summary(), QStringLiteral("0 gained, 0 removed, 0 unchanged"));
}

void TestAccessDiffModel::shouldBeEmptyForEqualPolicies()
{
    AccessDiffModel model;
    model.setDiff(diffOf(before, before));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.count(AccessChange::Unchanged) > 0);
    QCOMPARE(model.summary(),
             QStringLiteral("0 gained, 0 removed, %1 unchanged")
                 .arg(model.count(AccessChange::Unchanged)));
}

QTEST_GUILESS_MAIN(TestAccessDiffModel)
#include "tst_accessdiffmodel.moc"
