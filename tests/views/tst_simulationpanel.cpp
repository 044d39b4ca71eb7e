// SimulationPanel inside the main window, offscreen: the matrix fills on a document, follows
// an edit, goes stale on invalid text and back, follows the secret ARN and the action, and a
// click on a cell selects the matched statement in the JSON pane.
#include "accessdiffmodel.h"
#include "accessmatrixmodel.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "policyconversions.h"
#include "simulationpanel.h"
#include "whyview.h"

#include "sim/report.h"

#include "../common/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QFutureWatcherBase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

Q_DECLARE_METATYPE(engine::sim::ReportFormat)

using model::AccessDiffModel;
using model::AccessMatrixModel;
using views::MainWindow;
using views::SimulationPanel;

using testsupport::rowOf;
using testsupport::columnOf;

namespace {

const QString role = QStringLiteral("arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets");
const QString session
    = QStringLiteral("arn:aws:sts::123456789012:assumed-role/EC2RoleToAccessSecrets/session");

QByteArray example()
{
    return testsupport::exampleText(QStringLiteral("ec2-role-current-version.json"));
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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A change report row as "principal|stage|action|before|after|change".
QString changeRow(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << model.index(row, c).data().toString();
    return cells.join(QLatin1Char('|'));
}

QStringList changeRows(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << changeRow(model, r);
    return rows;
}

void replaceFirst(views::JsonEditor *editor, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = editor->documentBytes().indexOf(from);
    QVERIFY(at >= 0);
    editor->replaceBytes(static_cast<std::size_t>(at),
                         static_cast<std::size_t>(from.size()),
                         std::string_view(to.constData(), static_cast<std::size_t>(to.size())));
}

const QStringList threeActions{QStringLiteral("secretsmanager:GetSecretValue"),
                               QStringLiteral("secretsmanager:DescribeSecret"),
                               QStringLiteral("secretsmanager:DeleteSecret")};

QByteArray exampleFile(const QString &file)
{
    return readAll(QStringLiteral(SPS_EXAMPLES_DIR "/") + file);
}

// A policy near the 20,480-character limit that names many roles (each gives two rows: the
// role and a session of it) and 16 custom version stages (20 columns in all).
QByteArray largePolicy(int roles)
{
    QStringList arns;
    for (int i = 0; i < roles; ++i)
        arns << QStringLiteral("\"arn:aws:iam::%1:role/r%2\"")
                    .arg(100000000000LL + i % 50)
                    .arg(i);
    QStringList stages;
    for (int i = 0; i < 16; ++i)
        stages << QStringLiteral("\"S%1\"").arg(i);
    return QStringLiteral(
               "{\"Version\": \"2012-10-17\", \"Statement\": ["
               "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [%1]}, "
               "\"Action\": \"secretsmanager:*\", \"Resource\": \"*\", "
               "\"Condition\": {\"ForAnyValue:StringEquals\": "
               "{\"secretsmanager:VersionStage\": [%2]}}},"
               "{\"Effect\": \"Deny\", \"Principal\": \"*\", "
               "\"Action\": \"secretsmanager:DeleteSecret\", \"Resource\": \"*\"}]}")
        .arg(arns.join(QStringLiteral(", ")), stages.join(QStringLiteral(", ")))
        .toUtf8();
}

} // namespace

class TestSimulationPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldFillOnDocument();
    void shouldComputePastTheLimitWhenAsked();
    void shouldSayWhatIsNotModelledInPlainWords();
    void shouldFollowAnEdit();
    void shouldMarkStaleOnInvalidText();
    void shouldUseTheDocumentsSecretArn();
    void shouldFollowTheAction();
    void shouldExplainAndSelectTheMatchedStatement();
    void shouldComputeQuickly();
    void shouldExportTheMatrix_data();
    void shouldExportTheMatrix();
    void shouldRefuseAnUnknownExportFormat();
    void shouldShowWhatChanged();
    void shouldFollowEditsWhileComparing();
    void shouldCompareWithTheSavedFile();
    void shouldCompareQuickly();
    void shouldExportTheChanges_data();
    void shouldExportTheChanges();
    void shouldAddPrincipals_data();
    void shouldAddPrincipals();
    void shouldRefuseABadPrincipal();
    void shouldShowSeveralActionsAtOnce();
    void shouldShowTheAccountAndNameOfARow();
    void shouldGiveAnActionWithoutStagesOneColumn();
    void shouldCopyACellsRequest();
    void shouldHighlightTheCellItExplains();
    void shouldKeepTheActionsMenuOpenWhileTicking();
    void shouldAgreeWithCliEvalForEveryAction_data();
    void shouldAgreeWithCliEvalForEveryAction();
    void shouldKeepSeveralTablesStale();
    void shouldComputeInTheBackground();
    void shouldDropAnOlderBackgroundResult();
    void benchmarkLargeRecompute_data();
    void benchmarkLargeRecompute();

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

void TestSimulationPanel::shouldComputePastTheLimitWhenAsked()
{
    // A draft over AWS's 20,480 characters: not computed by itself, "Compute Anyway" computes
    // it and every edit after it, until another document is loaded.
    QByteArray text = example();
    const qsizetype sid = text.indexOf("\"Effect\"");
    QVERIFY(sid > 0);
    text.insert(sid, "\"Sid\": \"" + QByteArray(21000, 'x') + "\",\n      ");
    QVERIFY(m_panel->model()->rowCount() > 0); // the example's results
    m_window->newDocument(text);
    m_window->controller()->reparseNow();
    m_panel->recompute();
    QVERIFY(m_panel->isSkipped());
    QVERIFY(!m_panel->computeAnywayButton()->isHidden());
    QCOMPARE(m_panel->model()->rowCount(), 0); // not the example's

    m_panel->setSynchronousCellLimit(std::numeric_limits<qsizetype>::max());
    m_panel->computeAnywayButton()->click();
    QTRY_VERIFY(!m_panel->isComputing());
    QVERIFY(!m_panel->isSkipped());
    QVERIFY(m_panel->computeAnywayButton()->isHidden());
    QCOMPARE(allowedStages(*m_panel->model()), QStringList{QStringLiteral("AWSCURRENT")});

    // An edit: still computed.
    m_window->editor()->replaceBytes(static_cast<std::size_t>(sid) + 8, 0, "y");
    m_window->controller()->reparseNow();
    m_panel->recompute();
    QVERIFY(!m_panel->isSkipped());

    // Another document past the limit: asked again, and the last document's results are not
    // shown for it (they were, greyed, as if they were its own).
    m_window->newDocument(text);
    m_window->controller()->reparseNow();
    m_panel->recompute();
    QVERIFY(m_panel->isSkipped());
    QCOMPARE(m_panel->model()->rowCount(), 0);
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

void TestSimulationPanel::shouldSayWhatIsNotModelledInPlainWords()
{
    // Users do not have our spec: no label cites it ("evaluation.md §4.5").
    QString note;
    const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        const QString text = label->text();
        QVERIFY2(!text.contains(QStringLiteral(".md")) && !text.contains(QChar(0x00A7)),
                 qPrintable(text));
        if (text.startsWith(QStringLiteral("Note: ")))
            note = text;
    }
    QCOMPARE(note,
             QStringLiteral("Note: only this secret policy and the identity policies you give are "
                            "evaluated. AWS also applies service control policies, permissions "
                            "boundaries, session policies and KMS key policies, which are not "
                            "modelled here."));
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

void TestSimulationPanel::shouldExportTheMatrix_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<engine::sim::ReportFormat>("format");
    QTest::addRow("csv") << QStringLiteral("matrix.csv") << engine::sim::ReportFormat::Csv;
    QTest::addRow("markdown") << QStringLiteral("matrix.md") << engine::sim::ReportFormat::Markdown;
    QTest::addRow("markdown long suffix")
        << QStringLiteral("matrix.MARKDOWN") << engine::sim::ReportFormat::Markdown;
    QTest::addRow("html") << QStringLiteral("matrix.html") << engine::sim::ReportFormat::Html;
    QTest::addRow("htm") << QStringLiteral("matrix.htm") << engine::sim::ReportFormat::Html;
}

void TestSimulationPanel::shouldExportTheMatrix()
{
    QFETCH(QString, fileName);
    QFETCH(engine::sim::ReportFormat, format);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QCOMPARE(SimulationPanel::reportFormatFor(path), std::optional(format));
    QString error;
    QVERIFY2(m_panel->exportMatrix(path, &error), qPrintable(error));
    const std::string expected = engine::sim::formatMatrix(m_panel->model()->matrix(), format);
    QCOMPARE(readAll(path), QByteArray::fromStdString(expected));
    // The report is the example's: the role and its one allowed stage are in it.
    QVERIFY(readAll(path).contains(role.toUtf8()));
    QVERIFY(readAll(path).contains("AWSCURRENT"));
    // Nothing but the report is left in the directory (QSaveFile's temporary is gone).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{fileName});
}

void TestSimulationPanel::shouldRefuseAnUnknownExportFormat()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!m_panel->exportMatrix(dir.filePath(QStringLiteral("matrix.xlsx")), &error));
    QVERIFY2(error.contains(QStringLiteral("Unknown report format")), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("matrix.xlsx"))));
    // Without a comparison there is no change report.
    QVERIFY(!m_panel->exportChanges(dir.filePath(QStringLiteral("changes.csv")), &error));
    QVERIFY2(error.contains(QStringLiteral("compare")), qPrintable(error));
}

