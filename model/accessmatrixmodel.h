// The access matrix of issue 5 as a Qt table: one action's slice of an engine::sim::Matrix,
// rows principals, columns version stages ("no stage named", AWSCURRENT, AWSPREVIOUS,
// AWSPENDING, custom labels). Each cell says its effective decision in words, with an icon
// whose shape differs per outcome (check, cross, bar, question mark) and a soft background, so
// colour is never the only signal.
//
//   AccessMatrixModel model;
//   model.setMatrix(engine::sim::computeMatrix(compiled, setup)); // a model reset
//   model.index(0, 1).data(AccessMatrixModel::RequestJsonRole);    // for `secret-policy eval`
#pragma once

#include "sim/matrix.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QString>

#include <array>
#include <cstddef>
#include <memory>

Q_DECLARE_METATYPE(engine::Outcome)

namespace model {

class AccessMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ExplainRole = Qt::UserRole + 1, // QString: the evaluator's explain line
        DecisionRole,                   // engine::Outcome: the secret policy's decision
        EffectiveDecisionRole,          // engine::Outcome: the whole request's decision
        MatchedRole,                    // QList<int>: indexes of the matched statements
        WarningsRole,                   // QStringList
        RequestJsonRole,                // QString: the cell's request, one requests.md line
    };

    explicit AccessMatrixModel(QObject *parent = nullptr);

    // API
    void setMatrix(engine::sim::Matrix matrix);
    // One model reset that shows `action` of a matrix shared with other models (the
    // simulation panel has one table per action over one matrix); `action` is clamped.
    void setMatrix(std::shared_ptr<const engine::sim::Matrix> matrix, std::size_t action);
    const engine::sim::Matrix &matrix() const { return *m_matrix; }
    // The action the table shows ("" without a matrix).
    QString actionName() const;
    // Which of the matrix's actions the table shows (clamped to the actions there are).
    void setActionIndex(std::size_t action);
    std::size_t actionIndex() const { return m_action; }
    // Stale results (the text no longer parses) stay visible, greyed.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    // nullptr for an invalid index.
    const engine::sim::Cell *cellAt(const QModelIndex &index) const;

    static QString outcomeText(engine::Outcome outcome);
    // The effective decision, then the policy's decision when it differs:
    // "Denied (implicit) · policy: Allowed".
    static QString cellText(const engine::sim::Cell &cell);
    // A painted icon per outcome (cached; needs a QGuiApplication).
    // Stale: the same shapes, greyed as the view greys disabled icons.
    QIcon outcomeIcon(engine::Outcome outcome, bool stale = false) const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString principalToolTip(std::size_t row) const;
    // False for an action whose requests carry no secretsmanager:VersionStage (one column).
    bool sendsStage() const;

    // INVARIANT: never null (an empty matrix until the first setMatrix()).
    std::shared_ptr<const engine::sim::Matrix> m_matrix;
    std::size_t m_action = 0;
    bool m_stale = false;
    mutable std::array<QIcon, 4> m_icons;
    mutable std::array<QIcon, 4> m_staleIcons;
};

} // namespace model
