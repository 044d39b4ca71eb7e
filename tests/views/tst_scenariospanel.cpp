// ScenariosPanel inside the main window, offscreen: a policy's scenario file loads with it, an
// edit re-runs the scenarios (stale while the text is invalid), the matrix's "Add to Scenarios"
// appends the cell, unsaved scenarios are saved with the policy, a row's explanation and its
// jump to the matched statement, and the failures-only filter.
#include "accessmatrixmodel.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "scenariosmodel.h"
#include "scenariospanel.h"
#include "simulationpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using model::ScenariosModel;
using views::MainWindow;
using views::ScenariosPanel;

namespace {

const char *const roleScenario
    = R"({"principal": "arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets", )"
      R"("action": "secretsmanager:GetSecretValue", "resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", )"
      R"("context": {"secretsmanager:VersionStage": "AWSCURRENT"}, )"
      R"("expect": {"decision": "Allowed"}})";
const char *const anonymousScenario
    = R"({"principal": "anonymous", "action": "secretsmanager:GetSecretValue", )"
      R"("resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", "expect": {"decision": "ImplicitlyDenied"}})";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void replaceFirst(views::JsonEditor *editor, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = editor->documentBytes().indexOf(from);
    QVERIFY(at >= 0);
    editor->replaceBytes(static_cast<std::size_t>(at),
                         static_cast<std::size_t>(from.size()),
                         std::string_view(to.constData(), static_cast<std::size_t>(to.size())));
}

} // namespace

class TestScenariosPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldLoadTheScenariosBesideThePolicy();
    void shouldRerunAfterEditsAndMarkStale();
    void shouldAddAMatrixCellAndSaveWithThePolicy();
    void shouldExplainAndGoToTheStatement();
    void shouldFilterFailures();
    void shouldAcceptTheCurrentResultAndDelete();
    void shouldCountScenariosAsUnsavedWork();
    void shouldCopyTheRequestAndTheEvalCommand();

private:
    QTemporaryDir m_dir;
    QString m_policyPath;
    MainWindow *m_window = nullptr;
    ScenariosPanel *m_panel = nullptr;
};

