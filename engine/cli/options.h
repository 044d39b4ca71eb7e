// Helpers shared by the subcommands: a small option parser with "did you mean", bounded file
// reading (lines: linereader.h), and the usage-error convention.
#pragma once

#include "core/result.h"

#include <cstddef>
#include <fstream>
#include <istream>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace engine::cli {

struct OptionSpec
{
    std::string_view name;      // "--policy"
    std::string_view shortName; // "-p", or empty
    bool takesValue = false;
};

struct ParsedArgs
{
    std::vector<std::pair<std::string, std::string>> options; // long name, value ("" for flags)
    std::vector<std::string> positionals;                     // "-" stays a positional

    bool has(std::string_view name) const;
    // The value of an option given once; nullopt when absent.
    std::optional<std::string> value(std::string_view name) const;
};

// Accepts `--name value`, `--name=value`, `-p value`, and `--` to end the options. Errors:
// "unknown option `--polcy`; did you mean `--policy`?", "option `--policy` needs a value",
// "option `--policy` is given more than once".
Result<ParsedArgs> parseArgs(const std::vector<std::string> &args,
                             std::span<const OptionSpec> specs);

// The closest candidate within a small edit distance (or of which `word` is a prefix), or "".
std::string closestMatch(std::string_view word, std::span<const std::string_view> candidates);

// Writes "secret-policy COMMAND: MESSAGE" and a pointer to the help; returns ExitFailure.
int usageError(std::ostream &err, std::string_view command, std::string_view message);

inline constexpr std::size_t maxPolicyFileBytes = 10u * 1024u * 1024u;
inline constexpr std::size_t maxRequestLineBytes = 10u * 1024u * 1024u;

struct FileReadResult
{
    enum class Status { Ok, Unreadable, TooLarge };
    Status status = Status::Ok;
    std::string text;  // the contents when Ok
    std::string error; // why it could not be read, e.g. "No such file or directory"
    std::size_t size = 0;     // when TooLarge: the file's size, or a lower bound for a stream
    bool sizeExact = false; // `size` is the file's size
};

// Opens a file for binary reading; on failure returns why ("No such file or directory",
// "is a directory").
std::optional<std::string> openInput(const std::string &path, std::ifstream &file);

// Reads a whole file (or standard input for "-", from `in`) as bytes, refusing more than
// maxBytes without reading the rest.
FileReadResult readFileLimited(const std::string &path, std::size_t maxBytes, std::istream &in);

// Blank lines and lines whose first non-blank character is '#' carry no request.
bool isSkippedLine(std::string_view line);

} // namespace engine::cli
