// The texts are QT_TRANSLATE_NOOP entries in three tables (operators, keys, actions); the
// functions add what follows from the engine's own tables (key types, which actions supply a
// key, access levels, how a qualifier and IfExists treat an absent key), so that those parts
// can never disagree with the evaluator.
#include "helptexts.h"

#include "data/secretsmanager.h"
#include "values/glob.h"
#include "policy/policyreader.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <string>

namespace model {

namespace {

constexpr char context[] = "model::HelpTexts";

// Gives the texts written here their translation context (lupdate reads HelpTexts::tr).
struct HelpTexts
{
    Q_DECLARE_TR_FUNCTIONS(model::HelpTexts)
};

// A text of the tables below, translated.
QString translated(const char *text)
{
    return QCoreApplication::translate(context, text);
}

struct Entry
{
    std::string_view name;
    const char *text;
};

// evaluation.md §3.6. One entry per base operator of engine::operatorBaseNames().
constexpr Entry operatorTable[] = {
    {"StringEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Compares text exactly, case-sensitively; * and ? are ordinary "
                       "characters here. Holds when the request value equals one of the "
                       "listed values.")},
    {"StringNotEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Negated exact text comparison: holds when the request value equals "
                       "none of the listed values, so several values act as AND.")},
    {"StringEqualsIgnoreCase",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Compares text exactly after folding case on both sides. Holds when "
                       "the request value equals one of the listed values.")},
    {"StringNotEqualsIgnoreCase",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Negated comparison ignoring case: holds when the request value equals "
                       "none of the listed values.")},
    {"StringLike",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Case-sensitive wildcard match over the whole value: * is any run of "
                       "characters, ? exactly one. Holds when one listed pattern matches.")},
    {"StringNotLike",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Negated wildcard match: holds when no listed pattern matches the "
                       "request value.")},
    {"NumericEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Compares numbers exactly (07 equals 7, 7.0 equals 7). A value that is "
                       "not a number never matches.")},
    {"NumericNotEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Negated numeric comparison: holds when the request number equals none "
                       "of the listed numbers.")},
    {"NumericLessThan",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Holds when the request number is less than a listed number (request "
                       "on the left).")},
    {"NumericLessThanEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Holds when the request number is less than or equal to a listed "
                       "number.")},
    {"NumericGreaterThan",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Holds when the request number is greater than a listed number.")},
    {"NumericGreaterThanEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Holds when the request number is greater than or equal to a listed "
                       "number.")},
    {"DateEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Compares two instants: ISO 8601 dates and times, or epoch seconds. "
                       "Holds when the request time equals a listed time.")},
    {"DateNotEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Negated date comparison: holds when the request time equals none of "
                       "the listed times.")},
    {"DateLessThan",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Holds when the request time is before a listed time, for example "
                       "aws:CurrentTime before an expiry date.")},
    {"DateLessThanEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Holds when the request time is at or before a listed time.")},
    {"DateGreaterThan",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Holds when the request time is after a listed time.")},
    {"DateGreaterThanEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Holds when the request time is at or after a listed time.")},
    {"Bool",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Compares true or false. There is no negated Bool: compare with false, "
                       "and use BoolIfExists when the key may be missing.")},
    {"BinaryEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Compares bytes written as base64 on both sides. No Secrets Manager "
                       "key is binary.")},
    {"IpAddress",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Holds when the request address lies in a listed range (an IPv4 or "
                       "IPv6 address with an optional /prefix). IPv4 never lies in an IPv6 "
                       "range.")},
    {"NotIpAddress",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Negated range test: holds when the request address lies in none of the "
                       "listed ranges.")},
    {"ArnEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Treats both sides as ARNs and matches each of the six fields "
                       "separately, case-sensitively, with * and ? as wildcards. Same as "
                       "ArnLike.")},
    {"ArnLike",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Matches ARNs field by field with * and ? as wildcards; a wildcard "
                       "cannot reach across a colon. Same as ArnEquals.")},
    {"ArnNotEquals",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Negated ARN match: holds when no listed ARN pattern matches. Same as "
                       "ArnNotLike.")},
    {"ArnNotLike",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Negated ARN match: holds when no listed ARN pattern matches. Same as "
                       "ArnNotEquals.")},
    {"Null",
     QT_TRANSLATE_NOOP("model::HelpTexts",
                       "Tests presence, not a value: \"true\" holds when the key is absent, "
                       "\"false\" when it is present. Never takes IfExists.")},
};

