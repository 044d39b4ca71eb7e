#include "awsanswers.h"

#include "json/reader.h"
#include "json/value.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <string_view>

namespace model {

namespace {

using engine::json::Value;

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The last line with text: the CLI prints its message after a blank line.
QString lastLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (!it->trimmed().isEmpty())
            return it->trimmed();
    }
    return {};
}

bool isOneOf(const QString &code, std::initializer_list<const char *> codes)
{
    for (const char *c : codes) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

std::optional<Value> readObject(const QByteArray &output, QString *error, const char *what)
{
    const auto doc = engine::json::read(
        std::string_view(output.constData(), static_cast<std::size_t>(output.size())));
    if (!doc.ok || !doc.value.isObject()) {
        if (error) {
            *error = QCoreApplication::translate("model::AwsCli", "The answer of \"aws secretsmanager %1\" is not the JSON expected.")
                         .arg(QLatin1String(what));
        }
        return std::nullopt;
    }
    return doc.value;
}

QString stringMember(const Value &object, const char *key)
{
    const Value *v = object.find(key);
    return v && v->isString() ? fromStd(v->text) : QString();
}

} // namespace

QString awsFailureMessage(AwsFailure failure, int timeoutSeconds)
{
    switch (failure) {
    case AwsFailure::NotInstalled:
        return QCoreApplication::translate("model::AwsCli", "The AWS CLI (the \"aws\" command) is not installed or not on PATH. Install "
                     "it (Debian: apt install awscli), sign in with \"aws configure\" or \"aws sso "
                     "login\", then try again.");
    case AwsFailure::TimedOut:
        return QCoreApplication::translate("model::AwsCli",
                                           "The aws command did not answer within %n second(s) "
                                           "and was stopped. Check the network, then try again.",
                                           nullptr, timeoutSeconds);
    case AwsFailure::Cancelled:
        return QCoreApplication::translate("model::AwsCli", "Cancelled.");
    case AwsFailure::NoRegion:
        return QCoreApplication::translate("model::AwsCli", "No region: choose one, or give the profile one with \"aws configure\".");
    default:
        break;
    }
    return {};
}