void TestSimulationPanel::shouldShowWhatChanged()
{
    QVERIFY(!m_panel->isComparing());
    QCOMPARE(m_panel->changesModel()->rowCount(), 0);
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("saved.json"));
    {
        QFile f(saved);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(example());
    }
    // The new text: the role reads AWSPREVIOUS instead of AWSCURRENT (one cell lost, one
    // gained), and anyone may describe the secret (public access gained).
    replaceFirst(m_window->editor(), "\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
    replaceFirst(m_window->editor(),
                 "  ]\n}",
                 "    ,{\"Effect\": \"Allow\", \"Principal\": \"*\", "
                 "\"Action\": \"secretsmanager:DescribeSecret\", \"Resource\": \"*\"}\n  ]\n}");
    m_window->controller()->reparseNow();
    QVERIFY(!m_panel->isStale());

    QString error;
    QVERIFY(!m_panel->compareWithFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot read")), qPrintable(error));
    QVERIFY(!m_panel->isComparing());
    QVERIFY(!m_panel->compareWithText("{\"Version\": ", QStringLiteral("pasted"), &error));
    QCOMPARE(error, QStringLiteral("pasted is not a valid policy"));

    QVERIFY2(m_panel->compareWithFile(saved, &error), qPrintable(error));
    QVERIFY(m_panel->isComparing());
    const AccessDiffModel &changes = *m_panel->changesModel();
    QCOMPARE(changes.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Principal"));
    QCOMPARE(changes.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Change"));
    // New before Removed; within each the public (an unnamed account, anonymous callers)
    // first. The role's session follows the role.
    const QString unknownDenied = QStringLiteral("Unknown · policy: Denied (implicit)");
    const QString describe = QStringLiteral("|(any)|secretsmanager:DescribeSecret|");
    const QString get = QStringLiteral("|secretsmanager:GetSecretValue|");
    const QStringList rows = changeRows(changes);
    QCOMPARE(rows,
             (QStringList{
                 QStringLiteral("a principal in another account") + describe
                     + QStringLiteral("Denied (implicit)|Unknown · policy: Allowed|New"),
                 QStringLiteral("anonymous") + describe
                     + QStringLiteral("Denied (implicit)|Denied (implicit) · policy: Allowed|New"),
                 role + describe + unknownDenied + QStringLiteral("|Allowed|New"),
                 session + describe + unknownDenied + QStringLiteral("|Allowed|New"),
                 QStringLiteral("another principal in the secret's account") + describe
                     + unknownDenied + QStringLiteral("|Allowed|New"),
                 role + QStringLiteral("|AWSPREVIOUS") + get + unknownDenied
                     + QStringLiteral("|Allowed|New"),
                 session + QStringLiteral("|AWSPREVIOUS") + get + unknownDenied
                     + QStringLiteral("|Allowed|New"),
                 role + QStringLiteral("|AWSCURRENT") + get + QStringLiteral("Allowed|")
                     + unknownDenied + QStringLiteral("|Removed"),
                 session + QStringLiteral("|AWSCURRENT") + get + QStringLiteral("Allowed|")
                     + unknownDenied + QStringLiteral("|Removed"),
             }));
    QCOMPARE(changes.count(engine::sim::AccessChange::New), std::size_t{7});
    QCOMPARE(changes.count(engine::sim::AccessChange::Removed), std::size_t{2});
    QCOMPARE(changes.index(0, 0).data(AccessDiffModel::ReachRole).toInt(),
             static_cast<int>(engine::sim::Reach::Public));
    QCOMPARE(
        changes.index(0, AccessDiffModel::ChangeColumn).data(AccessDiffModel::ChangeRole).toInt(),
        static_cast<int>(engine::sim::AccessChange::New));
    QCOMPARE(changes.index(2, 0).data(AccessDiffModel::ReachRole).toInt(),
             static_cast<int>(engine::sim::Reach::SameAccount));
    QVERIFY2(m_panel->changesSummary()->text().startsWith(
                 QStringLiteral("Compared with saved.json: 7 gained, 2 removed, ")),
             qPrintable(m_panel->changesSummary()->text()));

    m_panel->showChanges();
    QCOMPARE(m_panel->tabs()->tabText(m_panel->tabs()->currentIndex()), QStringLiteral("Changes"));

    // A change row opens its cell in the matrix: the public DescribeSecret gain, then the
    // role's lost AWSCURRENT.
    QVERIFY(m_panel->showChangeInMatrix(1));
    QCOMPARE(m_panel->tabs()->tabText(m_panel->tabs()->currentIndex()), QStringLiteral("Matrix"));
    QCOMPARE(m_panel->action(), QStringLiteral("secretsmanager:DescribeSecret"));
    QVERIFY2(m_panel->explanation()->toPlainText().startsWith(
                 QStringLiteral("anonymous → secretsmanager:DescribeSecret")),
             qPrintable(m_panel->explanation()->toPlainText()));
    QVERIFY(m_panel->showChangeInMatrix(7));
    QCOMPARE(m_panel->action(), QStringLiteral("secretsmanager:GetSecretValue"));
    QVERIFY2(m_panel->explanation()->toPlainText().startsWith(
                 role + QStringLiteral(" → secretsmanager:GetSecretValue (AWSCURRENT)")),
             qPrintable(m_panel->explanation()->toPlainText()));
    QVERIFY(!m_panel->showChangeInMatrix(99));

    m_panel->clearComparison();
    QVERIFY(!m_panel->isComparing());
    QCOMPARE(changes.rowCount(), 0);
    QVERIFY(m_panel->changesSummary()->text().startsWith(QStringLiteral("Not comparing")));
}

void TestSimulationPanel::shouldFollowEditsWhileComparing()
{
    QString error;
    QVERIFY(m_panel->compareWithText(example(), QStringLiteral("the saved file"), &error));
    // The same text: nothing changed.
    QCOMPARE(m_panel->changesModel()->rowCount(), 0);
    QVERIFY(m_panel->changesModel()->count(engine::sim::AccessChange::Unchanged) > 0);
    QVERIFY(m_panel->changesSummary()->text().startsWith(
        QStringLiteral("Compared with the saved file: 0 gained, 0 removed, ")));

    // An edit that moves the stage condition to AWSPENDING recomputes the report.
    replaceFirst(m_window->editor(), "\"AWSCURRENT\"", "\"AWSPENDING\"");
    m_window->controller()->reparseNow();
    const QString get = QStringLiteral("|secretsmanager:GetSecretValue|");
    const QString unknownDenied = QStringLiteral("Unknown · policy: Denied (implicit)");
    QCOMPARE(changeRows(*m_panel->changesModel()),
             (QStringList{
                 role + QStringLiteral("|AWSPENDING") + get + unknownDenied
                     + QStringLiteral("|Allowed|New"),
                 session + QStringLiteral("|AWSPENDING") + get + unknownDenied
                     + QStringLiteral("|Allowed|New"),
                 role + QStringLiteral("|AWSCURRENT") + get + QStringLiteral("Allowed|")
                     + unknownDenied + QStringLiteral("|Removed"),
                 session + QStringLiteral("|AWSCURRENT") + get + QStringLiteral("Allowed|")
                     + unknownDenied + QStringLiteral("|Removed"),
             }));

    // Invalid text keeps the last report, marked stale.
    replaceFirst(m_window->editor(), "\"Allow\",", "\"Allow\"");
    m_window->controller()->reparseNow();
    QCOMPARE(m_panel->changesModel()->rowCount(), 4);
    QVERIFY(m_panel->changesSummary()->text().contains(QStringLiteral("stale")));
}

void TestSimulationPanel::shouldCompareWithTheSavedFile()
{
    QString error;
    QVERIFY(!m_panel->compareWithSaved(&error));
    QCOMPARE(error, QStringLiteral("The document has not been saved to a file yet."));
    QVERIFY(!m_panel->isComparing());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    QVERIFY2(m_window->saveAs(path, &error), qPrintable(error));
    replaceFirst(m_window->editor(), "\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
    m_window->controller()->reparseNow();
    QVERIFY2(m_panel->compareWithSaved(&error), qPrintable(error));
    QCOMPARE(m_panel->changesModel()->count(engine::sim::AccessChange::New), std::size_t{2});
    QCOMPARE(m_panel->changesModel()->count(engine::sim::AccessChange::Removed), std::size_t{2});
    QVERIFY2(m_panel->changesSummary()->text().startsWith(
                 QStringLiteral("Compared with the saved file policy.json: 2 gained, 2 removed")),
             qPrintable(m_panel->changesSummary()->text()));
}

void TestSimulationPanel::shouldCompareQuickly()
{
    // The change report covers every action that takes a secret; it is recomputed on the GUI
    // thread after every reparse, so it must stay well under a keystroke's interval.
    QString error;
    QVERIFY(m_panel->compareWithText(example(), QStringLiteral("saved"), &error));
    replaceFirst(m_window->editor(), "\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
    QElapsedTimer clock;
    clock.start();
    m_window->controller()->reparseNow();
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    qInfo("reparse, matrix and change report of the example: %.3f ms", ms);
    QCOMPARE(m_panel->changesModel()->rowCount(), 4);
    QVERIFY(ms < 50.0);
}

void TestSimulationPanel::shouldExportTheChanges_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<engine::sim::ReportFormat>("format");
    QTest::addRow("csv") << QStringLiteral("changes.csv") << engine::sim::ReportFormat::Csv;
    QTest::addRow("markdown") << QStringLiteral("changes.md")
                              << engine::sim::ReportFormat::Markdown;
    QTest::addRow("html") << QStringLiteral("changes.html") << engine::sim::ReportFormat::Html;
}

void TestSimulationPanel::shouldExportTheChanges()
{
    QFETCH(QString, fileName);
    QFETCH(engine::sim::ReportFormat, format);
    QString error;
    QVERIFY(m_panel->compareWithText(example(), QStringLiteral("saved"), &error));
    replaceFirst(m_window->editor(), "\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
    m_window->controller()->reparseNow();
    QCOMPARE(m_panel->changesModel()->rowCount(), 4);

    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QVERIFY2(m_panel->exportChanges(path, &error), qPrintable(error));
    const std::string expected = engine::sim::formatDiff(m_panel->changesModel()->diff(), format);
    QCOMPARE(readAll(path), QByteArray::fromStdString(expected));
    QVERIFY(readAll(path).contains("AWSPREVIOUS"));
    QVERIFY(readAll(path).contains("Removed"));
}

// The cells of one row, stage by stage: "no stage named=…;AWSCURRENT=…;…".
QString rowText(const AccessMatrixModel &model, const QString &label)
{
    const int row = rowOf(model, label);
    if (row < 0)
        return QStringLiteral("(no row)");
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c) {
        cells << model.headerData(c, Qt::Horizontal).toString() + QLatin1Char('=')
                     + model.index(row, c).data().toString();
    }
    return cells.join(QLatin1Char(';'));
}

void TestSimulationPanel::shouldAddPrincipals_data()
{
    const QString allowGet = QStringLiteral(
        R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]})");
    // Same account: the identity policy alone allows (the secret policy does not).
    const QString byIdentity = QStringLiteral("Allowed · policy: Denied (implicit)");
    const QString allowAll
        = QStringLiteral("no stage named=%1;AWSCURRENT=%1;AWSPREVIOUS=%1;AWSPENDING=%1")
              .arg(byIdentity);
    const QString unknownDenied = QStringLiteral("Unknown · policy: Denied (implicit)");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QStringList>("identityPolicies");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("addedRows");
    QTest::addColumn<QString>("cells");
    QTest::addRow("same account, identity unknown")
        << QStringLiteral("arn:aws:iam::123456789012:user/alice") << QStringList()
        << QStringLiteral("arn:aws:iam::123456789012:user/alice") << 1
        << QStringLiteral("no stage named=%1;AWSCURRENT=%1;AWSPREVIOUS=%1;AWSPENDING=%1")
               .arg(unknownDenied);
    QTest::addRow("same account, identity allows")
        << QStringLiteral("arn:aws:iam::123456789012:user/alice") << QStringList{allowGet}
        << QStringLiteral("arn:aws:iam::123456789012:user/alice") << 1 << allowAll;
    QTest::addRow("other account, identity allows, secret policy does not")
        << QStringLiteral("arn:aws:iam::444455556666:user/bob") << QStringList{allowGet}
        << QStringLiteral("arn:aws:iam::444455556666:user/bob") << 1
        << QStringLiteral("no stage named=Denied (implicit);AWSCURRENT=Denied (implicit);"
                          "AWSPREVIOUS=Denied (implicit);AWSPENDING=Denied (implicit)");
    // A principal the policy names gets the identity policies instead of a second row.
    QTest::addRow("named role, identity allows")
        << role << QStringList{allowGet} << role << 0
        << QStringLiteral("no stage named=%1;AWSCURRENT=Allowed;AWSPREVIOUS=%1;AWSPENDING=%1")
               .arg(byIdentity);
}

void TestSimulationPanel::shouldAddPrincipals()
{
    QFETCH(QString, principal);
    QFETCH(QStringList, identityPolicies);
    QFETCH(QString, label);
    QFETCH(int, addedRows);
    QFETCH(QString, cells);
    const AccessMatrixModel &model = *m_panel->model();
    const int rows = model.rowCount();
    QString error;
    QVERIFY2(m_panel->addPrincipal(principal, identityPolicies, &error), qPrintable(error));
    QCOMPARE(m_panel->addedPrincipalCount(), 1);
    QCOMPARE(model.rowCount(), rows + addedRows);
    QCOMPARE(rowText(model, label), cells);

    // The row stays across an edit (here one that changes nothing it depends on).
    replaceFirst(m_window->editor(), "\"Version\"", "\"Version\" ");
    m_window->controller()->reparseNow();
    QCOMPARE(model.rowCount(), rows + addedRows);
    QCOMPARE(rowText(model, label), cells);

    m_panel->clearAddedPrincipals();
    QCOMPARE(m_panel->addedPrincipalCount(), 0);
    QCOMPARE(model.rowCount(), rows);
}

void TestSimulationPanel::shouldRefuseABadPrincipal()
{
    const int rows = m_panel->model()->rowCount();
    QString error;
    QVERIFY(!m_panel->addPrincipal(QStringLiteral("not a principal"), {}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!m_panel->addPrincipal(QStringLiteral("arn:aws:iam::123456789012:user/alice"),
                                   {QStringLiteral("{\"Version\": ")},
                                   &error));
    QVERIFY2(error.startsWith(QStringLiteral("identity")), qPrintable(error));
    QCOMPARE(m_panel->addedPrincipalCount(), 0);
    QCOMPARE(m_panel->model()->rowCount(), rows);
}

void TestSimulationPanel::shouldShowSeveralActionsAtOnce()
{
    QCOMPARE(m_panel->tableCount(), 1);
    QVERIFY(!m_panel->setActions({}));
    QVERIFY(!m_panel->setActions({QStringLiteral("secretsmanager:ListSecrets")}));
    // Any order in, the chooser's order out.
    QVERIFY(m_panel->setActions({threeActions.at(2), threeActions.at(0), threeActions.at(1)}));
    QStringList expected = SimulationPanel::availableActions();
    expected.removeIf([](const QString &a) { return !threeActions.contains(a); });
    QCOMPARE(m_panel->actions(), expected);
    QCOMPARE(m_panel->tableCount(), 3);
    QCOMPARE(m_panel->actionsButton()->text(), QStringLiteral("3 actions"));
    for (int t = 0; t < 3; ++t) {
        QCOMPARE(m_panel->model(t)->actionName(), expected.at(t));
        QCOMPARE(m_panel->tableIndexOf(expected.at(t)), t);
        QVERIFY(m_panel->table(t)->isVisibleTo(m_panel));
        QCOMPARE(m_panel->table(t)->accessibleName(),
                 QStringLiteral("Access matrix for %1").arg(expected.at(t)));
        QVERIFY(m_panel->table(t)->parentWidget()->findChild<QLabel *>()->text()
                == expected.at(t));
    }
    QCOMPARE(m_panel->model(3), nullptr);
    // The menu's check marks follow.
    int checked = 0;
    for (QAction *item : m_panel->actionsButton()->menu()->actions()) {
        QCOMPARE(item->isChecked(), threeActions.contains(item->text()));
        checked += item->isChecked() ? 1 : 0;
    }
    QCOMPARE(checked, 3);

    // A cell in any table explains itself with its action; one current cell in all tables.
    const int del = m_panel->tableIndexOf(QStringLiteral("secretsmanager:DeleteSecret"));
    const int get = m_panel->tableIndexOf(QStringLiteral("secretsmanager:GetSecretValue"));
    const int row = rowOf(*m_panel->model(del), role);
    m_panel->selectCell(get, row, 1);
    m_panel->selectCell(del, row, 0); // DeleteSecret sends no stage: one column
    QVERIFY2(m_panel->explanation()->toPlainText().startsWith(
                 role + QStringLiteral(" → secretsmanager:DeleteSecret (every version)")),
             qPrintable(m_panel->explanation()->toPlainText()));
    QCOMPARE(m_panel->action(), QStringLiteral("secretsmanager:DeleteSecret"));
    QVERIFY(!m_panel->table(get)->currentIndex().isValid());
    // The selection survives a recompute, in its table.
    m_window->controller()->reparseNow();
    m_panel->recompute();
    QCOMPARE(m_panel->table(del)->currentIndex().row(), row);
    QCOMPARE(m_panel->action(), QStringLiteral("secretsmanager:DeleteSecret"));

    // Export writes every action.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.csv"));
    QVERIFY(m_panel->exportMatrix(path));
    const QByteArray csv = readAll(path);
    for (const QString &action : threeActions)
        QVERIFY2(csv.contains(action.toUtf8()), qPrintable(action));

    // Unticking an action drops its table; the last one cannot be unticked.
    QVERIFY(m_panel->setActionShown(QStringLiteral("secretsmanager:DescribeSecret"), false));
    QCOMPARE(m_panel->tableCount(), 2);
    QVERIFY(m_panel->setAction(QStringLiteral("secretsmanager:GetSecretValue")));
    QCOMPARE(m_panel->tableCount(), 1);
    QVERIFY(!m_panel->setActionShown(QStringLiteral("secretsmanager:GetSecretValue"), false));
    QCOMPARE(m_panel->actionsButton()->text(), QStringLiteral("secretsmanager:GetSecretValue"));
}

void TestSimulationPanel::shouldShowTheAccountAndNameOfARow()
{
    // Issue 13: "arn:aws:iam::1…012:user/mateo" hid the account though there was room.
    m_window->newDocument(
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": "
        "{\"AWS\": \"arn:aws:iam::111122223333:user/mateo\"}, \"Action\": "
        "\"secretsmanager:GetSecretValue\", \"Resource\": \"*\"}]}");
    m_window->controller()->reparseNow();
    const QString arn = QStringLiteral("arn:aws:iam::111122223333:user/mateo");
    const int row = rowOf(*m_panel->model(), arn);
    QVERIFY(row >= 0);
    QTableView *table = m_panel->table();
    // Narrow: the account and the name stay whole, the "arn:aws:iam::" prefix goes.
    table->resize(300, 300);
    QCOMPARE(table->model()->headerData(row, Qt::Vertical).toString(),
             QStringLiteral("111122223333:user/mateo"));
    // Wide: the labels may grow with the table, up to the whole ARN.
    table->resize(1000, 300);
    QCOMPARE(table->model()->headerData(row, Qt::Vertical).toString(), arn);
    QCOMPARE(table->model()->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString().section(
                 QLatin1Char('\n'), 0, 0),
             arn);
}

void TestSimulationPanel::shouldGiveAnActionWithoutStagesOneColumn()
{
    // Issue 13: DescribeSecret had four identical stage columns.
    QVERIFY(m_panel->setActions(threeActions));
    QCOMPARE(m_panel->tableCount(), 3);
    QCOMPARE(m_panel->table(m_panel->tableIndexOf(threeActions.at(0)))->model()->columnCount(), 4);
    for (int t : {m_panel->tableIndexOf(threeActions.at(1)), m_panel->tableIndexOf(threeActions.at(2))}) {
        QCOMPARE(m_panel->table(t)->model()->columnCount(), 1);
        QCOMPARE(m_panel->table(t)->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("every version"));
    }
}

void TestSimulationPanel::shouldCopyACellsRequest()
{
    // Issue 13: Copy Request and Copy eval Command on a matrix cell.
    const AccessMatrixModel &model = *m_panel->model();
    const int row = rowOf(model, role);
    const int column = columnOf(model, QStringLiteral("AWSCURRENT"));
    QVERIFY(row >= 0 && column >= 0);
    m_panel->selectCell(row, column);
    QTableView *table = m_panel->table();
    QAction *copyRequest = nullptr;
    QAction *copyCommand = nullptr;
    for (QAction *a : table->actions()) {
        if (a->objectName() == QLatin1String("copyRequestAction"))
            copyRequest = a;
        if (a->objectName() == QLatin1String("copyEvalCommandAction"))
            copyCommand = a;
    }
    QVERIFY(copyRequest && copyCommand);
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    copyRequest->trigger();
    const QString request = model.index(row, column).data(AccessMatrixModel::RequestJsonRole).toString();
    QVERIFY(!request.isEmpty());
    QCOMPARE(QApplication::clipboard()->text(), request);
    copyCommand->trigger();
    // An untitled policy: the command names the file Save As suggests.
    QCOMPARE(QApplication::clipboard()->text(),
             model::evalCommand(request, QStringLiteral("policy.json")));
    QVERIFY(QApplication::clipboard()->text().endsWith(
        QLatin1String("| secret-policy eval --policy policy.json")));
}

void TestSimulationPanel::shouldHighlightTheCellItExplains()
{
    // Issue 13: after Alt+4 and Tab the why panel explained a cell that was not highlighted.
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTableView *table = m_panel->table();
    QVERIFY(!table->currentIndex().isValid());
    table->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table->currentIndex().isValid());
    QVERIFY(table->selectionModel()->isSelected(table->currentIndex()));
    QVERIFY(m_panel->why()->count() > 0); // it explains that cell
}

void TestSimulationPanel::shouldKeepTheActionsMenuOpenWhileTicking()
{
    // Issue 13: the Actions multi-select closed after each tick.
    QMenu *menu = m_panel->actionsButton()->menu();
    QVERIFY(menu);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    menu->popup(m_panel->actionsButton()->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QAction *describe = nullptr;
    QAction *remove = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == threeActions.at(1))
            describe = a;
        if (a->text() == threeActions.at(2))
            remove = a;
    }
    QVERIFY(describe && remove);
    const QPoint at = menu->actionGeometry(describe).center();
    QTest::mouseMove(menu, at);
    QTest::mouseClick(menu, Qt::LeftButton, {}, at);
    QVERIFY(describe->isChecked());
    QVERIFY(menu->isVisible());
    menu->setActiveAction(remove);
    QTest::keyClick(menu, Qt::Key_Space);
    QVERIFY(remove->isChecked());
    QVERIFY(menu->isVisible());
    QCOMPARE(m_panel->tableCount(), 3);
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
}

void TestSimulationPanel::shouldAgreeWithCliEvalForEveryAction_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("arn");
    const QString own = SimulationPanel::exampleSecretArn();
    const QString other = QStringLiteral(
        "arn:aws:secretsmanager:us-east-1:444455556666:secret:shared-AbCdEf");
    QTest::addRow("ec2 role") << QStringLiteral("ec2-role-current-version.json") << own;
    QTest::addRow("cross-account user") << QStringLiteral("cross-account-user.json") << other;
    QTest::addRow("all operations") << QStringLiteral("user-all-operations.json") << own;
}

