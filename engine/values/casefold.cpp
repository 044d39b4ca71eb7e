#include "values/casefold.h"

#include "values/casefold_table.h"
#include "values/text.h"

#include <algorithm>
#include <iterator>

namespace engine::values {

char32_t nextFoldedCodePoint(std::string_view text, std::size_t &i)
{
    const std::size_t start = i;
    const char32_t c = nextCodePoint(text, i);
    if (i == start + 1 && c >= 0x80)
        return 0x110000 + c;
    return foldCase(c);
}

char32_t foldCase(char32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
    const auto end = std::end(detail::foldRanges);
    // The last range whose first code point is <= c.
    const auto it = std::upper_bound(std::begin(detail::foldRanges), end, c,
                                     [](char32_t v, const detail::FoldRange &r) {
                                         return v < r.first;
                                     });
    if (it == std::begin(detail::foldRanges))
        return c;
    const detail::FoldRange &r = *std::prev(it);
    if (c > r.last || (c - r.first) % r.stride != 0)
        return c;
    return static_cast<char32_t>(static_cast<std::int32_t>(c) + r.delta);
}

std::string foldCase(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            out += lowerAscii(static_cast<char>(byte));
            ++i;
            continue;
        }
        const std::size_t start = i;
        const char32_t c = nextCodePoint(text, i);
        if (i == start + 1) {
            out += text[start]; // not valid UTF-8: kept
            continue;
        }
        appendUtf8(out, foldCase(c));
    }
    return out;
}

bool equalsFoldingCase(std::string_view a, std::string_view b)
{
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const unsigned char x = static_cast<unsigned char>(a[i]);
        const unsigned char y = static_cast<unsigned char>(b[j]);
        if (x < 0x80 && y < 0x80) {
            if (lowerAscii(static_cast<char>(x)) != lowerAscii(static_cast<char>(y)))
                return false;
            ++i;
            ++j;
            continue;
        }
        if (nextFoldedCodePoint(a, i) != nextFoldedCodePoint(b, j))
            return false;
    }
    return i == a.size() && j == b.size();
}

bool hasNonAscii(std::string_view text)
{
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

} // namespace engine::values
