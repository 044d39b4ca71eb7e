#include "values/date.h"

#include "values/text.h"

namespace engine::values {

namespace {

bool readDigits(std::string_view text, std::size_t &i, std::size_t count, int &value)
{
    if (i + count > text.size())
        return false;
    int v = 0;
    for (std::size_t k = 0; k < count; ++k) {
        const char c = text[i + k];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    value = v;
    i += count;
    return true;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

// Howard Hinnant's days_from_civil.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<Instant> parseEpoch(std::string_view text)
{
    std::size_t i = 0;
    bool negative = false;
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        negative = text[0] == '-';
        i = 1;
    }
    if (i == text.size() || text.size() - i > 18)
        return std::nullopt;
    std::int64_t v = 0;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        v = v * 10 + (text[i] - '0');
    }
    return Instant{negative ? -v : v, 0};
}

std::optional<DateForm> parseIso(std::string_view text)
{
    DateForm form;
    std::size_t i = 0;
    int year = 0;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    std::int32_t nanos = 0;
    int offsetMinutes = 0;
    if (!readDigits(text, i, 4, year))
        return std::nullopt;
    if (i < text.size()) {
        if (text[i++] != '-' || !readDigits(text, i, 2, month) || month < 1 || month > 12)
            return std::nullopt;
    }
    if (i < text.size()) {
        if (text[i++] != '-' || !readDigits(text, i, 2, day) || day < 1
            || day > daysInMonth(year, month))
            return std::nullopt;
    }
    if (i < text.size()) {
        if (text[i] != 'T' && text[i] != 't')
            return std::nullopt;
        ++i;
        form.hasTime = true;
        if (!readDigits(text, i, 2, hour) || hour > 23 || i >= text.size() || text[i++] != ':'
            || !readDigits(text, i, 2, minute) || minute > 59)
            return std::nullopt;
        if (i < text.size() && text[i] == ':') {
            ++i;
            if (!readDigits(text, i, 2, second) || second > 59)
                return std::nullopt;
            if (i < text.size() && text[i] == '.') {
                ++i;
                const std::size_t start = i;
                std::int32_t scale = 100000000;
                while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
                    nanos += (text[i] - '0') * scale;
                    scale /= 10;
                    ++i;
                }
                if (i == start)
                    return std::nullopt;
            }
        }
        if (i < text.size()) {
            form.hasZone = true;
            const char z = text[i];
            if (z == 'Z' || z == 'z') {
                ++i;
            } else if (z == '+' || z == '-') {
                ++i;
                int oh = 0;
                int om = 0;
                if (!readDigits(text, i, 2, oh) || oh > 23 || i >= text.size() || text[i++] != ':'
                    || !readDigits(text, i, 2, om) || om > 59)
                    return std::nullopt;
                offsetMinutes = (oh * 60 + om) * (z == '-' ? -1 : 1);
            } else {
                return std::nullopt;
            }
        }
        if (i != text.size())
            return std::nullopt;
    }
    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month),
                                            static_cast<unsigned>(day));
    const std::int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second
                                 - static_cast<std::int64_t>(offsetMinutes) * 60;
    form.instant = Instant{seconds, nanos};
    return form;
}

} // namespace

std::optional<DateForm> readDate(std::string_view text)
{
    // Exactly four digits is the ISO year form; any other run of digits is epoch seconds.
    if (text.size() == 4 && isDigits(text))
        return parseIso(text);
    if (auto epoch = parseEpoch(text))
        return DateForm{*epoch, false, false};
    return parseIso(text);
}

std::optional<Instant> parseDate(std::string_view text)
{
    if (const std::optional<DateForm> form = readDate(text))
        return form->instant;
    return std::nullopt;
}

} // namespace engine::values
