// secret-policy validate: lint secret policies (checks.md) and print the findings as
// compiler-style text, the JSON findings array, or SARIF 2.1.0 for code-scanning tools.
#include "cli/commands.h"
#include "cli/options.h"

#include "json/reader.h"
#include "lint/linter.h"

#include <algorithm>
#include <array>
#include <optional>

#ifndef SPS_VERSION
#define SPS_VERSION "unknown"
#endif

namespace engine::cli {

const std::string_view validateManual = R"(NAME
    secret-policy validate - check secret policies for errors and security problems

SYNOPSIS
    secret-policy validate POLICY.json... [--secret-arn ARN] [--format text|json|sarif]
                           [--fail-on error|security-warning|warning|suggestion]
    secret-policy validate --list-checks [--format text|json]

DESCRIPTION
    Runs every check of the linter on each policy file ("-" reads standard input) and prints
    the findings, sorted by severity and position. Severities, from the most serious:
    error (AWS would refuse the policy, or part of it cannot work), security-warning (valid
    but grants more than probably meant), warning (likely a mistake), suggestion (cleaner
    alternatives exist).

    Formats:
      text   one line per finding, `FILE:LINE:COLUMN: severity: message [id]`, then a line
             counting the findings by severity. Columns count characters (code points).
      json   the findings as a JSON array of {"id", "severity", "path", "line", "column",
             "message"} (plus "proof" for public-access findings: a request the policy allows
             for a caller of another account); with several files each finding also has
             "file".
      sarif  SARIF 2.1.0, one run, one rule per check, for code-scanning tools.

OPTIONS
    --secret-arn ARN
        The ARN of the secret the policy belongs to. Enables the checks that need it
        (cross-account-access, resource-never-matches against the real ARN) and names the
        owner account in messages.

    -f, --format text|json|sarif
        The output format (default text).

    --fail-on error|security-warning|warning|suggestion
        The lowest severity that makes the exit status 1 (default error).

    --list-checks
        List every check: id, severity, whether it blocks evaluation, and a description.

