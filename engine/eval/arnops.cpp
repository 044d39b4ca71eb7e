// ARN operators (evaluation.md §3.6.8): six fields, each globbed separately and case-sensitively.
#include "eval/operators.h"

namespace engine::eval {

MatchResult arnLike(const ArnFields &escapedPattern, std::string_view requestValue)
{
    ArnFields value;
    if (!splitArn(requestValue, value))
        return MatchResult::Invalid;
    return arnFieldsMatch(escapedPattern, value) ? MatchResult::Match : MatchResult::NoMatch;
}

} // namespace engine::eval
