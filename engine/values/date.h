// Dates of the Date condition operators, on both sides of a comparison:
// - the W3C profile of ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.s+]][TZD]
//   with TZD = Z | +hh:mm | -hh:mm (a time without a zone is read as UTC); missing parts take
//   their smallest value; the day must exist in its month (2024-02-30 is not a date, 2024-02-29
//   is); hours 00-23, minutes and seconds 00-59;
// - epoch time: an integer number of seconds since 1970-01-01T00:00:00Z (optional sign).
// Exactly four digits are a year; any other run of digits is epoch seconds.
//
//   *parseDate("2030-01-01T00:00:00Z") == *parseDate("1893456000")
#pragma once

// <version> first: Qt's moc, reading this header for a test, needs the library's
// configuration macros before <compare>.
#include <version>

#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

namespace engine::values {

struct Instant
{
    std::int64_t seconds = 0; // since 1970-01-01T00:00:00Z
    std::int32_t nanos = 0;
    friend auto operator<=>(const Instant &, const Instant &) = default;
};

std::optional<Instant> parseDate(std::string_view text);

// How a date was written, for the linter (a time without a zone is worth a warning).
struct DateForm
{
    Instant instant;
    bool hasTime = false; // ISO form with a time of day
    bool hasZone = false; // ... and an explicit zone
};
std::optional<DateForm> readDate(std::string_view text);

} // namespace engine::values
