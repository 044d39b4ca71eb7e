// The editor window: the statement tree and the JSON pane side by side, kept in step by an
// EditorController; the problems dock; menus, toolbar and status bar; and everything about
// files (new from templates, open, save, recent files, drag and drop, import and export,
// unsaved-changes prompts, changes on disk, crash recovery).
// The simulation dock (issue 5) shows the access matrix, tabbed with the problems dock; the
// scenarios dock (mainwindow_scenarios.cpp) checks saved requests beside it.
#pragma once

#include "policydocument.h"
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
class PolicyTreeModel;
struct PolicyTemplate;
} // namespace model

namespace views {

class AwsRoundTrip;
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
    // A save that cannot happen (a full disk, a read-only file): offer Save As.
    enum class SaveFailedChoice { SaveAs, Cancel };
    // Saving a policy with errors: save once, save and stop asking for this file, or not.
    enum class ErrorsChoice { Save, SaveAndStopAsking, Cancel };
    // Unsaved work another instance left behind: restore it, discard it, or ask next time.
    enum class RecoveryChoice { Restore, Discard, Later };

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
    // Restores an entry found by offerRecovery(): takes it over, shows its text and writes
    // this window's own recovery file at once; the entry goes only after that. False when
    // another instance took it first.
    bool restoreRecovery(const model::PolicyDocument::RecoveryEntry &entry);
    // Reloads the file from disk as one undo step.
    bool reloadFromDisk(QString *error = nullptr);

    // Asks (through the handler) about each piece of unsaved work that no running instance
    // owns (at start). Work is restored into this window only while it shows nothing the
    // user asked for (an untouched new policy, or the same file unmodified); otherwise into
    // a new window, so that the file the user opened stays open. Returns the windows that
    // received restored work.
    QList<MainWindow *> offerRecovery();

    // Applies model::Preferences (font, reparse delay, indentation for new text, theme);
    // called at start and on every Preferences::changed.
    void applyPreferences();
    // Edit > Preferences... (modal).
    void showPreferences();
    QAction *preferencesAction() const { return m_preferencesAction; }

    // Prompts; tests replace them.
    void setUnsavedChangesHandler(std::function<UnsavedChoice()> handler);
    void setDiskChangeHandler(std::function<DiskChoice()> handler);
    // `message` says why the file cannot be saved.
    void setSaveFailedHandler(std::function<SaveFailedChoice(const QString &message)> handler);
    void setSaveWithErrorsHandler(std::function<ErrorsChoice(int errors)> handler);
    // The path Save As writes to; empty cancels (the default asks with a file dialog).
    void setSaveAsPathHandler(std::function<QString(const QString &suggested)> handler);
    void setRecoveryHandler(
        std::function<RecoveryChoice(const model::PolicyDocument::RecoveryEntry &, bool newWindow)>
            handler);
    // File > Save as the user runs it: Save As for untitled or read-only files, the question
    // about errors, the reason and Save As when the save fails. True when saved.
    bool saveInteractively();
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
    // File > Open from AWS..., Policy > Validate with AWS (awsroundtrip.h).
    AwsRoundTrip *awsRoundTrip() const { return m_aws; }
    QLabel *sizeLabel() const { return m_sizeLabel; }
    QLabel *caretLabel() const { return m_caretLabel; }
    QLabel *findingsLabel() const { return m_findingsLabel; }
    QLabel *parseLabel() const { return m_parseLabel; }
    QLabel *readOnlyLabel() const { return m_readOnlyLabel; }
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

signals:
    // The editor shows another document (New, Open, an import, a reload of recovered work).
    void documentReplaced();

protected:
    void closeEvent(QCloseEvent *event) override;
    // The bottom docks keep their share of the window's height when it is resized, so that a
    // smaller window does not squeeze the tree and the JSON pane alone.
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    QDockWidget *bottomDock() const; // the bottom docks' tab in front
    int bottomDockHeight() const;    // its height with the docks' tab bar
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createWidgets();
    void createScenariosDock(); // mainwindow_scenarios.cpp
    // A panel as a dock's content: scrolled when the dock is smaller than the panel's own
    // minimum, so that a small window keeps room for the tree and the JSON pane.
    static QWidget *dockContent(QWidget *panel);
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
    bool saveAsInteractively(bool askAboutErrors);
    bool confirmSaveWithErrors();
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
    void installFileHandlers(); // the default prompts of mainwindow_files.cpp
    void updateReadOnly();

    model::PolicyDocument *m_document;   // owned (QObject child)
    model::PolicyTreeModel *m_model;     // owned (QObject child)
    JsonEditor *m_editor = nullptr;      // owned by the widget tree (all widgets below)
    PolicyTreeView *m_tree = nullptr;
    ErrorBanner *m_banner = nullptr;
    FindBar *m_findBar = nullptr;
    ProblemsPanel *m_problems = nullptr;
    // The bottom docks' share of the window's height, kept across resizes (resizeEvent()).
    double m_dockShare = 0.4;
    bool m_layoutRestored = false;
    int m_shareWindowHeight = 0; // the window's height m_dockShare was last applied at
    QDockWidget *m_problemsDock = nullptr;
    SimulationPanel *m_simulation = nullptr;
    QDockWidget *m_simulationDock = nullptr;
    ScenariosPanel *m_scenarios = nullptr;
    QDockWidget *m_scenariosDock = nullptr;
    QSplitter *m_splitter = nullptr;
    EditorController *m_controller = nullptr; // owned (QObject child)
    AwsRoundTrip *m_aws = nullptr;            // owned (QObject child)
    QLabel *m_parseLabel = nullptr;
    QLabel *m_findingsLabel = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QLabel *m_caretLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
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
    std::function<SaveFailedChoice(const QString &)> m_saveFailedHandler;
    std::function<ErrorsChoice(int)> m_saveWithErrorsHandler;
    std::function<QString(const QString &)> m_saveAsPathHandler;
    std::function<RecoveryChoice(const model::PolicyDocument::RecoveryEntry &, bool)>
        m_recoveryHandler;
    bool m_askingAboutDisk = false;   // one "changed on disk" question at a time
    bool m_errorsQuestionOff = false; // "don't ask again" for an untitled document
    QString m_secretArn;
    bool m_restoringMemory = false;
    int m_appliedTheme = -1; // the model::Preferences::Theme last applied, -1 before the first
};

} // namespace views
