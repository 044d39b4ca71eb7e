// The editor window: the statement tree and the JSON pane side by side, kept in step by an
// EditorController; the problems dock; menus, toolbar and status bar; and everything about
// files (new from templates, open, save, recent files, drag and drop, import and export,
// unsaved-changes prompts, changes on disk, crash recovery).
// The simulation dock (issue 5) shows the access matrix, tabbed with the problems dock; the
// scenarios dock (mainwindow_scenarios.cpp) checks saved requests beside it.
#pragma once

#include "policysnapshot.h"

#include <QByteArray>
#include <QMainWindow>
#include <QStringList>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;

namespace model {
class PolicyDocument;
class PolicyTreeModel;
struct PolicyTemplate;
}

namespace views {

class EditorController;
class ErrorBanner;
class FindBar;
class GuideWindow;
class JsonEditor;
class PolicyTreeView;
class ProblemsPanel;
class ScenariosPanel;
class SimulationPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    enum class DiskChoice { Reload, Ignore };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // API (also what the tests drive; none of these prompt)
    bool openFile(const QString &path, QString *error = nullptr);
    bool save(QString *error = nullptr);
    bool saveAs(const QString &path, QString *error = nullptr);
    void newDocument(const QByteArray &text);
    bool importCliOutput(const QString &path, QString *error = nullptr);
    // `source` names where the output came from, for the status bar.
    bool importCliOutputText(const QByteArray &output, const QString &source,
                             QString *error = nullptr);
    bool importFromClipboard(QString *error = nullptr);
    // Edit > Format Document: the canonical layout as one undo step; false when not JSON.
    bool formatDocument(QString *error = nullptr);
    QAction *wordWrapAction() const { return m_wordWrapAction; }
    bool exportPretty(const QString &path, QString *error = nullptr);
    bool exportMinified(const QString &path, QString *error = nullptr);
    QString exportCommand(const QString &secretId) const;
    // The ARN of the secret the policy belongs to: enables the linter's checks that need it,
    // is the secret the Simulation asks about and the default --secret-id of the exported
    // command. Imports set it. False, with the ARN left as it was and the reason on the status
    // bar, for a text that is not a secret ARN (model::checkSecretArn): the GUI never simulates
    // requests Secrets Manager could not receive.
    bool setSecretArn(const QString &arn);
    QString secretArn() const { return m_secretArn; }
    // Replaces the text with the recovered text as one undo step (the document stays
    // modified); opens the original file first when it still exists.
    void restoreRecovery(const QString &originalPath, const QByteArray &text);
    // Reloads the file from disk as one undo step.
    bool reloadFromDisk(QString *error = nullptr);

    // Asks about unsaved work found under the recovery directory (at start).
    void offerRecovery();

    // Applies model::Preferences (font, reparse delay, indentation for new text, theme);
    // called at start and on every Preferences::changed.
    void applyPreferences();
    // Edit > Preferences... (modal).
    void showPreferences();
    QAction *preferencesAction() const { return m_preferencesAction; }

    // Prompts; tests replace them.
    void setUnsavedChangesHandler(std::function<UnsavedChoice()> handler);
    void setDiskChangeHandler(std::function<DiskChoice()> handler);
    // Asks (through the handler) whether to save unsaved changes; false when cancelled.
    bool maybeSave();

