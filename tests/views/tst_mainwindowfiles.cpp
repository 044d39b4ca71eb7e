// MainWindow and files, as a hostile world treats them (issues 13 and 14): saves that fail (a
// full disk, a read-only file) say why, keep the work and offer Save As; saving a policy with
// errors asks once; recovered work never replaces the file the user asked for; one question
// per change on disk; devices, FIFOs and huge files are refused at once.
#include "accessmatrixmodel.h"
#include "editorcontroller.h"
#include "errorbanner.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "policydocument.h"
#include "policytreemodel.h"
#include "preferences.h"
#include "simulationpanel.h"

#include "../common/smallfs.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using views::MainWindow;

namespace {

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

const QByteArray policy("{\n"
                        "  \"Version\": \"2012-10-17\",\n"
                        "  \"Statement\": [\n"
                        "    {\n"
                        "      \"Sid\": \"Readers\",\n"
                        "      \"Effect\": \"Allow\",\n"
                        "      \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:root\"},\n"
                        "      \"Action\": \"secretsmanager:GetSecretValue\",\n"
                        "      \"Resource\": \"*\"\n"
                        "    }\n"
                        "  ]\n"
                        "}\n");

void typeAtStart(MainWindow &w, const char *text)
{
    w.editor()->replaceBytes(0, 0, text);
    w.controller()->reparseNow();
}

void discardOnClose(MainWindow &w)
{
    w.setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
}

} // namespace

class TestMainWindowFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void shouldSayWhyASaveFailedAndOfferSaveAs();
    void shouldKeepTheWorkWhenSaveAsIsCancelled();
    void shouldShowReadOnlyFilesAndOfferSaveAs();
    void shouldAskOnceBeforeSavingErrors();
    void shouldRecoverIntoANewWindowKeepingTheRequestedFile();
    void shouldRecoverIntoAnUntouchedWindow();
    void shouldAskOnceWhileTheFileKeepsChanging();
    void shouldRefuseDevicesFifosAndHugeFilesAtOnce();
    void shouldShowNothingForAFileThatNeverParsed_data();
    void shouldShowNothingForAFileThatNeverParsed();

private:
    QTemporaryDir m_dir;
};

void TestMainWindowFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SecretPolicyStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowfiles"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindowFiles::init()
{
    QSettings().clear();
}

void TestMainWindowFiles::shouldSayWhyASaveFailedAndOfferSaveAs()
{
    // Issue 14.1: Ctrl+S on a full disk emptied the file, said "Saved" and then offered to
    // reload the empty file.
    testsupport::SmallFileSystem fs(64 * 1024);
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.skipReason()));
    const QString path = fs.filePath(QStringLiteral("policy.json"));
    QVERIFY(writeAll(path, policy));
    MainWindow w;
    w.document()->setRecoveryDirectory(m_dir.filePath(QStringLiteral("rec-full")));
    QVERIFY(w.openFile(path));
    int diskQuestions = 0;
    w.setDiskChangeHandler([&diskQuestions] {
        ++diskQuestions;
        return MainWindow::DiskChoice::Reload;
    });
    QStringList messages;
    w.setSaveFailedHandler([&messages](const QString &message) {
        messages << message;
        return MainWindow::SaveFailedChoice::SaveAs;
    });
    const QString elsewhere = m_dir.filePath(QStringLiteral("saved-elsewhere.json"));
    w.setSaveAsPathHandler([&elsewhere](const QString &) { return elsewhere; });
    typeAtStart(w, " ");
    fs.fill();

    QVERIFY(w.saveInteractively());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.front(), QStringLiteral("Cannot save \"%1\": the disk is full.").arg(path));
    QCOMPARE(readAll(path), policy); // byte for byte
    QCOMPARE(readAll(elsewhere), QByteArray(" ") + policy);
    QCOMPARE(w.document()->path(), elsewhere);
    QVERIFY(!w.document()->isModified());
    QTest::qWait(500);
    QCOMPARE(diskQuestions, 0); // nothing changed on disk: nothing to reload
}

