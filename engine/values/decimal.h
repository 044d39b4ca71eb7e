// Numbers of the Numeric condition operators: `[+|-] digits [ "." digits ]`, also `digits "."`
// and `"." digits`; no spaces, exponent, hex or separators. Compared exactly on the decimal
// digits (never through a float), so "07" equals "7" and "7.0" equals "7", and any length works.
//
//   auto a = parseDecimal("7."), b = parseDecimal("07.000");
//   compareDecimal(*a, *b) == std::strong_ordering::equal
#pragma once

// <version> first: Qt's moc, reading this header for a test, needs the library's
// configuration macros before <compare>.
#include <version>

#include <compare>
#include <optional>
#include <string_view>

namespace engine::values {

// Views into the parsed text: keep the text alive while the Decimal is used.
struct Decimal
{
    bool negative = false;     // never set for zero ("-0" is 0)
    std::string_view integer;  // without leading zeros
    std::string_view fraction; // without trailing zeros
};
std::optional<Decimal> parseDecimal(std::string_view text);
std::strong_ordering compareDecimal(const Decimal &a, const Decimal &b);

} // namespace engine::values
