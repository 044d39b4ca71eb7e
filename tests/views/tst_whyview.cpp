// WhyView inside the main window, offscreen (issue 5, "Why"): selecting an access-matrix cell
// lists the explanation, the matched statements and the first failing part of the others, and
// marks them in the statement tree and the JSON pane at their exact byte spans; the lines go to
// their spans; every mark clears when the selection is cleared, the text changes or the matrix
// goes stale.
#include "accessmatrixmodel.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "policyitemdelegate.h"
#include "policytreemodel.h"
#include "simulationpanel.h"
#include "theme.h"
#include "whyview.h"

#include "../common/testsupport.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

using model::PolicyTreeModel;
using views::JsonEditor;
using views::MainWindow;
using views::SimulationPanel;
using views::WhyView;
using Mark = PolicyTreeModel::SimulationMark;

using testsupport::rowOf;
using testsupport::columnOf;

namespace {

const QString role = QStringLiteral("arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets");
const QString pairPath
    = QStringLiteral("/Statement/0/Condition/ForAnyValue:StringEquals/secretsmanager:VersionStage");
const QString absent = QStringLiteral(
    "condition ForAnyValue:StringEquals secretsmanager:VersionStage: key is absent");

// Shows the text the tree's delegate draws.
class ProbeDelegate : public views::PolicyItemDelegate
{
public:
    using views::PolicyItemDelegate::initStyleOption;
};

QString drawnText(const QModelIndex &index)
{
    ProbeDelegate delegate;
    QStyleOptionViewItem option;
    delegate.initStyleOption(&option, index);
    return option.text;
}

QByteArray example()
{
    return testsupport::exampleText(QStringLiteral("ec2-role-current-version.json"));
}

QStringList lines(const WhyView &view)
{
    QStringList out;
    for (int i = 0; i < view.count(); ++i)
        out << view.item(i)->text();
    return out;
}

// The [begin, end) byte ranges the indicator covers, as "begin-end" strings.
QStringList indicatorRuns(const JsonEditor &editor, int indicator)
{
    QStringList runs;
    const std::size_t size = editor.byteLength();
    std::size_t at = 0;
    while (at < size) {
        if (!editor.indicatorAt(indicator, at)) {
            ++at;
            continue;
        }
        const std::size_t begin = at;
        while (at < size && editor.indicatorAt(indicator, at))
            ++at;
        runs << QStringLiteral("%1-%2").arg(begin).arg(at);
    }
    return runs;
}

QString range(const QByteArray &text, const QByteArray &from, const QByteArray &to)
{
    const qsizetype begin = text.indexOf(from);
    const qsizetype end = text.indexOf(to, begin) + to.size();
    return QStringLiteral("%1-%2").arg(begin).arg(end);
}

// The statement object: from the first '{' after "Statement" to its closing brace.
QString statementRange(const QByteArray &text)
{
    const qsizetype begin = text.indexOf('{', text.indexOf("\"Statement\""));
    const qsizetype end = text.lastIndexOf('}', text.lastIndexOf(']')) + 1;
    return QStringLiteral("%1-%2").arg(begin).arg(end);
}

} // namespace

class TestWhyView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldMarkTheMatchedStatement();
    void shouldMarkTheFailingConditionPair();
    void shouldMarkTheFirstFailingPart_data();
    void shouldMarkTheFirstFailingPart();
    void shouldGoToTheSpanOfALine();
    void shouldShowTheReasonOnHover();
    void shouldClearOnEdit();
    void shouldClearWhenTheSelectionIsCleared();
    void shouldClearWhenStale();
    void shouldMarkTheRightBytesAfterNonAscii();
    void shouldNotTouchTheLinterSquiggles();
    void shouldReportTheTimeOfASelection();
    void shouldClearWhenTheSimulationIsLeft();
    void shouldPutANoteUnderItsTextInALongLine();
    void shouldFollowTheThemeInItsNotes();

private:
    void select(const QString &stage);

    MainWindow *m_window = nullptr;
    SimulationPanel *m_panel = nullptr;
    JsonEditor *m_editor = nullptr;
    PolicyTreeModel *m_tree = nullptr;
    WhyView *m_why = nullptr;
};

void TestWhyView::init()
{
    m_window = new MainWindow;
    m_window->newDocument(example());
    m_window->controller()->reparseNow();
    m_panel = m_window->simulationPanel();
    m_editor = m_window->editor();
    m_tree = m_window->treeModel();
    m_why = m_panel->why();
    QVERIFY(m_why);
}

