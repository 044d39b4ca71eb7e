// Small text helpers of the value layer: ASCII case (condition key prefixes, operator names,
// action names, true/false), hex digits and UTF-8 code points. Unicode case folding, for the
// places the rules say "ignoring case" about user text, is in casefold.h.
//
// One meaning per name: `...AsciiIgnoreCase` folds A-Z only and compares bytes; nothing here
// folds other letters.
//
//   equalsAsciiIgnoreCase("secretsmanager:GetSecretValue", "SECRETSMANAGER:getsecretvalue") // true
//   hexDigitValue('b') == 11
#pragma once

#include <string>
#include <string_view>

namespace engine::values {

constexpr char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}
// 0-15 for [0-9A-Fa-f], -1 otherwise.
constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
// True for a non-empty run of [0-9].
bool isDigits(std::string_view text);

std::string toLowerAscii(std::string_view text);
bool equalsAsciiIgnoreCase(std::string_view a, std::string_view b);
bool startsWithAsciiIgnoreCase(std::string_view text, std::string_view prefix);
bool endsWithAsciiIgnoreCase(std::string_view text, std::string_view suffix);

// Decodes the code point at text[i] and advances i; an invalid byte counts as one code point
// with its own byte value.
char32_t nextCodePoint(std::string_view text, std::size_t &i);
// The number of code points (the bytes that do not continue a UTF-8 sequence).
std::size_t codePointCount(std::string_view text);
// Appends the UTF-8 form of a code point.
void appendUtf8(std::string &out, char32_t c);

} // namespace engine::values
