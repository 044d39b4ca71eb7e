// The Simulation dock's Context tab and per-file memory, in the main window offscreen: the tab
// lists the policy's keys, a value typed in its editor flips the matrix and appears in the
// cells' requests, invalid values are explained and not used, and the secret ARN, the context
// values and the added principals (with identity policies loaded from a file) come back when
// the file is opened again.
#include "accessmatrixmodel.h"
#include "contextkeyeditor.h"
#include "contextkeysmodel.h"
#include "editorcontroller.h"
#include "mainwindow.h"
#include "preferences.h"
#include "principalsdialog.h"
#include "simulationpanel.h"

#include "../common/testsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using model::AccessMatrixModel;
using model::ContextKeysModel;
using views::ContextKeyEditor;
using views::MainWindow;
using views::SimulationPanel;

using testsupport::rowOf;

namespace {

const QString reader = QStringLiteral("arn:aws:iam::123456789012:role/Reader");
const QString partner = QStringLiteral("arn:aws:iam::444455556666:role/Partner");
const QString secretArn
    = QStringLiteral("arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf");

// Reader from one network over TLS; Partner (another account) too.
const char *const policy = R"({
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "FromOffice",
    "Effect": "Allow",
    "Principal": {"AWS": ["arn:aws:iam::123456789012:role/Reader",
                          "arn:aws:iam::444455556666:role/Partner"]},
    "Action": "secretsmanager:GetSecretValue",
    "Resource": "*",
    "Condition": {
      "IpAddress": {"aws:SourceIp": "203.0.113.0/24"},
      "Bool": {"aws:SecureTransport": "true"}
    }
  }]
})";

const char *const partnerIdentity = R"({
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": "*",
                 "Condition": {"StringEquals": {"aws:PrincipalTag/team": "payments"}}}]
})";

// The row's cells, by column.
QStringList cells(const AccessMatrixModel &model, const QString &label)
{
    QStringList texts;
    const int row = rowOf(model, label);
    for (int c = 0; c < model.columnCount() && row >= 0; ++c)
        texts << model.index(row, c).data().toString();
    return texts;
}

// "key|source", one per row.
QStringList sources(const ContextKeysModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.index(r, ContextKeysModel::KeyColumn).data().toString() + QLatin1Char('|')
                    + model.index(r, ContextKeysModel::SourceColumn).data().toString();
    return rows;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestContextKeyEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldListThePolicysKeys();
    void shouldFlipTheMatrixWithAValue();
    void shouldExplainInvalidValues();
    void shouldOfferTrueOrFalseForBoolKeys();
    void shouldAddAnotherKey();
    void shouldListIdentityPolicyKeys();
    void shouldLocateErrorsOfAnIdentityPolicyFile();
    void shouldRestoreArnContextAndPrincipalsOnOpen();
    void shouldUseThePreferredArnWithoutOne();

private:
    MainWindow *m_window = nullptr;
    SimulationPanel *m_panel = nullptr;
    ContextKeyEditor *m_editor = nullptr;
};

void TestContextKeyEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    model::Preferences::instance().setDefaultSecretArn({});
}

void TestContextKeyEditor::init()
{
    m_window = new MainWindow;
    m_window->setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
    m_window->newDocument(policy);
    m_panel = m_window->simulationPanel();
    m_editor = m_panel->contextEditor();
    QVERIFY(m_editor);
}

void TestContextKeyEditor::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestContextKeyEditor::shouldListThePolicysKeys()
{
    QCOMPARE(m_panel->tabs()->tabText(m_panel->tabs()->indexOf(m_editor)),
             QStringLiteral("Context"));
    m_panel->showContext();
    QCOMPARE(m_panel->tabs()->currentWidget(), m_editor);
    QCOMPARE(sources(*m_panel->contextModel()),
             QStringList({QStringLiteral("aws:SourceIp|Absent"),
                          QStringLiteral("aws:SecureTransport|Derived from the request")}));
    QCOMPARE(m_editor->summary()->text(),
             QStringLiteral("The policy uses 2 context key(s). Given: 0, derived from each "
                            "request: 1, absent: 1."));
    QVERIFY(!m_editor->table()->accessibleName().isEmpty());
}

