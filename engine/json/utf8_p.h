// Internal to the JSON reader (reader.cpp, reader_scalars.cpp): UTF-8 checking and the small
// byte and code-point helpers both halves share. Not part of the engine API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace engine::json::detail {

inline constexpr std::size_t kBomSize = 3;

bool startsWithBom(std::string_view text);

inline bool isContinuation(unsigned char b)
{
    return (b & 0xC0u) == 0x80u;
}

// Counts code points: every byte that is not a UTF-8 continuation byte starts one.
inline int countCodePoints(const char *begin, const char *end)
{
    int n = 0;
    for (const char *p = begin; p != end; ++p)
        n += isContinuation(static_cast<unsigned char>(*p)) ? 0 : 1;
    return n;
}

// "0xff"
std::string hexByte(unsigned char b);
// "U+000A"
std::string codePointName(unsigned cp);
void appendUtf8(std::string &out, std::uint32_t cp);

enum class Utf8Problem { None, InvalidByte, Truncated, Overlong, Surrogate, TooLarge };

struct Utf8Check
{
    std::size_t length = 0; // of the valid sequence; 0 when there is a problem
    Utf8Problem problem = Utf8Problem::None;
    std::size_t where = 0; // the bad byte, relative to the start of the sequence
};

// Checks the UTF-8 sequence starting at p (p < end), per RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF, no truncated sequence.
Utf8Check checkUtf8(const char *p, const char *end);
std::string utf8Message(Utf8Problem problem, unsigned char leadByte);

} // namespace engine::json::detail
