#include "values/text.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace engine::values {

bool isDigits(std::string_view text)
{
    for (char c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return !text.empty();
}

std::string toLowerAscii(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = lowerAscii(c);
    return out;
}

bool equalsAsciiIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    }
    return true;
}

bool startsWithAsciiIgnoreCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && equalsAsciiIgnoreCase(text.substr(0, prefix.size()), prefix);
}

bool endsWithAsciiIgnoreCase(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size()
           && equalsAsciiIgnoreCase(text.substr(text.size() - suffix.size()), suffix);
}

char32_t nextCodePoint(std::string_view text, std::size_t &i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    int extra = 0;
    char32_t cp = lead;
    if (lead >= 0xF0 && lead <= 0xF4) {
        extra = 3;
        cp = lead & 0x07u;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        extra = 2;
        cp = lead & 0x0Fu;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
        cp = lead & 0x1Fu;
    }
    if (extra > 0 && i + static_cast<std::size_t>(extra) < text.size()) {
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            if ((byte(i + static_cast<std::size_t>(k)) & 0xC0u) != 0x80u) {
                ok = false;
                break;
            }
            cp = (cp << 6) | (byte(i + static_cast<std::size_t>(k)) & 0x3Fu);
        }
        if (ok) {
            i += static_cast<std::size_t>(extra) + 1;
            return cp;
        }
    }
    ++i;
    return lead;
}

std::size_t codePointCount(std::string_view text)
{
    // Every byte that is not a continuation byte (10xxxxxx) starts a code point. Eight bytes
    // at a time: a continuation byte has bit 7 set and bit 6 clear.
    constexpr std::uint64_t high = 0x8080808080808080ULL;
    std::size_t n = 0;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, sizeof word);
        const std::uint64_t continuation = word & ~(word << 1) & high;
        n += 8 - static_cast<std::size_t>(std::popcount(continuation));
    }
    for (; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

} // namespace engine::values
