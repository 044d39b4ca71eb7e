// SimulationPanel, continued: the chosen actions, one table per action, and the recompute that
// fills them (on the GUI thread for small matrices, by a worker for large ones).
#include "simulationpanel.h"

#include "accessmatrixmodel.h"
#include "contextkeysmodel.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "requestclipboard.h"

#include "data/secretsmanager.h"
#include "policy/policyreader.h"
#include "sim/contextkeys.h"
#include "sim/derive.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QRegularExpression>
#include <QMenu>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace views {

namespace {

QString shortPrincipalLabel(const QString &label, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(label) <= width)
        return label;
    static const QRegularExpression arn(
        QStringLiteral("^arn:[^:]+:(?:iam|sts)::(\\d{12}):(.+)$"));
    const QRegularExpressionMatch m = arn.match(label);
    if (!m.hasMatch())
        return metrics.elidedText(label, Qt::ElideMiddle, width);
    const QString account = m.captured(1) + QLatin1Char(':');
    const int rest = width - metrics.horizontalAdvance(account);
    return account + metrics.elidedText(m.captured(2), Qt::ElideMiddle, std::max(rest, 0));
}

// Shortens long principal labels so that the stages stay in view, keeping what tells rows
// apart: an IAM or STS ARN loses its "arn:aws:iam::" prefix before anything else, so that the
// account and the name stay whole; only what still does not fit is elided in the middle. The
// labels may take up to two fifths of the table's width; the row's tooltip keeps the whole
// label. (Qt 6.4's headers clip instead of eliding.)
class ElidingHeaderProxy : public QIdentityProxyModel
{
public:
    ElidingHeaderProxy(QWidget *view, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_view(view)
    {
        view->installEventFilter(this);
    }
    int minWidth = 300;

    int maxWidth() const { return std::max(minWidth, m_view->width() * 2 / 5); }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        const QVariant value = QIdentityProxyModel::headerData(section, orientation, role);
        if (orientation != Qt::Vertical || role != Qt::DisplayRole)
            return value;
        QFont font = m_view->font();
        font.setBold(true); // the current row's label is bold
        return shortPrincipalLabel(value.toString(), QFontMetrics(font), maxWidth());
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A wider table gives the labels more room: ask the header to measure them again.
        if (watched == m_view && event->type() == QEvent::Resize && rowCount() > 0
            && maxWidth() != m_lastMaxWidth) {
            m_lastMaxWidth = maxWidth();
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
        return QIdentityProxyModel::eventFilter(watched, event);
    }

private:
    QWidget *m_view; // not owned
    int m_lastMaxWidth = 0;
};

} // namespace

QStringList SimulationPanel::availableActions()
{
    QStringList actions;
    for (const std::string &action : engine::sim::secretActions())
        actions << QString::fromStdString(action);
    return actions;
}

bool SimulationPanel::setActions(const QStringList &actions)
{
    const QStringList offered = availableActions();
    if (actions.isEmpty())
        return false;
    for (const QString &action : actions) {
        if (!offered.contains(action))
            return false;
    }
    QStringList chosen;
    for (const QString &action : offered) {
        if (actions.contains(action))
            chosen << action;
    }
    if (chosen == m_chosen)
        return true;
    m_chosen = chosen;
    updateActionsButton();
    recompute();
    return true;
}

bool SimulationPanel::setActionShown(const QString &action, bool shown)
{
    QStringList chosen = m_chosen;
    if (shown && !chosen.contains(action))
        chosen << action;
    if (!shown)
        chosen.removeAll(action);
    return availableActions().contains(action) && setActions(chosen);
}

QString SimulationPanel::action() const
{
    const model::AccessMatrixModel *current = model(m_currentTable);
    if (current && table(m_currentTable)->currentIndex().isValid())
        return current->actionName();
    return m_chosen.value(0);
}

bool SimulationPanel::setAction(const QString &action)
{
    return setActions({action});
}

int SimulationPanel::tableIndexOf(const QString &action) const
{
    for (std::size_t i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i].model->actionName() == action)
            return static_cast<int>(i);
    }
    return -1;
}

model::AccessMatrixModel *SimulationPanel::model(int table) const
{
    if (table < 0 || static_cast<std::size_t>(table) >= m_tables.size())
        return nullptr;
    return m_tables[static_cast<std::size_t>(table)].model;
}

