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
    for (const ActionTable &t : m_tables) {
        t.view->setContextMenuPolicy(Qt::ActionsContextMenu);
        t.view->addAction(m_addToScenarios);
    }
    updateAddToScenarios();
}

void SimulationPanel::updateAddToScenarios()
{
    if (m_addToScenarios)
        m_addToScenarios->setEnabled(isCurrent() && currentCell());
}

const engine::sim::Cell *SimulationPanel::currentCell(QModelIndex *index) const
{
    const model::AccessMatrixModel *current = model(m_currentTable);
    if (!current)
        return nullptr;
    const ActionTable &t = m_tables[static_cast<std::size_t>(m_currentTable)];
    const QModelIndex source = t.proxy->mapToSource(t.view->currentIndex());
    if (index)
        *index = source;
    return current->cellAt(source);
}

bool SimulationPanel::addCurrentCellToScenarios()
{
    QModelIndex current;
    const engine::sim::Cell *cell = currentCell(&current);
    if (!cell || !isCurrent())
        return false;
    emit addToScenariosRequested(current.data(model::AccessMatrixModel::RequestJsonRole).toString(),
                                 cell->decision,
                                 cell->effectiveDecision);
    return true;
}

} // namespace views
