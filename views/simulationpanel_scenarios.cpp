// The matrix's "Add to Scenarios" (issue 5): the current cell's request, expecting the answers
// the cell shows now, handed to whoever keeps scenarios (the main window's Scenarios dock).
#include "simulationpanel.h"

#include "accessmatrixmodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>

namespace views {

void SimulationPanel::createScenarioActions(QHBoxLayout *top)
{
    m_addToScenarios = new QAction(tr("Add to &Scenarios"), this);
    m_addToScenarios->setToolTip(
        tr("Save the selected cell's request as a scenario that expects its current answer"));
    connect(
        m_addToScenarios, &QAction::triggered, this, &SimulationPanel::addCurrentCellToScenarios);
    auto *button = new QToolButton;
    button->setDefaultAction(m_addToScenarios);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(button);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_addToScenarios);
    auto update = [this] {
        m_addToScenarios->setEnabled(
            !m_stale && m_model->cellAt(m_proxy->mapToSource(m_table->currentIndex())));
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, update);
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    connect(m_model, &QAbstractItemModel::dataChanged, this, update);
    update();
}

bool SimulationPanel::addCurrentCellToScenarios()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const engine::sim::Cell *cell = m_model->cellAt(current);
    if (!cell || m_stale)
        return false;
    emit addToScenariosRequested(current.data(model::AccessMatrixModel::RequestJsonRole).toString(),
                                 cell->decision,
                                 cell->effectiveDecision);
    return true;
}

} // namespace views
