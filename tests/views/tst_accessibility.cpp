// Accessibility and help, offscreen: accessible names on every focusable widget of the main
// window, keyboard reach of the tree, the JSON pane and the docks (Tab, F6, Alt+1..4), the Help
// menu's actions and shortcuts, the generated shortcut list (complete, no duplicates), the
// guide (resources, example links) and the About dialog.
#include "aboutdialog.h"
#include "editorcontroller.h"
#include "errorbanner.h"
#include "findbar.h"
#include "guidewindow.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "policydocument.h"
#include "policytemplates.h"
#include "policytreemodel.h"
#include "policytreeview.h"
#include "problemspanel.h"
#include "shortcutsdialog.h"
#include "simulationpanel.h"

#include <QAccessible>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using views::MainWindow;

namespace {

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QString describe(QWidget *w)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                               : QString());
}

// Focusable widgets (Tab reaches them) of `window` that are visible now and have no
// accessible name.
QStringList unnamedFocusableWidgets(QWidget *window)
{
    QStringList out;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        if (accessibleName(w).trimmed().isEmpty())
            out << describe(w);
    }
    return out;
}

QAction *actionByName(const QWidget &w, const char *objectName)
{
    return w.findChild<QAction *>(QLatin1String(objectName));
}

// Presses Tab on the focus widget until `target` (or a child of it) has the focus.
bool tabUntil(QWidget *target, int maxPresses = 60)
{
    for (int i = 0; i < maxPresses; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            return false;
        QTest::keyClick(focus, Qt::Key_Tab);
        focus = QApplication::focusWidget();
        if (focus == target || target->isAncestorOf(focus))
            return true;
    }
    return false;
}

QByteArray templateText(const QString &id)
{
    for (const model::PolicyTemplate &t : model::policyTemplates()) {
        if (t.id == id)
            return t.text;
    }
    return {};
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldNameEveryFocusableWidget_data();
    void shouldNameEveryFocusableWidget();
    void shouldNameCustomWidgetsAndStatusLabels();
    void shouldReachEveryPaneByTab();
    void shouldCyclePanesWithF6();
    void shouldGoToPanesByShortcut_data();
    void shouldGoToPanesByShortcut();
    void shouldOfferHelpActionsWithShortcuts_data();
    void shouldOfferHelpActionsWithShortcuts();
    void shouldListEveryShortcutOnce();
    void shouldDetectSharedShortcuts();
    void shouldFilterTheShortcutList();
    void shouldLoadTheGuideWithItsSectionsAndExamples();
    void shouldOpenAnExampleFromTheGuide();
    void shouldAskBeforeAnExampleReplacesUnsavedWork();
    void shouldPickTheGuideForTheLanguage();
    void shouldShowVersionAndLicences();
    void shouldSayInWordsWhatColourShows();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SecretPolicyStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
}

void TestAccessibility::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

void TestAccessibility::cleanup()
{
    m_window.reset();
}

void TestAccessibility::shouldNameEveryFocusableWidget_data()
{
    QTest::addColumn<QString>("state");
    QTest::addRow("problems in front") << "problems";
    QTest::addRow("simulation in front") << "simulation";
    QTest::addRow("scenarios in front") << "scenarios";
    QTest::addRow("find and replace bar") << "find";
    QTest::addRow("invalid JSON banner") << "invalid";
}

void TestAccessibility::shouldNameEveryFocusableWidget()
{
    QFETCH(QString, state);
    MainWindow &w = *m_window;
    if (state == QLatin1String("simulation")) {
        w.simulationDock()->raise();
    } else if (state == QLatin1String("scenarios")) {
        w.scenariosDock()->show();
        w.scenariosDock()->raise();
    } else if (state == QLatin1String("find")) {
        w.findBar()->showReplace();
    } else if (state == QLatin1String("invalid")) {
        w.editor()->setText(QStringLiteral("{\"Statement\": [}"));
        w.controller()->reparseNow();
        QVERIFY(w.errorBanner()->isVisible());
    }
    QApplication::processEvents();
    const QStringList unnamed = unnamedFocusableWidgets(&w);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
}