void TestMainWindowFiles::shouldKeepTheWorkWhenSaveAsIsCancelled()
{
    testsupport::SmallFileSystem fs(64 * 1024);
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.skipReason()));
    const QString path = fs.filePath(QStringLiteral("policy.json"));
    QVERIFY(writeAll(path, policy));
    MainWindow w;
    w.document()->setRecoveryDirectory(m_dir.filePath(QStringLiteral("rec-cancel")));
    QVERIFY(w.openFile(path));
    w.setSaveFailedHandler([](const QString &) { return MainWindow::SaveFailedChoice::Cancel; });
    typeAtStart(w, " ");
    QVERIFY(fs.remountReadOnly());
    QVERIFY(!w.saveInteractively());
    QVERIFY(w.document()->isModified());
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.editor()->documentBytes(), QByteArray(" ") + policy);
    QCOMPARE(readAll(path), policy);
    discardOnClose(w);
}

void TestMainWindowFiles::shouldShowReadOnlyFilesAndOfferSaveAs()
{
    const QString path = m_dir.filePath(QStringLiteral("read-only.json"));
    QVERIFY(writeAll(path, policy));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
    MainWindow w;
    QVERIFY(w.openFile(path));
    QVERIFY(w.readOnlyLabel()->isVisibleTo(&w));
    QCOMPARE(w.readOnlyLabel()->text(), QStringLiteral("Read-only"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("(read-only)")));
    QStringList messages;
    w.setSaveFailedHandler([&messages](const QString &message) {
        messages << message;
        return MainWindow::SaveFailedChoice::Cancel;
    });
    typeAtStart(w, " ");
    QVERIFY(!w.saveInteractively());
    QCOMPARE(messages,
             QStringList{QStringLiteral("\"%1\" cannot be saved: the file is read-only.")
                             .arg(QFileInfo(path).absoluteFilePath())});
    QCOMPARE(readAll(path), policy);
    QVERIFY(w.document()->isModified());
    // Made writable: the indicator goes.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(!w.readOnlyLabel()->isVisibleTo(&w), 3000);
    QVERIFY(!w.windowTitle().contains(QStringLiteral("(read-only)")));
    discardOnClose(w);
}

void TestMainWindowFiles::shouldAskOnceBeforeSavingErrors()
{
    const QString path = m_dir.filePath(QStringLiteral("errors.json"));
    QByteArray broken = policy;
    broken.replace("\"Allow\"", "\"Alow\"").replace("2012-10-17", "2012-10-18");
    QVERIFY(writeAll(path, policy));
    MainWindow w;
    QVERIFY(w.openFile(path));
    QList<int> asked;
    MainWindow::ErrorsChoice answer = MainWindow::ErrorsChoice::Cancel;
    w.setSaveWithErrorsHandler([&](int errors) {
        asked << errors;
        return answer;
    });
    w.editor()->replaceBytes(0, static_cast<std::size_t>(policy.size()), broken.constData());
    QVERIFY(!w.saveInteractively()); // Cancel
    QCOMPARE(asked, QList<int>{2});
    QCOMPARE(readAll(path), policy);
    answer = MainWindow::ErrorsChoice::Save;
    QVERIFY(w.saveInteractively());
    QCOMPARE(asked, (QList<int>{2, 2}));
    QCOMPARE(readAll(path), broken);
    typeAtStart(w, " ");
    answer = MainWindow::ErrorsChoice::SaveAndStopAsking;
    QVERIFY(w.saveInteractively());
    QCOMPARE(asked.size(), 3);
    typeAtStart(w, " ");
    QVERIFY(w.saveInteractively()); // not asked again for this file
    QCOMPARE(asked.size(), 3);
    // Remembered for the file, in a new window too; a valid policy never asks.
    MainWindow other;
    other.setSaveWithErrorsHandler([&](int errors) {
        asked << errors;
        return MainWindow::ErrorsChoice::Cancel;
    });
    QVERIFY(other.openFile(path));
    typeAtStart(other, " ");
    QVERIFY(other.saveInteractively());
    QCOMPARE(asked.size(), 3);
    const QString valid = m_dir.filePath(QStringLiteral("valid.json"));
    QVERIFY(writeAll(valid, policy));
    QVERIFY(other.openFile(valid));
    typeAtStart(other, " ");
    QVERIFY(other.saveInteractively());
    QCOMPARE(asked.size(), 3);
}