// Every cell of every table is what `secret-policy eval` answers to the cell's request.
void TestSimulationPanel::shouldAgreeWithCliEvalForEveryAction()
{
    QFETCH(QString, file);
    QFETCH(QString, arn);
    if (!QFile::exists(QStringLiteral(SPS_CLI_PATH)))
        QSKIP("the secret-policy CLI is not built");
    m_window->editor()->setDocumentBytes(exampleFile(file));
    m_window->setSecretArn(arn);
    m_window->controller()->reparseNow();
    QVERIFY(m_panel->setActions(SimulationPanel::availableActions()));
    QCOMPARE(m_panel->tableCount(), SimulationPanel::availableActions().size());
    QByteArray requests;
    QStringList shown;
    for (int t = 0; t < m_panel->tableCount(); ++t) {
        const AccessMatrixModel &model = *m_panel->model(t);
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                requests += model.index(r, c)
                                .data(AccessMatrixModel::RequestJsonRole)
                                .toString()
                                .toUtf8()
                            + '\n';
                shown << model.index(r, c).data().toString();
            }
        }
    }
    QList<QByteArray> answers;
    QString why;
    const QString policyPath = QStringLiteral(SPS_EXAMPLES_DIR "/") + file;
    QVERIFY2(testsupport::evalWithCli(policyPath, requests, &answers, &why), qPrintable(why));
    QCOMPARE(answers.size(), shown.size());
    int at = 0;
    for (int t = 0; t < m_panel->tableCount(); ++t) {
        const AccessMatrixModel &model = *m_panel->model(t);
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c, ++at) {
                const QJsonObject answer = QJsonDocument::fromJson(answers.at(at)).object();
                const QModelIndex cell = model.index(r, c);
                const QString where = QStringLiteral("%1 / %2 / %3")
                                          .arg(model.actionName(),
                                               model.headerData(r, Qt::Vertical).toString(),
                                               model.headerData(c, Qt::Horizontal).toString());
                QVERIFY2(answer.value(QStringLiteral("effectiveDecision")).toString()
                             == QString::fromLatin1(engine::outcomeName(
                                 cell.data(AccessMatrixModel::EffectiveDecisionRole)
                                     .value<engine::Outcome>())),
                         qPrintable(where));
                QVERIFY2(answer.value(QStringLiteral("decision")).toString()
                             == QString::fromLatin1(engine::outcomeName(
                                 cell.data(AccessMatrixModel::DecisionRole)
                                     .value<engine::Outcome>())),
                         qPrintable(where));
                QVERIFY2(answer.value(QStringLiteral("explain")).toString()
                             == cell.data(AccessMatrixModel::ExplainRole).toString(),
                         qPrintable(where));
            }
        }
    }
}

