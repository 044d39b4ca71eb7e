// The value types of the condition operator families (evaluation.md §3.6), one source file per
// family: strings.cpp, numeric.cpp, dates.cpp, boolnull.cpp, binary.cpp, ipaddress.cpp,
// arnops.cpp. Each parser is strict and allocation-free where it can be; a value that does not
// parse makes its comparison *invalid* (§3.5).
#pragma once

#include "eval/arn.h"

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace engine::eval {

enum class MatchResult { NoMatch, Match, Invalid };

// ---- strings.cpp ---------------------------------------------------------------------------
bool stringEquals(std::string_view policyValue, std::string_view requestValue);
bool stringEqualsIgnoreCase(std::string_view policyValue, std::string_view requestValue);
// `escapedPattern`: see glob.h.
bool stringLike(std::string_view escapedPattern, std::string_view requestValue);

// ---- numeric.cpp ---------------------------------------------------------------------------
// `[+|-] digits [ "." digits ]`, also `digits "."` and `"." digits`; views into the parsed text.
struct Decimal
{
    bool negative = false;
    std::string_view integer;  // without leading zeros
    std::string_view fraction; // without trailing zeros
};
std::optional<Decimal> parseDecimal(std::string_view text);
// Exact comparison on the decimal digits.
std::strong_ordering compareDecimal(const Decimal &a, const Decimal &b);

// ---- dates.cpp -----------------------------------------------------------------------------
struct Instant
{
    std::int64_t seconds = 0; // since 1970-01-01T00:00:00Z
    std::int32_t nanos = 0;
    friend auto operator<=>(const Instant &, const Instant &) = default;
};
// W3C ISO 8601 profile (YYYY, YYYY-MM, YYYY-MM-DD, ...Thh:mm[:ss[.s]][TZD]) or integer epoch
// seconds.
std::optional<Instant> parseDate(std::string_view text);

// ---- boolnull.cpp --------------------------------------------------------------------------
// "true"/"false" without case.
std::optional<bool> parseBool(std::string_view text);

// ---- binary.cpp ----------------------------------------------------------------------------
// Standard base64 (RFC 4648), padding optional; nullopt on any other character.
std::optional<std::string> decodeBase64(std::string_view text);
MatchResult binaryEquals(std::string_view policyBytes, std::string_view requestBase64);

// ---- ipaddress.cpp -------------------------------------------------------------------------
struct IpRange
{
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes{}; // IPv4 in the first 4 bytes
    int prefix = 0;                       // 0..32 or 0..128
};
// An IPv4 or IPv6 address with an optional /prefix (without: a range of one address).
std::optional<IpRange> parseIpRange(std::string_view text);
// An address without a prefix.
std::optional<IpRange> parseIpAddress(std::string_view text);
// False when the versions differ; bits after the range's prefix are ignored.
bool ipInRange(const IpRange &address, const IpRange &range);

// ---- arnops.cpp ----------------------------------------------------------------------------
// ArnEquals/ArnLike of a request value against a split escaped pattern; invalid when the value
// has fewer than six fields.
MatchResult arnLike(const ArnFields &escapedPattern, std::string_view requestValue);

} // namespace engine::eval
