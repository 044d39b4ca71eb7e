// UTF-8 checking and byte helpers for the JSON reader (json/utf8_p.h).
#include "json/utf8_p.h"

namespace engine::json::detail {

bool startsWithBom(std::string_view text)
{
    return text.size() >= kBomSize && static_cast<unsigned char>(text[0]) == 0xEF
           && static_cast<unsigned char>(text[1]) == 0xBB
           && static_cast<unsigned char>(text[2]) == 0xBF;
}

std::string hexByte(unsigned char b)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string s = "0x";
    s.push_back(digits[b >> 4]);
    s.push_back(digits[b & 0x0Fu]);
    return s;
}

// "U+000A"
std::string codePointName(unsigned cp)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string s = "U+";
    for (int shift = 12; shift >= 0; shift -= 4)
        s.push_back(digits[(cp >> static_cast<unsigned>(shift)) & 0x0Fu]);
    return s;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0u | (cp >> 6)));
        out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0u | (cp >> 12)));
        out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
        out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
    } else {
        out.push_back(static_cast<char>(0xF0u | (cp >> 18)));
        out.push_back(static_cast<char>(0x80u | ((cp >> 12) & 0x3Fu)));
        out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
        out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
    }
}

// Checks the UTF-8 sequence starting at p (p < end), per RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF, no truncated sequence.
Utf8Check checkUtf8(const char *p, const char *end)
{
    const auto b0 = static_cast<unsigned char>(*p);
    if (b0 < 0x80)
        return {1, Utf8Problem::None, 0};
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    Utf8Problem rangeProblem = Utf8Problem::None;
    // Continuation bytes, the overlong leads C0 and C1, and leads beyond U+10FFFF.
    if (b0 < 0xC2 || b0 > 0xF4)
        return {0, Utf8Problem::InvalidByte, 0};
    if (b0 < 0xE0) {
        length = 2;
    } else if (b0 < 0xF0) {
        length = 3;
        if (b0 == 0xE0) {
            low = 0xA0;
            rangeProblem = Utf8Problem::Overlong;
        } else if (b0 == 0xED) {
            high = 0x9F;
            rangeProblem = Utf8Problem::Surrogate;
        }
    } else {
        length = 4;
        if (b0 == 0xF0) {
            low = 0x90;
            rangeProblem = Utf8Problem::Overlong;
        } else if (b0 == 0xF4) {
            high = 0x8F;
            rangeProblem = Utf8Problem::TooLarge;
        }
    }
    for (std::size_t i = 1; i < length; ++i) {
        if (p + i == end)
            return {0, Utf8Problem::Truncated, i};
        const auto b = static_cast<unsigned char>(p[i]);
        if (!isContinuation(b))
            return {0, Utf8Problem::Truncated, i};
        if (i == 1 && (b < low || b > high))
            return {0, rangeProblem, 0};
    }
    return {length, Utf8Problem::None, 0};
}

std::string utf8Message(Utf8Problem problem, unsigned char leadByte)
{
    switch (problem) {
    case Utf8Problem::None:
        break;
    case Utf8Problem::InvalidByte:
        return "invalid UTF-8 byte " + hexByte(leadByte);
    case Utf8Problem::Truncated:
        return "truncated UTF-8 sequence";
    case Utf8Problem::Overlong:
        return "overlong UTF-8 sequence";
    case Utf8Problem::Surrogate:
        return "surrogate code point encoded in UTF-8";
    case Utf8Problem::TooLarge:
        return "code point above U+10FFFF";
    }
    return "invalid UTF-8";
}

} // namespace engine::json::detail
