#include "policy/suggest.h"

#include <algorithm>
#include <vector>

namespace engine {

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

std::size_t editDistanceIgnoringCase(std::string_view a, std::string_view b)
{
    // One row of the classic dynamic programme; names are short.
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::string_view> closestName(std::string_view name,
                                            std::span<const std::string_view> candidates,
                                            std::size_t maxDistance)
{
    std::optional<std::string_view> best;
    std::size_t bestDistance = maxDistance + 1;
    for (std::string_view candidate : candidates) {
        const std::size_t d = editDistanceIgnoringCase(name, candidate);
        if (d == 0)
            return candidate;
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace engine
