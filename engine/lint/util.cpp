// Text helpers shared by the rule families.
#include "lint/lintcontext.h"
#include "policy/suggest.h"

#include "data/secretsmanager.h"
#include "json/reader.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace engine::rules {

namespace {

inline char lowerChar(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = lowerChar(c);
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lowerChar(a[i]) != lowerChar(b[i]))
            return false;
    }
    return true;
}

bool startsWithIgnoreCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool globMatch(std::string_view pattern, std::string_view text, bool ignoreCase)
{
    // Iterative glob with backtracking to the last '*'.
    std::size_t p = 0, t = 0, starP = std::string_view::npos, starT = 0;
    auto same = [ignoreCase](char a, char b) {
        return ignoreCase ? lowerChar(a) == lowerChar(b) : a == b;
    };
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || (pattern[p] != '*' && same(pattern[p], text[t])))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starT = t;
        } else if (starP != std::string_view::npos) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

bool hasWildcard(std::string_view s)
{
    return s.find_first_of("*?") != std::string_view::npos;
}

int editDistance(std::string_view a, std::string_view b)
{
    return static_cast<int>(editDistanceIgnoringCase(a, b));
}

std::string quoted(std::string_view s)
{
    return json::quote(s);
}

std::size_t codePoints(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

std::string escapePointer(std::string_view key)
{
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

ArnFields splitArn(std::string_view arn)
{
    ArnFields out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < 5; ++i) {
        const std::size_t colon = arn.find(':', start);
        if (colon == std::string_view::npos)
            return {};
        out.fields[i] = arn.substr(start, colon - start);
        start = colon + 1;
    }
    out.fields[5] = arn.substr(start);
    out.count = 6;
    return out;
}

bool isAccountId(std::string_view s)
{
    return s.size() == 12
           && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isUniqueId(std::string_view s)
{
    return s.size() >= 16 && s[0] == 'A'
           && std::all_of(s.begin() + 1, s.end(), [](char c) {
                  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
              });
}

std::string principalAccount(std::string_view entry)
{
    if (isAccountId(entry))
        return std::string(entry);
    const auto fields = splitArn(entry);
    if (fields.empty() || fields[0] != "arn" || (fields[2] != "iam" && fields[2] != "sts"))
        return {};
    return std::string(fields[4]);
}

bool namesWholeAccount(std::string_view entry)
{
    if (isAccountId(entry))
        return true;
    const auto fields = splitArn(entry);
    return !fields.empty() && fields[0] == "arn" && fields[2] == "iam" && isAccountId(fields[4])
           && fields[5] == "root";
}

bool actionPatternMatches(std::string_view pattern, std::string_view fullAction)
{
    return globMatch(pattern, fullAction, true);
}

bool coversAction(const Statement &statement, std::string_view name)
{
    bool any = false;
    for (const Entry &e : statement.action.entries) {
        const std::string_view pattern = e.text;
        const std::size_t colon = pattern.find(':');
        if (colon != std::string_view::npos && !hasWildcard(pattern.substr(0, colon))) {
            if (!equalsIgnoreCase(pattern.substr(0, colon), "secretsmanager"))
                continue;
            if (globMatch(pattern.substr(colon + 1), name, true)) {
                any = true;
                break;
            }
            continue;
        }
        thread_local std::string full;
        full.assign("secretsmanager:");
        full.append(name);
        if (actionPatternMatches(pattern, full)) {
            any = true;
            break;
        }
    }
    return statement.action.negated ? !any : any;
}

// Which of the Secrets Manager actions an entry matches, as a bit set.
std::uint32_t matchMask(std::string_view pattern)
{
    const auto all = data::actions();
    std::uint32_t mask = 0;
    const std::size_t colon = pattern.find(':');
    if (colon != std::string_view::npos && !hasWildcard(pattern.substr(0, colon))) {
        // The usual case: a literal prefix, so only the name part needs matching.
        if (!equalsIgnoreCase(pattern.substr(0, colon), "secretsmanager"))
            return 0;
        const std::string_view name = pattern.substr(colon + 1);
        const bool literal = !hasWildcard(name);
        for (std::size_t i = 0; i < all.size() && i < 32; ++i) {
            if (literal ? equalsIgnoreCase(name, all[i].name) : globMatch(name, all[i].name, true))
                mask |= (1u << i);
        }
        return mask;
    }
    static const std::vector<std::string> fullNames = [] {
        std::vector<std::string> names;
        for (const data::ActionInfo &a : data::actions())
            names.push_back("secretsmanager:" + std::string(a.name));
        return names;
    }();
    for (std::size_t i = 0; i < fullNames.size() && i < 32; ++i) {
        if (actionPatternMatches(pattern, fullNames[i]))
            mask |= (1u << i);
    }
    return mask;
}

std::uint32_t statementMask(const Statement &statement)
{
    std::uint32_t mask = 0;
    for (const Entry &e : statement.action.entries)
        mask |= matchMask(e.text);
    if (!statement.action.negated)
        return mask;
    const std::size_t n = data::actions().size();
    const std::uint32_t all = n >= 32 ? ~0u : ((1u << n) - 1u);
    return ~mask & all;
}

bool requiresKey(const ConditionBlock &block)
{
    if (block.ifExists)
        return false;
    if (block.qualifier == Qualifier::None)
        return !isNegated(block.op) && block.op != Operator::Null;
    if (block.qualifier == Qualifier::ForAnyValue)
        return block.op != Operator::Null;
    return false;
}

bool isOpen(const Statement &statement)
{
    if (!statement.principal)
        return false;
    const PrincipalPart &p = *statement.principal;
    if (p.negated)
        return true;
    if (p.star)
        return true;
    return std::any_of(p.entries.begin(), p.entries.end(), [](const PrincipalEntry &e) {
        return e.type == PrincipalType::AWS && e.text == "*";
    });
}

bool isOutsideEntry(const Context &context, const PrincipalEntry &entry)
{
    if (entry.type != PrincipalType::AWS)
        return false;
    if (context.ownerAccount) {
        const std::string account = principalAccount(entry.text);
        return isAccountId(account) && account != *context.ownerAccount;
    }
    return namesWholeAccount(entry.text);
}

bool namesOutsidePrincipal(const Context &context, const Statement &statement)
{
    if (!statement.principal || statement.principal->negated)
        return false;
    for (const PrincipalEntry &e : statement.principal->entries) {
        if (isOutsideEntry(context, e))
            return true;
    }
    return false;
}

bool isFixedPair(const ConditionBlock &block, const ConditionPair &pair)
{
    if (block.ifExists || block.qualifier == Qualifier::ForAllValues)
        return false;
    switch (block.op) {
    case Operator::StringEquals:
    case Operator::StringEqualsIgnoreCase:
    case Operator::StringLike:
    case Operator::ArnEquals:
    case Operator::ArnLike:
        break;
    default:
        return false;
    }
    if (pair.values.empty())
        return false;
    for (const ConditionValue &v : pair.values) {
        if (hasWildcard(v.text) || v.text.find("${") != std::string::npos)
            return false;
    }
    return true;
}

std::string joinQuoted(const std::vector<std::string> &items, std::string_view conjunction)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += (i + 1 == items.size()) ? " " + std::string(conjunction) + " " : ", ";
        out += items[i];
    }
    return out;
}

} // namespace engine::rules
