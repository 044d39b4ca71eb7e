// The condition operators, one row per base operator: the single table the policy reader, the
// evaluator, the linter, the help texts and completion read their facts from. Adding an
// operator is one enumerator, one row here and its comparison in the evaluator
// (eval/conditions.cpp); nothing relies on the order of the enumerators.
//
// A condition operator is written [qualifier ":"] base ["IfExists"]; this table describes the
// base. Names are recognised ignoring ASCII case (policyreader.h parseOperatorName()).
//
//   const OperatorInfo &info = operatorInfo(Operator::NumericLessThan);
//   info.type == values::ValueType::Numeric && info.comparison == ValueComparison::Less
#pragma once

#include "values/values.h"

#include <array>
#include <optional>
#include <string_view>

namespace engine {

enum class Operator {
    StringEquals, StringNotEquals, StringEqualsIgnoreCase, StringNotEqualsIgnoreCase,
    StringLike, StringNotLike,
    NumericEquals, NumericNotEquals, NumericLessThan, NumericLessThanEquals,
    NumericGreaterThan, NumericGreaterThanEquals,
    DateEquals, DateNotEquals, DateLessThan, DateLessThanEquals,
    DateGreaterThan, DateGreaterThanEquals,
    Bool, BinaryEquals, IpAddress, NotIpAddress,
    ArnEquals, ArnLike, ArnNotEquals, ArnNotLike,
    Null,
};

// How the request value (left) is compared with a policy value (right), before negation.
enum class ValueComparison {
    Equal,             // equal as the value type reads them
    EqualIgnoringCase, // String: equal after Unicode simple case folding
    Like,              // glob (`*`, `?`); Arn: per field
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
};

struct OperatorInfo
{
    Operator op;
    std::string_view name;        // canonical spelling, e.g. "StringEquals"
    values::ValueType type;       // how both sides' values are read
    ValueComparison comparison;        // the positive comparison
    bool negated;                 // true when the key is absent; matches no listed value
    std::optional<Operator> twin; // the operator with the opposite `negated`, when there is one
    bool variables;               // policy variables are substituted in the values
    bool ifExists;                // the IfExists suffix is allowed
};

namespace detail {
using T = values::ValueType;
using C = ValueComparison;
using O = Operator;
} // namespace detail

// clang-format off
inline constexpr std::array<OperatorInfo, 27> operatorTable{{
//   operator                         name                         type                 comparison          negated twin                       vars   ifExists
    {detail::O::StringEquals,              "StringEquals",              detail::T::String,    detail::C::Equal,             false, detail::O::StringNotEquals,              true,  true},
    {detail::O::StringNotEquals,           "StringNotEquals",           detail::T::String,    detail::C::Equal,             true,  detail::O::StringEquals,                 true,  true},
    {detail::O::StringEqualsIgnoreCase,    "StringEqualsIgnoreCase",    detail::T::String,    detail::C::EqualIgnoringCase, false, detail::O::StringNotEqualsIgnoreCase,    true,  true},
    {detail::O::StringNotEqualsIgnoreCase, "StringNotEqualsIgnoreCase", detail::T::String,    detail::C::EqualIgnoringCase, true,  detail::O::StringEqualsIgnoreCase,       true,  true},
    {detail::O::StringLike,                "StringLike",                detail::T::String,    detail::C::Like,              false, detail::O::StringNotLike,                true,  true},
    {detail::O::StringNotLike,             "StringNotLike",             detail::T::String,    detail::C::Like,              true,  detail::O::StringLike,                   true,  true},
    {detail::O::NumericEquals,             "NumericEquals",             detail::T::Numeric,   detail::C::Equal,             false, detail::O::NumericNotEquals,             false, true},
    {detail::O::NumericNotEquals,          "NumericNotEquals",          detail::T::Numeric,   detail::C::Equal,             true,  detail::O::NumericEquals,                false, true},
    {detail::O::NumericLessThan,           "NumericLessThan",           detail::T::Numeric,   detail::C::Less,              false, std::nullopt,                            false, true},
    {detail::O::NumericLessThanEquals,     "NumericLessThanEquals",     detail::T::Numeric,   detail::C::LessEqual,         false, std::nullopt,                            false, true},
    {detail::O::NumericGreaterThan,        "NumericGreaterThan",        detail::T::Numeric,   detail::C::Greater,           false, std::nullopt,                            false, true},
    {detail::O::NumericGreaterThanEquals,  "NumericGreaterThanEquals",  detail::T::Numeric,   detail::C::GreaterEqual,      false, std::nullopt,                            false, true},
    {detail::O::DateEquals,                "DateEquals",                detail::T::Date,      detail::C::Equal,             false, detail::O::DateNotEquals,                false, true},
    {detail::O::DateNotEquals,             "DateNotEquals",             detail::T::Date,      detail::C::Equal,             true,  detail::O::DateEquals,                   false, true},
    {detail::O::DateLessThan,              "DateLessThan",              detail::T::Date,      detail::C::Less,              false, std::nullopt,                            false, true},
    {detail::O::DateLessThanEquals,        "DateLessThanEquals",        detail::T::Date,      detail::C::LessEqual,         false, std::nullopt,                            false, true},
    {detail::O::DateGreaterThan,           "DateGreaterThan",           detail::T::Date,      detail::C::Greater,           false, std::nullopt,                            false, true},
    {detail::O::DateGreaterThanEquals,     "DateGreaterThanEquals",     detail::T::Date,      detail::C::GreaterEqual,      false, std::nullopt,                            false, true},
    // Variables in Bool values: AWS's pages disagree; substituted, and the linter warns.
    {detail::O::Bool,                      "Bool",                      detail::T::Bool,      detail::C::Equal,             false, std::nullopt,                            true,  true},
    {detail::O::BinaryEquals,              "BinaryEquals",              detail::T::Binary,    detail::C::Equal,             false, std::nullopt,                            false, true},
    {detail::O::IpAddress,                 "IpAddress",                 detail::T::IpAddress, detail::C::Equal,             false, detail::O::NotIpAddress,                 false, true},
    {detail::O::NotIpAddress,              "NotIpAddress",              detail::T::IpAddress, detail::C::Equal,             true,  detail::O::IpAddress,                    false, true},
    // ArnEquals and ArnLike behave identically: every field is a glob.
    {detail::O::ArnEquals,                 "ArnEquals",                 detail::T::Arn,       detail::C::Like,              false, detail::O::ArnNotEquals,                 true,  true},
    {detail::O::ArnLike,                   "ArnLike",                   detail::T::Arn,       detail::C::Like,              false, detail::O::ArnNotLike,                   true,  true},
    {detail::O::ArnNotEquals,              "ArnNotEquals",              detail::T::Arn,       detail::C::Like,              true,  detail::O::ArnEquals,                    true,  true},
    {detail::O::ArnNotLike,                "ArnNotLike",                detail::T::Arn,       detail::C::Like,              true,  detail::O::ArnLike,                      true,  true},
    // Null tests presence: true = absent. With a qualifier it is constant (ForAllValues true,
    // ForAnyValue false).
    {detail::O::Null,                      "Null",                      detail::T::Null,      detail::C::Equal,             false, std::nullopt,                            false, false},
}};
// clang-format on

// The row of an operator (every enumerator has exactly one; checked below).
constexpr const OperatorInfo &operatorInfo(Operator op)
{
    for (const OperatorInfo &info : operatorTable) {
        if (info.op == op)
            return info;
    }
    return operatorTable.back(); // unreachable: see the check below
}

namespace detail {
constexpr bool tableIsConsistent()
{
    for (std::size_t i = 0; i < operatorTable.size(); ++i) {
        const OperatorInfo &row = operatorTable[i];
        for (std::size_t j = 0; j < i; ++j) {
            if (operatorTable[j].op == row.op || operatorTable[j].name == row.name)
                return false;
        }
        if (row.twin) {
            const OperatorInfo &twin = operatorInfo(*row.twin);
            if (twin.op != *row.twin || twin.twin != row.op || twin.negated == row.negated
                || twin.type != row.type || twin.comparison != row.comparison)
                return false;
        }
    }
    return operatorInfo(Operator::Null).op == Operator::Null;
}
static_assert(tableIsConsistent(), "every operator has one row; twins are mutual");
} // namespace detail

// Negated operators: true when the key is absent, AND over the listed values.
constexpr bool isNegated(Operator op)
{
    return operatorInfo(op).negated;
}
// Canonical spelling, e.g. "StringEquals" (null-terminated).
constexpr const char *operatorName(Operator op)
{
    return operatorInfo(op).name.data();
}
constexpr values::ValueType valueTypeOf(Operator op)
{
    return operatorInfo(op).type;
}
// Less, LessEqual, Greater or GreaterEqual.
constexpr bool isOrdering(ValueComparison comparison)
{
    return comparison == ValueComparison::Less || comparison == ValueComparison::LessEqual
           || comparison == ValueComparison::Greater || comparison == ValueComparison::GreaterEqual;
}

} // namespace engine
