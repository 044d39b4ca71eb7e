// AccessMatrixModel: the EC2RoleToAccessSecrets example asserted cell by cell, the roles,
// headers, stale marking and resets, with QAbstractItemModelTester attached before filling.
#include "accessmatrixmodel.h"

#include "policy/policyreader.h"
#include "sim/derive.h"

#include "../common/testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using engine::Outcome;
using model::AccessMatrixModel;

using testsupport::rowOf;

namespace {

const char *const secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:example-AbCdEf";
const char *const role = "arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets";

engine::sim::Matrix matrixForText(const QByteArray &text,
                                  const std::vector<std::string> &actions = {
                                      std::string(engine::sim::defaultAction)})
{
    engine::PolicyReadResult read
        = engine::readPolicyText(std::string_view(text.constData(), std::size_t(text.size())));
    if (!read.policy)
        return {};
    engine::sim::MatrixSetup setup = engine::sim::deriveSetup(*read.policy, secretArn, actions);
    return engine::sim::computeMatrix(engine::CompiledPolicy(std::move(*read.policy)),
                                      std::move(setup));
}

QString rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells.append(model.index(row, c).data().toString());
    return cells.join(QLatin1Char('|'));
}

engine::sim::Matrix matrixFor(const QString &file,
                              const std::vector<std::string> &actions = {
                                  std::string(engine::sim::defaultAction)})
{
    QFile f(QStringLiteral(SPS_EXAMPLES_DIR "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return matrixForText(f.readAll(), actions);
}

std::vector<std::string> toStd(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

} // namespace

class TestAccessMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowStagesAsColumns();
    void shouldAnswerEc2RoleCellByCell_data();
    void shouldAnswerEc2RoleCellByCell();
    void shouldGiveTypedRoles();
    void shouldDescribePrincipalsInTooltips();
    void shouldShowPolicyDecisionWhenItDiffers();
    void shouldGreyStaleResults();
    void shouldResetOnSetMatrix();
    void shouldAgreeWithCliEval_data();
    void shouldAgreeWithCliEval();
    void shouldShowOneActionOfASharedMatrix();
};

void TestAccessMatrixModel::shouldShowStagesAsColumns()
{
    AccessMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setMatrix(matrixFor(QStringLiteral("ec2-role-current-version.json")));
    QStringList stages;
    for (int c = 0; c < model.columnCount(); ++c)
        stages.append(model.headerData(c, Qt::Horizontal).toString());
    QCOMPARE(stages,
             (QStringList{QStringLiteral("no stage named"),
                          QStringLiteral("AWSCURRENT"),
                          QStringLiteral("AWSPREVIOUS"),
                          QStringLiteral("AWSPENDING")}));
    QVERIFY(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("AWSCURRENT")));
}

void TestAccessMatrixModel::shouldAnswerEc2RoleCellByCell_data()
{
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("cells");     // no stage named|AWSCURRENT|AWSPREVIOUS|AWSPENDING
    QTest::addColumn<QString>("decisions"); // the secret policy's own decisions

    // The policy allows the role only AWSCURRENT; elsewhere it denies implicitly, and the
    // role's identity policies (unknown here) could still allow within the account.
    const QString partial = QStringLiteral("Unknown · policy: Denied (implicit)");

    const QString role_ = QString::fromLatin1(role);
    const QString roleCells
        = QStringList{partial, QStringLiteral("Allowed"), partial, partial}.join(QLatin1Char('|'));
    const QString roleDecisions = QStringLiteral("ImplicitlyDenied|Allowed|ImplicitlyDenied|"
                                                 "ImplicitlyDenied");
    const QString noneCells = QStringLiteral("Denied (implicit)|Denied (implicit)|"
                                             "Denied (implicit)|Denied (implicit)");
    const QString noneDecisions = QStringLiteral("ImplicitlyDenied|ImplicitlyDenied|"
                                                 "ImplicitlyDenied|ImplicitlyDenied");
    QTest::addRow("role") << role_ << roleCells << roleDecisions;
    QTest::addRow("session of the role")
        << QStringLiteral("arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session")
        << roleCells << roleDecisions;
    QTest::addRow("another principal in the account")
        << QStringLiteral("another principal in the secret's account")
        << QStringList(4, partial).join(QLatin1Char('|')) << noneDecisions;
    QTest::addRow("another account")
        << QStringLiteral("a principal in another account") << noneCells << noneDecisions;
    QTest::addRow("anonymous") << QStringLiteral("anonymous") << noneCells << noneDecisions;
}