void TestWhyView::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestWhyView::select(const QString &stage)
{
    const model::AccessMatrixModel &matrix = *m_panel->model();
    const int row = rowOf(matrix, role);
    const int column = columnOf(matrix, stage);
    QVERIFY(row >= 0 && column >= 0);
    m_panel->table()->setCurrentIndex(m_panel->table()->model()->index(row, column));
}

void TestWhyView::shouldMarkTheMatchedStatement()
{
    select(QStringLiteral("AWSCURRENT"));
    const QByteArray text = m_editor->documentBytes();
    QCOMPARE(
        lines(*m_why),
        QStringList({QStringLiteral("Why: Statement 0 allows: principal matches, action "
                                    "matches, condition ForAnyValue:StringEquals "
                                    "secretsmanager:VersionStage holds; same account: the "
                                    "secret policy's grant suffices"),
                     QStringLiteral("✓ Statement 0 matched (Allow): the principal is named")}));
    // The JSON pane: the statement object, exactly; nothing fails.
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::MatchedIndicator),
             QStringList{statementRange(text)});
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::FailingIndicator), QStringList());
    QCOMPARE(m_editor->annotation(3),
             QStringLiteral("✓ Statement 0 matched (Allow): the principal is named"));
    // The tree: the statement, with its mark in words and the reason as tooltip.
    const QModelIndex statement = m_tree->indexForPath(QStringLiteral("/Statement/0"));
    QCOMPARE(statement.data(PolicyTreeModel::SimulationMarkRole).toInt(),
             static_cast<int>(Mark::Matched));
    QCOMPARE(statement.data(PolicyTreeModel::SimulationLabelRole).toString(),
             QStringLiteral("✓ matched (Allow)"));
    QCOMPARE(statement.data(Qt::ToolTipRole).toString(),
             QStringLiteral("✓ matched (Allow): principal matches, action matches, condition "
                            "ForAnyValue:StringEquals secretsmanager:VersionStage holds"));
    QCOMPARE(m_tree->indexForPath(pairPath).data(PolicyTreeModel::SimulationMarkRole).toInt(), 0);
}

void TestWhyView::shouldMarkTheFailingConditionPair()
{
    select(QStringLiteral("no stage named"));
    const QByteArray text = m_editor->documentBytes();
    QCOMPARE(lines(*m_why).size(), 2);
    QCOMPARE(lines(*m_why).at(1), QStringLiteral("✗ Statement 0: ") + absent);
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::MatchedIndicator), QStringList());
    // The pair: its key to the end of its value.
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::FailingIndicator),
             QStringList{range(text, "\"secretsmanager:VersionStage\"", "\"AWSCURRENT\"")});
    const std::size_t key = static_cast<std::size_t>(text.indexOf("\"secretsmanager:Version"));
    QCOMPARE(m_why->reasonAt(key), QStringLiteral("✗ Statement 0: ") + absent);
    QCOMPARE(m_why->reasonAt(key - 1), QString());
    QCOMPARE(m_why->annotatedLines(), std::vector<int>({12}));
    QCOMPARE(m_editor->annotation(12), QStringLiteral("✗ Statement 0: ") + absent);

    const QModelIndex pair = m_tree->indexForPath(pairPath);
    QCOMPARE(pair.data(PolicyTreeModel::SimulationMarkRole).toInt(),
             static_cast<int>(Mark::Failing));
    QCOMPARE(pair.data(PolicyTreeModel::SimulationReasonRole).toString(), absent);
    // The reason first, then the linter's finding on the same pair.
    const QStringList tip = pair.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
    QCOMPARE(tip.size(), 2);
    QCOMPARE(tip.at(0), QStringLiteral("✗ fails here: ") + absent);
    const QModelIndex statement = m_tree->indexForPath(QStringLiteral("/Statement/0"));
    QCOMPARE(statement.data(PolicyTreeModel::SimulationMarkRole).toInt(),
             static_cast<int>(Mark::NotMatched));
    QCOMPARE(statement.data(PolicyTreeModel::SimulationLabelRole).toString(),
             QStringLiteral("✗ not matched"));
    // In words before the name, which the tree may elide.
    QCOMPARE(drawnText(pair), QStringLiteral("✗ fails here · secretsmanager:VersionStage"));
    QCOMPARE(drawnText(statement), QStringLiteral("✗ not matched · Statement 0"));
    QCOMPARE(drawnText(m_tree->indexForPath(QStringLiteral("/Statement/0/Effect"))),
             QStringLiteral("Effect"));
}

