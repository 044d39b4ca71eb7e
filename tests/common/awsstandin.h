// The stand-in `aws` (tests/data/aws/bin/aws) first on PATH for the life of one object: a fresh
// state folder, a scenario, and the calls it received read back one argument list each.
//
//   AwsStandIn aws(QStringLiteral("ok"));
//   aws.expect(QStringLiteral("dev"), QStringLiteral("eu-west-1"));
//   ... run the code under test ...
//   QCOMPARE(aws.calls().size(), 2);
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace testsupport {

class AwsStandIn
{
public:
    explicit AwsStandIn(const QString &scenario = QStringLiteral("ok"))
        : m_oldPath(qgetenv("PATH"))
    {
        qputenv("PATH", QByteArray(SPS_TEST_DATA_DIR "/aws/bin:") + m_oldPath);
        qputenv("AWS_STANDIN_DIR", QFile::encodeName(m_state.path()));
        setScenario(scenario);
        for (const char *v : {"AWS_STANDIN_FAIL_OP", "AWS_STANDIN_PROFILE", "AWS_STANDIN_REGION",
                              "AWS_STANDIN_SECRET", "AWS_STANDIN_CHANGE_AFTER"})
            qunsetenv(v);
    }
    ~AwsStandIn()
    {
        qputenv("PATH", m_oldPath);
        for (const char *v : {"AWS_STANDIN_DIR", "AWS_STANDIN_SCENARIO", "AWS_STANDIN_FAIL_OP",
                              "AWS_STANDIN_PROFILE", "AWS_STANDIN_REGION", "AWS_STANDIN_SECRET",
                              "AWS_STANDIN_CHANGE_AFTER"})
            qunsetenv(v);
    }
    AwsStandIn(const AwsStandIn &) = delete;
    AwsStandIn &operator=(const AwsStandIn &) = delete;

    void setScenario(const QString &scenario)
    {
        qputenv("AWS_STANDIN_SCENARIO", scenario.toUtf8());
    }
    // Only this operation ("put-resource-policy", ...) meets the scenario's failure.
    void setFailingOperation(const QString &operation)
    {
        qputenv("AWS_STANDIN_FAIL_OP", operation.toUtf8());
    }
    // The stand-in refuses (status 252) any other --profile, --region or --secret-id.
    void expect(const QString &profile, const QString &region, const QString &secret = {})
    {
        qputenv("AWS_STANDIN_PROFILE", profile.toUtf8());
        qputenv("AWS_STANDIN_REGION", region.toUtf8());
        if (!secret.isEmpty())
            qputenv("AWS_STANDIN_SECRET", secret.toUtf8());
    }

    // Every call so far, its arguments in order.
    QList<QStringList> calls() const
    {
        QList<QStringList> result;
        for (int n = 1;; ++n) {
            QFile f(m_state.filePath(QStringLiteral("call-%1.args").arg(n)));
            if (!f.open(QIODevice::ReadOnly))
                break;
            QString text = QString::fromUtf8(f.readAll());
            if (text.endsWith(QLatin1Char('\n')))
                text.chop(1);
            result.append(text.split(QLatin1Char('\n')));
        }
        return result;
    }
    // The operation of each call ("list-secrets", ...).
    QStringList operations() const
    {
        QStringList ops;
        for (const QStringList &c : calls())
            ops.append(c.value(1));
        return ops;
    }
    // The --resource-policy file call `n` (1-based) was given, as sent.
    QByteArray policySent(int n) const
    {
        QFile f(m_state.filePath(QStringLiteral("policy-%1.json").arg(n)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QByteArray recorded(const QString &name)
    {
        QFile f(QStringLiteral(SPS_TEST_DATA_DIR "/aws/recorded/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_state;
    QByteArray m_oldPath;
};

} // namespace testsupport
