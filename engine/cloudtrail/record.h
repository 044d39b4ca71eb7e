// One CloudTrail record turned into the engine's request (docs/reference/replay.md, "From a
// record to a request"): who called (userIdentity), which action (eventName), on which secret
// (requestParameters.secretId and the other places a record names it), with the context the
// record knows, and how the call ended (errorCode).
//
//   SecretRef secret =
//   *secretRef("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"); RecordRead r =
//   readRecord(recordValue, secret); if (r.kind == RecordRead::Kind::Call) replay.add(r.call);
#pragma once

#include "core/result.h"
#include "eval/request.h"
#include "json/value.h"

#include <optional>
#include <string>
#include <string_view>

namespace engine::cloudtrail {

// The secret the replay is about, and the ways a record may name it: the full ARN, the ARN
// without the six random characters AWS appends to the name, or the name alone (which names
// it only in its own account and region).
struct SecretRef
{
    std::string arn;
    std::string partialArn; // the ARN without "-" and the six characters
    std::string name;       // the name without the suffix
    std::string region;
    std::string account;

    // Whether `id` (a secretId as the caller wrote it) names this secret for a call in
    // `region` by a caller of `callerAccount`.
    bool
    isNamedBy(std::string_view id, std::string_view region, std::string_view callerAccount) const;
};

// Error when `arn` is not the full ARN of a secret (with its suffix).
Result<SecretRef> secretRef(const std::string &arn);

// One call to the secret, as a request and how it ended.
struct Call
{
    Request request;           // principal, action, the secret's ARN, the context the record knows
    std::string caller;        // who to group by: the role of a role session, else the principal
    std::string time;          // eventTime as written
    bool refused = false;      // the call failed because access was denied
    bool crossAccount = false; // the caller's account is not the secret's
};

struct RecordRead
{
    enum class Kind {
        Call,       // a call to the secret
        Ignored,    // another service, another secret, an event that is no call, a call that
                    // failed before authorisation (throttled, an internal error)
        Unreadable, // not a record, or a record without what a call needs (`error` says what)
    };
    Kind kind = Kind::Ignored;
    Call call;
    std::string error;
};

RecordRead readRecord(const json::Value &record, const SecretRef &secret);

// The record inside one element of `lookup-events` output: its "CloudTrailEvent" string.
// nullptr when the element has none (then it is not a lookup-events element).
const json::Value *lookupEventText(const json::Value &element);

// Whether an errorCode means the call was refused by authorisation ("AccessDenied",
// "AccessDeniedException"), and whether it means the call never reached authorisation
// ("ThrottlingException", internal errors): other errors came after authorisation allowed it.
bool isAccessDenied(std::string_view errorCode);
bool failedBeforeAuthorisation(std::string_view errorCode);

} // namespace engine::cloudtrail
