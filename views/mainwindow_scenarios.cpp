// The main window's Scenarios dock: created tabbed with the Simulation dock, fed by the
// matrix's "Add to Scenarios", and saved with the policy (see scenariospanel.h).
#include "mainwindow.h"

#include "policydocument.h"
#include "scenariosmodel.h"
#include "scenariospanel.h"
#include "simulationpanel.h"

#include <QDockWidget>
#include <QStatusBar>

namespace views {

void MainWindow::createScenariosDock()
{
    m_scenarios = new ScenariosPanel(m_controller, m_editor);
    m_scenariosDock = new QDockWidget(tr("Scenarios"), this);
    m_scenariosDock->setObjectName(QStringLiteral("scenariosDock"));
    m_scenariosDock->setWidget(dockContent(m_scenarios));
    addDockWidget(Qt::BottomDockWidgetArea, m_scenariosDock);
    tabifyDockWidget(m_simulationDock, m_scenariosDock);
    connect(m_simulation,
            &SimulationPanel::addToScenariosRequested,
            this,
            [this](const QString &request, engine::Outcome decision, engine::Outcome effective) {
                QString error;
                if (!m_scenarios->addScenario(request, decision, effective, &error)) {
                    showError(tr("Add to Scenarios"), error);
                    return;
                }
                statusBar()->showMessage(
                    tr("Added to Scenarios: %1").arg(m_scenarios->model()->summaryText()), 4000);
            });
}

void MainWindow::saveScenariosWithPolicy()
{
    QString error;
    if (!m_scenarios->saveWithPolicy(m_document->path(), &error))
        showError(tr("Save Scenarios"), error);
}

} // namespace views
