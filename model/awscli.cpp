#include "awscli.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace model {

AwsCli::AwsCli(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    qRegisterMetaType<model::AwsResult>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        stopProcess();
    });
}

AwsCli::~AwsCli()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    const qint64 pid = m_process->processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
    m_process->kill();
    m_process->waitForFinished(3000);
}

QString AwsCli::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("aws"));
}

QStringList AwsCli::listSecretsArguments(const QString &startingToken, int maxItems)
{
    QStringList args{QStringLiteral("secretsmanager"), QStringLiteral("list-secrets"),
                     QStringLiteral("--max-items"), QString::number(maxItems)};
    if (!startingToken.isEmpty())
        args << QStringLiteral("--starting-token") << startingToken;
    return args;
}

QStringList AwsCli::getResourcePolicyArguments(const QString &secretId)
{
    return {QStringLiteral("secretsmanager"), QStringLiteral("get-resource-policy"),
            QStringLiteral("--secret-id"), secretId};
}

QStringList AwsCli::validateResourcePolicyArguments()
{
    return {QStringLiteral("secretsmanager"), QStringLiteral("validate-resource-policy")};
}

QStringList AwsCli::putResourcePolicyArguments(const QString &secretId)
{
    return {QStringLiteral("secretsmanager"), QStringLiteral("put-resource-policy"),
            QStringLiteral("--secret-id"), secretId, QStringLiteral("--block-public-policy")};
}

bool AwsCli::isRunning() const
{
    return m_process != nullptr;
}

void AwsCli::run(const AwsTarget &target, const QStringList &arguments,
                 const std::optional<QByteArray> &resourcePolicy)
{
    if (m_process)
        cancel();
    m_target = target;
    m_timedOut = false;
    m_cancelled = false;
    emit started();

    const QString aws = program();
    QStringList args = arguments;
    if (resourcePolicy) {
        m_policyFile = std::make_unique<QTemporaryFile>(QDir::tempPath()
                                                        + QStringLiteral("/sps-policy-XXXXXX.json"));
        if (!m_policyFile->open()
            || m_policyFile->write(*resourcePolicy) != resourcePolicy->size()
            || !m_policyFile->flush()) {
            AwsResult r;
            r.failure = AwsFailure::Other;
            r.message = tr("Cannot write the policy to a temporary file: %1")
                            .arg(m_policyFile->errorString());
            finish(r);
            return;
        }
        args << QStringLiteral("--resource-policy")
             << QStringLiteral("file://") + m_policyFile->fileName();
    }
    if (!target.profile.isEmpty())
        args << QStringLiteral("--profile") << target.profile;
    if (!target.region.isEmpty())
        args << QStringLiteral("--region") << target.region;
    args << QStringLiteral("--output") << QStringLiteral("json");
    m_lastCommand = QStringList{aws.isEmpty() ? QStringLiteral("aws") : aws} + args;
    if (aws.isEmpty()) {
        AwsResult r;
        r.failure = AwsFailure::NotInstalled;
        r.message = awsFailureMessage(AwsFailure::NotInstalled);
        finish(r);
        return;
    }

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_PAGER"), QString()); // v2 would page long output
    m_process->setProcessEnvironment(env);
    // Its own process group, so that a timeout or cancel stops whatever it started too.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    QProcess *process = m_process.get();
    connect(process, &QProcess::finished, this, [this, process](int exitCode,
                                                                 QProcess::ExitStatus status) {
        if (process != m_process.get())
            return;
        const QByteArray output = process->readAllStandardOutput();
        const QByteArray errorOutput = process->readAllStandardError();
        AwsResult r;
        if (m_timedOut) {
            r.failure = AwsFailure::TimedOut;
            r.message = awsFailureMessage(AwsFailure::TimedOut, (m_timeoutMs + 999) / 1000);
        } else if (m_cancelled) {
            r.failure = AwsFailure::Cancelled;
            r.message = awsFailureMessage(AwsFailure::Cancelled);
        } else if (status != QProcess::NormalExit || exitCode != 0) {
            r = classifyAwsFailure(exitCode, errorOutput, m_target.profile);
        }
        r.output = output;
        r.errorOutput = errorOutput;
        r.exitCode = exitCode;
        finish(r);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (process != m_process.get() || e != QProcess::FailedToStart)
            return;
        AwsResult r;
        r.failure = AwsFailure::NotInstalled;
        r.message = awsFailureMessage(AwsFailure::NotInstalled);
        r.awsMessage = process->errorString();
        finish(r);
    });
    m_clock.start();
    m_timer->start(m_timeoutMs);
    m_process->start(aws, args);
    // Nothing to read from us: a prompt (an MFA code, say) ends at once instead of hanging.
    m_process->closeWriteChannel();
}

void AwsCli::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    stopProcess();
}

void AwsCli::stopProcess()
{
    if (!m_process)
        return;
    const qint64 pid = m_process->processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL); // the group of run()'s child
    m_process->kill();
    // finished() arrives from the event loop; a destructor cannot wait for it.
    if (!m_process->waitForFinished(3000) && m_process) {
        AwsResult r;
        r.failure = m_timedOut ? AwsFailure::TimedOut : AwsFailure::Cancelled;
        r.message = awsFailureMessage(r.failure, (m_timeoutMs + 999) / 1000);
        finish(r);
    }
}

void AwsCli::finish(AwsResult result)
{
    m_timer->stop();
    if (m_process) {
        // Deleted later: this may run inside one of its own signals.
        QProcess *process = m_process.release();
        process->disconnect(this);
        process->deleteLater();
    }
    m_policyFile.reset();
    emit finished(result);
}

} // namespace model
