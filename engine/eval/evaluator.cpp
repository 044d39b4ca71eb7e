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

void appendUnescaped(std::string &out, std::string_view escapedPattern)
{
    for (std::size_t i = 0; i < escapedPattern.size(); ++i) {
        if (escapedPattern[i] == '\\' && i + 1 < escapedPattern.size())
            ++i;
        out += escapedPattern[i];
    }
}

// Reuses the strings' capacity (identity policies are compiled once per request).
void compileActionInto(ActionPattern &a, std::string_view text)
{
    a.kind = ActionPattern::Kind::Glob;
    a.pattern.clear();
    appendGlobPattern(a.pattern, text);
    for (char &c : a.pattern)
        c = lowerAscii(c);
    a.text.clear();
    const std::string_view pattern = a.pattern;
    if (!hasWildcard(pattern)) {
        a.kind = ActionPattern::Kind::Literal;
        appendUnescaped(a.text, pattern);
    } else if (pattern.back() == '*' && !hasWildcard(pattern.substr(0, pattern.size() - 1))) {
        a.kind = ActionPattern::Kind::Prefix;
        appendUnescaped(a.text, pattern.substr(0, pattern.size() - 1));
    }
}

// `lower` is lower-case ASCII; `text` compares without ASCII case.
bool equalsLowerAscii(std::string_view lower, std::string_view text)
{
    for (std::size_t i = 0; i < lower.size(); ++i) {
        if (lower[i] != lowerAscii(text[i]))
            return false;
    }
    return true;
}

bool actionPatternMatches(const ActionPattern &a, std::string_view action)
{
    switch (a.kind) {
    case ActionPattern::Kind::Literal:
        return action.size() == a.text.size() && equalsLowerAscii(a.text, action);
    case ActionPattern::Kind::Prefix:
        return action.size() >= a.text.size() && equalsLowerAscii(a.text, action);
    case ActionPattern::Kind::Glob:
        break;
    }
    return globMatchEscapedFoldAscii(a.pattern, action);
}

// Compiles `s` into `c`, reusing what `c` already holds (its vectors and strings).
void compileInto(CompiledStatement &c, const Statement &s, bool variablesAllowed, bool phrases)
{
    c.source = &s;
    c.hasPrincipal = s.principal.has_value();
    c.notPrincipal = s.principal && s.principal->negated;
    if (s.principal)
        c.principals = compilePrincipalPart(*s.principal);
    else
        c.principals.clear();
    c.actions.resize(s.action.entries.size());
    for (std::size_t i = 0; i < s.action.entries.size(); ++i)
        compileActionInto(c.actions[i], s.action.entries[i].text);
    c.resources.resize(s.resource.entries.size());
    for (std::size_t i = 0; i < s.resource.entries.size(); ++i)
        c.resources[i] = compileResource(s.resource.entries[i], variablesAllowed);
    c.resourceIsStar = !s.resource.negated && s.resource.entries.size() == 1
                       && s.resource.entries[0].text == "*";
    if (s.condition)
        c.conditions = compileConditions(*s.condition, variablesAllowed);
    else
        c.conditions.clear();
    if (phrases)
        preparePhrases(c);
}

CompiledStatement compileStatement(const Statement &s, bool variablesAllowed)
{
    CompiledStatement c;
    compileInto(c, s, variablesAllowed, true);
    return c;
}

bool actionMatches(const CompiledStatement &s, std::string_view action)
{
    for (const ActionPattern &pattern : s.actions) {
        if (actionPatternMatches(pattern, action))
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

void appendNumber(std::string &key, std::size_t n)
{
    for (int i = 0; i < 4; ++i)
        key.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
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

// data::findAction, with a cheap length test first (called once per request).
const data::ActionInfo *findSecretsManagerAction(std::string_view action)
{
    const std::size_t colon = action.find(':');
    if (colon == std::string_view::npos
        || !equalsAsciiIgnoreCase(action.substr(0, colon), "secretsmanager"))
        return nullptr;
    const std::string_view name = action.substr(colon + 1);
    for (const data::ActionInfo &info : data::actions()) {
        if (info.name.size() == name.size() && lowerAscii(info.name[0]) == lowerAscii(name[0])
            && equalsAsciiIgnoreCase(info.name, name))
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

namespace {

// Whether the statement's Principal or NotPrincipal holds, and how: nullopt when it fails.
std::optional<PrincipalMatch> principalOutcome(const CompiledStatement &s, const RequestState &state)
{
    if (!s.hasPrincipal)
        return std::nullopt;
    if (s.notPrincipal) {
        if (!notPrincipalHolds(s.principals, s.source->effect, state.identity, state.userId))
            return std::nullopt;
        return PrincipalMatch::Wildcard;
    }
    return matchPrincipal(s.principals, state.identity, state.userId);
}

} // namespace

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
            if (state.explain)
                trace->reason = reason;
        }
        return result;
    };

    // 1. Principal.
    if (resourcePolicy) {
        std::optional<PrincipalMatch> match;
        signed char *memo = state.principalMemo
                                ? &state.principalMemo->results[state.statementIndex]
                                : nullptr;
        if (memo && *memo != -2) {
            if (*memo >= 0)
                match = static_cast<PrincipalMatch>(*memo);
        } else {
            match = principalOutcome(s, state);
            if (memo)
                *memo = match ? static_cast<signed char>(*match) : static_cast<signed char>(-1);
        }
        if (!match)
            return fail(StatementPart::Principal, s.hasPrincipal ? src.principal->span : src.span,
                        s.principalFailure);
        result.principalMatch = match;
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
            trace->applies = false;
            trace->failedPart = StatementPart::Condition;
            trace->failedSpan = pairSpan(*pair.source);
            trace->failedBlock = static_cast<int>(b);
            trace->failedPair = static_cast<int>(p);
            if (state.explainKey) {
                std::string &key = *state.explainKey;
                key.push_back('C');
                appendNumber(key, b);
                appendNumber(key, p);
                key.push_back(static_cast<char>(r.failure));
                key.push_back(r.value.data() ? 'v' : 'n');
                appendNumber(key, r.value.size());
                key.append(r.value);
            }
            if (state.explain) {
                const std::string &name = s.pairNames[b][p];
                trace->reason.reserve(name.size() + 2 + failureLength(r));
                trace->reason.append(name).append(": ");
                appendFailure(trace->reason, r);
            }
            return result;
        }
    }
    result.applies = true;
    if (trace) {
        trace->applies = true;
        if (state.explain)
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
    for (const Statement &s : m_impl->policy.statements) {
        CompiledStatement &c = m_impl->statements.emplace_back(compileStatement(s, variables));
        const std::size_t i = m_impl->statements.size() - 1;
        c.matchedHeading.append("Statement ")
            .append(statementLabel(s, i))
            .append(s.effect == Effect::Deny ? " denies: " : " allows: ");
        c.listHeading.append("Statement ").append(std::to_string(i));
        if (s.sid)
            c.listHeading.append(" (").append(s.sid->text).append(")");
        c.listHeading.append(": ");
    }
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
