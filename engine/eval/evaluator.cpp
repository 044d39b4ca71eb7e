// The evaluator (evaluation.md §2-§4): compile a policy once, evaluate requests against it.
#include "eval/evaluator.h"

#include "data/secretsmanager.h"
#include "eval/compiled.h"
#include "eval/glob.h"

#include <utility>

namespace engine {

using namespace engine::eval;

namespace {

CompiledResource compileResource(const Entry &entry, bool variablesAllowed)
{
    CompiledResource r;
    if (entry.text == "*") {
        r.star = true;
        r.valid = true;
        return r;
    }
    ArnFields raw;
    if (!splitArn(entry.text, raw))
        return r;
    r.valid = true;
    for (std::size_t i = 0; i < 6; ++i)
        r.fields[i] = toGlobPattern(raw.field[i]);
    if (variablesAllowed && raw.resource().find("${") != std::string_view::npos) {
        r.resourceVariables = parseVariables(raw.resource());
        if (!r.resourceVariables.hasVariables)
            r.resourceVariables.segments.clear();
    }
    return r;
}

CompiledStatement compileStatement(const Statement &s, bool variablesAllowed)
{
    CompiledStatement c;
    c.source = &s;
    if (s.principal) {
        c.hasPrincipal = true;
        c.notPrincipal = s.principal->negated;
        c.principals = compilePrincipalPart(*s.principal);
    }
    c.actions.reserve(s.action.entries.size());
    for (const Entry &e : s.action.entries)
        c.actions.push_back(toLowerAscii(toGlobPattern(e.text)));
    c.resources.reserve(s.resource.entries.size());
    for (const Entry &e : s.resource.entries)
        c.resources.push_back(compileResource(e, variablesAllowed));
    c.resourceIsStar = !s.resource.negated && s.resource.entries.size() == 1
                       && s.resource.entries[0].text == "*";
    if (s.condition)
        c.conditions = compileConditions(*s.condition, variablesAllowed);
    preparePhrases(c);
    return c;
}

bool actionMatches(const CompiledStatement &s, std::string_view action)
{
    for (const std::string &pattern : s.actions) {
        if (globMatchEscapedFoldAscii(pattern, action))
            return true;
    }
    return false;
}

bool resourceEntryMatches(const CompiledResource &r, RequestState &state)
{
    if (r.star)
        return true;
    if (!r.valid || !state.resourceIsArn)
        return false;
    ArnFields pattern;
    for (std::size_t i = 0; i < 6; ++i)
        pattern.field[i] = r.fields[i];
    if (r.resourceVariables.hasVariables) {
        state.scratch.clear();
        if (!substitute(r.resourceVariables, state.context, state.scratch, true))
            return false;
        pattern.field[5] = state.scratch;
    }
    return resourceFieldsMatch(pattern, state.resource);
}

bool resourceMatches(const CompiledStatement &s, RequestState &state)
{
    for (const CompiledResource &r : s.resources) {
        if (resourceEntryMatches(r, state))
            return true;
    }
    return false;
}

Span pairSpan(const ConditionPair &pair)
{
    return Span{pair.keySpan.begin, pair.valuesSpan.end};
}

// The identity side (§4.4): nullopt when unknown.
std::optional<Outcome> evaluateIdentity(RequestState &state)
{
    if (!state.request->identityPolicies)
        return std::nullopt;
    bool allowed = false;
    for (const Policy &p : *state.request->identityPolicies) {
        const CompiledPolicy compiled(p);
        for (const CompiledStatement &s : compiled.impl().statements) {
            if (!evaluateStatement(s, state, false, nullptr).applies)
                continue;
            if (s.source->effect == Effect::Deny)
                return Outcome::ExplicitlyDenied;
            allowed = true;
        }
    }
    return allowed ? Outcome::Allowed : Outcome::ImplicitlyDenied;
}

// data::findAction, with a cheap length test first (called once per request).
const data::ActionInfo *findSecretsManagerAction(std::string_view action)
{
    const std::size_t colon = action.find(':');
    if (colon == std::string_view::npos
        || !equalsAsciiIgnoreCase(action.substr(0, colon), "secretsmanager"))
        return nullptr;
    const std::string_view name = action.substr(colon + 1);
    for (const data::ActionInfo &info : data::actions()) {
        if (info.name.size() == name.size() && equalsAsciiIgnoreCase(info.name, name))
            return &info;
    }
    return nullptr;
}

Outcome identityOr(std::optional<Outcome> identity)
{
    if (!identity)
        return Outcome::Unknown;
    return *identity == Outcome::Allowed ? Outcome::Allowed : Outcome::ImplicitlyDenied;
}

} // namespace

namespace eval {

void prepareRequest(RequestState &state, const Request &request)
{
    state.request = &request;
    state.identity = classifyPrincipal(request.principal);
    state.action = findSecretsManagerAction(request.action);
    state.noResource = state.action && !state.action->takesSecret;
    state.resourceIsArn = splitArn(request.resource, state.resource);
    state.context.build(request, state.identity, state.action,
                        state.resourceIsArn ? &state.resource : nullptr, state.warnings);
    state.userId = state.context.singleValue("aws:userid");
}

StatementResult evaluateStatement(const CompiledStatement &s, RequestState &state,
                                  bool resourcePolicy, StatementTrace *trace)
{
    StatementResult result;
    const Statement &src = *s.source;
    const auto fail = [&](StatementPart part, Span span, const std::string &reason) {
        if (trace) {
            trace->applies = false;
            trace->failedPart = part;
            trace->failedSpan = span;
            trace->reason = reason;
        }
        return result;
    };

    // 1. Principal.
    if (resourcePolicy) {
        if (!s.hasPrincipal)
            return fail(StatementPart::Principal, src.span, s.principalFailure);
        if (s.notPrincipal) {
            if (!notPrincipalHolds(s.principals, src.effect, state.identity, state.userId))
                return fail(StatementPart::Principal, src.principal->span, s.principalFailure);
            result.principalMatch = PrincipalMatch::Wildcard;
        } else {
            result.principalMatch = matchPrincipal(s.principals, state.identity, state.userId);
            if (!result.principalMatch)
                return fail(StatementPart::Principal, src.principal->span, s.principalFailure);
        }
    }
    // 2. Action.
    if (actionMatches(s, state.request->action) == src.action.negated)
        return fail(StatementPart::Action, src.action.span, s.actionFailure);
    // 3. Resource.
    if (resourceMatches(s, state) == src.resource.negated)
        return fail(StatementPart::Resource, src.resource.span, s.resourceFailure);
    // 4. Conditions: AND over all pairs.
    for (std::size_t b = 0; b < s.conditions.size(); ++b) {
        const CompiledBlock &block = s.conditions[b];
        for (std::size_t p = 0; p < block.pairs.size(); ++p) {
            const CompiledPair &pair = block.pairs[p];
            const PairResult r = evaluatePair(block, pair, state.context, state.scratch);
            if (r.holds)
                continue;
            if (!trace)
                return result;
            trace->failedBlock = static_cast<int>(b);
            trace->failedPair = static_cast<int>(p);
            return fail(StatementPart::Condition, pairSpan(*pair.source),
                        s.pairNames[b][p] + ": " + describeFailure(r));
        }
    }
    result.applies = true;
    if (trace) {
        trace->applies = true;
        trace->reason = s.appliesText;
    }
    return result;
}

} // namespace eval

CompiledPolicy::CompiledPolicy(Policy policy) : m_impl(std::make_unique<Impl>())
{
    m_impl->policy = std::move(policy);
    const bool variables = m_impl->policy.hasVariables();
    m_impl->statements.reserve(m_impl->policy.statements.size());
    for (const Statement &s : m_impl->policy.statements)
        m_impl->statements.push_back(compileStatement(s, variables));
}

CompiledPolicy::~CompiledPolicy() = default;
CompiledPolicy::CompiledPolicy(CompiledPolicy &&) noexcept = default;
CompiledPolicy &CompiledPolicy::operator=(CompiledPolicy &&) noexcept = default;

const Policy &CompiledPolicy::policy() const
{
    return m_impl->policy;
}

namespace {

struct Effective
{
    Outcome outcome = Outcome::ImplicitlyDenied;
    std::string reason;
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
        const std::string why = bestAllow ? "same account: the account entry delegates to identity policies"
                                          : "same account: identity policies decide";
        return {identityOr(identity), why};
    }
    if (!bestAllow)
        return {Outcome::ImplicitlyDenied, "cross-account: the secret policy must allow"};
    return {identityOr(identity), "cross-account: identity policies must also allow"};
}

} // namespace

