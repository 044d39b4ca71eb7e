#include "mainwindow.h"

#include "policysnapshot.h"

#include "awsroundtrip.h"
#include "editorcontroller.h"
#include "errorbanner.h"
#include "findbar.h"
#include "findingtext.h"
#include "icons.h"
#include "jsoneditor.h"
#include "policydocument.h"
#include "preferences.h"
#include "policytemplates.h"
#include "policytreemodel.h"
#include "policytreeview.h"
#include "problemspanel.h"
#include "simulationpanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace views {

namespace {

namespace PolicyTreeModelColumns {
constexpr int Element = model::PolicyTreeModel::ElementColumn;
}

// The platform's shortcuts for a standard key, or the fallback where the platform has none
// (a bare X11 session has no Save As and no Quit key).
void setStandardShortcut(QAction *action, QKeySequence::StandardKey key,
                         const QKeySequence &fallback = {})
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty() && !fallback.isEmpty())
        keys.append(fallback);
    action->setShortcuts(keys);
}

QIcon icon(const char *name)
{
    return appIcon(name);
}

QLocale numberLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English) : system;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new model::PolicyDocument(this)),
      m_model(new model::PolicyTreeModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("secret-policy-studio"));
    setAcceptDrops(true);
    createWidgets();
    createActions();
    createEditingActions();
    createMenus();
    createStatusBar();
    connectSync();
    setAccessibleNames();

    m_unsavedHandler = [this] {
        const auto answer = QMessageBox::warning(
            this, tr("Unsaved Changes"),
            m_document->isModified()
                ? tr("The policy \"%1\" has unsaved changes. Save them first?")
                      .arg(m_document->displayName())
                : tr("The scenarios of \"%1\" have unsaved changes. Save them with the "
                     "policy?")
                      .arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            return UnsavedChoice::Save;
        if (answer == QMessageBox::Discard)
            return UnsavedChoice::Discard;
        return UnsavedChoice::Cancel;
    };
    m_diskHandler = [this] {
        const QString text = m_document->isModified()
                                 ? tr("\"%1\" was changed by another program. Reload it and "
                                      "lose your unsaved changes? (Undo brings them back.)")
                                 : tr("\"%1\" was changed by another program. Reload it?");
        const auto answer = QMessageBox::question(this, tr("File Changed on Disk"),
                                                  text.arg(m_document->displayName()),
                                                  QMessageBox::Yes | QMessageBox::No,
                                                  QMessageBox::Yes);
        return answer == QMessageBox::Yes ? DiskChoice::Reload : DiskChoice::Ignore;
    };
    installFileHandlers();

    applyPreferences();
    connect(&model::Preferences::instance(), &model::Preferences::changed, this,
            &MainWindow::applyPreferences);

    m_document->setTextProvider([this] { return m_editor->documentBytes(); });
    newDocument(model::templateText(model::policyTemplates().front(),
                                    model::Preferences::instance().indentWidth()));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    // Unless the user's own layout is restored, the docks start at two fifths of the window
    // (the Simulation's matrix needs room): see resizeEvent().
    m_layoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray splitter = settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    rebuildRecentMenu();
    m_editor->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_editor = new JsonEditor;
    m_editor->setObjectName(QStringLiteral("jsonEditor"));
    m_tree = new PolicyTreeView;
    m_tree->setObjectName(QStringLiteral("policyTree"));
    m_tree->setPolicyModel(m_model);
    m_banner = new ErrorBanner;
    m_banner->hide();
    m_findBar = new FindBar(m_editor);
    m_findBar->hide();

    auto *editorPane = new QWidget;
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_banner);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(editorPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({540, 740});
    // However small the window, the docks leave the tree and the JSON pane about ten lines.
    m_splitter->setMinimumHeight(m_splitter->fontMetrics().height() * 10);
    setCentralWidget(m_splitter);

    m_problems = new ProblemsPanel;
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_tree->header()->resizeSection(PolicyTreeModelColumns::Element, 190);

    m_controller = new EditorController(m_editor, m_model, m_tree, this);

    // Tabbed with Problems, which stays in front; View > Simulation brings it up.
    m_simulation = new SimulationPanel(m_controller, m_editor);
    m_simulationDock = new QDockWidget(tr("Simulation"), this);
    m_simulationDock->setObjectName(QStringLiteral("simulationDock"));
    m_simulationDock->setWidget(dockContent(m_simulation));
    addDockWidget(Qt::BottomDockWidgetArea, m_simulationDock);
    tabifyDockWidget(m_problemsDock, m_simulationDock);
    createScenariosDock();
    m_problemsDock->raise();
    for (QDockWidget *dock : docks())
        dock->installEventFilter(this);
}

