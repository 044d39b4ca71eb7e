// A what-if access request (requests.md): who asks, for what action, on which secret, with
// which context, and optionally with the caller's identity policies.
#pragma once

#include "json/value.h"
#include "policy/policy.h"

#include <optional>
#include <string>
#include <vector>

namespace engine {

// The request's principal as written: an ARN string, "anonymous", or a one-key object.
struct RequestPrincipal
{
    enum class Form { Arn, Service, Federated, CanonicalUser, Anonymous };
    Form form = Form::Arn;
    std::string text; // the ARN, service name, provider, canonical id; empty for anonymous
    friend bool operator==(const RequestPrincipal &, const RequestPrincipal &) = default;
};

// A context value: a scalar (already turned to text: true -> "true", 30 -> "30") or a list.
struct ContextValue
{
    bool isList = false;
    std::vector<std::string> values; // one element for a scalar
    friend bool operator==(const ContextValue &, const ContextValue &) = default;
};

struct ContextEntry
{
    std::string key; // as written; keys compare case-insensitively
    ContextValue value;
    friend bool operator==(const ContextEntry &, const ContextEntry &) = default;
};

struct Request
{
    RequestPrincipal principal;
    std::string action;
    std::string resource;
    std::vector<ContextEntry> context; // in input order
    // Absent: the identity side is unknown. Present and empty: no identity policies.
    std::optional<std::vector<Policy>> identityPolicies;
};

// Reads one request object (one line of a JSON Lines batch). On failure the error message is
// the requests.md text without the "line N: " prefix, e.g. "\"action\" is missing".
struct RequestReadResult
{
    std::optional<Request> request;
    std::string error;
};
RequestReadResult readRequest(std::string_view jsonText);
// The same for an object already read (a scenario line read once): members named
// `ignoredMember` ("expect") are skipped, also by the duplicate-key check.
RequestReadResult readRequest(const json::Value &root, std::string_view ignoredMember = {});

// Whether Secrets Manager could ever receive the request: nullopt when it could, else the
// reason naming the field, in the words of readRequest's errors. Every reader of requests
// (eval, test, the scenario files, the GUI's own requests) checks them with these functions:
//   - the action is one real Secrets Manager action, "secretsmanager:Operation" in any case,
//     with no wildcard and no other character ("secretsmanager:Get*", "...GetSecretValue "
//     and "...GetSecretValueX" are not requests);
//   - the resource is a secret ARN (secretsmanager.md §2: arn:PARTITION:secretsmanager:REGION:
//     ACCOUNT:secret:NAME, the name made of letters, digits and /_+=.@-), or "*" exactly for
//     the three actions that take no resource (ListSecrets, GetRandomPassword,
//     BatchGetSecretValue), which take nothing else.
std::optional<std::string> requestActionError(std::string_view action);
std::optional<std::string> requestResourceError(std::string_view action, std::string_view resource);
std::optional<std::string> requestError(const Request &request); // both of the above
// A character a secret's name may have (secretsmanager.md §2): ASCII letters, digits, /_+=.@-
bool isSecretNameCharacter(char c);

} // namespace engine
