// The CLI's view of scenario lines: the reading and checking live in sim/scenario.h, shared with
// the GUI's Scenarios dock; only the batch error object is the CLI's own.
#pragma once

#include "sim/scenario.h"

#include <string>
#include <string_view>

namespace engine::cli {

using sim::Expectation;
using sim::readScenarioLine;
using sim::ScenarioLine;
using sim::unmetExpectations;

// `{"error": "..."}`
std::string errorObject(std::string_view message);

} // namespace engine::cli