QTableView *SimulationPanel::table(int table) const
{
    if (table < 0 || static_cast<std::size_t>(table) >= m_tables.size())
        return nullptr;
    return m_tables[static_cast<std::size_t>(table)].view;
}

void SimulationPanel::updateActionsButton()
{
    m_actionsButton->setText(m_chosen.size() == 1
                                 ? m_chosen.front()
                                 : tr("%1 actions").arg(m_chosen.size()));
    m_actionsButton->setAccessibleDescription(m_chosen.join(QStringLiteral(", ")));
    for (QAction *item : m_actionsButton->menu()->actions()) {
        const QSignalBlocker blocker(item);
        item->setChecked(m_chosen.contains(item->text()));
    }
}

SimulationPanel::ActionTable SimulationPanel::makeTable()
{
    const int index = static_cast<int>(m_tables.size());
    ActionTable t;
    t.box = new QWidget;
    t.title = new QLabel(t.box);
    t.title->setStyleSheet(QStringLiteral("font-weight: bold"));
    // The model and proxy first: the box deletes its children in this order, the view last.
    t.model = new model::AccessMatrixModel(t.box);
    t.view = new QTableView;
    auto *proxy = new ElidingHeaderProxy(t.view, t.box);
    QFont bold = t.view->font();
    bold.setBold(true);
    proxy->minWidth = QFontMetrics(bold).horizontalAdvance(
        QStringLiteral("123456789012:role/Abcdefghijkl"));
    proxy->setSourceModel(t.model);
    t.proxy = proxy;
    QTableView *view = t.view;
    view->setModel(t.proxy);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // Tab goes on to the next action's table
    // Narrow columns that wrap ("Unknown · policy: / Denied (implicit)") and principal labels
    // elided in the middle (the tooltip has the whole ARN): four stages fit beside the
    // explanation.
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideMiddle);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultSectionSize(
        view->fontMetrics().horizontalAdvance(tr("Unknown · policy:")) + 48);
    // Rows of one height, measured on the first rows after each reset (fitTableHeight()):
    // resizing 1,000 rows to their contents took seconds.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *layout = new QVBoxLayout(t.box);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(t.title);
    layout->addWidget(view);
    connect(view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this, index, proxy, view](const QModelIndex &current) {
                // Tab into a table makes its first cell current without selecting it; the
                // cell the why panel explains is always the highlighted one.
                if (current.isValid() && !view->selectionModel()->isSelected(current))
                    view->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
                onCurrentChanged(index, proxy->mapToSource(current));
            });
    connect(view, &QTableView::clicked, this, [this, index](const QModelIndex &proxyIndex) {
        onCellClicked(index, proxyIndex);
    });
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    addCopyRequestActions(view, [](const QModelIndex &cell) {
        return cell.data(model::AccessMatrixModel::RequestJsonRole).toString();
    });
    if (m_addToScenarios) // tables made later than createScenarioActions()
        view->addAction(m_addToScenarios);
    return t;
}

void SimulationPanel::setTableCount(std::size_t count)
{
    count = std::max<std::size_t>(count, 1);
    while (m_tables.size() > count) {
        ActionTable t = m_tables.back();
        m_tables.pop_back();
        delete t.box; // and with it the table's view, proxy and model
    }
    while (m_tables.size() < count) {
        m_tables.push_back(makeTable());
        // Before the stretch that keeps short tables at the top.
        m_tablesLayout->insertWidget(m_tablesLayout->count() - 1, m_tables.back().box);
    }
    if (static_cast<std::size_t>(m_currentTable) >= m_tables.size())
        m_currentTable = 0;
}

void SimulationPanel::fitTableHeight(const ActionTable &t)
{
    // Short tables show every row, long ones scroll within about a dozen rows, so that every
    // action's table stays in reach of the outer scroll area.
    constexpr int maxRows = 12;
    const int rows = std::min(t.model->rowCount(), maxRows);
    int rowHeight = t.view->fontMetrics().height() + 8;
    for (int r = 0; r < rows; ++r) {
        rowHeight = std::max(rowHeight,
                             static_cast<const QAbstractItemView *>(t.view)->sizeHintForRow(r));
    }
    t.view->verticalHeader()->setDefaultSectionSize(rowHeight);
    t.view->setFixedHeight(t.view->horizontalHeader()->sizeHint().height()
                           + 2 * t.view->frameWidth()
                           + t.view->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                           + rows * rowHeight);
}

