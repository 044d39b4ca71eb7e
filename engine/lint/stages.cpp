// The version-stage pitfalls (secretsmanager.md §6.3): stage-condition-needs-parameter,
// stage-deny-bypass and version-stage-typo.
#include "lint/lintcontext.h"

#include "data/secretsmanager.h"

namespace engine::rules {

namespace {

std::string normalised(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '_' || c == '-')
            continue;
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

// The AWS label a value probably means, or "" when it looks like a custom label.
std::string stageTypo(std::string_view value)
{
    std::string closest;
    int best = 1000;
    for (std::string_view label : data::awsStages()) {
        if (value == label)
            return {};
        const int d = editDistance(normalised(value), label);
        if (d < best) {
            best = d;
            closest = std::string(label);
        }
    }
    const bool looksLike = best <= 2 || startsWithAsciiIgnoreCase(value, "AWS");
    return looksLike ? closest : std::string();
}

void checkPair(Context &context, const Statement &statement, const ConditionBlock &block,
               const ConditionPair &pair)
{
    const bool stage = equalsAsciiIgnoreCase(pair.key, "secretsmanager:VersionStage");
    const bool id = equalsAsciiIgnoreCase(pair.key, "secretsmanager:VersionId");
    if (!stage && !id)
        return;
    if (stage && block.op != Operator::Null) {
        for (const ConditionValue &v : pair.values) {
            if (hasWildcard(v.text) || v.text.find("${") != std::string::npos)
                continue;
            const std::string label = stageTypo(v.text);
            if (label.empty())
                continue;
            context.report("version-stage-typo", v.span,
                           quoted(v.text) + " is not a stage Secrets Manager uses; did you mean "
                               + quoted(label) + "? Stage names are compared exactly.",
                           statement.index);
        }
    }
    if (!requiresKey(block) || !coversAction(statement, "GetSecretValue"))
        return;
    const char *parameter = stage ? "VersionStage" : "VersionId";
    if (statement.effect == Effect::Allow) {
        context.report("stage-condition-needs-parameter", pair.valuesSpan,
                       pair.key + " is present only when the caller passes the " + parameter
                           + " parameter. Calls that rely on the default (AWSCURRENT), and every "
                             "BatchGetSecretValue call, are not allowed by this statement. Make "
                             "sure clients pass VersionStage=AWSCURRENT.",
                       statement.index);
        return;
    }
    std::string message = std::string("This Deny does not apply to calls that do not pass ")
                          + parameter + ": " + pair.key + " is then absent, and \"" + block.name
                          + "\" is false for an absent key.";
    if (stage)
        message += " A caller who asks for an old version by VersionId is not denied.";
    if (isNegated(block.op)) {
        message += std::string(" Use plain \"") + operatorName(block.op)
                   + "\" instead (then every caller has to pass " + parameter + ").";
    }
    context.report("stage-deny-bypass", pair.valuesSpan, std::move(message), statement.index);
}

} // namespace

void checkStages(Context &context)
{
    for (const Statement &statement : context.policy->statements) {
        for (const ConditionBlock &block : statement.conditions()) {
            for (const ConditionPair &pair : block.pairs)
                checkPair(context, statement, block, pair);
        }
    }
}

} // namespace engine::rules
