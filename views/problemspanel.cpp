#include "problemspanel.h"

#include "findingtext.h"

#include "icons.h"

#include <QHeaderView>
#include <QIcon>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace views {

namespace {

enum ItemRole { BeginRole = Qt::UserRole + 1, EndRole, AwsRole };

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent) : QWidget(parent), m_list(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Problem"), tr("Line:Column"), tr("Check")});
    m_list->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(LocationColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { onItemActivated(item); });
    connect(m_list, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { onItemActivated(item); });
}

QIcon ProblemsPanel::severityIcon(engine::Severity severity)
{
    switch (severity) {
    case engine::Severity::Error:
        return appIcon("severity-error");
    case engine::Severity::SecurityWarning:
        return appIcon("severity-security");
    case engine::Severity::Warning:
        return appIcon("severity-warning");
    case engine::Severity::Suggestion:
        return appIcon("severity-suggestion");
    }
    return {};
}

QString ProblemsPanel::severityText(engine::Severity severity)
{
    switch (severity) {
    case engine::Severity::Error:
        return tr("Error");
    case engine::Severity::SecurityWarning:
        return tr("Security warning");
    case engine::Severity::Warning:
        return tr("Warning");
    case engine::Severity::Suggestion:
        return tr("Suggestion");
    }
    return {};
}

void ProblemsPanel::setFindings(const std::vector<engine::Diagnostic> &findings)
{
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(static_cast<qsizetype>(findings.size()));
    for (const engine::Diagnostic &d : findings) {
        auto *item = new QTreeWidgetItem;
        const QString message = model::FindingText::message(d);
        item->setIcon(MessageColumn, severityIcon(d.severity));
        item->setText(MessageColumn, message);
        item->setToolTip(MessageColumn,
                         tr("%1: %2").arg(severityText(d.severity), message));
        item->setToolTip(IdColumn, model::FindingText::description(d.id));
        item->setText(LocationColumn, tr("%1:%2").arg(d.span.begin.line).arg(d.span.begin.column));
        item->setTextAlignment(LocationColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(IdColumn, QString::fromStdString(d.id));
        item->setData(MessageColumn, BeginRole, QVariant::fromValue<qulonglong>(d.span.begin.offset));
        item->setData(MessageColumn, EndRole, QVariant::fromValue<qulonglong>(d.span.end.offset));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    addAwsRows();
    m_list->setUpdatesEnabled(true);
}

void ProblemsPanel::setAwsValidation(const model::AwsValidation &validation,
                                     const QString &where)
{
    clearAwsValidation();
    m_aws = validation;
    m_awsWhere = where;
    addAwsRows();
}

void ProblemsPanel::clearAwsValidation()
{
    m_aws.reset();
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i) {
        if (m_list->topLevelItem(i)->data(MessageColumn, AwsRole).toBool())
            delete m_list->takeTopLevelItem(i);
    }
}

void ProblemsPanel::addAwsRows()
{
    if (!m_aws)
        return;
    const QString source = tr("Reported by AWS (validate-resource-policy, %1)").arg(m_awsWhere);
    auto add = [&](engine::Severity severity, const QString &message, const QString &check) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(MessageColumn, severityIcon(severity));
        item->setText(MessageColumn, tr("AWS: %1").arg(message));
        item->setToolTip(MessageColumn, tr("%1: %2").arg(source, message));
        item->setText(LocationColumn, tr("AWS"));
        item->setTextAlignment(LocationColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(IdColumn, check);
        item->setToolTip(IdColumn, source);
        item->setData(MessageColumn, AwsRole, true);
        m_list->addTopLevelItem(item);
    };
    if (m_aws->errors.isEmpty()) {
        add(m_aws->passed ? engine::Severity::Suggestion : engine::Severity::Error,
            m_aws->passed ? tr("the policy passed AWS's validation")
                          : tr("the policy did not pass AWS's validation"),
            QStringLiteral("aws"));
        return;
    }
    for (const model::AwsValidationError &e : m_aws->errors) {
        add(engine::Severity::Error, e.errorMessage.isEmpty() ? e.checkName : e.errorMessage,
            e.checkName.isEmpty() ? QStringLiteral("aws") : QStringLiteral("aws:") + e.checkName);
    }
}

int ProblemsPanel::count() const
{
    return m_list->topLevelItemCount();
}

void ProblemsPanel::onItemActivated(QTreeWidgetItem *item)
{
    if (!item || item->data(MessageColumn, AwsRole).toBool())
        return; // AWS's findings have no place in the text
    const auto begin = item->data(MessageColumn, BeginRole).toULongLong();
    const auto end = item->data(MessageColumn, EndRole).toULongLong();
    emit findingActivated(static_cast<std::size_t>(begin), static_cast<std::size_t>(end));
}

} // namespace views
