// The subcommands of `secret-policy`, callable without a process (tests pass string streams).
//
//   std::istringstream in(requests);
//   std::ostringstream out, err;
//   int status = cli::run({"eval", "--policy", "p.json"}, in, out, err);
//
// Adding a subcommand is one file (engine/cli/NAME.cpp defining runNAME and NAME's manual page)
// plus one line in the command table of commands.cpp.
#pragma once

#include <istream>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace engine::cli {

using Args = std::vector<std::string>;

// Exit statuses shared by every subcommand (requests.md): 2 always means "could not do the job".
enum ExitStatus : int {
    ExitOk = 0,
    ExitFound = 1,   // ran, and found something: findings, an unmet expectation
    ExitFailure = 2, // bad command line, unreadable file, policy that cannot be evaluated
};

// The signature of every subcommand. `args` excludes the program and the command name.
using CommandFunction = int (*)(const Args &args, std::istream &in, std::ostream &out,
                                std::ostream &err);

struct Command
{
    std::string_view name;
    std::string_view summary; // one line for the command list
    std::string_view manual;  // the man page: NAME, SYNOPSIS, DESCRIPTION, OPTIONS, EXIT STATUS, EXAMPLES
    CommandFunction run;
};

// The table of subcommands, in the order `--help` lists them.
std::span<const Command> commands();
const Command *findCommand(std::string_view name);

// The whole command line without the program name: dispatch, --help, --version, help <command>.
int run(const Args &args, std::istream &in, std::ostream &out, std::ostream &err);

// "secret-policy 0.1.0"
std::string versionText();

// eval.cpp: evaluate JSON Lines requests against one policy.
int runEval(const Args &args, std::istream &in, std::ostream &out, std::ostream &err);
extern const std::string_view evalManual;

// test.cpp: evaluate requests that carry "expect" and report unmet expectations.
int runTest(const Args &args, std::istream &in, std::ostream &out, std::ostream &err);
extern const std::string_view testManual;

// validate.cpp: lint policies and print findings as text, JSON or SARIF.
int runValidate(const Args &args, std::istream &in, std::ostream &out, std::ostream &err);
extern const std::string_view validateManual;

// format.cpp: canonical pretty printing of a policy file.
int runFormat(const Args &args, std::istream &in, std::ostream &out, std::ostream &err);
extern const std::string_view formatManual;

// matrix.cpp: the access matrix of one policy (principals × stages × actions).
int runMatrix(const Args &args, std::istream &in, std::ostream &out, std::ostream &err);
extern const std::string_view matrixManual;

// diff.cpp: the access two policies give, compared; exit 1 when access was gained.
int runDiff(const Args &args, std::istream &in, std::ostream &out, std::ostream &err);
extern const std::string_view diffManual;

// whocan.cpp: every principal, action and condition the policy lets in (exhaustive analysis).
int runWhoCan(const Args &args, std::istream &in, std::ostream &out, std::ostream &err);
extern const std::string_view whoCanManual;

// compare.cpp: whether a change grants or revokes access, over every realistic request.
int runCompare(const Args &args, std::istream &in, std::ostream &out, std::ostream &err);
extern const std::string_view compareManual;

// check.cpp: guardrails for CI (no public access, actions not granted, no new access).
int runCheck(const Args &args, std::istream &in, std::ostream &out, std::ostream &err);
extern const std::string_view checkManual;

// replay.cpp: replay CloudTrail calls against a draft; exit 1 when a working call would break.
int runReplay(const Args &args, std::istream &in, std::ostream &out, std::ostream &err);
extern const std::string_view replayManual;

} // namespace engine::cli
