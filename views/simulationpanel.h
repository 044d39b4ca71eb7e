// The simulation dock (issue 5): the access matrix of the document's policy, one table per
// chosen action (rows principals, columns version stages), recomputed after every successful
// reparse, with the explanation of the selected cell beside it. While the text is invalid the
// last matrix stays, greyed and marked stale. Clicking a cell that matched statements selects
// the first one's text in the JSON pane.
//
// The matrix is computed by a model::SimulationSession (no widgets: the worker, the generation
// counter and the state live there) from the editor's snapshot; this widget shows its result.
// Small matrices (the examples: well under a millisecond) are computed on the GUI thread,
// larger ones by a worker while the last matrix stays shown with "Computing…". Past AWS's size
// limit the matrix is not computed (the window offers the cheap checks only).
#pragma once

#include "celldecision.h"
#include "simulationsession.h"

#include "eval/evaluator.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAbstractProxyModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QModelIndex;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace engine::sim {
enum class ReportFormat;
struct Cell;
struct SimPrincipal;
} // namespace engine::sim

namespace model {
class AccessDiffModel;
class AccessMatrixModel;
class ContextKeysModel;
} // namespace model

namespace views {

class ContextKeyEditor;
class EditorController;
class JsonEditor;
class WhyView;

class SimulationPanel : public QWidget
{
    Q_OBJECT

public:
    // The example ARN used until the document has one (Policy > Secret ARN...).
    static QString exampleSecretArn();

    // Neither pointer is owned; both must outlive the panel.
    SimulationPanel(EditorController *controller, JsonEditor *editor, QWidget *parent = nullptr);
    ~SimulationPanel() override;

    // API (also what the tests drive)
    // Reads the editor's text and recomputes the matrix, or marks the last one stale.
    // Large matrices are computed in the background: see isComputing() and matrixUpdated().
    void recompute();
    bool isStale() const { return m_session->isStale(); }
    // A worker is computing a newer matrix than the one shown.
    bool isComputing() const { return m_session->isComputing(); }
    // The text is past AWS's size limit: the matrix is not computed.
    bool isSkipped() const { return m_session->isSkipped(); }
    // Matrices of more cells (principals × stages × actions) are computed by a worker; 0: all.
    qsizetype synchronousCellLimit() const { return m_session->synchronousCellLimit(); }
    void setSynchronousCellLimit(qsizetype cells) { m_session->setSynchronousCellLimit(cells); }
    // The matrix's inputs, computation and result (owned: a QObject child).
    model::SimulationSession *session() const { return m_session; }
    QString secretArnInUse() const;

    // The actions offered: every Secrets Manager action that takes a secret.
    static QStringList availableActions();
    // The actions chosen, in the order of availableActions(); one table each.
    QStringList actions() const { return m_chosen; }
    // False (and nothing changes) when the list is empty or an action is not offered.
    bool setActions(const QStringList &actions);
    bool setActionShown(const QString &action, bool shown); // false when not offered
    // The action of the table with the current cell, else the first chosen.
    QString action() const;
    bool setAction(const QString &action); // shows that action alone; false when not offered
    QToolButton *actionsButton() const { return m_actionsButton; }

    // The tables shown, one per action of the matrix shown (the chosen ones once computed).
    int tableCount() const { return static_cast<int>(m_tables.size()); }
    int tableIndexOf(const QString &action) const; // -1 when not shown
    void selectCell(int row, int column); // in the first table; as a click
    // As a click: explains the cell and selects its first matched statement.
    void selectCell(int table, int row, int column);
    double lastComputeMilliseconds() const { return m_session->lastComputeMilliseconds(); }
    // The GUI thread's share of the last result: model resets, table sizes, selection.
    double lastApplyMilliseconds() const { return m_lastApplyMs; }

