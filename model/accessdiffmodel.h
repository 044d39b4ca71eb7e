// "What changed" (issue 5): the cells of an engine::sim::PolicyDiff that gain or lose access,
// one row each, in the diff's order (New, then Removed; public and cross-account principals
// first). Columns: principal, stage, action, before, after, change; the before and after
// cells' tooltips give the evaluator's explanation. Unchanged cells are left out; count() has
// them.
//
//   AccessDiffModel model;
//   model.setDiff(engine::sim::diffPolicies(before, after, setup)); // a model reset
//   model.index(0, AccessDiffModel::ChangeColumn).data(); // "New"
#pragma once

#include "sim/policydiff.h"

#include <QAbstractTableModel>
#include <QString>

#include <cstddef>
#include <vector>

namespace model {

class AccessDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PrincipalColumn,
        StageColumn,
        ActionColumn,
        BeforeColumn,
        AfterColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role {
        ChangeRole = Qt::UserRole + 1, // int: engine::sim::AccessChange
        ReachRole,                     // int: engine::sim::Reach of the row's principal
    };

    explicit AccessDiffModel(QObject *parent = nullptr);

    // API
    void setDiff(engine::sim::PolicyDiff diff);
    void clear(); // no comparison
    bool hasDiff() const { return m_hasDiff; }
    const engine::sim::PolicyDiff &diff() const { return m_diff; }
    std::size_t count(engine::sim::AccessChange change) const { return m_diff.count(change); }
    // "2 gained, 1 removed, 40 unchanged".
    QString summary() const;
    static QString changeText(engine::sim::AccessChange change);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    engine::sim::PolicyDiff m_diff;
    std::vector<std::size_t> m_rows; // indexes into m_diff.cells of the changed cells
    bool m_hasDiff = false;
};

} // namespace model