void TestScenariosPanel::init()
{
    QVERIFY(m_dir.isValid());
    m_policyPath = m_dir.filePath(QStringLiteral("role.json"));
    QFile::remove(m_policyPath);
    QVERIFY(QFile::copy(QStringLiteral(SPS_EXAMPLES_DIR "/ec2-role-current-version.json"),
                        m_policyPath));
    QFile::setPermissions(m_policyPath, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(writeAll(m_dir.filePath(QStringLiteral("role.scenarios.jsonl")),
                     QByteArray("# the role reads the current version\n") + roleScenario + "\n"
                         + anonymousScenario + "\n"));
    m_window = new MainWindow;
    QString error;
    QVERIFY2(m_window->openFile(m_policyPath, &error), qPrintable(error));
    m_panel = m_window->scenariosPanel();
    QVERIFY(m_panel);
}

void TestScenariosPanel::cleanup()
{
    m_window->setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
    delete m_window;
    m_window = nullptr;
}

void TestScenariosPanel::shouldLoadTheScenariosBesideThePolicy()
{
    QCOMPARE(m_window->scenariosDock()->windowTitle(), QStringLiteral("Scenarios"));
    QCOMPARE(m_panel->scenarioPath(), m_dir.filePath(QStringLiteral("role.scenarios.jsonl")));
    QCOMPARE(m_panel->model()->rowCount(), 2);
    QCOMPARE(m_panel->summaryLabel()->text(), QStringLiteral("2 scenarios: 2 passed, 0 failed"));
    QVERIFY(!m_panel->isModified());
    // A policy without a scenario file starts empty.
    m_window->newDocument(readAll(m_policyPath));
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QCOMPARE(m_panel->scenarioPath(), QString());
}

void TestScenariosPanel::shouldRerunAfterEditsAndMarkStale()
{
    replaceFirst(m_window->editor(), "\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
    m_window->controller()->reparseNow();
    QCOMPARE(m_panel->summaryLabel()->text(), QStringLiteral("2 scenarios: 1 passed, 1 failed"));
    // Failures sort first.
    const QModelIndex first = m_panel->proxy()->index(0, ScenariosModel::StatusColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Failed"));
    QCOMPARE(first.data(ScenariosModel::MessageRole).toString(),
             QStringLiteral("decision: expected Allowed, got ImplicitlyDenied"));

    replaceFirst(m_window->editor(), "\"Allow\",", "\"Allow\"");
    m_window->controller()->reparseNow();
    QVERIFY(m_panel->isStale());
    QVERIFY(m_panel->staleLabel()->isVisibleTo(m_panel));
    QCOMPARE(m_panel->summaryLabel()->text(), QStringLiteral("2 scenarios: 1 passed, 1 failed"));

    replaceFirst(m_window->editor(), "\"Allow\"", "\"Allow\",");
    replaceFirst(m_window->editor(), "\"AWSPREVIOUS\"", "\"AWSCURRENT\"");
    m_window->controller()->reparseNow();
    QVERIFY(!m_panel->isStale());
    QVERIFY(!m_panel->staleLabel()->isVisibleTo(m_panel));
    QCOMPARE(m_panel->summaryLabel()->text(), QStringLiteral("2 scenarios: 2 passed, 0 failed"));
}

void TestScenariosPanel::shouldAddAMatrixCellAndSaveWithThePolicy()
{
    views::SimulationPanel *simulation = m_window->simulationPanel();
    const model::AccessMatrixModel &matrix = *simulation->model();
    QVERIFY(!simulation->addCurrentCellToScenarios()); // no cell selected yet
    int column = -1;
    for (int c = 0; c < matrix.columnCount(); ++c) {
        if (matrix.headerData(c, Qt::Horizontal).toString() == QLatin1String("AWSPREVIOUS"))
            column = c;
    }
    QVERIFY(column >= 0);
    simulation->selectCell(0, column);
    QVERIFY(simulation->addToScenariosAction()->isEnabled());
    QVERIFY(simulation->table()->actions().contains(simulation->addToScenariosAction()));
    simulation->addToScenariosAction()->trigger();
    QCOMPARE(m_panel->model()->rowCount(), 3);
    QVERIFY(m_panel->isModified());
    QCOMPARE(m_panel->summaryLabel()->text(),
             QStringLiteral("3 scenarios: 3 passed, 0 failed (unsaved)"));
    const QString added
        = m_panel->model()->index(2, 0).data(ScenariosModel::RequestJsonRole).toString();
    // The role is denied AWSPREVIOUS by this policy; its identity side is unknown.
    const QModelIndex cell = matrix.index(0, column);
    QCOMPARE(cell.data(model::AccessMatrixModel::DecisionRole).value<engine::Outcome>(),
             engine::Outcome::ImplicitlyDenied);
    QCOMPARE(cell.data(model::AccessMatrixModel::EffectiveDecisionRole).value<engine::Outcome>(),
             engine::Outcome::Unknown);
    QCOMPARE(added,
             cell.data(model::AccessMatrixModel::RequestJsonRole).toString().chopped(1)
                 + QStringLiteral(",\"expect\":{\"decision\":\"ImplicitlyDenied\","
                                  "\"effectiveDecision\":\"Unknown\"}}"));

    // Saving the policy saves the scenarios beside it.
    QString error;
    QVERIFY2(m_window->save(&error), qPrintable(error));
    QVERIFY(!m_panel->isModified());
    const QByteArray saved = readAll(m_dir.filePath(QStringLiteral("role.scenarios.jsonl")));
    QVERIFY(saved.startsWith("# the role reads the current version\n"));
    QVERIFY(saved.endsWith(added.toUtf8() + "\n"));
}

void TestScenariosPanel::shouldExplainAndGoToTheStatement()
{
    m_panel->selectScenario(0);
    const QString text = m_panel->explanation()->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("Line 2: Passed\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Why: ")));
    QVERIFY(text.contains(QStringLiteral("Matched statements: #0 Allow")));
    QVERIFY(m_panel->goToStatement(0));
    QVERIFY(m_window->editor()->selectedText().startsWith(QStringLiteral("{\n      \"Effect\"")));
    QVERIFY(!m_panel->goToStatement(1)); // nothing matched for anonymous
}

void TestScenariosPanel::shouldCopyTheRequestAndTheEvalCommand()
{
    // Issue 13: a scenario's request, and the command line that asks the CLI the same.
    m_panel->selectScenario(0);
    auto *table = m_panel->findChild<QTableView *>();
    QVERIFY(table);
    QAction *copyRequest = nullptr;
    QAction *copyCommand = nullptr;
    for (QAction *a : table->actions()) {
        if (a->objectName() == QLatin1String("copyRequestAction"))
            copyRequest = a;
        if (a->objectName() == QLatin1String("copyEvalCommandAction"))
            copyCommand = a;
    }
    QVERIFY(copyRequest && copyCommand);
    copyRequest->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(roleScenario));
    copyCommand->trigger();
    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.endsWith(QStringLiteral(" | secret-policy eval --policy ") + m_policyPath),
             qPrintable(command));
    if (!QFile::exists(QStringLiteral(SPS_CLI_PATH)))
        QSKIP("the secret-policy CLI is not built");
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), QFileInfo(QStringLiteral(SPS_CLI_PATH)).absolutePath()
                                           + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    QVERIFY(shell.waitForFinished(30000));
    const QByteArray out = shell.readAllStandardOutput();
    QVERIFY2(out.startsWith("{\"decision\":\"Allowed\""), out.constData());
}

