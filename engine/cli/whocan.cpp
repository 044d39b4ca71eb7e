// secret-policy who-can: every principal, action and condition the policy lets in, proven.
#include "cli/analysiscommon.h"
#include "cli/commands.h"
#include "cli/options.h"

namespace engine::cli {

const std::string_view whoCanManual = R"MAN(NAME
    secret-policy who-can - list who can do what to a secret, under exactly which conditions

SYNOPSIS
    secret-policy who-can POLICY.json --secret-arn ARN [--action ACTION]...
                          [--stage LABEL|none]... [--format text|json|policy]

DESCRIPTION
    Answers, for every principal of every account, every service, every action a secret
    policy decides and every request context, what the secret policy (the resource policy
    of one AWS Secrets Manager secret) lets through. Nothing is sampled: the answer covers
    every realistic request, and each line says under which condition it holds.

    Each finding has an access:

        allowed    the secret policy alone lets the caller in;
        identity   the caller gets in exactly when its own identity policies allow it
                   (needsIdentity in JSON);
        denied     an explicit Deny: no identity policy can let the caller in.

    Principals of the secret's own account that no statement mentions appear as "identity"
    lines: their identity policies alone decide, and that is what lock-down policies close.
    Cross-account principals that no statement lets in are left out (they are denied).

    The text groups the findings by what they give (read the value, read metadata, change
    the value or versions, lifecycle, policy management, tagging); public and cross-account
    lines come first in each group and are marked. The three actions that take no resource
    (BatchGetSecretValue, GetRandomPassword, ListSecrets) are never decided by a secret
    policy and are listed once as such.

    The analysis is bounded: a policy whose answer would need more than 10,000 findings or
    too many regions of condition values is refused with an error instead of a partial
    answer.

OPTIONS
    -s, --secret-arn ARN
        The ARN of the secret the policy is attached to, with its six-character suffix.
        Required.

    --action ACTION
        Only this action (with or without the secretsmanager: prefix). Repeat it, or give a
        comma-separated list, for several.

    --stage LABEL
        Only requests that name this version stage; "none" stands for requests that name
        no stage (the default GetSecretValue call and every action without a stage).
        Repeatable.

    -f, --format FORMAT
        text (default); json: {"secret": ..., "findings": [...], "notDecided": [...]},
        each finding with its effect, access, principal, actions, condition, stages,
        reach, statements, witness request and summary; policy: the findings as a policy
        document (one statement per finding) that answers every request as the policy does.

    -h, --help
        Show this page.

EXIT STATUS
    0   The answer was printed.
    2   A bad command line, a file that cannot be read, a policy that cannot be evaluated,
        or a policy past the analysis's limits; the reason is written to standard error.

EXAMPLES
    secret-policy who-can policy.json \
        --secret-arn arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf

    Who can read AWSCURRENT, as JSON:

        secret-policy who-can policy.json --secret-arn "$ARN" \
            --action GetSecretValue --stage AWSCURRENT --format json
)MAN";

namespace {

constexpr OptionSpec whoCanOptions[] = {
    {"--secret-arn", "-s", true},
    {"--format", "-f", true},
};

} // namespace

int runWhoCan(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    analysis::Options options;
    Args rest = args;
    if (!takeRepeatedOptions("who-can", rest, options, err))
        return ExitFailure;
    const Result<ParsedArgs> parsed = parseArgs(rest, whoCanOptions);
    if (!parsed)
        return usageError(err, "who-can", parsed.error().message);
    const ParsedArgs &o = parsed.value();
    if (o.positionals.size() != 1)
        return usageError(err, "who-can", "expected one policy file, got "
                                              + std::to_string(o.positionals.size()));
    const std::optional<std::string> arn = o.value("--secret-arn");
    if (!arn)
        return usageError(err, "who-can", "--secret-arn is required");
    const std::string format = o.value("--format").value_or("text");
    if (format != "text" && format != "json" && format != "policy")
        return usageError(err, "who-can", "unknown format `" + format + "`; use text, json or policy");
    const std::optional<Policy> policy = loadAnalysisPolicy("who-can", o.positionals[0], in, err);
    if (!policy)
        return ExitFailure;
    const Result<analysis::Analysis> result = analysis::analyse(*policy, *arn, options);
    if (!result)
        return analysisError(err, "who-can", result.error());
    if (format == "json")
        out << analysis::analysisJson(result.value());
    else if (format == "policy")
        out << analysis::normalFormJson(result.value());
    else
        out << analysis::analysisText(result.value());
    out.flush();
    return ExitOk;
}

} // namespace engine::cli
