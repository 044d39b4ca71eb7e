// Simulation > Add Principal… (see the header).
#include "principalsdialog.h"

#include "simulationpanel.h"

#include "policy/policyreader.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace views {

PrincipalsDialog::PrincipalsDialog(SimulationPanel *panel)
    : QDialog(panel)
    , m_panel(panel)
{
    setWindowTitle(tr("Principals of Your Own"));

    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Added principals"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected principal's row from the matrix"));
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAt(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_remove->setEnabled(row >= 0);
    });
    auto *listLabel = new QLabel(tr("Added &principals (remembered with the file):"));
    listLabel->setBuddy(m_list);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    listRow->addLayout(listButtons);

    m_principal = new QLineEdit;
    m_principal->setPlaceholderText(tr("arn:aws:iam::444455556666:role/Reader"));
    m_policy = new QPlainTextEdit;
    m_policy->setPlaceholderText(tr("Optional: the principal's identity policy as JSON. "
                                    "Without it, answers that depend on it are Unknown."));
    m_policy->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *load = new QPushButton(tr("&Load from File…"));
    load->setToolTip(tr("Read the identity policy from a JSON file"));
    connect(load, &QPushButton::clicked, this, &PrincipalsDialog::onLoadFile);
    auto *policyRow = new QVBoxLayout;
    policyRow->addWidget(m_policy, 1);
    auto *loadRow = new QHBoxLayout;
    loadRow->addStretch(1);
    loadRow->addWidget(load);
    policyRow->addLayout(loadRow);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Problem"));
    m_message->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *add = buttons->addButton(tr("&Add"), QDialogButtonBox::ActionRole);
    add->setDefault(true);
    add->setToolTip(tr("Add the principal above as a row of the matrix"));
    connect(add, &QPushButton::clicked, this, &PrincipalsDialog::addTyped);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("P&rincipal:"), m_principal);
    auto *policyLabel = new QLabel(tr("&Identity policy:"));
    policyLabel->setBuddy(m_policy); // a form row with a layout gets no buddy by itself
    form->addRow(policyLabel, policyRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addLayout(listRow);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(600, 480);
    refreshList();
}

QString PrincipalsDialog::entryText(const QString &principal, int policyCount)
{
    if (policyCount == 0)
        return tr("%1 (identity policies unknown)").arg(principal);
    return tr("%1 (identity policies: %2)").arg(principal).arg(policyCount);
}

bool PrincipalsDialog::loadIdentityPolicyFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = tr("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        showMessage(reason);
        if (error)
            *error = reason;
        return false;
    }
    const QByteArray bytes = file.readAll();
    m_policy->setPlainText(QString::fromUtf8(bytes));
    const engine::PolicyReadResult read = engine::readPolicyText(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
        engine::PolicyKind::Identity);
    if (read.policy) {
        showMessage({});
        return true;
    }
    const engine::Diagnostic &d = read.diagnostics.front();
    const QString reason = tr("%1, line %2, column %3: %4")
                               .arg(QFileInfo(path).fileName())
                               .arg(d.span.begin.line)
                               .arg(d.span.begin.column)
                               .arg(QString::fromStdString(d.message));
    showMessage(reason);
    if (error)
        *error = reason;
    return false;
}

bool PrincipalsDialog::addTyped()
{
    const QString policy = m_policy->toPlainText().trimmed();
    QString error;
    if (!m_panel->addPrincipal(
            m_principal->text(), policy.isEmpty() ? QStringList() : QStringList{policy}, &error)) {
        showMessage(error);
        return false;
    }
    m_principal->clear();
    m_policy->clear();
    showMessage({});
    refreshList();
    m_list->setCurrentRow(m_list->count() - 1);
    return true;
}

bool PrincipalsDialog::removeAt(int row)
{
    if (!m_panel->removeAddedPrincipal(row))
        return false;
    refreshList();
    return true;
}

void PrincipalsDialog::refreshList()
{
    m_list->clear();
    for (const QVariant &value : m_panel->addedPrincipals()) {
        const QVariantMap entry = value.toMap();
        m_list->addItem(
            entryText(entry.value(QStringLiteral("principal")).toString(),
                      static_cast<int>(
                          entry.value(QStringLiteral("identityPolicies")).toStringList().size())));
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void PrincipalsDialog::onLoadFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this,
                                       tr("Load an Identity Policy"),
                                       QFileInfo(m_panel->window()->windowFilePath()).path(),
                                       tr("Policies (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadIdentityPolicyFile(path);
}

void PrincipalsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace views
