// The evaluator (evaluation.md §2-§4): compile a policy once, evaluate requests against it.
// Compiling is in evaluator_compile.cpp, one statement's evaluation in evaluator_statement.cpp;
// here the decision of the whole request: identity side, effective decision, warnings, explain.
#include "eval/evaluator.h"

#include "data/secretsmanager.h"
#include "eval/evaluator_p.h"
#include "values/glob.h"
#include "values/text.h"

#include <limits>
#include <utility>

namespace engine {

using namespace engine::eval;

namespace {

// The identity side (§4.4): nullopt when unknown.
std::optional<Outcome> evaluateIdentity(RequestState &state)
{
    if (!state.request->identityPolicies)
        return std::nullopt;
    bool allowed = false;
    // Compiled in place, one statement at a time (no copy of the policies, no phrases), into
    // one buffer per thread that keeps its memory from request to request.
    thread_local CompiledStatement s;
    for (const Policy &p : *state.request->identityPolicies) {
        const bool variables = p.hasVariables();
        for (const Statement &statement : p.statements) {
            compileInto(s, statement, variables, false);
            if (!evaluateStatement(s, state, false, nullptr).applies)
                continue;
            if (s.source->effect == Effect::Deny)
                return Outcome::ExplicitlyDenied;
            allowed = true;
        }
    }
    return allowed ? Outcome::Allowed : Outcome::ImplicitlyDenied;
}

bool containsIgnoreCase(std::string_view text, std::string_view needle)
{
    if (needle.empty())
        return true;
    for (std::size_t i = 0; i + needle.size() <= text.size(); ++i) {
        if (values::equalsAsciiIgnoreCase(text.substr(i, needle.size()), needle))
            return true;
    }
    return false;
}

// Whether `request` equals `memo.request` but for the memo's key (in context entries).
bool sameColumnRequest(const ColumnMemo &memo, const Request &request)
{
    const Request &old = memo.request;
    if (!(request.principal == old.principal) || request.action != old.action
        || request.resource != old.resource)
        return false;
    std::size_t j = 0;
    for (const ContextEntry &e : request.context) {
        if (values::equalsAsciiIgnoreCase(e.key, memo.key))
            continue;
        if (j == old.context.size() || !(e == old.context[j]))
            return false;
        ++j;
    }
    return j == old.context.size();
}

// Positions in a statement, in the order of evaluation: the principal (0), the action (1), the
// resource (2), then each condition pair (3, 4, ...).
constexpr int conditionPosition = 3;

int failurePosition(const CompiledStatement &s, const StatementTrace &t)
{
    if (t.applies || !t.failedPart)
        return std::numeric_limits<int>::max();
    if (*t.failedPart != StatementPart::Condition)
        return static_cast<int>(*t.failedPart);
    int position = conditionPosition;
    for (int b = 0; b < t.failedBlock; ++b)
        position += static_cast<int>(s.conditions[static_cast<std::size_t>(b)].pairs.size());
    return position + t.failedPair;
}

// The position of the first part of `s` that mentions `key` (statementMentionsKey()).
int firstMention(const CompiledStatement &s, std::string_view key)
{
    if (values::equalsAsciiIgnoreCase(key, "aws:userid"))
        return 0; // also decides principals (a unique id in Principal)
    for (const Entry &e : s.source->resource.entries) {
        if (containsIgnoreCase(e.text, key))
            return static_cast<int>(StatementPart::Resource);
    }
    int position = conditionPosition;
    for (const CompiledBlock &block : s.conditions) {
        for (const CompiledPair &pair : block.pairs) {
            if (containsIgnoreCase(pair.source->key, key))
                return position;
            for (const ConditionValue &v : pair.source->values) {
                if (containsIgnoreCase(v.text, key))
                    return position;
            }
            ++position;
        }
    }
    return std::numeric_limits<int>::max();
}

// Prepares `memo` for `request` against `impl`: keeps what it knows when only its key changed.
void prepareColumnMemo(ColumnMemo &memo, const CompiledPolicy::Impl &impl, const Request &request)
{
    const std::size_t n = impl.statements.size();
    if (memo.policy == &impl && memo.entries.size() == n && sameColumnRequest(memo, request))
        return;
    if (memo.policy != &impl || memo.firstVarying.size() != n) {
        memo.policy = &impl;
        memo.firstVarying.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            memo.firstVarying[i] = firstMention(impl.statements[i], memo.key);
    }
    memo.request.principal = request.principal;
    memo.request.action = request.action;
    memo.request.resource = request.resource;
    memo.request.context.clear();
    for (const ContextEntry &e : request.context) {
        if (!values::equalsAsciiIgnoreCase(e.key, memo.key))
            memo.request.context.push_back(e);
    }
    memo.entries.assign(n, {});
}

Outcome identityOr(std::optional<Outcome> identity)
{
    if (!identity)
        return Outcome::Unknown;
    return *identity == Outcome::Allowed ? Outcome::Allowed : Outcome::ImplicitlyDenied;
}

struct Effective
{
    Outcome outcome = Outcome::ImplicitlyDenied;
    std::string_view reason;
};

Effective effectiveDecision(const RequestState &state, Outcome decision,
                            std::optional<PrincipalMatch> bestAllow,
                            std::optional<Outcome> identity, std::string_view owner)
{
    const Identity &who = state.identity;
    if (state.noResource) {
        if (!identity)
            return {Outcome::Unknown, "identity policies alone decide, and they were not given"};
        return {*identity, "identity policies alone decide"};
    }
    if (decision == Outcome::ExplicitlyDenied)
        return {Outcome::ExplicitlyDenied, "an explicit deny in the secret policy wins"};
    if (identity == Outcome::ExplicitlyDenied)
        return {Outcome::ExplicitlyDenied, "an identity policy denies"};
    switch (who.kind) {
    case IdentityKind::Anonymous:
    case IdentityKind::Invalid:
        return {Outcome::ImplicitlyDenied, "anonymous: Secrets Manager accepts only signed requests"};
    case IdentityKind::Federated:
    case IdentityKind::CanonicalUser:
        return {Outcome::ImplicitlyDenied,
                "federated and canonical-user callers never reach Secrets Manager as such"};
    case IdentityKind::Service:
        if (bestAllow)
            return {Outcome::Allowed, "service principal: the secret policy alone decides"};
        return {Outcome::ImplicitlyDenied, "service principal: the secret policy alone decides"};
    case IdentityKind::Root:
        if (!owner.empty() && who.account == owner)
            return {Outcome::Allowed, "root user of the owner account"};
        if (bestAllow)
            return {Outcome::Allowed, "root user of another account: the secret policy's allow suffices"};
        return {Outcome::ImplicitlyDenied, "root user of another account: the secret policy must allow"};
    default:
        break;
    }
    const bool sameAccount = !owner.empty() && who.account == owner;
    if (sameAccount) {
        if (bestAllow && *bestAllow != PrincipalMatch::Account)
            return {Outcome::Allowed, "same account: the secret policy's grant suffices"};
        const std::string_view why = bestAllow ? "same account: the account entry delegates to identity policies"
                                          : "same account: identity policies decide";
        return {identityOr(identity), why};
    }
    if (!bestAllow)
        return {Outcome::ImplicitlyDenied, "cross-account: the secret policy must allow"};
    return {identityOr(identity), "cross-account: identity policies must also allow"};
}

} // namespace

Decision evaluate(const CompiledPolicy &compiled, const Request &request,
                  const EvaluateOptions &options)
{
    const CompiledPolicy::Impl &impl = compiled.impl();
    Decision d;
    RequestState state;
    state.explain = options.explain;
    state.explainKey = options.explainKey;
    if (state.explainKey) {
        state.explainKey->clear();
        state.explainKey->push_back('I');
    }
    prepareRequest(state, request);

    const std::size_t n = impl.statements.size();
    if (PrincipalMemo *memo = options.principalMemo) {
        const std::optional<std::string_view> userId = state.userId;
        if (memo->policy != &impl || memo->results.size() != n || !(memo->principal == request.principal)
            || memo->userId.has_value() != userId.has_value()
            || (userId && *memo->userId != *userId)) {
            memo->policy = &impl;
            memo->principal = request.principal;
            memo->userId = userId ? std::optional<std::string>(*userId) : std::nullopt;
            memo->results.assign(n, -2);
        }
        state.principalMemo = memo;
    }
    ColumnMemo *columns = options.columnMemo;
    if (columns && !state.noResource)
        prepareColumnMemo(*columns, impl, request);
    const bool keepTrace = options.trace || options.explain; // explain reads the reasons
    if (keepTrace)
        d.trace.resize(n);
    StatementTrace scratchTrace; // the trace of one statement when the trace is not kept
    bool denied = false;
    std::optional<PrincipalMatch> bestAllow;
    if (!state.noResource) {
        for (std::size_t i = 0; i < n; ++i) {
            const CompiledStatement &s = impl.statements[i];
            if (!keepTrace)
                scratchTrace.failedPart.reset(); // the only field read back below
            StatementTrace &t = keepTrace ? d.trace[i] : scratchTrace;
            ColumnMemo::Entry *memo = columns ? &columns->entries[i] : nullptr;
            StatementResult r;
            if (memo && memo->known && (memo->keyed || !state.explainKey)
                && (memo->explained || !options.explain)) {
                r.applies = memo->applies;
                r.principalMatch = memo->principalMatch;
                if (keepTrace)
                    t = memo->trace;
                else
                    t.failedPart = memo->trace.failedPart;
                if (!state.explainKey) {
                } else if (memo->keyPart.size() == 1) {
                    state.explainKey->push_back(memo->keyPart[0]); // most: "0", failed principal
                } else {
                    state.explainKey->append(memo->keyPart);
                }
            } else {
                const std::size_t keyBefore = state.explainKey ? state.explainKey->size() : 0;
                if (memo && !keepTrace)
                    t = StatementTrace(); // kept whole below: no field of another statement
                t.index = static_cast<int>(i);
                state.statementIndex = i;
                r = evaluateStatement(s, state, true, &t);
                if (state.explainKey && t.failedPart != StatementPart::Condition)
                    state.explainKey->push_back(r.applies ? 'Y' : static_cast<char>('0' + static_cast<int>(*t.failedPart)));
                // Kept when the statement does not depend on the memo's key, or failed before
                // the first part that does.
                const int varying = memo ? columns->firstVarying[i] : 0;
                if (varying != std::numeric_limits<int>::max() && failurePosition(s, t) >= varying)
                    memo = nullptr;
                if (memo) {
                    memo->known = true;
                    memo->keyed = state.explainKey != nullptr;
                    memo->explained = options.explain;
                    memo->applies = r.applies;
                    memo->principalMatch = r.principalMatch;
                    memo->trace = t;
                    if (state.explainKey)
                        memo->keyPart.assign(*state.explainKey, keyBefore);
                }
            }
            if (!r.applies)
                continue;
            const PrincipalMatch match = r.principalMatch.value_or(PrincipalMatch::Direct);
            d.matched.push_back(MatchedStatement{
                s.source->sid ? std::optional<std::string>(s.source->sid->text) : std::nullopt,
                static_cast<int>(i), s.source->effect, match});
            if (s.source->effect == Effect::Deny) {
                denied = true;
            } else if (!bestAllow || static_cast<int>(match) > static_cast<int>(*bestAllow)) {
                bestAllow = match;
            }
        }
    } else if (keepTrace) {
        for (std::size_t i = 0; i < n; ++i) {
            d.trace[i].index = static_cast<int>(i);
            if (options.explain)
                d.trace[i].reason = "not consulted: the action takes no resource";
        }
    }
    d.decision = denied ? Outcome::ExplicitlyDenied
                        : (bestAllow ? Outcome::Allowed : Outcome::ImplicitlyDenied);

    const std::optional<Outcome> identity = evaluateIdentity(state);
    const std::string_view owner = state.resourceIsArn ? state.resource.account() : std::string_view();
    const Effective effective = effectiveDecision(state, d.decision, bestAllow, identity, owner);
    d.effectiveDecision = effective.outcome;

    // Warnings (§4.3).
    d.warnings = std::move(state.warnings);
    if (state.action && state.action->takesSecret && state.resourceIsArn
        && values::isSecretArn(state.resource)
        && !values::hasSecretSuffix(state.resource.resource().substr(7)))
        d.warnings.push_back("the resource " + request.resource
                             + " has no six-character suffix: a secret's ARN ends in a hyphen "
                               "and six random characters");
    const IdentityKind kind = state.identity.kind;
    if (kind == IdentityKind::Federated || kind == IdentityKind::CanonicalUser)
        d.warnings.push_back("Secrets Manager sees federated callers as assumed-role sessions: "
                             "evaluate the session ARN instead");
    const bool hopeful = d.effectiveDecision == Outcome::Allowed
                         || d.effectiveDecision == Outcome::Unknown;
    if (hopeful && state.identity.hasAccount() && !owner.empty()
        && state.identity.account != owner && state.action
        && data::usesSecretValue(state.action->name))
        d.warnings.push_back("cross-account access to the secret value also needs kms:Decrypt "
                             "(and for writes kms:GenerateDataKey) on the secret's KMS key; the "
                             "AWS managed key aws/secretsmanager cannot be used from another "
                             "account");
    // Root users and service principals have no identity policies to assume anything about.
    if (hopeful && !request.identityPolicies && kind != IdentityKind::Root
        && kind != IdentityKind::Service)
        d.warnings.push_back("identityPolicies not given: assumed to hold no Deny that applies");

    if (options.explainKey) {
        // The text depends on: the action (no resource), the statements that decide (allowed,
        // denied) or every statement's failure (implicit deny), and the effective reason.
        std::string &key = *options.explainKey;
        if (state.noResource) {
            key.clear();
            key.push_back('N');
            key.append(request.action);
        } else if (d.decision != Outcome::ImplicitlyDenied) {
            key.clear();
            key.push_back(denied ? 'D' : 'A');
            const Effect wanted = denied ? Effect::Deny : Effect::Allow;
            for (const MatchedStatement &m : d.matched) {
                if (m.effect == wanted)
                    appendNumber(key, static_cast<std::size_t>(m.index));
            }
        }
        key.push_back('|');
        key.append(effective.reason);
    }
    if (!options.explain)
        return d;

    // Explain.
    std::string explain;
    if (state.noResource) {
        explain = request.action + " takes no resource: the secret policy is not consulted";
    } else if (d.decision != Outcome::ImplicitlyDenied) {
        const Effect wanted = denied ? Effect::Deny : Effect::Allow;
        std::size_t size = effective.reason.size();
        for (const MatchedStatement &m : d.matched) {
            const auto i = static_cast<std::size_t>(m.index);
            if (m.effect == wanted)
                size += 2 + impl.statements[i].matchedHeading.size() + d.trace[i].reason.size();
        }
        explain.reserve(size);
        for (const MatchedStatement &m : d.matched) {
            if (m.effect != wanted)
                continue;
            if (!explain.empty())
                explain += "; ";
            const auto i = static_cast<std::size_t>(m.index);
            explain.append(impl.statements[i].matchedHeading).append(d.trace[i].reason);
        }
    } else if (n == 0) {
        explain = "the policy has no statements";
    } else {
        std::size_t size = effective.reason.size();
        for (std::size_t i = 0; i < n; ++i)
            size += 2 + impl.statements[i].listHeading.size() + d.trace[i].reason.size();
        explain.reserve(size);
        for (std::size_t i = 0; i < n; ++i) {
            if (i > 0)
                explain += "; ";
            explain.append(impl.statements[i].listHeading).append(d.trace[i].reason);
        }
    }
    explain.append("; ").append(effective.reason);
    d.explain = std::move(explain);
    return d;
}

bool statementMentionsKey(const Statement &statement, std::string_view key)
{
    for (const Entry &e : statement.resource.entries) {
        if (containsIgnoreCase(e.text, key))
            return true;
    }
    for (const ConditionBlock &block : statement.conditions()) {
        for (const ConditionPair &pair : block.pairs) {
            if (containsIgnoreCase(pair.key, key))
                return true;
            for (const ConditionValue &v : pair.values) {
                if (containsIgnoreCase(v.text, key))
                    return true;
            }
        }
    }
    return false;
}

Decision evaluate(const Policy &policy, const Request &request)
{
    return evaluate(CompiledPolicy(policy), request);
}

std::string explainDecision(const CompiledPolicy &policy, const Request &request)
{
    return evaluate(policy, request).explain;
}

} // namespace engine
