// MainWindow: the Help menu (guide, keyboard shortcuts, What's This?, About), keyboard
// navigation between the panes (View > Go to ..., F6) and the accessible names of the window's
// widgets. Split from mainwindow.cpp by topic.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "errorbanner.h"
#include "guidewindow.h"
#include "jsoneditor.h"
#include "policytemplates.h"
#include "policytreemodel.h"
#include "policytreeview.h"
#include "problemspanel.h"
#include "shortcutsdialog.h"
#include "simulationpanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QWhatsThis>

namespace views {

namespace {

// The widget inside `root` that should take the focus: `root` itself when it takes Tab focus,
// else the first visible descendant in the focus chain that does.
QWidget *focusTarget(QWidget *root)
{
    if (!root)
        return nullptr;
    if (root->isVisible() && root->isEnabled() && (root->focusPolicy() & Qt::TabFocus))
        return root;
    for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
        if (root->isAncestorOf(w) && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus)) {
            return w;
        }
    }
    return nullptr;
}

QAction *addFocusAction(QMenu *menu, QObject *parent, const QString &text,
                        const QKeySequence &key, const QString &objectName)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcut(key);
    menu->addAction(action);
    return action;
}

} // namespace

void MainWindow::createHelpMenu(QMenu *help)
{
    auto *guide = new QAction(tr("Policy Language &Guide"), this);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence(QKeySequence::HelpContents)); // F1
    if (guide->shortcut().isEmpty())
        guide->setShortcut(QKeySequence(Qt::Key_F1));
    guide->setStatusTip(tr("A short guide to the policy language, with the user guide's examples"));
    connect(guide, &QAction::triggered, this, [this] { showGuide(); });

    auto *shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(tr("Ctrl+/")));
    shortcuts->setStatusTip(tr("List every keyboard shortcut of this window"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::onShortcuts);

    QAction *whatsThis = QWhatsThis::createAction(this); // Shift+F1
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    whatsThis->setText(tr("What's &This?"));
    whatsThis->setStatusTip(tr("Click any part of the window, or a condition operator or key in "
                               "the tree, to see what it is"));

    m_aboutAction = new QAction(tr("&About Secret Policy Studio"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::onAbout);
    auto *aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });

    help->addAction(guide);
    help->addAction(shortcuts);
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(aboutQt);
}

void MainWindow::createNavigationActions(QMenu *view)
{
    view->addSeparator();
    QAction *tree = addFocusAction(view, this, tr("Go to Statement &Tree"),
                                   QKeySequence(tr("Alt+1")), QStringLiteral("focusTreeAction"));
    connect(tree, &QAction::triggered, this, [this] { m_tree->setFocus(Qt::ShortcutFocusReason); });
    QAction *pane = addFocusAction(view, this, tr("Go to &JSON Pane"), QKeySequence(tr("Alt+2")),
                                   QStringLiteral("focusEditorAction"));
    connect(pane, &QAction::triggered, this,
            [this] { m_editor->setFocus(Qt::ShortcutFocusReason); });
    const auto goToDock = [this](QDockWidget *dock) {
        dock->show();
        dock->raise();
        if (QWidget *target = focusTarget(dock->widget()))
            target->setFocus(Qt::ShortcutFocusReason);
    };
    QAction *problems = addFocusAction(view, this, tr("Go to Pro&blems"),
                                       QKeySequence(tr("Alt+3")),
                                       QStringLiteral("focusProblemsAction"));
    connect(problems, &QAction::triggered, this,
            [this, goToDock] { goToDock(m_problemsDock); });
    QAction *simulation = addFocusAction(view, this, tr("Go to Si&mulation"),
                                         QKeySequence(tr("Alt+4")),
                                         QStringLiteral("focusSimulationAction"));
    connect(simulation, &QAction::triggered, this,
            [this, goToDock] { goToDock(m_simulationDock); });
    QAction *scenarios = addFocusAction(view, this, tr("Go to Sc&enarios"),
                                        QKeySequence(tr("Alt+5")),
                                        QStringLiteral("focusScenariosAction"));
    connect(scenarios, &QAction::triggered, this,
            [this, goToDock] { goToDock(m_scenariosDock); });
    QAction *next = addFocusAction(view, this, tr("&Next Pane"), QKeySequence(Qt::Key_F6),
                                   QStringLiteral("nextPaneAction"));
    connect(next, &QAction::triggered, this, [this] { focusPane(+1); });
    QAction *previous = addFocusAction(view, this, tr("Pre&vious Pane"),
                                       QKeySequence(Qt::SHIFT | Qt::Key_F6),
                                       QStringLiteral("previousPaneAction"));
    connect(previous, &QAction::triggered, this, [this] { focusPane(-1); });
}

QList<QDockWidget *> MainWindow::docks() const
{
    QList<QDockWidget *> out;
    for (QDockWidget *dock : {m_problemsDock, m_simulationDock, m_scenariosDock}) {
        if (dock)
            out.append(dock);
    }
    return out;
}

QList<QWidget *> MainWindow::focusPanes() const
{
    QList<QWidget *> panes{m_tree, m_editor};
    for (QDockWidget *dock : docks()) {
        if (QWidget *target = focusTarget(dock->widget()))
            panes.append(target);
    }
    return panes;
}

