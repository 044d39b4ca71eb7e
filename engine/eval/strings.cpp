// String operators: exact, ignoring case (Unicode simple case folding), and globs.
#include "eval/operators.h"

#include "values/casefold.h"
#include "values/glob.h"

namespace engine::eval {

bool stringEquals(std::string_view policyValue, std::string_view requestValue)
{
    return policyValue == requestValue;
}

bool stringEqualsIgnoreCase(std::string_view policyValue, std::string_view requestValue)
{
    return values::equalsFoldingCase(policyValue, requestValue);
}

bool stringLike(std::string_view escapedPattern, std::string_view requestValue)
{
    return values::globMatchEscaped(escapedPattern, requestValue);
}

} // namespace engine::eval