void TestWhyView::shouldMarkTheFirstFailingPart_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("path");    // the failing node
    QTest::addColumn<QByteArray>("from"); // its span in the pane: from...
    QTest::addColumn<QByteArray>("to");   // ...to the end of this
    QTest::addColumn<QString>("reason");

    QTest::addRow("principal") << QStringLiteral("secretsmanager:GetSecretValue")
                               << QStringLiteral("a principal in another account")
                               << QStringLiteral("AWSCURRENT")
                               << QStringLiteral("/Statement/0/Principal") << QByteArray("{\n")
                               << QByteArray("Secrets\"\n      }")
                               << QStringLiteral("principal does not match");
    QTest::addRow("action") << QStringLiteral("secretsmanager:DeleteSecret") << role
                            << QStringLiteral("every version") << QStringLiteral("/Statement/0/Action")
                            << QByteArray("\"secretsmanager:GetSecretValue\"")
                            << QByteArray("GetSecretValue\"")
                            << QStringLiteral("action does not match");
    QTest::addRow("condition") << QStringLiteral("secretsmanager:GetSecretValue") << role
                               << QStringLiteral("no stage named") << pairPath
                               << QByteArray("\"secretsmanager:VersionStage\"")
                               << QByteArray("\"AWSCURRENT\"") << absent;
}

void TestWhyView::shouldMarkTheFirstFailingPart()
{
    QFETCH(QString, action);
    QFETCH(QString, principal);
    QFETCH(QString, stage);
    QFETCH(QString, path);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, reason);
    QVERIFY(m_panel->setAction(action));
    const model::AccessMatrixModel &matrix = *m_panel->model();
    const int row = rowOf(matrix, principal);
    const int column = columnOf(matrix, stage);
    QVERIFY(row >= 0 && column >= 0);
    m_panel->table()->setCurrentIndex(m_panel->table()->model()->index(row, column));

    const QByteArray text = m_editor->documentBytes();
    // The principal's span is its value: from the '{' after "Principal".
    const qsizetype begin
        = from == "{\n" ? text.indexOf(from, text.indexOf("\"Principal\"")) : text.indexOf(from);
    const qsizetype end = text.indexOf(to, begin) + to.size();
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::FailingIndicator),
             QStringList{QStringLiteral("%1-%2").arg(begin).arg(end)});
    QCOMPARE(lines(*m_why).at(1), QStringLiteral("✗ Statement 0: ") + reason);
    const QModelIndex failing = m_tree->indexForPath(path);
    QCOMPARE(failing.data(PolicyTreeModel::SimulationMarkRole).toInt(),
             static_cast<int>(Mark::Failing));
    QCOMPARE(failing.data(PolicyTreeModel::SimulationReasonRole).toString(), reason);
}

void TestWhyView::shouldGoToTheSpanOfALine()
{
    select(QStringLiteral("no stage named"));
    const QByteArray text = m_editor->documentBytes();
    m_why->setFocus();
    m_why->setCurrentRow(1);
    QTest::keyClick(m_why, Qt::Key_Return);
    const std::size_t begin = static_cast<std::size_t>(text.indexOf("\"secretsmanager:Version"));
    const std::size_t end = static_cast<std::size_t>(text.indexOf("\"AWSCURRENT\"")
                                                     + QByteArray("\"AWSCURRENT\"").size());
    QCOMPARE(m_editor->anchorOffset(), begin);
    QCOMPARE(m_editor->caretOffset(), end);
    // The explanation line has no span: the selection stays.
    m_why->setCurrentRow(0);
    QTest::keyClick(m_why, Qt::Key_Return);
    QCOMPARE(m_editor->anchorOffset(), begin);
}

void TestWhyView::shouldShowTheReasonOnHover()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    select(QStringLiteral("no stage named"));
    const QByteArray text = m_editor->documentBytes();
    const int key = static_cast<int>(text.indexOf("\"secretsmanager:Version"));
    emit m_editor->SCN_DWELLSTART(key + 3, 10, 10);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), QStringLiteral("✗ Statement 0: ") + absent);
    emit m_editor->SCN_DWELLEND(key + 3, 10, 10);
    QTRY_VERIFY(!QToolTip::isVisible());
    // Outside the marks: no tooltip.
    emit m_editor->SCN_DWELLSTART(0, 10, 10);
    QVERIFY(!QToolTip::isVisible());
}

