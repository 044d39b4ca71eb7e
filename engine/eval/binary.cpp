// BinaryEquals (evaluation.md §3.6.5): both sides are base64 text, compared as bytes.
#include "eval/operators.h"

namespace engine::eval {

namespace {

int base64Digit(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

} // namespace

std::optional<std::string> decodeBase64(std::string_view text)
{
    std::size_t end = text.size();
    int padding = 0;
    while (end > 0 && text[end - 1] == '=' && padding < 2) {
        --end;
        ++padding;
    }
    if (padding > 0 && text.size() % 4 != 0)
        return std::nullopt;
    if (end % 4 == 1)
        return std::nullopt;
    std::string out;
    out.reserve(end * 3 / 4);
    unsigned buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < end; ++i) {
        const int digit = base64Digit(text[i]);
        if (digit < 0)
            return std::nullopt;
        buffer = (buffer << 6) | static_cast<unsigned>(digit);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFFu);
        }
    }
    return out;
}

MatchResult binaryEquals(std::string_view policyBytes, std::string_view requestBase64)
{
    const std::optional<std::string> request = decodeBase64(requestBase64);
    if (!request)
        return MatchResult::Invalid;
    return *request == policyBytes ? MatchResult::Match : MatchResult::NoMatch;
}

} // namespace engine::eval
