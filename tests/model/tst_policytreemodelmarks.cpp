// PolicyTreeModel's simulation marks (issue 5, "Why"): a span marks the node that encloses it
// most tightly, with its label, reason, background and tooltip; clearing and a new document
// drop the marks, and every change is announced for the marked rows only.
#include "policytreemodel.h"

#include "json/reader.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QtTest>

using model::PolicyTreeModel;
using Mark = PolicyTreeModel::SimulationMark;

namespace {

// Two statements; the second has a non-ASCII Sid before its condition.
const char policy[] = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/R"},
     "Action": "secretsmanager:GetSecretValue", "Resource": "*"},
    {"Sid": "Lesen-äöü-秘密", "Effect": "Deny", "Principal": "*", "Action": "*",
     "Resource": "*",
     "Condition": {"StringEquals": {"secretsmanager:VersionStage": "AWSPENDING"}}}
  ]
})";

std::size_t offsetOf(const QByteArray &text, const char *needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : static_cast<std::size_t>(at);
}

// "path=mark:label" for every marked node, depth first.
QStringList markedNodes(const PolicyTreeModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        const int mark = index.data(PolicyTreeModel::SimulationMarkRole).toInt();
        if (mark != 0) {
            out << QStringLiteral("%1=%2:%3")
                       .arg(model.pathForIndex(index))
                       .arg(mark)
                       .arg(index.data(PolicyTreeModel::SimulationLabelRole).toString());
        }
        out << markedNodes(model, index);
    }
    return out;
}

} // namespace

class TestPolicyTreeModelMarks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldMarkTheEnclosingNode_data();
    void shouldMarkTheEnclosingNode();
    void shouldGiveTheReasonInTheTooltip();
    void shouldLetALaterMarkWin();
    void shouldClearMarks();
    void shouldDropMarksOnANewDocument();

private:
    PolicyTreeModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QByteArray m_text;
};

void TestPolicyTreeModelMarks::init()
{
    m_model = new PolicyTreeModel;
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_text = QByteArray(policy);
    engine::json::ReadResult r = engine::json::read(
        std::string_view(m_text.constData(), static_cast<std::size_t>(m_text.size())));
    QVERIFY(r.ok);
    m_model->setDocument(m_text, std::move(r.value));
}

void TestPolicyTreeModelMarks::cleanup()
{
    delete m_tester;
    delete m_model;
    m_tester = nullptr;
    m_model = nullptr;
}

void TestPolicyTreeModelMarks::shouldMarkTheEnclosingNode_data()
{
    QTest::addColumn<QByteArray>("from"); // the span: from the first byte of `from`...
    QTest::addColumn<QByteArray>("to");   // ...to the end of `to` (after `from`)
    QTest::addColumn<QString>("path");

    QTest::addRow("statement object") << QByteArray("{\"Effect\": \"Allow\"")
                                      << QByteArray("\"Resource\": \"*\"}") << "/Statement/0";
    QTest::addRow("principal value")
        << QByteArray("{\"AWS\"") << QByteArray("role/R\"}") << "/Statement/0/Principal";
    QTest::addRow("action value") << QByteArray("\"secretsmanager:GetSecretValue\"")
                                  << QByteArray("GetSecretValue\"") << "/Statement/0/Action";
    // After the non-ASCII Sid: byte offsets, not characters.
    QTest::addRow("condition pair after non-ASCII")
        << QByteArray("\"secretsmanager:VersionStage\"") << QByteArray("\"AWSPENDING\"")
        << "/Statement/1/Condition/StringEquals/secretsmanager:VersionStage";
}

void TestPolicyTreeModelMarks::shouldMarkTheEnclosingNode()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);
    const std::size_t begin = offsetOf(m_text, from.constData());
    const qsizetype toAt = m_text.indexOf(to, static_cast<qsizetype>(begin));
    QVERIFY(toAt >= 0);
    const std::size_t end = static_cast<std::size_t>(toAt + to.size());

    QCOMPARE(m_model->pathForIndex(m_model->indexForSpan(begin, end)), path);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setSimulationMarks(
        {{begin, end, Mark::Failing, QStringLiteral("✗ fails here"), QStringLiteral("why")}});
    QCOMPARE(markedNodes(*m_model), QStringList{path + QStringLiteral("=3:✗ fails here")});
    QCOMPARE(changed.count(), 1);
    const QModelIndex index = m_model->indexForPath(path);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), index);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
             m_model->index(index.row(), PolicyTreeModel::ValueColumn, index.parent()));
    QVERIFY(m_model->hasSimulationMarks());
}

