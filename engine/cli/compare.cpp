// secret-policy compare: whether a policy change grants or revokes anything, proven over every
// realistic request, with a request that shows each difference.
#include "cli/analysiscommon.h"
#include "cli/commands.h"
#include "cli/options.h"

namespace engine::cli {

const std::string_view compareManual = R"MAN(NAME
    secret-policy compare - prove whether a secret policy change grants or revokes access

SYNOPSIS
    secret-policy compare OLD.json NEW.json --secret-arn ARN [--action ACTION]...
                          [--stage LABEL|none]... [--format text|json]

DESCRIPTION
    Compares the access two versions of a secret policy give, request by request, over every
    realistic request: every principal of every account, every service, every action a
    secret policy decides, every request context. The access of a request is allowed (the
    secret policy alone lets it in), needsIdentity (the caller's identity policies decide)
    or denied, in that order; a change grants a request when its access rises and revokes it
    when its access falls.

    The verdict is one of:

        equivalent       every request has the same access under both;
        lessPermissive   some request is revoked, none is granted;
        morePermissive   some request is granted, none is revoked;
        incomparable     some are granted and some revoked.

    "equivalent" is a proof, not a sample. Then every difference follows: a region of
    requests whose access changes (principal, actions, condition, stages), the statements of
    each version that decide it, and a witness request that the two versions really answer
    differently. Public differences come first, then other accounts, then the rest.

    Unlike `secret-policy diff`, which evaluates the cells of the access matrix, compare
    covers the whole question space and folds it into regions.

OPTIONS
    -s, --secret-arn ARN
        The ARN of the secret both policies are for. Required.

    --action ACTION, --stage LABEL|none
        Narrow the comparison, as for `secret-policy who-can`. Repeatable.

    -f, --format FORMAT
        text (default): the verdict on the first line, then one paragraph per difference
        with its witness as a request line; json: {"verdict": ..., "differences": [...]},
        each difference with from, to, principal, actions, condition, stages, reach,
        oldStatements, newStatements, witness and summary.

    -h, --help
        Show this page.

EXIT STATUS
    0   equivalent or lessPermissive.
    1   morePermissive or incomparable: the change grants something (a CI gate).
    2   A bad command line, a file that cannot be read, a policy that cannot be evaluated,
        or policies past the analysis's limits.

EXAMPLES
    git show main:policy.json > /tmp/old.json
    secret-policy compare /tmp/old.json policy.json --secret-arn "$ARN" || exit 1
)MAN";

namespace {

constexpr OptionSpec compareOptions[] = {
    {"--secret-arn", "-s", true},
    {"--format", "-f", true},
};

} // namespace

int runCompare(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    analysis::Options options;
    Args rest = args;
    if (!takeRepeatedOptions("compare", rest, options, err))
        return ExitFailure;
    const Result<ParsedArgs> parsed = parseArgs(rest, compareOptions);
    if (!parsed)
        return usageError(err, "compare", parsed.error().message);
    const ParsedArgs &o = parsed.value();
    if (o.positionals.size() != 2)
        return usageError(err, "compare", "expected two policy files, OLD.json and NEW.json, got "
                                              + std::to_string(o.positionals.size()));
    if (o.positionals[0] == "-" && o.positionals[1] == "-")
        return usageError(err, "compare", "only one of the policies can come from standard input");
    const std::optional<std::string> arn = o.value("--secret-arn");
    if (!arn)
        return usageError(err, "compare", "--secret-arn is required");
    const std::string format = o.value("--format").value_or("text");
    if (format != "text" && format != "json")
        return usageError(err, "compare", "unknown format `" + format + "`; use text or json");
    const std::optional<Policy> before = loadAnalysisPolicy("compare", o.positionals[0], in, err);
    if (!before)
        return ExitFailure;
    const std::optional<Policy> after = loadAnalysisPolicy("compare", o.positionals[1], in, err);
    if (!after)
        return ExitFailure;
    const Result<analysis::Comparison> result = analysis::compare(*before, *after, *arn, options);
    if (!result)
        return analysisError(err, "compare", result.error());
    out << (format == "json" ? analysis::comparisonJson(result.value())
                             : analysis::comparisonText(result.value()));
    out.flush();
    const analysis::Verdict v = result.value().verdict;
    return v == analysis::Verdict::MorePermissive || v == analysis::Verdict::Incomparable ? ExitFound
                                                                                          : ExitOk;
}

} // namespace engine::cli
