// A located finding about a policy: a structural error from the policy reader, or a finding
// of the linter. The id is stable (checks.md); the UI translates by id, the CLI prints
// `file:line:column: severity: message [id]`.
#pragma once

#include "json/position.h"

#include <optional>
#include <string>

namespace engine {

enum class Severity { Error, SecurityWarning, Warning, Suggestion };

// "ERROR", "SECURITY_WARNING", "WARNING", "SUGGESTION"
const char *severityName(Severity severity);

struct Diagnostic
{
    Severity severity = Severity::Error;
    std::string id;      // "duplicate-key", "public-access", ...
    std::string message; // the checks.md message with its {braces} filled in
    std::string path;    // JSON Pointer (RFC 6901) of the element at fault; "" for the root
    json::Span span;     // where it points (line/column are span.begin)
    std::optional<int> statementIndex;
    bool blocking = false; // a structural error: the policy cannot be evaluated
    // A short form for one-line errors, e.g. "\"Action\" and \"NotAction\" cannot both be
    // present" (requests.md error objects). Empty when `message` is short enough.
    std::string brief;
    // public-access / possibly-public-access: one request in the requests.md format that the
    // policy allows for a caller outside the secret's account (empty when none was found).
    std::string proof;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

} // namespace engine
