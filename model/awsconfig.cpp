#include "awsconfig.h"

#include <QDir>
#include <QFile>

namespace model {

namespace {

QString configPath(const char *variable, const char *fallback)
{
    const QString set = qEnvironmentVariable(variable);
    if (!set.isEmpty())
        return QDir::fromNativeSeparators(set.startsWith(QLatin1String("~/"))
                                              ? QDir::homePath() + set.mid(1)
                                              : set);
    return QDir::homePath() + QLatin1String(fallback);
}

// Reads an INI file the way botocore does for what we need: `[section]` headers and
// `key = value` lines; `#` and `;` start comments; indented lines continue a nested value.
void readSections(const QString &path, bool configFile, QList<AwsProfile> &profiles)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    int current = -1;
    while (!file.atEnd()) {
        const QString raw = QString::fromUtf8(file.readLine());
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            QString name = line.mid(1, line.size() - 2).trimmed();
            current = -1;
            if (configFile) {
                if (name.startsWith(QLatin1String("profile ")))
                    name = name.mid(8).trimmed();
                else if (name != QLatin1String("default"))
                    continue; // [sso-session X], [services X], ...
            }
            if (name.isEmpty())
                continue;
            for (int i = 0; i < profiles.size(); ++i) {
                if (profiles[i].name == name)
                    current = i;
            }
            if (current < 0) {
                profiles.append({name, {}});
                current = static_cast<int>(profiles.size()) - 1;
            }
            continue;
        }
        if (current < 0 || !configFile || raw.front().isSpace())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && line.left(eq).trimmed() == QLatin1String("region"))
            profiles[current].region = line.mid(eq + 1).trimmed();
    }
}

} // namespace

QList<AwsProfile> awsProfiles()
{
    QList<AwsProfile> profiles;
    readSections(configPath("AWS_CONFIG_FILE", "/.aws/config"), true, profiles);
    readSections(configPath("AWS_SHARED_CREDENTIALS_FILE", "/.aws/credentials"), false, profiles);
    return profiles;
}

QString defaultAwsProfile()
{
    for (const char *v : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE"}) {
        const QString set = qEnvironmentVariable(v);
        if (!set.isEmpty())
            return set;
    }
    return QStringLiteral("default");
}

QString defaultAwsRegion(const QList<AwsProfile> &profiles, const QString &profile)
{
    for (const char *v : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
        const QString set = qEnvironmentVariable(v);
        if (!set.isEmpty())
            return set;
    }
    for (const AwsProfile &p : profiles) {
        if (p.name == profile)
            return p.region;
    }
    return {};
}

QStringList awsRegions()
{
    return {QStringLiteral("us-east-1"),      QStringLiteral("us-east-2"),
            QStringLiteral("us-west-1"),      QStringLiteral("us-west-2"),
            QStringLiteral("af-south-1"),     QStringLiteral("ap-east-1"),
            QStringLiteral("ap-south-1"),     QStringLiteral("ap-south-2"),
            QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"),
            QStringLiteral("ap-southeast-3"), QStringLiteral("ap-southeast-4"),
            QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"),
            QStringLiteral("ap-northeast-3"), QStringLiteral("ca-central-1"),
            QStringLiteral("ca-west-1"),      QStringLiteral("eu-central-1"),
            QStringLiteral("eu-central-2"),   QStringLiteral("eu-west-1"),
            QStringLiteral("eu-west-2"),      QStringLiteral("eu-west-3"),
            QStringLiteral("eu-south-1"),     QStringLiteral("eu-south-2"),
            QStringLiteral("eu-north-1"),     QStringLiteral("il-central-1"),
            QStringLiteral("me-south-1"),     QStringLiteral("me-central-1"),
            QStringLiteral("sa-east-1")};
}

} // namespace model
