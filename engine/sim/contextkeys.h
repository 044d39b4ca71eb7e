// The request context a matrix depends on: every condition key the policy (and the identity
// policies of its rows) tests or names in a ${...} variable, and where each one's value comes
// from, so that the panel's context editor can list what is given, derived or absent.
//
//   for (const ContextKeyUse &use : contextKeyUses(policy, setup.context)) ...
#pragma once

#include "eval/request.h"
#include "policy/policy.h"

#include <string>
#include <string_view>
#include <vector>

namespace engine::sim {

enum class KeySource {
    Given,   // set in the matrix's context
    Stage,   // secretsmanager:VersionStage: set by each column
    Derived, // derived from the request when not given (requests.md), e.g. aws:PrincipalArn
    Absent,  // neither given nor derivable: conditions see an absent key
};
const char *keySourceName(KeySource source); // "given", "stage", "derived", "absent"

struct ContextKeyUse
{
    std::string key; // as the policy first writes it
    KeySource source = KeySource::Absent;
    bool inVariable = false; // named only in a ${...} variable
    friend bool operator==(const ContextKeyUse &, const ContextKeyUse &) = default;
};

// Keys in the order the policies first mention them, each once (keys compare without case).
std::vector<ContextKeyUse> contextKeyUses(const std::vector<const Policy *> &policies,
                                          const std::vector<ContextEntry> &given);

// The keys the engine derives when the context does not set them (requests.md).
bool isDerivedKey(std::string_view key);

} // namespace engine::sim