// secretsmanager.md §4, §5 and §12.2. One entry per key of engine::data::keys(); tag keys end
// in "/" as in that table.
constexpr Entry keyTable[] = {
    {"aws:AssumedRoot", QT_TRANSLATE_NOOP("model::HelpTexts", "Whether the session is a root session assumed through AWS Organizations.")},
    {"aws:CalledVia", QT_TRANSLATE_NOOP("model::HelpTexts", "The services that used the caller's credentials to reach Secrets Manager, in order. Present only when a supporting service made the call.")},
    {"aws:CalledViaAWSMCP", QT_TRANSLATE_NOOP("model::HelpTexts", "The AWS MCP server that made the call for the caller, when one did.")},
    {"aws:CalledViaFirst", QT_TRANSLATE_NOOP("model::HelpTexts", "The first service in the aws:CalledVia chain.")},
    {"aws:CalledViaLast", QT_TRANSLATE_NOOP("model::HelpTexts", "The last service in the aws:CalledVia chain.")},
    {"aws:ChatbotSourceArn", QT_TRANSLATE_NOOP("model::HelpTexts", "The chat channel configuration that started the session, for calls made through a chat application.")},
    {"aws:CurrentTime", QT_TRANSLATE_NOOP("model::HelpTexts", "The time of the request. Always present; use it with Date operators for time windows.")},
    {"aws:Ec2InstanceSourcePrivateIPv4", QT_TRANSLATE_NOOP("model::HelpTexts", "The private address of the EC2 instance whose role credentials signed the request.")},
    {"aws:Ec2InstanceSourceVpc", QT_TRANSLATE_NOOP("model::HelpTexts", "The VPC of the EC2 instance whose role credentials signed the request.")},
    {"aws:EpochTime", QT_TRANSLATE_NOOP("model::HelpTexts", "The time of the request in seconds since 1970. Always present; Date and Numeric operators both work.")},
    {"aws:FederatedProvider", QT_TRANSLATE_NOOP("model::HelpTexts", "The identity provider that issued a web identity or SAML session.")},
    {"aws:IsMcpServiceAction", QT_TRANSLATE_NOOP("model::HelpTexts", "Whether the action was called by an AWS MCP server.")},
    {"aws:MultiFactorAuthAge", QT_TRANSLATE_NOOP("model::HelpTexts", "Seconds since the caller authenticated with MFA. Absent when MFA was not used.")},
    {"aws:MultiFactorAuthPresent", QT_TRANSLATE_NOOP("model::HelpTexts", "Whether temporary credentials were obtained with MFA. Absent for long-term access keys: use BoolIfExists.")},
    {"aws:PrincipalAccount", QT_TRANSLATE_NOOP("model::HelpTexts", "The account of the caller. Always present (\"anonymous\" for unsigned requests).")},
    {"aws:PrincipalArn", QT_TRANSLATE_NOOP("model::HelpTexts", "The caller's ARN; for a role session it is the role's ARN, not the session's. The way to name families of principals with wildcards (ArnLike).")},
    {"aws:PrincipalIsAWSService", QT_TRANSLATE_NOOP("model::HelpTexts", "True only when a service principal calls directly.")},
    {"aws:PrincipalOrgID", QT_TRANSLATE_NOOP("model::HelpTexts", "The organization (o-...) of the caller's account. Absent outside any organization and for service principals, which makes negated operators on it true.")},
    {"aws:PrincipalOrgPaths", QT_TRANSLATE_NOOP("model::HelpTexts", "The organizational-unit paths of the caller's account.")},
    {"aws:PrincipalServiceName", QT_TRANSLATE_NOOP("model::HelpTexts", "The name of the service principal that calls, for example appflow.amazonaws.com.")},
    {"aws:PrincipalServiceNamesList", QT_TRANSLATE_NOOP("model::HelpTexts", "All names of the calling service principal.")},
    {"aws:PrincipalTag/", QT_TRANSLATE_NOOP("model::HelpTexts", "The value of the named tag on the calling user, role or session. Absent when the caller has no such tag.")},
    {"aws:PrincipalType", QT_TRANSLATE_NOOP("model::HelpTexts", "The kind of caller: Account (root user), User, FederatedUser, AssumedRole or Anonymous.")},
    {"aws:referer", QT_TRANSLATE_NOOP("model::HelpTexts", "The HTTP referer the client sent. Client-supplied: not for security decisions.")},
    {"aws:RequestedRegion", QT_TRANSLATE_NOOP("model::HelpTexts", "The region the request was sent to. Always present.")},
    {"aws:RequestTag/", QT_TRANSLATE_NOOP("model::HelpTexts", "The value of the named tag in the request (CreateSecret, TagResource). Absent when the request carries no such tag.")},
    {"aws:ResourceAccount", QT_TRANSLATE_NOOP("model::HelpTexts", "The account that owns the secret.")},
    {"aws:ResourceOrgID", QT_TRANSLATE_NOOP("model::HelpTexts", "The organization of the account that owns the secret.")},
    {"aws:ResourceOrgPaths", QT_TRANSLATE_NOOP("model::HelpTexts", "The organizational-unit paths of the account that owns the secret.")},
    {"aws:ResourceTag/", QT_TRANSLATE_NOOP("model::HelpTexts", "The value of the named tag on the secret. Absent when the secret has no such tag.")},
    {"aws:SecureTransport", QT_TRANSLATE_NOOP("model::HelpTexts", "Whether the request came over TLS. Always true for Secrets Manager, which answers only over TLS.")},
    {"aws:SourceAccount", QT_TRANSLATE_NOOP("model::HelpTexts", "The account of the resource on whose behalf a service calls. Protects service principals from the confused deputy.")},
    {"aws:SourceArn", QT_TRANSLATE_NOOP("model::HelpTexts", "The resource on whose behalf a service calls.")},
    {"aws:SourceIdentity", QT_TRANSLATE_NOOP("model::HelpTexts", "The source identity set when the role session was created.")},
    {"aws:SourceIp", QT_TRANSLATE_NOOP("model::HelpTexts", "The caller's public address. Absent when the request comes through a VPC endpoint, and AWS addresses when a service calls for you.")},
    {"aws:SourceOrgID", QT_TRANSLATE_NOOP("model::HelpTexts", "The organization of the resource on whose behalf a service calls.")},
    {"aws:SourceOrgPaths", QT_TRANSLATE_NOOP("model::HelpTexts", "The organizational-unit paths of the resource on whose behalf a service calls.")},
    {"aws:SourceOwner", QT_TRANSLATE_NOOP("model::HelpTexts", "The owner account of the resource on whose behalf a service calls.")},
    {"aws:SourceVpc", QT_TRANSLATE_NOOP("model::HelpTexts", "The VPC (vpc-...) of the endpoint the request came through. Absent without a VPC endpoint.")},
    {"aws:SourceVpcArn", QT_TRANSLATE_NOOP("model::HelpTexts", "The ARN of the VPC the request came through. Absent without a VPC endpoint.")},
    {"aws:SourceVpce", QT_TRANSLATE_NOOP("model::HelpTexts", "The VPC endpoint (vpce-...) the request came through. Absent without one; services calling for you do not use your endpoint.")},
    {"aws:TagKeys", QT_TRANSLATE_NOOP("model::HelpTexts", "The tag keys in the request. Absent when the request has no tags, so ForAllValues on it is then true.")},
    {"aws:TokenIssueTime", QT_TRANSLATE_NOOP("model::HelpTexts", "When the temporary credentials were issued. Absent for long-term keys.")},
    {"aws:UserAgent", QT_TRANSLATE_NOOP("model::HelpTexts", "The client's user agent. Client-supplied: not for security decisions.")},
    {"aws:userid", QT_TRANSLATE_NOOP("model::HelpTexts", "The caller's unique id: AIDA... for a user, AROA...:SESSION for a role session, the account id for the root user.")},
    {"aws:username", QT_TRANSLATE_NOOP("model::HelpTexts", "The IAM user's name. Absent for roles, sessions and the root user.")},
    {"aws:ViaAWSMCPService", QT_TRANSLATE_NOOP("model::HelpTexts", "True when an AWS MCP server made the call with the caller's credentials.")},
    {"aws:ViaAWSService", QT_TRANSLATE_NOOP("model::HelpTexts", "True when an AWS service made the call with the caller's credentials.")},
    {"aws:VpceAccount", QT_TRANSLATE_NOOP("model::HelpTexts", "The account that owns the VPC endpoint the request came through.")},
    {"aws:VpceOrgID", QT_TRANSLATE_NOOP("model::HelpTexts", "The organization of the account that owns the VPC endpoint.")},
    {"aws:VpceOrgPaths", QT_TRANSLATE_NOOP("model::HelpTexts", "The organizational-unit paths of the account that owns the VPC endpoint.")},
    {"aws:VpcSourceIp", QT_TRANSLATE_NOOP("model::HelpTexts", "The caller's private address, for requests through a VPC endpoint. Absent otherwise.")},
    {"ec2:RoleDelivery", QT_TRANSLATE_NOOP("model::HelpTexts", "The instance metadata service version that delivered EC2 role credentials.")},
    {"ec2:SourceInstanceArn", QT_TRANSLATE_NOOP("model::HelpTexts", "The EC2 instance whose role credentials signed the request.")},
    {"glue:CredentialIssuingService", QT_TRANSLATE_NOOP("model::HelpTexts", "The Glue service that issued the credentials, for Glue jobs.")},
    {"glue:RoleAssumedBy", QT_TRANSLATE_NOOP("model::HelpTexts", "The Glue service that assumed the role.")},
    {"identitystore:UserId", QT_TRANSLATE_NOOP("model::HelpTexts", "The IAM Identity Center user behind the session.")},
    {"lambda:SourceFunctionArn", QT_TRANSLATE_NOOP("model::HelpTexts", "The Lambda function whose execution role credentials signed the request.")},
    {"secretsmanager:AddReplicaRegions", QT_TRANSLATE_NOOP("model::HelpTexts", "The regions the request asks to replicate the secret to.")},
    {"secretsmanager:BlockPublicPolicy", QT_TRANSLATE_NOOP("model::HelpTexts", "The BlockPublicPolicy parameter of PutResourcePolicy: whether AWS must refuse policies that give broad access.")},
    {"secretsmanager:Description", QT_TRANSLATE_NOOP("model::HelpTexts", "The description given in the request.")},
    {"secretsmanager:ExternalSecretRotationRoleArn", QT_TRANSLATE_NOOP("model::HelpTexts", "The rotation role given for a managed external secret.")},
    {"secretsmanager:ForceDeleteWithoutRecovery", QT_TRANSLATE_NOOP("model::HelpTexts", "Whether DeleteSecret deletes at once, without a recovery window.")},
    {"secretsmanager:ForceOverwriteReplicaSecret", QT_TRANSLATE_NOOP("model::HelpTexts", "Whether replication may overwrite a secret of the same name in the replica region.")},
    {"secretsmanager:KmsKeyArn", QT_TRANSLATE_NOOP("model::HelpTexts", "The ARN of the KMS key given in the request.")},
    {"secretsmanager:KmsKeyId", QT_TRANSLATE_NOOP("model::HelpTexts", "The KMS key as given in the request (id, ARN or alias). Prefer secretsmanager:KmsKeyArn.")},
    {"secretsmanager:ModifyRotationRules", QT_TRANSLATE_NOOP("model::HelpTexts", "Whether RotateSecret changes the rotation rules.")},
    {"secretsmanager:Name", QT_TRANSLATE_NOOP("model::HelpTexts", "The name of the secret being created.")},
    {"secretsmanager:RecoveryWindowInDays", QT_TRANSLATE_NOOP("model::HelpTexts", "The recovery window DeleteSecret was given (7 to 30 days).")},
    {"secretsmanager:resource/AllowRotationLambdaArn", QT_TRANSLATE_NOOP("model::HelpTexts", "The rotation function attached to the secret. Absent when rotation is not configured.")},
    {"secretsmanager:resource/Type", QT_TRANSLATE_NOOP("model::HelpTexts", "The managed-external-secret type of the secret.")},
    {"secretsmanager:ResourceTag/", QT_TRANSLATE_NOOP("model::HelpTexts", "The value of the named tag on the secret (Secrets Manager's own spelling of aws:ResourceTag). Absent when the secret has no such tag.")},
    {"secretsmanager:RotateImmediately", QT_TRANSLATE_NOOP("model::HelpTexts", "Whether RotateSecret starts rotating at once.")},
    {"secretsmanager:RotationLambdaARN", QT_TRANSLATE_NOOP("model::HelpTexts", "The rotation function given to RotateSecret.")},
    {"secretsmanager:SecretId", QT_TRANSLATE_NOOP("model::HelpTexts", "The ARN of the secret the call targets.")},
    {"secretsmanager:SecretPrimaryRegion", QT_TRANSLATE_NOOP("model::HelpTexts", "The primary region of a multi-Region secret. Absent for a secret that is not replicated.")},
    {"secretsmanager:Type", QT_TRANSLATE_NOOP("model::HelpTexts", "The managed-external-secret type given in the request.")},
    {"secretsmanager:VersionId", QT_TRANSLATE_NOOP("model::HelpTexts", "The VersionId the caller of GetSecretValue passed. Absent when the caller names no version id, even for the current version.")},
    {"secretsmanager:VersionStage", QT_TRANSLATE_NOOP("model::HelpTexts", "The stage the caller passed (VersionStage parameter). Absent on the default GetSecretValue call that names no stage, even though that call returns AWSCURRENT: an Allow that requires a stage then does not apply.")},
    {"ssm:SourceInstanceArn", QT_TRANSLATE_NOOP("model::HelpTexts", "The managed instance whose Systems Manager credentials signed the request.")},
};

