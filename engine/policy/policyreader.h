// From a JSON tree to a typed Policy, with the structural errors of evaluation.md §1.5 as
// blocking diagnostics (ids and messages of checks.md, paths as JSON Pointers).
//
//   auto doc = json::read(text);
//   PolicyReadResult r = readPolicy(doc.value, PolicyKind::Resource);
//   if (!r.policy) show(r.diagnostics);   // at least one blocking error
//
// All structural errors are collected, not only the first, in text order.
#pragma once

#include "json/reader.h"
#include "json/value.h"
#include "policy/diagnostic.h"
#include "policy/policy.h"

#include <optional>
#include <string_view>
#include <vector>

namespace engine {

enum class PolicyKind {
    Resource, // a secret policy: Principal/NotPrincipal required, Id allowed
    Identity, // an identity policy: Principal/NotPrincipal forbidden, Id forbidden
};

struct PolicyReadResult
{
    std::optional<Policy> policy;         // set when no blocking diagnostic was found
    std::vector<Diagnostic> diagnostics;  // blocking errors (and nothing else)
};

PolicyReadResult readPolicy(const json::Value &document, PolicyKind kind = PolicyKind::Resource);

// The whole path from text: JSON syntax errors (`json-syntax`) and duplicate keys
// (`duplicate-key`) come first, then the structural errors.
PolicyReadResult readPolicyText(std::string_view text, PolicyKind kind = PolicyKind::Resource);
// The blocking `json-syntax` diagnostic readPolicyText() reports for a JSON syntax error.
Diagnostic syntaxDiagnostic(const json::ParseError &error);

// Parses an operator name (case-insensitively for qualifier and base, open question 1).
struct ParsedOperator
{
    Qualifier qualifier = Qualifier::None;
    Operator op = Operator::StringEquals;
    bool ifExists = false;
    bool canonicalSpelling = true; // false when the case differs from the canonical name
};
std::optional<ParsedOperator> parseOperatorName(std::string_view name);
// The base operator names in canonical spelling ("StringEquals", ..., "Null"), in the order of
// §3.2: the table parseOperatorName() recognises, for code that must cover every operator.
std::vector<std::string_view> operatorBaseNames();

// "policy: line 9, column 5: expected a property name" or
// "policy: /Statement/0/Effect: must be \"Allow\" or \"Deny\", not \"allow\"": the form of
// requests.md error objects, for the first blocking diagnostic.
std::string policyErrorText(const Diagnostic &diagnostic);

} // namespace engine
