// The compiled form of a policy (CompiledPolicy::Impl) and the per-request state the evaluator
// works with. Internal to engine/eval.
#pragma once

#include "values/arn.h"
#include "eval/conditions.h"
#include "eval/context.h"
#include "eval/evaluator.h"
#include "eval/principal.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace engine::eval {

struct CompiledResource
{
    bool star = false;
    bool valid = false;                    // six fields
    std::array<std::string, 6> fields;     // escaped glob patterns
    VariableText resourceVariables;        // RESOURCE field with variables (2012-10-17)
};

// An action pattern, with the two common shapes decided at compile time.
struct ActionPattern
{
    enum class Kind { Literal, Prefix, Glob };
    Kind kind = Kind::Glob;
    std::string pattern; // lower-case escaped glob pattern
    std::string text;    // Literal: the action; Prefix: what precedes the final `*` (lower-case)
};

struct CompiledStatement
{
    const Statement *source = nullptr; // Not owned.
    bool hasPrincipal = false;
    bool notPrincipal = false;
    std::vector<PrincipalPattern> principals;
    std::vector<ActionPattern> actions;
    std::vector<CompiledResource> resources;
    bool resourceIsStar = false;      // Resource is exactly "*" (explain leaves it out)
    std::vector<CompiledBlock> conditions;
    // Phrases prepared once, copied into traces.
    std::string principalFailure;
    std::string actionFailure;
    std::string resourceFailure;
    std::string appliesText;
    std::vector<std::vector<std::string>> pairNames; // "condition OP KEY" per block and pair
    std::string matchedHeading; // "Statement LABEL allows: " (or "denies: ")
    std::string listHeading;    // "Statement INDEX (SID): "
};

// Everything about one request that does not depend on the policy.
struct RequestState
{
    const Request *request = nullptr;
    Identity identity;
    const data::ActionInfo *action = nullptr;
    bool noResource = false;
    bool resourceIsArn = false;
    values::ArnFields resource;
    Context context;
    std::optional<std::string_view> userId;
    std::vector<std::string> warnings;
    std::string scratch;
    bool explain = true; // fill the trace's reasons
    std::string *explainKey = nullptr; // Not owned. EvaluateOptions::explainKey
    PrincipalMemo *principalMemo = nullptr; // Not owned; valid for this request and policy
    std::size_t statementIndex = 0;         // of the resource-policy statement evaluated
};

void prepareRequest(RequestState &state, const Request &request);

// The result of one statement; the trace is filled when `trace` is given.
struct StatementResult
{
    bool applies = false;
    std::optional<PrincipalMatch> principalMatch;
};
StatementResult evaluateStatement(const CompiledStatement &statement, RequestState &state,
                                  bool resourcePolicy, StatementTrace *trace);

// Explanations (explain.cpp).
std::string statementLabel(const Statement &statement, std::size_t index);
void preparePhrases(CompiledStatement &statement);

} // namespace engine::eval

namespace engine {

struct CompiledPolicy::Impl
{
    Policy policy;
    std::vector<eval::CompiledStatement> statements;
};

} // namespace engine