AwsResult classifyAwsFailure(int exitCode, const QByteArray &errorOutput, const QString &profile)
{
    AwsResult r;
    r.exitCode = exitCode;
    r.errorOutput = errorOutput;
    const QString text = QString::fromUtf8(errorOutput);
    const QString shownProfile = profile.isEmpty() ? QStringLiteral("default") : profile;

    // "An error occurred (Code) when calling the Op operation (reached max retries: 4): Msg"
    // and the newer "aws: [ERROR]: An error occurred (NoCredentials): Msg".
    static const QRegularExpression serviceError(QStringLiteral(
        R"(An error occurred \(([A-Za-z0-9.:_-]+)\)(?: when calling the \w+ operation)?(?: \([^)]*\))?: ([^\n]*))"));
    const QRegularExpressionMatch m = serviceError.match(text);
    if (m.hasMatch()) {
        r.errorCode = m.captured(1);
        r.awsMessage = m.captured(2).trimmed();
    } else {
        r.awsMessage = lastLine(text);
    }
    const QString &code = r.errorCode;
    auto has = [&text](const char *s) { return text.contains(QLatin1String(s)); };

    if (isOneOf(code, {"ExpiredTokenException", "ExpiredToken", "RequestExpired"})
        || has("The SSO session associated with this profile has expired")
        || has("Token has expired") || has("Error when retrieving token from sso")
        || (has("SSO Token") && !has("does not exist"))) {
        r.failure = AwsFailure::SessionExpired;
        r.message = QCoreApplication::translate("model::AwsCli", "The sign-in of AWS profile \"%1\" has expired. Sign in again (for SSO: "
                          "aws sso login --profile %1), then try again.")
                        .arg(shownProfile);
    } else if (isOneOf(code, {"NoCredentials", "UnrecognizedClientException",
                              "InvalidClientTokenId", "InvalidSignatureException",
                              "MissingAuthenticationToken"})
               || has("Unable to locate credentials") || has("Error loading SSO Token")
               || has("Partial credentials found")) {
        r.failure = AwsFailure::NotSignedIn;
        r.message = QCoreApplication::translate("model::AwsCli", "AWS profile \"%1\" is not signed in: %2 Sign in (aws sso login "
                          "--profile %1, or aws configure --profile %1), then try again.")
                        .arg(shownProfile, r.awsMessage);
    } else if (has("The config profile (")) {
        r.failure = AwsFailure::ProfileNotFound;
        r.message = QCoreApplication::translate("model::AwsCli", "The AWS config has no profile \"%1\".").arg(shownProfile);
    } else if (has("You must specify a region")) {
        r.failure = AwsFailure::NoRegion;
        r.message = awsFailureMessage(AwsFailure::NoRegion);
    } else if (isOneOf(code, {"AccessDeniedException", "AccessDenied", "UnauthorizedOperation",
                              "AuthorizationError", "UnauthorizedException"})) {
        r.failure = AwsFailure::AccessDenied;
        r.message = QCoreApplication::translate("model::AwsCli", "AWS denied the request: %1").arg(r.awsMessage);
    } else if (isOneOf(code, {"ThrottlingException", "Throttling", "TooManyRequestsException",
                              "RequestLimitExceeded", "LimitExceededException"})) {
        r.failure = AwsFailure::Throttled;
        r.message = QCoreApplication::translate("model::AwsCli", "AWS is limiting the rate of requests (%1). Wait a moment, then try "
                          "again.")
                        .arg(code);
    } else if (has("Could not connect to the endpoint URL") || has("Connect timeout on endpoint")
               || has("Read timeout on endpoint") || has("Connection was closed before")
               || has("SSL validation failed") || has("Failed to resolve")) {
        r.failure = AwsFailure::NetworkDown;
        r.message = QCoreApplication::translate("model::AwsCli", "Cannot reach AWS: %1 Check the network connection, a proxy or the "
                          "region.")
                        .arg(r.awsMessage);
    } else if (code == QLatin1String("ResourceNotFoundException")) {
        r.failure = AwsFailure::NotFound;
        r.message = QCoreApplication::translate("model::AwsCli", "AWS cannot find the secret: %1").arg(r.awsMessage);
    } else if (isOneOf(code, {"MalformedPolicyDocumentException", "PublicPolicyException"})) {
        r.failure = AwsFailure::PolicyRejected;
        r.message = QCoreApplication::translate("model::AwsCli", "AWS refused the policy (%1): %2").arg(code, r.awsMessage);
    } else {
        r.failure = AwsFailure::Other;
        r.message = r.awsMessage.isEmpty()
                        ? QCoreApplication::translate("model::AwsCli", "The aws command failed (exit status %1).").arg(exitCode)
                        : QCoreApplication::translate("model::AwsCli", "The aws command failed (exit status %1): %2")
                              .arg(QString::number(exitCode), r.awsMessage);
    }
    return r;
}

std::optional<AwsSecretPage> parseSecretList(const QByteArray &output, QString *error)
{
    const std::optional<Value> doc = readObject(output, error, "list-secrets");
    if (!doc)
        return std::nullopt;
    const Value *list = doc->find("SecretList");
    if (!list || !list->isArray()) {
        if (error)
            *error = QCoreApplication::translate("model::AwsCli", "The answer of \"aws secretsmanager list-secrets\" has no SecretList.");
        return std::nullopt;
    }
    AwsSecretPage page;
    for (const Value &item : list->items) {
        if (!item.isObject())
            continue;
        AwsSecret s{stringMember(item, "ARN"), stringMember(item, "Name"),
                    stringMember(item, "Description")};
        if (!s.arn.isEmpty())
            page.secrets.append(s);
    }
    page.nextToken = stringMember(*doc, "NextToken");
    return page;
}

std::optional<AwsValidation> parseValidation(const QByteArray &output, QString *error)
{
    const std::optional<Value> doc = readObject(output, error, "validate-resource-policy");
    if (!doc)
        return std::nullopt;
    const Value *passed = doc->find("PolicyValidationPassed");
    if (!passed || passed->kind != engine::json::Kind::Bool) {
        if (error) {
            *error = QCoreApplication::translate("model::AwsCli", "The answer of \"aws secretsmanager validate-resource-policy\" has no "
                           "PolicyValidationPassed.");
        }
        return std::nullopt;
    }
    AwsValidation v;
    v.passed = passed->boolValue();
    if (const Value *errors = doc->find("ValidationErrors"); errors && errors->isArray()) {
        for (const Value &e : errors->items) {
            if (e.isObject())
                v.errors.append({stringMember(e, "CheckName"), stringMember(e, "ErrorMessage")});
        }
    }
    return v;
}

std::optional<AwsValidation> validationFromFailure(const AwsResult &result)
{
    if (result.failure != AwsFailure::PolicyRejected)
        return std::nullopt;
    AwsValidation v;
    v.errors.append({result.errorCode, result.awsMessage});
    return v;
}

} // namespace model