    // Export (issue 5 §6): the report format a file name asks for: .csv, .md/.markdown,
    // .html/.htm, .json, .txt; nullopt for anything else.
    static std::optional<engine::sim::ReportFormat> reportFormatFor(const QString &path);
    // Writes the matrix shown (all its actions) or the change report, atomically (QSaveFile),
    // in the format the suffix asks for. False with a reason on failure or without results.
    bool exportMatrix(const QString &path, QString *error = nullptr) const;
    bool exportChanges(const QString &path, QString *error = nullptr) const;

    // What changed (issue 5 §4): compares `before` (a policy's JSON text) with the current text
    // over every Secrets Manager action that takes a secret, and shows the cells that gain or
    // lose access in the Changes tab; recomputed after every reparse until cleared.
    bool compareWithText(const QByteArray &before, const QString &name, QString *error = nullptr);
    bool compareWithFile(const QString &path, QString *error = nullptr);
    // The file the window shows (QWidget::windowFilePath()), as saved on disk.
    bool compareWithSaved(QString *error = nullptr);
    void clearComparison();
    bool isComparing() const { return m_baseline != nullptr; }

    // User-added principals (issue 5 §1): an ARN, "anonymous", an account id, a service or
    // "Service:"/"Federated:"/"CanonicalUser:" form, with optional identity policies (JSON
    // texts) so that its effective decisions stop being Unknown. A principal the policy already
    // derives gets the identity policies; any other becomes a row. False with a reason when the
    // principal or a policy is invalid. Rows follow the secret ARN and every reparse.
    bool addPrincipal(const QString &principal,
                      const QStringList &identityPolicies = {},
                      QString *error = nullptr);
    void clearAddedPrincipals();
    int addedPrincipalCount() const
    {
        return static_cast<int>(m_session->addedPrincipals().size());
    }
    bool removeAddedPrincipal(int index); // in the order added; false when out of range
    // The added principals as {"principal": text, "identityPolicies": [JSON texts]} maps, to
    // remember per file, and back (entries that no longer parse are kept but make no row).
    QVariantList addedPrincipals() const;
    void setAddedPrincipals(const QVariantList &principals);

    // The request context (issue 5 §1): the Context tab's keys; their given values are in
    // every cell's request.
    model::ContextKeysModel *contextModel() const { return m_contextModel; }
    ContextKeyEditor *contextEditor() const { return m_contextEditor; }
    void showContext(); // brings the Context tab to the front

    model::AccessDiffModel *changesModel() const { return m_changesModel; }
    QTableView *changesTable() const { return m_changesTable; }
    QLabel *changesSummary() const { return m_changesSummary; }
    QTabWidget *tabs() const { return m_tabs; }
    void showChanges(); // brings the Changes tab to the front
    // Shows the change report's row in the matrix (as a double click): picks its action, brings
    // the Matrix tab to the front and selects the cell, explained. False when it is not there.
    bool showChangeInMatrix(int row);

    // "Add to Scenarios" (simulationpanel_scenarios.cpp): emits addToScenariosRequested for the
    // current cell (in any table); false without one or while stale. Also in the tables'
    // context menus.
    bool addCurrentCellToScenarios();
    QAction *addToScenariosAction() const { return m_addToScenarios; }

