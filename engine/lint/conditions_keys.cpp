// Condition key checks: invalid, unknown and foreign keys, the key's type against the
// operator, support by the statement's actions, qualifiers and the usual spelling.
#include "lint/conditions_p.h"

#include <algorithm>

namespace engine::rules::detail {

namespace {

const char *typeName(data::KeyType t)
{
    switch (t) {
    case data::KeyType::String:
        return "String";
    case data::KeyType::Arn:
        return "ARN";
    case data::KeyType::Bool:
        return "Bool";
    case data::KeyType::Numeric:
        return "Numeric";
    case data::KeyType::Date:
        return "Date";
    case data::KeyType::IpAddress:
        return "IP address";
    case data::KeyType::Binary:
        return "Binary";
    case data::KeyType::ArrayOfString:
        return "multivalued String";
    }
    return "String";
}

const char *familyForType(data::KeyType t)
{
    switch (t) {
    case data::KeyType::String:
    case data::KeyType::ArrayOfString:
        return "String";
    case data::KeyType::Arn:
        return "ARN";
    case data::KeyType::Bool:
        return "Bool";
    case data::KeyType::Numeric:
        return "Numeric";
    case data::KeyType::Date:
        return "Date";
    case data::KeyType::IpAddress:
        return "IpAddress";
    case data::KeyType::Binary:
        return "Binary";
    }
    return "String";
}

bool typeMismatch(Family f, data::KeyType t, bool epochTime)
{
    using T = data::KeyType;
    switch (f) {
    case Family::String:
        return t == T::Date || t == T::Numeric || t == T::Bool || t == T::IpAddress;
    case Family::Numeric:
        return (t == T::String || t == T::Arn || t == T::ArrayOfString) && !epochTime;
    case Family::Date:
        return t != T::Date && !epochTime;
    case Family::Bool:
        return t != T::Bool;
    case Family::IpAddress:
        return t != T::IpAddress;
    case Family::Arn:
        return t != T::Arn;
    case Family::Binary:
    case Family::Null:
        return false;
    }
    return false;
}

const char *tagPrefixes[] = {"aws:ResourceTag/", "aws:RequestTag/", "aws:PrincipalTag/",
                             "secretsmanager:ResourceTag/"};

// A tag key with nothing after the slash.
bool isEmptyTagKey(std::string_view key)
{
    for (const char *p : tagPrefixes) {
        if (equalsAsciiIgnoreCase(key, p))
            return true;
    }
    return false;
}

std::string closestKey(std::string_view key)
{
    int best = 4;
    std::string closest;
    for (const data::KeyInfo &k : data::keys()) {
        if (k.isTagPrefix)
            continue;
        const int d = editDistance(key, k.name);
        if (d < best) {
            best = d;
            closest = std::string(k.name);
        }
    }
    return closest;
}

std::string baseName(const ConditionBlock &block)
{
    std::string name = operatorName(block.op);
    if (block.ifExists)
        name += "IfExists";
    return name;
}

// Canonical spelling of a key: the table's name, or the tag prefix plus the written tag name.
std::string canonicalKey(const data::KeyInfo &info, std::string_view key)
{
    if (info.isTagPrefix)
        return std::string(info.name) + std::string(key.substr(info.name.size()));
    return std::string(info.name);
}

// data::actionSuppliesKey takes every aws: key as supplied; aws:RequestTag/* and aws:TagKeys
// are request keys of a few actions only (secretsmanager.md §3).
bool suppliesKey(const data::ActionInfo &action, std::string_view key)
{
    if (startsWithAsciiIgnoreCase(key, "aws:RequestTag/") || equalsAsciiIgnoreCase(key, "aws:TagKeys")) {
        const std::string_view wanted = equalsAsciiIgnoreCase(key, "aws:TagKeys") ? "aws:TagKeys"
                                                                            : "aws:RequestTag/";
        return std::any_of(action.conditionKeys.begin(), action.conditionKeys.end(),
                           [&](std::string_view k) { return startsWithAsciiIgnoreCase(k, wanted); });
    }
    return data::actionSuppliesKey(action, key);
}

} // namespace

// Returns the key info when the key checks let the pair's other checks run.
const data::KeyInfo *PairChecker::checkKey(bool &keyOk)
{
    const std::string &key = pair.key;
    keyOk = false;
    if (key.find("${") != std::string::npos) {
        checkVariablesIn(context, key, pair.valuesSpan, VariablePlace::ConditionKey,
                         "condition keys");
        return nullptr;
    }
    const std::size_t colon = key.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == key.size()
        || isEmptyTagKey(key)) {
        report("invalid-condition-key",
               quoted(key)
                   + " is not a condition key. Keys look like aws:SourceIp or "
                     "secretsmanager:VersionStage; tag keys need a tag name after the slash.");
        return nullptr;
    }
    const std::string_view prefix = std::string_view(key).substr(0, colon);
    const data::KeyInfo *info = data::findKey(key);
    if (!info && (equalsAsciiIgnoreCase(prefix, "aws") || equalsAsciiIgnoreCase(prefix, "secretsmanager"))) {
        std::string message = quoted(key) + " is not a known condition key";
        const std::string closest = closestKey(key);
        if (!closest.empty())
            message += ". Did you mean " + quoted(closest) + "?";
        message += ". AWS never sets unknown keys, so this condition ";
        message += requiresKey(block) || block.op == Operator::Null
                       ? "can never be true."
                       : "is always true for a negated operator.";
        report("unknown-condition-key", std::move(message));
        return nullptr;
    }
    if (!info) {
        report("foreign-condition-key",
               key + " belongs to another service and is never present in a Secrets Manager "
                     "request.");
        return nullptr;
    }
    keyOk = true;
    return info;
}

