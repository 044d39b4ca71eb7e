#include "values/boolean.h"

#include "values/text.h"

namespace engine::values {

std::optional<bool> parseBool(std::string_view text)
{
    if (equalsAsciiIgnoreCase(text, "true"))
        return true;
    if (equalsAsciiIgnoreCase(text, "false"))
        return false;
    return std::nullopt;
}

} // namespace engine::values
