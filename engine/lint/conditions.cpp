// Condition blocks, keys and values: key checks (invalid/unknown/foreign key, case, type,
// support by the statement's actions, qualifiers), value checks (invalid-value, wildcards,
// dates, CIDRs, private ranges, variables) and the pair-level security checks
// (allow-absent-key, network-condition-side-effects, mfa-condition-pitfall).
#include "lint/lintcontext.h"

#include "data/secretsmanager.h"
#include "policy/policyreader.h"

#include <algorithm>

namespace engine::rules {

namespace {

enum class Family { String, Numeric, Date, Bool, Binary, Ip, Arn, Null };

Family familyOf(Operator op)
{
    switch (op) {
    case Operator::StringEquals:
    case Operator::StringNotEquals:
    case Operator::StringEqualsIgnoreCase:
    case Operator::StringNotEqualsIgnoreCase:
    case Operator::StringLike:
    case Operator::StringNotLike:
        return Family::String;
    case Operator::NumericEquals:
    case Operator::NumericNotEquals:
    case Operator::NumericLessThan:
    case Operator::NumericLessThanEquals:
    case Operator::NumericGreaterThan:
    case Operator::NumericGreaterThanEquals:
        return Family::Numeric;
    case Operator::DateEquals:
    case Operator::DateNotEquals:
    case Operator::DateLessThan:
    case Operator::DateLessThanEquals:
    case Operator::DateGreaterThan:
    case Operator::DateGreaterThanEquals:
        return Family::Date;
    case Operator::Bool:
        return Family::Bool;
    case Operator::BinaryEquals:
        return Family::Binary;
    case Operator::IpAddress:
    case Operator::NotIpAddress:
        return Family::Ip;
    case Operator::ArnEquals:
    case Operator::ArnLike:
    case Operator::ArnNotEquals:
    case Operator::ArnNotLike:
        return Family::Arn;
    case Operator::Null:
        return Family::Null;
    }
    return Family::String;
}

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
    case Family::Ip:
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
        if (equalsIgnoreCase(key, p))
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

// secretsmanager: keys that mirror a request parameter (secretsmanager.md §4, kind "request").
bool isSecretsManagerRequestKey(std::string_view key)
{
    if (!startsWithIgnoreCase(key, "secretsmanager:"))
        return false;
    return !startsWithIgnoreCase(key, "secretsmanager:ResourceTag/")
           && !startsWithIgnoreCase(key, "secretsmanager:resource/")
           && !equalsIgnoreCase(key, "secretsmanager:SecretPrimaryRegion")
           && !equalsIgnoreCase(key, "secretsmanager:SecretId");
}

const char *absentExample(std::string_view key)
{
    if (equalsIgnoreCase(key, "aws:PrincipalOrgID") || equalsIgnoreCase(key, "aws:PrincipalOrgPaths"))
        return "a caller from an account that belongs to no organization, or a service principal";
    if (equalsIgnoreCase(key, "aws:SourceVpc") || equalsIgnoreCase(key, "aws:SourceVpce"))
        return "a call that does not come through a VPC endpoint";
    if (equalsIgnoreCase(key, "aws:SourceIp"))
        return "a call that comes through a VPC endpoint";
    if (equalsIgnoreCase(key, "aws:SourceAccount") || equalsIgnoreCase(key, "aws:SourceArn"))
        return "a call that no AWS service makes on behalf of a resource";
    if (equalsIgnoreCase(key, "aws:MultiFactorAuthPresent"))
        return "a call signed with long-term access keys";
    if (startsWithIgnoreCase(key, "aws:PrincipalTag/"))
        return "a caller without that tag";
    if (startsWithIgnoreCase(key, "aws:ResourceTag/"))
        return "a secret without that tag";
    if (startsWithIgnoreCase(key, "aws:RequestTag/"))
        return "a request that sets no such tag";
    return "a call that does not pass the parameter";
}

bool mayBeAbsent(std::string_view key)
{
    static constexpr std::string_view exact[] = {
        "aws:PrincipalOrgID", "aws:PrincipalOrgPaths", "aws:SourceVpc",  "aws:SourceVpce",
        "aws:SourceIp",       "aws:SourceAccount",     "aws:SourceArn", "aws:MultiFactorAuthPresent"};
    for (std::string_view k : exact) {
        if (equalsIgnoreCase(key, k))
            return true;
    }
    return (startsWithIgnoreCase(key, "aws:PrincipalTag/") && key.size() > 17)
           || (startsWithIgnoreCase(key, "aws:ResourceTag/") && key.size() > 16)
           || (startsWithIgnoreCase(key, "aws:RequestTag/") && key.size() > 15)
           || isSecretsManagerRequestKey(key);
}

bool holdsWhenAbsent(const ConditionBlock &block)
{
    if (block.ifExists)
        return true;
    if (block.qualifier == Qualifier::ForAllValues)
        return block.op != Operator::Null;
    return block.qualifier == Qualifier::None && isNegated(block.op);
}

std::string canonicalOperator(const ConditionBlock &block)
{
    std::string name;
    if (block.qualifier == Qualifier::ForAnyValue)
        name = "ForAnyValue:";
    else if (block.qualifier == Qualifier::ForAllValues)
        name = "ForAllValues:";
    name += operatorName(block.op);
    if (block.ifExists)
        name += "IfExists";
    return name;
}

std::string likeOperator(const ConditionBlock &block)
{
    std::string name;
    if (block.qualifier == Qualifier::ForAnyValue)
        name = "ForAnyValue:";
    else if (block.qualifier == Qualifier::ForAllValues)
        name = "ForAllValues:";
    name += isNegated(block.op) ? "StringNotLike" : "StringLike";
    if (block.ifExists)
        name += "IfExists";
    return name;
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

bool isPrivate(const Cidr &c)
{
    static const std::vector<Cidr> ranges = [] {
        std::vector<Cidr> out;
        for (const char *r : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7", "fe80::/10"})
            out.push_back(*parseCidr(r));
        return out;
    }();
    for (const Cidr &r : ranges) {
        if (c.within(r))
            return true;
    }
    return false;
}

// data::actionSuppliesKey takes every aws: key as supplied; aws:RequestTag/* and aws:TagKeys
// are request keys of a few actions only (secretsmanager.md §3).
bool suppliesKey(const data::ActionInfo &action, std::string_view key)
{
    if (startsWithIgnoreCase(key, "aws:RequestTag/") || equalsIgnoreCase(key, "aws:TagKeys")) {
        const std::string_view wanted = equalsIgnoreCase(key, "aws:TagKeys") ? "aws:TagKeys"
                                                                            : "aws:RequestTag/";
        return std::any_of(action.conditionKeys.begin(), action.conditionKeys.end(),
                           [&](std::string_view k) { return startsWithIgnoreCase(k, wanted); });
    }
    return data::actionSuppliesKey(action, key);
}

bool statementHasKey(const Statement &statement, std::string_view key)
{
    for (const ConditionBlock &b : statement.conditions()) {
        for (const ConditionPair &p : b.pairs) {
            if (equalsIgnoreCase(p.key, key))
                return true;
        }
    }
    return false;
}

struct PairChecker
{
    Context &context;
    const Statement &statement;
    const ConditionBlock &block;
    const ConditionPair &pair;
    Family family;

    void report(std::string_view id, std::string message)
    {
        context.report(id, pair.valuesSpan, std::move(message), statement.index);
    }

    // Returns the key info when the key checks let the pair's other checks run.
    const data::KeyInfo *checkKey(bool &keyOk)
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
        if (!info && (equalsIgnoreCase(prefix, "aws") || equalsIgnoreCase(prefix, "secretsmanager"))) {
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

    void checkKeyUse(const data::KeyInfo &info)
    {
        const std::string &key = pair.key;
        const bool epoch = equalsIgnoreCase(key, "aws:EpochTime");
        if (typeMismatch(family, info.type, epoch)) {
            report("type-mismatch", key + " is a " + typeName(info.type)
                                        + " key; compare it with a " + familyForType(info.type)
                                        + " operator, not " + block.name + ".");
            typeMismatched = true;
        }
        // condition-key-not-supported: service keys, aws:RequestTag/*, aws:TagKeys.
        const bool actionKey = startsWithIgnoreCase(key, "secretsmanager:")
                               || startsWithIgnoreCase(key, "aws:RequestTag/")
                               || equalsIgnoreCase(key, "aws:TagKeys");
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

    void checkValues(const data::KeyInfo *info)
    {
        if (family == Family::Bool && pair.values.size() > 1)
            report("multiple-bool-values", "Give " + pair.key + " a single value, \"true\" or \"false\".");
        bool allPrivate = !pair.values.empty();
        const bool sourceIp = family == Family::Ip && equalsIgnoreCase(pair.key, "aws:SourceIp");
        for (const ConditionValue &v : pair.values) {
            const std::string &t = v.text;
            if (t.find("${") != std::string::npos) {
                VariablePlace place = VariablePlace::StringValue;
                if (family == Family::Bool)
                    place = VariablePlace::BoolValue;
                else if (family != Family::String && family != Family::Arn)
                    place = VariablePlace::NoVariableValue;
                if (checkVariablesIn(context, t, v.span, place, block.name + " values")) {
                    allPrivate = false;
                    continue;
                }
            }
            if (!typeMismatched && checkValue(v)) {
                allPrivate = false;
                continue;
            }
            if (family == Family::String && (block.op == Operator::StringEquals
                                             || block.op == Operator::StringNotEquals
                                             || block.op == Operator::StringEqualsIgnoreCase
                                             || block.op == Operator::StringNotEqualsIgnoreCase)) {
                std::string stripped = t;
                for (const char *esc : {"${*}", "${?}"}) {
                    std::size_t p;
                    while ((p = stripped.find(esc)) != std::string::npos)
                        stripped.erase(p, 4);
                }
                const std::size_t w = stripped.find_first_of("*?");
                if (w != std::string::npos) {
                    context.report("wildcard-without-like", v.span,
                                   quoted(t) + " contains " + quoted(std::string(1, stripped[w]))
                                       + ", which " + block.name + " compares literally. Use "
                                       + likeOperator(block) + " if you meant a wildcard.",
                                   statement.index);
                }
            }
            if (family == Family::Date) {
                const auto d = parseDate(t);
                if (d && d->hasTime && !d->hasZone)
                    context.report("date-without-zone", v.span,
                                   quoted(t) + " has no time zone; it is read as UTC. Add \"Z\" or "
                                               "an offset.",
                                   statement.index);
            }
            if (family == Family::Ip) {
                const auto c = parseCidr(t);
                if (c && c->hostBitsSet())
                    context.report("improve-ip-range", v.span,
                                   "The bits after /" + std::to_string(c->prefix)
                                       + " are ignored; write " + quoted(c->clean()) + ".",
                                   statement.index);
                if (!c || !isPrivate(*c))
                    allPrivate = false;
            }
        }
        if (sourceIp && allPrivate && block.qualifier == Qualifier::None) {
            report("sourceip-private-only",
                   std::string("aws:SourceIp only ever holds public addresses, so this condition ")
                       + (block.op == Operator::IpAddress ? "never matches" : "always matches")
                       + ". For private addresses behind a VPC endpoint use aws:VpcSourceIp.");
        }
        (void)info;
    }

    // invalid-value; true when reported.
    bool checkValue(const ConditionValue &v)
    {
        const std::string &t = v.text;
        const char *kind = nullptr;
        switch (family) {
        case Family::Numeric:
            if (!parseNumber(t))
                kind = "number";
            break;
        case Family::Date:
            if (!parseDate(t))
                kind = "date";
            break;
        case Family::Bool:
        case Family::Null:
            if (!equalsIgnoreCase(t, "true") && !equalsIgnoreCase(t, "false"))
                kind = "Boolean (\"true\" or \"false\")";
            break;
        case Family::Ip:
            if (!parseCidr(t))
                kind = "IP address or CIDR range";
            break;
        case Family::Binary:
            if (!isBase64(t))
                kind = "base64 value";
            break;
        case Family::Arn:
            if (splitArn(t).empty())
                kind = "ARN";
            break;
        case Family::String:
            break;
        }
        if (!kind)
            return false;
        context.report("invalid-value", v.span,
                       quoted(t) + " is not a valid " + kind + " for " + block.name
                           + ", so this comparison can never be true.",
                       statement.index);
        return true;
    }

    void checkSecurity()
    {
        const std::string &key = pair.key;
        if (statement.effect == Effect::Allow && !forAllSingle && holdsWhenAbsent(block)
            && mayBeAbsent(key) && (isOpen(statement) || namesOutsidePrincipal(context, statement))) {
            bool otherRequires = false;
            for (const ConditionBlock &b : statement.conditions()) {
                for (const ConditionPair &p : b.pairs) {
                    if (&p != &pair && equalsIgnoreCase(p.key, key) && requiresKey(b))
                        otherRequires = true;
                }
            }
            if (!otherRequires) {
                report("allow-absent-key", quoted(block.name) + " on " + key
                                               + " is also true when the request has no " + key
                                               + " (for example " + absentExample(key)
                                               + "), so this statement grants more than it appears to.");
            }
        }
        if (statement.effect == Effect::Deny) {
            const bool ipSide = equalsIgnoreCase(key, "aws:SourceIp") && block.op == Operator::NotIpAddress;
            const bool vpcSide = (equalsIgnoreCase(key, "aws:SourceVpc") || equalsIgnoreCase(key, "aws:SourceVpce"))
                                 && isNegated(block.op);
            if ((ipSide || vpcSide) && !statementHasKey(statement, "aws:PrincipalIsAWSService")
                && !statementHasKey(statement, "aws:ViaAWSService")) {
                report("network-condition-side-effects",
                       "Requests that AWS services make for you (for example a rotation Lambda "
                       "function, or CloudFormation) come from AWS addresses and not through your "
                       "endpoint, so this Deny also blocks them. Exempt them with \"Bool\": "
                       "{\"aws:ViaAWSService\": \"false\"} or {\"aws:PrincipalIsAWSService\": "
                       "\"false\"} in the same statement, if that is acceptable.");
            }
            if (block.op == Operator::Bool && !block.ifExists && block.qualifier == Qualifier::None
                && equalsIgnoreCase(key, "aws:MultiFactorAuthPresent") && pair.values.size() == 1
                && equalsIgnoreCase(pair.values[0].text, "false")) {
                report("mfa-condition-pitfall",
                       "aws:MultiFactorAuthPresent is absent for long-term access keys, so this "
                       "Deny does not stop them. Use \"BoolIfExists\" to deny every request "
                       "without MFA.");
            }
        }
        // redundant-condition-value: ordering operators with several readable values.
        const bool ordering = block.op == Operator::NumericLessThan || block.op == Operator::NumericLessThanEquals
                              || block.op == Operator::NumericGreaterThan
                              || block.op == Operator::NumericGreaterThanEquals
                              || block.op == Operator::DateLessThan || block.op == Operator::DateLessThanEquals
                              || block.op == Operator::DateGreaterThan
                              || block.op == Operator::DateGreaterThanEquals;
        if (ordering && pair.values.size() > 1 && !typeMismatched) {
            const bool less = block.op == Operator::NumericLessThan || block.op == Operator::NumericLessThanEquals
                              || block.op == Operator::DateLessThan || block.op == Operator::DateLessThanEquals;
            const ConditionValue *loosest = nullptr;
            double best = 0;
            for (const ConditionValue &v : pair.values) {
                std::optional<double> x;
                if (family == Family::Numeric)
                    x = parseNumber(v.text);
                else if (auto d = parseDate(v.text))
                    x = d->seconds;
                if (!x)
                    return;
                if (!loosest || (less ? *x > best : *x < best)) {
                    loosest = &v;
                    best = *x;
                }
            }
            report("redundant-condition-value",
                   "Only " + quoted(loosest->text) + " matters here; the other values are redundant.");
        }
    }

    bool typeMismatched = false;
    bool forAllSingle = false;
};

void checkBlock(Context &context, const Statement &statement, const ConditionBlock &block)
{
    const auto parsed = parseOperatorName(block.name);
    if (parsed && !parsed->canonicalSpelling) {
        context.report("operator-case", block.span,
                       "Write " + quoted(canonicalOperator(block))
                           + ". AWS documents operators with this exact spelling; other spellings "
                             "may be refused.",
                       statement.index);
    }
    if (block.op == Operator::Null && block.qualifier != Qualifier::None) {
        const std::string key = block.pairs.empty() ? std::string("the key") : block.pairs[0].key;
        context.report("null-with-qualifier", block.span,
                       "\"Null\" only tests whether " + key
                           + " is present; with ForAllValues it is always true and with "
                             "ForAnyValue always false. Use plain \"Null\".",
                       statement.index);
    }
    const Family family = familyOf(block.op);
    for (const ConditionPair &pair : block.pairs) {
        PairChecker checker{context, statement, block, pair, family};
        bool keyOk = false;
        const data::KeyInfo *info = checker.checkKey(keyOk);
        if (info)
            checker.checkKeyUse(*info);
        checker.checkValues(info);
        if (keyOk)
            checker.checkSecurity();
    }
}

} // namespace

void checkConditions(Context &context)
{
    for (const Statement &statement : context.policy->statements) {
        for (const ConditionBlock &block : statement.conditions())
            checkBlock(context, statement, block);
    }
}

} // namespace engine::rules
