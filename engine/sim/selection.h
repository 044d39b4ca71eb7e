// Reading the rows, columns and context of a matrix from what a person types: comma-separated
// lists on the command line, a line edit in the panel.
//
//   Result<std::vector<std::string>> actions = parseActionList("GetSecretValue,DescribeSecret");
//   Result<std::vector<SimStage>> stages = parseStageList("-,AWSCURRENT,derived", policy);
#pragma once

#include "core/result.h"
#include "sim/matrix.h"

#include <string>
#include <string_view>
#include <vector>

namespace engine::sim {

// Names with or without "secretsmanager:", any case; "all" for every action of the table.
// Errors: "unknown action `GetSecretVal`; did you mean `secretsmanager:GetSecretValue`?".
Result<std::vector<std::string>> parseActionList(std::string_view list);

// Items as parsePrincipal() reads them (derive.h); "derived" stands for derivePrincipals().
Result<std::vector<SimPrincipal>> parsePrincipalList(std::string_view list, const Policy &policy,
                                                     std::string_view secretArn);

// Stage labels exactly as written; "-" is "no stage named", "derived" stands for deriveStages().
Result<std::vector<SimStage>> parseStageList(std::string_view list, const Policy &policy);

// A JSON object in the form of a request's "context" (requests.md): strings, numbers,
// booleans, arrays of those.
Result<std::vector<ContextEntry>> parseContextJson(std::string_view text);

} // namespace engine::sim