void TestContextKeyEditor::shouldFlipTheMatrixWithAValue()
{
    AccessMatrixModel *matrix = m_panel->model();
    // The Reader's identity policies are unknown: only the policy's denial is certain.
    const QString denied = QStringLiteral("Unknown · policy: Denied (implicit)");
    QCOMPARE(cells(*matrix, reader), QStringList(matrix->columnCount(), denied));

    QVERIFY(m_editor->selectKey(QStringLiteral("aws:SourceIp")));
    QCOMPARE(m_editor->selectedKey(), QStringLiteral("aws:SourceIp"));
    m_editor->setValueText(QStringLiteral("203.0.113.5"));
    QVERIFY(m_editor->apply());
    QCOMPARE(cells(*matrix, reader), QStringList(matrix->columnCount(), QStringLiteral("Allowed")));
    QVERIFY(!m_editor->message()->isVisibleTo(m_editor));
    QCOMPARE(m_panel->contextModel()->sourceOf(QStringLiteral("aws:SourceIp")),
             ContextKeysModel::Source::Given);

    // The cell's request (shown under the matrix and exported) carries the context.
    const QModelIndex cell = matrix->index(rowOf(*matrix, reader), 0);
    const QString request = cell.data(AccessMatrixModel::RequestJsonRole).toString();
    QVERIFY2(request.contains(QStringLiteral("\"context\"")), qPrintable(request));
    QVERIFY2(request.contains(QStringLiteral("203.0.113.5")), qPrintable(request));
    m_panel->selectCell(cell.row(), cell.column());
    QVERIFY(m_panel->explanation()->toPlainText().contains(QStringLiteral("203.0.113.5")));

    // Back to absent.
    m_editor->clearValue();
    QCOMPARE(m_panel->contextModel()->sourceOf(QStringLiteral("aws:SourceIp")),
             ContextKeysModel::Source::Absent);
    QCOMPARE(cells(*matrix, reader), QStringList(matrix->columnCount(), denied));
}

void TestContextKeyEditor::shouldExplainInvalidValues()
{
    AccessMatrixModel *matrix = m_panel->model();
    const QStringList before = cells(*matrix, reader);
    QVERIFY(m_editor->selectKey(QStringLiteral("aws:SourceIp")));
    m_editor->setValueText(QStringLiteral("203.0.113.500"));
    QVERIFY(!m_editor->apply());
    QVERIFY(m_editor->message()->isVisibleTo(m_editor));
    QCOMPARE(m_editor->message()->text(),
             QStringLiteral("Not used: \"203.0.113.500\" is not an IP address, for example "
                            "203.0.113.5 or 2001:db8::1"));
    QCOMPARE(m_panel->contextModel()->sourceOf(QStringLiteral("aws:SourceIp")),
             ContextKeysModel::Source::Invalid);
    QCOMPARE(m_editor->textEditor()->toPlainText(), QStringLiteral("203.0.113.500"));
    QCOMPARE(cells(*matrix, reader), before);
    QVERIFY(m_editor->summary()->text().endsWith(
        QStringLiteral("1 value(s) not used because invalid.")));
}

void TestContextKeyEditor::shouldOfferTrueOrFalseForBoolKeys()
{
    AccessMatrixModel *matrix = m_panel->model();
    QVERIFY(m_editor->selectKey(QStringLiteral("aws:SourceIp")));
    m_editor->setValueText(QStringLiteral("203.0.113.5"));
    QVERIFY(m_editor->apply());
    QVERIFY(m_editor->selectKey(QStringLiteral("aws:SecureTransport")));
    QVERIFY(m_editor->boolEditor()->isVisibleTo(m_editor));
    QVERIFY(!m_editor->textEditor()->isVisibleTo(m_editor));
    m_editor->boolEditor()->setCurrentIndex(
        m_editor->boolEditor()->findData(QStringLiteral("false")));
    QVERIFY(m_editor->apply());
    QCOMPARE(m_panel->contextModel()->valueText(QStringLiteral("aws:SecureTransport")),
             QStringLiteral("false"));
    QCOMPARE(
        cells(*matrix, reader),
        QStringList(matrix->columnCount(), QStringLiteral("Unknown · policy: Denied (implicit)")));
}

void TestContextKeyEditor::shouldAddAnotherKey()
{
    QVERIFY(!m_editor->addKey(QStringLiteral("aws:PrincipalTag/")));
    QCOMPARE(m_editor->message()->text(),
             QStringLiteral("Not used: aws:PrincipalTag/ needs a tag name after the /, for "
                            "example aws:PrincipalTag/team"));
    QVERIFY(m_editor->keyChooser()->findText(QStringLiteral("aws:SourceVpce")) >= 0);
    QVERIFY(m_editor->addKey(QStringLiteral("aws:SourceVpce")));
    QCOMPARE(m_editor->selectedKey(), QStringLiteral("aws:SourceVpce"));
    m_editor->setValueText(QStringLiteral("vpce-1a2b3c4d"));
    QVERIFY(m_editor->apply());
    const QString request
        = m_panel->model()->index(0, 0).data(AccessMatrixModel::RequestJsonRole).toString();
    QVERIFY2(request.contains(QStringLiteral("vpce-1a2b3c4d")), qPrintable(request));
}

