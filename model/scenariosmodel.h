// Scenarios (issue 5): requests with expected decisions, kept in a JSON Lines file next to the
// policy (POLICY.json -> POLICY.scenarios.jsonl) and checked against the edited policy like
// tests. Lines are read and checked by engine/sim/scenario.h, the code behind
// `secret-policy test`, so the dock and the CLI agree on every file.
//
// The model keeps every line of the file: comment and blank lines are no rows but are written
// back unchanged, bad lines are rows (status Invalid, with the engine's message) and are never
// dropped, and a scenario line is rewritten only when its expectation is edited, keeping its
// other members (unknown ones too).
//
//   ScenariosModel model;
//   model.load(ScenariosModel::defaultPathFor(policyPath));
//   model.setPolicy(std::make_shared<const engine::CompiledPolicy>(policy)); // re-runs all
//   model.summaryText(); // "12 scenarios: 11 passed, 1 failed"
#pragma once

#include "sim/scenario.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QIcon>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace engine {
class CompiledPolicy;
}

namespace model {

class ScenariosModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        PrincipalColumn,
        ActionColumn,
        ContextColumn,
        ExpectedColumn,
        ActualColumn,
        ColumnCount
    };
    // In the order failures sort: problems first.
    enum class Status { Failed, Invalid, NotRun, Unchecked, Passed };
    Q_ENUM(Status)
    enum Role {
        StatusRole = Qt::UserRole + 1, // int: a Status
        LineNumberRole,                // int: the 1-based line in the file
        MessageRole,     // QString: what differs, or the engine's message for a bad line
        ExplainRole,     // QString: the evaluator's explain line (empty until run)
        MatchedRole,     // QList<int>: indexes of the matched statements
        RequestJsonRole, // QString: the line as it is saved
        SortRole,        // a value that sorts failures first, then by line
    };

    explicit ScenariosModel(QObject *parent = nullptr);
    ~ScenariosModel() override;

    // Files
    // POLICY.json -> POLICY.scenarios.jsonl (another suffix is kept: p.txt ->
    // p.txt.scenarios.jsonl).
    static QString defaultPathFor(const QString &policyPath);
    // Replaces the scenarios with the file's lines (a model reset); not modified afterwards.
    bool load(const QString &path, QString *error = nullptr);
    void setText(const QByteArray &text, const QString &path = {});
    // The file as it would be saved: every line, LF or CRLF as loaded, a final line break.
    QByteArray text() const;
    // Atomic (QSaveFile); the model then belongs to `path` and is not modified.
    bool save(const QString &path, QString *error = nullptr);
    void clear(); // no scenarios, no file
    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }

    // Editing (each marks the model modified)
    // Appends a request line (requests.md) with an expectation; false with the engine's
    // message when the line is not a valid request.
    bool addScenario(const QString &requestLine,
                     std::optional<engine::Outcome> decision,
                     std::optional<engine::Outcome> effectiveDecision,
                     QString *error = nullptr);
    // Replaces the row's "decision" and "effectiveDecision" expectations (nullopt: not
    // checked); an expected "matched" list stays. False for a bad line.
    bool setExpectation(int row,
                        std::optional<engine::Outcome> decision,
                        std::optional<engine::Outcome> effectiveDecision);
    // Expects what the policy answers now (nothing when the row has not run).
    bool acceptActual(int row);
    bool removeScenario(int row);

    // Running
    // Evaluates every scenario against the policy (nullptr: none ran) and clears staleness.
    void setPolicy(std::shared_ptr<const engine::CompiledPolicy> policy);
    const engine::CompiledPolicy *policy() const { return m_policy.get(); }
    // Stale results (the text no longer parses) stay visible, greyed.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    struct Counts
    {
        int scenarios = 0; // rows: valid and invalid lines
        int passed = 0;
        int failed = 0; // unmet expectations
        int invalid = 0;
        int unchecked = 0; // valid requests without "expect"
        int notRun = 0;
    };
    Counts counts() const;
    QString summaryText() const; // "12 scenarios: 11 passed, 1 failed"
    Status statusAt(int row) const;
    // The row's decision; nullptr when it has not run or the line is bad.
    const engine::Decision *decisionAt(int row) const;
    const engine::sim::ScenarioLine *scenarioAt(int row) const;
    int lineNumberAt(int row) const;

    static QString statusText(Status status);
    QIcon statusIcon(Status status) const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void modifiedChanged(bool modified);
    // After a run, an edit or a load: counts() and summaryText() may differ.
    void resultsChanged();

private:
    struct Line
    {
        std::string text;
        bool isComment = false; // comment or blank: kept, not a row
        engine::sim::ScenarioLine parsed;
        std::optional<engine::Decision> decision;
        std::vector<std::string> unmet;
    };
    Line makeLine(std::string text) const;
    void run(Line &line) const;
    Line *lineAt(int row);
    const Line *lineAt(int row) const;
    void setModified(bool modified);
    void rebuildRows();
    QString messageOf(const Line &line) const;
    QString rowToolTip(int row) const;

    std::vector<Line> m_lines;
    std::vector<std::size_t> m_rows; // row -> index in m_lines
    std::shared_ptr<const engine::CompiledPolicy> m_policy;
    QString m_path;
    bool m_crlf = false;
    bool m_modified = false;
    bool m_stale = false;
    mutable std::array<QIcon, 5> m_icons;
};

} // namespace model
