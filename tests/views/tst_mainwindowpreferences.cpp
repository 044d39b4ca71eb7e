// MainWindow and model::Preferences: Edit > Preferences, and every preference applied live
// (JSON pane font and margins, reparse delay, the theme with the editor's colours) and to new
// text (File > New, Export as Pretty JSON, tree edits in a text without indentation).
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "policytreemodel.h"
#include "preferences.h"

#include <Qsci/qscilexer.h>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QProxyStyle>
#include <QtTest>

using model::Preferences;
using views::MainWindow;

namespace {

QAction *actionByText(const QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestMainWindowPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldOfferPreferencesInTheEditMenu();
    void shouldApplyTheEditorFontLive();
    void shouldApplyTheReparseDelay();
    void shouldGiveTheDarkThemeADarkEditor();
    void shouldIndentNewTextByThePreference_data();
    void shouldIndentNewTextByThePreference();
    void shouldKeepAnOpenedFilesIndentation();

private:
    QTemporaryDir m_dir;
};

void TestMainWindowPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SecretPolicyStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowpreferences"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindowPreferences::init()
{
    QSettings().clear();
}

void TestMainWindowPreferences::cleanup()
{
    Preferences::instance().setTheme(Preferences::Theme::System);
}

void TestMainWindowPreferences::shouldOfferPreferencesInTheEditMenu()
{
    MainWindow w;
    QAction *prefs = w.preferencesAction();
    QVERIFY(prefs);
    QCOMPARE(prefs->text(), QStringLiteral("Preference&s..."));
    QVERIFY(!prefs->shortcut().isEmpty());
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    QCOMPARE(prefs->shortcut(), platform.isEmpty() ? QKeySequence(QStringLiteral("Ctrl+,"))
                                                   : platform.front());
    QMenu *edit = nullptr;
    for (QAction *menu : w.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Edit"))
            edit = menu->menu();
    }
    QVERIFY(edit);
    QVERIFY(edit->actions().contains(prefs));
}

void TestMainWindowPreferences::shouldApplyTheEditorFontLive()
{
    MainWindow w;
    views::JsonEditor *editor = w.editor();
    Preferences::instance().setEditorFont(QFont(QStringLiteral("DejaVu Sans Mono"), 8));
    QCOMPARE(editor->editorFont().pointSize(), 8);
    const long smallMargin = editor->SendScintilla(QsciScintillaBase::SCI_GETMARGINWIDTHN, 0UL);
    Preferences::instance().setEditorFont(QFont(QStringLiteral("DejaVu Sans Mono"), 20));
    QCOMPARE(editor->editorFont().pointSize(), 20);
    QCOMPARE(editor->editorFont().family(), QStringLiteral("DejaVu Sans Mono"));
    // Every lexer style, not just the default.
    for (int style = 0; style <= 13; ++style)
        QCOMPARE(editor->lexer()->font(style).pointSize(), 20);
    const long bigMargin = editor->SendScintilla(QsciScintillaBase::SCI_GETMARGINWIDTHN, 0UL);
    qInfo("line number margin: %ld px at 8 pt, %ld px at 20 pt", smallMargin, bigMargin);
    QVERIFY(bigMargin > smallMargin * 2);
}

void TestMainWindowPreferences::shouldApplyTheReparseDelay()
{
    Preferences::instance().setReparseDelay(650);
    MainWindow w;
    QCOMPARE(w.controller()->reparseDelay(), 650);
    Preferences::instance().setReparseDelay(0);
    QCOMPARE(w.controller()->reparseDelay(), 0);
    // Typing schedules the reparse with the new delay.
    w.editor()->replaceBytes(0, 0, " ");
    QVERIFY(w.controller()->isReparsePending());
    QTRY_VERIFY(!w.controller()->isReparsePending());
}

void TestMainWindowPreferences::shouldGiveTheDarkThemeADarkEditor()
{
    MainWindow w;
    w.show();
    QVERIFY(!w.editor()->isDark());
    Preferences::instance().setTheme(Preferences::Theme::Dark);
    QVERIFY(w.editor()->isDark());
    QVERIFY(w.editor()->lexer()->defaultPaper().lightness() < 64);
    QVERIFY(w.editor()->lexer()->defaultColor().lightness() > 160);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    // Fusion, under a proxy that outlines check boxes (issue 13: no visible box when dark).
    const auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(proxy);
    QCOMPARE(proxy->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    Preferences::instance().setTheme(Preferences::Theme::Light);
    QVERIFY(!w.editor()->isDark());
    QCOMPARE(w.editor()->lexer()->defaultPaper(), QColor(Qt::white));
    Preferences::instance().setTheme(Preferences::Theme::Dark);
    Preferences::instance().setTheme(Preferences::Theme::System);
    QVERIFY(!w.editor()->isDark());
}

void TestMainWindowPreferences::shouldIndentNewTextByThePreference_data()
{
    QTest::addColumn<int>("indent");
    QTest::addColumn<QByteArray>("start");
    QTest::addRow("2") << 2 << QByteArray("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\"");
    QTest::addRow("3") << 3 << QByteArray("{\n   \"Version\": \"2012-10-17\",\n   \"Statement\": [\n      {\n         \"Effect\"");
    QTest::addRow("4") << 4 << QByteArray("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n            \"Effect\"");
}

void TestMainWindowPreferences::shouldIndentNewTextByThePreference()
{
    QFETCH(int, indent);
    QFETCH(QByteArray, start);
    Preferences::instance().setIndentWidth(indent);
    MainWindow w;
    // The policy the window starts with, and File > New.
    QVERIFY2(w.editor()->documentBytes().startsWith(start), w.editor()->documentBytes().constData());
    w.editor()->replaceBytes(0, w.editor()->byteLength(), "{}");
    w.editor()->setModified(false);
    QAction *newAction = actionByText(&w, QStringLiteral("&New"));
    QVERIFY(newAction);
    newAction->trigger();
    QVERIFY(w.editor()->documentBytes().startsWith(start));

    // Export as Pretty JSON.
    w.newDocument("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
    const QString pretty = m_dir.filePath(QStringLiteral("pretty.json"));
    QVERIFY(w.exportPretty(pretty));
    QFile file(pretty);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray unit(indent, ' ');
    QCOMPARE(file.readAll(), "{\n" + unit + "\"Version\": \"2012-10-17\",\n" + unit
                                 + "\"Statement\": []\n}\n");

    // A tree edit in a text with no indentation of its own.
    w.newDocument("{\n\"Version\": \"2012-10-17\",\n\"Statement\": []\n}\n");
    QCOMPARE(w.treeModel()->addStatement(), QStringLiteral("/Statement/0/Principal/AWS"));
    const QByteArray text = w.editor()->documentBytes();
    QVERIFY2(text.contains("\"Statement\": [\n" + unit + "{\n" + unit + unit + "\"Sid\""),
             text.constData());
}

void TestMainWindowPreferences::shouldKeepAnOpenedFilesIndentation()
{
    Preferences::instance().setIndentWidth(8);
    MainWindow w;
    w.newDocument("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}\n");
    QCOMPARE(w.treeModel()->addStatement(), QStringLiteral("/Statement/0/Principal/AWS"));
    const QByteArray text = w.editor()->documentBytes();
    QVERIFY2(text.startsWith("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\""),
             text.constData());
}

QTEST_MAIN(TestMainWindowPreferences)
#include "tst_mainwindowpreferences.moc"