void TestAccessibility::shouldNameCustomWidgetsAndStatusLabels()
{
    MainWindow &w = *m_window;
    QCOMPARE(w.editor()->accessibleName(), QStringLiteral("JSON pane"));
    QVERIFY(!w.editor()->accessibleDescription().isEmpty());
    QCOMPARE(w.treeView()->accessibleName(), QStringLiteral("Statement tree"));
    QVERIFY(!w.treeView()->accessibleDescription().isEmpty());
    QCOMPARE(w.errorBanner()->accessibleName(), QStringLiteral("JSON error"));
    QCOMPARE(w.parseLabel()->accessibleName(), QStringLiteral("Parse state"));
    QCOMPARE(w.findingsLabel()->accessibleName(), QStringLiteral("Problem count"));
    QCOMPARE(w.sizeLabel()->accessibleName(), QStringLiteral("Policy size"));
    QCOMPARE(w.caretLabel()->accessibleName(), QStringLiteral("Caret position"));
    QVERIFY(w.simulationPanel()->table()->accessibleName().startsWith(
        QStringLiteral("Access matrix")));
    QCOMPARE(w.simulationPanel()->changesTable()->accessibleName(),
             QStringLiteral("Change report"));
    // Tab leaves the matrix instead of walking through every cell.
    QVERIFY(!w.simulationPanel()->table()->tabKeyNavigation());
    // What's This? texts on the main parts.
    QVERIFY(!w.treeView()->whatsThis().isEmpty());
    QVERIFY(!w.editor()->whatsThis().isEmpty());
}

void TestAccessibility::shouldReachEveryPaneByTab()
{
    MainWindow &w = *m_window;
    // Both docks side by side, so that Tab can reach each of them.
    w.addDockWidget(Qt::RightDockWidgetArea, w.simulationDock());
    w.simulationDock()->show();
    w.scenariosDock()->close();
    w.problemsDock()->raise();
    QApplication::processEvents();
    auto *problemsList = w.problemsPanel()->findChild<QTreeWidget *>();
    QVERIFY(problemsList);

    // The tree comes before the JSON pane, which keeps Tab for indenting: F6 leaves it.
    w.treeView()->setFocus();
    QVERIFY(tabUntil(w.editor()));
    QTest::keyClick(w.editor(), Qt::Key_F6);
    QVERIFY2(QApplication::focusWidget() == problemsList,
             qPrintable(describe(QApplication::focusWidget())));
    QVERIFY(tabUntil(w.simulationPanel()->table()));
    // And on around to the tree.
    QVERIFY(tabUntil(w.treeView()));
}

void TestAccessibility::shouldCyclePanesWithF6()
{
    MainWindow &w = *m_window;
    auto *problemsList = w.problemsPanel()->findChild<QTreeWidget *>();
    // Both docks side by side: the panes are the tree, the JSON pane, the problems list and
    // the simulation's first control.
    w.addDockWidget(Qt::RightDockWidgetArea, w.simulationDock());
    w.simulationDock()->show();
    w.scenariosDock()->close();
    w.problemsDock()->raise();
    QApplication::processEvents();
    const QList<QWidget *> panes = w.focusPanes();
    QCOMPARE(panes.size(), 4);
    QCOMPARE(panes.mid(0, 3), (QList<QWidget *>{w.treeView(), w.editor(), problemsList}));
    QVERIFY(w.simulationPanel()->isAncestorOf(panes[3]));
    w.treeView()->setFocus();
    QTest::keyClick(w.treeView(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.editor()));
    QTest::keyClick(w.editor(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(problemsList));
    QTest::keyClick(problemsList, Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), panes[3]);
    QTest::keyClick(panes[3], Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.treeView()));
    QTest::keyClick(w.treeView(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), panes[3]);
    // Another control of the simulation counts as that pane.
    w.simulationPanel()->table()->setFocus();
    QTest::keyClick(w.simulationPanel()->table(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.treeView()));

    // A closed dock is no pane.
    w.simulationDock()->close();
    QApplication::processEvents();
    QCOMPARE(w.focusPanes(), (QList<QWidget *>{w.treeView(), w.editor(), problemsList}));
}

