// secret-policy format: canonical pretty printing of a policy file. Keeps key order, duplicate
// keys and the spelling of numbers (it prints the json::Value tree, not a re-encoded copy).
#include "cli/commands.h"
#include "cli/options.h"

#include "io/atomicfile.h"
#include "json/reader.h"
#include "json/writer.h"

namespace engine::cli {

const std::string_view formatManual = R"(NAME
    secret-policy format - pretty-print a secret policy in the canonical layout

SYNOPSIS
    secret-policy format POLICY.json [--indent N] [--check | --write]

DESCRIPTION
    Prints the policy with one member or element per line, N spaces of indentation per level,
    `"key": value` with one space after the colon, empty arrays and objects as [] and {}, and
    a final newline. Key order, repeated keys and the spelling of numbers are kept exactly;
    strings are re-escaped minimally (non-ASCII text is written as is). "-" reads standard
    input.

    The input file is never changed unless --write is given.

OPTIONS
    --indent N
        Spaces per level, 1 to 16 (default 2); 0 prints the policy on one line without
        spaces (minified), as the AWS CLI's --resource-policy accepts it.

    --check
        Print nothing; exit 1 when the file is not already formatted.

    -i, --write
        Rewrite the file (not with "-"): the formatted text goes to a temporary file in the
        same folder, which replaces the file only once it is completely written; on any
        failure (a full disk, a read-only file or file system) the file is left unchanged and
        the reason is printed.

    -h, --help
        Show this page.

EXIT STATUS
    0   Formatted (or, with --check, already formatted).
    1   With --check: the file is not formatted.
    2   A bad command line, a file that cannot be read or written, text that is not JSON, or
        output that cannot be written (the reason is written to standard error).

EXAMPLES
    secret-policy format policy.json > formatted.json
    secret-policy format --check policy.json || echo "run secret-policy format --write"
)";

namespace {

constexpr OptionSpec formatOptions[] = {
    {"--indent", "", true},
    {"--check", "", false},
    {"--write", "-i", false},
};

std::string formatJson(const json::Value &value, int indent)
{
    return json::write(value, indent) + '\n';
}

} // namespace

int runFormat(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    const Result<ParsedArgs> parsed = parseArgs(args, formatOptions);
    if (!parsed)
        return usageError(err, "format", parsed.error().message);
    const ParsedArgs &options = parsed.value();
    if (options.positionals.size() != 1)
        return usageError(err, "format", options.positionals.empty()
                                             ? "missing POLICY.json (\"-\" reads standard input)"
                                             : "expected one POLICY.json");
    const std::string &path = options.positionals.front();
    int indent = 2;
    if (const auto text = options.value("--indent")) {
        const bool digits = !text->empty() && text->size() <= 2
                            && text->find_first_not_of("0123456789") == std::string::npos;
        indent = digits ? std::stoi(*text) : -1;
        if (indent < 0 || indent > 16)
            return usageError(err, "format", "--indent needs a number from 0 to 16");
    }
    const bool check = options.has("--check");
    const bool writeBack = options.has("--write");
    if (check && writeBack)
        return usageError(err, "format", "--check and --write cannot be used together");
    if (writeBack && path == "-")
        return usageError(err, "format", "--write needs a file, not standard input");

    const FileReadResult file = readFileLimited(path, maxPolicyFileBytes, in);
    if (file.status != FileReadResult::Status::Ok) {
        err << "secret-policy format: cannot read `" << path << "`: "
            << (file.status == FileReadResult::Status::TooLarge ? std::string("larger than 10 MB")
                                                                : file.error)
            << '\n';
        return ExitFailure;
    }
    const json::ReadResult doc = json::read(file.text);
    if (!doc.ok) {
        err << "secret-policy format: " << (path == "-" ? std::string("<stdin>") : path) << ':'
            << doc.error.position.line << ':' << doc.error.position.column << ": "
            << doc.error.message << '\n';
        return ExitFailure;
    }
    const std::string formatted = formatJson(doc.value, indent);
    if (check)
        return formatted == file.text ? ExitOk : ExitFound;
    if (writeBack) {
        if (formatted == file.text)
            return ExitOk;
        // A temporary file beside it, renamed over it: a full disk or a kill never leaves a
        // truncated policy.
        const io::FileStatus written = io::writeFileAtomically(path, formatted);
        if (!written) {
            err << "secret-policy format: cannot write `" << path << "`: " << written.message
                << "; the file is unchanged\n";
            return ExitFailure;
        }
        return ExitOk;
    }
    out << formatted;
    return ExitOk;
}

} // namespace engine::cli
