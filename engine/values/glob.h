// Globs shared by action, resource, string and ARN matching (evaluation.md
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

namespace engine::values {

// Case-sensitive glob of a raw pattern (no escapes).
bool globMatch(std::string_view pattern, std::string_view text);
// Case-sensitive glob of an escaped pattern.
bool globMatchEscaped(std::string_view escapedPattern, std::string_view text);
// ASCII case-insensitive glob of an escaped pattern that is already lower-case (actions).
bool globMatchEscapedFoldAscii(std::string_view escapedLowerPattern, std::string_view text);
// ASCII case-insensitive glob of a raw pattern (action patterns as written).
bool globMatchAsciiIgnoreCase(std::string_view pattern, std::string_view text);

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

} // namespace engine::values
