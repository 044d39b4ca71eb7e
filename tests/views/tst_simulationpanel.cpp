// SimulationPanel inside the main window, offscreen: the matrix fills on a document, follows
// an edit, goes stale on invalid text and back, follows the secret ARN and the action, and a
// click on a cell selects the matched statement in the JSON pane.
#include "accessmatrixmodel.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "simulationpanel.h"

#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QtTest>

using model::AccessMatrixModel;
using views::MainWindow;
using views::SimulationPanel;

namespace {

const QString role = QStringLiteral("arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets");

QByteArray example()
{
    QFile f(QStringLiteral(SPS_EXAMPLES_DIR "/ec2-role-current-version.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int rowOf(const QAbstractItemModel &model, const QString &label)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.headerData(r, Qt::Vertical).toString() == label)
            return r;
    }
    return -1;
}

int columnOf(const QAbstractItemModel &model, const QString &label)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == label)
            return c;
    }
    return -1;
}

// The stages where the role's effective decision is Allowed.
QStringList allowedStages(const AccessMatrixModel &model)
{
    QStringList stages;
    const int row = rowOf(model, role);
    for (int c = 0; c < model.columnCount() && row >= 0; ++c) {
        if (model.index(row, c).data().toString() == QStringLiteral("Allowed"))
            stages << model.headerData(c, Qt::Horizontal).toString();
    }
    return stages;
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

class TestSimulationPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldFillOnDocument();
    void shouldFollowAnEdit();
    void shouldMarkStaleOnInvalidText();
    void shouldUseTheDocumentsSecretArn();
    void shouldFollowTheAction();
    void shouldExplainAndSelectTheMatchedStatement();
    void shouldComputeQuickly();

private:
    MainWindow *m_window = nullptr;
    SimulationPanel *m_panel = nullptr;
};

void TestSimulationPanel::init()
{
    m_window = new MainWindow;
    m_window->newDocument(example());
    m_panel = m_window->simulationPanel();
    QVERIFY(m_panel);
}

void TestSimulationPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestSimulationPanel::shouldFillOnDocument()
{
    QCOMPARE(m_window->simulationDock()->windowTitle(), QStringLiteral("Simulation"));
    const AccessMatrixModel &model = *m_panel->model();
    QCOMPARE(model.columnCount(), 4);
    QVERIFY(rowOf(model, role) >= 0);
    QCOMPARE(allowedStages(model), QStringList{QStringLiteral("AWSCURRENT")});
    QCOMPARE(m_panel->action(), QStringLiteral("secretsmanager:GetSecretValue"));
    QVERIFY(!m_panel->isStale());
    QCOMPARE(m_panel->secretArnInUse(), SimulationPanel::exampleSecretArn());
    QVERIFY(m_panel->arnLabel()->text().contains(SimulationPanel::exampleSecretArn()));
    QVERIFY(m_panel->arnLabel()->text().contains(QStringLiteral("example ARN")));
    QVERIFY(m_panel->arnLabel()->text().contains(QStringLiteral("Policy > Secret ARN")));
}

