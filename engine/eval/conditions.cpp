#include "eval/conditions.h"

#include "data/secretsmanager.h"
#include "eval/glob.h"

namespace engine::eval {

namespace {

struct OperatorTraits
{
    Family family;
    Comparison comparison;
};

OperatorTraits traitsOf(Operator op)
{
    switch (op) {
    case Operator::StringEquals:
    case Operator::StringNotEquals:
        return {Family::String, Comparison::Equal};
    case Operator::StringEqualsIgnoreCase:
    case Operator::StringNotEqualsIgnoreCase:
        return {Family::StringIgnoreCase, Comparison::Equal};
    case Operator::StringLike:
    case Operator::StringNotLike:
        return {Family::StringLike, Comparison::Equal};
    case Operator::NumericEquals:
    case Operator::NumericNotEquals:
        return {Family::Numeric, Comparison::Equal};
    case Operator::NumericLessThan:
        return {Family::Numeric, Comparison::Less};
    case Operator::NumericLessThanEquals:
        return {Family::Numeric, Comparison::LessEqual};
    case Operator::NumericGreaterThan:
        return {Family::Numeric, Comparison::Greater};
    case Operator::NumericGreaterThanEquals:
        return {Family::Numeric, Comparison::GreaterEqual};
    case Operator::DateEquals:
    case Operator::DateNotEquals:
        return {Family::Date, Comparison::Equal};
    case Operator::DateLessThan:
        return {Family::Date, Comparison::Less};
    case Operator::DateLessThanEquals:
        return {Family::Date, Comparison::LessEqual};
    case Operator::DateGreaterThan:
        return {Family::Date, Comparison::Greater};
    case Operator::DateGreaterThanEquals:
        return {Family::Date, Comparison::GreaterEqual};
    case Operator::Bool:
        return {Family::Bool, Comparison::Equal};
    case Operator::BinaryEquals:
        return {Family::Binary, Comparison::Equal};
    case Operator::IpAddress:
    case Operator::NotIpAddress:
        return {Family::Ip, Comparison::Equal};
    case Operator::ArnEquals:
    case Operator::ArnLike:
    case Operator::ArnNotEquals:
    case Operator::ArnNotLike:
        return {Family::Arn, Comparison::Equal};
    case Operator::Null:
        return {Family::Null, Comparison::Equal};
    }
    return {Family::String, Comparison::Equal};
}

bool allowsVariables(Family family)
{
    return family == Family::String || family == Family::StringIgnoreCase
           || family == Family::StringLike || family == Family::Arn || family == Family::Bool;
}

bool usesGlob(Family family)
{
    return family == Family::StringLike || family == Family::Arn;
}

bool ordered(std::strong_ordering order, Comparison comparison)
{
    switch (comparison) {
    case Comparison::Equal:
        return order == 0;
    case Comparison::Less:
        return order < 0;
    case Comparison::LessEqual:
        return order <= 0;
    case Comparison::Greater:
        return order > 0;
    case Comparison::GreaterEqual:
        return order >= 0;
    }
    return false;
}

void prepareValue(CompiledValue &v, Family family, bool variablesAllowed)
{
    const std::string &text = v.source->text;
    if (variablesAllowed && allowsVariables(family) && text.find("${") != std::string::npos) {
        v.variables = parseVariables(text);
        if (!v.variables.hasVariables)
            v.variables.segments.clear();
    }
    const bool dynamic = v.variables.hasVariables;
    switch (family) {
    case Family::String:
    case Family::StringIgnoreCase:
        v.prepared = text;
        break;
    case Family::StringLike:
        v.prepared = toGlobPattern(text);
        break;
    case Family::Arn:
        v.prepared = toGlobPattern(text);
        if (!dynamic)
            v.valid = splitEscapedArn(v.prepared, v.arn);
        break;
    case Family::Numeric:
        if (auto n = parseDecimal(text))
            v.number = *n;
        else
            v.valid = false;
        break;
    case Family::Date:
        if (auto d = parseDate(text))
            v.date = *d;
        else
            v.valid = false;
        break;
    case Family::Bool:
    case Family::Null:
        if (dynamic)
            break;
        if (auto b = parseBool(text))
            v.boolean = *b;
        else
            v.valid = false;
        break;
    case Family::Binary:
        if (auto bytes = decodeBase64(text))
            v.bytes = std::move(*bytes);
        else
            v.valid = false;
        break;
    case Family::Ip:
        if (auto ip = parseIpRange(text))
            v.ip = *ip;
        else
            v.valid = false;
        break;
    }
}

// One (r, v) comparison of the base (positive) operator.
MatchResult compareValue(const CompiledBlock &block, const CompiledValue &v, std::string_view r,
                         const Context &context, std::string &scratch)
{
    std::string_view policy = v.prepared;
    if (v.variables.hasVariables) {
        scratch.clear();
        if (!substitute(v.variables, context, scratch, usesGlob(block.family)))
            return MatchResult::NoMatch; // a variable without a value: nothing equals it
        policy = scratch;
    }
    if (!v.valid)
        return MatchResult::Invalid;
    switch (block.family) {
    case Family::String:
        return stringEquals(policy, r) ? MatchResult::Match : MatchResult::NoMatch;
    case Family::StringIgnoreCase:
        return stringEqualsIgnoreCase(policy, r) ? MatchResult::Match : MatchResult::NoMatch;
    case Family::StringLike:
        return stringLike(policy, r) ? MatchResult::Match : MatchResult::NoMatch;
    case Family::Numeric: {
        const std::optional<Decimal> n = parseDecimal(r);
        if (!n)
            return MatchResult::Invalid;
        return ordered(compareDecimal(*n, v.number), block.comparison) ? MatchResult::Match
                                                                       : MatchResult::NoMatch;
    }
    case Family::Date: {
        const std::optional<Instant> d = parseDate(r);
        if (!d)
            return MatchResult::Invalid;
        return ordered(*d <=> v.date, block.comparison) ? MatchResult::Match
                                                        : MatchResult::NoMatch;
    }
    case Family::Bool: {
        bool policyBool = v.boolean;
        if (v.variables.hasVariables) {
            const std::optional<bool> b = parseBool(policy);
            if (!b)
                return MatchResult::Invalid;
            policyBool = *b;
        }
        const std::optional<bool> b = parseBool(r);
        if (!b)
            return MatchResult::Invalid;
        return *b == policyBool ? MatchResult::Match : MatchResult::NoMatch;
    }
    case Family::Binary:
        return binaryEquals(v.bytes, r);
    case Family::Ip: {
        const std::optional<IpRange> address = parseIpAddress(r);
        if (!address)
            return MatchResult::Invalid;
        return ipInRange(*address, v.ip) ? MatchResult::Match : MatchResult::NoMatch;
    }
    case Family::Arn: {
        if (!v.variables.hasVariables)
            return arnLike(v.arn, r);
        ArnFields fields;
        if (!splitEscapedArn(policy, fields))
            return MatchResult::Invalid;
        return arnLike(fields, r);
    }
    case Family::Null:
        break;
    }
    return MatchResult::NoMatch;
}

// "r satisfies op against V" (§3.5).
PairResult satisfies(const CompiledBlock &block, const CompiledPair &pair, std::string_view r,
                     const Context &context, std::string &scratch)
{
    if (block.negated) {
        for (const CompiledValue &v : pair.values) {
            const MatchResult m = compareValue(block, v, r, context, scratch);
            if (m == MatchResult::Match)
                return {false, PairFailure::Matches, r};
            if (m == MatchResult::Invalid)
                return {false, PairFailure::Invalid, r};
        }
        return {true, PairFailure::None, r};
    }
    bool invalid = false;
    for (const CompiledValue &v : pair.values) {
        const MatchResult m = compareValue(block, v, r, context, scratch);
        if (m == MatchResult::Match)
            return {true, PairFailure::None, r};
        if (m == MatchResult::Invalid)
            invalid = true;
    }
    return {false, invalid ? PairFailure::Invalid : PairFailure::NoMatch, r};
}

PairResult nullPair(const CompiledPair &pair, bool present)
{
    for (const CompiledValue &v : pair.values) {
        if (v.valid && v.boolean != present)
            return {true, PairFailure::None, {}};
    }
    return {false, present ? PairFailure::KeyPresent : PairFailure::KeyAbsent, {}};
}

} // namespace

std::vector<CompiledBlock> compileConditions(const std::vector<ConditionBlock> &blocks,
                                             bool variablesAllowed)
{
    std::vector<CompiledBlock> out;
    out.reserve(blocks.size());
    for (const ConditionBlock &block : blocks) {
        CompiledBlock &b = out.emplace_back();
        b.source = &block;
        const OperatorTraits traits = traitsOf(block.op);
        b.family = traits.family;
        b.comparison = traits.comparison;
        b.negated = isNegated(block.op);
        b.qualifier = block.qualifier;
        b.ifExists = block.ifExists;
        b.pairs.reserve(block.pairs.size());
        for (const ConditionPair &pair : block.pairs) {
            CompiledPair &p = b.pairs.emplace_back();
            p.source = &pair;
            p.lowerKey = toLowerAscii(pair.key);
            p.hash = keyHash(p.lowerKey);
            const data::KeyInfo *info = data::findKey(pair.key);
            p.typeMultivalued = info && info->multivalued;
            // Sized once so that views into each value's own strings stay valid.
            p.values = std::vector<CompiledValue>(pair.values.size());
            for (std::size_t i = 0; i < pair.values.size(); ++i) {
                p.values[i].source = &pair.values[i];
                prepareValue(p.values[i], b.family, variablesAllowed);
            }
        }
    }
    return out;
}

PairResult evaluatePair(const CompiledBlock &block, const CompiledPair &pair,
                        const Context &context, std::string &scratch)
{
    if (block.family == Family::Null && block.qualifier != Qualifier::None) {
        if (block.qualifier == Qualifier::ForAllValues)
            return {true, PairFailure::None, {}};
        return {false, PairFailure::AlwaysFalse, {}};
    }
    const Context::Item *item = context.find(pair.lowerKey, pair.hash);
    if (!item) {
        if (block.ifExists)
            return {true, PairFailure::None, {}};
        if (block.family == Family::Null)
            return nullPair(pair, false);
        if (block.qualifier == Qualifier::ForAllValues)
            return {true, PairFailure::None, {}};
        if (block.qualifier == Qualifier::ForAnyValue)
            return {false, PairFailure::KeyAbsent, {}};
        if (block.negated)
            return {true, PairFailure::None, {}};
        return {false, PairFailure::KeyAbsent, {}};
    }
    if (block.family == Family::Null)
        return nullPair(pair, true);

    const std::size_t count = item->size();
    const bool multivalued = item->isList || pair.typeMultivalued;
    switch (block.qualifier) {
    case Qualifier::ForAnyValue: {
        PairResult last{false, PairFailure::NoValues, {}};
        for (std::size_t i = 0; i < count; ++i) {
            PairResult r = satisfies(block, pair, item->at(i), context, scratch);
            if (r.holds)
                return r;
            if (last.failure != PairFailure::Invalid)
                last = r;
        }
        if (count > 1 && last.failure != PairFailure::Invalid)
            last.value = {};
        return last;
    }
    case Qualifier::ForAllValues:
        for (std::size_t i = 0; i < count; ++i) {
            PairResult r = satisfies(block, pair, item->at(i), context, scratch);
            if (!r.holds)
                return r;
        }
        return {true, PairFailure::None, {}};
    case Qualifier::None:
        break;
    }
    if (multivalued)
        return {false, PairFailure::NeedsQualifier, {}};
    return satisfies(block, pair, item->at(0), context, scratch);
}

namespace {

// A failure as fixed text, or as prefix + value + suffix (value non-null).
struct FailureText
{
    std::string_view prefix;
    bool quoted = false;
    std::string_view suffix;
};

FailureText failureText(const PairResult &result)
{
    const bool hasValue = result.value.data() != nullptr;
    switch (result.failure) {
    case PairFailure::None:
        return {"holds", false, {}};
    case PairFailure::KeyAbsent:
        return {"key is absent", false, {}};
    case PairFailure::KeyPresent:
        return {"key is present", false, {}};
    case PairFailure::AlwaysFalse:
        return {"ForAnyValue:Null is always false", false, {}};
    case PairFailure::NeedsQualifier:
        return {"multivalued key needs ForAnyValue or ForAllValues", false, {}};
    case PairFailure::NoValues:
        return {"key has no values", false, {}};
    case PairFailure::NoMatch:
        if (!hasValue)
            return {"no value matches", false, {}};
        return {"value \"", true, "\" does not match"};
    case PairFailure::Matches:
        return {"value \"", true, "\" matches a listed value"};
    case PairFailure::Invalid:
        if (!hasValue)
            return {"invalid value", false, {}};
        return {"value \"", true, "\" cannot be compared (invalid)"};
    }
    return {};
}

} // namespace

std::size_t failureLength(const PairResult &result)
{
    const FailureText t = failureText(result);
    return t.prefix.size() + (t.quoted ? result.value.size() : 0) + t.suffix.size();
}

void appendFailure(std::string &out, const PairResult &result)
{
    const FailureText t = failureText(result);
    out.append(t.prefix);
    if (t.quoted)
        out.append(result.value);
    out.append(t.suffix);
}

std::string describeFailure(const PairResult &result)
{
    std::string out;
    out.reserve(failureLength(result));
    appendFailure(out, result);
    return out;
}

} // namespace engine::eval
