// What `who-can`, `compare` and `check` share: reading a policy for the analysis, the repeatable
// --action/--stage options, and turning an analysis error into the exit status.
#pragma once

#include "analysis/analysis.h"
#include "cli/options.h"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace engine::cli {

// Removes every `--action X`/`--stage X` (also `--action=X`, comma lists) from `args` into
// `options`. False after a usage error (written to `err`).
bool takeRepeatedOptions(std::string_view command, std::vector<std::string> &args,
                         analysis::Options &options, std::ostream &err);

// Reads a secret policy file ("-" is standard input) for the analysis; writes the error and
// returns nullopt when it cannot be read or evaluated.
std::optional<Policy> loadAnalysisPolicy(std::string_view command, const std::string &path,
                                         std::istream &in, std::ostream &err);

// "secret-policy COMMAND: cannot analyse: MESSAGE"; returns ExitFailure.
int analysisError(std::ostream &err, std::string_view command, const Error &error);

} // namespace engine::cli
