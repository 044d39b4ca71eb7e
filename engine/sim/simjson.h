// Small JSON writing helpers for the simulation's outputs (requests, matrices, change reports):
// one-line JSON, strings quoted as json::quote does.
#pragma once

#include "eval/decision.h"
#include "eval/request.h"
#include "json/value.h"

#include <string>
#include <string_view>

namespace engine::sim {

// A JSON tree written back on one line, members in text order, numbers as written.
std::string compactJson(const json::Value &value);

// The request's principal as requests.md writes it: "arn...", "anonymous", {"Service": "..."}.
std::string principalJson(const RequestPrincipal &principal);

// [{"sid":..,"index":..,"effect":..,"principalMatch":..}, ...] as in a decision object.
std::string matchedJson(const std::vector<MatchedStatement> &matched);

} // namespace engine::sim
