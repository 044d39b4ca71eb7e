// A what-if access request (requests.md): who asks, for what action, on which secret, with
// which context, and optionally with the caller's identity policies.
#pragma once

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

} // namespace engine