void TestAccessMatrixModel::shouldAnswerEc2RoleCellByCell()
{
    QFETCH(QString, principal);
    QFETCH(QString, cells);
    QFETCH(QString, decisions);
    AccessMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(matrixFor(QStringLiteral("ec2-role-current-version.json")));
    const int row = rowOf(model, principal);
    QVERIFY2(row >= 0, qPrintable(principal));
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(rowTexts(model, row), cells);
    QStringList names;
    for (int c = 0; c < model.columnCount(); ++c) {
        names.append(QString::fromLatin1(engine::outcomeName(
            model.index(row, c).data(AccessMatrixModel::DecisionRole).value<Outcome>())));
    }
    QCOMPARE(names.join(QLatin1Char('|')), decisions);
}

void TestAccessMatrixModel::shouldGiveTypedRoles()
{
    AccessMatrixModel model;
    model.setMatrix(matrixFor(QStringLiteral("ec2-role-current-version.json")));
    const int row = rowOf(model, QString::fromLatin1(role));
    QVERIFY(row >= 0);
    const QModelIndex current = model.index(row, 1);
    const QModelIndex previous = model.index(row, 2);
    QCOMPARE(current.data(AccessMatrixModel::DecisionRole).value<Outcome>(), Outcome::Allowed);
    QCOMPARE(current.data(AccessMatrixModel::EffectiveDecisionRole).value<Outcome>(),
             Outcome::Allowed);
    QCOMPARE(previous.data(AccessMatrixModel::DecisionRole).value<Outcome>(),
             Outcome::ImplicitlyDenied);
    QCOMPARE(current.data(AccessMatrixModel::MatchedRole).value<QList<int>>(), QList<int>{0});
    QCOMPARE(previous.data(AccessMatrixModel::MatchedRole).value<QList<int>>(), QList<int>{});
    QVERIFY(!current.data(AccessMatrixModel::ExplainRole).toString().isEmpty());
    QCOMPARE(current.data(Qt::ToolTipRole).toString(),
             current.data(AccessMatrixModel::ExplainRole).toString());
    QVERIFY(!current.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(current.data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(current.data(Qt::BackgroundRole) != previous.data(Qt::BackgroundRole));

    // The request is the one `secret-policy eval` takes for this cell.
    const QJsonObject request
        = QJsonDocument::fromJson(
              current.data(AccessMatrixModel::RequestJsonRole).toString().toUtf8())
              .object();
    QCOMPARE(request.value(QStringLiteral("principal")).toString(), QString::fromLatin1(role));
    QCOMPARE(request.value(QStringLiteral("action")).toString(),
             QStringLiteral("secretsmanager:GetSecretValue"));
    QCOMPARE(request.value(QStringLiteral("resource")).toString(), QString::fromLatin1(secretArn));
    QCOMPARE(request.value(QStringLiteral("context"))
                 .toObject()
                 .value(QStringLiteral("secretsmanager:VersionStage"))
                 .toString(),
             QStringLiteral("AWSCURRENT"));
    const QJsonObject noStage
        = QJsonDocument::fromJson(
              model.index(row, 0).data(AccessMatrixModel::RequestJsonRole).toString().toUtf8())
              .object();
    QVERIFY(!noStage.value(QStringLiteral("context"))
                 .toObject()
                 .contains(QStringLiteral("secretsmanager:VersionStage")));
}

void TestAccessMatrixModel::shouldDescribePrincipalsInTooltips()
{
    AccessMatrixModel model;
    model.setMatrix(matrixFor(QStringLiteral("ec2-role-current-version.json")));
    const int row = rowOf(model, QStringLiteral("anonymous"));
    QVERIFY(row >= 0);
    QCOMPARE(model.headerData(row, Qt::Vertical, Qt::ToolTipRole).toString(),
             QStringLiteral("anonymous\nWhy listed: an unsigned caller\nReach: public"));
}

void TestAccessMatrixModel::shouldShowPolicyDecisionWhenItDiffers()
{
    engine::sim::Cell cell;
    cell.decision = Outcome::Allowed;
    cell.effectiveDecision = Outcome::Unknown;
    QCOMPARE(AccessMatrixModel::cellText(cell), QStringLiteral("Unknown · policy: Allowed"));
    cell.decision = Outcome::ExplicitlyDenied;
    cell.effectiveDecision = Outcome::ExplicitlyDenied;
    QCOMPARE(AccessMatrixModel::cellText(cell), QStringLiteral("Denied (explicit)"));

    // A cross-account principal: the policy allows, the identity side is unknown.
    AccessMatrixModel model;
    model.setMatrix(matrixForText(R"({"Version": "2012-10-17", "Statement": {"Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::444455556666:user/bob"},
        "Action": "secretsmanager:GetSecretValue", "Resource": "*"}})"));
    const int row = rowOf(model, QStringLiteral("arn:aws:iam::444455556666:user/bob"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 1).data().toString(), QStringLiteral("Unknown · policy: Allowed"));
    QCOMPARE(model.index(row, 1).data(AccessMatrixModel::EffectiveDecisionRole).value<Outcome>(),
             Outcome::Unknown);
}

void TestAccessMatrixModel::shouldGreyStaleResults()
{
    AccessMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(matrixFor(QStringLiteral("ec2-role-current-version.json")));
    const qint64 freshIcon = model.index(0, 1).data(Qt::DecorationRole).value<QIcon>().cacheKey();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStale(true);
    const QIcon staleIcon = model.index(0, 1).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!staleIcon.isNull());
    QVERIFY(staleIcon.cacheKey() != freshIcon);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.isStale());
    QVERIFY(!model.index(0, 1).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(0, 1).data(Qt::ForegroundRole).value<QColor>().isValid());
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Allowed"));
    model.setStale(true);
    QCOMPARE(changed.count(), 1);
    model.setMatrix(model.matrix());
    QVERIFY(!model.isStale());
}

