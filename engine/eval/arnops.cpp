// ARN operators (evaluation.md §3.6.8): six fields, each globbed separately and case-sensitively.
#include "eval/operators.h"

namespace engine::eval {

MatchResult arnLike(const values::ArnFields &escapedPattern, std::string_view requestValue)
{
    values::ArnFields value;
    if (!values::splitArn(requestValue, value))
        return MatchResult::Invalid;
    return values::arnFieldsMatch(escapedPattern, value) ? MatchResult::Match : MatchResult::NoMatch;
}

} // namespace engine::eval
