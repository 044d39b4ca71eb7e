#include "eval/glob.h"

namespace engine::eval {

namespace {

struct ExactByte
{
    static bool equal(char patternChar, char textChar) { return patternChar == textChar; }
};

struct FoldAsciiByte
{
    static bool equal(char lowerPatternChar, char textChar)
    {
        return lowerPatternChar == lowerAscii(textChar);
    }
};

// The classic linear glob with one backtracking point; `escapes` turns `\x` into a literal x.
template<typename Compare>
bool globImpl(std::string_view pattern, std::string_view text, bool escapes)
{
    constexpr std::size_t none = std::string_view::npos;
    std::size_t p = 0;
    std::size_t t = 0;
    std::size_t starPattern = none;
    std::size_t starText = 0;
    while (t < text.size()) {
        if (p < pattern.size()) {
            const char c = pattern[p];
            if (c == '*') {
                starPattern = ++p;
                starText = t;
                continue;
            }
            if (c == '?') {
                ++p;
                nextCodePoint(text, t);
                continue;
            }
            char literal = c;
            std::size_t length = 1;
            if (escapes && c == '\\' && p + 1 < pattern.size()) {
                literal = pattern[p + 1];
                length = 2;
            }
            if (Compare::equal(literal, text[t])) {
                p += length;
                ++t;
                continue;
            }
        }
        if (starPattern == none)
            return false;
        p = starPattern;
        nextCodePoint(text, starText);
        t = starText;
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

} // namespace

bool globMatch(std::string_view pattern, std::string_view text)
{
    return globImpl<ExactByte>(pattern, text, false);
}

bool globMatchEscaped(std::string_view escapedPattern, std::string_view text)
{
    return globImpl<ExactByte>(escapedPattern, text, true);
}

bool globMatchEscapedFoldAscii(std::string_view escapedLowerPattern, std::string_view text)
{
    return globImpl<FoldAsciiByte>(escapedLowerPattern, text, true);
}

void appendGlobPattern(std::string &out, std::string_view rawPattern)
{
    for (char c : rawPattern) {
        if (c == '\\')
            out += '\\';
        out += c;
    }
}

std::string toGlobPattern(std::string_view rawPattern)
{
    std::string out;
    out.reserve(rawPattern.size());
    appendGlobPattern(out, rawPattern);
    return out;
}

void appendGlobLiteral(std::string &out, std::string_view literal)
{
    for (char c : literal) {
        if (c == '\\' || c == '*' || c == '?')
            out += '\\';
        out += c;
    }
}

std::string escapeGlobLiteral(std::string_view literal)
{
    std::string out;
    out.reserve(literal.size());
    appendGlobLiteral(out, literal);
    return out;
}

std::string unescapeGlob(std::string_view escapedPattern)
{
    std::string out;
    out.reserve(escapedPattern.size());
    for (std::size_t i = 0; i < escapedPattern.size(); ++i) {
        if (escapedPattern[i] == '\\' && i + 1 < escapedPattern.size())
            ++i;
        out += escapedPattern[i];
    }
    return out;
}

bool hasWildcard(std::string_view escapedPattern)
{
    for (std::size_t i = 0; i < escapedPattern.size(); ++i) {
        const char c = escapedPattern[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (c == '*' || c == '?')
            return true;
    }
    return false;
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

char32_t foldCase(char32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
    if (c == 0xB5)
        return 0x3BC;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 0x20;
    if (c >= 0x100 && c <= 0x17F) {
        if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
            return (c % 2 == 0) ? c + 1 : c;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return (c % 2 == 1) ? c + 1 : c;
        if (c == 0x178)
            return 0xFF;
        if (c == 0x17F)
            return 's';
        return c;
    }
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
        return c + 0x20;
    if (c == 0x3C2)
        return 0x3C3;
    if (c >= 0x410 && c <= 0x42F)
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF))
        return (c % 2 == 0) ? c + 1 : c;
    if (c >= 0x531 && c <= 0x556)
        return c + 0x30;
    return c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (foldCase(nextCodePoint(a, i)) != foldCase(nextCodePoint(b, j)))
            return false;
    }
    return i == a.size() && j == b.size();
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

std::string toLowerAscii(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = lowerAscii(c);
    return out;
}

} // namespace engine::eval
