// public-access and possibly-public-access (secretsmanager.md §9.2 as read by linting.md §1),
// each with a proof: one request, in the requests.md format, that the policy allows for a caller
// outside the secret's account, checked with the evaluator.
#include "lint/lintcontext.h"

#include "data/secretsmanager.h"
#include "eval/evaluator.h"
#include "json/reader.h"

#include <algorithm>
#include <cstdio>
#include <optional>

namespace engine::rules {

namespace {

// The integer part of a Numeric value (toward zero), when it is short enough for a long long.
std::optional<long long> truncatedNumber(std::string_view text)
{
    const std::optional<values::Decimal> d = values::parseDecimal(text);
    if (!d || d->integer.size() > 17)
        return std::nullopt;
    long long n = 0;
    for (char c : d->integer)
        n = n * 10 + (c - '0');
    return d->negative ? -n : n;
}

bool isPinKey(std::string_view key)
{
    for (std::string_view k : {"aws:SourceArn", "aws:SourceVpc", "aws:SourceVpce",
                               "aws:SourceAccount", "aws:SourceOwner"}) {
        if (equalsAsciiIgnoreCase(key, k))
            return true;
    }
    return false;
}

bool isLimitKey(std::string_view key)
{
    for (std::string_view k : {"aws:PrincipalAccount", "aws:PrincipalArn", "aws:userid",
                               "aws:PrincipalOrgID"}) {
        if (equalsAsciiIgnoreCase(key, k))
            return true;
    }
    return false;
}

bool isIpLimit(const ConditionBlock &block, const ConditionPair &pair)
{
    return block.op == Operator::IpAddress && !block.ifExists
           && block.qualifier != Qualifier::ForAllValues && equalsAsciiIgnoreCase(pair.key, "aws:SourceIp")
           && !pair.values.empty();
}

std::string describePair(const ConditionBlock &block, const ConditionPair &pair)
{
    std::vector<std::string> values;
    for (const ConditionValue &v : pair.values)
        values.push_back(quoted(v.text));
    return block.name + " " + pair.key + " " + joinQuoted(values, "or");
}

constexpr std::string_view outsideUser = "outside-caller";

// Replaces ${key} and ${key, 'default'} (and the ${*} ${?} ${$} escapes) with concrete text,
// adding a context entry for each key the request then has to carry.
std::optional<std::string> substitute(std::string_view value, std::vector<ContextEntry> &extra,
                                      bool variables, bool like)
{
    if (!variables) {
        std::string out(value);
        if (like) {
            for (char &c : out) {
                if (c == '*' || c == '?')
                    c = 'x';
            }
        }
        return out;
    }
    std::string out;
    std::size_t pos = 0;
    while (pos < value.size()) {
        const std::size_t open = value.find("${", pos);
        std::string_view literal = value.substr(pos, open == std::string_view::npos ? value.size() - pos : open - pos);
        for (char c : literal)
            out += (like && (c == '*' || c == '?')) ? 'x' : c;
        if (open == std::string_view::npos)
            break;
        const std::size_t close = value.find('}', open);
        if (close == std::string_view::npos)
            return std::nullopt;
        const std::string_view inner = value.substr(open + 2, close - open - 2);
        pos = close + 1;
        if (inner == "*" || inner == "?" || inner == "$") {
            out += inner;
            continue;
        }
        const std::size_t comma = inner.find(',');
        const std::string_view key = inner.substr(0, comma);
        if (equalsAsciiIgnoreCase(key, "aws:username")) {
            out += outsideUser;
            continue;
        }
        if (comma != std::string_view::npos) {
            std::string_view def = inner.substr(comma + 1);
            const std::size_t q1 = def.find('\''), q2 = def.rfind('\'');
            if (q1 != std::string_view::npos && q2 > q1) {
                out += def.substr(q1 + 1, q2 - q1 - 1);
                continue;
            }
        }
        extra.push_back({std::string(key), ContextValue{false, {"x"}}});
        out += "x";
    }
    return out;
}

// A value that the key could hold, for a Null "false" pair.
std::string anyValue(std::string_view key)
{
    const data::KeyInfo *info = data::findKey(key);
    if (!info)
        return "x";
    switch (info->type) {
    case data::KeyType::Bool:
        return "true";
    case data::KeyType::Numeric:
        return "1";
    case data::KeyType::Date:
        return "2025-01-01T00:00:00Z";
    case data::KeyType::IpAddress:
        return "203.0.113.1";
    case data::KeyType::Arn:
        return "arn:aws:iam::999999999999:role/x";
    default:
        return "x";
    }
}

// A value that makes the pair true (`makeTrue`) or false; nullopt when absence already does
// or no value is known.
std::optional<std::string> sampleValue(const ConditionBlock &block, const ConditionPair &pair,
                                       bool makeTrue, std::vector<ContextEntry> &extra,
                                       bool variables)
{
    if (block.op == Operator::Null) {
        if (pair.values.empty())
            return std::nullopt;
        const bool wantsAbsent = equalsAsciiIgnoreCase(pair.values[0].text, "true");
        return wantsAbsent == makeTrue ? std::nullopt : std::optional<std::string>(anyValue(pair.key));
    }
    if (pair.values.empty())
        return std::nullopt;
    // Negated operators and positive ones swap roles: a listed value makes a negated pair false.
    const bool listedValue = isNegated(block.op) ? !makeTrue : makeTrue;
    std::string v = pair.values[0].text;
    if (block.op == Operator::Bool) {
        if (listedValue)
            return v;
        return equalsAsciiIgnoreCase(v, "true") ? std::string("false") : std::string("true");
    }
    const bool stringFamily = valueTypeOf(block.op) == values::ValueType::String;
    if (!listedValue) {
        // A present value outside the list (the key must be there for a qualified operator).
        if (!stringFamily)
            return std::nullopt;
        std::string other = "other";
        while (std::any_of(pair.values.begin(), pair.values.end(),
                           [&](const ConditionValue &x) { return values::globMatchAsciiIgnoreCase(x.text, other); }))
            other += "-x";
        return other;
    }
    const OperatorInfo &info = operatorInfo(block.op);
    switch (info.type) {
    case values::ValueType::String:
    case values::ValueType::Arn:
        return substitute(v, extra, variables, info.comparison == ValueComparison::Like);
    case values::ValueType::IpAddress:
        if (auto c = values::parseIpRange(v)) {
            std::string clean = c->cleanText();
            return clean.substr(0, clean.find('/'));
        }
        return std::nullopt;
    case values::ValueType::Numeric:
        if (info.comparison == ValueComparison::Less) {
            if (auto n = truncatedNumber(v))
                return std::to_string(*n - 1);
            return std::nullopt;
        }
        if (info.comparison == ValueComparison::Greater) {
            if (auto n = truncatedNumber(v))
                return std::to_string(*n + 1);
            return std::nullopt;
        }
        return v;
    case values::ValueType::Date:
        if (info.comparison == ValueComparison::Less)
            return values::parseDate(v) ? std::optional<std::string>("1970-01-02T00:00:00Z") : std::nullopt;
        if (info.comparison == ValueComparison::Greater)
            return values::parseDate(v) ? std::optional<std::string>("2999-01-01T00:00:00Z") : std::nullopt;
        return v;
    case values::ValueType::Bool:
    case values::ValueType::Binary:
    case values::ValueType::Null:
        break;
    }
    return v;
}

// A concrete secret ARN that a Resource pattern matches, or "" when none is easy to name.
std::string concreteSecretArn(std::string_view pattern, std::vector<ContextEntry> &extra,
                              bool variables)
{
    const auto fields = splitArn(pattern);
    if (!fields || (*fields)[0] != "arn")
        return {};
    static constexpr std::string_view defaults[] = {"arn", "aws", "secretsmanager", "us-east-1",
                                                    "123456789012"};
    std::string out;
    for (std::size_t i = 0; i < 5; ++i) {
        out += (*fields)[i] == "*" ? std::string(defaults[i]) : std::string((*fields)[i]);
        out += ':';
    }
    auto resource = substitute((*fields)[5], extra, variables, false);
    if (!resource)
        return {};
    static constexpr std::string_view suffix = "AbCdEf";
    std::size_t q = 0;
    for (char &c : *resource) {
        if (c == '?')
            c = suffix[q++ % suffix.size()];
    }
    std::string r;
    for (char c : *resource) {
        if (c == '*')
            r += (!r.empty() && r.back() == '-') ? "AbCdEf" : "-AbCdEf";
        else
            r += c;
    }
    out += r;
    if (hasWildcard(out) || !splitArn(out))
        return {};
    const std::string_view name = splitArn(out).value_or(values::ArnFields{})[5];
    if (name.rfind("secret:", 0) != 0 || name.size() < 14 || name[name.size() - 7] != '-')
        return {};
    return out;
}

void setContext(std::vector<ContextEntry> &entries, const std::string &key, std::string value,
                bool list)
{
    for (const ContextEntry &e : entries) {
        if (values::equalsFoldingCase(e.key, key))
            return; // the first value wins
    }
    entries.push_back({key, ContextValue{list, {std::move(value)}}});
}

std::string requestJson(const Request &request)
{
    std::string out = "{\"principal\": " + quoted(request.principal.text)
                      + ", \"action\": " + quoted(request.action) + ", \"resource\": "
                      + quoted(request.resource);
    if (!request.context.empty()) {
        out += ", \"context\": {";
        for (std::size_t i = 0; i < request.context.size(); ++i) {
            if (i)
                out += ", ";
            const ContextEntry &e = request.context[i];
            out += quoted(e.key) + ": ";
            const std::string v = quoted(e.value.values[0]);
            out += e.value.isList ? "[" + v + "]" : v;
        }
        out += "}";
    }
    return out + "}";
}

// What the proofs of one policy share: its Deny statements, each compiled alone, and the context
// entries that keep them from applying (first value per key). Built once per lint: copying and
// compiling the policy once per open statement made the check quadratic.
struct DenySide
{
    std::vector<CompiledPolicy> denies;
    std::vector<ContextEntry> context;
};

DenySide denySide(const Context &context)
{
    DenySide side;
    const bool variables = context.policy->hasVariables();
    for (const Statement &other : context.policy->statements) {
        if (other.effect != Effect::Deny)
            continue;
        Policy single;
        single.version = context.policy->version;
        single.statements.push_back(other);
        side.denies.emplace_back(std::move(single));
        bool broken = false;
        for (const ConditionBlock &block : other.conditions()) {
            for (const ConditionPair &pair : block.pairs) {
                if (broken)
                    break;
                if (requiresKey(block)) {
                    broken = true; // absent already makes it false
                    break;
                }
                std::vector<ContextEntry> ignored;
                auto value = sampleValue(block, pair, false, ignored, variables);
                if (!value)
                    continue;
                const data::KeyInfo *info = data::findKey(pair.key);
                setContext(side.context, pair.key, *value,
                           (info && info->multivalued) || block.qualifier != Qualifier::None);
                broken = true; // one false pair is enough for the whole statement
            }
        }
    }
    return side;
}

// Whether the policy allows `request` through `statement` alone (compiled): the statement
// applies and no Deny statement does. The same as evaluating a policy of the statement and
// every Deny statement; each Deny is evaluated until one applies.
bool allowedDespiteDenies(const CompiledPolicy &statement, const DenySide &side,
                          const Request &request)
{
    EvaluateOptions fast;
    fast.explain = false;
    fast.trace = false;
    if (evaluate(statement, request, fast).decision != Outcome::Allowed)
        return false;
    return std::none_of(side.denies.begin(), side.denies.end(), [&](const CompiledPolicy &deny) {
        return evaluate(deny, request, fast).decision == Outcome::ExplicitlyDenied;
    });
}

std::optional<std::string> findProof(const Context &context, const Statement &statement,
                                     const DenySide &side)
{
    std::vector<ContextEntry> allowContext;
    const bool variables = context.policy->hasVariables();
    std::string owner = context.ownerAccount.value_or("123456789012");
    std::string resource;
    if (context.options->secretArn) {
        resource = *context.options->secretArn;
    } else if (!statement.resource.negated) {
        for (const Entry &e : statement.resource.entries) {
            if (e.text == "*")
                break;
            resource = concreteSecretArn(e.text, allowContext, variables);
            if (!resource.empty())
                break;
        }
    }
    if (resource.empty())
        resource = "arn:aws:secretsmanager:us-east-1:" + owner + ":secret:example-AbCdEf";
    owner = std::string(splitArn(resource).value_or(values::ArnFields{})[4]);

    std::string action;
    for (const data::ActionInfo &a : data::actions()) {
        if (!a.takesSecret || !coversAction(statement, a.name))
            continue;
        if (action.empty() || a.name == "GetSecretValue")
            action = "secretsmanager:" + std::string(a.name);
    }
    if (action.empty())
        return std::nullopt;

    std::string account = owner == "999999999999" ? "888888888888" : "999999999999";
    std::string principal = "arn:aws:iam::" + account + ":user/" + std::string(outsideUser);

    // What the statement needs, then what keeps the policy's Deny statements away.
    for (const ConditionBlock &block : statement.conditions()) {
        for (const ConditionPair &pair : block.pairs) {
            if (block.ifExists || block.qualifier == Qualifier::ForAllValues
                || (isNegated(block.op) && block.qualifier == Qualifier::None))
                continue; // true while the key is absent
            auto value = sampleValue(block, pair, true, allowContext, variables);
            if (!value)
                continue;
            const bool isPrincipalKey = equalsAsciiIgnoreCase(pair.key, "aws:PrincipalArn")
                                        || equalsAsciiIgnoreCase(pair.key, "aws:PrincipalAccount");
            if (isPrincipalKey) {
                std::string arn = *value;
                if (equalsAsciiIgnoreCase(pair.key, "aws:PrincipalAccount")) {
                    if (!isAccountId(arn))
                        return std::nullopt;
                    arn = "arn:aws:iam::" + arn + ":user/" + std::string(outsideUser);
                }
                const auto fields = splitArn(pair.values[0].text);
                if (fields && hasWildcard((*fields)[4])) {
                    // ArnLike "arn:aws:iam::*:role/x": any account, so take an outside one.
                    std::string rebuilt;
                    const auto sample = splitArn(arn);
                    for (std::size_t i = 0; i < 6 && sample; ++i)
                        rebuilt += (i == 4 ? account : std::string((*sample)[i])) + (i < 5 ? ":" : "");
                    arn = rebuilt;
                }
                const auto parts = splitArn(arn);
                if (!parts || (*parts)[4] == owner || !isAccountId((*parts)[4]))
                    return std::nullopt; // only callers of the owner account qualify
                account = std::string((*parts)[4]);
                principal = arn;
                continue;
            }
            const data::KeyInfo *info = data::findKey(pair.key);
            setContext(allowContext, pair.key, *value,
                       (info && info->multivalued) || block.qualifier != Qualifier::None);
        }
    }
    std::vector<ContextEntry> withDenies = allowContext;
    for (const ContextEntry &e : side.context)
        setContext(withDenies, e.key, e.value.values.front(), e.value.isList);

    // Only this statement and the Deny statements decide whether the request is Allowed.
    Policy single;
    single.version = context.policy->version;
    single.statements.push_back(statement);
    const CompiledPolicy compiled(std::move(single));

    Request request;
    request.principal.form = RequestPrincipal::Form::Arn;
    request.principal.text = principal;
    request.action = action;
    request.resource = resource;
    for (const auto *candidate : {&withDenies, &allowContext}) {
        request.context = *candidate;
        if (allowedDespiteDenies(compiled, side, request))
            return requestJson(request);
    }
    return std::nullopt;
}

} // namespace

void checkPublicAccess(Context &context)
{
    std::optional<DenySide> side; // built at the first open statement
    for (const Statement &statement : context.policy->statements) {
        if (statement.effect != Effect::Allow || !isOpen(statement))
            continue;
        bool pinned = false;
        std::vector<std::string> limits;
        for (const ConditionBlock &block : statement.conditions()) {
            for (const ConditionPair &pair : block.pairs) {
                const bool fixed = isFixedPair(block, pair);
                if (fixed && isPinKey(pair.key))
                    pinned = true;
                else if ((fixed && isLimitKey(pair.key)) || isIpLimit(block, pair))
                    limits.push_back(describePair(block, pair));
            }
        }
        if (pinned)
            continue;
        const Span &where = statement.principal->span;
        Diagnostic *d = nullptr;
        if (limits.empty()) {
            d = &context.report("public-access", where,
                                "Anyone in any AWS account can call " + describeActions(statement)
                                    + " on this secret. Secrets Manager refuses this policy when "
                                      "BlockPublicPolicy is set. Name the principals, or pin the "
                                      "statement with a fixed aws:SourceAccount, aws:SourceArn, "
                                      "aws:SourceOwner, aws:SourceVpc or aws:SourceVpce condition.",
                                statement.index);
        } else {
            d = &context.report("possibly-public-access", where,
                                "This statement is open to any principal that satisfies "
                                    + joinQuoted(limits, "and")
                                    + ". Secrets Manager may still treat it as broad access and "
                                      "refuse it with BlockPublicPolicy; naming the accounts in "
                                      "\"Principal\" is safer.",
                                statement.index);
        }
        const std::size_t index = static_cast<std::size_t>(d - context.findings.data());
        if (!side)
            side = denySide(context);
        if (auto proof = findProof(context, statement, *side))
            context.findings[index].proof = std::move(*proof);
    }
}

} // namespace engine::rules
