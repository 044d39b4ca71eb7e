// The main window fits a 1280×800 screen in every state and language: no panel may ask for
// more width than the screen has (a long unwrapped label once made the window 1347 pixels wide
// while the text was invalid, clipping the error banner's button and the status bar).
#include "mainwindow.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "translations.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using views::MainWindow;

namespace {

// Opens the EC2 example in the window and shows it at this size.
void showExample(MainWindow &window, QSize size)
{
    window.setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
    QString error;
    QVERIFY2(window.openFile(QStringLiteral(SPS_EXAMPLES_DIR "/ec2-role-current-version.json"),
                             &error),
             qPrintable(error));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SecretPolicyStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowlayout"));
        QSettings().clear();
    }
    void cleanupTestCase() { views::installTranslators(QStringLiteral("en")); }

    void shouldFitTheScreenInEveryState_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("invalid");
        for (const char *language : {"en", "de", "ja"}) {
            QTest::addRow("%s valid", language) << QString::fromLatin1(language) << false;
            QTest::addRow("%s invalid", language) << QString::fromLatin1(language) << true;
        }
    }
    void shouldFitTheScreenInEveryState()
    {
        QFETCH(QString, language);
        QFETCH(bool, invalid);
        QCOMPARE(views::installTranslators(language), language);

        MainWindow window;
        showExample(window, QSize(1280, 800));
        if (QTest::currentTestFailed())
            return;
        if (invalid) {
            // Drop the comma after "Allow": the panels show their stale state.
            const QByteArray text = window.editor()->documentBytes();
            const qsizetype at = text.indexOf("\"Allow\",");
            QVERIFY(at >= 0);
            window.editor()->replaceBytes(static_cast<std::size_t>(at + 7), 1, {});
        }
        window.controller()->reparseNow();
        QCOMPARE(window.controller()->isValid(), !invalid);
        QApplication::processEvents();

        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            QVERIFY2(dock->minimumSizeHint().width() <= 1024,
                     qPrintable(QStringLiteral("%1 needs %2 pixels")
                                    .arg(dock->objectName())
                                    .arg(dock->minimumSizeHint().width())));
        }
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QCOMPARE(window.width(), 1280);
    }

    void shouldKeepTheEditorUsableInASmallWindow_data()
    {
        QTest::addColumn<QString>("dock");
        QTest::addRow("problems") << QStringLiteral("problemsDock");
        QTest::addRow("simulation") << QStringLiteral("simulationDock");
        QTest::addRow("scenarios") << QStringLiteral("scenariosDock");
    }
    void shouldKeepTheEditorUsableInASmallWindow()
    {
        // Issue 13.10: at 800×560 the docks (the Simulation asked for 323 pixels) squeezed the
        // tree and the JSON pane to two lines.
        QFETCH(QString, dock);
        QCOMPARE(views::installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        MainWindow window;
        showExample(window, QSize(1200, 760));
        if (QTest::currentTestFailed())
            return;
        auto *shown = window.findChild<QDockWidget *>(dock);
        QVERIFY(shown);
        shown->raise();
        QApplication::processEvents();

        window.resize(800, 560);
        QApplication::processEvents();
        QTRY_COMPARE(window.height(), 560);
        const int lines = window.editor()->height() / window.editor()->fontMetrics().height();
        QVERIFY2(lines >= 14, qPrintable(QStringLiteral("the JSON pane shows %1 lines, the dock "
                                                         "takes %2 of %3 pixels")
                                             .arg(lines)
                                             .arg(shown->height())
                                             .arg(window.height())));
        // The dock keeps a useful share too, scrolling what does not fit.
        QVERIFY2(shown->height() >= 150, qPrintable(QString::number(shown->height())));
        QVERIFY(shown->height() < window.height() / 2);

        // Back to the larger size: the docks get their share back.
        window.resize(1200, 760);
        QApplication::processEvents();
        QTRY_COMPARE(window.height(), 760);
        QVERIFY2(shown->height() >= 250, qPrintable(QString::number(shown->height())));
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