void TestAccessibility::shouldGoToPanesByShortcut_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("target");
    QTest::addRow("tree") << "focusTreeAction" << "Alt+1" << "tree";
    QTest::addRow("pane") << "focusEditorAction" << "Alt+2" << "editor";
    QTest::addRow("problems") << "focusProblemsAction" << "Alt+3" << "problems";
    QTest::addRow("simulation") << "focusSimulationAction" << "Alt+4" << "simulation";
    QTest::addRow("scenarios") << "focusScenariosAction" << "Alt+5" << "scenarios";
}

void TestAccessibility::shouldGoToPanesByShortcut()
{
    QFETCH(QString, action);
    QFETCH(QString, key);
    QFETCH(QString, target);
    MainWindow &w = *m_window;
    QAction *a = actionByName(w, action.toLatin1().constData());
    QVERIFY(a);
    QCOMPARE(a->shortcut().toString(QKeySequence::PortableText), key);
    // Start elsewhere, then use the real key.
    if (target == QLatin1String("tree"))
        w.editor()->setFocus();
    else
        w.treeView()->setFocus();
    QTest::keySequence(&w, QKeySequence(key));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    if (target == QLatin1String("tree"))
        QCOMPARE(focus, static_cast<QWidget *>(w.treeView()));
    else if (target == QLatin1String("editor"))
        QCOMPARE(focus, static_cast<QWidget *>(w.editor()));
    else if (target == QLatin1String("problems"))
        QVERIFY2(w.problemsPanel()->isAncestorOf(focus), qPrintable(describe(focus)));
    else if (target == QLatin1String("simulation"))
        QVERIFY2(w.simulationPanel()->isAncestorOf(focus), qPrintable(describe(focus)));
    else
        QVERIFY2(w.scenariosDock()->isAncestorOf(focus), qPrintable(describe(focus)));
}

void TestAccessibility::shouldOfferHelpActionsWithShortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("key");
    QTest::addRow("guide") << "guideAction" << "F1";
    QTest::addRow("what's this") << "whatsThisAction" << "Shift+F1";
    QTest::addRow("shortcuts") << "shortcutsAction" << "Ctrl+/";
    QTest::addRow("about") << "aboutAction" << "";
    QTest::addRow("about qt") << "aboutQtAction" << "";
    QTest::addRow("next pane") << "nextPaneAction" << "F6";
    QTest::addRow("previous pane") << "previousPaneAction" << "Shift+F6";
}

void TestAccessibility::shouldOfferHelpActionsWithShortcuts()
{
    QFETCH(QString, action);
    QFETCH(QString, key);
    QAction *a = actionByName(*m_window, action.toLatin1().constData());
    QVERIFY(a);
    QCOMPARE(a->shortcut().toString(QKeySequence::PortableText), key);
    // Each is in a menu of the menu bar.
    bool inMenu = false;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(a))
            inMenu = true;
    }
    QVERIFY(inMenu);
}

void TestAccessibility::shouldListEveryShortcutOnce()
{
    MainWindow &w = *m_window;
    const QList<views::ShortcutsDialog::Entry> entries = views::ShortcutsDialog::collect(&w);
    // Every action of the window that has a shortcut is listed, exactly once.
    QSet<QAction *> expected;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (!a->shortcuts().isEmpty() && !a->text().isEmpty())
            expected.insert(a);
    }
    QSet<QAction *> listed;
    for (const auto &e : entries) {
        QVERIFY2(!listed.contains(e.action), qPrintable(e.name));
        listed.insert(e.action);
        QVERIFY(!e.name.contains(QLatin1Char('&')));
        QVERIFY(!e.group.isEmpty());
    }
    QCOMPARE(listed, expected);
    QVERIFY(entries.size() >= 30);
    // No two actions share a shortcut.
    const QStringList conflicts = views::ShortcutsDialog::conflicts(entries);
    QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.join(QStringLiteral(", "))));

    // Grouped by menu.
    const auto groupOf = [&](const QString &name) {
        for (const auto &e : entries) {
            if (e.name == name)
                return e.group;
        }
        return QString();
    };
    QCOMPARE(groupOf(QStringLiteral("Save As")), QStringLiteral("File"));
    QCOMPARE(groupOf(QStringLiteral("Find Next")), QStringLiteral("Edit"));
    QCOMPARE(groupOf(QStringLiteral("Add Condition")), QStringLiteral("Policy"));
    QCOMPARE(groupOf(QStringLiteral("Policy Language Guide")), QStringLiteral("Help"));

    views::ShortcutsDialog dialog(&w);
    QCOMPARE(dialog.visibleCount(), entries.size());
}

