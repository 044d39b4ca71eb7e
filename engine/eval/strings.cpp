// String operators (evaluation.md §3.6.1).
#include "eval/glob.h"
#include "eval/operators.h"

namespace engine::eval {

bool stringEquals(std::string_view policyValue, std::string_view requestValue)
{
    return policyValue == requestValue;
}

bool stringEqualsIgnoreCase(std::string_view policyValue, std::string_view requestValue)
{
    return equalsIgnoreCase(policyValue, requestValue);
}

bool stringLike(std::string_view escapedPattern, std::string_view requestValue)
{
    return globMatchEscaped(escapedPattern, requestValue);
}

} // namespace engine::eval
