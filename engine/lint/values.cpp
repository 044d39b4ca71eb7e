// Reading condition values for their operator family: numbers, dates, IP ranges, base64, ARNs.
#include "lint/lintcontext.h"

#include <cctype>
#include <charconv>
#include <cstdlib>

namespace engine::rules {

namespace {

bool digits(std::string_view s, std::size_t n)
{
    if (s.size() < n)
        return false;
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i])))
            return false;
    }
    return true;
}

int num(std::string_view s)
{
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

long long daysFromCivil(long long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

} // namespace

std::optional<double> parseNumber(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    const std::size_t start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
        ++i;
    if (i == start)
        return std::nullopt;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const std::size_t f = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i;
        if (i == f)
            return std::nullopt;
    }
    if (i != s.size())
        return std::nullopt;
    return std::strtod(std::string(s).c_str(), nullptr);
}

std::optional<DateValue> parseDate(std::string_view s)
{
    DateValue out;
    if (!s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos) {
        out.seconds = std::strtod(std::string(s).c_str(), nullptr);
        return out;
    }
    if (!digits(s, 4) || s.size() < 10 || s[4] != '-' || !digits(s.substr(5), 2) || s[7] != '-'
        || !digits(s.substr(8), 2))
        return std::nullopt;
    const int y = num(s.substr(0, 4)), mo = num(s.substr(5, 2)), d = num(s.substr(8, 2));
    if (mo < 1 || mo > 12 || d < 1 || d > 31)
        return std::nullopt;
    double secs = static_cast<double>(daysFromCivil(y, static_cast<unsigned>(mo),
                                                    static_cast<unsigned>(d)))
                  * 86400.0;
    std::string_view rest = s.substr(10);
    if (rest.empty()) {
        out.seconds = secs;
        return out;
    }
    if (rest[0] != 'T' && rest[0] != 't')
        return std::nullopt;
    out.hasTime = true;
    rest.remove_prefix(1);
    if (!digits(rest, 2) || rest.size() < 5 || rest[2] != ':' || !digits(rest.substr(3), 2))
        return std::nullopt;
    const int h = num(rest.substr(0, 2)), mi = num(rest.substr(3, 2));
    if (h > 23 || mi > 59)
        return std::nullopt;
    secs += h * 3600.0 + mi * 60.0;
    rest.remove_prefix(5);
    if (!rest.empty() && rest[0] == ':') {
        if (!digits(rest.substr(1), 2))
            return std::nullopt;
        const int sec = num(rest.substr(1, 2));
        if (sec > 60)
            return std::nullopt;
        secs += sec;
        rest.remove_prefix(3);
        if (!rest.empty() && rest[0] == '.') {
            std::size_t i = 1;
            while (i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i])))
                ++i;
            if (i == 1)
                return std::nullopt;
            rest.remove_prefix(i);
        }
    }
    if (rest.empty()) {
        out.seconds = secs;
        return out;
    }
    out.hasZone = true;
    if (rest == "Z" || rest == "z") {
        out.seconds = secs;
        return out;
    }
    if ((rest[0] == '+' || rest[0] == '-') && rest.size() == 6 && digits(rest.substr(1), 2)
        && rest[3] == ':' && digits(rest.substr(4), 2)) {
        const double off = num(rest.substr(1, 2)) * 3600.0 + num(rest.substr(4, 2)) * 60.0;
        out.seconds = rest[0] == '+' ? secs - off : secs + off;
        return out;
    }
    return std::nullopt;
}

