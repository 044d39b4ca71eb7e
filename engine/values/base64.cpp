#include "values/base64.h"

namespace engine::values {

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

// Decodes `text`, handing each byte to `sink`; false when the text is not base64.
template<typename Sink>
bool decode(std::string_view text, Sink &&sink)
{
    std::size_t end = text.size();
    int padding = 0;
    while (end > 0 && text[end - 1] == '=' && padding < 2) {
        --end;
        ++padding;
    }
    if (padding > 0 && text.size() % 4 != 0)
        return false;
    if (end % 4 == 1)
        return false;
    unsigned buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < end; ++i) {
        const int digit = base64Digit(text[i]);
        if (digit < 0)
            return false;
        buffer = (buffer << 6) | static_cast<unsigned>(digit);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            sink(static_cast<char>((buffer >> bits) & 0xFFu));
        }
    }
    return true;
}

} // namespace

std::optional<std::string> decodeBase64(std::string_view text)
{
    std::string out;
    out.reserve(text.size() * 3 / 4);
    if (!decode(text, [&out](char c) { out += c; }))
        return std::nullopt;
    return out;
}

bool isBase64(std::string_view text)
{
    return decode(text, [](char) {});
}

} // namespace engine::values
