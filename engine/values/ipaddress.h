// IP addresses and ranges of the IpAddress/NotIpAddress operators. An IPv4 address is four
// decimal parts 0-255 of up to three digits; an IPv6 address follows RFC 4291 (`::`
// compression, any case, an embedded IPv4 tail such as `::ffff:1.2.3.4`, which stays an IPv6
// address). A range is an address with an optional `/prefix` (without: the address alone); the
// bits after the prefix are ignored. An address of one version never lies in a range of the
// other.
//
//   ipInRange(*parseIpAddress("203.0.113.5"), *parseIpRange("203.0.113.77/24"))   // true
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace engine::values {

struct IpRange
{
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes{}; // IPv4 in the first 4 bytes
    int prefix = 0;                       // 0..32 or 0..128

    // True when a bit after the prefix is set ("203.0.113.77/24").
    bool hasHostBits() const;
    // The range in its clean form: host bits cleared, IPv6 per RFC 5952 ("203.0.113.0/24").
    std::string cleanText() const;
    // True when every address of this range lies in `outer`.
    bool isWithin(const IpRange &outer) const;
};

// An IPv4 or IPv6 address with an optional /prefix (the policy side).
std::optional<IpRange> parseIpRange(std::string_view text);
// An address without a prefix (the request side).
std::optional<IpRange> parseIpAddress(std::string_view text);
// False when the versions differ; bits after the range's prefix are ignored.
bool ipInRange(const IpRange &address, const IpRange &range);

} // namespace engine::values
