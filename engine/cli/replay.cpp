// secret-policy replay: replay the calls CloudTrail recorded for a secret against a draft
// policy, and say which of them the draft would break.
#include "cloudtrail/replay.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"
#include "cli/simcommon.h"

#include <iostream>

#include <unistd.h>

namespace engine::cli {

const std::string_view replayManual = R"MAN(NAME
    secret-policy replay - replay real calls from CloudTrail against a draft secret policy

SYNOPSIS
    secret-policy replay POLICY.json --secret-arn ARN EVENTS... [--baseline OLD.json]
                         [--format text|json|csv]

DESCRIPTION
    Reads the calls CloudTrail recorded for one secret and evaluates each of them under
    the draft policy POLICY.json: which calls your applications really make would the
    draft break, and which refused calls would it let in?

    EVENTS are files or folders (searched recursively; hidden entries are skipped) in any
    of these forms, recognised by their content:

        CloudTrail log files, {"Records": [...]}, also gzip-compressed (.json.gz) as
        CloudTrail delivers them to S3;
        the output of `aws cloudtrail lookup-events` (records inside CloudTrailEvent);
        JSON Lines, one record per line.

    Only Secrets Manager calls to the secret are replayed: the records name it by its ARN,
    its ARN without the six random characters, or its name (in its own account and
    region). Other records are counted as ignored, and so are calls that failed before
    authorisation (throttled, internal errors). A record that cannot be read is counted
    and reported with its file and position; it never stops the replay.

    Each call becomes a request: the principal from userIdentity (IAM user, role session
    with the role's ARN and path, root, federated user, AWS service), the action from
    eventName, and the context the record knows: aws:SourceIp (or aws:SourceVpce and
    aws:VpcSourceIp through a VPC endpoint), secretsmanager:VersionStage and VersionId
    from the request parameters, aws:CurrentTime and aws:EpochTime from eventTime,
    aws:userid, aws:UserAgent, aws:ViaAWSService, and the MFA keys of a session. Keys a
    record does not know (tags, aws:PrincipalOrgID) are absent.

    Each call gets one verdict from how it ended and its access under the draft (allowed,
    needsIdentity or denied, as for `secret-policy who-can`):

        stillAllowed       succeeded; the draft allows it, or needs the caller's identity
                           policies and the call proves they allow it;
        atRisk             succeeded; the draft needs the identity policies, and the
                           baseline allowed the call by itself, so nothing proves them;
        dependsOnIdentity  succeeded; the draft needs the identity policies, and there is
                           no baseline to tell;
        wouldBeDenied      succeeded; the draft denies it;
        newlyAllowed       refused (AccessDenied); the draft allows it;
        stillDenied        refused; the draft does not allow it.

    A call that succeeded from another account proves that its identity policies allow
    it; in the secret's own account it proves that only when the baseline did not allow
    it by itself. A call that failed with another error than AccessDenied had passed
    authorisation, and counts as a call that succeeded.

    Calls are grouped by caller (the role of a role session), action and verdict, each
    group with its number of calls, first and last time, one example request (in the form
    `secret-policy eval` reads) and the statements of the draft that decide it.

OPTIONS
    -s, --secret-arn ARN
        The full ARN of the secret, with its six-character suffix. Required.

    -b, --baseline OLD.json
        The policy the calls were made under (the live or saved policy), to tell the
        calls that are at risk from those that still work.

    -f, --format FORMAT
        text (default): counts, then one paragraph per group, breaking verdicts first,
        then the unreadable records; json: {"secret": ..., "calls": N, "ignored": N,
        "unreadable": N, "verdicts": {"stillAllowed": N, ...}, "groups": [...],
        "problems": [{"file": ..., "record": N, "line": N, "message": ...}]}, each group
        with caller, action, verdict, calls, first, last, access, baselineAccess,
        statements, explain and example; csv: one row per group.

    -h, --help
        Show this page.

    On a terminal, a progress line on standard error counts the records of large inputs.

EXIT STATUS
    0   No call that succeeded would be denied or is at risk.
    1   Some call that succeeded is wouldBeDenied or atRisk (a CI gate).
    2   A bad command line, a policy that cannot be read or evaluated, an event file or
        folder that does not exist or cannot be opened.

EXAMPLES
    aws s3 sync s3://trail-bucket/AWSLogs/123456789012/CloudTrail/us-east-1/2026/01/ logs/
    secret-policy replay draft.json --secret-arn "$ARN" logs/ --baseline live.json

    aws cloudtrail lookup-events --lookup-attributes \
        AttributeKey=ResourceName,AttributeValue="$ARN" > events.json
    secret-policy replay draft.json --secret-arn "$ARN" events.json --format json
)MAN";

namespace {

constexpr OptionSpec replayOptions[] = {
    {"--secret-arn", "-s", true},
    {"--baseline", "-b", true},
    {"--format", "-f", true},
};

// Counts records on a terminal's standard error, on one line rewritten in place.
class ProgressLine
{
public:
    explicit ProgressLine(std::ostream &err)
        : m_err(err)
        , m_enabled(&err == &std::cerr && isatty(STDERR_FILENO) == 1)
    {}
    ~ProgressLine()
    {
        if (m_shown)
            m_err << "\r\033[K" << std::flush;
    }

