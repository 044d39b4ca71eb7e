// Condition blocks: compiled once per policy (the operator's row of the operator table, values
// read by the value layer, case-folded keys, key types), evaluated per request against the
// canonical context.
//
//   std::vector<CompiledBlock> blocks = compileConditions(statement.conditions(), true);
//   PairResult r = evaluatePair(blocks[0], blocks[0].pairs[0], context, scratch);
#pragma once

#include "eval/context.h"
#include "eval/operators.h"
#include "eval/variables.h"
#include "policy/policy.h"
#include "values/date.h"
#include "values/decimal.h"
#include "values/ipaddress.h"

#include <string>
#include <string_view>
#include <vector>

namespace engine::eval {

struct CompiledValue
{
    const ConditionValue *source = nullptr; // Not owned.
    std::string prepared;  // String*: the text; StringLike/Arn*: the escaped glob pattern
    VariableText variables; // set when the value holds variables and the policy allows them
    bool valid = true;      // the value reads as the operator's type
    values::Decimal number;         // Numeric (views into source->text)
    values::Instant date;           // Date
    values::IpRange ip;             // IpAddress
    std::string bytes;      // BinaryEquals
    bool boolean = false;   // Bool, Null
    values::ArnFields arn;          // Arn* (views into prepared)
};

struct CompiledPair
{
    const ConditionPair *source = nullptr; // Not owned.
    std::string lowerKey;
    std::uint32_t hash = 0; // keyHash(lowerKey)
    bool typeMultivalued = false; // ArrayOf... or multivalued in the key table
    std::vector<CompiledValue> values;
};

struct CompiledBlock
{
    const ConditionBlock *source = nullptr; // Not owned.
    values::ValueType type = values::ValueType::String; // from the operator table
    ValueComparison comparison = ValueComparison::Equal;
    bool negated = false;
    Qualifier qualifier = Qualifier::None;
    bool ifExists = false;
    std::vector<CompiledPair> pairs;
};

// The blocks keep pointers into `blocks`: keep it alive (and unmoved) while they are used.
std::vector<CompiledBlock> compileConditions(const std::vector<ConditionBlock> &blocks,
                                             bool variablesAllowed);

enum class PairFailure {
    None,
    KeyAbsent,      // absent and the operator needs the key
    KeyPresent,     // Null "true" with a present key
    AlwaysFalse,    // ForAnyValue:Null
    NeedsQualifier, // multivalued key without ForAnyValue/ForAllValues
    NoValues,       // ForAnyValue over an empty set
    NoMatch,        // the value (`value`) matches no listed value
    Matches,        // negated: the value matches a listed value
    Invalid,        // a comparison was invalid (type mismatch)
};

struct PairResult
{
    bool holds = false;
    PairFailure failure = PairFailure::None;
    std::string_view value; // the request value that failed, when there is one
};

PairResult evaluatePair(const CompiledBlock &block, const CompiledPair &pair,
                        const Context &context, std::string &scratch);

// "key is absent", "value `x` does not match", ...
std::string describeFailure(const PairResult &result);
// The same, appended to `out`; failureLength() is its length.
void appendFailure(std::string &out, const PairResult &result);
std::size_t failureLength(const PairResult &result);

} // namespace engine::eval
