// The comparison functions of the condition operator families, one source file per family
// (strings.cpp, binary.cpp, arnops.cpp; numbers, dates, IP addresses and truth values compare
// through the value layer directly, see values/values.h). A value that does not parse makes its
// comparison *invalid*: it never matches, and it makes a negated operator false.
#pragma once

#include "values/arn.h"

#include <string_view>

namespace engine::eval {

enum class MatchResult { NoMatch, Match, Invalid };

// ---- strings.cpp ---------------------------------------------------------------------------
bool stringEquals(std::string_view policyValue, std::string_view requestValue);
// Equal after Unicode simple case folding of both sides.
bool stringEqualsIgnoreCase(std::string_view policyValue, std::string_view requestValue);
// `escapedPattern`: see values/glob.h.
bool stringLike(std::string_view escapedPattern, std::string_view requestValue);

// ---- binary.cpp ----------------------------------------------------------------------------
MatchResult binaryEquals(std::string_view policyBytes, std::string_view requestBase64);

// ---- arnops.cpp ----------------------------------------------------------------------------
// ArnEquals/ArnLike of a request value against a split escaped pattern; invalid when the value
// has fewer than six fields.
MatchResult arnLike(const values::ArnFields &escapedPattern, std::string_view requestValue);

} // namespace engine::eval
