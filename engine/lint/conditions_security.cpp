// The pair-level security checks: allow-absent-key, network-condition-side-effects,
// mfa-condition-pitfall, and redundant values under ordering operators.
#include "lint/conditions_p.h"

namespace engine::rules::detail {

namespace {

// secretsmanager: keys that mirror a request parameter (secretsmanager.md §4, kind "request").
bool isSecretsManagerRequestKey(std::string_view key)
{
    if (!startsWithAsciiIgnoreCase(key, "secretsmanager:"))
        return false;
    return !startsWithAsciiIgnoreCase(key, "secretsmanager:ResourceTag/")
           && !startsWithAsciiIgnoreCase(key, "secretsmanager:resource/")
           && !equalsAsciiIgnoreCase(key, "secretsmanager:SecretPrimaryRegion")
           && !equalsAsciiIgnoreCase(key, "secretsmanager:SecretId");
}

const char *absentExample(std::string_view key)
{
    if (equalsAsciiIgnoreCase(key, "aws:PrincipalOrgID") || equalsAsciiIgnoreCase(key, "aws:PrincipalOrgPaths"))
        return "a caller from an account that belongs to no organization, or a service principal";
    if (equalsAsciiIgnoreCase(key, "aws:SourceVpc") || equalsAsciiIgnoreCase(key, "aws:SourceVpce"))
        return "a call that does not come through a VPC endpoint";
    if (equalsAsciiIgnoreCase(key, "aws:SourceIp"))
        return "a call that comes through a VPC endpoint";
    if (equalsAsciiIgnoreCase(key, "aws:SourceAccount") || equalsAsciiIgnoreCase(key, "aws:SourceArn"))
        return "a call that no AWS service makes on behalf of a resource";
    if (equalsAsciiIgnoreCase(key, "aws:MultiFactorAuthPresent"))
        return "a call signed with long-term access keys";
    if (startsWithAsciiIgnoreCase(key, "aws:PrincipalTag/"))
        return "a caller without that tag";
    if (startsWithAsciiIgnoreCase(key, "aws:ResourceTag/"))
        return "a secret without that tag";
    if (startsWithAsciiIgnoreCase(key, "aws:RequestTag/"))
        return "a request that sets no such tag";
    return "a call that does not pass the parameter";
}

bool mayBeAbsent(std::string_view key)
{
    static constexpr std::string_view exact[] = {
        "aws:PrincipalOrgID", "aws:PrincipalOrgPaths", "aws:SourceVpc",  "aws:SourceVpce",
        "aws:SourceIp",       "aws:SourceAccount",     "aws:SourceArn", "aws:MultiFactorAuthPresent"};
    for (std::string_view k : exact) {
        if (equalsAsciiIgnoreCase(key, k))
            return true;
    }
    return (startsWithAsciiIgnoreCase(key, "aws:PrincipalTag/") && key.size() > 17)
           || (startsWithAsciiIgnoreCase(key, "aws:ResourceTag/") && key.size() > 16)
           || (startsWithAsciiIgnoreCase(key, "aws:RequestTag/") && key.size() > 15)
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

bool statementHasKey(const Statement &statement, std::string_view key)
{
    for (const ConditionBlock &b : statement.conditions()) {
        for (const ConditionPair &p : b.pairs) {
            if (values::equalsFoldingCase(p.key, key))
                return true;
        }
    }
    return false;
}

} // namespace

void PairChecker::checkSecurity()
{
    const std::string &key = pair.key;
    if (statement.effect == Effect::Allow && !forAllSingle && holdsWhenAbsent(block)
        && mayBeAbsent(key) && (isOpen(statement) || namesOutsidePrincipal(context, statement))) {
        bool otherRequires = false;
        for (const ConditionBlock &b : statement.conditions()) {
            for (const ConditionPair &p : b.pairs) {
                if (&p != &pair && values::equalsFoldingCase(p.key, key) && requiresKey(b))
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
        const bool ipSide = equalsAsciiIgnoreCase(key, "aws:SourceIp") && block.op == Operator::NotIpAddress;
        const bool vpcSide = (equalsAsciiIgnoreCase(key, "aws:SourceVpc") || equalsAsciiIgnoreCase(key, "aws:SourceVpce"))
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
            && equalsAsciiIgnoreCase(key, "aws:MultiFactorAuthPresent") && pair.values.size() == 1
            && equalsAsciiIgnoreCase(pair.values[0].text, "false")) {
            report("mfa-condition-pitfall",
                   "aws:MultiFactorAuthPresent is absent for long-term access keys, so this "
                   "Deny does not stop them. Use \"BoolIfExists\" to deny every request "
                   "without MFA.");
        }
    }
    // redundant-condition-value: ordering operators with several readable values.
    const ValueComparison comparison = operatorInfo(block.op).comparison;
    const bool ordering = isOrdering(comparison);
    if (ordering && pair.values.size() > 1 && !typeMismatched) {
        const bool less = comparison == ValueComparison::Less || comparison == ValueComparison::LessEqual;
        const ConditionValue *loosest = nullptr;
        OrderedValue best;
        for (const ConditionValue &v : pair.values) {
            const std::optional<OrderedValue> x = readOrdered(family, v.text);
            if (!x)
                return;
            const auto order = compareOrdered(family, *x, best);
            if (!loosest || (less ? order > 0 : order < 0)) {
                loosest = &v;
                best = *x;
            }
        }
        report("redundant-condition-value",
               "Only " + quoted(loosest->text) + " matters here; the other values are redundant.");
    }
}

} // namespace engine::rules::detail
