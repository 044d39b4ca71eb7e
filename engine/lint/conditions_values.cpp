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
    // The String operator that globs, with the same negation.
    for (const OperatorInfo &info : operatorTable) {
        if (info.type == values::ValueType::String && info.comparison == ValueComparison::Like
            && info.negated == isNegated(block.op))
            name += info.name;
    }
    if (block.ifExists)
        name += "IfExists";
    return name;
}

bool isPrivate(const values::IpRange &c)
{
    static const std::vector<values::IpRange> ranges = [] {
        std::vector<values::IpRange> out;
        for (const char *r : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7", "fe80::/10"})
            out.push_back(*values::parseIpRange(r));
        return out;
    }();
    for (const values::IpRange &r : ranges) {
        if (c.isWithin(r))
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
    const bool sourceIp = family == Family::IpAddress && equalsAsciiIgnoreCase(pair.key, "aws:SourceIp");
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
        if (family == Family::String && operatorInfo(block.op).comparison != ValueComparison::Like) {
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
            const auto d = values::readDate(t);
            if (d && d->hasTime && !d->hasZone)
                context.report("date-without-zone", v.span,
                               quoted(t) + " has no time zone; it is read as UTC. Add \"Z\" or "
                                           "an offset.",
                               statement.index);
        }
        if (family == Family::IpAddress) {
            const auto c = values::parseIpRange(t);
            if (c && c->hasHostBits())
                context.report("improve-ip-range", v.span,
                               "The bits after /" + std::to_string(c->prefix)
                                   + " are ignored; write " + quoted(c->cleanText()) + ".",
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
    // The evaluator reads the value with the same function: a value it cannot read is
    // reported, and only such a value.
    if (values::isValidPolicyValue(family, t))
        return false;
    const char *kind = "value";
    switch (family) {
    case Family::Numeric:
        kind = "number";
        break;
    case Family::Date:
        kind = "date";
        break;
    case Family::Bool:
    case Family::Null:
        kind = "Boolean (\"true\" or \"false\")";
        break;
    case Family::IpAddress:
        kind = "IP address or CIDR range";
        break;
    case Family::Binary:
        kind = "base64 value";
        break;
    case Family::Arn:
        kind = "ARN";
        break;
    case Family::String:
        break;
    }
    context.report("invalid-value", v.span,
                   quoted(t) + " is not a valid " + kind + " for " + block.name
                       + ", so this comparison can never be true.",
                   statement.index);
    return true;
}

} // namespace engine::rules::detail
