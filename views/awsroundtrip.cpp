#include "awsroundtrip.h"

#include "awsopendialog.h"
#include "awstargetwidget.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "policyconversions.h"
#include "policytemplates.h"
#include "preferences.h"
#include "problemspanel.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace views {

AwsRoundTrip::AwsRoundTrip(MainWindow *window)
    : QObject(window), m_window(window), m_cli(new model::AwsCli(this)),
      m_openAction(new QAction(tr("Open from &AWS..."), this)),
      m_validateAction(new QAction(tr("&Validate with AWS"), this)), m_sourceLabel(new QLabel)
{
    m_openAction->setObjectName(QStringLiteral("openFromAwsAction"));
    m_openAction->setStatusTip(
        tr("Open the resource policy of a secret through your aws command (AWS CLI)"));
    connect(m_openAction, &QAction::triggered, this, [this] { openFromAws(); });
    m_validateAction->setObjectName(QStringLiteral("validateWithAwsAction"));
    m_validateAction->setStatusTip(tr("Ask AWS (validate-resource-policy) about the policy; its "
                                      "findings appear beside ours in Problems"));
    connect(m_validateAction, &QAction::triggered, this, &AwsRoundTrip::validateWithAws);
    connect(m_cli, &model::AwsCli::finished, this, &AwsRoundTrip::onValidated);

    m_sourceLabel->setObjectName(QStringLiteral("awsSourceLabel"));
    m_sourceLabel->setContentsMargins(6, 0, 6, 0);
    m_sourceLabel->hide();
    m_window->statusBar()->addPermanentWidget(m_sourceLabel);

    connect(m_window, &MainWindow::documentReplaced, this, &AwsRoundTrip::forgetSource);
    // AWS's findings are about the text it validated: an edit makes them stale.
    connect(m_window->controller(), &EditorController::reparsed, this, [this] {
        if (m_window->problemsPanel()->hasAwsValidation()
            && m_window->editor()->documentBytes() != m_validatedText)
            m_window->problemsPanel()->clearAwsValidation();
    });

    m_messageHandler = [this](const QString &title, const QString &text) {
        QMessageBox::warning(m_window, title, text);
    };
    m_targetHandler = [this] { return askTarget(); };
}

void AwsRoundTrip::setTargetHandler(std::function<std::optional<model::AwsTarget>()> handler)
{
    m_targetHandler = std::move(handler);
}

void AwsRoundTrip::setMessageHandler(
    std::function<void(const QString &title, const QString &text)> handler)
{
    m_messageHandler = std::move(handler);
}

AwsOpenDialog *AwsRoundTrip::openFromAws()
{
    if (!m_window->maybeSave())
        return nullptr;
    auto *dialog = new AwsOpenDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_source.isValid())
        dialog->setTarget(m_source.target);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!openAnswer(dialog->target(), dialog->answer(), &error))
            m_messageHandler(tr("Open from AWS"), error);
    });
    dialog->open();
    return dialog;
}

bool AwsRoundTrip::openAnswer(const model::AwsTarget &target, const QByteArray &output,
                              QString *error)
{
    const auto imported = model::readGetResourcePolicyOutput(output, error);
    if (!imported)
        return false;
    if (imported->hasPolicy) {
        // The same path as File > Import: formatted, modified, the secret ARN set.
        if (!m_window->importCliOutputText(output, tr("AWS"), error))
            return false;
    } else {
        m_window->newDocument(model::templateText(model::policyTemplates().front(),
                                                  model::Preferences::instance().indentWidth()));
        m_window->setSecretArn(imported->arn);
    }
    m_source = {imported->arn, imported->name, target, imported->hasPolicy, imported->text,
                QDateTime::currentDateTime()};
    const QString name = imported->name.isEmpty() ? imported->arn : imported->name;
    m_window->statusBar()->showMessage(
        imported->hasPolicy
            ? tr("Opened the policy of %1 from AWS (%2).")
                  .arg(name, AwsTargetWidget::describe(target))
            : tr("%1 has no resource policy yet: this is an empty one to fill in and deploy.")
                  .arg(name),
        15000);
    updateSourceLabel();
    emit sourceChanged();
    return true;
}

void AwsRoundTrip::forgetSource()
{
    if (!m_source.isValid())
        return;
    m_source = {};
    updateSourceLabel();
    emit sourceChanged();
}

void AwsRoundTrip::updateSourceLabel()
{
    m_sourceLabel->setVisible(m_source.isValid());
    if (!m_source.isValid())
        return;
    m_sourceLabel->setText(
        tr("AWS: %1").arg(m_source.name.isEmpty() ? m_source.arn : m_source.name));
    m_sourceLabel->setToolTip(
        tr("Opened from AWS: %1 (%2), fetched %3")
            .arg(m_source.arn, AwsTargetWidget::describe(m_source.target),
                 QLocale().toString(m_source.fetched, QLocale::ShortFormat)));
}

std::optional<model::AwsTarget> AwsRoundTrip::askTarget()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Validate with AWS"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Which AWS profile and region should validate the policy?"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *target = new AwsTargetWidget;
    layout->addWidget(target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return target->target();
}

void AwsRoundTrip::validateWithAws()
{
    if (m_cli->isRunning())
        return;
    std::optional<model::AwsTarget> target = m_source.isValid()
                                                 ? std::optional(m_source.target)
                                                 : m_targetHandler();
    if (!target)
        return;
    m_validateTarget = *target;
    m_validatedText = m_window->editor()->documentBytes();
    m_validateAction->setEnabled(false);
    m_window->statusBar()->showMessage(
        tr("Validating with AWS (%1)...").arg(AwsTargetWidget::describe(*target)));
    m_cli->run(*target, model::AwsCli::validateResourcePolicyArguments(), m_validatedText);
}

void AwsRoundTrip::onValidated(const model::AwsResult &result)
{
    m_validateAction->setEnabled(true);
    if (result.failure == model::AwsFailure::Cancelled) {
        m_window->statusBar()->clearMessage();
        emit validated(result);
        return;
    }
    QString error;
    const std::optional<model::AwsValidation> validation
        = result.ok() ? model::parseValidation(result.output, &error)
                      : model::validationFromFailure(result);
    if (!validation) {
        m_window->statusBar()->clearMessage();
        m_messageHandler(tr("Validate with AWS"), result.ok() ? error : result.message);
        emit validated(result);
        return;
    }
    if (m_window->editor()->documentBytes() != m_validatedText) {
        m_window->statusBar()->showMessage(
            tr("The policy changed while AWS validated it; validate again."), 8000);
        emit validated(result);
        return;
    }
    ProblemsPanel *problems = m_window->problemsPanel();
    problems->setAwsValidation(*validation, AwsTargetWidget::describe(m_validateTarget));
    m_window->problemsDock()->show();
    m_window->problemsDock()->raise();
    m_window->statusBar()->showMessage(
        validation->passed && validation->errors.isEmpty()
            ? tr("AWS: the policy passed validation.")
            : tr("AWS: the policy did not pass validation (%n finding(s) in Problems).", nullptr,
                 std::max<int>(1, static_cast<int>(validation->errors.size()))),
        8000);
    emit validated(result);
}

} // namespace views
