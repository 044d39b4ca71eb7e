// redundant-statement: two statements equal after normalisation (checks.md).
#include "lint/lintcontext.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace engine::rules {

namespace {

std::vector<std::string> sortedTexts(const std::vector<Entry> &entries, bool lowerCase)
{
    std::vector<std::string> out;
    for (const Entry &e : entries)
        out.push_back(lowerCase ? toLowerAscii(e.text) : e.text);
    std::sort(out.begin(), out.end());
    return out;
}

// A canonical text for a statement, ignoring Sid, order and the case of action and key names.
std::string normalForm(const Statement &s)
{
    std::string out = s.effect == Effect::Allow ? "A|" : "D|";
    if (s.principal) {
        out += s.principal->negated ? "NP:" : "P:";
        if (s.principal->star) {
            out += "*";
        } else {
            std::vector<std::string> entries;
            for (const PrincipalEntry &e : s.principal->entries)
                entries.push_back(std::to_string(static_cast<int>(e.type)) + "=" + e.text);
            std::sort(entries.begin(), entries.end());
            for (const std::string &e : entries)
                out += e + "\x1f";
        }
    }
    out += s.action.negated ? "|NA:" : "|A:";
    for (const std::string &a : sortedTexts(s.action.entries, true))
        out += a + "\x1f";
    out += s.resource.negated ? "|NR:" : "|R:";
    for (const std::string &r : sortedTexts(s.resource.entries, false))
        out += r + "\x1f";
    out += "|C:";
    std::vector<std::string> pairs;
    for (const ConditionBlock &b : s.conditions()) {
        for (const ConditionPair &p : b.pairs) {
            std::string one = std::to_string(static_cast<int>(b.qualifier)) + "/"
                              + std::to_string(static_cast<int>(b.op)) + (b.ifExists ? "/IE" : "")
                              + "/" + values::foldCase(p.key) + "=";
            std::vector<std::string> values;
            for (const ConditionValue &v : p.values)
                values.push_back(v.text);
            std::sort(values.begin(), values.end());
            for (const std::string &v : values)
                one += v + "\x1f";
            pairs.push_back(std::move(one));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    for (const std::string &p : pairs)
        out += p + "\x1e";
    return out;
}

} // namespace

void checkRedundancy(Context &context)
{
    const auto &statements = context.policy->statements;
    std::vector<std::string> forms;
    forms.reserve(statements.size());
    for (const Statement &s : statements)
        forms.push_back(normalForm(s));
    // The first statement of each form: each later one repeats it.
    std::unordered_map<std::string_view, std::size_t> first;
    first.reserve(forms.size());
    for (std::size_t j = 0; j < statements.size(); ++j) {
        const auto [it, added] = first.try_emplace(forms[j], j);
        if (added)
            continue;
        const std::size_t i = it->second;
        context.report("redundant-statement", statements[j].span,
                       "Statement " + std::to_string(statements[j].index) + " repeats statement "
                           + std::to_string(statements[i].index)
                           + ". Remove one; otherwise an edit to one copy may leave the other "
                             "granting the old permissions.",
                       statements[j].index);
    }
}

} // namespace engine::rules
