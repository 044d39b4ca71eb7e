#include "cli/analysiscommon.h"

#include "cli/commands.h"
#include "cli/simcommon.h"

namespace engine::cli {

namespace {

void splitInto(const std::string &value, std::vector<std::string> &out)
{
    std::size_t start = 0;
    while (start <= value.size()) {
        const std::size_t comma = value.find(',', start);
        const std::string item = value.substr(start, comma == std::string::npos ? std::string::npos
                                                                                : comma - start);
        if (!item.empty())
            out.push_back(item);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
}

} // namespace

bool takeRepeatedOptions(std::string_view command, std::vector<std::string> &args,
                         analysis::Options &options, std::ostream &err)
{
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg == "--") {
            rest.insert(rest.end(), args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
            break;
        }
        std::vector<std::string> *target = nullptr;
        std::string name;
        for (const auto &[option, list] : {std::pair{std::string("--action"), &options.actions},
                                           std::pair{std::string("--stage"), &options.stages}}) {
            if (arg == option || arg.starts_with(option + "=")) {
                target = list;
                name = option;
            }
        }
        if (!target) {
            rest.push_back(arg);
            continue;
        }
        std::string value;
        if (arg.size() > name.size()) {
            value = arg.substr(name.size() + 1);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            usageError(err, command, "option `" + name + "` needs a value");
            return false;
        }
        splitInto(value, *target);
    }
    for (const std::string &a : options.actions) {
        const std::vector<std::string> known = analysis::decidedActions();
        bool found = false;
        for (const std::string &k : known) {
            found = found || k == a || k == "secretsmanager:" + a
                    || (a.size() == k.size() && std::equal(a.begin(), a.end(), k.begin(), [](char x, char y) {
                            return std::tolower(static_cast<unsigned char>(x))
                                   == std::tolower(static_cast<unsigned char>(y));
                        }));
        }
        if (!found) {
            usageError(err, command, "`" + a + "` is not one of the 19 actions a secret policy decides");
            return false;
        }
    }
    args = std::move(rest);
    return true;
}

std::optional<Policy> loadAnalysisPolicy(std::string_view command, const std::string &path,
                                         std::istream &in, std::ostream &err)
{
    std::optional<CompiledPolicy> compiled = loadPolicy(command, path, in, err);
    if (!compiled)
        return std::nullopt;
    return compiled->policy();
}

int analysisError(std::ostream &err, std::string_view command, const Error &error)
{
    err << "secret-policy " << command << ": cannot analyse: " << error.message << '\n';
    return ExitFailure;
}

} // namespace engine::cli
