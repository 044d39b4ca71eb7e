// Internal to the linter: the state every rule family reads and the findings it writes, plus
// small text helpers shared by the rule files. Not part of the engine API.
#pragma once

#include "json/value.h"
#include "lint/linter.h"
#include "policy/policy.h"
#include "values/arn.h"
#include "values/casefold.h"
#include "values/date.h"
#include "values/glob.h"
#include "values/ipaddress.h"
#include "values/decimal.h"
#include "values/text.h"
#include "values/values.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engine::rules {

struct Context
{
    std::string_view text;
    const LintOptions *options = nullptr; // Not owned.
    const json::Value *document = nullptr; // Not owned; null when the text is not JSON.
    const Policy *policy = nullptr;        // Not owned; null when a blocking error exists.
    std::optional<std::string> ownerAccount; // from options->secretArn
    std::vector<Diagnostic> findings;

    // Adds a finding pointing at the value that starts at span.begin.
    Diagnostic &report(std::string_view id, const json::Span &span, std::string message,
                       std::optional<int> statementIndex = std::nullopt);
    // The JSON Pointer of the value that starts at offset ("" for the root).
    std::string pointerAt(std::size_t offset) const;
    // The JSON value that starts at offset, or nullptr.
    const json::Value *valueAt(std::size_t offset) const;
    bool hasFinding(std::string_view id, std::size_t offset) const;
    bool hasAnyFinding(std::size_t offset) const;
};

// Rule families, one file each.
void checkDocument(Context &context);   // elements.cpp: version, Sid, size, empties (JSON tree)
void checkSizeLimit(Context &context);  // elements.cpp: the size alone (part of checkDocument)
void checkActions(Context &context);    // actions.cpp
void checkResources(Context &context);  // resources.cpp
void checkPrincipals(Context &context); // principals.cpp
void checkConditions(Context &context); // conditions.cpp
// variables.cpp: the variable checks for one string at `span`; returns true when one fired.
enum class VariablePlace { Action, Principal, ConditionKey, ArnPrefix, Resource, StringValue, NoVariableValue, BoolValue };
bool checkVariablesIn(Context &context, std::string_view text, const json::Span &span,
                      VariablePlace place, std::string_view placeName = {});
void checkStages(Context &context);     // stages.cpp
void checkPublicAccess(Context &context); // publicaccess.cpp
void checkRedundancy(Context &context); // redundancy.cpp
void checkNeverApplies(Context &context); // neverapplies.cpp

// The value layer's readers and text helpers, used unqualified by the rule files.
using values::equalsAsciiIgnoreCase;
using values::isAccountId;
using values::splitArn;
using values::startsWithAsciiIgnoreCase;
using values::toLowerAscii;

// Helpers (util.cpp).
// True when raw policy text holds `*` or `?` (no escapes in raw text).
bool hasWildcard(std::string_view s);
int editDistance(std::string_view a, std::string_view b);
std::string quoted(std::string_view s); // "s" with JSON escaping
std::string escapePointer(std::string_view key);
bool isUniqueId(std::string_view s);
// The account an AWS principal entry names ("" when none).
std::string principalAccount(std::string_view entry);
bool namesWholeAccount(std::string_view entry);
// Does the statement's action part cover "secretsmanager:<name>"?
bool coversAction(const Statement &statement, std::string_view name);
bool actionPatternMatches(std::string_view pattern, std::string_view fullAction);
// Which of data::actions() a pattern matches (bit i = action i), and which a statement covers.
std::uint32_t matchMask(std::string_view pattern);
std::uint32_t statementMask(const Statement &statement);
bool requiresKey(const ConditionBlock &block);
bool isOpen(const Statement &statement);
// An entry of the statement's Principal (not NotPrincipal) that is outside (linting.md §1).
bool namesOutsidePrincipal(const Context &context, const Statement &statement);
bool isOutsideEntry(const Context &context, const PrincipalEntry &entry);
bool isFixedPair(const ConditionBlock &block, const ConditionPair &pair);
// "secretsmanager:GetSecretValue and ..." or "every action except ..." (principals.cpp).
std::string describeActions(const Statement &statement);
std::string joinQuoted(const std::vector<std::string> &items, std::string_view conjunction);

// A Numeric or Date condition value as the evaluator reads it, for comparing bounds (util.cpp).
struct OrderedValue
{
    values::Decimal number; // Numeric (views into the value's text)
    values::Instant instant; // Date
};
std::optional<OrderedValue> readOrdered(values::ValueType type, std::string_view text);
std::strong_ordering compareOrdered(values::ValueType type, const OrderedValue &a,
                                    const OrderedValue &b);

} // namespace engine::rules
