// public-access and possibly-public-access (secretsmanager.md §9.2 as read by validation.md §1),
// each with a proof: one request, in the requests.md format, that the policy allows for a caller
// outside the secret's account, checked with the evaluator.
#include "lint/lintcontext.h"

#include "data/secretsmanager.h"
#include "eval/evaluator.h"
#include "json/reader.h"

#include <cstdio>

namespace engine::rules {

namespace {

bool isPinKey(std::string_view key)
{
    for (std::string_view k : {"aws:SourceArn", "aws:SourceVpc", "aws:SourceVpce",
                               "aws:SourceAccount", "aws:SourceOwner"}) {
        if (equalsIgnoreCase(key, k))
            return true;
    }
    return false;
}

bool isLimitKey(std::string_view key)
{
    for (std::string_view k : {"aws:PrincipalAccount", "aws:PrincipalArn", "aws:userid",
                               "aws:PrincipalOrgID"}) {
        if (equalsIgnoreCase(key, k))
            return true;
    }
    return false;
}

bool isIpLimit(const ConditionBlock &block, const ConditionPair &pair)
{
    return block.op == Operator::IpAddress && !block.ifExists
           && block.qualifier != Qualifier::ForAllValues && equalsIgnoreCase(pair.key, "aws:SourceIp")
           && !pair.values.empty();
}

std::string describePair(const ConditionBlock &block, const ConditionPair &pair)
{
    std::vector<std::string> values;
    for (const ConditionValue &v : pair.values)
        values.push_back(quoted(v.text));
    return block.name + " " + pair.key + " " + joinQuoted(values, "or");
}

// A value that satisfies a positive pair, for the proof's context.
std::optional<std::string> sampleValue(const ConditionBlock &block, const ConditionPair &pair)
{
    if (pair.values.empty())
        return std::nullopt;
    std::string v = pair.values[0].text;
    switch (block.op) {
    case Operator::StringLike:
    case Operator::ArnLike:
        for (char &c : v) {
            if (c == '*' || c == '?')
                c = 'x';
        }
        return v;
    case Operator::IpAddress:
        if (auto c = parseCidr(v)) {
            std::string clean = c->clean();
            return clean.substr(0, clean.find('/'));
        }
        return std::nullopt;
    case Operator::NumericLessThan:
        if (auto n = parseNumber(v))
            return std::to_string(static_cast<long long>(*n) - 1);
        return std::nullopt;
    case Operator::NumericGreaterThan:
        if (auto n = parseNumber(v))
            return std::to_string(static_cast<long long>(*n) + 1);
        return std::nullopt;
    default:
        return v;
    }
}

struct Proof
{
    Request request;
    std::string json;
};

std::optional<Proof> findProof(const Context &context, const Statement &statement)
{
    std::string owner = context.ownerAccount.value_or("123456789012");
    std::string resource;
    if (context.options->secretArn) {
        resource = *context.options->secretArn;
    } else {
        for (const Entry &e : statement.resource.entries) {
            if (!statement.resource.negated && e.text != "*" && !hasWildcard(e.text)
                && e.text.find("${") == std::string::npos && splitArn(e.text).size() == 6) {
                resource = e.text;
                owner = std::string(splitArn(e.text)[4]);
                break;
            }
        }
        if (resource.empty())
            resource = "arn:aws:secretsmanager:us-east-1:" + owner + ":secret:example-AbCdEf";
    }
    std::string action;
    for (const data::ActionInfo &a : data::actions()) {
        if (!a.takesSecret || !coversAction(statement, a.name))
            continue;
        if (action.empty() || a.name == "GetSecretValue")
            action = "secretsmanager:" + std::string(a.name);
    }
    if (action.empty())
        return std::nullopt;

    std::string account = owner == "999999999999" ? "888888888888" : "999999999999";
    std::vector<ContextEntry> entries;
    for (const ConditionBlock &block : statement.conditions()) {
        if (block.ifExists || isNegated(block.op) || block.op == Operator::Null
            || block.qualifier == Qualifier::ForAllValues)
            continue;
        for (const ConditionPair &pair : block.pairs) {
            auto value = sampleValue(block, pair);
            if (!value)
                continue;
            if (equalsIgnoreCase(pair.key, "aws:PrincipalAccount") && isAccountId(*value))
                account = *value;
            const data::KeyInfo *info = data::findKey(pair.key);
            ContextEntry entry;
            entry.key = pair.key;
            entry.value.isList = (info && info->multivalued) || block.qualifier != Qualifier::None;
            entry.value.values = {*value};
            entries.push_back(std::move(entry));
        }
    }
    Proof proof;
    proof.request.principal.form = RequestPrincipal::Form::Arn;
    proof.request.principal.text = "arn:aws:iam::" + account + ":user/outside-caller";
    for (const ContextEntry &e : entries) {
        if (equalsIgnoreCase(e.key, "aws:PrincipalArn") && !e.value.values.empty()
            && splitArn(e.value.values[0]).size() == 6)
            proof.request.principal.text = e.value.values[0];
    }
    proof.request.action = action;
    proof.request.resource = resource;
    proof.request.context = entries;

    const Decision decision = evaluate(*context.policy, proof.request);
    if (decision.decision != Outcome::Allowed)
        return std::nullopt;

    std::string out = "{\"principal\": " + quoted(proof.request.principal.text)
                      + ", \"action\": " + quoted(action) + ", \"resource\": " + quoted(resource);
    if (!entries.empty()) {
        out += ", \"context\": {";
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (i)
                out += ", ";
            out += quoted(entries[i].key) + ": ";
            const std::string v = quoted(entries[i].value.values[0]);
            out += entries[i].value.isList ? "[" + v + "]" : v;
        }
        out += "}";
    }
    out += "}";
    proof.json = std::move(out);
    return proof;
}

} // namespace

void checkPublicAccess(Context &context)
{
    for (const Statement &statement : context.policy->statements) {
        if (statement.effect != Effect::Allow || !isOpen(statement))
            continue;
        bool pinned = false;
        std::vector<std::string> limits;
        for (const ConditionBlock &block : statement.conditions()) {
            for (const ConditionPair &pair : block.pairs) {
                const bool fixed = isFixedPair(block, pair);
                if (fixed && isPinKey(pair.key))
                    pinned = true;
                else if ((fixed && isLimitKey(pair.key)) || isIpLimit(block, pair))
                    limits.push_back(describePair(block, pair));
            }
        }
        if (pinned)
            continue;
        const Span &where = statement.principal->span;
        Diagnostic *d = nullptr;
        if (limits.empty()) {
            d = &context.report("public-access", where,
                                "Anyone in any AWS account can call " + describeActions(statement)
                                    + " on this secret. Secrets Manager refuses this policy when "
                                      "BlockPublicPolicy is set. Name the principals, or pin the "
                                      "statement with a fixed aws:SourceAccount, aws:SourceArn, "
                                      "aws:SourceOwner, aws:SourceVpc or aws:SourceVpce condition.",
                                statement.index);
        } else {
            d = &context.report("possibly-public-access", where,
                                "This statement is open to any principal that satisfies "
                                    + joinQuoted(limits, "and")
                                    + ". Secrets Manager may still treat it as broad access and "
                                      "refuse it with BlockPublicPolicy; naming the accounts in "
                                      "\"Principal\" is safer.",
                                statement.index);
        }
        const std::size_t index = static_cast<std::size_t>(d - context.findings.data());
        if (auto proof = findProof(context, statement))
            context.findings[index].proof = std::move(proof->json);
    }
}

} // namespace engine::rules
