// "Did you mean ...?": the closest of a few known names to a misspelt one. Used for element
// names and operators here, and by the linter for actions and condition keys.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace engine {

// Levenshtein distance of a and b, comparing ASCII letters ignoring case.
std::size_t editDistanceIgnoringCase(std::string_view a, std::string_view b);

// The candidate equal to `name` ignoring case, else the one with the smallest edit distance
// if that distance is at most maxDistance (the first in list order on a tie), else nullopt.
std::optional<std::string_view> closestName(std::string_view name,
                                            std::span<const std::string_view> candidates,
                                            std::size_t maxDistance);

} // namespace engine

namespace engine {

// The operator (evaluation.md §3.2) closest to an unknown operator name, spelled canonically,
// e.g. "StringEqual" -> "StringEquals", "NullIfExists" -> "Null"; nullopt when nothing is close.
std::optional<std::string> closestOperatorName(std::string_view name);

} // namespace engine
