// Which context keys a policy depends on, and where their values come from.
#include "sim/contextkeys.h"

#include "sim/matrix.h"
#include "values/casefold.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace engine::sim {

namespace {

// requests.md, "Keys the engine derives from the request".
constexpr std::array<std::string_view, 11> derivedKeys = {
    "aws:PrincipalArn",        "aws:PrincipalAccount",    "aws:PrincipalType",
    "aws:username",            "aws:userid",              "aws:PrincipalServiceName",
    "aws:PrincipalIsAWSService", "aws:SecureTransport",   "aws:ResourceAccount",
    "aws:RequestedRegion",     "secretsmanager:SecretId",
};

class Collector
{
public:
    explicit Collector(const std::vector<ContextEntry> &given) : m_given(given) {}

    void add(std::string_view key, bool inVariable)
    {
        for (ContextKeyUse &use : m_uses) {
            if (values::equalsFoldingCase(use.key, key)) {
                use.inVariable = use.inVariable && inVariable;
                return;
            }
        }
        ContextKeyUse use{std::string(key), sourceOf(key), inVariable};
        m_uses.push_back(std::move(use));
    }

    // Every ${name} or ${name, 'default'} in a value; ${*}, ${?} and ${$} name no key.
    void addVariables(std::string_view text)
    {
        std::size_t at = 0;
        while ((at = text.find("${", at)) != std::string_view::npos) {
            const std::size_t close = text.find('}', at + 2);
            if (close == std::string_view::npos)
                return;
            std::string_view name = text.substr(at + 2, close - at - 2);
            name = name.substr(0, name.find(','));
            if (!name.empty() && name != "*" && name != "?" && name != "$"
                && name.find(' ') == std::string_view::npos)
                add(name, true);
            at = close + 1;
        }
    }

    std::vector<ContextKeyUse> take() { return std::move(m_uses); }

private:
    KeySource sourceOf(std::string_view key) const
    {
        if (values::equalsFoldingCase(key, versionStageKey))
            return KeySource::Stage;
        const bool given = std::any_of(m_given.begin(), m_given.end(), [key](const ContextEntry &e) {
            return values::equalsFoldingCase(e.key, key);
        });
        if (given)
            return KeySource::Given;
        return isDerivedKey(key) ? KeySource::Derived : KeySource::Absent;
    }

    const std::vector<ContextEntry> &m_given;
    std::vector<ContextKeyUse> m_uses;
};

} // namespace

const char *keySourceName(KeySource source)
{
    switch (source) {
    case KeySource::Given: return "given";
    case KeySource::Stage: return "stage";
    case KeySource::Derived: return "derived";
    case KeySource::Absent: return "absent";
    }
    return "absent";
}

bool isDerivedKey(std::string_view key)
{
    return std::any_of(derivedKeys.begin(), derivedKeys.end(),
                       [key](std::string_view k) { return values::equalsFoldingCase(k, key); });
}

std::vector<ContextKeyUse> contextKeyUses(const std::vector<const Policy *> &policies,
                                          const std::vector<ContextEntry> &given)
{
    Collector keys(given);
    for (const Policy *policy : policies) {
        for (const Statement &s : policy->statements) {
            for (const ConditionBlock &block : s.conditions()) {
                for (const ConditionPair &pair : block.pairs)
                    keys.add(pair.key, false);
            }
        }
        if (!policy->hasVariables())
            continue;
        for (const Statement &s : policy->statements) {
            for (const Entry &e : s.resource.entries)
                keys.addVariables(e.text);
            for (const ConditionBlock &block : s.conditions()) {
                for (const ConditionPair &pair : block.pairs) {
                    for (const ConditionValue &v : pair.values)
                        keys.addVariables(v.text);
                }
            }
        }
    }
    return keys.take();
}

} // namespace engine::sim
