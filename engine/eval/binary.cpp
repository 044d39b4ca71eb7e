// BinaryEquals (evaluation.md §3.6.5): both sides are base64 text, compared as bytes.
#include "eval/operators.h"

#include "values/base64.h"

namespace engine::eval {

MatchResult binaryEquals(std::string_view policyBytes, std::string_view requestBase64)
{
    const std::optional<std::string> request = values::decodeBase64(requestBase64);
    if (!request)
        return MatchResult::Invalid;
    return *request == policyBytes ? MatchResult::Match : MatchResult::NoMatch;
}

} // namespace engine::eval
