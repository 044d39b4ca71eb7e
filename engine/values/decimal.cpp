#include "values/decimal.h"

#include "values/text.h"

namespace engine::values {

namespace {

std::strong_ordering compareMagnitude(const Decimal &a, const Decimal &b)
{
    if (a.integer.size() != b.integer.size())
        return a.integer.size() <=> b.integer.size();
    if (const int c = a.integer.compare(b.integer); c != 0)
        return c <=> 0;
    return a.fraction.compare(b.fraction) <=> 0;
}

} // namespace

std::optional<Decimal> parseDecimal(std::string_view text)
{
    Decimal d;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        d.negative = text[i] == '-';
        ++i;
    }
    const std::size_t intStart = i;
    while (i < text.size() && isAsciiDigit(text[i]))
        ++i;
    std::string_view integer = text.substr(intStart, i - intStart);
    std::string_view fraction;
    if (i < text.size() && text[i] == '.') {
        ++i;
        const std::size_t fracStart = i;
        while (i < text.size() && isAsciiDigit(text[i]))
            ++i;
        fraction = text.substr(fracStart, i - fracStart);
    }
    if (i != text.size() || (integer.empty() && fraction.empty()))
        return std::nullopt;
    while (!integer.empty() && integer.front() == '0')
        integer.remove_prefix(1);
    while (!fraction.empty() && fraction.back() == '0')
        fraction.remove_suffix(1);
    d.integer = integer;
    d.fraction = fraction;
    if (integer.empty() && fraction.empty())
        d.negative = false; // -0 is 0
    return d;
}

std::strong_ordering compareDecimal(const Decimal &a, const Decimal &b)
{
    if (a.negative != b.negative)
        return a.negative ? std::strong_ordering::less : std::strong_ordering::greater;
    const std::strong_ordering magnitude = compareMagnitude(a, b);
    if (!a.negative)
        return magnitude;
    return 0 <=> magnitude;
}

} // namespace engine::values