void TestScenariosPanel::shouldFilterFailures()
{
    replaceFirst(m_window->editor(), "\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
    m_window->controller()->reparseNow();
    m_panel->setFailuresOnly(true);
    QCOMPARE(m_panel->proxy()->rowCount(), 1);
    QCOMPARE(m_panel->proxy()->index(0, 0).data(ScenariosModel::LineNumberRole).toInt(), 2);
    m_panel->setFailuresOnly(false);
    QCOMPARE(m_panel->proxy()->rowCount(), 2);
}

void TestScenariosPanel::shouldCountScenariosAsUnsavedWork()
{
    QVERIFY(m_panel->model()->setExpectation(1, engine::Outcome::Allowed, std::nullopt));
    int asked = 0;
    m_window->setUnsavedChangesHandler([&asked] {
        ++asked;
        return MainWindow::UnsavedChoice::Cancel;
    });
    QVERIFY(!m_window->maybeSave());
    QCOMPARE(asked, 1);
    m_window->setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Save; });
    QVERIFY(m_window->maybeSave());
    QVERIFY(!m_panel->isModified());
    const QByteArray saved = readAll(m_dir.filePath(QStringLiteral("role.scenarios.jsonl")));
    QVERIFY(saved.contains("\"resource\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\",\"expect\":{\"decision\":\"Allowed\"}}"));
}

void TestScenariosPanel::shouldAcceptTheCurrentResultAndDelete()
{
    replaceFirst(m_window->editor(), "\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
    m_window->controller()->reparseNow();
    m_panel->selectScenario(0);
    QVERIFY(m_panel->acceptButton()->isEnabled());
    QTest::mouseClick(m_panel->acceptButton(), Qt::LeftButton);
    QCOMPARE(m_panel->summaryLabel()->text(),
             QStringLiteral("2 scenarios: 2 passed, 0 failed (unsaved)"));
    QCOMPARE(m_panel->model()->scenarioAt(0)->expect->decision, engine::Outcome::ImplicitlyDenied);
    QVERIFY(!m_panel->acceptButton()->isEnabled()); // it passes now

    m_panel->selectScenario(0);
    m_window->show();
    m_window->scenariosDock()->raise();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_panel->table()->setFocus();
    QTest::keyClick(m_panel->table(), Qt::Key_Delete);
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(m_panel->model()->lineNumberAt(0), 2); // the anonymous scenario moved up
    QVERIFY(m_panel->model()->text().startsWith(
        "# the role reads the current version\n{\"principal\": \"anonymous\""));
}

QTEST_MAIN(TestScenariosPanel)
#include "tst_scenariospanel.moc"
