// One line of a request batch as the CLI reads it: the request of requests.md, plus the optional
// "expect" member of test data (tests/data/README.md), which `eval` ignores and `test` checks.
#pragma once

#include "eval/decision.h"
#include "eval/request.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engine::cli {

struct Expectation
{
    std::optional<Outcome> decision;
    std::optional<Outcome> effectiveDecision;
    std::optional<std::vector<MatchedStatement>> matched; // the complete list when given
};

struct ScenarioLine
{
    std::optional<Request> request; // set when the line is a valid request
    std::string error;              // requests.md text without "line N: " when it is not
    std::optional<Expectation> expect;
    std::string expectError;        // a malformed "expect" member (the request may still be valid)
};

ScenarioLine readScenarioLine(std::string_view line);

// The differences between an expectation and a decision, one phrase each, e.g.
// "effectiveDecision: expected Unknown, got ImplicitlyDenied"; empty when it is met.
std::vector<std::string> unmetExpectations(const Expectation &expect, const Decision &decision);

// `{"error": "..."}`
std::string errorObject(std::string_view message);

} // namespace engine::cli