void SimulationPanel::recompute()
{
    recompute(m_pastLimit ? Mode::PastLimit : Mode::Auto);
}

void SimulationPanel::recompute(Mode mode)
{
    updateArnLabel();
    // The editor's analysis of its text: no second parse here.
    const model::PolicySnapshot::Ptr snapshot = m_controller->snapshot();
    const std::string arn = secretArnInUse().toStdString();
    std::vector<std::string> actions;
    for (const QString &action : std::as_const(m_chosen))
        actions.push_back(action.toStdString());
    // The Context tab follows the keys of the policy and the added principals' identity
    // policies; the values given there go into every request.
    if (const auto policy = snapshot->policy())
        updateContextKeys(policy->policy(), arn);
    m_session->setSnapshot(snapshot);
    m_session->setSecretArn(arn);
    m_session->setActions(std::move(actions));
    m_session->setContext(m_contextModel->context());
    if (!snapshot->isJson() && !m_controller->hasParsed()) {
        // Never parsed: no results at all, rather than another document's greyed.
        if (m_session->policy() || !m_session->isStale())
            m_session->clear();
        return;
    }
    m_session->recompute(mode);
}

void SimulationPanel::updateContextKeys(const engine::Policy &policy, const std::string &arn)
{
    std::vector<engine::sim::SimPrincipal> added;
    model::SimulationSession::addUserPrincipals(added, arn, m_session->addedPrincipals());
    std::vector<const engine::Policy *> policies{&policy};
    for (const engine::sim::SimPrincipal &p : added) {
        if (!p.identityPolicies)
            continue;
        for (const engine::Policy &identity : *p.identityPolicies)
            policies.push_back(&identity);
    }
    m_contextModel->setKeyUses(engine::sim::contextKeyUses(policies, {}));
}

void SimulationPanel::applyResult()
{
    QElapsedTimer clock;
    clock.start();
    const std::shared_ptr<const engine::sim::Matrix> matrix = m_session->matrix();

    // Keep the selected cell across the reset by its action, principal and stage labels.
    const model::AccessMatrixModel *before = model(m_currentTable);
    const QModelIndex current = before ? m_tables[static_cast<std::size_t>(m_currentTable)]
                                             .proxy->mapToSource(table(m_currentTable)->currentIndex())
                                       : QModelIndex();
    const QString actionKey = current.isValid() ? before->actionName() : QString();
    const QString rowKey = current.isValid()
                               ? before->headerData(current.row(), Qt::Vertical).toString()
                               : QString();
    const QString columnKey = current.isValid()
                                  ? before->headerData(current.column(), Qt::Horizontal).toString()
                                  : QString();

    const std::size_t actionCount = matrix->setup.actions.size();
    setTableCount(actionCount);
    for (std::size_t i = 0; i < m_tables.size(); ++i) {
        ActionTable &t = m_tables[i];
        t.model->setMatrix(matrix, i);
        t.title->setText(t.model->actionName());
        t.view->setAccessibleName(actionCount == 0
                                      ? tr("Access matrix (no results)")
                                      : tr("Access matrix for %1").arg(t.model->actionName()));
        fitTableHeight(t);
    }
    updateState();
    if (m_baseline && m_session->policy())
        recomputeChanges(*m_session->policy());

    const int tableIndex = actionKey.isEmpty() ? -1 : tableIndexOf(actionKey);
    const model::AccessMatrixModel *after = model(tableIndex);
    int row = -1;
    int column = -1;
    for (int r = 0; after && r < after->rowCount(); ++r) {
        if (after->headerData(r, Qt::Vertical).toString() == rowKey)
            row = r;
    }
    for (int c = 0; after && c < after->columnCount(); ++c) {
        if (after->headerData(c, Qt::Horizontal).toString() == columnKey)
            column = c;
    }
    if (row >= 0 && column >= 0) {
        const ActionTable &t = m_tables[static_cast<std::size_t>(tableIndex)];
        m_currentTable = tableIndex;
        t.view->setCurrentIndex(t.proxy->mapFromSource(t.model->index(row, column)));
    } else {
        onCurrentChanged(m_currentTable, {});
    }
    updateAddToScenarios();
    m_lastApplyMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    emit matrixUpdated();
}

} // namespace views
