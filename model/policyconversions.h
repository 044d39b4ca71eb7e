// Getting a policy in and out of the tools around it: the AWS CLI's `get-resource-policy`
// output (the policy is an escaped JSON string in `ResourcePolicy`), pretty and minified
// renderings for export, and the `put-resource-policy` command line that uploads a file.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace model {

struct ImportedPolicy
{
    QByteArray text; // the policy exactly as the string held it (decoded, UTF-8)
    QString arn;     // the secret's ARN from the output, when present
    QString name;    // the secret's name, when present
    bool hasPolicy = true; // false: the secret has no policy (no "ResourcePolicy" member)
};

// Reads `aws secretsmanager get-resource-policy` output. On failure returns nullopt and
// sets `error` (a translated, user-facing sentence).
std::optional<ImportedPolicy> importGetResourcePolicyOutput(const QByteArray &bytes,
                                                            QString *error = nullptr);
// The same, for an answer of the command itself: a secret without a policy is answered with
// its ARN and name only, read as `hasPolicy` false (a file like that is refused above).
std::optional<ImportedPolicy> readGetResourcePolicyOutput(const QByteArray &bytes,
                                                          QString *error = nullptr);

// Re-renders valid JSON: pretty with `indent` spaces and LF line ends, or minified. Key order,
// duplicate keys and number spellings are kept. nullopt when the text is not valid JSON.
std::optional<QByteArray> renderPretty(const QByteArray &json, int indent = 4);
std::optional<QByteArray> renderMinified(const QByteArray &json);

// `aws secretsmanager put-resource-policy --secret-id ID --resource-policy file://PATH
// --block-public-policy`, with the arguments quoted for a POSIX shell when they need it.
QString putResourcePolicyCommand(const QString &secretId, const QString &policyPath);

// The command line that asks `secret-policy eval` one request (one requests.md JSON line)
// against the policy file: `printf '%s\n' 'REQUEST' | secret-policy eval --policy PATH`.
QString evalCommand(const QString &requestJson, const QString &policyPath);

// Quotes one argument for a POSIX shell (unchanged when it needs no quoting).
QString shellQuote(const QString &argument);

} // namespace model
