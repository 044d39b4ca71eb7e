#include "values/glob.h"

#include "values/text.h"

namespace engine::values {

namespace {

struct ExactByte
{
    static bool equal(char patternChar, char textChar) { return patternChar == textChar; }
};

struct FoldAsciiBytes
{
    static bool equal(char patternChar, char textChar)
    {
        return lowerAscii(patternChar) == lowerAscii(textChar);
    }
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

bool globMatchAsciiIgnoreCase(std::string_view pattern, std::string_view text)
{
    return globImpl<FoldAsciiBytes>(pattern, text, false);
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

} // namespace engine::values
