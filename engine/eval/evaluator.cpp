// The evaluator (evaluation.md §2-§4): compile a policy once, evaluate requests against it.
// Compiling is in evaluator_compile.cpp, one statement's evaluation in evaluator_statement.cpp;
// here the decision of the whole request: identity side, effective decision, warnings, explain.
#include "eval/evaluator.h"

#include "data/secretsmanager.h"
#include "eval/evaluator_p.h"

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
            t.index = static_cast<int>(i);
            state.statementIndex = i;
            const StatementResult r = evaluateStatement(s, state, true, &t);
            if (state.explainKey && t.failedPart != StatementPart::Condition)
                state.explainKey->push_back(r.applies ? 'Y' : static_cast<char>('0' + static_cast<int>(*t.failedPart)));
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
        && isSecretArn(state.resource)
        && !hasSecretSuffix(state.resource.resource().substr(7)))
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

Decision evaluate(const Policy &policy, const Request &request)
{
    return evaluate(CompiledPolicy(policy), request);
}

std::string explainDecision(const CompiledPolicy &policy, const Request &request)
{
    return evaluate(policy, request).explain;
}

} // namespace engine
