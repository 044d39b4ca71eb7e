// secret-policy check: guardrails for CI (no public access, some actions never granted, no new
// access against a reference), each failure with the finding and a witness request.
#include "cli/analysiscommon.h"
#include "cli/commands.h"
#include "cli/options.h"

#include "json/reader.h"
#include "json/writer.h"

namespace engine::cli {

const std::string_view checkManual = R"MAN(NAME
    secret-policy check - fail when a secret policy gives access it must not give

SYNOPSIS
    secret-policy check POLICY.json --secret-arn ARN [--no-public-access]
                        [--access-not-granted ACTION[,ACTION...]] [--include-owner-account]
                        [--no-new-access REFERENCE.json] [--format text|json]

DESCRIPTION
    Runs guardrails on a secret policy, in the manner of IAM Access Analyzer's custom policy
    checks but offline, over every realistic request (see `secret-policy help who-can`).
    Give at least one check:

    --no-public-access
        Fails when any finding of `who-can` reaches the public: principals of accounts the
        policy does not name get access that no fixed aws:SourceArn, aws:SourceVpc,
        aws:SourceVpce, aws:SourceAccount or aws:SourceOwner pins.

    --access-not-granted ACTION[,ACTION...]
        Fails when any request for one of the actions has an access above denied for a
        principal outside the secret's account (with --include-owner-account: for any
        principal).

    --no-new-access REFERENCE.json
        Fails when `secret-policy compare REFERENCE.json POLICY.json` grants anything.

    Each failure names the finding or difference and a witness request.

OPTIONS
    -s, --secret-arn ARN
        The ARN of the secret. Required.

    --include-owner-account
        With --access-not-granted, also fail on principals of the secret's own account.

    -f, --format FORMAT
        text (default): one PASS or FAIL line per check, then the failures; json:
        {"passed": true|false, "checks": [{"check": ..., "passed": ..., "failures": [...]}]}.

    -h, --help
        Show this page.

EXIT STATUS
    0   Every check passes.
    1   At least one check fails.
    2   A bad command line, a file that cannot be read, a policy that cannot be evaluated,
        or a policy past the analysis's limits.

EXAMPLES
    secret-policy check policy.json --secret-arn "$ARN" --no-public-access \
        --access-not-granted PutResourcePolicy,DeleteResourcePolicy \
        --no-new-access deployed.json
)MAN";

namespace {

constexpr OptionSpec checkOptions[] = {
    {"--secret-arn", "-s", true},         {"--format", "-f", true},
    {"--no-public-access", "", false},    {"--access-not-granted", "", true},
    {"--include-owner-account", "", false}, {"--no-new-access", "", true},
};

struct CheckResult
{
    std::string name;
    std::vector<analysis::Finding> failures;
    bool difference = false;
};

} // namespace

int runCheck(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    const Result<ParsedArgs> parsed = parseArgs(args, checkOptions);
    if (!parsed)
        return usageError(err, "check", parsed.error().message);
    const ParsedArgs &o = parsed.value();
    if (o.positionals.size() != 1)
        return usageError(err, "check", "expected one policy file, got "
                                            + std::to_string(o.positionals.size()));
    const std::optional<std::string> arn = o.value("--secret-arn");
    if (!arn)
        return usageError(err, "check", "--secret-arn is required");
    const std::string format = o.value("--format").value_or("text");
    if (format != "text" && format != "json")
        return usageError(err, "check", "unknown format `" + format + "`; use text or json");
    const std::optional<std::string> notGranted = o.value("--access-not-granted");
    const std::optional<std::string> reference = o.value("--no-new-access");
    if (!o.has("--no-public-access") && !notGranted && !reference)
        return usageError(err, "check",
                          "give at least one check: --no-public-access, --access-not-granted or "
                          "--no-new-access");
    if (o.has("--include-owner-account") && !notGranted)
        return usageError(err, "check", "--include-owner-account needs --access-not-granted");
    analysis::Options narrow;
    if (notGranted) {
        Args fake{"--action", *notGranted};
        if (!takeRepeatedOptions("check", fake, narrow, err))
            return ExitFailure;
        if (narrow.actions.empty())
            return usageError(err, "check", "--access-not-granted needs at least one action");
    }
    const std::optional<Policy> policy = loadAnalysisPolicy("check", o.positionals[0], in, err);
    if (!policy)
        return ExitFailure;
    std::optional<Policy> ref;
    if (reference) {
        ref = loadAnalysisPolicy("check", *reference, in, err);
        if (!ref)
            return ExitFailure;
    }

    std::vector<CheckResult> results;
    if (o.has("--no-public-access")) {
        const Result<analysis::Analysis> a = analysis::analyse(*policy, *arn);
        if (!a)
            return analysisError(err, "check", a.error());
        CheckResult r{"noPublicAccess", {}, false};
        for (const analysis::Finding &f : a.value().findings) {
            if (f.effect == Effect::Allow && f.reach == analysis::Reach::Public
                && f.access != analysis::Access::Denied)
                r.failures.push_back(f);
        }
        results.push_back(std::move(r));
    }
    if (notGranted) {
        const Result<analysis::Analysis> a = analysis::analyse(*policy, *arn, narrow);
        if (!a)
            return analysisError(err, "check", a.error());
        CheckResult r{"accessNotGranted", {}, false};
        for (const analysis::Finding &f : a.value().findings) {
            if (f.effect != Effect::Allow || f.access == analysis::Access::Denied)
                continue;
            if (f.reach == analysis::Reach::SameAccount && !o.has("--include-owner-account"))
                continue;
            r.failures.push_back(f);
        }
        results.push_back(std::move(r));
    }
    if (ref) {
        const Result<analysis::Comparison> c = analysis::compare(*ref, *policy, *arn);
        if (!c)
            return analysisError(err, "check", c.error());
        CheckResult r{"noNewAccess", {}, true};
        for (const analysis::Finding &f : c.value().differences) {
            if (f.access > f.from)
                r.failures.push_back(f);
        }
        results.push_back(std::move(r));
    }

    bool passed = true;
    for (const CheckResult &r : results)
        passed = passed && r.failures.empty();
    if (format == "json") {
        std::string text = std::string("{\"passed\":") + (passed ? "true" : "false") + ",\"checks\":[";
        for (std::size_t i = 0; i < results.size(); ++i) {
            if (i > 0)
                text += ',';
            text += "{\"check\":" + json::quote(results[i].name) + ",\"passed\":"
                    + (results[i].failures.empty() ? "true" : "false") + ",\"failures\":[";
            for (std::size_t k = 0; k < results[i].failures.size(); ++k) {
                if (k > 0)
                    text += ',';
                text += analysis::findingJson(results[i].failures[k], results[i].difference);
            }
            text += "]}";
        }
        text += "]}";
        const json::ReadResult pretty = json::read(text);
        out << (pretty.ok ? json::write(pretty.value, 2) : text) << '\n';
    } else {
        for (const CheckResult &r : results) {
            out << (r.failures.empty() ? "PASS " : "FAIL ") << r.name << '\n';
            for (const analysis::Finding &f : r.failures) {
                out << "  " << f.summary << '\n';
                out << "    witness: " << analysis::requestJson(f.witness) << '\n';
            }
        }
    }
    out.flush();
    return passed ? ExitOk : ExitFound;
}

} // namespace engine::cli