void TestSimulationPanel::shouldFollowAnEdit()
{
    replaceFirst(m_window->editor(), "\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
    m_window->controller()->reparseNow();
    QCOMPARE(allowedStages(*m_panel->model()), QStringList{QStringLiteral("AWSPREVIOUS")});

    // A custom label becomes a column of its own.
    replaceFirst(m_window->editor(), "\"AWSPREVIOUS\"", "\"Blue\"");
    m_window->controller()->reparseNow();
    QCOMPARE(m_panel->model()->columnCount(), 5);
    QCOMPARE(allowedStages(*m_panel->model()), QStringList{QStringLiteral("Blue")});

    // Typing reparses on the controller's timer; the matrix follows without a call.
    replaceFirst(m_window->editor(), "\"Blue\"", "\"AWSPENDING\"");
    QTRY_COMPARE(allowedStages(*m_panel->model()), QStringList{QStringLiteral("AWSPENDING")});
}

void TestSimulationPanel::shouldMarkStaleOnInvalidText()
{
    AccessMatrixModel &model = *m_panel->model();
    const int row = rowOf(model, role);
    const int current = columnOf(model, QStringLiteral("AWSCURRENT"));
    m_panel->selectCell(row, current);
    replaceFirst(m_window->editor(), "\"Allow\",", "\"Allow\"");
    m_window->controller()->reparseNow();
    QVERIFY(m_panel->isStale());
    QVERIFY(model.isStale());
    QVERIFY(m_panel->staleLabel()->isVisibleTo(m_panel));
    QVERIFY(m_panel->staleLabel()->text().contains(QStringLiteral("Stale")));
    // The last results stay, greyed.
    QCOMPARE(model.index(row, current).data().toString(), QStringLiteral("Allowed"));
    QVERIFY(!model.index(row, current).data(Qt::BackgroundRole).isValid());
    QVERIFY(!m_panel->explanation()->isEnabled());

    // Another action while stale: the last matrix (of GetSecretValue) stays and says so.
    QVERIFY(m_panel->setAction(QStringLiteral("secretsmanager:DeleteSecret")));
    QVERIFY(m_panel->isStale());
    QCOMPARE(model.index(row, current).data().toString(), QStringLiteral("Allowed"));
    m_panel->selectCell(row, columnOf(model, QStringLiteral("AWSPREVIOUS")));
    QVERIFY(m_panel->explanation()->toPlainText().contains(
        QStringLiteral("→ secretsmanager:GetSecretValue (AWSPREVIOUS)")));
    m_panel->selectCell(row, current);
    QVERIFY(m_panel->setAction(QStringLiteral("secretsmanager:GetSecretValue")));

    // Valid JSON that is not a valid policy is stale too.
    replaceFirst(m_window->editor(), "\"Allow\"", "\"Allow\", \"Effect\": \"Deny\",");
    m_window->controller()->reparseNow();
    QVERIFY(m_panel->isStale());

    m_window->editor()->setDocumentBytes(example());
    m_window->controller()->reparseNow();
    QVERIFY(!m_panel->isStale());
    QVERIFY(!m_panel->staleLabel()->isVisibleTo(m_panel));
    QVERIFY(model.index(row, current).data(Qt::BackgroundRole).isValid());
    // The selected cell survives the recompute.
    QCOMPARE(m_panel->table()->currentIndex().row(), row);
    QCOMPARE(m_panel->table()->currentIndex().column(), current);
    QVERIFY(m_panel->explanation()->toPlainText().contains(QStringLiteral("Allowed")));
}

void TestSimulationPanel::shouldUseTheDocumentsSecretArn()
{
    const QString arn
        = QStringLiteral("arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-XyZ123");
    m_window->setSecretArn(arn);
    QCOMPARE(m_panel->secretArnInUse(), arn);
    QVERIFY(m_panel->arnLabel()->text().contains(arn));
    QVERIFY(!m_panel->arnLabel()->text().contains(QStringLiteral("example")));
    const QJsonObject request
        = QJsonDocument::fromJson(m_panel->model()
                                      ->index(0, 1)
                                      .data(AccessMatrixModel::RequestJsonRole)
                                      .toString()
                                      .toUtf8())
              .object();
    QCOMPARE(request.value(QStringLiteral("resource")).toString(), arn);
}

void TestSimulationPanel::shouldFollowTheAction()
{
    QVERIFY(!m_panel->setAction(QStringLiteral("secretsmanager:ListSecrets")));
    QVERIFY(m_panel->setAction(QStringLiteral("secretsmanager:PutSecretValue")));
    const AccessMatrixModel &model = *m_panel->model();
    QCOMPARE(model.matrix().setup.actions,
             std::vector<std::string>{"secretsmanager:PutSecretValue"});
    QCOMPARE(allowedStages(model), QStringList());
    QVERIFY(m_panel->setAction(QStringLiteral("secretsmanager:GetSecretValue")));
    QCOMPARE(allowedStages(model), QStringList{QStringLiteral("AWSCURRENT")});
}

void TestSimulationPanel::shouldExplainAndSelectTheMatchedStatement()
{
    const AccessMatrixModel &model = *m_panel->model();
    const int row = rowOf(model, role);
    const int current = columnOf(model, QStringLiteral("AWSCURRENT"));
    m_window->editor()->selectBytes(0, 0);
    m_panel->selectCell(row, current);
    const QString text = m_panel->explanation()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Effective decision: Allowed")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Secret policy's decision: Allowed")));
    QVERIFY(text.contains(QStringLiteral("Matched statements: #0 Allow")));
    QVERIFY(text.contains(
        model.index(row, current).data(AccessMatrixModel::RequestJsonRole).toString()));
    // The statement object is selected in the JSON pane: from its "{" to after its "}".
    const QByteArray bytes = m_window->editor()->documentBytes();
    const qsizetype begin = bytes.indexOf("{\n      \"Effect\"");
    QVERIFY(begin > 0);
    QCOMPARE(m_window->editor()->anchorOffset(), static_cast<std::size_t>(begin));
    QCOMPARE(bytes.at(static_cast<qsizetype>(m_window->editor()->caretOffset()) - 1), '}');

    // A cell without matched statements explains but leaves the selection alone.
    m_window->editor()->selectBytes(0, 0);
    m_panel->selectCell(row, columnOf(model, QStringLiteral("AWSPREVIOUS")));
    QVERIFY(
        m_panel->explanation()->toPlainText().contains(QStringLiteral("Matched statements: none")));
    QCOMPARE(m_window->editor()->caretOffset(), std::size_t{0});
}

void TestSimulationPanel::shouldComputeQuickly()
{
    m_panel->recompute();
    qInfo("matrix of the example: %.3f ms", m_panel->lastComputeMilliseconds());
    QVERIFY(m_panel->lastComputeMilliseconds() < 50.0);
}

QTEST_MAIN(TestSimulationPanel)
#include "tst_simulationpanel.moc"
