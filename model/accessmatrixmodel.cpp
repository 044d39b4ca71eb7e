#include "accessmatrixmodel.h"

#include "explaintext.h"
#include "findingtext.h"
#include "markicons.h"

#include <QColor>
#include <algorithm>
#include <QGuiApplication>
#include <QPalette>
#include <QPixmap>

#ifndef NDEBUG
#include <QAbstractItemModelTester>
#endif

namespace model {

namespace {

using engine::Outcome;

// Soft, half-transparent tints: they blend with the view's base colour, so the text keeps its
// palette colour and stays readable on light and dark themes.
QColor outcomeTint(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Allowed:
        return QColor(46, 160, 67, 60);
    case Outcome::ExplicitlyDenied:
        return QColor(215, 58, 73, 70);
    case Outcome::ImplicitlyDenied:
        return QColor(128, 128, 128, 40);
    case Outcome::Unknown:
        return QColor(219, 154, 4, 70);
    }
    return {};
}

QColor outcomeInk(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Allowed:
        return QColor(34, 134, 58);
    case Outcome::ExplicitlyDenied:
        return QColor(203, 36, 49);
    case Outcome::ImplicitlyDenied:
        return QColor(120, 120, 120);
    case Outcome::Unknown:
        return QColor(176, 120, 0);
    }
    return {};
}

// Shapes that differ per outcome: a check (allowed), a cross (explicit deny), a bar in a
// circle (implicit deny: nothing allows), a question mark (unknown).
MarkShape outcomeShape(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Allowed:
        return MarkShape::Check;
    case Outcome::ExplicitlyDenied:
        return MarkShape::Cross;
    case Outcome::ImplicitlyDenied:
        return MarkShape::BarInCircle;
    case Outcome::Unknown:
        break;
    }
    return MarkShape::Question;
}

QString originText(engine::sim::PrincipalOrigin origin)
{
    using engine::sim::PrincipalOrigin;
    switch (origin) {
    case PrincipalOrigin::Named:
        return AccessMatrixModel::tr("named in a Principal or NotPrincipal element");
    case PrincipalOrigin::RoleSession:
        return AccessMatrixModel::tr("a session of a role the policy names");
    case PrincipalOrigin::Condition:
        return AccessMatrixModel::tr("named in a principal condition");
    case PrincipalOrigin::Account:
        return AccessMatrixModel::tr("a principal of an account the policy names");
    case PrincipalOrigin::OwnerAccount:
        return AccessMatrixModel::tr("another principal in the secret's account");
    case PrincipalOrigin::OtherAccount:
        return AccessMatrixModel::tr("a principal in an account the policy does not name");
    case PrincipalOrigin::Anonymous:
        return AccessMatrixModel::tr("an unsigned caller");
    case PrincipalOrigin::UserAdded:
        return AccessMatrixModel::tr("added by you");
    }
    return {};
}

QString reachText(engine::sim::Reach reach)
{
    using engine::sim::Reach;
    switch (reach) {
    case Reach::Public:
        return AccessMatrixModel::tr("public");
    case Reach::CrossAccount:
        return AccessMatrixModel::tr("cross-account");
    case Reach::Service:
        return AccessMatrixModel::tr("service");
    case Reach::SameAccount:
        return AccessMatrixModel::tr("same account");
    }
    return {};
}

} // namespace

AccessMatrixModel::AccessMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_matrix(std::make_shared<const engine::sim::Matrix>())
{
#ifndef NDEBUG
    // Misuse of the model API shows up during manual testing too.
    new QAbstractItemModelTester(this, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
#endif
}

void AccessMatrixModel::setMatrix(engine::sim::Matrix matrix)
{
    setMatrix(std::make_shared<const engine::sim::Matrix>(std::move(matrix)), m_action);
}

void AccessMatrixModel::setMatrix(std::shared_ptr<const engine::sim::Matrix> matrix,
                                  std::size_t action)
{
    if (!matrix)
        matrix = std::make_shared<const engine::sim::Matrix>();
    beginResetModel();
    m_matrix = std::move(matrix);
    m_action = action < m_matrix->setup.actions.size() ? action : 0;
    m_stale = false;
    endResetModel();
}

QString AccessMatrixModel::actionName() const
{
    if (m_action >= m_matrix->setup.actions.size())
        return {};
    return QString::fromStdString(m_matrix->setup.actions[m_action]);
}

void AccessMatrixModel::setActionIndex(std::size_t action)
{
    if (action >= m_matrix->setup.actions.size())
        action = 0;
    if (action == m_action)
        return;
    beginResetModel();
    m_action = action;
    endResetModel();
}

void AccessMatrixModel::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0),
                         index(rowCount() - 1, columnCount() - 1),
                         {Qt::ForegroundRole, Qt::BackgroundRole, Qt::DecorationRole});
    }
}

const engine::sim::Cell *AccessMatrixModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount()
        || index.column() >= columnCount())
        return nullptr;
    return &m_matrix->cell(
        static_cast<std::size_t>(index.row()), static_cast<std::size_t>(index.column()), m_action);
}

