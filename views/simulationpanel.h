// The simulation dock (issue 5, first slice): the access matrix of the document's policy for
// one action, recomputed after every successful reparse, with the explanation of the selected
// cell below it. While the text is invalid the last matrix stays, greyed and marked stale.
// Clicking a cell that matched statements selects the first one's text in the JSON pane.
//
// The matrix of an example policy takes well under a millisecond (lastComputeMilliseconds()),
// so it is computed on the GUI thread; a worker thread is left for large custom matrices.
#pragma once

#include "celldecision.h"
#include "eval/evaluator.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAbstractProxyModel;
class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QModelIndex;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QToolButton;

namespace engine::sim {
enum class ReportFormat;
struct SimPrincipal;
} // namespace engine::sim

namespace model {
class AccessDiffModel;
class AccessMatrixModel;
} // namespace model

namespace views {

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
    void recompute();
    bool isStale() const { return m_stale; }
    QString secretArnInUse() const;
    QString action() const;
    bool setAction(const QString &action); // false when it is not in the chooser
    void selectCell(int row, int column);  // as a click: explains and selects the statement
    double lastComputeMilliseconds() const { return m_lastMs; }

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
    int addedPrincipalCount() const { return static_cast<int>(m_added.size()); }

    model::AccessDiffModel *changesModel() const { return m_changesModel; }
    QTableView *changesTable() const { return m_changesTable; }
    QLabel *changesSummary() const { return m_changesSummary; }
    QTabWidget *tabs() const { return m_tabs; }
    void showChanges(); // brings the Changes tab to the front
    // Shows the change report's row in the matrix (as a double click): picks its action, brings
    // the Matrix tab to the front and selects the cell, explained. False when it is not there.
    bool showChangeInMatrix(int row);

    // "Add to Scenarios" (simulationpanel_scenarios.cpp): emits addToScenariosRequested for the
    // current cell; false without one or while stale. Also in the table's context menu.
    bool addCurrentCellToScenarios();
    QAction *addToScenariosAction() const { return m_addToScenarios; }

    model::AccessMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; } // shows model() through an identity proxy
    QPlainTextEdit *explanation() const { return m_explanation; }
    QLabel *staleLabel() const { return m_staleLabel; }
    QLabel *arnLabel() const { return m_arnLabel; }
    // Lists and marks why the selected cell decided as it did (whyview.h).
    WhyView *why() const { return m_why; }

signals:
    // The selected cell's decision with its per-statement trace; an invalid one when no cell
    // is selected or the matrix is stale.
    void cellDecisionChanged(const views::CellDecision &decision);

signals:
    // The cell's request (one requests.md line) and the answers it expects.
    void addToScenariosRequested(const QString &requestJson,
                                 engine::Outcome decision,
                                 engine::Outcome effectiveDecision);

private:
    void createScenarioActions(QHBoxLayout *top);
    void onCurrentChanged(const QModelIndex &current);
    void onCellClicked(const QModelIndex &proxyIndex);
    void updateArnLabel();
    void setStale(bool stale);
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

    EditorController *m_controller;              // not owned
    JsonEditor *m_editor;                        // not owned
    model::AccessMatrixModel *m_model = nullptr; // owned (QObject child)
    QAbstractProxyModel *m_proxy = nullptr;      // owned (QObject child); what the table shows
    QComboBox *m_actions = nullptr;              // owned by the widget tree (all widgets below)
    QLabel *m_arnLabel = nullptr;
    QLabel *m_staleLabel = nullptr;
    QTableView *m_table = nullptr;
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
    struct AddedPrincipal
    {
        QString principal;
        QStringList identityPolicies;
    };
    std::vector<AddedPrincipal> m_added;
    // The policy of the matrix shown: its statement spans locate matched statements.
    std::unique_ptr<engine::CompiledPolicy> m_policy;
    bool m_stale = false;
    double m_lastMs = 0.0;
};

} // namespace views
