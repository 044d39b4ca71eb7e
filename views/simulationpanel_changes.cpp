// SimulationPanel, continued: "Compare with…" and the Changes tab (issue 5 §4), the cells that
// gain or lose access against another policy.
#include "simulationpanel.h"

#include "accessdiffmodel.h"
#include "accessmatrixmodel.h"
#include "contextkeysmodel.h"

#include "policy/policyreader.h"
#include "sim/derive.h"
#include "sim/policydiff.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>

namespace views {

bool SimulationPanel::compareWithText(const QByteArray &before, const QString &name, QString *error)
{
    engine::PolicyReadResult read = engine::readPolicyText(
        std::string_view(before.constData(), static_cast<std::size_t>(before.size())));
    if (!read.policy) {
        if (error)
            *error = tr("%1 is not a valid policy").arg(name);
        return false;
    }
    m_baseline = std::make_unique<engine::CompiledPolicy>(std::move(*read.policy));
    m_baselineName = name;
    if (m_session->policy() && isCurrent())
        recomputeChanges(*m_session->policy());
    else
        updateChangesSummary();
    return true;
}

bool SimulationPanel::compareWithFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return compareWithText(file.readAll(), QFileInfo(path).fileName(), error);
}

void SimulationPanel::clearComparison()
{
    m_baseline.reset();
    m_baselineName.clear();
    m_changesModel->clear();
    updateChangesSummary();
}

void SimulationPanel::showChanges()
{
    m_tabs->setCurrentIndex(1);
}

bool SimulationPanel::showChangeInMatrix(int row)
{
    using Diff = model::AccessDiffModel;
    const auto text
        = [this, row](int column) { return m_changesModel->index(row, column).data().toString(); };
    if (row < 0 || row >= m_changesModel->rowCount())
        return false;
    // The row's action gets a table of its own if it has none yet, computed at once.
    const QString action = text(Diff::ActionColumn);
    if (tableIndexOf(action) < 0) {
        if (!setActionShown(action, true))
            return false;
        if (tableIndexOf(action) < 0)
            recompute(Mode::Synchronous);
    }
    const int tableIndex = tableIndexOf(action);
    const model::AccessMatrixModel *matrix = model(tableIndex);
    if (!matrix)
        return false;
    const QString principal = text(Diff::PrincipalColumn);
    const QString stage = text(Diff::StageColumn);
    int matrixRow = -1;
    int matrixColumn = matrix->columnCount() > 0 ? 0 : -1; // "(any)": the first column
    for (int r = 0; r < matrix->rowCount(); ++r) {
        if (matrix->headerData(r, Qt::Vertical).toString() == principal)
            matrixRow = r;
    }
    for (int c = 0; c < matrix->columnCount(); ++c) {
        if (matrix->headerData(c, Qt::Horizontal).toString() == stage)
            matrixColumn = c;
    }
    if (matrixRow < 0 || matrixColumn < 0)
        return false;
    m_tabs->setCurrentIndex(0);
    selectCell(tableIndex, matrixRow, matrixColumn);
    if (QTableView *view = table(tableIndex))
        view->scrollTo(view->currentIndex());
    return true;
}

void SimulationPanel::recomputeChanges(const engine::CompiledPolicy &current)
{
    const std::string arn = secretArnInUse().toStdString();
    engine::sim::MatrixSetup setup = engine::sim::diffSetup(
        m_baseline->policy(), current.policy(), arn, engine::sim::secretActions());
    addUserPrincipals(setup.principals);
    setup.context = m_contextModel->context();
    m_changesModel->setDiff(engine::sim::diffPolicies(*m_baseline, current, std::move(setup)));
    // Every column fits its contents; the principal column takes the rest of the width and
    // elides long session ARNs in the middle, so that the change column stays in view.
    m_changesTable->resizeColumnsToContents();
    updateChangesSummary();
}

void SimulationPanel::updateChangesSummary()
{
    if (!m_changesSummary)
        return;
    if (!m_baseline) {
        m_changesSummary->setText(tr("Not comparing: use Compare with… to see what a change "
                                     "to the policy does to access"));
        return;
    }
    QString text = tr("Compared with %1: %2").arg(m_baselineName, m_changesModel->summary());
    if (!isCurrent())
        text += tr(" (stale: the text does not parse)");
    m_changesSummary->setText(text);
}

bool SimulationPanel::compareWithSaved(QString *error)
{
    const QString path = window()->windowFilePath();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (error)
            *error = tr("The document has not been saved to a file yet.");
        return false;
    }
    if (!compareWithFile(path, error))
        return false;
    m_baselineName = tr("the saved file %1").arg(QFileInfo(path).fileName());
    updateChangesSummary();
    return true;
}

void SimulationPanel::onCompareWithSaved()
{
    QString error;
    if (!compareWithSaved(&error)) {
        QMessageBox::information(this, tr("Compare with the Saved File"), error);
        return;
    }
    showChanges();
}

void SimulationPanel::onCompareWithPasted()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this,
                                                        tr("Compare with a Pasted Policy"),
                                                        tr("The policy to compare with (JSON):"),
                                                        QString(),
                                                        &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QString error;
    if (!compareWithText(text.toUtf8(), tr("the pasted policy"), &error)) {
        QMessageBox::warning(this, tr("Compare with a Pasted Policy"), error);
        return;
    }
    showChanges();
}

void SimulationPanel::onCompareWithFile()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Compare with a Policy File"),
                                                      QFileInfo(window()->windowFilePath()).path(),
                                                      tr("Policies (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!compareWithFile(path, &error)) {
        QMessageBox::warning(this, tr("Compare with a Policy File"), error);
        return;
    }
    showChanges();
}

} // namespace views
