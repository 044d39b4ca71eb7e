#include "policy/policy.h"

namespace engine {

bool isNegated(Operator op)
{
    switch (op) {
    case Operator::StringNotEquals:
    case Operator::StringNotEqualsIgnoreCase:
    case Operator::StringNotLike:
    case Operator::NumericNotEquals:
    case Operator::DateNotEquals:
    case Operator::NotIpAddress:
    case Operator::ArnNotEquals:
    case Operator::ArnNotLike:
        return true;
    default:
        return false;
    }
}

const char *operatorName(Operator op)
{
    switch (op) {
    case Operator::StringEquals:
        return "StringEquals";
    case Operator::StringNotEquals:
        return "StringNotEquals";
    case Operator::StringEqualsIgnoreCase:
        return "StringEqualsIgnoreCase";
    case Operator::StringNotEqualsIgnoreCase:
        return "StringNotEqualsIgnoreCase";
    case Operator::StringLike:
        return "StringLike";
    case Operator::StringNotLike:
        return "StringNotLike";
    case Operator::NumericEquals:
        return "NumericEquals";
    case Operator::NumericNotEquals:
        return "NumericNotEquals";
    case Operator::NumericLessThan:
        return "NumericLessThan";
    case Operator::NumericLessThanEquals:
        return "NumericLessThanEquals";
    case Operator::NumericGreaterThan:
        return "NumericGreaterThan";
    case Operator::NumericGreaterThanEquals:
        return "NumericGreaterThanEquals";
    case Operator::DateEquals:
        return "DateEquals";
    case Operator::DateNotEquals:
        return "DateNotEquals";
    case Operator::DateLessThan:
        return "DateLessThan";
    case Operator::DateLessThanEquals:
        return "DateLessThanEquals";
    case Operator::DateGreaterThan:
        return "DateGreaterThan";
    case Operator::DateGreaterThanEquals:
        return "DateGreaterThanEquals";
    case Operator::Bool:
        return "Bool";
    case Operator::BinaryEquals:
        return "BinaryEquals";
    case Operator::IpAddress:
        return "IpAddress";
    case Operator::NotIpAddress:
        return "NotIpAddress";
    case Operator::ArnEquals:
        return "ArnEquals";
    case Operator::ArnLike:
        return "ArnLike";
    case Operator::ArnNotEquals:
        return "ArnNotEquals";
    case Operator::ArnNotLike:
        return "ArnNotLike";
    case Operator::Null:
        return "Null";
    }
    return "";
}

const std::vector<ConditionBlock> &Statement::conditions() const
{
    static const std::vector<ConditionBlock> none;
    return condition ? *condition : none;
}

} // namespace engine
