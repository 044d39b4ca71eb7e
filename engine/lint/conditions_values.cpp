// Condition value checks: invalid values, wildcards under non-Like operators, dates without a
// zone, CIDRs with host bits, private ranges in aws:SourceIp, variables in values.
#include "lint/conditions_p.h"

namespace engine::rules::detail {

namespace {

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

} // namespace

void PairChecker::checkValues(const data::KeyInfo *info)
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
bool PairChecker::checkValue(const ConditionValue &v)
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

} // namespace engine::rules::detail