// An added principal's identity policy tests aws:PrincipalTag/team: the key gets a row.
void TestContextKeyEditor::shouldListIdentityPolicyKeys()
{
    QString error;
    QVERIFY2(m_panel->addPrincipal(partner, {QString::fromUtf8(partnerIdentity)}, &error),
             qPrintable(error));
    QCOMPARE(sources(*m_panel->contextModel()),
             QStringList({QStringLiteral("aws:SourceIp|Absent"),
                          QStringLiteral("aws:SecureTransport|Derived from the request"),
                          QStringLiteral("aws:PrincipalTag/team|Absent")}));
    QVERIFY(m_panel->contextModel()->setValue(QStringLiteral("aws:SourceIp"),
                                              QStringLiteral("203.0.113.5")));
    // Cross-account: both sides must allow; the identity policy needs the tag.
    AccessMatrixModel *matrix = m_panel->model();
    QCOMPARE(
        cells(*matrix, partner),
        QStringList(matrix->columnCount(), QStringLiteral("Denied (implicit) · policy: Allowed")));
    QVERIFY(m_panel->contextModel()->setValue(QStringLiteral("aws:PrincipalTag/team"),
                                              QStringLiteral("payments")));
    QCOMPARE(cells(*matrix, partner),
             QStringList(matrix->columnCount(), QStringLiteral("Allowed")));
}

void TestContextKeyEditor::shouldLocateErrorsOfAnIdentityPolicyFile()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(broken,
                      "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": "
                      "\"Allow\" \"Action\": \"*\"}\n  ]\n}\n"));
    const QString good = dir.filePath(QStringLiteral("partner.json"));
    QVERIFY(writeFile(good, partnerIdentity));

    views::PrincipalsDialog dialog(m_panel);
    QString error;
    QVERIFY(!dialog.loadIdentityPolicyFile(broken, &error));
    QVERIFY2(error.startsWith(QStringLiteral("broken.json, line 4, column 24: ")),
             qPrintable(error));
    QCOMPARE(dialog.message()->text(), error);
    QVERIFY(!dialog.loadIdentityPolicyFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("missing.json: ")), qPrintable(error));

    QVERIFY(dialog.loadIdentityPolicyFile(good, &error));
    QVERIFY(!dialog.message()->isVisibleTo(&dialog));
    dialog.principalEdit()->setText(partner);
    QVERIFY(dialog.addTyped());
    QCOMPARE(dialog.list()->count(), 1);
    QCOMPARE(dialog.list()->item(0)->text(),
             QStringLiteral("%1 (identity policies: 1)").arg(partner));
    QCOMPARE(m_panel->addedPrincipalCount(), 1);
    QVERIFY(dialog.removeAt(0));
    QCOMPARE(dialog.list()->count(), 0);
    QCOMPARE(m_panel->addedPrincipalCount(), 0);
    dialog.principalEdit()->setText(QStringLiteral("not a principal"));
    QVERIFY(!dialog.addTyped());
    QVERIFY(dialog.message()->isVisibleTo(&dialog));
}

void TestContextKeyEditor::shouldRestoreArnContextAndPrincipalsOnOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.json"));
    QString error;
    QVERIFY2(m_window->saveAs(path, &error), qPrintable(error));
    m_window->setSecretArn(secretArn);
    QVERIFY(m_panel->contextModel()->setValue(QStringLiteral("aws:SourceIp"),
                                              QStringLiteral("203.0.113.5")));
    QVERIFY(m_panel->addPrincipal(partner, {QString::fromUtf8(partnerIdentity)}, &error));
    const QVariantList principals = m_panel->addedPrincipals();

    // Another document forgets them; opening the file brings them back.
    m_window->newDocument(policy);
    QCOMPARE(m_window->secretArn(), QString());
    QCOMPARE(m_panel->addedPrincipalCount(), 0);
    QVERIFY(m_panel->contextModel()->context().empty());

    QVERIFY2(m_window->openFile(path, &error), qPrintable(error));
    QCOMPARE(m_window->secretArn(), secretArn);
    QCOMPARE(m_panel->secretArnInUse(), secretArn);
    QCOMPARE(m_panel->contextModel()->valueText(QStringLiteral("aws:SourceIp")),
             QStringLiteral("203.0.113.5"));
    QCOMPARE(m_panel->addedPrincipals(), principals);
    QVERIFY(rowOf(*m_panel->model(), partner) >= 0);
    QCOMPARE(cells(*m_panel->model(), reader),
             QStringList(m_panel->model()->columnCount(), QStringLiteral("Allowed")));

    // Save As takes them to the new name.
    const QString copy = dir.filePath(QStringLiteral("copy.json"));
    QVERIFY(m_window->saveAs(copy, &error));
    QCOMPARE(model::Preferences::instance().secretArnForFile(copy), secretArn);
    QCOMPARE(model::Preferences::instance()
                 .fileValue(copy, QStringLiteral("principals"))
                 .toList()
                 .size(),
             1);
}

void TestContextKeyEditor::shouldUseThePreferredArnWithoutOne()
{
    model::Preferences::instance().setDefaultSecretArn(secretArn);
    m_window->newDocument(policy);
    QCOMPARE(m_panel->secretArnInUse(), secretArn);
    QVERIFY(m_panel->arnLabel()->text().contains(secretArn));
    model::Preferences::instance().setDefaultSecretArn({});
    m_window->newDocument(policy);
    QCOMPARE(m_panel->secretArnInUse(), SimulationPanel::exampleSecretArn());
}

QTEST_MAIN(TestContextKeyEditor)
#include "tst_contextkeyeditor.moc"
