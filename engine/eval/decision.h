// The answer to one request (requests.md, "A decision").
#pragma once

#include "policy/policy.h"

#include <optional>
#include <string>
#include <vector>

namespace engine {

enum class Outcome { Allowed, ExplicitlyDenied, ImplicitlyDenied, Unknown };
const char *outcomeName(Outcome outcome); // "Allowed", ...

// Ranked direct > wildcard > account (evaluation.md §2.3.2).
enum class PrincipalMatch { Account = 0, Wildcard = 1, Direct = 2 };
const char *principalMatchName(PrincipalMatch match); // "direct", "wildcard", "account"

struct MatchedStatement
{
    std::optional<std::string> sid;
    int index = 0;
    Effect effect = Effect::Allow;
    PrincipalMatch principalMatch = PrincipalMatch::Direct;
    friend bool operator==(const MatchedStatement &, const MatchedStatement &) = default;
};

// Which part of a statement decided it, for explanations and the GUI's highlights.
enum class StatementPart { Principal, Action, Resource, Condition };

// The trace of one statement: whether it applied, or the first part that failed.
struct StatementTrace
{
    int index = 0;
    bool applies = false;
    std::optional<StatementPart> failedPart; // set when !applies
    // When the condition failed: the block and pair that failed, and a reason in words
    // ("condition ForAnyValue:StringEquals secretsmanager:VersionStage: key is absent").
    int failedBlock = -1;
    int failedPair = -1;
    std::string reason; // one short phrase; why it failed or why it applies
    Span failedSpan;    // the span of what failed (element value, condition pair)
};

struct Decision
{
    Outcome decision = Outcome::ImplicitlyDenied;          // never Unknown
    Outcome effectiveDecision = Outcome::ImplicitlyDenied; // may be Unknown
    std::vector<MatchedStatement> matched;
    std::string explain;
    std::vector<std::string> warnings;
    std::vector<StatementTrace> trace; // one per statement, in policy order (not in the JSON)
};

// The decision object as one line of JSON, exactly the requests.md field order:
// {"decision":..,"effectiveDecision":..,"matched":[..],"explain":..,"warnings":[..]}
std::string toJson(const Decision &decision);

} // namespace engine
