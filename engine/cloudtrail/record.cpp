// From a CloudTrail record to a request. The record format is AWS's "CloudTrail record
// contents" (eventSource, eventName, userIdentity, requestParameters, errorCode, ...); what is
// taken from where is listed in docs/reference/replay.md.
#include "cloudtrail/record.h"

#include "data/secretsmanager.h"
#include "values/arn.h"
#include "values/date.h"
#include "values/ipaddress.h"

#include <string>

namespace engine::cloudtrail {

namespace {

using json::Value;

constexpr std::string_view eventSource = "secretsmanager.amazonaws.com";

const Value *member(const Value &v, std::string_view key)
{
    return v.isObject() ? v.find(key) : nullptr;
}

// The string at a path of keys, or "" when absent or not a string.
std::string_view text(const Value &v, std::initializer_list<std::string_view> path)
{
    const Value *at = &v;
    for (std::string_view key : path) {
        at = member(*at, key);
        if (!at)
            return {};
    }
    return at->isString() ? std::string_view(at->text) : std::string_view();
}

RecordRead unreadable(std::string message)
{
    RecordRead r;
    r.kind = RecordRead::Kind::Unreadable;
    r.error = std::move(message);
    return r;
}

RecordRead ignored()
{
    return RecordRead();
}

void addContext(Request &request, std::string_view key, std::string_view value)
{
    ContextEntry entry;
    entry.key = std::string(key);
    entry.value.values.emplace_back(value);
    request.context.push_back(std::move(entry));
}

// Every place a record names the secret it is about.
std::vector<std::string_view> secretIds(const Value &record)
{
    std::vector<std::string_view> ids;
    const auto add = [&ids](std::string_view id) {
        if (!id.empty())
            ids.push_back(id);
    };
    add(text(record, {"requestParameters", "secretId"}));
    add(text(record, {"responseElements", "arn"}));
    add(text(record, {"additionalEventData", "SecretId"}));
    if (const Value *resources = member(record, "resources"); resources && resources->isArray()) {
        for (const Value &r : resources->items) {
            add(text(r, {"ARN"}));
            add(text(r, {"arn"}));
        }
    }
    return ids;
}

std::string_view arnAccount(std::string_view arn)
{
    values::ArnFields fields;
    return values::splitArn(arn, fields) ? fields.account() : std::string_view();
}

// The principal of the call, and whom to group it by; an error when userIdentity names no
// caller a secret policy decides.
std::optional<std::string> readPrincipal(const Value &identity, const SecretRef &secret, Call &call)
{
    const std::string_view type = text(identity, {"type"});
    const std::string_view arn = text(identity, {"arn"});
    RequestPrincipal &principal = call.request.principal;
    const auto needArn = [&]() -> std::optional<std::string> {
        if (arn.rfind("arn:", 0) != 0)
            return "userIdentity of type " + std::string(type) + " has no \"arn\"";
        principal.form = RequestPrincipal::Form::Arn;
        principal.text = std::string(arn);
        call.caller = principal.text;
        return std::nullopt;
    };
    if (type == "IAMUser" || type == "FederatedUser")
        return needArn();
    if (type == "Root") {
        if (arn.empty() && values::isAccountId(text(identity, {"accountId"}))) {
            values::ArnFields fields;
            values::splitArn(secret.arn, fields);
            principal.text = "arn:" + std::string(fields.partition())
                             + ":iam::" + std::string(text(identity, {"accountId"})) + ":root";
            call.caller = principal.text;
            return std::nullopt;
        }
        return needArn();
    }
    if (type == "AssumedRole") {
        if (auto error = needArn())
            return error;
        const std::string_view role = text(identity, {"sessionContext", "sessionIssuer", "arn"});
        if (!role.empty()) {
            // The role's ARN with its path: what aws:PrincipalArn holds for a role session.
            call.caller = std::string(role);
            addContext(call.request, "aws:PrincipalArn", role);
        }
        return std::nullopt;
    }
    if (type == "AWSService") {
        const std::string_view service = text(identity, {"invokedBy"});
        if (service.empty())
            return std::string("userIdentity of type AWSService has no \"invokedBy\"");
        principal.form = RequestPrincipal::Form::Service;
        principal.text = std::string(service);
        call.caller = principal.text;
        return std::nullopt;
    }
    if (type == "AWSAccount")
        return "userIdentity of type AWSAccount names only the account "
               + std::string(text(identity, {"accountId"}))
               + ", not the caller (the caller's own trail has the full record)";
    if (type.empty())
        return std::string("userIdentity has no \"type\"");
    return "userIdentity of type " + std::string(type) + " is not a caller a secret policy decides";
}

void readContext(const Value &record,
                 const Value &identity,
                 const data::ActionInfo &action,
                 Call &call)
{
    Request &request = call.request;
    const std::string_view endpoint = text(record, {"vpcEndpointId"});
    const std::string_view source = text(record, {"sourceIPAddress"});
    const bool isAddress = values::parseIpAddress(source).has_value();
    if (!endpoint.empty()) {
        // Through a VPC endpoint the public aws:SourceIp is absent; the private one is known.
        addContext(request, "aws:SourceVpce", endpoint);
        if (isAddress)
            addContext(request, "aws:VpcSourceIp", source);
    } else if (isAddress) {
        addContext(request, "aws:SourceIp", source);
    }
    const std::string_view type = text(identity, {"type"});
    const bool viaService = type != "AWSService" && !text(identity, {"invokedBy"}).empty();
    addContext(request, "aws:ViaAWSService", viaService ? "true" : "false");

    const auto serviceKey = [&](std::string_view key, std::string_view value) {
        if (!value.empty() && data::actionSuppliesKey(action, key))
            addContext(request, key, value);
    };
    serviceKey("secretsmanager:VersionStage", text(record, {"requestParameters", "versionStage"}));
    serviceKey("secretsmanager:VersionId", text(record, {"requestParameters", "versionId"}));

    const std::string_view time = text(record, {"eventTime"});
    const std::optional<values::Instant> now = values::parseDate(time);
    if (now) {
        addContext(request, "aws:CurrentTime", time);
        addContext(request, "aws:EpochTime", std::to_string(now->seconds));
    }
    if (type != "AWSService") {
        if (const std::string_view id = text(identity, {"principalId"}); !id.empty())
            addContext(request, "aws:userid", id);
    }
    const std::string_view agent = text(record, {"userAgent"});
    if (!agent.empty())
        addContext(request, "aws:UserAgent", agent);

    const Value *attributes = member(identity, "sessionContext");
    attributes = attributes ? member(*attributes, "attributes") : nullptr;
    if (attributes) {
        const std::string_view mfa = text(*attributes, {"mfaAuthenticated"});
        if (mfa == "true" || mfa == "false")
            addContext(request, "aws:MultiFactorAuthPresent", mfa);
        const std::string_view created = text(*attributes, {"creationDate"});
        const std::optional<values::Instant> issued = values::parseDate(created);
        if (issued) {
            addContext(request, "aws:TokenIssueTime", created);
            if (mfa == "true" && now && now->seconds >= issued->seconds)
                addContext(request,
                           "aws:MultiFactorAuthAge",
                           std::to_string(now->seconds - issued->seconds));
        }
    }
}

} // namespace

bool SecretRef::isNamedBy(std::string_view id,
                          std::string_view callRegion,
                          std::string_view callerAccount) const
{
    if (id == arn || id == partialArn)
        return true;
    if (id.rfind("arn:", 0) == 0)
        return false;
    // A bare name resolves in the caller's own account and the region called.
    return id == name && callRegion == region && callerAccount == account;
}

Result<SecretRef> secretRef(const std::string &arn)
{
    if (auto error = requestResourceError("secretsmanager:GetSecretValue", arn))
        return Error{"--secret-arn: " + *error};
    values::ArnFields fields;
    values::splitArn(arn, fields);
    if (!values::hasSecretSuffix(fields.resource()))
        return Error{"--secret-arn: give the secret's full ARN, with the six characters after "
                     "its name ("
                     + arn
                     + "-AbCdEf, as `aws secretsmanager describe-secret` "
                       "shows it)"};
    SecretRef ref;
    ref.arn = arn;
    ref.partialArn = arn.substr(0, arn.size() - 7);
    const std::string_view resource = fields.resource();
    ref.name = std::string(resource.substr(7, resource.size() - 7 - 7)); // "secret:" ... "-AbCdEf"
    ref.region = std::string(fields.region());
    ref.account = std::string(fields.account());
    return ref;
}

const json::Value *lookupEventText(const json::Value &element)
{
    const Value *event = member(element, "CloudTrailEvent");
    return event && event->isString() ? event : nullptr;
}

bool isAccessDenied(std::string_view errorCode)
{
    return errorCode == "AccessDenied" || errorCode == "AccessDeniedException";
}

bool failedBeforeAuthorisation(std::string_view errorCode)
{
    return errorCode == "ThrottlingException" || errorCode == "Throttling"
           || errorCode == "RequestLimitExceeded" || errorCode == "InternalServiceError"
           || errorCode == "InternalServiceErrorException" || errorCode == "InternalFailure"
           || errorCode == "ServiceUnavailable" || errorCode == "ServiceUnavailableException"
           || errorCode == "UnrecognizedClientException" || errorCode == "InvalidSignatureException"
           || errorCode == "ExpiredTokenException";
}

RecordRead readRecord(const json::Value &record, const SecretRef &secret)
{
    if (!record.isObject())
        return unreadable("a record must be a JSON object, not "
                          + std::string(json::kindName(record.kind)));
    const Value *source = record.find("eventSource");
    if (!source || !source->isString())
        return unreadable("\"eventSource\" is missing");
    if (source->text != eventSource)
        return ignored();
    const std::string_view eventType = text(record, {"eventType"});
    if (!eventType.empty() && eventType != "AwsApiCall")
        return ignored(); // AwsServiceEvent (RotationSucceeded, ...): no caller to decide
    const std::string_view eventName = text(record, {"eventName"});
    if (eventName.empty())
        return unreadable("\"eventName\" is missing");
    const data::ActionInfo *action = data::findAction(eventName);
    // Actions without a resource and CreateSecret are not decided by the secret's policy.
    if (!action || !action->takesSecret || action->name == "CreateSecret")
        return ignored();

    const Value *identity = record.find("userIdentity");
    if (!identity || !identity->isObject())
        return unreadable("\"userIdentity\" is missing");
    std::string_view callerAccount = text(*identity, {"accountId"});
    if (callerAccount.empty())
        callerAccount = arnAccount(text(*identity, {"arn"}));

    const std::vector<std::string_view> ids = secretIds(record);
    if (ids.empty())
        return unreadable("the record names no secret (requestParameters.secretId is missing)");
    const std::string_view region = text(record, {"awsRegion"});
    bool ours = false;
    for (std::string_view id : ids)
        ours = ours || secret.isNamedBy(id, region, callerAccount);
    if (!ours)
        return ignored();

    const std::string_view errorCode = text(record, {"errorCode"});
    if (!errorCode.empty() && failedBeforeAuthorisation(errorCode))
        return ignored();

    RecordRead r;
    r.kind = RecordRead::Kind::Call;
    Call &call = r.call;
    call.request.action = "secretsmanager:" + std::string(action->name);
    call.request.resource = secret.arn;
    if (auto error = readPrincipal(*identity, secret, call))
        return unreadable(std::move(*error));
    readContext(record, *identity, *action, call);
    if (auto error = requestError(call.request))
        return unreadable(std::move(*error));
    call.time = std::string(text(record, {"eventTime"}));
    call.refused = !errorCode.empty() && isAccessDenied(errorCode);
    const std::string_view principalAccount
        = call.request.principal.form == RequestPrincipal::Form::Arn
              ? arnAccount(call.request.principal.text)
              : std::string_view();
    call.crossAccount = !principalAccount.empty() && principalAccount != secret.account;
    return r;
}

} // namespace engine::cloudtrail
