// secret-policy test: evaluate requests that carry an "expect" member and report the ones whose
// answer differs (tests/data/README.md describes the format).
#include "cli/commands.h"
#include "cli/linereader.h"
#include "cli/options.h"
#include "cli/scenario.h"

#include "eval/evaluator.h"
#include "policy/policyreader.h"

#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>

namespace engine::cli {

const std::string_view testManual = R"(NAME
    secret-policy test - check expected decisions of saved scenarios

SYNOPSIS
    secret-policy test [--verbose] POLICY.json SCENARIOS.jsonl
    secret-policy test [--verbose] SCENARIOS.jsonl

DESCRIPTION
    Evaluates every request of SCENARIOS.jsonl (JSON Lines, the request format of
    requests.md; blank lines and lines starting with # are skipped) and compares the answer
    with the request's "expect" member:

        "expect": {"decision": "Allowed", "effectiveDecision": "Unknown",
                   "matched": [{"sid": null, "index": 0, "effect": "Allow",
                                "principalMatch": "account"}]}

    "decision" and "effectiveDecision" are compared when present; "matched", when present,
    is the complete list of applying statements, compared field by field and in order.
    Requests without "expect" are evaluated but not checked.

    Each unmet expectation and each line that is not a valid request is reported as
    FILE:LINE: followed by what differs; a summary line ends the report.

    With one file, the policy comes from comment lines of the form
        # policy: policies/NAME.json
    (a path relative to the scenario file), each applying to the requests that follow it.
    This is how the project's golden data (tests/data) is written.

OPTIONS
    -v, --verbose
        Also list the requests whose expectations were met.

    -h, --help
        Show this page.

EXIT STATUS
    0   Every expectation was met.
    1   At least one expectation was not met, or a line was not a valid request.
    2   The run could not be done: a bad command line, a file that cannot be read, a policy
        that cannot be evaluated, a request before any "# policy:" line, or output that
        cannot be written. When the POLICY.json argument cannot be read or evaluated nothing
        is written to standard output, only the reason to standard error.

EXAMPLES
    Check saved scenarios against a draft policy before deploying it:

        secret-policy test policy.json scenarios.jsonl

    Run one file of the golden data:

        secret-policy test tests/data/ex18-notprincipal-allow.jsonl
)";

namespace {

constexpr OptionSpec testOptions[] = {
    {"--verbose", "-v", false},
};

struct LoadedPolicy
{
    std::unique_ptr<CompiledPolicy> compiled; // null when the policy cannot be evaluated
    std::string error;
};

LoadedPolicy loadPolicy(const std::string &path, std::istream &in)
{
    LoadedPolicy loaded;
    const FileReadResult file = readFileLimited(path, maxPolicyFileBytes, in);
    if (file.status == FileReadResult::Status::Unreadable) {
        loaded.error = "cannot read `" + path + "`: " + file.error;
        return loaded;
    }
    if (file.status == FileReadResult::Status::TooLarge) {
        loaded.error = path + ": larger than " + std::to_string(maxPolicyFileBytes) + " bytes";
        return loaded;
    }
    try {
        PolicyReadResult read = readPolicyText(file.text, PolicyKind::Resource);
        if (read.policy)
            loaded.compiled = std::make_unique<CompiledPolicy>(std::move(*read.policy));
        else
            loaded.error = path + ": "
                           + (read.diagnostics.empty() ? std::string("policy: cannot be evaluated")
                                                       : policyErrorText(read.diagnostics.front()));
    } catch (const std::exception &e) {
        loaded.error = path + ": internal error: " + e.what();
    }
    return loaded;
}

std::string policyDirective(std::string_view line)
{
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] != '#')
        return {};
    line.remove_prefix(first + 1);
    line.remove_prefix(std::min(line.find_first_not_of(" \t"), line.size()));
    constexpr std::string_view key = "policy:";
    if (!line.starts_with(key))
        return {};
    line.remove_prefix(key.size());
    const auto begin = line.find_first_not_of(" \t");
    const auto end = line.find_last_not_of(" \t\r");
    if (begin == std::string_view::npos)
        return {};
    return std::string(line.substr(begin, end - begin + 1));
}

} // namespace

