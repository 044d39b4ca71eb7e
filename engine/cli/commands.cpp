// The command table and the top-level dispatch of `secret-policy`.
#include "cli/commands.h"

#include "cli/options.h"
#include "cli/output.h"

#include <algorithm>
#include <array>

#ifndef SPS_VERSION
#define SPS_VERSION "unknown"
#endif

namespace engine::cli {

namespace {

const std::string_view mainManual = R"(NAME
    secret-policy - check and simulate AWS Secrets Manager resource policies

SYNOPSIS
    secret-policy COMMAND [OPTIONS] [ARGUMENTS]
    secret-policy help [COMMAND]
    secret-policy --help | --version

DESCRIPTION
    secret-policy reads the resource policy of a Secrets Manager secret (the "secret
    policy") and answers questions about it without calling AWS: who may do what to the
    secret, and why.

COMMANDS
%COMMANDS%

    Run `secret-policy help COMMAND` (or `secret-policy COMMAND --help`) for the manual page
    of one command.

OPTIONS
    -h, --help
        Show this page.

    --version
        Print the version and exit.

EXIT STATUS
    0   Success.
    1   The command ran and found something (an unmet expectation, findings).
    2   The command could not do its job: a bad command line, a file that cannot be read,
        a policy that cannot be evaluated, output that cannot be written (a full disk, a
        closed pipe; the reason is written to standard error).

EXAMPLES
    secret-policy eval --policy policy.json --requests scenarios.jsonl
    secret-policy test policy.json scenarios.jsonl
    secret-policy help eval
)";

// One line per subcommand: the name, a summary, its manual page and its entry point.
const std::array commandTable{
    Command{"eval", "evaluate access requests against a secret policy", evalManual, &runEval},
    Command{"test", "check expected decisions of saved scenarios", testManual, &runTest},
    Command{"validate", "check policies for errors and security problems", validateManual, &runValidate},
    Command{"format", "pretty-print a policy in the canonical layout", formatManual, &runFormat},
    Command{"matrix", "show who can access which version of a secret", matrixManual, &runMatrix},
    Command{"diff", "show which access a policy change gains or loses", diffManual, &runDiff},
    Command{"who-can", "list who can do what to a secret, under which conditions", whoCanManual, &runWhoCan},
    Command{"compare", "prove whether a policy change grants or revokes access", compareManual, &runCompare},
    Command{"check", "fail when a policy gives access it must not give", checkManual, &runCheck},
    Command{"replay", "replay CloudTrail calls against a draft policy", replayManual, &runReplay},
};

std::vector<std::string_view> commandNames()
{
    std::vector<std::string_view> names;
    for (const Command &command : commandTable)
        names.push_back(command.name);
    names.push_back("help");
    return names;
}

std::string mainManualText()
{
    std::string list;
    for (const Command &command : commandTable) {
        std::string name(command.name);
        name.resize(std::max<std::size_t>(name.size() + 2, 12), ' ');
        list += "    " + name + std::string(command.summary) + "\n";
    }
    list += "    help        show the manual page of a command\n";
    std::string text(mainManual);
    constexpr std::string_view marker = "%COMMANDS%\n";
    text.replace(text.find(marker), marker.size(), list);
    return text;
}

int unknownCommand(std::string_view name, std::ostream &err)
{
    err << "secret-policy: unknown command `" << name << "`";
    if (const std::string suggestion = closestMatch(name, commandNames()); !suggestion.empty())
        err << "; did you mean `" << suggestion << "`?";
    err << "\nTry `secret-policy --help` for the list of commands.\n";
    return ExitFailure;
}

bool wantsHelp(const Args &args)
{
    for (const std::string &arg : args) {
        if (arg == "--")
            return false;
        if (arg == "--help" || arg == "-h")
            return true;
    }
    return false;
}

} // namespace

std::span<const Command> commands()
{
    return commandTable;
}

const Command *findCommand(std::string_view name)
{
    for (const Command &command : commandTable) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

std::string versionText()
{
    return std::string("secret-policy ") + SPS_VERSION;
}

namespace {

int dispatch(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    if (args.empty()) {
        err << "usage: secret-policy COMMAND [OPTIONS] [ARGUMENTS]\n"
               "Try `secret-policy --help` for the list of commands.\n";
        return ExitFailure;
    }
    const std::string &first = args.front();
    if (first == "--help" || first == "-h") {
        out << mainManualText();
        return ExitOk;
    }
    if (first == "--version") {
        out << versionText() << '\n';
        return ExitOk;
    }
    if (first == "help") {
        if (args.size() == 1) {
            out << mainManualText();
            return ExitOk;
        }
        if (args.size() > 2) {
            err << "secret-policy help: expected one command name\n";
            return ExitFailure;
        }
        if (args[1] == "help") {
            out << mainManualText();
            return ExitOk;
        }
        const Command *command = findCommand(args[1]);
        if (!command)
            return unknownCommand(args[1], err);
        out << command->manual;
        return ExitOk;
    }
    if (first.starts_with("-")) {
        std::string message = "unknown option `" + first + "`";
        constexpr std::array<std::string_view, 2> known{"--help", "--version"};
        if (const std::string suggestion = closestMatch(first, known); !suggestion.empty())
            message += "; did you mean `" + suggestion + "`?";
        err << "secret-policy: " << message << "\nTry `secret-policy --help`.\n";
        return ExitFailure;
    }
    const Command *command = findCommand(first);
    if (!command)
        return unknownCommand(first, err);
    const Args rest(args.begin() + 1, args.end());
    if (wantsHelp(rest)) {
        out << command->manual;
        return ExitOk;
    }
    return command->run(rest, in, out, err);
}

} // namespace

int run(const Args &args, std::istream &in, std::ostream &out, std::ostream &err)
{
    const int status = dispatch(args, in, out, err);
    // Every subcommand ends here: output that did not reach its destination (a full disk, a
    // closed pipe) is an error, whatever the command found.
    std::string_view command;
    if (!args.empty() && (findCommand(args.front()) || args.front() == "help"))
        command = args.front();
    return finishOutput(command, status, out, err);
}

} // namespace engine::cli
