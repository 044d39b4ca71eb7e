// The round trip to AWS (README "Round trip to AWS") goes through the user's own `aws` command
// (AWS CLI v2), never through credentials of our own: AwsCli runs one `aws` command at a time,
// asynchronously (the UI never waits for it), with a timeout and a cancel, adding only
// `--profile`, `--region` and `--output json` to the arguments it is given. Its answer is an
// AwsResult: the JSON the command printed, or a failure recognised from the command's error
// text (awsanswers.h) with a sentence the user can act on.
//
//   auto *cli = new AwsCli(this);
//   connect(cli, &AwsCli::finished, this, [](const AwsResult &r) { ... });
//   cli->run({profile, region}, AwsCli::getResourcePolicyArguments(arn));
#pragma once

#include "awsanswers.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QProcess;
class QTemporaryFile;
class QTimer;

namespace model {

// Where a command goes: a profile of the user's AWS config and a region. Empty means the
// CLI's own default (AWS_PROFILE or "default"; the profile's region).
struct AwsTarget
{
    QString profile;
    QString region;
    friend bool operator==(const AwsTarget &, const AwsTarget &) = default;
};

class AwsCli : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 60000;

    explicit AwsCli(QObject *parent = nullptr);
    ~AwsCli() override; // stops a command still running

    // The `aws` program on PATH, empty when there is none.
    static QString program();

    // The arguments of each command we run (before --profile/--region/--output).
    // list-secrets one page of at most `maxItems`, from `startingToken` (the NextToken of the
    // page before; empty for the first).
    static QStringList listSecretsArguments(const QString &startingToken, int maxItems = 100);
    static QStringList getResourcePolicyArguments(const QString &secretId);
    // validate-resource-policy and put-resource-policy take the policy as
    // `--resource-policy file://TEMPFILE`: pass the text as run()'s `resourcePolicy`.
    static QStringList validateResourcePolicyArguments();
    static QStringList putResourcePolicyArguments(const QString &secretId);

    // Runs `aws ARGUMENTS [--resource-policy file://T] --profile P --region R --output json`.
    // A command still running is cancelled first (its finished() reports Cancelled). The
    // policy text goes through a private temporary file that lives as long as the command.
    void run(const AwsTarget &target, const QStringList &arguments,
             const std::optional<QByteArray> &resourcePolicy = std::nullopt);
    // Stops the running command; finished() reports AwsFailure::Cancelled.
    void cancel();
    bool isRunning() const;

    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    int timeout() const { return m_timeoutMs; }
    // The command line of the last run (program first), for messages and tests.
    QStringList lastCommand() const { return m_lastCommand; }

signals:
    void started();
    // Exactly once per run(), also for a cancel, a timeout or an `aws` that cannot start.
    void finished(const model::AwsResult &result);

private:
    void finish(AwsResult result);
    void stopProcess();

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryFile> m_policyFile;
    QTimer *m_timer; // owned (QObject child)
    QElapsedTimer m_clock;
    AwsTarget m_target;
    QStringList m_lastCommand;
    int m_timeoutMs = defaultTimeoutMs;
    bool m_timedOut = false;
    bool m_cancelled = false;
};

} // namespace model