void TestSimulationPanel::shouldKeepSeveralTablesStale()
{
    QVERIFY(m_panel->setActions(threeActions));
    const int row = rowOf(*m_panel->model(0), role);
    const QString before = rowText(*m_panel->model(0), role);
    replaceFirst(m_window->editor(), "\"Allow\",", "\"Allow\"");
    m_window->controller()->reparseNow();
    QVERIFY(m_panel->isStale());
    QCOMPARE(m_panel->tableCount(), 3);
    for (int t = 0; t < 3; ++t) {
        QVERIFY(m_panel->model(t)->isStale());
        QVERIFY(!m_panel->model(t)->index(row, 1).data(Qt::BackgroundRole).isValid());
    }
    QCOMPARE(rowText(*m_panel->model(0), role), before);
    // Choosing actions while stale keeps the last tables (and says so).
    QVERIFY(m_panel->setAction(QStringLiteral("secretsmanager:PutSecretValue")));
    QCOMPARE(m_panel->tableCount(), 3);
    QVERIFY(m_panel->staleLabel()->isVisibleTo(m_panel));
    m_window->editor()->setDocumentBytes(example());
    m_window->controller()->reparseNow();
    QVERIFY(!m_panel->isStale());
    QCOMPARE(m_panel->tableCount(), 1);
    QCOMPARE(m_panel->model(0)->actionName(), QStringLiteral("secretsmanager:PutSecretValue"));
    QVERIFY(!m_panel->model(0)->isStale());
}

