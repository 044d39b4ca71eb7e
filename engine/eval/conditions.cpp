#include "eval/conditions.h"

#include "data/secretsmanager.h"
#include "values/base64.h"
#include "values/boolean.h"
#include "values/casefold.h"
#include "values/glob.h"
#include "values/text.h"

namespace engine::eval {

namespace {

using values::ValueType;

// StringLike and the Arn operators compare escaped glob patterns.
bool usesGlob(ValueType type, ValueComparison comparison)
{
    return type == ValueType::Arn || (type == ValueType::String && comparison == ValueComparison::Like);
}

bool ordered(std::strong_ordering order, ValueComparison comparison)
{
    switch (comparison) {
    case ValueComparison::Equal:
    case ValueComparison::EqualIgnoringCase:
    case ValueComparison::Like:
        return order == 0;
    case ValueComparison::Less:
        return order < 0;
    case ValueComparison::LessEqual:
        return order <= 0;
    case ValueComparison::Greater:
        return order > 0;
    case ValueComparison::GreaterEqual:
        return order >= 0;
    }
    return false;
}

void prepareValue(CompiledValue &v, const OperatorInfo &info, bool variablesAllowed)
{
    const std::string &text = v.source->text;
    if (variablesAllowed && info.variables && text.find("${") != std::string::npos) {
        v.variables = parseVariables(text);
        if (!v.variables.hasVariables)
            v.variables.segments.clear();
    }
    const bool dynamic = v.variables.hasVariables;
    switch (info.type) {
    case ValueType::String:
        if (usesGlob(info.type, info.comparison))
            v.prepared = values::toGlobPattern(text);
        else
            v.prepared = text;
        break;
    case ValueType::Arn:
        v.prepared = values::toGlobPattern(text);
        if (!dynamic)
            v.valid = values::splitEscapedArn(v.prepared, v.arn);
        break;
    case ValueType::Numeric:
        if (auto n = values::parseDecimal(text))
            v.number = *n;
        else
            v.valid = false;
        break;
    case ValueType::Date:
        if (auto d = values::parseDate(text))
            v.date = *d;
        else
            v.valid = false;
        break;
    case ValueType::Bool:
    case ValueType::Null:
        if (dynamic)
            break;
        if (auto b = values::parseBool(text))
            v.boolean = *b;
        else
            v.valid = false;
        break;
    case ValueType::Binary:
        if (auto bytes = values::decodeBase64(text))
            v.bytes = std::move(*bytes);
        else
            v.valid = false;
        break;
    case ValueType::IpAddress:
        if (auto ip = values::parseIpRange(text))
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
        if (!substitute(v.variables, context, scratch, usesGlob(block.type, block.comparison)))
            return MatchResult::NoMatch; // a variable without a value: nothing equals it
        policy = scratch;
    }
    if (!v.valid)
        return MatchResult::Invalid;
    switch (block.type) {
    case ValueType::String: {
        bool match = false;
        if (block.comparison == ValueComparison::Like)
            match = stringLike(policy, r);
        else if (block.comparison == ValueComparison::EqualIgnoringCase)
            match = stringEqualsIgnoreCase(policy, r);
        else
            match = stringEquals(policy, r);
        return match ? MatchResult::Match : MatchResult::NoMatch;
    }
    case ValueType::Numeric: {
        const std::optional<values::Decimal> n = values::parseDecimal(r);
        if (!n)
            return MatchResult::Invalid;
        return ordered(values::compareDecimal(*n, v.number), block.comparison) ? MatchResult::Match
                                                                       : MatchResult::NoMatch;
    }
    case ValueType::Date: {
        const std::optional<values::Instant> d = values::parseDate(r);
        if (!d)
            return MatchResult::Invalid;
        return ordered(*d <=> v.date, block.comparison) ? MatchResult::Match
                                                        : MatchResult::NoMatch;
    }
    case ValueType::Bool: {
        bool policyBool = v.boolean;
        if (v.variables.hasVariables) {
            const std::optional<bool> b = values::parseBool(policy);
            if (!b)
                return MatchResult::Invalid;
            policyBool = *b;
        }
        const std::optional<bool> b = values::parseBool(r);
        if (!b)
            return MatchResult::Invalid;
        return *b == policyBool ? MatchResult::Match : MatchResult::NoMatch;
    }
    case ValueType::Binary:
        return binaryEquals(v.bytes, r);
    case ValueType::IpAddress: {
        const std::optional<values::IpRange> address = values::parseIpAddress(r);
        if (!address)
            return MatchResult::Invalid;
        return values::ipInRange(*address, v.ip) ? MatchResult::Match : MatchResult::NoMatch;
    }
    case ValueType::Arn: {
        if (!v.variables.hasVariables)
            return arnLike(v.arn, r);
        values::ArnFields fields;
        if (!values::splitEscapedArn(policy, fields))
            return MatchResult::Invalid;
        return arnLike(fields, r);
    }
    case ValueType::Null:
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
        const OperatorInfo &op = operatorInfo(block.op);
        b.type = op.type;
        b.comparison = op.comparison;
        b.negated = op.negated;
        b.qualifier = block.qualifier;
        b.ifExists = block.ifExists;
        b.pairs.reserve(block.pairs.size());
        for (const ConditionPair &pair : block.pairs) {
            CompiledPair &p = b.pairs.emplace_back();
            p.source = &pair;
            p.lowerKey = values::foldCase(pair.key);
            p.hash = keyHash(p.lowerKey);
            const data::KeyInfo *info = data::findKey(pair.key);
            p.typeMultivalued = info && info->multivalued;
            // Sized once so that views into each value's own strings stay valid.
            p.values = std::vector<CompiledValue>(pair.values.size());
            for (std::size_t i = 0; i < pair.values.size(); ++i) {
                p.values[i].source = &pair.values[i];
                prepareValue(p.values[i], op, variablesAllowed);
            }
        }
    }
    return out;
}

PairResult evaluatePair(const CompiledBlock &block, const CompiledPair &pair,
                        const Context &context, std::string &scratch)
{
    if (block.type == ValueType::Null && block.qualifier != Qualifier::None) {
        if (block.qualifier == Qualifier::ForAllValues)
            return {true, PairFailure::None, {}};
        return {false, PairFailure::AlwaysFalse, {}};
    }
    const Context::Item *item = context.find(pair.lowerKey, pair.hash);
    if (!item) {
        if (block.ifExists)
            return {true, PairFailure::None, {}};
        if (block.type == ValueType::Null)
            return nullPair(pair, false);
        if (block.qualifier == Qualifier::ForAllValues)
            return {true, PairFailure::None, {}};
        if (block.qualifier == Qualifier::ForAnyValue)
            return {false, PairFailure::KeyAbsent, {}};
        if (block.negated)
            return {true, PairFailure::None, {}};
        return {false, PairFailure::KeyAbsent, {}};
    }
    if (block.type == ValueType::Null)
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
