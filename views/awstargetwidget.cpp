#include "awstargetwidget.h"

#include "awsconfig.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QScopedValueRollback>

namespace views {

AwsTargetWidget::AwsTargetWidget(QWidget *parent)
    : QWidget(parent), m_profiles(model::awsProfiles()), m_profile(new QComboBox),
      m_region(new QComboBox)
{
    m_profile->setObjectName(QStringLiteral("awsProfile"));
    m_region->setObjectName(QStringLiteral("awsRegion"));
    m_profile->setEditable(true);
    m_region->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    for (const model::AwsProfile &p : m_profiles)
        m_profile->addItem(p.name);
    m_region->addItems(model::awsRegions());
    m_profile->setToolTip(tr("A profile of your AWS configuration (~/.aws/config). The aws "
                             "command signs in with it; Secret Policy Studio never sees the "
                             "credentials."));
    m_region->setToolTip(tr("The region of the secret"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Region:"), m_region);

    const QString profile = model::defaultAwsProfile();
    setTarget({profile, model::defaultAwsRegion(m_profiles, profile)});

    connect(m_profile, &QComboBox::activated, this, &AwsTargetWidget::onProfileChosen);
    connect(m_profile->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_profile->lineEdit()->isModified()) {
            m_profile->lineEdit()->setModified(false);
            onProfileChosen();
        }
    });
    connect(m_region, &QComboBox::activated, this, [this] {
        if (!m_setting)
            emit targetChanged();
    });
    connect(m_region->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_setting && m_region->lineEdit()->isModified()) {
            m_region->lineEdit()->setModified(false);
            emit targetChanged();
        }
    });
}

QString AwsTargetWidget::describe(const model::AwsTarget &t)
{
    return tr("profile %1, %2")
        .arg(t.profile.isEmpty() ? QStringLiteral("default") : t.profile,
             t.region.isEmpty() ? tr("its default region") : t.region);
}

model::AwsTarget AwsTargetWidget::target() const
{
    return {m_profile->currentText().trimmed(), m_region->currentText().trimmed()};
}

void AwsTargetWidget::setTarget(const model::AwsTarget &target)
{
    const QScopedValueRollback<bool> setting(m_setting, true);
    for (auto [box, text] : {std::pair{m_profile, target.profile}, {m_region, target.region}}) {
        const int i = box->findText(text);
        if (i >= 0)
            box->setCurrentIndex(i);
        else
            box->setEditText(text);
    }
}

void AwsTargetWidget::onProfileChosen()
{
    if (m_setting)
        return;
    // A profile brings its own region, unless the environment names one for every profile.
    const QString region = model::defaultAwsRegion(m_profiles, target().profile);
    if (!region.isEmpty()) {
        const QScopedValueRollback<bool> setting(m_setting, true);
        const int i = m_region->findText(region);
        if (i >= 0)
            m_region->setCurrentIndex(i);
        else
            m_region->setEditText(region);
    }
    emit targetChanged();
}

} // namespace views
