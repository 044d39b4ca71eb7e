#include "values/ipaddress.h"

#include "values/text.h"

#include <cstdio>

namespace engine::values {

namespace {

bool parseIpv4(std::string_view text, std::uint8_t *out)
{
    std::size_t i = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (i >= text.size() || text[i] != '.')
                return false;
            ++i;
        }
        const std::size_t start = i;
        int value = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 3) {
            value = value * 10 + (text[i] - '0');
            ++i;
        }
        if (i == start || value > 255)
            return false;
        out[part] = static_cast<std::uint8_t>(value);
    }
    return i == text.size();
}

bool parseIpv6(std::string_view text, std::array<std::uint8_t, 16> &out)
{
    std::uint16_t groups[8] = {};
    int count = 0;
    int gap = -1; // index where `::` sits
    std::size_t i = 0;
    if (text.starts_with("::")) {
        gap = 0;
        i = 2;
    } else if (text.starts_with(":")) {
        return false;
    }
    while (i < text.size()) {
        // An embedded IPv4 address ends the text.
        const std::size_t nextColon = text.find(':', i);
        const std::string_view piece = text.substr(i, nextColon == std::string_view::npos
                                                          ? std::string_view::npos
                                                          : nextColon - i);
        if (piece.find('.') != std::string_view::npos) {
            if (nextColon != std::string_view::npos || count > 6)
                return false;
            std::uint8_t v4[4];
            if (!parseIpv4(piece, v4))
                return false;
            groups[count++] = static_cast<std::uint16_t>(v4[0] << 8 | v4[1]);
            groups[count++] = static_cast<std::uint16_t>(v4[2] << 8 | v4[3]);
            i = text.size();
            break;
        }
        if (piece.empty() || piece.size() > 4 || count >= 8)
            return false;
        unsigned value = 0;
        for (char c : piece) {
            const int h = hexDigitValue(c);
            if (h < 0)
                return false;
            value = value * 16 + static_cast<unsigned>(h);
        }
        groups[count++] = static_cast<std::uint16_t>(value);
        i += piece.size();
        if (i == text.size())
            break;
        ++i; // the colon
        if (i < text.size() && text[i] == ':') {
            if (gap >= 0)
                return false;
            gap = count;
            ++i;
        } else if (i == text.size()) {
            return false; // trailing single colon
        }
    }
    if (gap < 0 && count != 8)
        return false;
    if (gap >= 0 && count > 7)
        return false;
    std::uint16_t full[8] = {};
    if (gap < 0) {
        for (int k = 0; k < 8; ++k)
            full[k] = groups[k];
    } else {
        const int tail = count - gap;
        for (int k = 0; k < gap; ++k)
            full[k] = groups[k];
        for (int k = 0; k < tail; ++k)
            full[8 - tail + k] = groups[gap + k];
    }
    for (int k = 0; k < 8; ++k) {
        out[static_cast<std::size_t>(2 * k)] = static_cast<std::uint8_t>(full[k] >> 8);
        out[static_cast<std::size_t>(2 * k + 1)] = static_cast<std::uint8_t>(full[k] & 0xFF);
    }
    return true;
}

} // namespace

std::optional<IpRange> parseIpAddress(std::string_view text)
{
    IpRange r;
    if (text.find(':') != std::string_view::npos) {
        if (!parseIpv6(text, r.bytes))
            return std::nullopt;
        r.v6 = true;
        r.prefix = 128;
        return r;
    }
    if (!parseIpv4(text, r.bytes.data()))
        return std::nullopt;
    r.prefix = 32;
    return r;
}

std::optional<IpRange> parseIpRange(std::string_view text)
{
    const std::size_t slash = text.find('/');
    std::optional<IpRange> r = parseIpAddress(text.substr(0, slash));
    if (!r || slash == std::string_view::npos)
        return r;
    const std::string_view digits = text.substr(slash + 1);
    if (digits.empty() || digits.size() > 3)
        return std::nullopt;
    int prefix = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        prefix = prefix * 10 + (c - '0');
    }
    if (prefix > (r->v6 ? 128 : 32))
        return std::nullopt;
    r->prefix = prefix;
    return r;
}

bool IpRange::hasHostBits() const
{
    const int bits = v6 ? 128 : 32;
    for (int b = prefix; b < bits; ++b) {
        if (bytes[static_cast<std::size_t>(b / 8)] & (0x80 >> (b % 8)))
            return true;
    }
    return false;
}

std::string IpRange::cleanText() const
{
    std::array<std::uint8_t, 16> clean = bytes;
    const int bits = v6 ? 128 : 32;
    for (int b = prefix; b < bits; ++b)
        clean[static_cast<std::size_t>(b / 8)] &= static_cast<std::uint8_t>(~(0x80 >> (b % 8)));
    std::string out;
    if (!v6) {
        for (std::size_t i = 0; i < 4; ++i) {
            if (i)
                out += '.';
            out += std::to_string(clean[i]);
        }
        return out + "/" + std::to_string(prefix);
    }
    // RFC 5952: lower-case hex, the longest run of two or more zero groups as "::".
    unsigned groups[8];
    for (std::size_t g = 0; g < 8; ++g)
        groups[g] = (unsigned(clean[2 * g]) << 8) | clean[2 * g + 1];
    int bestStart = -1;
    int bestLength = 1;
    for (int g = 0; g < 8;) {
        int end = g;
        while (end < 8 && groups[end] == 0)
            ++end;
        if (end - g > bestLength) {
            bestStart = g;
            bestLength = end - g;
        }
        g = end == g ? g + 1 : end;
    }
    char buffer[8];
    for (int g = 0; g < 8; ++g) {
        if (g == bestStart) {
            out += "::";
            g += bestLength - 1;
            continue;
        }
        if (g && !(bestStart >= 0 && g == bestStart + bestLength))
            out += ':';
        std::snprintf(buffer, sizeof buffer, "%x", groups[g]);
        out += buffer;
    }
    return out + "/" + std::to_string(prefix);
}

bool IpRange::isWithin(const IpRange &outer) const
{
    return prefix >= outer.prefix && ipInRange(*this, outer);
}

bool ipInRange(const IpRange &address, const IpRange &range)
{
    if (address.v6 != range.v6)
        return false;
    int bits = range.prefix;
    for (std::size_t k = 0; bits > 0; ++k, bits -= 8) {
        const unsigned mask = bits >= 8 ? 0xFFu : (0xFFu << (8 - bits)) & 0xFFu;
        if ((address.bytes[k] & mask) != (range.bytes[k] & mask))
            return false;
    }
    return true;
}

} // namespace engine::values