void TestAccessibility::shouldDetectSharedShortcuts()
{
    MainWindow &w = *m_window;
    auto *clash = new QAction(QStringLiteral("Clash"), &w);
    clash->setShortcut(QKeySequence(QStringLiteral("F1")));
    w.addAction(clash);
    const auto entries = views::ShortcutsDialog::collect(&w);
    QCOMPARE(views::ShortcutsDialog::conflicts(entries), QStringList{QStringLiteral("F1")});
    delete clash;

    // The same key on two unrelated widgets is fine; on nested widgets it is not.
    const auto scoped = [&](QWidget *on, Qt::ShortcutContext context) {
        auto *a = new QAction(QStringLiteral("Scoped"), on);
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+F12")));
        a->setShortcutContext(context);
        on->addAction(a);
        return a;
    };
    QAction *inTree = scoped(w.treeView(), Qt::WidgetWithChildrenShortcut);
    QAction *inEditor = scoped(w.editor(), Qt::WidgetShortcut);
    QCOMPARE(views::ShortcutsDialog::conflicts(views::ShortcutsDialog::collect(&w)),
             QStringList());
    QAction *inTreeViewport = scoped(w.treeView()->viewport(), Qt::WidgetShortcut);
    QCOMPARE(views::ShortcutsDialog::conflicts(views::ShortcutsDialog::collect(&w)),
             QStringList{QStringLiteral("Ctrl+F12")});
    delete inTree;
    delete inEditor;
    delete inTreeViewport;
}

void TestAccessibility::shouldFilterTheShortcutList()
{
    views::ShortcutsDialog dialog(m_window.get());
    const int all = dialog.visibleCount();
    dialog.setFilter(QStringLiteral("guide"));
    QCOMPARE(dialog.visibleCount(), 1);
    dialog.setFilter(QStringLiteral("F6"));
    QCOMPARE(dialog.visibleCount(), 2); // Next Pane F6, Previous Pane Shift+F6
    dialog.setFilter(QStringLiteral("nothing matches this"));
    QCOMPARE(dialog.visibleCount(), 0);
    dialog.setFilter(QString());
    QCOMPARE(dialog.visibleCount(), all);
    // The search field has a buddy label, so it has a name.
    QVERIFY(!accessibleName(dialog.searchField()).isEmpty());
}

void TestAccessibility::shouldLoadTheGuideWithItsSectionsAndExamples()
{
    QFile file(QStringLiteral(":/help/guide.html"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    for (const char *anchor : {"elements", "principals", "actions", "resources", "conditions",
                               "stages", "decisions", "examples"}) {
        QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(anchor))), anchor);
        QVERIFY2(html.contains(QStringLiteral("href=\"#%1\"").arg(QLatin1String(anchor))), anchor);
    }
    // One link per user-guide example, each naming a template that has text.
    for (const char *id :
         {"user-all-operations", "cross-account-user", "ec2-role-current-version"}) {
        QCOMPARE(html.count(QStringLiteral("href=\"example:%1\"").arg(QLatin1String(id))), 1);
        QVERIFY2(!templateText(QLatin1String(id)).isEmpty(), id);
    }
    for (const char *topic : {"ExplicitlyDenied", "ImplicitlyDenied", "Unknown", "IfExists",
                              "ForAllValues", "six random characters", "ignoring", "VersionStage"})
        QVERIFY2(html.contains(QLatin1String(topic)), topic);

    // F1 opens it, at the section that fits the tree's current node.
    MainWindow &w = *m_window;
    const QModelIndex condition = w.treeModel()->indexForPath(QStringLiteral("/Statement/0/Action"));
    QVERIFY(condition.isValid());
    w.treeView()->setFocus();
    w.treeView()->setCurrentIndex(condition);
    QTest::keyClick(w.treeView(), Qt::Key_F1);
    QVERIFY(w.guideWindow());
    QVERIFY(w.guideWindow()->isVisible());
    QVERIFY(w.guideWindow()->browser()->toPlainText().contains(QStringLiteral("Policy Language Guide")));
}

