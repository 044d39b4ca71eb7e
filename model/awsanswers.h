// What the `aws` command answers, read: the failure its error text names (AWS CLI v1 and v2
// wordings: "Unable to locate credentials", "The SSO session associated with this profile has
// expired", "An error occurred (AccessDeniedException) when calling the ...", "Could not
// connect to the endpoint URL", ...) turned into a sentence the user can act on, and the JSON
// of list-secrets, get-resource-policy and validate-resource-policy read with the engine's
// JSON reader.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace model {

enum class AwsFailure {
    None,
    NotInstalled,    // no `aws` on PATH, or it cannot start
    NotSignedIn,     // no credentials for the profile
    SessionExpired,  // SSO session or temporary credentials expired
    ProfileNotFound, // the profile is not in the AWS config
    NoRegion,        // no region given and none configured
    AccessDenied,    // AccessDeniedException and friends
    Throttled,       // ThrottlingException, TooManyRequestsException
    NetworkDown,     // the endpoint cannot be reached
    TimedOut,        // no answer within the timeout; the command was stopped
    Cancelled,       // the user stopped it
    NotFound,        // ResourceNotFoundException: no such secret
    PolicyRejected,  // MalformedPolicyDocumentException, PublicPolicyException
    BadAnswer,       // exit 0, but the output is not the JSON expected
    Other,           // any other failure: the CLI's own message is shown
};

struct AwsResult
{
    AwsFailure failure = AwsFailure::None;
    QString message;     // translated, for the user; empty on success
    QString errorCode;   // the service's error code ("AccessDeniedException"), when given
    QString awsMessage;  // the service's or CLI's own message, as printed
    QByteArray output;   // standard output
    QByteArray errorOutput; // standard error
    int exitCode = 0;
    bool ok() const { return failure == AwsFailure::None; }
};

// Reads a failed command's error text. `profile` names the profile in the advice ("run aws sso
// login --profile P"); `exitCode` is the CLI's (252-255 in v2, 255 in v1), used only when the
// text says nothing known.
AwsResult classifyAwsFailure(int exitCode, const QByteArray &errorOutput, const QString &profile);

// A sentence for a failure that has no error text (not installed, timed out, cancelled).
QString awsFailureMessage(AwsFailure failure, int timeoutSeconds = 0);

struct AwsSecret
{
    QString arn;
    QString name;
    QString description;
};

struct AwsSecretPage
{
    QList<AwsSecret> secrets;
    QString nextToken; // empty on the last page
};

// `aws secretsmanager list-secrets` output; nullopt (and `error`) when it is not that.
std::optional<AwsSecretPage> parseSecretList(const QByteArray &output, QString *error = nullptr);

struct AwsValidationError
{
    QString checkName;
    QString errorMessage;
};

struct AwsValidation
{
    bool passed = false;
    QList<AwsValidationError> errors;
};

// `aws secretsmanager validate-resource-policy` output.
std::optional<AwsValidation> parseValidation(const QByteArray &output, QString *error = nullptr);

// A policy AWS refused outright (MalformedPolicyDocumentException) is a validation finding too:
// the failed result as an AwsValidation that did not pass; nullopt for other failures.
std::optional<AwsValidation> validationFromFailure(const AwsResult &result);

} // namespace model

Q_DECLARE_METATYPE(model::AwsResult)
