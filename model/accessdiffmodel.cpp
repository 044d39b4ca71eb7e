#include "accessdiffmodel.h"

#include "explaintext.h"
#include "findingtext.h"

#include "accessmatrixmodel.h"

#include <QColor>
#include <QFont>

#include <utility>

#ifndef NDEBUG
#include <QAbstractItemModelTester>
#endif

namespace model {

using engine::sim::AccessChange;

AccessDiffModel::AccessDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
#ifndef NDEBUG
    new QAbstractItemModelTester(this, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
#endif
}

void AccessDiffModel::setDiff(engine::sim::PolicyDiff diff)
{
    beginResetModel();
    m_diff = std::move(diff);
    m_rows.clear();
    for (std::size_t i = 0; i < m_diff.cells.size(); ++i) {
        if (m_diff.cells[i].change != AccessChange::Unchanged)
            m_rows.push_back(i);
    }
    m_hasDiff = true;
    endResetModel();
}

void AccessDiffModel::clear()
{
    beginResetModel();
    m_diff = {};
    m_rows.clear();
    m_hasDiff = false;
    endResetModel();
}

QString AccessDiffModel::summary() const
{
    return tr("%1 gained, %2 removed, %3 unchanged")
        .arg(m_diff.count(AccessChange::New))
        .arg(m_diff.count(AccessChange::Removed))
        .arg(m_diff.count(AccessChange::Unchanged));
}

QString AccessDiffModel::changeText(AccessChange change)
{
    switch (change) {
    case AccessChange::New:
        return tr("New");
    case AccessChange::Removed:
        return tr("Removed");
    case AccessChange::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

int AccessDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AccessDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const engine::sim::CellDiff &cell = m_diff.cells[m_rows[static_cast<std::size_t>(index.row())]];
    const engine::sim::MatrixSetup &setup = m_diff.setup;
    const engine::sim::SimPrincipal &principal = setup.principals.at(cell.principal);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PrincipalColumn:
            return FindingText::simulationText(QString::fromStdString(principal.label));
        case StageColumn:
            if (!cell.stageApplies)
                return tr("(any)");
            if (!setup.stages.at(cell.stage).name)
                return tr("no stage named");
            return QString::fromStdString(*setup.stages.at(cell.stage).name);
        case ActionColumn:
            return QString::fromStdString(setup.actions.at(cell.action));
        case BeforeColumn:
            return AccessMatrixModel::cellText(cell.before);
        case AfterColumn:
            return AccessMatrixModel::cellText(cell.after);
        case ChangeColumn:
            return changeText(cell.change);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == PrincipalColumn) {
            return tr("%1 (%2)").arg(
                FindingText::simulationText(QString::fromStdString(principal.label)),
                QString::fromLatin1(engine::sim::reachName(principal.reach)));
        }
        // Why each side answered as it did.
        if (index.column() == BeforeColumn)
            return ExplainText::explanation(QString::fromStdString(cell.before.explain.get()));
        if (index.column() == AfterColumn)
            return ExplainText::explanation(QString::fromStdString(cell.after.explain.get()));
        return {};
    case Qt::FontRole:
        if (index.column() == ChangeColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn) {
            return cell.change == AccessChange::New ? QColor(203, 36, 49) : QColor(34, 134, 58);
        }
        return {};
    case ChangeRole:
        return static_cast<int>(cell.change);
    case ReachRole:
        return static_cast<int>(principal.reach);
    default:
        return {};
    }
}

QVariant AccessDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PrincipalColumn:
        return tr("Principal");
    case StageColumn:
        return tr("Stage");
    case ActionColumn:
        return tr("Action");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace model
