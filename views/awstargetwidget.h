// Where a command of the round trip to AWS goes: a profile of the user's AWS config (the
// profiles of model::awsProfiles(), or any name typed) and a region (the profile's own, or
// one chosen or typed). Used by the Open, Validate and Deploy dialogs.
#pragma once

#include "awscli.h"
#include "awsconfig.h"

#include <QWidget>

class QComboBox;

namespace views {

class AwsTargetWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AwsTargetWidget(QWidget *parent = nullptr);

    model::AwsTarget target() const;
    // Selects (or adds) the profile and region.
    void setTarget(const model::AwsTarget &target);
    // "profile dev, eu-west-1", for status lines.
    static QString describe(const model::AwsTarget &target);
    QComboBox *profileBox() const { return m_profile; }
    QComboBox *regionBox() const { return m_region; }

signals:
    // The user chose another profile or region (not emitted by setTarget()).
    void targetChanged();

private:
    void onProfileChosen();

    QList<model::AwsProfile> m_profiles;
    QComboBox *m_profile; // owned by the widget tree
    QComboBox *m_region;
    bool m_setting = false;
};

} // namespace views