void TestMainWindowFiles::shouldRecoverIntoANewWindowKeepingTheRequestedFile()
{
    // Issue 13.3: `secret-policy-studio odd.json` with unsaved work of c.json asked about
    // c.json, and Yes opened c.json instead of odd.json.
    const QString dir = m_dir.filePath(QStringLiteral("rec-13-3"));
    const QString c = m_dir.filePath(QStringLiteral("c.json"));
    const QString odd = m_dir.filePath(QStringLiteral("odd.json"));
    QVERIFY(writeAll(c, policy));
    QVERIFY(writeAll(odd, "{\"Version\": \"2012-10-17\", \"Statement\": []}\n"));
    QByteArray unsaved = policy;
    unsaved.replace("Readers", "Unsaved work");
    {
        MainWindow crashed; // goes away without saving or discarding: its lock is released
        crashed.document()->setRecoveryDirectory(dir);
        QVERIFY(crashed.openFile(c));
        crashed.editor()->replaceBytes(
            0, static_cast<std::size_t>(policy.size()), unsaved.constData());
        QVERIFY(crashed.document()->writeRecovery());
    }
    MainWindow w;
    w.document()->setRecoveryDirectory(dir);
    QVERIFY(w.openFile(odd));
    QList<QPair<QString, bool>> asked;
    w.setRecoveryHandler(
        [&asked](const model::PolicyDocument::RecoveryEntry &entry, bool newWindow) {
            asked.append({entry.originalPath, newWindow});
            return MainWindow::RecoveryChoice::Restore;
        });
    const QList<MainWindow *> windows = w.offerRecovery();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.front().first, QFileInfo(c).absoluteFilePath());
    QVERIFY(asked.front().second); // said: in a new window
    // The requested file stays open, untouched.
    QCOMPARE(w.document()->path(), QFileInfo(odd).absoluteFilePath());
    QVERIFY(!w.document()->isModified());
    QCOMPARE(windows.size(), 1);
    MainWindow *restored = windows.front();
    QVERIFY(restored != &w);
    QVERIFY(restored->isVisible());
    QCOMPARE(restored->document()->path(), QFileInfo(c).absoluteFilePath());
    QCOMPARE(restored->editor()->documentBytes(), unsaved);
    QVERIFY(restored->document()->isModified());
    // Issue 14.4: the restored work has its own recovery file at once, owned by the new
    // window (so not offered to anyone), and the old entry is gone.
    QVERIFY(QFile::exists(restored->document()->recoveryFilePath()));
    QCOMPARE(readAll(restored->document()->recoveryFilePath()), unsaved);
    QVERIFY(model::PolicyDocument::recoveryEntries(dir).isEmpty());
    QCOMPARE(QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);
    discardOnClose(*restored);
    delete restored;
}

void TestMainWindowFiles::shouldRecoverIntoAnUntouchedWindow()
{
    const QString dir = m_dir.filePath(QStringLiteral("rec-here"));
    {
        MainWindow crashed;
        crashed.document()->setRecoveryDirectory(dir);
        crashed.newDocument(policy);
        typeAtStart(crashed, " ");
        QVERIFY(crashed.document()->writeRecovery());
    }
    MainWindow w; // as started without a file: the New-file template, unmodified
    w.document()->setRecoveryDirectory(dir);
    bool inNewWindow = true;
    w.setRecoveryHandler([&inNewWindow](const model::PolicyDocument::RecoveryEntry &, bool b) {
        inNewWindow = b;
        return MainWindow::RecoveryChoice::Restore;
    });
    const QList<MainWindow *> windows = w.offerRecovery();
    QVERIFY(!inNewWindow);
    QCOMPARE(windows, QList<MainWindow *>{&w});
    QCOMPARE(w.editor()->documentBytes(), QByteArray(" ") + policy);
    QVERIFY(w.document()->isUntitled());
    discardOnClose(w);
}

void TestMainWindowFiles::shouldAskOnceWhileTheFileKeepsChanging()
{
    // Issue 14.11: every external change stacked one more "changed on disk" dialog.
    const QString path = m_dir.filePath(QStringLiteral("changing.json"));
    QVERIFY(writeAll(path, policy));
    MainWindow w;
    QVERIFY(w.openFile(path));
    int asked = 0;
    w.setDiskChangeHandler([&] {
        ++asked;
        // While the question is open (its own event loop), the file changes twice more.
        for (int i = 0; i < 2; ++i) {
            QTest::qWait(150);
            writeAll(path, policy + QByteArray(i + 1, ' '));
            QTest::qWait(400);
        }
        return MainWindow::DiskChoice::Reload;
    });
    QVERIFY(writeAll(path, policy + "\n"));
    QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 3000);
    QTest::qWait(600);
    QCOMPARE(asked, 1);
    QCOMPARE(w.editor()->documentBytes(), policy + QByteArray(2, ' ')); // the latest text
}