void TestSimulationPanel::shouldComputeInTheBackground()
{
    QVERIFY(m_panel->setActions(threeActions));
    const QString before = rowText(*m_panel->model(0), role);
    QVERIFY(!before.isEmpty());
    m_panel->setSynchronousCellLimit(0); // every matrix goes to the worker
    QSignalSpy updated(m_panel, &SimulationPanel::matrixUpdated);
    replaceFirst(m_window->editor(), "\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
    m_window->controller()->reparseNow();
    // The last matrix stays shown, marked as being recomputed.
    QVERIFY(m_panel->isComputing());
    QVERIFY(m_panel->computingLabel()->isVisibleTo(m_panel));
    QCOMPARE(rowText(*m_panel->model(0), role), before);
    QVERIFY(updated.wait());
    QCOMPARE(updated.count(), 1);
    QVERIFY(!m_panel->isComputing());
    QVERIFY(!m_panel->computingLabel()->isVisibleTo(m_panel));
    QCOMPARE(m_panel->tableCount(), 3);
    const int get = m_panel->tableIndexOf(QStringLiteral("secretsmanager:GetSecretValue"));
    QCOMPARE(allowedStages(*m_panel->model(get)), QStringList{QStringLiteral("AWSPREVIOUS")});

    // Invalid text while computing: the result is dropped and the last matrix goes stale.
    replaceFirst(m_window->editor(), "\"AWSPREVIOUS\"", "\"AWSPENDING\"");
    m_window->controller()->reparseNow(); // the panel reads the editor's new snapshot
    QVERIFY(m_panel->isComputing());
    replaceFirst(m_window->editor(), "\"Allow\",", "\"Allow\"");
    m_window->controller()->reparseNow(); // the panel reads the editor's new snapshot
    QVERIFY(!m_panel->isComputing());
    QVERIFY(m_panel->isStale());
    QTRY_COMPARE(m_panel->findChildren<QFutureWatcherBase *>().size(), 0);
    QCOMPARE(updated.count(), 1);
    QVERIFY(m_panel->isStale());
    QCOMPARE(allowedStages(*m_panel->model(get)), QStringList{QStringLiteral("AWSPREVIOUS")});
}

void TestSimulationPanel::shouldDropAnOlderBackgroundResult()
{
    m_panel->setSynchronousCellLimit(0);
    QSignalSpy updated(m_panel, &SimulationPanel::matrixUpdated);
    // Two recomputes in a row: the first (AWSPREVIOUS) must never show, whenever it ends.
    replaceFirst(m_window->editor(), "\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
    m_window->controller()->reparseNow(); // the panel reads the editor's new snapshot
    replaceFirst(m_window->editor(), "\"AWSPREVIOUS\"", "\"AWSPENDING\"");
    m_window->controller()->reparseNow(); // the panel reads the editor's new snapshot
    QVERIFY(updated.wait());
    QCOMPARE(allowedStages(*m_panel->model()), QStringList{QStringLiteral("AWSPENDING")});
    // Both workers are done (their watchers deleted): the older result was dropped.
    QTRY_COMPARE(m_panel->findChildren<QFutureWatcherBase *>().size(), 0);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(allowedStages(*m_panel->model()), QStringList{QStringLiteral("AWSPENDING")});
    QVERIFY(!m_panel->isComputing());
}

void TestSimulationPanel::benchmarkLargeRecompute_data()
{
    QTest::addColumn<bool>("background");
    QTest::addRow("GUI thread") << false;
    QTest::addRow("worker, until shown") << true;
}

// The GUI-level recompute (parse, derive, compute, model resets, table sizing) of issue 5's
// size: ~1,000 principals × 20 stages × 5 actions on a policy near the size limit.
void TestSimulationPanel::benchmarkLargeRecompute()
{
    QFETCH(bool, background);
    const QByteArray text = largePolicy(420);
    qInfo("policy: %lld characters", static_cast<long long>(text.size()));
    m_panel->setSynchronousCellLimit(background ? 0 : std::numeric_limits<qsizetype>::max());
    m_window->editor()->setDocumentBytes(text);
    m_window->controller()->reparseNow();
    QVERIFY(m_panel->setActions(threeActions + QStringList{
                                                   QStringLiteral("secretsmanager:PutSecretValue"),
                                                   QStringLiteral("secretsmanager:UpdateSecret")}));
    QSignalSpy updated(m_panel, &SimulationPanel::matrixUpdated);
    if (background)
        QVERIFY(updated.wait(30000));
    qInfo("matrix: %d principals × %d stages × %d actions",
          m_panel->model()->rowCount(),
          m_panel->model()->columnCount(),
          m_panel->tableCount());
    QCOMPARE(m_panel->tableCount(), 5);
    const int get = m_panel->tableIndexOf(QStringLiteral("secretsmanager:GetSecretValue"));
    QVERIFY(m_panel->model(get)->rowCount() > 800);
    QCOMPARE(m_panel->model(get)->columnCount(), 20);
    QElapsedTimer clock;
    clock.start();
    m_panel->recompute();
    const double onGuiThread = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    if (background)
        QVERIFY(updated.wait(30000));
    qInfo("recompute: %.1f ms on the GUI thread, %.1f ms until shown, engine %.1f ms, "
          "showing it %.1f ms",
          onGuiThread,
          static_cast<double>(clock.nsecsElapsed()) / 1e6,
          m_panel->lastComputeMilliseconds(),
          m_panel->lastApplyMilliseconds());
    QBENCHMARK {
        m_panel->recompute();
        if (background)
            QVERIFY(updated.wait(30000));
    }
}

QTEST_MAIN(TestSimulationPanel)
#include "tst_simulationpanel.moc"