    void update(std::uint64_t records, std::size_t file, std::size_t files)
    {
        if (!m_enabled || records < 20000 || records - m_last < 20000)
            return;
        m_last = records;
        m_shown = true;
        m_err << "\rreplay: " << records << " records read (file " << file << " of " << files << ")"
              << std::flush;
    }

private:
    std::ostream &m_err;
    bool m_enabled;
    bool m_shown = false;
    std::uint64_t m_last = 0;
};

} // namespace

int runReplay(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    const Result<ParsedArgs> parsed = parseArgs(args, replayOptions);
    if (!parsed)
        return usageError(err, "replay", parsed.error().message);
    const ParsedArgs &o = parsed.value();
    if (o.positionals.size() < 2)
        return usageError(err,
                          "replay",
                          "expected a policy file and at least one event file or "
                          "folder");
    const std::optional<std::string> arn = o.value("--secret-arn");
    if (!arn)
        return usageError(err, "replay", "--secret-arn is required");
    const std::string format = o.value("--format").value_or("text");
    if (format != "text" && format != "json" && format != "csv")
        return usageError(err, "replay", "unknown format `" + format + "`; use text, json or csv");
    Result<cloudtrail::SecretRef> secret = cloudtrail::secretRef(*arn);
    if (!secret)
        return usageError(err, "replay", secret.error().message);
    const std::vector<std::string> eventArgs(o.positionals.begin() + 1, o.positionals.end());
    for (const std::string &path : eventArgs) {
        if (path == "-")
            return usageError(err,
                              "replay",
                              "events are read from files or folders, not from "
                              "standard input");
    }
    const Result<std::vector<std::string>> files = cloudtrail::eventFiles(eventArgs);
    if (!files) {
        err << "secret-policy replay: " << files.error().message << '\n';
        return ExitFailure;
    }

    const std::optional<CompiledPolicy> draft = loadPolicy("replay", o.positionals[0], in, err);
    if (!draft)
        return ExitFailure;
    std::optional<CompiledPolicy> baseline;
    if (const std::optional<std::string> path = o.value("--baseline")) {
        baseline = loadPolicy("replay", *path, in, err);
        if (!baseline)
            return ExitFailure;
    }

    cloudtrail::Replay replay(*draft, baseline ? &*baseline : nullptr, std::move(secret).value());
    {
        ProgressLine progress(err);
        std::uint64_t before = 0;
        for (std::size_t i = 0; i < files.value().size(); ++i) {
            std::uint64_t inFile = 0;
            const std::optional<std::string> error = cloudtrail::replayFile(
                files.value()[i], replay, [&](std::uint64_t records, std::uint64_t) {
                    inFile = records;
                    progress.update(before + records, i + 1, files.value().size());
                });
            if (error) {
                err << "secret-policy replay: " << files.value()[i] << ": " << *error << '\n';
                return ExitFailure;
            }
            before += inFile;
        }
    }
    const cloudtrail::ReplayReport report = replay.report();
    if (format == "json")
        out << cloudtrail::replayJson(report);
    else if (format == "csv")
        out << cloudtrail::replayCsv(report);
    else
        out << cloudtrail::replayText(report);
    return finishOutput("replay", report.breaks() ? ExitFound : ExitOk, out, err);
}

} // namespace engine::cli
