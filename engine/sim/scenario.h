// A scenario: one line of a request batch (the request of requests.md) plus the optional
// "expect" member of test data (tests/data/README.md). `secret-policy eval` ignores the
// expectation, `secret-policy test` and the GUI's Scenarios dock check it: both read lines and
// compare answers with these functions, so they agree on every file.
//
//   ScenarioLine s = readScenarioLine(line);
//   if (s.request && s.expect)
//       unmet = unmetExpectations(*s.expect, evaluate(compiled, *s.request));
//   std::string saved = withExpectation(line, Expectation{Outcome::Allowed, {}, {}});
#pragma once

#include "eval/decision.h"
#include "eval/request.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engine::sim {

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

// Blank lines and lines whose first non-blank character is '#' carry no scenario.
bool isCommentOrBlankLine(std::string_view line);

// The "expect" object as one line of JSON: {"decision":..,"effectiveDecision":..,"matched":[..]},
// each member only when set.
std::string expectationJson(const Expectation &expect);

// The scenario line with its "expect" member replaced (or appended, or removed when `expect`
// is nullopt); every other member is kept in its order and spelling. The line is written back
// on one line without spaces. nullopt when the line is not a JSON object.
std::optional<std::string> withExpectation(std::string_view line,
                                           const std::optional<Expectation> &expect);

} // namespace engine::sim