void TestWhyView::shouldClearOnEdit()
{
    select(QStringLiteral("no stage named"));
    QVERIFY(m_why->hasMarks());
    // Typing clears at once: the spans describe the old text.
    m_editor->replaceBytes(0, 0, " ");
    QVERIFY(!m_why->hasMarks());
    QCOMPARE(m_why->count(), 0);
    QVERIFY(!m_tree->hasSimulationMarks());
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::FailingIndicator), QStringList());
    QCOMPARE(m_why->annotatedLines(), std::vector<int>());
    QCOMPARE(m_editor->annotation(12), QString());
    // After the reparse the cell is selected again: the marks follow the text.
    m_window->controller()->reparseNow();
    const QByteArray text = m_editor->documentBytes();
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::FailingIndicator),
             QStringList{range(text, "\"secretsmanager:VersionStage\"", "\"AWSCURRENT\"")});
    QCOMPARE(m_tree->indexForPath(pairPath).data(PolicyTreeModel::SimulationMarkRole).toInt(),
             static_cast<int>(Mark::Failing));
}

void TestWhyView::shouldClearWhenTheSelectionIsCleared()
{
    select(QStringLiteral("AWSCURRENT"));
    QVERIFY(m_tree->hasSimulationMarks());
    m_panel->table()->setCurrentIndex({});
    QVERIFY(!m_why->hasMarks());
    QCOMPARE(m_why->count(), 0);
    QVERIFY(!m_tree->hasSimulationMarks());
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::MatchedIndicator), QStringList());
    QCOMPARE(m_editor->annotation(3), QString());
}

void TestWhyView::shouldClearWhenStale()
{
    select(QStringLiteral("AWSCURRENT"));
    const QByteArray text = m_editor->documentBytes();
    const qsizetype comma = text.indexOf("\"Allow\",") + 7;
    m_editor->replaceBytes(static_cast<std::size_t>(comma), 1, {});
    m_window->controller()->reparseNow();
    QVERIFY(m_panel->isStale());
    QVERIFY(!m_why->hasMarks());
    QVERIFY(!m_tree->hasSimulationMarks());
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::MatchedIndicator), QStringList());
    // Selecting a cell of the stale matrix marks nothing: its spans are of the old text.
    select(QStringLiteral("no stage named"));
    QVERIFY(!m_why->hasMarks());
    QVERIFY(!m_tree->hasSimulationMarks());
}

void TestWhyView::shouldMarkTheRightBytesAfterNonAscii()
{
    QByteArray text = example();
    text.replace("\"Effect\": \"Allow\",", "\"Sid\": \"Lesen-äöü-秘密\", \"Effect\": \"Allow\",");
    m_window->newDocument(text);
    m_window->controller()->reparseNow();
    select(QStringLiteral("no stage named"));
    QCOMPARE(lines(*m_why).at(1), QStringLiteral("✗ Statement 0 (Sid Lesen-äöü-秘密): ") + absent);
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::FailingIndicator),
             QStringList{range(text, "\"secretsmanager:VersionStage\"", "\"AWSCURRENT\"")});
    // The characters under the indicator are the pair's.
    const qsizetype key = text.indexOf("\"secretsmanager:VersionStage\"");
    QVERIFY(key > 0);
    QCOMPARE(
        m_editor->SendScintilla(QsciScintillaBase::SCI_GETCHARAT, static_cast<unsigned long>(key)),
        static_cast<long>('"'));
    QCOMPARE(m_tree->indexForPath(pairPath).data(PolicyTreeModel::SimulationMarkRole).toInt(),
             static_cast<int>(Mark::Failing));

    select(QStringLiteral("AWSCURRENT"));
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::MatchedIndicator),
             QStringList{statementRange(text)});
    QCOMPARE(m_tree->indexForPath(QStringLiteral("/Statement/0"))
                 .data(PolicyTreeModel::SimulationMarkRole)
                 .toInt(),
             static_cast<int>(Mark::Matched));
}

void TestWhyView::shouldNotTouchTheLinterSquiggles()
{
    // A finding the linter marks (any squiggle) stays through selecting and clearing cells.
    QStringList before;
    for (int indicator : {JsonEditor::ErrorIndicator,
                          JsonEditor::SecurityIndicator,
                          JsonEditor::WarningIndicator,
                          JsonEditor::SuggestionIndicator})
        before << indicatorRuns(*m_editor, indicator).join(QLatin1Char(','));
    QVERIFY(!before.join(QString()).isEmpty()); // the example's VersionStage finding
    select(QStringLiteral("no stage named"));
    select(QStringLiteral("AWSCURRENT"));
    m_panel->table()->setCurrentIndex({});
    QStringList after;
    for (int indicator : {JsonEditor::ErrorIndicator,
                          JsonEditor::SecurityIndicator,
                          JsonEditor::WarningIndicator,
                          JsonEditor::SuggestionIndicator})
        after << indicatorRuns(*m_editor, indicator).join(QLatin1Char(','));
    QCOMPARE(after, before);
}