// secretsmanager.md §3. One entry per action of engine::data::actions().
constexpr Entry actionTable[] = {
    {"BatchGetSecretValue", QT_TRANSLATE_NOOP("model::HelpTexts", "Reads the values of up to 20 secrets in one call. Takes no resource: the secret policy never decides it, though each secret's GetSecretValue check does.")},
    {"CancelRotateSecret", QT_TRANSLATE_NOOP("model::HelpTexts", "Turns off rotation of the secret.")},
    {"CreateSecret", QT_TRANSLATE_NOOP("model::HelpTexts", "Creates a secret. Useless in a secret policy: the secret does not exist yet.")},
    {"DeleteResourcePolicy", QT_TRANSLATE_NOOP("model::HelpTexts", "Removes this policy. Sensitive: whoever may call it controls access to the secret.")},
    {"DeleteSecret", QT_TRANSLATE_NOOP("model::HelpTexts", "Schedules the secret for deletion (7 to 30 days), or deletes it at once.")},
    {"DescribeSecret", QT_TRANSLATE_NOOP("model::HelpTexts", "Reads the secret's metadata, not its value.")},
    {"GetRandomPassword", QT_TRANSLATE_NOOP("model::HelpTexts", "Generates a random password. Takes no resource: the secret policy never decides it.")},
    {"GetResourcePolicy", QT_TRANSLATE_NOOP("model::HelpTexts", "Reads this policy.")},
    {"GetSecretValue", QT_TRANSLATE_NOOP("model::HelpTexts", "Reads the secret value (decrypted). Across accounts it also needs a customer managed KMS key the caller may use.")},
    {"ListSecretVersionIds", QT_TRANSLATE_NOOP("model::HelpTexts", "Lists the secret's versions and their stages, not their values.")},
    {"ListSecrets", QT_TRANSLATE_NOOP("model::HelpTexts", "Lists secrets. Takes no resource: the secret policy never decides it.")},
    {"PutResourcePolicy", QT_TRANSLATE_NOOP("model::HelpTexts", "Replaces this policy. Sensitive: whoever may call it can grant themselves anything.")},
    {"PutSecretValue", QT_TRANSLATE_NOOP("model::HelpTexts", "Stores a new secret value as a new version (writes the value); AWSCURRENT moves to it.")},
    {"RemoveRegionsFromReplication", QT_TRANSLATE_NOOP("model::HelpTexts", "Deletes replicas of the secret in other regions.")},
    {"ReplicateSecretToRegions", QT_TRANSLATE_NOOP("model::HelpTexts", "Copies the secret, value included, to other regions.")},
    {"RestoreSecret", QT_TRANSLATE_NOOP("model::HelpTexts", "Cancels a scheduled deletion.")},
    {"RotateSecret", QT_TRANSLATE_NOOP("model::HelpTexts", "Configures rotation or rotates now, creating a new value.")},
    {"StopReplicationToReplica", QT_TRANSLATE_NOOP("model::HelpTexts", "Turns a replica into a standalone secret (called on the replica).")},
    {"TagResource", QT_TRANSLATE_NOOP("model::HelpTexts", "Adds tags to the secret. Tags can change the outcome of tag-based conditions.")},
    {"UntagResource", QT_TRANSLATE_NOOP("model::HelpTexts", "Removes tags from the secret. Tags can change the outcome of tag-based conditions.")},
    {"UpdateSecret", QT_TRANSLATE_NOOP("model::HelpTexts", "Changes the secret's description or KMS key, or stores a new value (writes the value).")},
    {"UpdateSecretVersionStage", QT_TRANSLATE_NOOP("model::HelpTexts", "Moves or removes a staging label such as AWSCURRENT between versions.")},
    {"ValidateResourcePolicy", QT_TRANSLATE_NOOP("model::HelpTexts", "Checks a policy for broad access without storing it.")},
};

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
           && std::equal(a.begin(), a.end(), b.begin(),
                         [](char x, char y) { return lower(x) == lower(y); });
}