void MainWindow::focusPane(int step)
{
    const QList<QWidget *> panes = focusPanes();
    QWidget *focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < panes.size() && current < 0; ++i) {
        if (focus == panes[i] || panes[i]->isAncestorOf(focus))
            current = i;
    }
    // A widget inside a dock (e.g. the simulation's action chooser) belongs to that dock's pane.
    for (int i = 2; i < panes.size() && current < 0; ++i) {
        for (QDockWidget *dock : docks()) {
            if (dock->isAncestorOf(panes[i]) && dock->isAncestorOf(focus))
                current = i;
        }
    }
    const auto n = panes.size();
    const qsizetype next = current < 0 ? (step > 0 ? 0 : n - 1) : ((current + step) % n + n) % n;
    panes[next]->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

void MainWindow::setAccessibleNames()
{
    m_editor->setAccessibleName(tr("JSON pane"));
    m_editor->setAccessibleDescription(
        tr("The policy as JSON text. The statement tree follows every change."));
    m_tree->setAccessibleName(tr("Statement tree"));
    m_tree->setAccessibleDescription(
        tr("The policy's statements and their elements. F2 edits a value; Insert adds one."));
    m_banner->setAccessibleName(tr("JSON error"));
    m_problems->setAccessibleName(tr("Problems"));
    if (auto *list = m_problems->findChild<QTreeWidget *>())
        list->setAccessibleName(tr("Problems list"));
    m_parseLabel->setAccessibleName(tr("Parse state"));
    m_findingsLabel->setAccessibleName(tr("Problem count"));
    m_sizeLabel->setAccessibleName(tr("Policy size"));
    m_caretLabel->setAccessibleName(tr("Caret position"));
    m_simulation->setAccessibleName(tr("Simulation"));
    for (auto *tabs : m_simulation->findChildren<QTabWidget *>()) {
        if (tabs->accessibleName().isEmpty())
            tabs->setAccessibleName(tr("Simulation views"));
    }
    // The simulation names its matrix tables itself ("Access matrix for ..."), one per action.
    if (m_simulation->changesTable()->accessibleName().isEmpty())
        m_simulation->changesTable()->setAccessibleName(tr("Change report"));
    m_simulation->changesTable()->setTabKeyNavigation(false);
    for (auto *scroll : m_simulation->findChildren<QScrollArea *>()) {
        if (scroll->accessibleName().isEmpty())
            scroll->setAccessibleName(tr("Access matrices"));
    }
    for (auto *text : m_simulation->findChildren<QPlainTextEdit *>()) {
        if (text->accessibleName().isEmpty())
            text->setAccessibleName(tr("Explanation of the selected cell"));
    }
    // "What's This?" texts on the main parts of the window.
    m_tree->setWhatsThis(tr("<p>The <b>statement tree</b> shows the policy's statements. Point at "
                            "a condition operator, a condition key or an action to see what it "
                            "means; F2 edits, Insert adds a value, Delete removes it.</p>"));
    m_editor->setWhatsThis(tr("<p>The <b>JSON pane</b> holds the policy text, the single source "
                              "of truth: the tree, the problems and the simulation follow it.</p>"));
    m_problems->setWhatsThis(tr("<p><b>Problems</b> lists what the linter found. Activate a row "
                                "to select its text.</p>"));
    m_simulation->setWhatsThis(tr("<p>The <b>simulation</b> shows which principals may call an "
                                  "action for each version stage, and why.</p>"));
}

void MainWindow::onShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::onAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

bool MainWindow::openExample(const QString &id)
{
    for (const model::PolicyTemplate &tpl : model::policyTemplates()) {
        if (tpl.id != id || tpl.text.isEmpty())
            continue;
        if (!maybeSave())
            return false;
        newDocument(tpl.text);
        statusBar()->showMessage(tr("Opened the example \"%1\"").arg(tpl.title), 4000);
        activateWindow();
        raise();
        return true;
    }
    return false;
}

void MainWindow::showGuide(const QString &anchor)
{
    if (!m_guide) {
        m_guide = new GuideWindow(this);
        connect(m_guide, &GuideWindow::exampleRequested, this, &MainWindow::openExample);
    }
    QString topic = anchor;
    if (topic.isEmpty() && m_tree->hasFocus()) {
        using Kind = model::PolicyTreeModel::NodeKind;
        const QModelIndex current = m_tree->currentIndex();
        const QString label = current.siblingAtColumn(0).data().toString();
        switch (m_model->kindOf(current)) {
        case Kind::Principal:
        case Kind::PrincipalType:
        case Kind::PrincipalValue:
            topic = QStringLiteral("principals");
            break;
        case Kind::Action:
        case Kind::ActionValue:
            topic = QStringLiteral("actions");
            break;
        case Kind::Resource:
        case Kind::ResourceValue:
            topic = QStringLiteral("resources");
            break;
        case Kind::ConditionKey:
        case Kind::ConditionValue:
            topic = label.contains(QLatin1String("Version"), Qt::CaseInsensitive)
                        ? QStringLiteral("stages")
                        : QStringLiteral("conditions");
            break;
        case Kind::Condition:
        case Kind::ConditionOperator:
            topic = QStringLiteral("conditions");
            break;
        case Kind::Effect:
        case Kind::Statement:
        case Kind::Sid:
            topic = QStringLiteral("elements");
            break;
        default:
            break;
        }
    }
    m_guide->showTopic(topic);
}

} // namespace views
