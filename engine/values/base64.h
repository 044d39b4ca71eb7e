// Base64 of the BinaryEquals operator: the standard alphabet of RFC 4648 (A-Z a-z 0-9 + /),
// with or without `=` padding (at most two, and only when they complete a group of four).
// Anything else (spaces, the URL-safe alphabet, a lone trailing character) is not base64. The
// empty text is zero bytes.
//
//   decodeBase64("QUJDRA") == decodeBase64("QUJDRA==")   // "ABCD"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace engine::values {

std::optional<std::string> decodeBase64(std::string_view text);
// The same test without building the bytes.
bool isBase64(std::string_view text);

} // namespace engine::values
