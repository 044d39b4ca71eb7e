// The user's AWS configuration as the round trip to AWS needs it: the profile names and their
// regions, read from the files the AWS CLI reads (the config file, AWS_CONFIG_FILE or
// ~/.aws/config: `[default]` and `[profile NAME]`; the shared credentials file,
// AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials: `[NAME]`), never the credentials
// themselves; and the regions offered in the dialogs.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace model {

struct AwsProfile
{
    QString name;
    QString region; // the config's `region`, empty when it has none
    friend bool operator==(const AwsProfile &, const AwsProfile &) = default;
};

// Every profile once, config file first, in file order.
QList<AwsProfile> awsProfiles();
// The profile the CLI uses when none is given: AWS_PROFILE, AWS_DEFAULT_PROFILE or "default".
QString defaultAwsProfile();
// The region for a profile: AWS_REGION, AWS_DEFAULT_REGION, else the profile's own.
QString defaultAwsRegion(const QList<AwsProfile> &profiles, const QString &profile);
// The commercial regions of Secrets Manager, for completion (any other name may be typed).
QStringList awsRegions();

} // namespace model