template<std::size_t N>
const char *find(const Entry (&table)[N], std::string_view name)
{
    for (const Entry &e : table) {
        if (equalsIgnoringCase(e.name, name))
            return e.text;
    }
    return nullptr;
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}

QString heading(const QString &name)
{
    return QStringLiteral("<p><b>%1</b></p>").arg(name.toHtmlEscaped());
}

QString typeName(engine::data::KeyType type)
{
    using engine::data::KeyType;
    switch (type) {
    case KeyType::String:
        return HelpTexts::tr("text");
    case KeyType::Arn:
        return HelpTexts::tr("ARN");
    case KeyType::Bool:
        return HelpTexts::tr("true or false");
    case KeyType::Numeric:
        return HelpTexts::tr("number");
    case KeyType::Date:
        return HelpTexts::tr("date and time");
    case KeyType::IpAddress:
        return HelpTexts::tr("IP address");
    case KeyType::Binary:
        return HelpTexts::tr("binary");
    case KeyType::ArrayOfString:
        return HelpTexts::tr("list of text");
    }
    return {};
}

QString accessLevelName(engine::data::AccessLevel level)
{
    using engine::data::AccessLevel;
    switch (level) {
    case AccessLevel::Read:
        return HelpTexts::tr("Read");
    case AccessLevel::Write:
        return HelpTexts::tr("Write");
    case AccessLevel::List:
        return HelpTexts::tr("List");
    case AccessLevel::Tagging:
        return HelpTexts::tr("Tagging");
    case AccessLevel::PermissionsManagement:
        return HelpTexts::tr("Permissions management");
    }
    return {};
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

// "What happens when the key is absent", in the order of evaluation.md §3.4.
QString absentKeyText(const engine::ParsedOperator &op)
{
    using engine::Qualifier;
    if (op.ifExists)
        return HelpTexts::tr("If the key is absent: true (IfExists); if present, the operator decides.");
    if (op.op == engine::Operator::Null) {
        if (op.qualifier == Qualifier::ForAllValues)
            return HelpTexts::tr("ForAllValues:Null is always true, whatever the key: use plain Null.");
        if (op.qualifier == Qualifier::ForAnyValue)
            return HelpTexts::tr("ForAnyValue:Null is always false, whatever the key: use plain Null.");
        return {};
    }
    if (op.qualifier == Qualifier::ForAllValues)
        return HelpTexts::tr("ForAllValues: every request value must match; if the key is absent or empty: "
                  "true. With Allow this is a common source of broad access.");
    if (op.qualifier == Qualifier::ForAnyValue)
        return HelpTexts::tr("ForAnyValue: at least one request value must match; if the key is absent: "
                  "false.");
    if (engine::isNegated(op.op))
        return HelpTexts::tr("If the key is absent: true. A negated operator holds for requests that do not "
                  "carry the key at all; add a Null check or use it in a Deny.");
    return HelpTexts::tr("If the key is absent: false. A key with several values needs ForAnyValue: or "
              "ForAllValues:.");
}

} // namespace

