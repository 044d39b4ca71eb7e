// Condition operator names (evaluation.md §3.2): [qualifier ":"] base ["IfExists"], recognised
// ignoring case (open question 1); the linter asks for the canonical spelling.
#include "policy/policyreader.h"
#include "policy/suggest.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace engine {

namespace {

struct BaseName
{
    std::string_view name;
    Operator op;
};

constexpr std::array<BaseName, 27> baseNames{{
    {"StringEquals", Operator::StringEquals},
    {"StringNotEquals", Operator::StringNotEquals},
    {"StringEqualsIgnoreCase", Operator::StringEqualsIgnoreCase},
    {"StringNotEqualsIgnoreCase", Operator::StringNotEqualsIgnoreCase},
    {"StringLike", Operator::StringLike},
    {"StringNotLike", Operator::StringNotLike},
    {"NumericEquals", Operator::NumericEquals},
    {"NumericNotEquals", Operator::NumericNotEquals},
    {"NumericLessThan", Operator::NumericLessThan},
    {"NumericLessThanEquals", Operator::NumericLessThanEquals},
    {"NumericGreaterThan", Operator::NumericGreaterThan},
    {"NumericGreaterThanEquals", Operator::NumericGreaterThanEquals},
    {"DateEquals", Operator::DateEquals},
    {"DateNotEquals", Operator::DateNotEquals},
    {"DateLessThan", Operator::DateLessThan},
    {"DateLessThanEquals", Operator::DateLessThanEquals},
    {"DateGreaterThan", Operator::DateGreaterThan},
    {"DateGreaterThanEquals", Operator::DateGreaterThanEquals},
    {"Bool", Operator::Bool},
    {"BinaryEquals", Operator::BinaryEquals},
    {"IpAddress", Operator::IpAddress},
    {"NotIpAddress", Operator::NotIpAddress},
    {"ArnEquals", Operator::ArnEquals},
    {"ArnLike", Operator::ArnLike},
    {"ArnNotEquals", Operator::ArnNotEquals},
    {"ArnNotLike", Operator::ArnNotLike},
    {"Null", Operator::Null},
}};

constexpr std::string_view ifExistsSuffix = "IfExists";
constexpr std::string_view forAnyValue = "ForAnyValue";
constexpr std::string_view forAllValues = "ForAllValues";

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

bool endsWithIgnoringCase(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size()
           && equalsIgnoringCase(s.substr(s.size() - suffix.size()), suffix);
}

std::size_t suggestionLimit(std::string_view name)
{
    return std::max<std::size_t>(1, name.size() / 4);
}

} // namespace

std::optional<ParsedOperator> parseOperatorName(std::string_view name)
{
    ParsedOperator parsed;
    std::string_view base = name;
    const std::size_t colon = name.find(':');
    if (colon != std::string_view::npos) {
        const std::string_view qualifier = name.substr(0, colon);
        if (equalsIgnoringCase(qualifier, forAnyValue)) {
            parsed.qualifier = Qualifier::ForAnyValue;
            parsed.canonicalSpelling = qualifier == forAnyValue;
        } else if (equalsIgnoringCase(qualifier, forAllValues)) {
            parsed.qualifier = Qualifier::ForAllValues;
            parsed.canonicalSpelling = qualifier == forAllValues;
        } else {
            return std::nullopt;
        }
        base = name.substr(colon + 1);
    }
    if (endsWithIgnoringCase(base, ifExistsSuffix)) {
        const std::string_view suffix = base.substr(base.size() - ifExistsSuffix.size());
        parsed.ifExists = true;
        parsed.canonicalSpelling = parsed.canonicalSpelling && suffix == ifExistsSuffix;
        base.remove_suffix(ifExistsSuffix.size());
    }
    for (const BaseName &candidate : baseNames) {
        if (!equalsIgnoringCase(base, candidate.name))
            continue;
        if (candidate.op == Operator::Null && parsed.ifExists)
            return std::nullopt;
        parsed.op = candidate.op;
        parsed.canonicalSpelling = parsed.canonicalSpelling && base == candidate.name;
        return parsed;
    }
    return std::nullopt;
}

std::vector<std::string_view> operatorBaseNames()
{
    std::vector<std::string_view> names;
    names.reserve(baseNames.size());
    for (const BaseName &b : baseNames)
        names.push_back(b.name);
    return names;
}

std::optional<std::string> closestOperatorName(std::string_view name)
{
    std::string result;
    std::string_view base = name;
    const std::size_t colon = name.find(':');
    if (colon != std::string_view::npos) {
        const std::string_view qualifier = name.substr(0, colon);
        static constexpr std::array<std::string_view, 2> qualifiers{forAnyValue, forAllValues};
        const auto closest = closestName(qualifier, qualifiers, suggestionLimit(qualifier));
        if (!closest)
            return std::nullopt;
        result.append(*closest).push_back(':');
        base = name.substr(colon + 1);
    }
    if (endsWithIgnoringCase(base, ifExistsSuffix)
        && equalsIgnoringCase(base.substr(0, base.size() - ifExistsSuffix.size()), "Null")) {
        return result + "Null";
    }
    // Every base, alone and with IfExists (Null never takes IfExists).
    static const std::vector<std::string> candidateStorage = [] {
        std::vector<std::string> all;
        for (const BaseName &b : baseNames) {
            all.emplace_back(b.name);
            if (b.op != Operator::Null)
                all.push_back(std::string(b.name) + std::string(ifExistsSuffix));
        }
        return all;
    }();
    static const std::vector<std::string_view> candidates(candidateStorage.begin(),
                                                          candidateStorage.end());
    const auto closest = closestName(base, candidates, suggestionLimit(base));
    if (!closest)
        return std::nullopt;
    result.append(*closest);
    return result;
}

} // namespace engine