std::optional<Cidr> parseCidr(std::string_view s)
{
    Cidr c;
    std::string_view addr = s;
    const std::size_t slash = s.find('/');
    if (slash != std::string_view::npos) {
        addr = s.substr(0, slash);
        const std::string_view p = s.substr(slash + 1);
        if (p.empty() || p.size() > 3 || p.find_first_not_of("0123456789") != std::string_view::npos)
            return std::nullopt;
        c.prefix = num(p);
        c.hasPrefix = true;
    }
    if (addr.find(':') == std::string_view::npos) {
        // IPv4
        int parts = 0;
        std::size_t i = 0;
        while (parts < 4) {
            const std::size_t dot = addr.find('.', i);
            const std::string_view part = addr.substr(i, dot == std::string_view::npos ? addr.size() - i : dot - i);
            if (part.empty() || part.size() > 3 || part.find_first_not_of("0123456789") != std::string_view::npos)
                return std::nullopt;
            const int v = num(part);
            if (v > 255)
                return std::nullopt;
            c.bytes[static_cast<std::size_t>(parts)] = static_cast<unsigned char>(v);
            ++parts;
            if (dot == std::string_view::npos)
                break;
            i = dot + 1;
        }
        if (parts != 4 || addr.find('.', i) != std::string_view::npos)
            return std::nullopt;
        if (!c.hasPrefix)
            c.prefix = 32;
        if (c.prefix > 32)
            return std::nullopt;
        c.v6 = false;
        return c;
    }
    // IPv6 (no embedded IPv4)
    std::vector<unsigned> head, tail;
    bool doubleColon = false;
    std::size_t i = 0;
    if (addr.substr(0, 2) == "::") {
        doubleColon = true;
        i = 2;
    }
    while (i < addr.size()) {
        std::size_t colon = addr.find(':', i);
        std::string_view group = addr.substr(i, colon == std::string_view::npos ? addr.size() - i : colon - i);
        if (group.empty() || group.size() > 4
            || group.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos)
            return std::nullopt;
        (doubleColon ? tail : head).push_back(static_cast<unsigned>(std::strtoul(std::string(group).c_str(), nullptr, 16)));
        if (colon == std::string_view::npos)
            break;
        i = colon + 1;
        if (i < addr.size() && addr[i] == ':') {
            if (doubleColon)
                return std::nullopt;
            doubleColon = true;
            ++i;
        } else if (i == addr.size()) {
            return std::nullopt;
        }
    }
    const std::size_t total = head.size() + tail.size();
    if ((!doubleColon && total != 8) || total > 8 || (doubleColon && total == 8))
        return std::nullopt;
    std::vector<unsigned> groups = head;
    groups.resize(8 - tail.size(), 0);
    groups.insert(groups.end(), tail.begin(), tail.end());
    for (std::size_t g = 0; g < 8; ++g) {
        c.bytes[2 * g] = static_cast<unsigned char>(groups[g] >> 8);
        c.bytes[2 * g + 1] = static_cast<unsigned char>(groups[g] & 0xff);
    }
    if (!c.hasPrefix)
        c.prefix = 128;
    if (c.prefix > 128)
        return std::nullopt;
    c.v6 = true;
    return c;
}

bool Cidr::hostBitsSet() const
{
    const int bits = v6 ? 128 : 32;
    for (int b = prefix; b < bits; ++b) {
        if (bytes[static_cast<std::size_t>(b / 8)] & (0x80 >> (b % 8)))
            return true;
    }
    return false;
}

std::string Cidr::clean() const
{
    Cidr c = *this;
    const int bits = v6 ? 128 : 32;
    for (int b = prefix; b < bits; ++b)
        c.bytes[static_cast<std::size_t>(b / 8)] &= static_cast<unsigned char>(~(0x80 >> (b % 8)));
    std::string out;
    if (!v6) {
        for (int i = 0; i < 4; ++i) {
            if (i)
                out += '.';
            out += std::to_string(c.bytes[static_cast<std::size_t>(i)]);
        }
    } else {
        // RFC 5952: lower-case hex, the longest run of two or more zero groups as "::".
        unsigned groups[8];
        for (int g = 0; g < 8; ++g)
            groups[g] = (unsigned(c.bytes[static_cast<std::size_t>(2 * g)]) << 8)
                        | c.bytes[static_cast<std::size_t>(2 * g + 1)];
        int bestStart = -1, bestLength = 1;
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
        char buf[8];
        for (int g = 0; g < 8; ++g) {
            if (g == bestStart) {
                out += "::";
                g += bestLength - 1;
                continue;
            }
            if (g && !(bestStart >= 0 && g == bestStart + bestLength))
                out += ':';
            std::snprintf(buf, sizeof buf, "%x", groups[g]);
            out += buf;
        }
    }
    return out + "/" + std::to_string(prefix);
}

bool Cidr::within(const Cidr &net) const
{
    if (v6 != net.v6 || prefix < net.prefix)
        return false;
    for (int b = 0; b < net.prefix; ++b) {
        const auto i = static_cast<std::size_t>(b / 8);
        const int mask = 0x80 >> (b % 8);
        if ((bytes[i] & mask) != (net.bytes[i] & mask))
            return false;
    }
    return true;
}

bool isBase64(std::string_view s)
{
    if (s.empty() || s.size() % 4 != 0)
        return false;
    std::size_t pad = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '=') {
            ++pad;
            continue;
        }
        if (pad > 0)
            return false;
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '/')
            return false;
    }
    return pad <= 2;
}

} // namespace engine::rules
