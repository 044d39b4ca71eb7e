// SimulationPanel, continued: exporting the matrix and the change report (issue 5 §6), and the
// principals the user adds (issue 5 §1).
#include "simulationpanel.h"

#include "accessdiffmodel.h"
#include "accessmatrixmodel.h"
#include "principalsdialog.h"

#include "sim/derive.h"
#include "sim/report.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

#include <algorithm>

namespace views {

std::optional<engine::sim::ReportFormat> SimulationPanel::reportFormatFor(const QString &path)
{
    using engine::sim::ReportFormat;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("json"))
        return ReportFormat::Json;
    if (suffix == QLatin1String("txt"))
        return ReportFormat::Text;
    return std::nullopt;
}

bool SimulationPanel::writeReport(const QString &path,
                                  const std::string &text,
                                  QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const auto size = static_cast<qint64>(text.size());
    if (file.write(text.data(), size) != size || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool SimulationPanel::exportMatrix(const QString &path, QString *error) const
{
    const std::optional<engine::sim::ReportFormat> format = reportFormatFor(path);
    if (!format) {
        if (error)
            *error = tr("Unknown report format for %1: use .csv, .md or .html").arg(path);
        return false;
    }
    // Every table shows the same matrix, with all the chosen actions.
    const model::AccessMatrixModel *shown = model(0);
    if (!shown || shown->matrix().cells.empty()) {
        if (error)
            *error = tr("There is no matrix to export: the text has never parsed");
        return false;
    }
    return writeReport(path, engine::sim::formatMatrix(shown->matrix(), *format), error);
}

bool SimulationPanel::exportChanges(const QString &path, QString *error) const
{
    const std::optional<engine::sim::ReportFormat> format = reportFormatFor(path);
    if (!format) {
        if (error)
            *error = tr("Unknown report format for %1: use .csv, .md or .html").arg(path);
        return false;
    }
    if (!m_changesModel->hasDiff()) {
        if (error)
            *error = tr("There is no change report: compare with another policy first");
        return false;
    }
    return writeReport(path, engine::sim::formatDiff(m_changesModel->diff(), *format), error);
}

void SimulationPanel::onExportMatrix()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Matrix"), QString(), tr("CSV (*.csv);;Markdown (*.md);;HTML (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportMatrix(path, &error))
        QMessageBox::warning(this, tr("Export Matrix"), error);
}

void SimulationPanel::onExportChanges()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Changes"), QString(), tr("CSV (*.csv);;Markdown (*.md);;HTML (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChanges(path, &error))
        QMessageBox::warning(this, tr("Export Changes"), error);
}

bool SimulationPanel::addPrincipal(const QString &principal,
                                   const QStringList &identityPolicies,
                                   QString *error)
{
    // Validate now against the ARN in use; the row itself is rebuilt on every recompute.
    const std::string arn = secretArnInUse().toStdString();
    engine::Result<engine::sim::SimPrincipal> parsed
        = engine::sim::parsePrincipal(principal.trimmed().toStdString(), arn);
    if (parsed && !identityPolicies.isEmpty()) {
        std::vector<std::string> texts;
        for (const QString &text : identityPolicies)
            texts.push_back(text.toStdString());
        parsed = engine::sim::withIdentityPolicies(std::move(parsed.value()), texts);
    }
    if (!parsed) {
        if (error)
            *error = QString::fromStdString(parsed.error().message);
        return false;
    }
    std::vector<AddedPrincipal> added = m_session->addedPrincipals();
    added.push_back({principal.trimmed(), identityPolicies});
    m_session->setAddedPrincipals(std::move(added));
    recompute();
    emit userInputChanged();
    return true;
}

void SimulationPanel::clearAddedPrincipals()
{
    m_session->setAddedPrincipals({});
    recompute();
    emit userInputChanged();
}

void SimulationPanel::addUserPrincipals(std::vector<engine::sim::SimPrincipal> &principals) const
{
    model::SimulationSession::addUserPrincipals(principals, secretArnInUse().toStdString(),
                                                m_session->addedPrincipals());
}

void SimulationPanel::onAddPrincipal()
{
    PrincipalsDialog dialog(this);
    dialog.exec();
}

} // namespace views