QDockWidget *MainWindow::bottomDock() const
{
    QDockWidget *found = nullptr;
    for (QDockWidget *dock : docks()) {
        if (dock->isHidden() || dock->isFloating()
            || dockWidgetArea(dock) != Qt::BottomDockWidgetArea) {
            continue;
        }
        if (dock->isVisible())
            return dock; // the tab in front
        if (!found)
            found = dock;
    }
    return found;
}

int MainWindow::bottomDockHeight() const
{
    QDockWidget *bottom = bottomDock();
    if (!bottom)
        return 0;
    // Tabbed docks share a tab bar below them, which resizeDocks() counts in their size.
    int tabs = 0;
    if (!tabifiedDockWidgets(bottom).isEmpty()) {
        for (const QTabBar *bar : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            if (bar->isVisible() && bar->geometry().top() >= bottom->geometry().bottom())
                tabs = std::max(tabs, bar->height());
        }
    }
    return bottom->height() + tabs;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The user moved the separator (the window kept its height): that is the share to keep.
    if (event->type() == QEvent::Resize && isVisible() && height() == m_shareWindowHeight
        && watched == bottomDock() && height() > 0) {
        m_dockShare = std::clamp(double(bottomDockHeight()) / height(), 0.1, 0.9);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    const int before = event->oldSize().height();
    const int after = event->size().height();
    // The first layout of a restored window is the user's own; every later one keeps the share
    // (the layout alone would give the whole change to the tree and the JSON pane).
    QDockWidget *bottom = bottomDock();
    if (bottom && after > 0 && before != after && (before > 0 || !m_layoutRestored))
        resizeDocks({bottom}, {static_cast<int>(m_dockShare * after)}, Qt::Vertical);
    m_shareWindowHeight = after;
}

QWidget *MainWindow::dockContent(QWidget *panel)
{
    auto *area = new QScrollArea;
    area->setObjectName(panel->objectName().isEmpty()
                            ? QStringLiteral("dockScrollArea")
                            : panel->objectName() + QStringLiteral("ScrollArea"));
    area->setWidget(panel);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // The panel's own widgets take the focus (Alt+3..5, F6), not the scroll area.
    area->setFocusPolicy(Qt::NoFocus);
    return area;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(icon("document-new"), tr("&New"), this);
    setStandardShortcut(m_newAction, QKeySequence::New, QKeySequence(tr("Ctrl+N")));
    m_newAction->setStatusTip(tr("Start a new policy"));
    connect(m_newAction, &QAction::triggered, this,
            [this] { onNew(model::policyTemplates().front()); });

    m_openAction = new QAction(icon("document-open"), tr("&Open..."), this);
    setStandardShortcut(m_openAction, QKeySequence::Open, QKeySequence(tr("Ctrl+O")));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::onOpen);

    m_saveAction = new QAction(icon("document-save"), tr("&Save"), this);
    setStandardShortcut(m_saveAction, QKeySequence::Save, QKeySequence(tr("Ctrl+S")));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::onSave);

    m_saveAsAction = new QAction(icon("document-save-as"), tr("Save &As..."), this);
    setStandardShortcut(m_saveAsAction, QKeySequence::SaveAs, QKeySequence(tr("Ctrl+Shift+S")));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::onSaveAs);

    m_importAction = new QAction(icon("document-import"),
                                 tr("&Import get-resource-policy Output..."), this);
    m_importAction->setStatusTip(
        tr("Open the policy inside the output of \"aws secretsmanager get-resource-policy\""));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::onImport);

    m_aws = new AwsRoundTrip(this);

    m_exportPrettyAction = new QAction(tr("As &Pretty JSON..."), this);
    connect(m_exportPrettyAction, &QAction::triggered, this, &MainWindow::onExportPretty);
    m_exportMinifiedAction = new QAction(tr("As &Minified JSON..."), this);
    connect(m_exportMinifiedAction, &QAction::triggered, this, &MainWindow::onExportMinified);
    m_exportCommandAction = new QAction(tr("As AWS &CLI Command..."), this);
    connect(m_exportCommandAction, &QAction::triggered, this, &MainWindow::onExportCommand);

    m_quitAction = new QAction(icon("application-exit"), tr("&Quit"), this);
    setStandardShortcut(m_quitAction, QKeySequence::Quit, QKeySequence(tr("Ctrl+Q")));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(icon("edit-undo"), tr("&Undo"), this);
    setStandardShortcut(m_undoAction, QKeySequence::Undo, QKeySequence(tr("Ctrl+Z")));
    connect(m_undoAction, &QAction::triggered, this, [this] {
        m_editor->undo();
        m_controller->reparseNow();
    });
    m_redoAction = new QAction(icon("edit-redo"), tr("&Redo"), this);
    setStandardShortcut(m_redoAction, QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z")));
    connect(m_redoAction, &QAction::triggered, this, [this] {
        m_editor->redo();
        m_controller->reparseNow();
    });
    m_cutAction = new QAction(icon("edit-cut"), tr("Cu&t"), this);
    setStandardShortcut(m_cutAction, QKeySequence::Cut);
    connect(m_cutAction, &QAction::triggered, m_editor, &QsciScintilla::cut);
    m_copyAction = new QAction(icon("edit-copy"), tr("&Copy"), this);
    setStandardShortcut(m_copyAction, QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, m_editor, &QsciScintilla::copy);
    m_pasteAction = new QAction(icon("edit-paste"), tr("&Paste"), this);
    setStandardShortcut(m_pasteAction, QKeySequence::Paste);
    connect(m_pasteAction, &QAction::triggered, m_editor, &QsciScintilla::paste);
    m_selectAllAction = new QAction(tr("Select &All"), this);
    setStandardShortcut(m_selectAllAction, QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, m_editor,
            [this] { m_editor->selectAll(true); });
    // Cut, copy, paste and select all belong to the JSON pane only: when the tree has the
    // focus its own keys must win, so these shortcuts live on the editor.
    for (QAction *a : {m_cutAction, m_copyAction, m_pasteAction, m_selectAllAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_editor->addAction(a);
    }

    m_findAction = new QAction(icon("edit-find"), tr("&Find..."), this);
    setStandardShortcut(m_findAction, QKeySequence::Find, QKeySequence(tr("Ctrl+F")));
    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::showFind);
    m_replaceAction = new QAction(tr("R&eplace..."), this);
    setStandardShortcut(m_replaceAction, QKeySequence::Replace, QKeySequence(tr("Ctrl+H")));
    connect(m_replaceAction, &QAction::triggered, m_findBar, &FindBar::showReplace);
    m_findNextAction = new QAction(tr("Find &Next"), this);
    setStandardShortcut(m_findNextAction, QKeySequence::FindNext, QKeySequence(tr("F3")));
    connect(m_findNextAction, &QAction::triggered, m_findBar, &FindBar::findNext);
    m_findPreviousAction = new QAction(tr("Find Pre&vious"), this);
    setStandardShortcut(m_findPreviousAction, QKeySequence::FindPrevious,
                        QKeySequence(tr("Shift+F3")));
    connect(m_findPreviousAction, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    m_goToErrorAction = new QAction(icon("go-error"), tr("&Go to Error"), this);
    m_goToErrorAction->setShortcut(QKeySequence(tr("F8")));
    m_goToErrorAction->setEnabled(false);
    connect(m_goToErrorAction, &QAction::triggered, m_controller, &EditorController::goToError);

    m_secretArnAction = new QAction(tr("Secret &ARN..."), this);
    m_secretArnAction->setStatusTip(
        tr("Set the ARN of the secret this policy belongs to, for the checks that need it"));
    connect(m_secretArnAction, &QAction::triggered, this, &MainWindow::onSetSecretArn);

    m_preferencesAction = new QAction(tr("Preference&s..."), this);
    setStandardShortcut(m_preferencesAction, QKeySequence::Preferences,
                        QKeySequence(tr("Ctrl+,")));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("Font, indentation, theme, language and simulation "
                                         "defaults"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    m_newMenu = file->addMenu(icon("document-new"), tr("New from &Template"));
    for (const model::PolicyTemplate &tpl : model::policyTemplates()) {
        if (tpl.text.isEmpty())
            continue;
        QAction *a = m_newMenu->addAction(tpl.title);
        a->setStatusTip(tpl.description);
        a->setToolTip(tpl.description);
        connect(a, &QAction::triggered, this, [this, tpl] { onNew(tpl); });
    }
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_aws->openAction());
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_importClipboardAction);
    QMenu *exportMenu = file->addMenu(icon("document-export"), tr("&Export"));
    exportMenu->addAction(m_exportPrettyAction);
    exportMenu->addAction(m_exportMinifiedAction);
    exportMenu->addAction(m_exportCommandAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_cutAction);
    edit->addAction(m_copyAction);
    edit->addAction(m_pasteAction);
    edit->addAction(m_selectAllAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_replaceAction);
    edit->addAction(m_findNextAction);
    edit->addAction(m_findPreviousAction);
    edit->addSeparator();
    edit->addAction(m_goToErrorAction);
    edit->addAction(m_formatAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *policy = menuBar()->addMenu(tr("&Policy"));
    policy->addActions(m_tree->editActions());
    policy->addSeparator();
    policy->addAction(m_secretArnAction);
    policy->addAction(m_aws->validateAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setText(tr("&Problems"));
    view->addAction(problems);
    QAction *simulation = m_simulationDock->toggleViewAction();
    simulation->setText(tr("&Simulation"));
    view->addAction(simulation);
    QAction *scenarios = m_scenariosDock->toggleViewAction();
    scenarios->setText(tr("S&cenarios"));
    view->addAction(scenarios);
    view->addSeparator();
    view->addAction(m_wordWrapAction);
    createNavigationActions(view);

    createHelpMenu(menuBar()->addMenu(tr("&Help")));

    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_findAction);
    bar->addSeparator();
    bar->addActions(m_tree->editActions());
}

void MainWindow::createStatusBar()
{
    m_parseLabel = new QLabel;
    m_findingsLabel = new QLabel;
    m_sizeLabel = new QLabel;
    m_caretLabel = new QLabel;
    m_readOnlyLabel = new QLabel;
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setVisible(false);
    for (QLabel *l : {m_readOnlyLabel, m_parseLabel, m_findingsLabel, m_sizeLabel, m_caretLabel}) {
        l->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(l);
    }
}

void MainWindow::connectSync()
{
    connect(m_simulation, &SimulationPanel::userInputChanged, this,
            &MainWindow::rememberFileMemory);
    connect(m_controller, &EditorController::reparsed, this, [this] {
        updateFindings();
        updateStatus();
    });
    connect(m_controller, &EditorController::editApplied, this, [this](const QString &what) {
        // The editor's undo stack has no names; the last tree edit lends its own until the
        // next change of any kind.
        m_undoAction->setText(what.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(what));
        statusBar()->showMessage(tr("%1 (Undo reverts it)").arg(what), 4000);
    });
    connect(m_banner, &ErrorBanner::goToErrorClicked, m_controller, &EditorController::goToError);
    connect(m_problems, &ProblemsPanel::findingActivated, m_controller,
            &EditorController::goToSpan);
    // Connected after the controller's own SCN_MODIFIED handler, so that the status bar
    // already sees the reparse scheduled by this change ("Editing...").
    connect(m_editor, &QsciScintillaBase::SCN_MODIFIED, this, [this](int, int type) {
        if (!(type & (QsciScintillaBase::SC_MOD_INSERTTEXT | QsciScintillaBase::SC_MOD_DELETETEXT)))
            return;
        m_undoAction->setText(tr("&Undo"));
        updateStatus();
        updateUndoActions();
    });
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, &MainWindow::updateCaret);
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this](bool modified) {
        m_document->setModified(modified);
    });
    connect(m_editor, &JsonEditor::filesDropped, this, &MainWindow::onFilesDropped);
    connect(m_document, &model::PolicyDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &model::PolicyDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &model::PolicyDocument::readOnlyChanged, this, &MainWindow::updateReadOnly);
    connect(m_document, &model::PolicyDocument::changedOnDisk, this,
            &MainWindow::onChangedOnDisk);
    connect(m_document, &model::PolicyDocument::removedFromDisk, this, [this] {
        statusBar()->showMessage(tr("\"%1\" was removed from disk; saving writes it again.")
                                     .arg(m_document->displayName()));
    });
}

