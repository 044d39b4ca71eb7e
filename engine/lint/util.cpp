// Text helpers shared by the rule families.
#include "lint/lintcontext.h"
#include "policy/suggest.h"

#include "data/secretsmanager.h"
#include "json/reader.h"
#include "values/glob.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace engine::rules {

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
    if (!fields || (*fields)[0] != "arn" || ((*fields)[2] != "iam" && (*fields)[2] != "sts"))
        return {};
    return std::string((*fields)[4]);
}

bool namesWholeAccount(std::string_view entry)
{
    if (isAccountId(entry))
        return true;
    const auto fields = splitArn(entry);
    return fields && (*fields)[0] == "arn" && (*fields)[2] == "iam" && isAccountId((*fields)[4])
           && (*fields)[5] == "root";
}

bool actionPatternMatches(std::string_view pattern, std::string_view fullAction)
{
    return values::globMatchAsciiIgnoreCase(pattern, fullAction);
}

bool coversAction(const Statement &statement, std::string_view name)
{
    bool any = false;
    for (const Entry &e : statement.action.entries) {
        const std::string_view pattern = e.text;
        const std::size_t colon = pattern.find(':');
        if (colon != std::string_view::npos && !hasWildcard(pattern.substr(0, colon))) {
            if (!equalsAsciiIgnoreCase(pattern.substr(0, colon), "secretsmanager"))
                continue;
            if (values::globMatchAsciiIgnoreCase(pattern.substr(colon + 1), name)) {
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
        if (!equalsAsciiIgnoreCase(pattern.substr(0, colon), "secretsmanager"))
            return 0;
        const std::string_view name = pattern.substr(colon + 1);
        const bool literal = !hasWildcard(name);
        for (std::size_t i = 0; i < all.size() && i < 32; ++i) {
            if (literal ? equalsAsciiIgnoreCase(name, all[i].name) : values::globMatchAsciiIgnoreCase(name, all[i].name))
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
    const OperatorInfo &info = operatorInfo(block.op);
    if (info.negated
        || (info.type != values::ValueType::String && info.type != values::ValueType::Arn))
        return false;
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

std::optional<OrderedValue> readOrdered(values::ValueType type, std::string_view text)
{
    OrderedValue out;
    if (type == values::ValueType::Numeric) {
        const std::optional<values::Decimal> number = values::parseDecimal(text);
        if (!number)
            return std::nullopt;
        out.number = *number;
        return out;
    }
    const std::optional<values::Instant> instant = values::parseDate(text);
    if (!instant)
        return std::nullopt;
    out.instant = *instant;
    return out;
}

std::strong_ordering compareOrdered(values::ValueType type, const OrderedValue &a,
                                    const OrderedValue &b)
{
    if (type == values::ValueType::Numeric)
        return values::compareDecimal(a.number, b.number);
    return a.instant <=> b.instant;
}

} // namespace engine::rules
