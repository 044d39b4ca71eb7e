// Evaluating one statement against one request (evaluation.md §4.1): Principal, Action,
// Resource, then the conditions, with the trace of the first part that fails.
#include "eval/evaluator_p.h"

#include "data/secretsmanager.h"
#include "values/glob.h"
#include "values/text.h"

namespace engine::eval {

namespace {

// `lower` is lower-case ASCII; `text` compares without ASCII case.
bool equalsLowerAscii(std::string_view lower, std::string_view text)
{
    for (std::size_t i = 0; i < lower.size(); ++i) {
        if (lower[i] != values::lowerAscii(text[i]))
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
    return values::globMatchEscapedFoldAscii(a.pattern, action);
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
    values::ArnFields pattern;
    for (std::size_t i = 0; i < 6; ++i)
        pattern.field[i] = r.fields[i];
    if (r.resourceVariables.hasVariables) {
        state.scratch.clear();
        if (!substitute(r.resourceVariables, state.context, state.scratch, true))
            return false;
        pattern.field[5] = state.scratch;
    }
    return values::resourceFieldsMatch(pattern, state.resource);
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

// data::findAction, with a cheap length test first (called once per request).
const data::ActionInfo *findSecretsManagerAction(std::string_view action)
{
    const std::size_t colon = action.find(':');
    if (colon == std::string_view::npos
        || !values::equalsAsciiIgnoreCase(action.substr(0, colon), "secretsmanager"))
        return nullptr;
    const std::string_view name = action.substr(colon + 1);
    for (const data::ActionInfo &info : data::actions()) {
        if (info.name.size() == name.size() && values::lowerAscii(info.name[0]) == values::lowerAscii(name[0])
            && values::equalsAsciiIgnoreCase(info.name, name))
            return &info;
    }
    return nullptr;
}

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

void appendNumber(std::string &key, std::size_t n)
{
    for (int i = 0; i < 4; ++i)
        key.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
}

void prepareRequest(RequestState &state, const Request &request)
{
    state.request = &request;
    state.identity = classifyPrincipal(request.principal);
    state.action = findSecretsManagerAction(request.action);
    state.noResource = state.action && !state.action->takesSecret;
    state.resourceIsArn = values::splitArn(request.resource, state.resource);
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

} // namespace engine::eval
