// What `secret-policy matrix` and `secret-policy diff` share: their common options (--secret-arn,
// --actions, --principals, --stages, --context, --format) and reading a policy file for them.
#pragma once

#include "cli/options.h"
#include "eval/evaluator.h"
#include "sim/matrix.h"
#include "sim/report.h"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace engine::cli {


struct SimOptions
{
    std::string secretArn;
    std::vector<std::string> actions;
    std::vector<ContextEntry> context;
    sim::ReportFormat format = sim::ReportFormat::Text;
};

// Reads the options other than --principals and --stages (those depend on the policies).
// On a usage error writes it to `err` and returns nullopt. `defaultActions` applies when
// --actions is absent.
std::optional<SimOptions> readSimOptions(std::string_view command, const ParsedArgs &args,
                                         std::vector<std::string> defaultActions,
                                         std::ostream &err);

// Reads and compiles a secret policy ("-" is standard input). On failure writes
// "secret-policy COMMAND: PATH: policy: ..." to `err` and returns nullopt.
std::optional<CompiledPolicy> loadPolicy(std::string_view command, const std::string &path,
                                         std::istream &in, std::ostream &err);

// The rows and columns from --principals/--stages (with "derived" read from each policy in
// turn, merged), or the derived ones of every policy when absent. False after a usage error.
bool readAxes(std::string_view command, const ParsedArgs &args,
              const std::vector<const Policy *> &policies, sim::MatrixSetup &setup,
              std::ostream &err);

} // namespace engine::cli
