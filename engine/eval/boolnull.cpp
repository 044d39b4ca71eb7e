// Bool and Null operators (evaluation.md §3.6.4, §3.6.7): both read true/false without case.
#include "eval/glob.h"
#include "eval/operators.h"

namespace engine::eval {

std::optional<bool> parseBool(std::string_view text)
{
    if (equalsAsciiIgnoreCase(text, "true"))
        return true;
    if (equalsAsciiIgnoreCase(text, "false"))
        return false;
    return std::nullopt;
}

} // namespace engine::eval
