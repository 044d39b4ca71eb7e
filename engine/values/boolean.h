// Truth values of the Bool and Null operators: "true" or "false" in any ASCII case (JSON
// booleans arrive as this text); nothing else ("1", "yes", " true").
#pragma once

#include <optional>
#include <string_view>

namespace engine::values {

std::optional<bool> parseBool(std::string_view text);

} // namespace engine::values