QString AccessMatrixModel::outcomeText(engine::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Allowed:
        return tr("Allowed");
    case Outcome::ExplicitlyDenied:
        return tr("Denied (explicit)");
    case Outcome::ImplicitlyDenied:
        return tr("Denied (implicit)");
    case Outcome::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString AccessMatrixModel::cellText(const engine::sim::Cell &cell)
{
    const QString effective = outcomeText(cell.effectiveDecision);
    if (cell.decision == cell.effectiveDecision)
        return effective;
    return tr("%1 · policy: %2").arg(effective, outcomeText(cell.decision));
}

QIcon AccessMatrixModel::outcomeIcon(engine::Outcome outcome, bool stale) const
{
    const auto at = static_cast<std::size_t>(outcome);
    QIcon &icon = m_icons.at(at);
    if (icon.isNull()) {
        icon = markIcon(outcomeShape(outcome), outcomeInk(outcome));
    }
    if (!stale)
        return icon;
    QIcon &grey = m_staleIcons.at(at);
    if (grey.isNull()) {
        for (int size : {16, 24, 32})
            grey.addPixmap(icon.pixmap(QSize(size, size), QIcon::Disabled));
    }
    return grey;
}

int AccessMatrixModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_matrix->setup.actions.empty())
        return 0;
    return static_cast<int>(m_matrix->setup.principals.size());
}

bool AccessMatrixModel::sendsStage() const
{
    return m_action < m_matrix->setup.actions.size()
           && engine::sim::actionSendsStage(m_matrix->setup.actions[m_action]);
}

int AccessMatrixModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_matrix->setup.actions.empty())
        return 0;
    // An action that sends no version stage has one answer for every version: its columns
    // would all be the same call (the matrix's first column, the call without a stage).
    if (!sendsStage())
        return std::min<int>(1, static_cast<int>(m_matrix->setup.stages.size()));
    return static_cast<int>(m_matrix->setup.stages.size());
}

QVariant AccessMatrixModel::data(const QModelIndex &index, int role) const
{
    const engine::sim::Cell *cell = cellAt(index);
    if (!cell)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*cell);
    case Qt::DecorationRole:
        return outcomeIcon(cell->effectiveDecision, m_stale);
    case Qt::BackgroundRole:
        return m_stale ? QVariant() : QVariant(outcomeTint(cell->effectiveDecision));
    case Qt::ForegroundRole:
        if (m_stale)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        return ExplainText::explanation(QString::fromStdString(cell->explain.get()));
    case ExplainRole:
        return QString::fromStdString(cell->explain.get());
    case DecisionRole:
        return QVariant::fromValue(cell->decision);
    case EffectiveDecisionRole:
        return QVariant::fromValue(cell->effectiveDecision);
    case MatchedRole: {
        QList<int> matched;
        for (const engine::MatchedStatement &m : cell->matched)
            matched.append(m.index);
        return QVariant::fromValue(matched);
    }
    case WarningsRole: {
        QStringList warnings;
        for (const std::string &w : cell->warnings.get())
            warnings.append(FindingText::simulationText(QString::fromStdString(w)));
        return warnings;
    }
    case RequestJsonRole:
        return QString::fromStdString(
            engine::sim::cellRequestJson(m_matrix->setup,
                                         static_cast<std::size_t>(index.row()),
                                         static_cast<std::size_t>(index.column()),
                                         m_action));
    default:
        return {};
    }
}

QVariant AccessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0)
        return {};
    const auto at = static_cast<std::size_t>(section);
    if (orientation == Qt::Horizontal) {
        if (section >= columnCount())
            return {};
        if (!sendsStage()) {
            if (role == Qt::DisplayRole)
                return tr("every version");
            if (role == Qt::ToolTipRole)
                return tr("%1 sends no version stage: one answer for every version of the "
                          "secret")
                    .arg(actionName());
            return {};
        }
        const engine::sim::SimStage &stage = m_matrix->setup.stages[at];
        if (role == Qt::DisplayRole)
            return stage.name ? QString::fromStdString(*stage.name) : tr("no stage named");
        if (role == Qt::ToolTipRole) {
            return stage.name ? tr("The caller names the version stage %1")
                                    .arg(QString::fromStdString(*stage.name))
                              : tr("The default call: no secretsmanager:VersionStage is sent, "
                                   "and AWS returns AWSCURRENT");
        }
        return {};
    }
    if (at >= m_matrix->setup.principals.size())
        return {};
    if (role == Qt::DisplayRole)
        return FindingText::simulationText(
            QString::fromStdString(m_matrix->setup.principals[at].label));
    if (role == Qt::ToolTipRole)
        return principalToolTip(at);
    return {};
}

QString AccessMatrixModel::principalToolTip(std::size_t row) const
{
    const engine::sim::SimPrincipal &p = m_matrix->setup.principals[row];
    return tr("%1\nWhy listed: %2\nReach: %3")
        .arg(FindingText::simulationText(QString::fromStdString(p.label)),
             originText(p.origin),
             reachText(p.reach));
}

} // namespace model