    -h, --help
        Show this page.

EXIT STATUS
    0   No finding at or above the --fail-on severity.
    1   At least one finding at or above the --fail-on severity.
    2   A bad command line, a file that cannot be read, or output that cannot be written (a
        full disk, a closed pipe: the reason is written to standard error, whatever was
        found).

EXAMPLES
    secret-policy validate policy.json
    secret-policy validate --fail-on security-warning --format sarif policies/*.json > lint.sarif
    cat policy.json | secret-policy validate - --secret-arn \
        arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf
)";

namespace {

constexpr OptionSpec validateOptions[] = {
    {"--secret-arn", "", true},
    {"--format", "-f", true},
    {"--fail-on", "", true},
    {"--list-checks", "", false},
};

constexpr std::string_view informationUri = "https://github.com/secret-policy-studio/secret-policy-studio";

// "error", "security-warning", "warning", "suggestion"
std::string_view severityWord(Severity s)
{
    switch (s) {
    case Severity::Error:
        return "error";
    case Severity::SecurityWarning:
        return "security-warning";
    case Severity::Warning:
        return "warning";
    case Severity::Suggestion:
        return "suggestion";
    }
    return "error";
}

std::optional<Severity> parseSeverity(std::string_view word)
{
    for (Severity s : {Severity::Error, Severity::SecurityWarning, Severity::Warning,
                       Severity::Suggestion}) {
        if (severityWord(s) == word)
            return s;
    }
    return std::nullopt;
}

std::string_view sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Error:
        return "error";
    case Severity::SecurityWarning:
    case Severity::Warning:
        return "warning";
    case Severity::Suggestion:
        return "note";
    }
    return "error";
}

struct FileFindings
{
    std::string name; // as given; "-" for standard input
    std::vector<Diagnostic> findings;
};

std::string displayName(const std::string &name)
{
    return name == "-" ? std::string("<stdin>") : name;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many)
{
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

void printText(const std::vector<FileFindings> &files, std::ostream &out)
{
    std::array<std::size_t, 4> counts{};
    for (const FileFindings &file : files) {
        for (const Diagnostic &d : file.findings) {
            out << displayName(file.name) << ':' << d.span.begin.line << ':' << d.span.begin.column
                << ": " << severityWord(d.severity) << ": " << d.message << " [" << d.id << "]\n";
            ++counts[static_cast<std::size_t>(d.severity)];
        }
    }
    out << plural(counts[0], "error", "errors") << ", "
        << plural(counts[1], "security warning", "security warnings") << ", "
        << plural(counts[2], "warning", "warnings") << ", "
        << plural(counts[3], "suggestion", "suggestions") << '\n';
}

void printJson(const std::vector<FileFindings> &files, std::ostream &out)
{
    const bool withFile = files.size() > 1;
    out << '[';
    bool first = true;
    for (const FileFindings &file : files) {
        for (const Diagnostic &d : file.findings) {
            out << (first ? "\n  {" : ",\n  {");
            first = false;
            if (withFile)
                out << "\"file\": " << json::quote(file.name) << ", ";
            out << "\"id\": " << json::quote(d.id) << ", \"severity\": "
                << json::quote(severityName(d.severity)) << ", \"path\": " << json::quote(d.path)
                << ", \"line\": " << d.span.begin.line << ", \"column\": " << d.span.begin.column
                << ", \"message\": " << json::quote(d.message);
            if (!d.proof.empty())
                out << ", \"proof\": " << d.proof;
            out << '}';
        }
    }
    out << (first ? "]\n" : "\n]\n");
}

// A SARIF artifactLocation "uri" (RFC 3986): a relative path stays a relative reference, an
// absolute one becomes a file URI; every byte other than unreserved characters and "/" is
// percent-encoded ("my policies/p.json" -> "my%20policies/p.json").
std::string artifactUri(const std::string &name)
{
    if (name == "-")
        return "stdin";
    constexpr std::string_view hex = "0123456789ABCDEF";
    std::string uri = name.starts_with('/') ? "file://" : "";
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || std::string_view("-._~/").find(c) != std::string_view::npos) {
            uri += c;
        } else {
            uri += '%';
            uri += hex[byte >> 4];
            uri += hex[byte & 0xF];
        }
    }
    return uri;
}

void printSarif(const std::vector<FileFindings> &files, std::ostream &out)
{
    const auto all = checks();
    out << "{\n  \"version\": \"2.1.0\",\n"
           "  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
           "  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n"
           "          \"name\": \"secret-policy\",\n"
           "          \"version\": "
        << json::quote(SPS_VERSION) << ",\n          \"informationUri\": "
        << json::quote(informationUri) << ",\n          \"rules\": [";
    for (std::size_t i = 0; i < all.size(); ++i) {
        const CheckInfo &c = all[i];
        const std::string help = std::string(c.description) + " Severity: "
                                 + severityName(c.severity)
                                 + (c.blocking ? "; blocks evaluation." : ".")
                                 + " See docs/reference/checks.md, check " + std::string(c.id)
                                 + ".";
        out << (i ? ",\n" : "\n") << "            {\"id\": " << json::quote(c.id)
            << ", \"name\": " << json::quote(c.id)
            << ", \"shortDescription\": {\"text\": " << json::quote(c.description) << "}"
            << ", \"fullDescription\": {\"text\": " << json::quote(help) << "}"
            << ", \"help\": {\"text\": " << json::quote(help) << "}"
            << ", \"defaultConfiguration\": {\"level\": " << json::quote(sarifLevel(c.severity))
            << "}, \"properties\": {\"severity\": " << json::quote(severityName(c.severity));
        // GitHub code scanning ranks results of rules tagged "security" by this score.
        if (c.severity == Severity::SecurityWarning)
            out << ", \"tags\": [\"security\"], \"security-severity\": \"7.5\"";
        out << "}}";
    }
    out << "\n          ]\n        }\n      },\n      \"results\": [";
    bool first = true;
    for (const FileFindings &file : files) {
        const std::string uri = artifactUri(file.name);
        for (const Diagnostic &d : file.findings) {
            std::size_t ruleIndex = 0;
            for (std::size_t i = 0; i < all.size(); ++i) {
                if (all[i].id == d.id)
                    ruleIndex = i;
            }
            out << (first ? "\n" : ",\n") << "        {\"ruleId\": " << json::quote(d.id)
                << ", \"ruleIndex\": " << ruleIndex << ", \"level\": "
                << json::quote(sarifLevel(d.severity)) << ", \"message\": {\"text\": "
                << json::quote(d.message) << "}, \"locations\": [{\"physicalLocation\": "
                << "{\"artifactLocation\": {\"uri\": " << json::quote(uri)
                << "}, \"region\": {\"startLine\": " << d.span.begin.line
                << ", \"startColumn\": " << d.span.begin.column
                << "}}, \"logicalLocations\": [{\"fullyQualifiedName\": " << json::quote(d.path)
                << "}]}]";
            if (!d.proof.empty())
                out << ", \"properties\": {\"proof\": " << d.proof << "}";
            out << '}';
            first = false;
        }
    }
    out << (first ? "]\n" : "\n      ]\n") << "    }\n  ]\n}\n";
}

void listChecks(std::string_view format, std::ostream &out)
{
    if (format == "json") {
        out << '[';
        bool first = true;
        for (const CheckInfo &c : checks()) {
            out << (first ? "\n  " : ",\n  ") << "{\"id\": " << json::quote(c.id)
                << ", \"severity\": " << json::quote(severityName(c.severity))
                << ", \"blocking\": " << (c.blocking ? "true" : "false")
                << ", \"description\": " << json::quote(c.description) << '}';
            first = false;
        }
        out << "\n]\n";
        return;
    }
    for (const CheckInfo &c : checks()) {
        std::string id(c.id);
        id.resize(std::max<std::size_t>(id.size() + 1, 33), ' ');
        std::string severity(severityWord(c.severity));
        severity.resize(17, ' ');
        out << id << severity << (c.blocking ? "blocking  " : "          ") << c.description
            << '\n';
    }
}

} // namespace

int runValidate(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    const Result<ParsedArgs> parsed = parseArgs(args, validateOptions);
    if (!parsed)
        return usageError(err, "validate", parsed.error().message);
    const ParsedArgs &options = parsed.value();
    const std::string format = options.value("--format").value_or("text");
    if (format != "text" && format != "json" && format != "sarif")
        return usageError(err, "validate",
                          "unknown format `" + format + "`; use text, json or sarif");
    if (options.has("--list-checks")) {
        listChecks(format, out);
        return ExitOk;
    }
    const std::string failOnWord = options.value("--fail-on").value_or("error");
    const std::optional<Severity> failOn = parseSeverity(failOnWord);
    if (!failOn)
        return usageError(err, "validate",
                          "unknown severity `" + failOnWord
                              + "`; use error, security-warning, warning or suggestion");
    if (options.positionals.empty())
        return usageError(err, "validate", "missing POLICY.json (\"-\" reads standard input)");
    if (std::count(options.positionals.begin(), options.positionals.end(), "-") > 1)
        return usageError(err, "validate", "standard input (\"-\") can be read only once");

    LintOptions lintOptions;
    if (const auto arn = options.value("--secret-arn")) {
        if (arn->rfind("arn:", 0) != 0 || std::count(arn->begin(), arn->end(), ':') < 6)
            return usageError(err, "validate",
                              "`" + *arn + "` is not a secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME)");
        lintOptions.secretArn = *arn;
    }

    std::vector<FileFindings> files;
    for (const std::string &path : options.positionals) {
        const FileReadResult file = readFileLimited(path, maxPolicyFileBytes, in);
        if (file.status == FileReadResult::Status::Unreadable) {
            err << "secret-policy validate: cannot read `" << path << "`: " << file.error << '\n';
            return ExitFailure;
        }
        if (file.status == FileReadResult::Status::TooLarge) {
            err << "secret-policy validate: `" << path << "` is larger than 10 MB; a secret "
                   "policy has at most 20,480 characters\n";
            return ExitFailure;
        }
        files.push_back({path, lint(file.text, lintOptions)});
    }

    if (format == "json")
        printJson(files, out);
    else if (format == "sarif")
        printSarif(files, out);
    else
        printText(files, out);

    for (const FileFindings &file : files) {
        for (const Diagnostic &d : file.findings) {
            if (d.severity <= *failOn)
                return ExitFound;
        }
    }
    return ExitOk;
}

} // namespace engine::cli
