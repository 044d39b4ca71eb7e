// MainWindow: what the window remembers per policy file (issue 5 §1): the secret ARN, the
// Simulation dock's context values and the principals added to it, stored with
// model::Preferences when they change for a saved file and on Save As, restored on open.
#include "mainwindow.h"

#include "contextkeysmodel.h"
#include "editorcontroller.h"
#include "policydocument.h"
#include "preferences.h"
#include "secretarncheck.h"
#include "simulationpanel.h"

namespace views {

namespace {

const QString contextKey = QStringLiteral("context");
const QString principalsKey = QStringLiteral("principals");

} // namespace

void MainWindow::restoreFileMemory()
{
    const model::Preferences &prefs = model::Preferences::instance();
    const QString path = m_document->isUntitled() ? QString() : m_document->path();
    m_secretArn = prefs.secretArnForFile(path);
    if (!model::checkSecretArn(m_secretArn).isOk())
        m_secretArn.clear(); // remembered by an older version that took any text
    m_controller->setSecretArn(m_secretArn);
    m_restoringMemory = true;
    m_simulation->contextModel()->setValues(prefs.fileValue(path, contextKey).toMap());
    m_simulation->setAddedPrincipals(prefs.fileValue(path, principalsKey).toList());
    m_restoringMemory = false;
}

void MainWindow::rememberFileMemory()
{
    if (m_restoringMemory || m_document->isUntitled())
        return;
    model::Preferences &prefs = model::Preferences::instance();
    const QString path = m_document->path();
    prefs.setSecretArnForFile(path, m_secretArn);
    const QVariantMap context = m_simulation->contextModel()->values();
    prefs.setFileValue(path, contextKey, context.isEmpty() ? QVariant() : QVariant(context));
    const QVariantList principals = m_simulation->addedPrincipals();
    prefs.setFileValue(
        path, principalsKey, principals.isEmpty() ? QVariant() : QVariant(principals));
}

} // namespace views