qsizetype MainWindow::codePointCount(const QByteArray &utf8)
{
    return model::PolicySnapshot::characterCount(
        std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

void MainWindow::updateTitle()
{
    setWindowTitle(
        m_document->isReadOnly()
            ? tr("%1[*] (read-only) - Secret Policy Studio").arg(m_document->displayName())
            : tr("%1[*] - Secret Policy Studio").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->path());
}

void MainWindow::updateStatus()
{
    const auto n = static_cast<qsizetype>(m_editor->characterCount());
    const QLocale locale = numberLocale();
    // Over the limit the label says so in words, not only in red.
    m_sizeLabel->setText((n > PolicySizeLimit ? tr("%1 / %2 characters: over AWS's limit, "
                                                   "cheap checks only")
                                              : tr("%1 / %2 characters"))
                             .arg(locale.toString(n), locale.toString(PolicySizeLimit)));
    QString tip = tr("Secrets Manager accepts policies of up to %1 characters, "
                     "whitespace included.")
                      .arg(locale.toString(PolicySizeLimit));
    if (n > PolicySizeLimit) {
        tip += QLatin1Char(' ')
               + tr("Past the limit only the JSON syntax, the structure and the size are "
                    "checked, and the Simulation is not computed.");
    }
    m_sizeLabel->setToolTip(tip);
    QPalette pal = m_sizeLabel->palette();
    pal.setColor(QPalette::WindowText, n > PolicySizeLimit
                                           ? QColor(0xd0, 0x00, 0x00)
                                           : palette().color(QPalette::WindowText));
    m_sizeLabel->setPalette(pal);

    const bool valid = m_controller->isValid();
    if (m_controller->isReparsePending())
        m_parseLabel->setText(tr("Editing..."));
    else
        m_parseLabel->setText(valid ? tr("Valid JSON") : tr("Invalid JSON"));
    m_goToErrorAction->setEnabled(!valid);
    m_banner->setVisible(!valid);
    if (!valid) {
        const auto &e = m_controller->parseError();
        m_banner->showError(e.position.line, e.position.column,
                            model::FindingText::parserMessage(QString::fromStdString(e.message)));
    }
    updateCaret();
}

void MainWindow::updateCaret()
{
    m_caretLabel->setText(tr("Line %1, Column %2")
                              .arg(m_editor->caretLine())
                              .arg(m_editor->caretColumn()));
}

void MainWindow::updateFindings()
{
    const auto &findings = m_controller->findings();
    m_problems->setFindings(findings);
    std::array<int, 4> counts{};
    for (const engine::Diagnostic &d : findings)
        ++counts[static_cast<std::size_t>(d.severity)];
    QStringList parts;
    if (counts[0] > 0)
        parts << tr("%n error(s)", nullptr, counts[0]);
    if (counts[1] > 0)
        parts << tr("%n security warning(s)", nullptr, counts[1]);
    if (counts[2] > 0)
        parts << tr("%n warning(s)", nullptr, counts[2]);
    if (counts[3] > 0)
        parts << tr("%n suggestion(s)", nullptr, counts[3]);
    m_findingsLabel->setText(parts.isEmpty() ? tr("No problems") : parts.join(tr(", ")));
    m_problemsDock->setWindowTitle(findings.empty()
                                       ? tr("Problems")
                                       : tr("Problems (%1)").arg(findings.size()));
}

void MainWindow::updateUndoActions()
{
    m_undoAction->setEnabled(m_editor->isUndoAvailable());
    m_redoAction->setEnabled(m_editor->isRedoAvailable());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace views