QString baseOperatorDescription(std::string_view baseName)
{
    const char *text = find(operatorTable, baseName);
    return text ? translated(text) : QString();
}

QString keyDescription(std::string_view tableKey)
{
    const char *text = find(keyTable, tableKey);
    return text ? translated(text) : QString();
}

QString actionDescription(std::string_view actionName)
{
    const char *text = find(actionTable, actionName);
    return text ? translated(text) : QString();
}

QString operatorHelp(const QString &operatorName)
{
    const auto parsed = engine::parseOperatorName(toStd(operatorName));
    if (!parsed)
        return {};
    QString text = heading(operatorName)
                   + paragraph(baseOperatorDescription(engine::operatorName(parsed->op)));
    const QString absent = absentKeyText(*parsed);
    if (!absent.isEmpty())
        text += paragraph(absent);
    return text;
}

QString keyHelp(const QString &key)
{
    const std::string name = toStd(key);
    const engine::data::KeyInfo *info = engine::data::findKey(name);
    if (!info)
        return {};
    QString text = heading(key) + paragraph(keyDescription(info->name));
    QString kind = info->multivalued
                       ? HelpTexts::tr("Type: %1, several values (use ForAnyValue: or ForAllValues:).")
                       : HelpTexts::tr("Type: %1, one value.");
    text += paragraph(kind.arg(typeName(info->type)));
    if (info->isTagPrefix)
        text += paragraph(HelpTexts::tr("The part after the slash names the tag; it is compared ignoring "
                             "case."));
    if (std::string_view(info->name).substr(0, 15) == "secretsmanager:") {
        QStringList actions;
        for (const engine::data::ActionInfo &a : engine::data::actions()) {
            if (engine::data::actionSuppliesKey(a, name))
                actions << QString::fromUtf8(a.name.data(), static_cast<qsizetype>(a.name.size()));
        }
        text += paragraph(actions.isEmpty()
                              ? HelpTexts::tr("No action supplies this key.")
                              : HelpTexts::tr("Present only in requests of: %1.").arg(actions.join(HelpTexts::tr(", "))));
    }
    return text;
}

