// MainWindow's whole-document commands of issue 13, offscreen: Format Document (one undo step,
// refused on invalid JSON), Word Wrap (remembered), Import from the clipboard and the formatting
// of one-line AWS output, the file dialogs starting beside the current file, and the export
// dialog's secret ID box.
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "policyconversions.h"
#include "preferences.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using views::MainWindow;

namespace {

const QByteArray oneLine = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                           R"("Principal":{"AWS":"arn:aws:iam::123456789012:role/App"},)"
                           R"("Action":"secretsmanager:GetSecretValue","Resource":"*"}]})";

const QByteArray pretty4 = "{\n"
                           "    \"Version\": \"2012-10-17\",\n"
                           "    \"Statement\": [\n"
                           "        {\n"
                           "            \"Effect\": \"Allow\",\n"
                           "            \"Principal\": {\n"
                           "                \"AWS\": \"arn:aws:iam::123456789012:role/App\"\n"
                           "            },\n"
                           "            \"Action\": \"secretsmanager:GetSecretValue\",\n"
                           "            \"Resource\": \"*\"\n"
                           "        }\n"
                           "    ]\n"
                           "}\n";

const QString arn
    = QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/database-AbCdEf");

// `aws secretsmanager get-resource-policy` output: the policy as one escaped string.
QByteArray cliOutput()
{
    QByteArray escaped = oneLine;
    escaped.replace("\"", "\\\"");
    return "{\n    \"ARN\": \"" + arn.toUtf8()
           + "\",\n    \"Name\": \"prod/database\",\n"
             "    \"ResourcePolicy\": \""
           + escaped + "\"\n}\n";
}

QAction *actionNamed(const QWidget &w, const QString &text)
{
    const auto actions = w.findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestMainWindowEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void shouldFormatTheDocumentAsOneUndoStep();
    void shouldKeepALineEndingWhenFormatting();
    void shouldRefuseToFormatInvalidJson();
    void shouldWrapLongLinesAndRememberIt();
    void shouldImportFromTheClipboard();
    void shouldFormatOneLineOutputOnImport();
    void shouldStartTheImportDialogBesideTheFile();
    void shouldOfferAWideSecretIdBox();

private:
    QTemporaryDir m_dir;
};

void TestMainWindowEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SecretPolicyStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowediting"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindowEditing::shouldFormatTheDocumentAsOneUndoStep()
{
    MainWindow w;
    w.newDocument(oneLine);
    QAction *format = actionNamed(w, QStringLiteral("&Format Document"));
    QVERIFY(format);
    format->trigger();
    QCOMPARE(w.editor()->documentBytes(), pretty4);
    QVERIFY(w.controller()->isValid());
    // Again: nothing to do, and no second undo step.
    QVERIFY(w.formatDocument());
    w.editor()->undo();
    QCOMPARE(w.editor()->documentBytes(), oneLine);
}

void TestMainWindowEditing::shouldKeepALineEndingWhenFormatting()
{
    MainWindow w;
    const QString path = m_dir.filePath(QStringLiteral("crlf.json"));
    QVERIFY(writeAll(path, "{\"Version\": \"2012-10-17\",\r\n\"Statement\": []}\r\n"));
    QVERIFY(w.openFile(path));
    QVERIFY(w.formatDocument());
    QCOMPARE(w.editor()->documentBytes(),
             QByteArray("{\r\n    \"Version\": \"2012-10-17\",\r\n    \"Statement\": []\r\n}\r\n"));
}

void TestMainWindowEditing::shouldRefuseToFormatInvalidJson()
{
    MainWindow w;
    const QByteArray broken = "{\"Version\": \"2012-10-17\", \"Statement\": [}";
    w.newDocument(broken);
    QString error;
    QVERIFY(!w.formatDocument(&error));
    QVERIFY(error.contains(QLatin1String("not valid JSON")));
    QCOMPARE(w.editor()->documentBytes(), broken);
}

void TestMainWindowEditing::shouldWrapLongLinesAndRememberIt()
{
    {
        MainWindow w;
        QVERIFY(w.wordWrapAction());
        QVERIFY(!w.wordWrapAction()->isChecked());
        QCOMPARE(w.editor()->wrapMode(), QsciScintilla::WrapNone);
        w.wordWrapAction()->trigger();
        QCOMPARE(w.editor()->wrapMode(), QsciScintilla::WrapWord);
        QVERIFY(model::Preferences::instance().wordWrap());
    }
    MainWindow again;
    QVERIFY(again.wordWrapAction()->isChecked());
    QCOMPARE(again.editor()->wrapMode(), QsciScintilla::WrapWord);
    again.wordWrapAction()->trigger();
    QCOMPARE(again.editor()->wrapMode(), QsciScintilla::WrapNone);
}

void TestMainWindowEditing::shouldImportFromTheClipboard()
{
    MainWindow w;
    QApplication::clipboard()->setText(QString::fromUtf8(cliOutput()));
    QAction *import
        = actionNamed(w, QStringLiteral("Import get-resource-policy Output from C&lipboard"));
    QVERIFY(import);
    import->trigger();
    QCOMPARE(w.editor()->documentBytes(), pretty4);
    QCOMPARE(w.secretArn(), arn);
    QVERIFY(w.editor()->isModified());

    // Not the CLI's output: a clear error, and the text stays.
    QApplication::clipboard()->setText(QStringLiteral("hello"));
    QString error;
    QVERIFY(!w.importFromClipboard(&error));
    QVERIFY2(error.contains(QLatin1String("not valid JSON")), qPrintable(error));
    QCOMPARE(w.editor()->documentBytes(), pretty4);
    QApplication::clipboard()->clear();
    QVERIFY(!w.importFromClipboard(&error));
    QCOMPARE(error, QStringLiteral("The clipboard holds no text."));
}

void TestMainWindowEditing::shouldFormatOneLineOutputOnImport()
{
    MainWindow w;
    const QString path = m_dir.filePath(QStringLiteral("output.json"));
    QVERIFY(writeAll(path, cliOutput()));
    QVERIFY(w.importCliOutput(path));
    QCOMPARE(w.editor()->documentBytes(), pretty4);
    // A policy that AWS holds with its own line breaks keeps them.
    QVERIFY(writeAll(path, "{\"ResourcePolicy\": \"{\\n  \\\"Statement\\\": []\\n}\"}"));
    QVERIFY(w.importCliOutput(path));
    QCOMPARE(w.editor()->documentBytes(), QByteArray("{\n  \"Statement\": []\n}"));
}

void TestMainWindowEditing::shouldStartTheImportDialogBesideTheFile()
{
    // Issue 13: Import opened in $HOME, not in the current file's folder.
    QDir(m_dir.path()).mkpath(QStringLiteral("project"));
    const QString path = m_dir.filePath(QStringLiteral("project/policy.json"));
    QVERIFY(writeAll(path, pretty4));
    MainWindow w;
    QVERIFY(w.openFile(path));
    QString shown;
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = dialog->directory().absolutePath();
        dialog->reject();
    });
    QAction *import = actionNamed(w, QStringLiteral("&Import get-resource-policy Output..."));
    QVERIFY(import);
    import->trigger();
    QCOMPARE(shown, QFileInfo(path).absolutePath());
}

void TestMainWindowEditing::shouldOfferAWideSecretIdBox()
{
    // Issue 13: the export dialog's secret ID box was 150 pixels wide.
    MainWindow w;
    w.setSecretArn(arn);
    int width = 0;
    int needed = 0;
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        const auto close = qScopeGuard([&] { dialog->reject(); });
        auto *line = dialog->findChild<QLineEdit *>();
        if (!line)
            return;
        width = line->width();
        needed = line->fontMetrics().horizontalAdvance(arn);
    });
    QAction *exportCommand = actionNamed(w, QStringLiteral("As AWS &CLI Command..."));
    QVERIFY(exportCommand);
    exportCommand->trigger();
    QVERIFY(needed > 150);
    QVERIFY2(width >= needed, qPrintable(QStringLiteral("%1 < %2").arg(width).arg(needed)));
}

QTEST_MAIN(TestMainWindowEditing)
#include "tst_mainwindowediting.moc"
