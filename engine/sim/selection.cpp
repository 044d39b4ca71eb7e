// Parsing typed selections of actions, principals, stages and context.
#include "sim/selection.h"

#include "data/secretsmanager.h"
#include "json/reader.h"
#include "sim/derive.h"

#include <algorithm>
#include <cctype>

namespace engine::sim {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> splitList(std::string_view list)
{
    std::vector<std::string_view> items;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        const std::string_view item = trim(list.substr(start, comma - start));
        if (!item.empty())
            items.push_back(item);
        start = comma + 1;
    }
    return items;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The nearest action name within two edits, compared without case and prefix.
std::string suggestAction(std::string_view typed)
{
    std::string word = lower(typed);
    if (word.rfind("secretsmanager:", 0) == 0)
        word.erase(0, 15);
    std::string best;
    std::size_t bestDistance = 3;
    for (const data::ActionInfo &info : data::actions()) {
        const std::string name = lower(info.name);
        std::vector<std::size_t> row(name.size() + 1);
        for (std::size_t j = 0; j <= name.size(); ++j)
            row[j] = j;
        for (std::size_t i = 1; i <= word.size(); ++i) {
            std::size_t diagonal = row[0];
            row[0] = i;
            for (std::size_t j = 1; j <= name.size(); ++j) {
                const std::size_t above = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                                   diagonal + (word[i - 1] == name[j - 1] ? 0u : 1u)});
                diagonal = above;
            }
        }
        const bool prefix = word.size() >= 3 && name.rfind(word, 0) == 0;
        const std::size_t distance = prefix ? 0 : row[name.size()];
        if (distance < bestDistance) {
            bestDistance = distance;
            best = "secretsmanager:" + std::string(info.name);
        }
    }
    return best;
}

ContextValue contextValue(const json::Value &v, bool &ok)
{
    ContextValue out;
    const auto scalar = [&ok](const json::Value &item) -> std::string {
        if (item.kind == json::Kind::String || item.kind == json::Kind::Number
            || item.kind == json::Kind::Bool)
            return item.text;
        ok = false;
        return {};
    };
    if (v.isArray()) {
        out.isList = true;
        for (const json::Value &item : v.items)
            out.values.push_back(scalar(item));
    } else {
        out.values.push_back(scalar(v));
    }
    return out;
}

} // namespace

Result<std::vector<std::string>> parseActionList(std::string_view list)
{
    std::vector<std::string> actions;
    for (const std::string_view item : splitList(list)) {
        if (item == "all") {
            for (const data::ActionInfo &info : data::actions())
                actions.push_back("secretsmanager:" + std::string(info.name));
            continue;
        }
        std::optional<std::string> action = canonicalAction(item);
        if (!action) {
            std::string message = "unknown action `" + std::string(item) + "`";
            if (const std::string s = suggestAction(item); !s.empty())
                message += "; did you mean `" + s + "`?";
            return Error{message};
        }
        if (std::find(actions.begin(), actions.end(), *action) == actions.end())
            actions.push_back(std::move(*action));
    }
    if (actions.empty())
        return Error{"no action given"};
    return actions;
}

Result<std::vector<SimPrincipal>> parsePrincipalList(std::string_view list, const Policy &policy,
                                                     std::string_view secretArn)
{
    std::vector<SimPrincipal> principals;
    for (const std::string_view item : splitList(list)) {
        if (item == "derived") {
            mergePrincipals(principals, derivePrincipals(policy, secretArn));
            continue;
        }
        Result<SimPrincipal> p = parsePrincipal(item, secretArn);
        if (!p)
            return p.error();
        mergePrincipals(principals, {std::move(p).value()});
    }
    if (principals.empty())
        return Error{"no principal given"};
    return principals;
}

Result<std::vector<SimStage>> parseStageList(std::string_view list, const Policy &policy)
{
    std::vector<SimStage> stages;
    for (const std::string_view item : splitList(list)) {
        if (item == "derived")
            mergeStages(stages, deriveStages(policy));
        else if (item == "-")
            mergeStages(stages, {SimStage{}});
        else
            mergeStages(stages, {SimStage{std::string(item)}});
    }
    if (stages.empty())
        return Error{"no stage given"};
    return stages;
}

Result<std::vector<ContextEntry>> parseContextJson(std::string_view text)
{
    const json::ReadResult r = json::read(text);
    if (!r.ok)
        return Error{"context: " + r.error.toString()};
    if (!r.value.isObject())
        return Error{"context: expected a JSON object, not " + std::string(json::kindName(r.value.kind))};
    std::vector<ContextEntry> entries;
    for (const json::Member &m : r.value.members) {
        bool ok = true;
        ContextEntry entry{m.key, contextValue(m.value, ok)};
        if (!ok) {
            return Error{"context: the value of `" + m.key
                         + "` must be a string, number, boolean or an array of those"};
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace engine::sim
