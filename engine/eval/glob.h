// Globs and UTF-8 helpers shared by action, resource, string and ARN matching (evaluation.md
// §2.1, §2.2, §3.6.1, §3.6.8).
//
// A glob pattern is matched against the whole text: `*` matches any run of characters
// (including none, including newlines, `/` and `:`), `?` matches exactly one Unicode code point,
// every other character matches itself. Patterns prepared by the evaluator may carry escapes:
// in an *escaped* pattern `\x` stands for the literal character x, so that the text of a policy
// variable or of `${*}` can never act as a wildcard.
//
//   globMatch("secretsmanager:Get*", "secretsmanager:GetSecretValue")       // true
//   globMatchEscaped(escapeGlobLiteral("a*b"), "a*b")                         // true, literal *
#pragma once

#include <string>
#include <string_view>

namespace engine::eval {

// Case-sensitive glob of a raw pattern (no escapes).
bool globMatch(std::string_view pattern, std::string_view text);
// Case-sensitive glob of an escaped pattern.
bool globMatchEscaped(std::string_view escapedPattern, std::string_view text);
// ASCII case-insensitive glob of an escaped pattern that is already lower-case (actions).
bool globMatchEscapedFoldAscii(std::string_view escapedLowerPattern, std::string_view text);

// Raw policy text -> escaped pattern in which `*` and `?` stay wildcards (only `\` is escaped).
void appendGlobPattern(std::string &out, std::string_view rawPattern);
std::string toGlobPattern(std::string_view rawPattern);
// Literal text -> escaped pattern matching exactly that text.
void appendGlobLiteral(std::string &out, std::string_view literal);
std::string escapeGlobLiteral(std::string_view literal);
// Removes the escapes of an escaped pattern (the text an equality test compares).
std::string unescapeGlob(std::string_view escapedPattern);
// True when an escaped pattern holds an unescaped `*` or `?`.
bool hasWildcard(std::string_view escapedPattern);

// Decodes the code point at text[i] and advances i; an invalid byte counts as one code point
// with its own byte value.
char32_t nextCodePoint(std::string_view text, std::size_t &i);
// Unicode simple case folding for the common scripts (Latin, Greek, Cyrillic, Armenian).
char32_t foldCase(char32_t c);
// Equal after case folding both sides (StringEqualsIgnoreCase).
bool equalsIgnoreCase(std::string_view a, std::string_view b);
// ASCII case-insensitive equality (condition keys, operator names, true/false).
bool equalsAsciiIgnoreCase(std::string_view a, std::string_view b);
std::string toLowerAscii(std::string_view text);
inline char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace engine::eval
