#include "awsopendialog.h"

#include "awstargetwidget.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace views {

namespace {

enum ItemRole { ArnRole = Qt::UserRole + 1 };

QString targetWords(const model::AwsTarget &t)
{
    return AwsTargetWidget::describe(t);
}

} // namespace

AwsOpenDialog::AwsOpenDialog(QWidget *parent)
    : QDialog(parent), m_cli(new model::AwsCli(this)), m_target(new AwsTargetWidget),
      m_filter(new QLineEdit), m_view(new QTreeView), m_status(new QLabel),
      m_open(new QPushButton(tr("&Open"))), m_refresh(new QPushButton(tr("Re&fresh"))),
      m_buttons(new QDialogButtonBox), m_secrets(new QStandardItemModel(this)),
      m_filtered(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("awsOpenDialog"));
    setWindowTitle(tr("Open from AWS"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Opens the resource policy of a secret through your own aws "
                                "command (AWS CLI), signed in as the profile says."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_target);

    m_filter->setObjectName(QStringLiteral("awsSecretFilter"));
    m_filter->setPlaceholderText(tr("Filter secrets by name, description or ARN"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter secrets"));
    layout->addWidget(m_filter);

    m_secrets->setHorizontalHeaderLabels({tr("Name"), tr("Description"), tr("ARN")});
    m_filtered->setSourceModel(m_secrets);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("awsSecretList"));
    m_view->setAccessibleName(tr("Secrets"));
    m_view->setModel(m_filtered);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTextElideMode(Qt::ElideMiddle); // an ARN's account and name both matter
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(NameColumn, 200);
    m_view->setColumnWidth(DescriptionColumn, 220);
    layout->addWidget(m_view, 1);

    m_status->setObjectName(QStringLiteral("awsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_open->setDefault(true);
    m_buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);

    connect(m_open, &QPushButton::clicked, this, &AwsOpenDialog::openSelected);
    connect(m_refresh, &QPushButton::clicked, this, &AwsOpenDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AwsOpenDialog::reject);
    connect(m_target, &AwsTargetWidget::targetChanged, this, &AwsOpenDialog::refresh);
    connect(m_cli, &model::AwsCli::finished, this, &AwsOpenDialog::onFinished);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setFilterFixedString(text.trimmed());
        if (!m_view->selectionModel()->hasSelection() && m_filtered->rowCount() > 0)
            m_view->setCurrentIndex(m_filtered->index(0, NameColumn));
        updateButtons();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &AwsOpenDialog::openSelected);
    connect(m_view, &QTreeView::activated, this, &AwsOpenDialog::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AwsOpenDialog::updateButtons);
    resize(720, 480);
    updateButtons();
}

model::AwsTarget AwsOpenDialog::target() const
{
    return m_target->target();
}

void AwsOpenDialog::setTarget(const model::AwsTarget &target)
{
    m_target->setTarget(target);
}

void AwsOpenDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_listedOnce) {
        m_listedOnce = true;
        QTimer::singleShot(0, this, &AwsOpenDialog::refresh);
    }
    m_filter->setFocus();
}

void AwsOpenDialog::refresh()
{
    m_listedOnce = true;
    m_secrets->removeRows(0, m_secrets->rowCount());
    m_step = Step::Listing;
    setStatus(tr("Listing the secrets (%1)...").arg(targetWords(target())));
    listPage({});
}

void AwsOpenDialog::listPage(const QString &token)
{
    m_cli->run(target(), model::AwsCli::listSecretsArguments(token));
    updateButtons();
}

void AwsOpenDialog::openSelected()
{
    const QString arn = selectedArn();
    if (arn.isEmpty() || m_step == Step::Fetching)
        return;
    m_step = Step::Fetching;
    setStatus(tr("Fetching the policy of %1...").arg(arn));
    m_cli->run(target(), model::AwsCli::getResourcePolicyArguments(arn));
    updateButtons();
}

QString AwsOpenDialog::selectedArn() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return {};
    return m_filtered->index(current.row(), NameColumn).data(ArnRole).toString();
}

bool AwsOpenDialog::selectSecret(const QString &arnOrName)
{
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        const QModelIndex index = m_filtered->index(row, NameColumn);
        if (index.data(ArnRole).toString() == arnOrName || index.data().toString() == arnOrName) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

int AwsOpenDialog::secretCount() const
{
    return m_secrets->rowCount();
}

void AwsOpenDialog::onFinished(const model::AwsResult &result)
{
    const Step step = m_step;
    if (result.failure == model::AwsFailure::Cancelled)
        return; // replaced by a newer command, or the dialog is closing
    m_step = Step::Idle;
    if (!result.ok()) {
        setStatus(result.message, true);
        updateButtons();
        return;
    }
    if (step == Step::Fetching) {
        m_answer = result.output;
        accept();
        return;
    }
    QString error;
    const auto page = model::parseSecretList(result.output, &error);
    if (!page) {
        setStatus(error, true);
        updateButtons();
        return;
    }
    for (const model::AwsSecret &s : page->secrets) {
        QList<QStandardItem *> row{new QStandardItem(s.name), new QStandardItem(s.description),
                                   new QStandardItem(s.arn)};
        row.front()->setData(s.arn, ArnRole);
        for (QStandardItem *item : row)
            item->setToolTip(s.arn);
        m_secrets->appendRow(row);
    }
    if (!m_view->selectionModel()->hasSelection() && m_filtered->rowCount() > 0)
        m_view->setCurrentIndex(m_filtered->index(0, NameColumn));
    if (!page->nextToken.isEmpty()) {
        // The next page while the first ones can already be filtered and chosen.
        m_step = Step::Listing;
        setStatus(tr("Listing the secrets (%1): %n so far...", nullptr, m_secrets->rowCount())
                      .arg(targetWords(target())));
        listPage(page->nextToken);
        return;
    }
    setStatus(m_secrets->rowCount() == 0
                  ? tr("No secrets (%1).").arg(targetWords(target()))
                  : tr("%n secret(s) (%1). Type to filter, then open one.", nullptr,
                       m_secrets->rowCount())
                        .arg(targetWords(target())));
    updateButtons();
}

void AwsOpenDialog::reject()
{
    m_cli->cancel();
    QDialog::reject();
}

void AwsOpenDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c00000;") : QString());
    m_status->setAccessibleName(error ? tr("Error") : tr("Status"));
}

void AwsOpenDialog::updateButtons()
{
    m_open->setEnabled(m_step != Step::Fetching && !selectedArn().isEmpty());
}

} // namespace views