    // The model of a table (nullptr when out of range); the first table's by default.
    model::AccessMatrixModel *model(int table = 0) const;
    QTableView *table(int table = 0) const; // shows model(table) through an identity proxy
    QLabel *computingLabel() const { return m_computingLabel; }
    QPlainTextEdit *explanation() const { return m_explanation; }
    QLabel *staleLabel() const { return m_staleLabel; }
    QLabel *skippedLabel() const { return m_skippedLabel; }
    // Shown with skippedLabel(): computes the matrix past AWS's limit, for this document.
    QPushButton *computeAnywayButton() const { return m_computeAnyway; }
    QLabel *arnLabel() const { return m_arnLabel; }
    // Lists and marks why the selected cell decided as it did (whyview.h).
    WhyView *why() const { return m_why; }

signals:
    // The selected cell's decision with its per-statement trace; an invalid one when no cell
    // is selected or the matrix is stale.
    void cellDecisionChanged(const views::CellDecision &decision);
    // A new matrix is shown (after a synchronous or a background recompute).
    void matrixUpdated();

signals:
    // The cell's request (one requests.md line) and the answers it expects.
    void addToScenariosRequested(const QString &requestJson,
                                 engine::Outcome decision,
                                 engine::Outcome effectiveDecision);
    // The context values or the added principals changed (what the window remembers per file).
    void userInputChanged();

private:
    using AddedPrincipal = model::SimulationSession::AddedPrincipal;
    // One action's table. The box owns the rest (QObject children): deleting it deletes the
    // table's title, view, proxy and model together.
    struct ActionTable
    {
        QWidget *box = nullptr; // owned by the widget tree (the tables' layout)
        QLabel *title = nullptr;                   // owned by box
        QTableView *view = nullptr;                // owned by box
        model::AccessMatrixModel *model = nullptr; // owned by box
        QAbstractProxyModel *proxy = nullptr;      // owned by box
    };
    using Mode = model::SimulationSession::Mode;

    void recompute(Mode mode);
    void applyResult();
    void updateState();
    void setTableCount(std::size_t count);
    ActionTable makeTable();
    void fitTableHeight(const ActionTable &table);
    void updateActionsButton();
    void onCurrentChanged(int table, const QModelIndex &current);
    void onCellClicked(int table, const QModelIndex &proxyIndex);
    void createScenarioActions(QHBoxLayout *top);
    void updateAddToScenarios();
    // The current cell of the current table (nullptr: none), and its source index.
    const engine::sim::Cell *currentCell(QModelIndex *index = nullptr) const;
    void updateArnLabel();
    void setStale(bool stale);
    bool isCurrent() const { return !isStale() && !isSkipped(); }
    void recomputeChanges(const engine::CompiledPolicy &current);
    void updateChangesSummary();
    bool writeReport(const QString &path, const std::string &text, QString *error) const;
    void onExportMatrix();
    void onExportChanges();
    void onCompareWithSaved();
    void onCompareWithFile();
    void onCompareWithPasted();
    void onAddPrincipal();
    // Adds the user's principals to derived rows (see addPrincipal()).
    void addUserPrincipals(std::vector<engine::sim::SimPrincipal> &principals) const;
    // Lists the context keys of the policy and the added principals' identity policies.
    void updateContextKeys(const engine::Policy &policy, const std::string &arn);

    EditorController *m_controller;              // not owned
    JsonEditor *m_editor;                        // not owned
    std::vector<ActionTable> m_tables; // at least one
    int m_currentTable = 0;
    QStringList m_chosen;
    QToolButton *m_actionsButton = nullptr; // owned by the widget tree (all widgets below)
    QVBoxLayout *m_tablesLayout = nullptr;
    QLabel *m_arnLabel = nullptr;
    QLabel *m_staleLabel = nullptr;
    QLabel *m_skippedLabel = nullptr;
    QPushButton *m_computeAnyway = nullptr;
    // The user asked for the matrix past AWS's limit; until another document is loaded.
    bool m_pastLimit = false;
    QLabel *m_computingLabel = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    WhyView *m_why = nullptr;
    QTabWidget *m_tabs = nullptr;
    QToolButton *m_compareButton = nullptr;
    QAction *m_addToScenarios = nullptr;
    model::AccessDiffModel *m_changesModel = nullptr; // owned (QObject child)
    QTableView *m_changesTable = nullptr;
    QLabel *m_changesSummary = nullptr;
    // The policy compared with (nullptr: no comparison) and what it is called.
    std::unique_ptr<engine::CompiledPolicy> m_baseline;
    QString m_baselineName;
    model::ContextKeysModel *m_contextModel = nullptr; // owned (QObject child)
    ContextKeyEditor *m_contextEditor = nullptr;       // owned by the widget tree
    model::SimulationSession *m_session; // owned (QObject child)
    double m_lastApplyMs = 0.0;
};

} // namespace views