void TestMainWindowFiles::shouldRefuseDevicesFifosAndHugeFilesAtOnce()
{
    // Issue 14.8: /dev/zero grew memory without a window, a FIFO blocked the window from
    // appearing, a 500 MB file took gigabytes.
    const QString fifo = m_dir.filePath(QStringLiteral("fifo.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString huge = m_dir.filePath(QStringLiteral("huge.json"));
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(500ll * 1024 * 1024));
    }
    MainWindow w;
    const QByteArray before = w.editor()->documentBytes();
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!w.openFile(QStringLiteral("/dev/zero"), &error));
    QVERIFY2(error.contains(QStringLiteral("device")), qPrintable(error));
    QVERIFY(!w.openFile(fifo, &error));
    QVERIFY2(error.contains(QStringLiteral("FIFO")), qPrintable(error));
    QVERIFY(!w.openFile(huge, &error));
    QVERIFY2(error.contains(QStringLiteral("500.0 MB")), qPrintable(error));
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(w.document()->isUntitled());
    QCOMPARE(w.editor()->documentBytes(), before);
    QVERIFY(QFile::remove(huge));
}

void TestMainWindowFiles::shouldShowNothingForAFileThatNeverParsed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("text") << QByteArray("Hello, this is a note, not a policy.\n");
    QTest::addRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\x00\x00\x00\xff\xfe",
                                          12);
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("utf-16") << QByteArray("\xff\xfe{\0}\0", 6);
    QTest::addRow("nested too deep") << QByteArray(100000, '[');
}

void TestMainWindowFiles::shouldShowNothingForAFileThatNeverParsed()
{
    // Issue 13.2: such a file opened with the New-file template's tree greyed as "out of
    // date" and that template's answers as stale results.
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(
        QStringLiteral("not-json-%1.json").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(writeAll(path, bytes));
    MainWindow w;
    w.simulationPanel()->setSynchronousCellLimit(std::numeric_limits<qsizetype>::max());
    w.simulationPanel()->recompute();
    QVERIFY(w.controller()->treeModel()->rowCount() > 0); // the New-file template
    QVERIFY(w.simulationPanel()->model()->rowCount() > 0);
    QVERIFY(w.openFile(path));
    w.controller()->reparseNow();
    w.simulationPanel()->recompute();
    QVERIFY(!w.controller()->isValid());
    QVERIFY(!w.controller()->hasParsed());
    QCOMPARE(w.controller()->treeModel()->rowCount(), 0);
    QVERIFY(!w.controller()->treeModel()->isStale());
    QCOMPARE(w.simulationPanel()->model()->rowCount(), 0);
    QVERIFY(w.simulationPanel()->staleLabel()->isVisibleTo(w.simulationPanel()));
    QVERIFY(w.simulationPanel()->staleLabel()->text().startsWith(QStringLiteral("No results")));
    QVERIFY(w.errorBanner()->isVisibleTo(&w)); // it says why, and where

    // Once it parses, a later slip keeps that document's own tree, greyed.
    w.editor()->replaceBytes(0, w.editor()->byteLength(), policy.constData());
    w.controller()->reparseNow();
    w.simulationPanel()->recompute();
    QVERIFY(w.controller()->treeModel()->rowCount() > 0);
    QVERIFY(w.simulationPanel()->model()->rowCount() > 0);
    QVERIFY(!w.simulationPanel()->staleLabel()->isVisibleTo(w.simulationPanel()));
    w.editor()->replaceBytes(0, 1, {});
    w.controller()->reparseNow();
    w.simulationPanel()->recompute();
    QVERIFY(w.controller()->treeModel()->isStale());
    QVERIFY(w.controller()->treeModel()->rowCount() > 0);
    QVERIFY(w.simulationPanel()->model()->rowCount() > 0);
    QVERIFY(w.simulationPanel()->staleLabel()->text().startsWith(QStringLiteral("Stale")));
    discardOnClose(w);
}

QTEST_MAIN(TestMainWindowFiles)
#include "tst_mainwindowfiles.moc"
