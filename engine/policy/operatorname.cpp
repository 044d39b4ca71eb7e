// Condition operator names: [qualifier ":"] base ["IfExists"], the bases from the operator table
// (operators.h), recognised ignoring ASCII case; the linter asks for the canonical spelling.
#include "policy/policyreader.h"
#include "policy/suggest.h"
#include "values/text.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace engine {

namespace {

constexpr std::string_view ifExistsSuffix = "IfExists";
constexpr std::string_view forAnyValue = "ForAnyValue";
constexpr std::string_view forAllValues = "ForAllValues";

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
        if (values::equalsAsciiIgnoreCase(qualifier, forAnyValue)) {
            parsed.qualifier = Qualifier::ForAnyValue;
            parsed.canonicalSpelling = qualifier == forAnyValue;
        } else if (values::equalsAsciiIgnoreCase(qualifier, forAllValues)) {
            parsed.qualifier = Qualifier::ForAllValues;
            parsed.canonicalSpelling = qualifier == forAllValues;
        } else {
            return std::nullopt;
        }
        base = name.substr(colon + 1);
    }
    if (values::endsWithAsciiIgnoreCase(base, ifExistsSuffix)) {
        const std::string_view suffix = base.substr(base.size() - ifExistsSuffix.size());
        parsed.ifExists = true;
        parsed.canonicalSpelling = parsed.canonicalSpelling && suffix == ifExistsSuffix;
        base.remove_suffix(ifExistsSuffix.size());
    }
    for (const OperatorInfo &candidate : operatorTable) {
        if (!values::equalsAsciiIgnoreCase(base, candidate.name))
            continue;
        if (parsed.ifExists && !candidate.ifExists)
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
    names.reserve(operatorTable.size());
    for (const OperatorInfo &b : operatorTable)
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
    if (values::endsWithAsciiIgnoreCase(base, ifExistsSuffix)) {
        const std::string_view stem = base.substr(0, base.size() - ifExistsSuffix.size());
        for (const OperatorInfo &b : operatorTable) {
            if (!b.ifExists && values::equalsAsciiIgnoreCase(stem, b.name))
                return result + std::string(b.name);
        }
    }
    // Every base, alone and with IfExists where it is allowed.
    static const std::vector<std::string> candidateStorage = [] {
        std::vector<std::string> all;
        for (const OperatorInfo &b : operatorTable) {
            all.emplace_back(b.name);
            if (b.ifExists)
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
