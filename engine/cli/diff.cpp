// secret-policy diff: what a policy change does to access, as a gate before deployment.
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/simcommon.h"

#include "sim/derive.h"
#include "sim/policydiff.h"
#include "sim/report.h"

namespace engine::cli {

const std::string_view diffManual = R"MAN(NAME
    secret-policy diff - show which access a change to a secret policy gains or loses

SYNOPSIS
    secret-policy diff OLD.json NEW.json --secret-arn ARN [--actions A,B] [--principals P,Q]
                       [--stages S,T] [--context JSON] [--all]
                       [--format text|csv|markdown|json|html]

DESCRIPTION
    Evaluates two versions of a secret policy (the resource policy of one AWS Secrets Manager
    secret) on the same requests and lists every request whose answer gains or loses access.
    Use it before deploying a policy change, or as a CI gate: the exit status is 1 when any
    access was gained.

    The requests are the cells of `secret-policy matrix` for both policies at once: the
    principals and version stages derived from either policy (see `secret-policy help
    matrix`), and by default every Secrets Manager action that takes a secret. An action that
    sends no version stage is compared once, shown with stage "(any)".

    A request gains access (New) when its effective decision or the policy's own decision
    becomes Allowed: a policy that starts to grant another account gains access even while
    the effective answer stays Unknown, because only the other account's identity policies
    stand between it and the secret. It loses access (Removed) when either stops being
    Allowed; a gain wins over a loss. Everything else is Unchanged.

    The report lists New changes first, then Removed, each with the public (anonymous
    callers, principals of accounts the policies do not name) first, then other accounts,
    services and the secret's own account. Each line shows the decision before and after: the
    policy's decision, then "/" and the effective decision when it differs. A summary line
    counts gained, removed and unchanged requests.

OPTIONS
    -s, --secret-arn ARN
        The ARN of the secret both policies are for, with its six-character suffix.
        Required.

    -a, --actions A,B,...
        The actions to compare, with or without the secretsmanager: prefix; "all" for every
        action. Default: every action that takes a secret.

    -P, --principals P,Q,...
        The principals, replacing the derived ones; the same forms as for `matrix`
        ("derived" stands for the principals derived from both policies).

    -S, --stages S,T,...
        The stages, replacing the derived ones; "-" is "no stage named", "derived" the
        stages derived from both policies.

    -c, --context JSON
        Context keys added to every request, as the "context" object of a request.

    --all
        Also list the unchanged requests.

    -f, --format FORMAT
        text (default), csv, markdown, json (the counts and, per listed request, the
        decision objects before and after), or html (a standalone page).

    -h, --help
        Show this page.

EXIT STATUS
    0   No request gains access (some may lose it).
    1   At least one request gains access.
    2   The run could not start (a bad command line, a file that cannot be read), a policy
        cannot be evaluated, or the output cannot be written; the reason is written to
        standard error.

EXAMPLES
    Check a change before deploying it:

        secret-policy diff deployed.json proposed.json \
            --secret-arn arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf

    In CI, keep the report and fail on any new access:

        git show main:policy.json > /tmp/old.json
        secret-policy diff /tmp/old.json policy.json --secret-arn "$ARN" --format markdown \
            > access-report.md || exit 1
)MAN";

namespace {

constexpr OptionSpec diffOptions[] = {
    {"--secret-arn", "-s", true}, {"--actions", "-a", true}, {"--principals", "-P", true},
    {"--stages", "-S", true},     {"--context", "-c", true}, {"--format", "-f", true},
    {"--all", "", false},
};

} // namespace

int runDiff(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    const Result<ParsedArgs> parsed = parseArgs(args, diffOptions);
    if (!parsed)
        return usageError(err, "diff", parsed.error().message);
    const ParsedArgs &options = parsed.value();
    if (options.positionals.size() != 2) {
        return usageError(err, "diff",
                          "expected two policy files, OLD.json and NEW.json, got "
                              + std::to_string(options.positionals.size()));
    }
    if (options.positionals[0] == "-" && options.positionals[1] == "-")
        return usageError(err, "diff", "only one of the policies can come from standard input");
    std::optional<SimOptions> common = readSimOptions("diff", options, sim::secretActions(), err);
    if (!common)
        return ExitFailure;
    const std::optional<CompiledPolicy> before = loadPolicy("diff", options.positionals[0], in, err);
    if (!before)
        return ExitFailure;
    const std::optional<CompiledPolicy> after = loadPolicy("diff", options.positionals[1], in, err);
    if (!after)
        return ExitFailure;

    sim::MatrixSetup setup;
    setup.secretArn = common->secretArn;
    setup.actions = common->actions;
    setup.context = common->context;
    if (!readAxes("diff", options, {&before->policy(), &after->policy()}, setup, err))
        return ExitFailure;
    const sim::PolicyDiff diff = sim::diffPolicies(*before, *after, std::move(setup));
    out << sim::formatDiff(diff, common->format, options.has("--all"));
    out.flush();
    return diff.gainedAccess() ? ExitFound : ExitOk;
}

} // namespace engine::cli