void TestAccessMatrixModel::shouldResetOnSetMatrix()
{
    AccessMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMatrix(matrixFor(QStringLiteral("ec2-role-current-version.json")));
    QCOMPARE(reset.count(), 1);
    const int rows = model.rowCount();
    QVERIFY(rows >= 3);
    model.setMatrix({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

void TestAccessMatrixModel::shouldAgreeWithCliEval_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("actions");
    const QStringList one{QStringLiteral("secretsmanager:GetSecretValue")};
    const QStringList several{QStringLiteral("secretsmanager:GetSecretValue"),
                              QStringLiteral("secretsmanager:DescribeSecret"),
                              QStringLiteral("secretsmanager:PutSecretValue"),
                              QStringLiteral("secretsmanager:DeleteSecret"),
                              QStringLiteral("secretsmanager:UpdateSecretVersionStage")};
    QTest::addRow("ec2 role") << QStringLiteral("ec2-role-current-version.json") << one;
    QTest::addRow("user") << QStringLiteral("cross-account-user.json") << one;
    QTest::addRow("all operations") << QStringLiteral("user-all-operations.json") << one;
    QTest::addRow("ec2 role, five actions")
        << QStringLiteral("ec2-role-current-version.json") << several;
    QTest::addRow("user, five actions") << QStringLiteral("cross-account-user.json") << several;
    QTest::addRow("all operations, five actions")
        << QStringLiteral("user-all-operations.json") << several;
}

// Every cell of every action's table (models sharing one matrix) is what
// `secret-policy eval` answers to the cell's request.
void TestAccessMatrixModel::shouldAgreeWithCliEval()
{
    QFETCH(QString, file);
    QFETCH(QStringList, actions);
    if (!QFile::exists(QStringLiteral(SPS_CLI_PATH)))
        QSKIP("the secret-policy CLI is not built");
    const auto matrix
        = std::make_shared<const engine::sim::Matrix>(matrixFor(file, toStd(actions)));
    std::vector<std::unique_ptr<AccessMatrixModel>> models;
    QByteArray requests;
    for (qsizetype a = 0; a < actions.size(); ++a) {
        models.push_back(std::make_unique<AccessMatrixModel>());
        AccessMatrixModel &model = *models.back();
        model.setMatrix(matrix, static_cast<std::size_t>(a));
        QCOMPARE(model.actionName(), actions.at(a));
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                const QString request
                    = model.index(r, c).data(AccessMatrixModel::RequestJsonRole).toString();
                QVERIFY(request.contains(actions.at(a)));
                requests += request.toUtf8() + '\n';
            }
        }
    }
    QList<QByteArray> answers;
    QString why;
    const QString policyPath = QStringLiteral(SPS_EXAMPLES_DIR "/") + file;
    QVERIFY2(testsupport::evalWithCli(policyPath, requests, &answers, &why), qPrintable(why));
    int at = 0;
    for (const auto &m : models) {
        const AccessMatrixModel &model = *m;
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                QVERIFY(at < answers.size());
                const QModelIndex cell = model.index(r, c);
                const QJsonObject answer = QJsonDocument::fromJson(answers.at(at++)).object();
                const QString where = QStringLiteral("%1 / %2 / %3")
                                          .arg(model.actionName(),
                                               model.headerData(r, Qt::Vertical).toString(),
                                               model.headerData(c, Qt::Horizontal).toString());
                QVERIFY2(answer.value(QStringLiteral("decision")).toString()
                             == QString::fromLatin1(engine::outcomeName(
                                 cell.data(AccessMatrixModel::DecisionRole).value<Outcome>())),
                         qPrintable(where));
                QVERIFY2(answer.value(QStringLiteral("effectiveDecision")).toString()
                             == QString::fromLatin1(engine::outcomeName(
                                 cell.data(AccessMatrixModel::EffectiveDecisionRole)
                                     .value<Outcome>())),
                         qPrintable(where));
                QVERIFY2(answer.value(QStringLiteral("explain")).toString()
                             == cell.data(AccessMatrixModel::ExplainRole).toString(),
                         qPrintable(where));
                QList<int> matched;
                const QJsonArray list = answer.value(QStringLiteral("matched")).toArray();
                for (const QJsonValue &mv : list)
                    matched.append(mv.toObject().value(QStringLiteral("index")).toInt());
                QCOMPARE(matched, cell.data(AccessMatrixModel::MatchedRole).value<QList<int>>());
            }
        }
    }
    QCOMPARE(at, answers.size());
}

