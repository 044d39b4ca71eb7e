// The evaluator: evaluation.md in full. Compile a policy once (patterns, CIDRs, dates,
// numbers are prepared once), then evaluate any number of requests against it. Pure and
// deterministic: no I/O, no clock, no globals that change.
//
//   CompiledPolicy compiled = compile(policy);
//   Decision d = evaluate(compiled, request);
//   Decision fast = evaluate(compiled, request, {.explain = false}); // no explain, no reasons
//   std::string text = explainDecision(compiled, request);          // the explain of that one
#pragma once

#include "eval/decision.h"
#include "eval/request.h"
#include "policy/policy.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace engine {

class CompiledPolicy
{
public:
    explicit CompiledPolicy(Policy policy);
    ~CompiledPolicy();
    CompiledPolicy(CompiledPolicy &&) noexcept;
    CompiledPolicy &operator=(CompiledPolicy &&) noexcept;

    const Policy &policy() const;

    struct Impl;
    const Impl &impl() const { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl; // Owned.
};

// Remembers, for one caller, which statements' Principal (or NotPrincipal) holds, across
// evaluations against one compiled policy: the access matrix evaluates each principal for many
// actions and stages. It checks itself: another policy, principal or aws:userid starts afresh.
struct PrincipalMemo
{
    // Internal to the evaluator.
    const void *policy = nullptr; // Not owned; only compared.
    RequestPrincipal principal;
    std::optional<std::string> userId;
    std::vector<signed char> results; // per statement: -2 unknown, -1 fails, else PrincipalMatch
};

// Remembers, for one caller, the outcome of every statement that does not depend on one context
// key, across evaluations of requests that differ only in that key (the access matrix's stage
// columns): a statement that does not mention the key, or that fails before the first part that
// mentions it (its principal, action or an earlier condition), is evaluated once; only the
// others again for each column. It checks itself: another policy, principal, action, resource
// or any other context entry starts afresh.
struct ColumnMemo
{
    explicit ColumnMemo(std::string varyingKey) : key(std::move(varyingKey)) {}

    std::string key; // the key whose value differs between the requests

    // Internal to the evaluator.
    struct Entry
    {
        bool known = false;
        bool keyed = false;     // keyPart holds the statement's part of the explain key
        bool explained = false; // trace.reason is filled
        bool applies = false;
        std::optional<PrincipalMatch> principalMatch;
        StatementTrace trace;
        std::string keyPart;
    };
    const void *policy = nullptr; // Not owned; only compared.
    Request request;              // the last request without `key` (no identity policies)
    // Per statement: where the first part that mentions `key` is (statementPosition()), or
    // INT_MAX when none does.
    std::vector<int> firstVarying;
    std::vector<Entry> entries;
};

struct EvaluateOptions
{
    // False: `explain` and every trace `reason` stay empty (the costly text of an evaluation);
    // decision, effectiveDecision, matched, warnings and the trace's other fields are the same.
    bool explain = true;
    // False (with explain false): Decision::trace stays empty.
    bool trace = true;
    // When set, receives a short key such that two evaluations against the same compiled policy
    // with equal keys have equal `explain` texts (what the text depends on, without the text):
    // a cache of explanations (the access matrix) builds each text once.
    std::string *explainKey = nullptr; // Not owned.
    // When set, principal results are taken from and kept in it (the same answers, faster).
    PrincipalMemo *principalMemo = nullptr; // Not owned.
    // When set, the outcomes of the statements that do not mention its key are taken from and
    // kept in it (the same answers, faster).
    ColumnMemo *columnMemo = nullptr; // Not owned.
};

Decision evaluate(const CompiledPolicy &policy, const Request &request,
                  const EvaluateOptions &options = {});
// The `explain` text evaluate() gives for this request (it evaluates again, with the text).
std::string explainDecision(const CompiledPolicy &policy, const Request &request);
// Whether the statement's Resource or Condition names the context key (ignoring case): as a
// condition key, or in a value or resource (a policy variable). The evaluator reads the context
// nowhere else, so a statement that does not mention a key evaluates alike whatever its value.
bool statementMentionsKey(const Statement &statement, std::string_view key);
// Convenience: compiles and evaluates once.
Decision evaluate(const Policy &policy, const Request &request);

} // namespace engine