int runTest(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    const Result<ParsedArgs> parsed = parseArgs(args, testOptions);
    if (!parsed)
        return usageError(err, "test", parsed.error().message);
    const ParsedArgs &options = parsed.value();
    const bool verbose = options.has("--verbose");
    if (options.positionals.empty() || options.positionals.size() > 2)
        return usageError(err, "test", "expected [POLICY.json] SCENARIOS.jsonl");
    const bool directives = options.positionals.size() == 1;
    const std::string scenariosPath = options.positionals.back();
    if (!directives && options.positionals.front() == "-" && scenariosPath == "-")
        return usageError(err, "test", "the policy and the scenarios cannot both be standard input");

    std::ifstream scenariosFile;
    std::istream *scenarios = &in;
    if (scenariosPath != "-") {
        if (const auto error = openInput(scenariosPath, scenariosFile)) {
            err << "secret-policy test: cannot read `" << scenariosPath << "`: " << *error << '\n';
            return ExitFailure;
        }
        scenarios = &scenariosFile;
    }
    const std::filesystem::path baseDir =
        scenariosPath == "-" ? std::filesystem::path(".")
                             : std::filesystem::path(scenariosPath).parent_path();

    std::map<std::string, LoadedPolicy> policies;
    const LoadedPolicy *current = nullptr;
    auto select = [&](const std::string &path) {
        auto it = policies.find(path);
        if (it == policies.end())
            it = policies.emplace(path, loadPolicy(path, in)).first;
        current = &it->second;
        if (!current->error.empty())
            err << "secret-policy test: " << current->error << '\n';
    };
    if (!directives) {
        select(options.positionals.front());
        if (!current->compiled)
            return ExitFailure; // nothing was tested: no summary, only the error on stderr
    }

    int passed = 0, failed = 0, unchecked = 0;
    bool cannotRun = false;
    LineReader reader(*scenarios, maxRequestLineBytes);
    std::string_view line;
    bool tooLong = false;
    while (out && reader.next(line, tooLong)) {
        const std::string where = scenariosPath + ":" + std::to_string(reader.lineNumber()) + ": ";
        if (!tooLong && isSkippedLine(line)) {
            if (directives) {
                if (const std::string path = policyDirective(line); !path.empty())
                    select((baseDir / path).lexically_normal().string());
            }
            continue;
        }
        if (!current) {
            err << "secret-policy test: " << where << "a request before any \"# policy:\" line\n";
            cannotRun = true;
            continue;
        }
        if (!current->compiled) {
            cannotRun = true;
            continue;
        }
        if (tooLong) {
            out << where << "error: the line is longer than " << maxRequestLineBytes << " bytes\n";
            out.flush(); // now: the rest of the line may never come
            ++failed;
            continue;
        }
        const ScenarioLine scenario = readScenarioLine(line);
        if (!scenario.request || !scenario.expectError.empty()) {
            out << where << "error: "
                << (scenario.request ? "expect: " + scenario.expectError : scenario.error) << '\n';
            ++failed;
            continue;
        }
        const Decision decision = evaluate(*current->compiled, *scenario.request);
        if (!scenario.expect) {
            ++unchecked;
            continue;
        }
        const std::vector<std::string> unmet = unmetExpectations(*scenario.expect, decision);
        if (unmet.empty()) {
            ++passed;
            if (verbose)
                out << where << "ok\n";
            continue;
        }
        ++failed;
        out << where << "FAIL:";
        for (std::size_t i = 0; i < unmet.size(); ++i)
            out << (i == 0 ? " " : "; ") << unmet[i];
        out << '\n';
        if (verbose)
            out << "    explain: " << decision.explain << '\n';
    }
    out << passed << " passed, " << failed << " failed";
    if (unchecked > 0)
        out << ", " << unchecked << " without expectations";
    out << '\n';
    out.flush();
    if (cannotRun)
        return ExitFailure;
    return failed > 0 ? ExitFound : ExitOk;
}

} // namespace engine::cli