void TestAccessibility::shouldOpenAnExampleFromTheGuide()
{
    MainWindow &w = *m_window;
    w.showGuide();
    QVERIFY(w.guideWindow());
    w.guideWindow()->openLink(QUrl(QStringLiteral("example:ec2-role-current-version")));
    QCOMPARE(w.editor()->documentBytes(), templateText(QStringLiteral("ec2-role-current-version")));
    QVERIFY(w.document()->isUntitled());
    // An unknown example changes nothing.
    QVERIFY(!w.openExample(QStringLiteral("no-such-example")));
}

void TestAccessibility::shouldAskBeforeAnExampleReplacesUnsavedWork()
{
    MainWindow &w = *m_window;
    int asked = 0;
    w.setUnsavedChangesHandler([&asked] {
        ++asked;
        return MainWindow::UnsavedChoice::Cancel;
    });
    w.editor()->setText(QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": []}\n"));
    QVERIFY(w.document()->isModified());
    const QByteArray before = w.editor()->documentBytes();
    QVERIFY(!w.openExample(QStringLiteral("cross-account-user")));
    QCOMPARE(asked, 1);
    QCOMPARE(w.editor()->documentBytes(), before);
    w.setUnsavedChangesHandler([&asked] {
        ++asked;
        return MainWindow::UnsavedChoice::Discard;
    });
    QVERIFY(w.openExample(QStringLiteral("cross-account-user")));
    QCOMPARE(asked, 2);
    QCOMPARE(w.editor()->documentBytes(), templateText(QStringLiteral("cross-account-user")));
}

void TestAccessibility::shouldPickTheGuideForTheLanguage()
{
    // German has its own guide (tst_translations checks every language).
    QCOMPARE(views::GuideWindow::guideResource(QLocale(QLocale::English)),
             QStringLiteral(":/help/guide.html"));
    const QString german = views::GuideWindow::guideResource(QLocale(QLocale::German));
    QCOMPARE(german, QStringLiteral(":/help/guide_de.html"));
    QVERIFY(QFile::exists(german));
}

void TestAccessibility::shouldShowVersionAndLicences()
{
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                .match(views::AboutDialog::version())
                .hasMatch());
    const QString mit = views::AboutDialog::mitLicenceText();
    QVERIFY(mit.contains(QStringLiteral("Permission is hereby granted, free of charge")));
    QVERIFY(mit.contains(QStringLiteral("THE SOFTWARE IS PROVIDED \"AS IS\"")));
    QCOMPARE(mit.count(QStringLiteral("\n\n")), 3); // copyright line + three paragraphs

    views::AboutDialog dialog(m_window.get());
    QCOMPARE(dialog.tabs()->count(), 2);
    const QString licences = dialog.licences()->toPlainText();
    QVERIFY(licences.contains(QStringLiteral("Permission is hereby granted")));
    QVERIFY(licences.contains(QStringLiteral("GNU LGPL version 3")));
    QVERIFY(licences.contains(QStringLiteral("GNU GPL version 3")));
    auto *versions = dialog.findChild<QLabel *>(QStringLiteral("aboutVersions"));
    QVERIFY(versions);
    QVERIFY(versions->text().contains(QStringLiteral(QT_VERSION_STR)));
    QVERIFY(versions->text().contains(QStringLiteral("QScintilla 2.")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("aboutQtButton")));
}

void TestAccessibility::shouldSayInWordsWhatColourShows()
{
    MainWindow &w = *m_window;
    model::PolicyTreeModel *model = w.treeModel();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Element"));
    w.editor()->setText(QStringLiteral("{\"Statement\": [}"));
    w.controller()->reparseNow();
    QVERIFY(model->isStale());
    QVERIFY(model->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("out of date")));

    // Over the size limit the status bar says so in words.
    QByteArray big = "{\"Version\": \"2012-10-17\", \"Id\": \"";
    big += QByteArray(21000, 'x');
    big += "\", \"Statement\": []}";
    w.editor()->setText(QString::fromUtf8(big));
    w.controller()->reparseNow();
    QVERIFY2(w.sizeLabel()->text().endsWith(
                 QStringLiteral("over AWS's limit, cheap checks only")),
             qPrintable(w.sizeLabel()->text()));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