void TestWhyView::shouldReportTheTimeOfASelection()
{
    // Evaluating the cell again with its trace, listing and marking: reported, not asserted.
    QElapsedTimer clock;
    clock.start();
    const int rounds = 100;
    for (int i = 0; i < rounds; ++i)
        select(i % 2 ? QStringLiteral("AWSCURRENT") : QStringLiteral("no stage named"));
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6 / rounds;
    qInfo("selecting a cell (re-evaluate with trace, list, mark tree and pane): %.3f ms", ms);
    QVERIFY(m_why->hasMarks());
}

void TestWhyView::shouldClearWhenTheSimulationIsLeft()
{
    // Issue 13: the tree kept "✓ matched (Allow)" after the Simulation dock was closed.
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QDockWidget *dock = m_window->simulationDock();
    dock->show();
    dock->raise();
    QTRY_VERIFY(m_why->isVisible());
    select(QStringLiteral("AWSCURRENT"));
    const QModelIndex statement = m_tree->indexForPath(QStringLiteral("/Statement/0"));
    QCOMPARE(statement.data(PolicyTreeModel::SimulationLabelRole).toString(),
             QStringLiteral("✓ matched (Allow)"));
    QVERIFY(m_why->hasMarks());

    dock->hide();
    QVERIFY(!m_tree->hasSimulationMarks());
    QCOMPARE(statement.data(PolicyTreeModel::SimulationLabelRole).toString(), QString());
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::MatchedIndicator), QStringList());
    QCOMPARE(m_editor->annotation(3), QString());
    // The dock explains the cell again after an edit; out of the Simulation that marks nothing.
    m_panel->table()->clearSelection();
    m_panel->table()->setCurrentIndex({});
    select(QStringLiteral("AWSCURRENT"));
    QVERIFY(!m_tree->hasSimulationMarks());
    QCOMPARE(indicatorRuns(*m_editor, JsonEditor::MatchedIndicator), QStringList());

    // Back in the Simulation, the selected cell's marks are back.
    dock->show();
    QTRY_VERIFY(m_why->isVisible());
    QVERIFY(m_tree->hasSimulationMarks());
    QCOMPARE(statement.data(PolicyTreeModel::SimulationLabelRole).toString(),
             QStringLiteral("✓ matched (Allow)"));
    QCOMPARE(m_editor->annotation(3),
             QStringLiteral("✓ Statement 0 matched (Allow): the principal is named"));
}

void TestWhyView::shouldPutANoteUnderItsTextInALongLine()
{
    // Issue 13: in a one-line policy the note started at the left edge, far from its statement,
    // so that only its last letters were in view.
    QByteArray text = example().simplified();
    m_window->newDocument(text);
    m_window->controller()->reparseNow();
    select(QStringLiteral("no stage named"));
    QCOMPARE(m_why->annotatedLines(), std::vector<int>({0}));
    // The failing condition pair: the note starts under it.
    const auto pair = static_cast<int>(text.indexOf("\"secretsmanager:VersionStage\""));
    QVERIFY(pair >= 80);
    QCOMPARE(m_editor->annotation(0),
             QString(pair, QLatin1Char(' ')) + QStringLiteral("✗ Statement 0: ") + absent);
    // The matched statement's note starts under the statement.
    select(QStringLiteral("AWSCURRENT"));
    const auto statement = static_cast<int>(text.indexOf('{', text.indexOf("\"Statement\"")));
    QCOMPARE(m_editor->annotation(0),
             QString(statement, QLatin1Char(' '))
                 + QStringLiteral("✓ Statement 0 matched (Allow): the principal is named"));
}

void TestWhyView::shouldFollowTheThemeInItsNotes()
{
    // Issue 13: on the dark theme the why note kept a light background.
    const auto noteBackground = [this](int line) {
        const long style = m_editor->SendScintilla(QsciScintillaBase::SCI_ANNOTATIONGETSTYLE,
                                                   static_cast<unsigned long>(line));
        const long bgr = m_editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK,
                                                 static_cast<unsigned long>(style));
        return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
    };
    views::applyTheme(model::Preferences::Theme::Light);
    select(QStringLiteral("AWSCURRENT"));
    QVERIFY(!m_editor->annotation(3).isEmpty());
    QVERIFY(noteBackground(3).lightness() > 128);
    views::applyTheme(model::Preferences::Theme::Dark);
    QTRY_VERIFY(noteBackground(3).lightness() < 128);
    QVERIFY(!m_editor->annotation(3).isEmpty());
    views::applyTheme(model::Preferences::Theme::Light);
    QTRY_VERIFY(noteBackground(3).lightness() > 128);
}

QTEST_MAIN(TestWhyView)
#include "tst_whyview.moc"

