#include "cli/options.h"

#include "cli/commands.h"
#include "policy/suggest.h"
#include "sim/scenario.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace engine::cli {

bool ParsedArgs::has(std::string_view name) const
{
    return std::any_of(options.begin(), options.end(),
                       [name](const auto &option) { return option.first == name; });
}

std::optional<std::string> ParsedArgs::value(std::string_view name) const
{
    for (const auto &[key, value] : options) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

namespace {

const OptionSpec *findSpec(std::string_view name, std::span<const OptionSpec> specs)
{
    for (const OptionSpec &spec : specs) {
        if (spec.name == name || (!spec.shortName.empty() && spec.shortName == name))
            return &spec;
    }
    return nullptr;
}

std::string backticked(std::string_view s)
{
    return "`" + std::string(s) + "`";
}

} // namespace

std::string closestMatch(std::string_view word, std::span<const std::string_view> candidates)
{
    std::string best;
    std::size_t bestDistance = 3; // suggest only within two edits
    for (std::string_view candidate : candidates) {
        if (word.size() >= 3 && candidate.substr(0, word.size()) == word)
            return std::string(candidate);
        const std::size_t distance = editDistanceIgnoringCase(word, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = std::string(candidate);
        }
    }
    return best;
}

Result<ParsedArgs> parseArgs(const std::vector<std::string> &args, std::span<const OptionSpec> specs)
{
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (optionsEnded || arg == "-" || arg.empty() || arg[0] != '-') {
            parsed.positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        std::string name = arg;
        std::optional<std::string> inlineValue;
        if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string::npos) {
            name = arg.substr(0, eq);
            inlineValue = arg.substr(eq + 1);
        }
        const OptionSpec *spec = findSpec(name, specs);
        if (!spec) {
            std::vector<std::string_view> names;
            for (const OptionSpec &s : specs)
                names.push_back(s.name);
            std::string message = "unknown option " + backticked(name);
            if (const std::string suggestion = closestMatch(name, names); !suggestion.empty())
                message += "; did you mean " + backticked(suggestion) + "?";
            return Error{message};
        }
        if (parsed.has(spec->name))
            return Error{"option " + backticked(spec->name) + " is given more than once"};
        if (!spec->takesValue) {
            if (inlineValue)
                return Error{"option " + backticked(spec->name) + " takes no value"};
            parsed.options.emplace_back(std::string(spec->name), std::string());
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size())
                return Error{"option " + backticked(spec->name) + " needs a value"};
            inlineValue = args[++i];
        }
        parsed.options.emplace_back(std::string(spec->name), *inlineValue);
    }
    return parsed;
}

int usageError(std::ostream &err, std::string_view command, std::string_view message)
{
    err << "secret-policy " << command << ": " << message << '\n'
        << "Try `secret-policy help " << command << "` for more information.\n";
    return ExitFailure;
}

std::optional<std::string> openInput(const std::string &path, std::ifstream &file)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return "is a directory";
    errno = 0;
    file.open(path, std::ios::binary);
    if (!file)
        return errno != 0 ? std::strerror(errno) : "cannot be opened";
    return std::nullopt;
}

FileReadResult readFileLimited(const std::string &path, std::size_t maxBytes, std::istream &in)
{
    FileReadResult result;
    std::ifstream file;
    std::istream *stream = &in;
    if (path != "-") {
        if (auto error = openInput(path, file)) {
            result.status = FileReadResult::Status::Unreadable;
            result.error = std::move(*error);
            return result;
        }
        stream = &file;
    }
    std::streambuf *buffer = stream->rdbuf();
    char chunk[65536];
    for (;;) {
        const std::streamsize n = buffer->sgetn(chunk, sizeof chunk);
        if (n <= 0)
            break;
        const auto count = static_cast<std::size_t>(n);
        if (result.text.size() + count > maxBytes) {
            result.status = FileReadResult::Status::TooLarge;
            result.size = maxBytes;
            std::error_code ec;
            if (path != "-") {
                if (const auto size = std::filesystem::file_size(path, ec); !ec) {
                    result.size = static_cast<std::size_t>(size);
                    result.sizeExact = true;
                }
            }
            result.text.clear();
            result.text.shrink_to_fit();
            return result;
        }
        result.text.append(chunk, count);
    }
    if (file.is_open() && file.bad()) {
        result.status = FileReadResult::Status::Unreadable;
        result.error = "read error";
        result.text.clear();
    }
    return result;
}

bool isSkippedLine(std::string_view line)
{
    return sim::isCommentOrBlankLine(line);
}

} // namespace engine::cli
