// The linter: every check of checks.md over a policy text, as located findings.
//
//   LintOptions options;
//   options.secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";
//   std::vector<Diagnostic> findings = lint(text, options);
//
// Findings include the blocking structural errors (json-syntax, duplicate-key, ...) of the
// policy reader, so one call gives the editor everything it shows. They are sorted by
// severity, then by position (linting.md §1).
#pragma once

#include "json/reader.h"
#include "policy/diagnostic.h"
#include "policy/policy.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace engine {

struct LintOptions
{
    // The ARN of the secret the policy belongs to; checks marked "needs ARN" run only with it.
    std::optional<std::string> secretArn;
    // Only the checks whose cost grows linearly with the text: JSON syntax, duplicate keys,
    // the policy reader's structural errors and the size limit (policy-too-large). The editor
    // asks for these alone past AWS's size limit, where AWS refuses the policy anyway.
    bool cheapChecksOnly = false;
};

std::vector<Diagnostic> lint(std::string_view policyText, const LintOptions &options = {});

// One pass over a policy text for a client that needs more than the findings (the editor):
// the JSON tree, the policy and the findings from a single parse of the text.
struct Analysis
{
    json::ReadResult document;         // the JSON tree, or the syntax error
    std::optional<Policy> policy;      // set when the text has no blocking error
    std::vector<Diagnostic> findings;  // what lint() returns for the same text and options
};
Analysis analyze(std::string_view policyText, const LintOptions &options = {});

// The catalogue of checks, for `secret-policy validate --list-checks`, SARIF rules and the UI.
struct CheckInfo
{
    std::string_view id;          // "public-access"
    Severity severity;
    std::string_view description; // one line
    bool blocking;                // a structural error (evaluation.md §1.5)
};
std::span<const CheckInfo> checks();
const CheckInfo *findCheck(std::string_view id);

} // namespace engine
