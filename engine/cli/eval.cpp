// secret-policy eval: evaluate a batch of requests (JSON Lines, requests.md) against one policy.
#include "cli/commands.h"
#include "cli/linereader.h"
#include "cli/options.h"
#include "cli/scenario.h"

#include "eval/evaluator.h"
#include "policy/policyreader.h"

#include <exception>
#include <fstream>
#include <optional>

namespace engine::cli {

const std::string_view evalManual = R"(NAME
    secret-policy eval - evaluate access requests against a secret policy

SYNOPSIS
    secret-policy eval --policy POLICY.json [--requests REQUESTS.jsonl | --requests -]

DESCRIPTION
    Reads a secret policy (the resource policy of one AWS Secrets Manager secret) and a batch
    of what-if access requests, and answers each request as AWS would: whether the policy
    alone allows or denies it, and what the whole request comes to once the caller's identity
    policies are taken into account.

    Requests are JSON Lines: one JSON object per line, in the format of requests.md
    (principal, action, resource, optional context and identityPolicies). Blank lines and
    lines starting with # are skipped. A member "expect", used by test data, is ignored.

    For every request line one JSON object is written to standard output, in input order:
    the decision

        {"decision":"Allowed","effectiveDecision":"Allowed","matched":[...],
         "explain":"...","warnings":[...]}

    or, for a line that is not a valid request, an error object, after which the batch goes
    on:

        {"error": "line 3: \"action\" is missing"}

    A request must be one Secrets Manager could receive: "action" is one real Secrets
    Manager action in any case (no wildcards, no spaces: "secretsmanager:Get*" is an error),
    and "resource" is a secret ARN, or "*" only for ListSecrets, GetRandomPassword and
    BatchGetSecretValue, which take no resource (and then nothing else).

    When the policy cannot be evaluated (it is not JSON, or has a structural error such as a
    misspelt element), every request line is answered with the same error object naming the
    first problem, and the message is also written to standard error:

        {"error": "policy: /Statement/0/Effect: must be \"Allow\" or \"Deny\", not \"allow\""}

    Policy files larger than 10 MB are refused (a secret policy has at most 20,480
    characters); so are request lines longer than 10 MB: such a line is answered with an
    error object as soon as it passes 10 MB, and its rest, up to the next newline, is
    skipped.

OPTIONS
    -p, --policy POLICY.json
        The secret policy. Required. "-" reads it from standard input (the requests must then
        come from a file).

    -r, --requests REQUESTS.jsonl
        The requests, one per line. "-" (the default) reads standard input.

    -h, --help
        Show this page.

EXIT STATUS
    0   The policy was evaluated; this includes batches in which some request lines were
        errors.
    2   The policy cannot be evaluated (one error object per request line), or the run could
        not start: a bad command line or a file that cannot be read (a hint on standard
        error, nothing on standard output), or the output cannot be written (a full disk,
        a closed pipe: the reason on standard error, and no more requests are read).

EXAMPLES
    Ask one question:

        echo '{"principal": "arn:aws:iam::123456789012:user/anaya",
               "action": "secretsmanager:GetSecretValue",
               "resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf",
               "identityPolicies": []}' | tr -d '\n' | secret-policy eval --policy policy.json

    Evaluate a saved batch and keep only the decisions:

        secret-policy eval --policy policy.json --requests scenarios.jsonl | jq -r .decision
)";

namespace {

constexpr OptionSpec evalOptions[] = {
    {"--policy", "-p", true},
    {"--requests", "-r", true},
};

std::string tooLargeMessage(const FileReadResult &file)
{
    return "policy: line 1, column 1: the policy has "
           + std::string(file.sizeExact ? "" : "more than ") + std::to_string(file.size)
           + " bytes; this tool reads at most " + std::to_string(maxPolicyFileBytes)
           + " (a secret policy has at most 20,480 characters)";
}

std::string evaluateLine(std::string_view line, int lineNumber, const CompiledPolicy &policy)
{
    const std::string prefix = "line " + std::to_string(lineNumber) + ": ";
    try {
        const ScenarioLine scenario = readScenarioLine(line);
        if (!scenario.request)
            return errorObject(prefix + scenario.error);
        return toJson(evaluate(policy, *scenario.request));
    } catch (const std::exception &e) {
        return errorObject(prefix + "internal error: " + e.what());
    }
}

} // namespace

int runEval(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    const Result<ParsedArgs> parsed = parseArgs(args, evalOptions);
    if (!parsed)
        return usageError(err, "eval", parsed.error().message);
    const ParsedArgs &options = parsed.value();
    if (!options.positionals.empty()) {
        return usageError(err, "eval",
                          "unexpected argument `" + options.positionals.front()
                              + "`; give the policy with --policy and the requests with --requests");
    }
    const std::optional<std::string> policyPath = options.value("--policy");
    if (!policyPath || policyPath->empty())
        return usageError(err, "eval", "missing --policy POLICY.json");
    const std::string requestsPath = options.value("--requests").value_or("-");
    if (*policyPath == "-" && requestsPath == "-") {
        return usageError(err, "eval",
                          "the policy and the requests cannot both come from standard input");
    }

    std::ifstream requestsFile;
    std::istream *requests = &in;
    if (requestsPath != "-") {
        if (const auto error = openInput(requestsPath, requestsFile)) {
            err << "secret-policy eval: cannot read `" << requestsPath << "`: " << *error << '\n';
            return ExitFailure;
        }
        requests = &requestsFile;
    }

    const FileReadResult policyFile = readFileLimited(*policyPath, maxPolicyFileBytes, in);
    if (policyFile.status == FileReadResult::Status::Unreadable) {
        err << "secret-policy eval: cannot read `" << *policyPath << "`: " << policyFile.error << '\n';
        return ExitFailure;
    }

    std::string policyError;
    std::optional<CompiledPolicy> compiled;
    if (policyFile.status == FileReadResult::Status::TooLarge) {
        policyError = tooLargeMessage(policyFile);
    } else {
        try {
            PolicyReadResult read = readPolicyText(policyFile.text, PolicyKind::Resource);
            if (read.policy)
                compiled.emplace(std::move(*read.policy));
            else if (!read.diagnostics.empty())
                policyError = policyErrorText(read.diagnostics.front());
            else
                policyError = "policy: the policy cannot be evaluated";
        } catch (const std::exception &e) {
            policyError = std::string("policy: internal error: ") + e.what();
        }
    }
    if (!policyError.empty())
        err << "secret-policy eval: " << *policyPath << ": " << policyError << '\n';

    const bool interactive = requests == &in;
    LineReader reader(*requests, maxRequestLineBytes);
    std::string_view line;
    bool tooLong = false;
    while (reader.next(line, tooLong)) {
        if (!tooLong && isSkippedLine(line))
            continue;
        if (!policyError.empty())
            out << errorObject(policyError) << '\n';
        else if (tooLong)
            out << errorObject("line " + std::to_string(reader.lineNumber())
                               + ": the line is longer than "
                               + std::to_string(maxRequestLineBytes) + " bytes")
                << '\n';
        else
            out << evaluateLine(line, reader.lineNumber(), *compiled) << '\n';
        // A too-long line is reported before its end arrives, which may be never: show it now.
        if (interactive || tooLong)
            out.flush();
        if (!out)
            break; // the output is gone: stop reading; run() reports why
    }
    out.flush();
    return policyError.empty() ? ExitOk : ExitFailure;
}

} // namespace engine::cli