QString actionHelp(const QString &action)
{
    std::string name = toStd(action);
    const std::size_t colon = name.find(':');
    const std::string service = colon == std::string::npos ? std::string() : name.substr(0, colon);
    if (colon != std::string::npos && !equalsIgnoringCase(service, "secretsmanager")
        && service.find_first_of("*?") == std::string::npos) {
        return heading(action)
               + paragraph(HelpTexts::tr("An action of another service: it can never be requested against "
                              "a secret."));
    }
    if (const engine::data::ActionInfo *info = engine::data::findAction(name)) {
        QString text = heading(action) + paragraph(actionDescription(info->name));
        text += paragraph(HelpTexts::tr("Access level: %1.").arg(accessLevelName(info->accessLevel)));
        return text;
    }
    if (action.contains(QLatin1Char('*')) || action.contains(QLatin1Char('?'))) {
        // Actions compare ignoring case (evaluation.md §2.1).
        std::string pattern;
        for (char c : name)
            pattern.push_back(lower(c));
        QStringList matched;
        for (const engine::data::ActionInfo &a : engine::data::actions()) {
            std::string full = "secretsmanager:";
            for (char c : a.name)
                full.push_back(lower(c));
            if (engine::values::globMatch(pattern, full))
                matched << QString::fromUtf8(a.name.data(), static_cast<qsizetype>(a.name.size()));
        }
        if (matched.isEmpty())
            return heading(action)
                   + paragraph(HelpTexts::tr("A pattern that matches no Secrets Manager action."));
        return heading(action)
               + paragraph(HelpTexts::tr("A pattern matching %n Secrets Manager action(s): %1.", nullptr,
                              static_cast<int>(matched.size()))
                               .arg(matched.join(HelpTexts::tr(", "))));
    }
    return heading(action)
           + paragraph(HelpTexts::tr("Not a Secrets Manager action: this entry grants or denies nothing."));
}

} // namespace model