    JsonEditor *editor() const { return m_editor; }
    PolicyTreeView *treeView() const { return m_tree; }
    model::PolicyTreeModel *treeModel() const { return m_model; }
    model::PolicyDocument *document() const { return m_document; }
    EditorController *controller() const { return m_controller; }
    ErrorBanner *errorBanner() const { return m_banner; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    SimulationPanel *simulationPanel() const { return m_simulation; }
    QDockWidget *simulationDock() const { return m_simulationDock; }
    ScenariosPanel *scenariosPanel() const { return m_scenarios; }
    QDockWidget *scenariosDock() const { return m_scenariosDock; }
    FindBar *findBar() const { return m_findBar; }
    QLabel *sizeLabel() const { return m_sizeLabel; }
    QLabel *caretLabel() const { return m_caretLabel; }
    QLabel *findingsLabel() const { return m_findingsLabel; }
    QLabel *parseLabel() const { return m_parseLabel; }
    QStringList recentFiles() const;

    // Help and keyboard navigation (mainwindow_help.cpp)
    // Opens one of the user guide's examples (a model::policyTemplates() id) as a new
    // document, asking about unsaved changes first; false when cancelled or unknown.
    bool openExample(const QString &id);
    // Shows the Policy Language Guide at a section; an empty anchor picks the section that
    // fits the tree's current node.
    void showGuide(const QString &anchor = QString());
    GuideWindow *guideWindow() const { return m_guide; }
    // The panes F6 cycles through, in order: the tree, the JSON pane, each visible dock.
    QList<QWidget *> focusPanes() const;
    // Moves the focus to the next (+1) or previous (-1) pane.
    void focusPane(int step);
    QDockWidget *problemsDock() const { return m_problemsDock; }

    // Unicode code points in the text (the unit of the 20,480-character limit).
    static qsizetype codePointCount(const QByteArray &utf8);
    static constexpr qsizetype PolicySizeLimit = model::PolicySnapshot::sizeLimit;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createWidgets();
    void createScenariosDock(); // mainwindow_scenarios.cpp
    // Saves modified scenarios beside the just-saved policy; reports a failure.
    void saveScenariosWithPolicy();
    void createActions();
    void createEditingActions(); // mainwindow_editing.cpp
    void createMenus();
    void applyWordWrap(bool on);
    QString dialogFolder() const; // where file dialogs start
    void createStatusBar();
    void connectSync();
    void loadIntoEditor(const QByteArray &body);
    // Per-file memory (mainwindow_memory.cpp): the secret ARN, context values, principals.
    void restoreFileMemory();
    void rememberFileMemory();

    void updateTitle();
    void updateStatus();
    void updateCaret();
    void updateFindings();
    void updateUndoActions();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();

    // Menu handlers (these prompt and show dialogs)
    void onNew(const model::PolicyTemplate &tpl);
    void onOpen();
    void onOpenRecent(const QString &path);
    bool onSave();
    bool onSaveAs();
    void onImport();
    void onExportPretty();
    void onExportMinified();
    void onExportCommand();
    void onSetSecretArn();
    void onChangedOnDisk();
    void onFilesDropped(const QList<QUrl> &urls);
    void onAbout();
    void onShortcuts();
    void createHelpMenu(QMenu *help);
    void createNavigationActions(QMenu *view);
    void setAccessibleNames();
    QList<QDockWidget *> docks() const; // in F6 order
    void showError(const QString &title, const QString &message);

    model::PolicyDocument *m_document;   // owned (QObject child)
    model::PolicyTreeModel *m_model;     // owned (QObject child)
    JsonEditor *m_editor = nullptr;      // owned by the widget tree (all widgets below)
    PolicyTreeView *m_tree = nullptr;
    ErrorBanner *m_banner = nullptr;
    FindBar *m_findBar = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    SimulationPanel *m_simulation = nullptr;
    QDockWidget *m_simulationDock = nullptr;
    ScenariosPanel *m_scenarios = nullptr;
    QDockWidget *m_scenariosDock = nullptr;
    QSplitter *m_splitter = nullptr;
    EditorController *m_controller = nullptr; // owned (QObject child)
    QLabel *m_parseLabel = nullptr;
    QLabel *m_findingsLabel = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QLabel *m_caretLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_newMenu = nullptr;

    QAction *m_newAction = nullptr; // owned (QObject children), all actions
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportPrettyAction = nullptr;
    QAction *m_exportMinifiedAction = nullptr;
    QAction *m_exportCommandAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_goToErrorAction = nullptr;
    QAction *m_secretArnAction = nullptr;
    QAction *m_aboutAction = nullptr;
    GuideWindow *m_guide = nullptr; // owned (QObject child), created on first use
    QAction *m_preferencesAction = nullptr;
    QAction *m_formatAction = nullptr;
    QAction *m_wordWrapAction = nullptr;
    QAction *m_importClipboardAction = nullptr;

    std::function<UnsavedChoice()> m_unsavedHandler;
    std::function<DiskChoice()> m_diskHandler;
    QString m_secretArn;
    bool m_restoringMemory = false;
    int m_appliedTheme = -1; // the model::Preferences::Theme last applied, -1 before the first
};

} // namespace views