Decision evaluate(const CompiledPolicy &compiled, const Request &request)
{
    const CompiledPolicy::Impl &impl = compiled.impl();
    Decision d;
    RequestState state;
    prepareRequest(state, request);

    const std::size_t n = impl.statements.size();
    d.trace.resize(n);
    bool denied = false;
    std::optional<PrincipalMatch> bestAllow;
    if (!state.noResource) {
        for (std::size_t i = 0; i < n; ++i) {
            const CompiledStatement &s = impl.statements[i];
            StatementTrace &t = d.trace[i];
            t.index = static_cast<int>(i);
            const StatementResult r = evaluateStatement(s, state, true, &t);
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
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            d.trace[i].index = static_cast<int>(i);
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

    // Explain.
    std::string explain;
    if (state.noResource) {
        explain = request.action + " takes no resource: the secret policy is not consulted";
    } else if (d.decision != Outcome::ImplicitlyDenied) {
        const Effect wanted = denied ? Effect::Deny : Effect::Allow;
        for (const MatchedStatement &m : d.matched) {
            if (m.effect != wanted)
                continue;
            if (!explain.empty())
                explain += "; ";
            else
                explain.reserve(256);
            const CompiledStatement &s = impl.statements[static_cast<std::size_t>(m.index)];
            explain.append("Statement ")
                .append(statementLabel(*s.source, static_cast<std::size_t>(m.index)))
                .append(wanted == Effect::Deny ? " denies: " : " allows: ")
                .append(d.trace[static_cast<std::size_t>(m.index)].reason);
        }
    } else if (n == 0) {
        explain = "the policy has no statements";
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            if (i > 0)
                explain += "; ";
            const Statement &s = *impl.statements[i].source;
            explain.append("Statement ").append(std::to_string(i));
            if (s.sid)
                explain.append(" (").append(s.sid->text).append(")");
            explain.append(": ").append(d.trace[i].reason);
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

} // namespace engine
