// secret-policy matrix: who can do what to which version of a secret, for everyone at once.
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/simcommon.h"

#include "sim/matrix.h"
#include "sim/report.h"

namespace engine::cli {

const std::string_view matrixManual = R"MAN(NAME
    secret-policy matrix - show who can access which version of a secret

SYNOPSIS
    secret-policy matrix POLICY.json --secret-arn ARN [--actions A,B] [--principals P,Q]
                         [--stages S,T] [--context JSON]
                         [--format text|csv|markdown|json|html]

DESCRIPTION
    Evaluates a secret policy (the resource policy of one AWS Secrets Manager secret) for
    many principals, version stages and actions at once, and prints the access matrix: for
    each action one table whose rows are principals and whose columns are version stages.

    Every cell is the answer `secret-policy eval` gives to one request: the principal of the
    row calls the action on the secret, naming the stage of the column. A cell shows the
    secret policy's own decision and, after "/", the effective decision of the whole request
    when it differs:

        Allowed              the policy allows (and so does the whole request)
        Denied (implicit)    nothing allows
        Denied (explicit)    a Deny statement applies
        Unknown              depends on identity policies, which the matrix does not know

    Without --principals the rows are derived from the policy: every principal it names (a
    role together with a session of it, ROLE/session), every principal named in an
    aws:PrincipalArn, aws:PrincipalAccount or aws:PrincipalServiceName condition, a user of
    each other account it names (user/example), every service principal it names, another
    principal in the secret's account, a principal in an account the policy does not name,
    and an anonymous caller. Identity policies are unknown for all of them, which is why
    cross-account and delegated answers are often Unknown.

    Without --stages the columns are "no stage named" (the default GetSecretValue call, which
    sends no secretsmanager:VersionStage and returns AWSCURRENT), AWSCURRENT, AWSPREVIOUS,
    AWSPENDING, and every custom label the policy's secretsmanager:VersionStage conditions
    mention. Only GetSecretValue and UpdateSecretVersionStage send a stage; for other actions
    every column is the same request.

OPTIONS
    -s, --secret-arn ARN
        The ARN of the secret the policy is attached to, with its six-character suffix,
        e.g. arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf. Required:
        it decides which principals are in the secret's account.

    -a, --actions A,B,...
        The actions, one table each, with or without the secretsmanager: prefix, in any
        case; "all" adds every Secrets Manager action. Default: GetSecretValue.

    -P, --principals P,Q,...
        The rows, replacing the derived ones: ARNs (arn:aws:iam::ACCOUNT:user/NAME,
        arn:aws:iam::ACCOUNT:role/NAME, arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION, ...),
        12-digit account ids (a user of that account), service names (NAME.amazonaws.com or
        Service:NAME), Federated:PROVIDER, CanonicalUser:ID, "anonymous", and "derived" for
        the derived rows.

    -S, --stages S,T,...
        The columns, replacing the derived ones: stage labels exactly as written (labels are
        case-sensitive), "-" for "no stage named", and "derived" for the derived columns.

    -c, --context JSON
        Context keys added to every request, as the "context" object of a request, e.g.
        '{"aws:SourceIp": "203.0.113.5", "aws:PrincipalOrgID": "o-abc"}'. The stage key is
        set by each column.

    -f, --format FORMAT
        text (default): aligned tables. csv: one row per cell with the request principal,
        the decisions, the matched statements and the explanation. markdown: one table per
        action. json: the axes and, per action and principal, the decision objects of
        `secret-policy eval`. html: a standalone page with one table per action; a cell's
        tooltip is its explanation.

    -h, --help
        Show this page.

EXIT STATUS
    0   The matrix was printed.
    2   The run could not start (a bad command line, a file that cannot be read), the
        policy cannot be evaluated (not JSON, or a structural error), or the output cannot be
        written; the reason is written to standard error.

EXAMPLES
    Who can read which version:

        secret-policy matrix policy.json \
            --secret-arn arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf

    Three actions for two principals, as CSV:

        secret-policy matrix policy.json --secret-arn "$ARN" --format csv \
            --actions GetSecretValue,PutSecretValue,DeleteSecret \
            --principals arn:aws:iam::123456789012:role/App,anonymous

    Reproduce one cell with eval: take the principal and stage of the cell and ask

        echo '{"principal": "...", "action": "secretsmanager:GetSecretValue",
               "resource": "'"$ARN"'",
               "context": {"secretsmanager:VersionStage": "AWSCURRENT"}}' | tr -d '\n' |
            secret-policy eval --policy policy.json
)MAN";

namespace {

constexpr OptionSpec matrixOptions[] = {
    {"--secret-arn", "-s", true}, {"--actions", "-a", true}, {"--principals", "-P", true},
    {"--stages", "-S", true},     {"--context", "-c", true}, {"--format", "-f", true},
};

} // namespace

int runMatrix(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    const Result<ParsedArgs> parsed = parseArgs(args, matrixOptions);
    if (!parsed)
        return usageError(err, "matrix", parsed.error().message);
    const ParsedArgs &options = parsed.value();
    if (options.positionals.size() != 1) {
        return usageError(err, "matrix",
                          options.positionals.empty()
                              ? "missing POLICY.json"
                              : "expected one policy file, got "
                                    + std::to_string(options.positionals.size()));
    }
    std::optional<SimOptions> common =
        readSimOptions("matrix", options, {std::string(sim::defaultAction)}, err);
    if (!common)
        return ExitFailure;
    const std::optional<CompiledPolicy> policy =
        loadPolicy("matrix", options.positionals.front(), in, err);
    if (!policy)
        return ExitFailure;

    sim::MatrixSetup setup;
    setup.secretArn = common->secretArn;
    setup.actions = common->actions;
    setup.context = common->context;
    if (!readAxes("matrix", options, {&policy->policy()}, setup, err))
        return ExitFailure;
    const sim::Matrix matrix = sim::computeMatrix(*policy, std::move(setup));
    out << sim::formatMatrix(matrix, common->format);
    out.flush();
    return ExitOk;
}

} // namespace engine::cli