void TestPolicyTreeModelMarks::shouldGiveTheReasonInTheTooltip()
{
    const std::size_t begin = offsetOf(m_text, "{\"Effect\": \"Allow\"");
    const std::size_t end = offsetOf(m_text, ",\n    {\"Sid\"");
    m_model->setSimulationMarks({{begin,
                                  end,
                                  Mark::Matched,
                                  QStringLiteral("✓ matched (Allow)"),
                                  QStringLiteral("principal matches, action matches")}});
    const QModelIndex statement = m_model->indexForPath(QStringLiteral("/Statement/0"));
    QCOMPARE(statement.data(PolicyTreeModel::SimulationMarkRole).toInt(),
             static_cast<int>(Mark::Matched));
    QCOMPARE(statement.data(PolicyTreeModel::SimulationReasonRole).toString(),
             QStringLiteral("principal matches, action matches"));
    QCOMPARE(statement.data(Qt::ToolTipRole).toString(),
             QStringLiteral("✓ matched (Allow): principal matches, action matches"));
    QCOMPARE(statement.data(Qt::BackgroundRole).value<QColor>(), QColor(0x2e, 0x9d, 0x44, 0x48));
    // The other statement and the children are not marked.
    const QModelIndex other = m_model->indexForPath(QStringLiteral("/Statement/1"));
    QCOMPARE(other.data(PolicyTreeModel::SimulationMarkRole).toInt(), 0);
    QVERIFY(!other.data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_model->indexForPath(QStringLiteral("/Statement/0/Effect"))
                 .data(PolicyTreeModel::SimulationMarkRole)
                 .toInt(),
             0);
}

void TestPolicyTreeModelMarks::shouldLetALaterMarkWin()
{
    // A statement without a principal fails on the statement itself: "fails" beats "not
    // matched".
    const std::size_t begin = offsetOf(m_text, "{\"Sid\"");
    const std::size_t end = static_cast<std::size_t>(m_text.lastIndexOf("}}}") + 3);
    m_model->setSimulationMarks(
        {{begin, end, Mark::NotMatched, QStringLiteral("✗ not matched"), QStringLiteral("a")},
         {begin, end, Mark::Failing, QStringLiteral("✗ fails here"), QStringLiteral("b")}});
    QCOMPARE(markedNodes(*m_model), QStringList{QStringLiteral("/Statement/1=3:✗ fails here")});
}

void TestPolicyTreeModelMarks::shouldClearMarks()
{
    const std::size_t begin = offsetOf(m_text, "{\"Effect\": \"Allow\"");
    m_model->setSimulationMarks(
        {{begin, begin + 1, Mark::Matched, QStringLiteral("✓"), QStringLiteral("r")}});
    QCOMPARE(markedNodes(*m_model).size(), 1);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->clearSimulationMarks();
    QCOMPARE(markedNodes(*m_model), QStringList());
    QVERIFY(!m_model->hasSimulationMarks());
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(PolicyTreeModel::SimulationMarkRole));
    // Nothing marked: nothing announced.
    m_model->clearSimulationMarks();
    QCOMPARE(changed.count(), 1);
}

void TestPolicyTreeModelMarks::shouldDropMarksOnANewDocument()
{
    const std::size_t begin = offsetOf(m_text, "{\"Effect\": \"Allow\"");
    m_model->setSimulationMarks(
        {{begin, begin + 1, Mark::Matched, QStringLiteral("✓"), QStringLiteral("r")}});
    engine::json::ReadResult r = engine::json::read(
        std::string_view(m_text.constData(), static_cast<std::size_t>(m_text.size())));
    m_model->setDocument(m_text, std::move(r.value));
    QVERIFY(!m_model->hasSimulationMarks());
    QCOMPARE(markedNodes(*m_model), QStringList());
}

QTEST_GUILESS_MAIN(TestPolicyTreeModelMarks)
#include "tst_policytreemodelmarks.moc"