void PairChecker::checkKeyUse(const data::KeyInfo &info)
{
    const std::string &key = pair.key;
    const bool epoch = equalsAsciiIgnoreCase(key, "aws:EpochTime");
    if (typeMismatch(family, info.type, epoch)) {
        report("type-mismatch", key + " is a " + typeName(info.type)
                                    + " key; compare it with a " + familyForType(info.type)
                                    + " operator, not " + block.name + ".");
        typeMismatched = true;
    }
    // condition-key-not-supported: service keys, aws:RequestTag/*, aws:TagKeys.
    const bool actionKey = startsWithAsciiIgnoreCase(key, "secretsmanager:")
                           || startsWithAsciiIgnoreCase(key, "aws:RequestTag/")
                           || equalsAsciiIgnoreCase(key, "aws:TagKeys");
    if (actionKey) {
        std::vector<std::string> covered;
        bool supported = false;
        const std::uint32_t mask = statementMask(statement);
        const auto all = data::actions();
        for (std::size_t i = 0; i < all.size() && i < 32; ++i) {
            const data::ActionInfo &a = all[i];
            if (!(mask & (1u << i)))
                continue;
            covered.push_back("secretsmanager:" + std::string(a.name));
            if (suppliesKey(a, key))
                supported = true;
        }
        if (!covered.empty() && !supported) {
            report("condition-key-not-supported",
                   key + " is never present for " + joinQuoted(covered, "and")
                       + ", so for them this "
                       + (statement.effect == Effect::Allow
                              ? "statement never applies."
                              : "condition is decided as if the key were absent."));
        }
    }
    if (block.op != Operator::Null) {
        if (info.multivalued && block.qualifier == Qualifier::None) {
            const std::string op = baseName(block);
            report("missing-qualifier",
                   key + " can hold several values, so compare it with ForAnyValue:" + op
                       + " or ForAllValues:" + op
                       + ". Without one of them the condition is never true when the key is "
                         "present.");
        }
        if (!info.multivalued && block.qualifier == Qualifier::ForAllValues) {
            report("forallvalues-single-valued-key",
                   "ForAllValues is true when " + key
                       + " is absent, so this condition lets through every request that "
                         "lacks the key. "
                       + key + " holds one value; drop \"ForAllValues:\".");
            forAllSingle = true;
        }
    }
    const std::string canonical = canonicalKey(info, key);
    if (canonical != key) {
        report("condition-key-case", "Condition key names ignore case, but the usual spelling is "
                                         + quoted(canonical) + ".");
    }
}

} // namespace engine::rules::detail