// Models that share one matrix show one action each; a shared reset is one reset per model.
void TestAccessMatrixModel::shouldShowOneActionOfASharedMatrix()
{
    const std::vector<std::string> actions{"secretsmanager:GetSecretValue",
                                           "secretsmanager:DeleteSecret"};
    const auto matrix = std::make_shared<const engine::sim::Matrix>(
        matrixFor(QStringLiteral("ec2-role-current-version.json"), actions));
    AccessMatrixModel get;
    AccessMatrixModel del;
    QAbstractItemModelTester tester(&del, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&del, &QAbstractItemModel::modelReset);
    get.setMatrix(matrix, 0);
    del.setMatrix(matrix, 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(get.actionName(), QStringLiteral("secretsmanager:GetSecretValue"));
    QCOMPARE(del.actionName(), QStringLiteral("secretsmanager:DeleteSecret"));
    QCOMPARE(&get.matrix(), &del.matrix()); // shared, not copied
    const int row = rowOf(get, QString::fromLatin1(role));
    QVERIFY(row >= 0);
    const QString unknown = QStringLiteral("Unknown · policy: Denied (implicit)");
    QCOMPARE(rowTexts(get, row),
             QStringList({unknown, QStringLiteral("Allowed"), unknown, unknown})
                 .join(QLatin1Char('|')));
    // Issue 13: DeleteSecret sends no version stage, so it has one column, not four alike.
    QCOMPARE(get.columnCount(), 4);
    QCOMPARE(del.columnCount(), 1);
    QCOMPARE(rowTexts(del, row), unknown);
    QCOMPARE(del.headerData(0, Qt::Horizontal).toString(), QStringLiteral("every version"));
    QVERIFY(del.headerData(0, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .startsWith(QLatin1String("secretsmanager:DeleteSecret sends no version stage")));
    QVERIFY(!del.headerData(1, Qt::Horizontal).isValid());
    // An action index out of range shows the first action.
    AccessMatrixModel clamped;
    clamped.setMatrix(matrix, 7);
    QCOMPARE(clamped.actionName(), QStringLiteral("secretsmanager:GetSecretValue"));
    QCOMPARE(AccessMatrixModel().actionName(), QString());
}

QTEST_MAIN(TestAccessMatrixModel)
#include "tst_accessmatrixmodel.moc"
