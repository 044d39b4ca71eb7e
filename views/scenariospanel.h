// The Scenarios dock (issue 5): saved requests with expected decisions, re-run after every
// successful reparse of the edited policy and listed like test results (failures first), with
// the selected scenario's explanation and a jump to the statement that decided it. While the
// text is invalid the last results stay, greyed and marked stale, as in the matrix.
//
// Files: POLICY.json's scenarios live in POLICY.scenarios.jsonl (ScenariosModel::defaultPathFor),
// loaded when the policy is opened. Unsaved scenario changes are saved with the policy (the
// window's Save), and count as unsaved changes when the window asks before closing.
#pragma once

#include "eval/decision.h"

#include <QString>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QMenu;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace model {
class ScenariosModel;
}

namespace views {

class EditorController;
class JsonEditor;

class ScenariosPanel : public QWidget
{
    Q_OBJECT

public:
    // Neither pointer is owned; both must outlive the panel.
    ScenariosPanel(EditorController *controller, JsonEditor *editor, QWidget *parent = nullptr);
    ~ScenariosPanel() override;

    // API (also what the tests drive)
    // Re-runs every scenario against the editor's text, or marks the results stale.
    void recompute();
    bool isStale() const;

    // The policy file changed (opened, new, saved under another name): loads the policy's
    // scenario file when it exists, else starts empty (unsaved changes are the caller's worry).
    void setPolicyPath(const QString &policyPath);
    // Where Save writes: the loaded file, or the policy's default scenario file.
    QString scenarioPath() const;
    bool loadFile(const QString &path, QString *error = nullptr);
    // Saves to scenarioPath(); false with a reason when there is none (an untitled policy).
    bool save(QString *error = nullptr);
    bool saveAs(const QString &path, QString *error = nullptr);
    // The window's Save: writes the scenarios when they have unsaved changes.
    bool saveWithPolicy(const QString &policyPath, QString *error = nullptr);
    bool isModified() const;

    // Appends a request (a matrix cell's RequestJsonRole line) expecting the given answer.
    bool addScenario(const QString &requestLine,
                     engine::Outcome decision,
                     engine::Outcome effectiveDecision,
                     QString *error = nullptr);
    // Rows are the model's (not the sorted view's).
    void selectScenario(int row);
    bool goToStatement(int row); // selects the first matched statement's text
    void setFailuresOnly(bool on);

    model::ScenariosModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *explanation() const { return m_explanation; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *staleLabel() const { return m_staleLabel; }
    QPushButton *acceptButton() const { return m_acceptButton; } // Expect Current Result
    QPushButton *deleteButton() const { return m_deleteButton; }

signals:
    // The summary changed (for the dock's title or a status line).
    void summaryChanged(const QString &summary);

private:
    int currentRow() const; // model row, -1 without one
    void updateSummary();
    void updateExplanation();
    void showContextMenu(const QPoint &pos);
    void fillExpectationMenu(QMenu *menu, int row, bool effective);
    void onLoad();
    void onSave();
    void onSaveAs();
    void onDelete();
    void showError(const QString &title, const QString &message);

    EditorController *m_controller;           // not owned
    JsonEditor *m_editor;                     // not owned
    model::ScenariosModel *m_model = nullptr; // owned (QObject child)
    QSortFilterProxyModel *m_proxy = nullptr; // owned (QObject child)
    QTableView *m_table = nullptr;            // owned by the widget tree (all below)
    QPlainTextEdit *m_explanation = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_staleLabel = nullptr;
    QCheckBox *m_failuresOnly = nullptr;
    QPushButton *m_goButton = nullptr;
    QAction *m_copyRequest = nullptr; // Owned by m_table, both.
    QAction *m_copyCommand = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QString m_policyPath;
};

} // namespace views
