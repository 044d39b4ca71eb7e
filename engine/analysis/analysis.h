// Exhaustive access analysis of one secret policy (docs/reference/analysis.md): who, of every
// principal of every account, may do what to the secret, under exactly which conditions; and
// what a change of the policy grants or revokes, with a request that shows it.
//
//   Result<Analysis> a = analyse(policy, "arn:aws:secretsmanager:us-east-1:1...:secret:db-AbCdEf");
//   for (const Finding &f : a.value().findings) print(f.summary);
//   Result<Comparison> c = compare(oldPolicy, newPolicy, arn);
//   if (c && c.value().verdict == Verdict::MorePermissive) fail();
//
// How: the question space (principals × actions × context) is cut into finitely many regions at
// the policy's own literals (one representative value per cell of every condition key), each
// region is answered by the evaluator itself, and the answers are folded back into conditions
// written in the policy language. Past the limits of Limits the answer is an Error, never a
// partial answer.
#pragma once

#include "core/result.h"
#include "eval/decision.h"
#include "eval/request.h"
#include "policy/policy.h"

#include <cstddef>
#include <string>
#include <vector>

namespace engine::analysis {

// The access of a request when the caller's identity policies are unknown, ordered.
enum class Access { Denied = 0, NeedsIdentity = 1, Allowed = 2 };
const char *accessName(Access access); // "denied", "needsIdentity", "allowed"
// The access of a decision made with the identity side unknown (its effective decision).
Access accessOf(const Decision &decision);

enum class Reach { Public, OtherAccounts, Organization, Service, SameAccount };
const char *reachName(Reach reach); // "public", "otherAccounts", ...

struct Stages
{
    std::vector<std::string> named; // labels the policy names, that the region admits
    bool otherLabels = false;       // a label the policy does not name
    bool noStage = false;           // secretsmanager:VersionStage absent
    friend bool operator==(const Stages &, const Stages &) = default;
};

// One (operator, key, values) pair of a finding's condition, as written.
struct ConditionAtom
{
    std::string op;  // "StringNotEqualsIfExists", "ForAnyValue:StringEquals", ...
    std::string key;
    std::vector<std::string> values;
    friend bool operator==(const ConditionAtom &, const ConditionAtom &) = default;
};

struct Finding
{
    Effect effect = Effect::Allow;
    Access access = Access::Denied;
    // The Principal element as one-line JSON ("*", {"AWS":[...]}, {"Service":"..."}).
    std::string principal;
    std::vector<std::string> actions; // "secretsmanager:GetSecretValue", sorted
    std::vector<ConditionAtom> condition; // AND of the atoms; the region together with principal
    std::size_t narrowing = 0; // the first atoms only narrow `principal` to `who` (not in texts)
    Stages stages;
    Reach reach = Reach::SameAccount;
    std::vector<int> statements; // statements of the policy that make the region
    Request witness;
    std::string who;     // "role Reader (123456789012) and its sessions"
    std::string summary; // one plain sentence
    // For a comparison: the access before (a Finding then describes a difference).
    Access from = Access::Denied;
    std::vector<int> oldStatements;
};

struct Analysis
{
    std::string secret;
    PolicyVersion version = PolicyVersion::V2012_10_17;
    std::vector<Finding> findings;
    std::vector<std::string> notDecided; // actions without a resource
    std::vector<std::string> stageLabels; // the version stages the policy names
};

enum class Verdict { Equivalent, LessPermissive, MorePermissive, Incomparable };
const char *verdictName(Verdict verdict); // "equivalent", ...

struct Comparison
{
    std::string secret;
    Verdict verdict = Verdict::Equivalent;
    std::vector<Finding> differences; // from = old access, access = new access
};

struct Limits
{
    std::size_t maxFindings = 10000;
    std::size_t maxRegions = 200000;     // evaluated (principal, action, context) regions in all
    std::size_t maxRegionsPerCell = 20000; // per principal family and action group
    std::size_t maxValuesPerKey = 4096;  // representative values of one condition key
};

struct Options
{
    std::vector<std::string> actions; // narrow to these (names with or without prefix); empty: all
    std::vector<std::string> stages;  // narrow to these labels; "none" = no stage named
    Limits limits;
};

Result<Analysis> analyse(const Policy &policy, const std::string &secretArn,
                         const Options &options = {});
Result<Comparison> compare(const Policy &before, const Policy &after, const std::string &secretArn,
                           const Options &options = {});

// The 19 actions a secret policy decides, "secretsmanager:..." in the who-can group order.
std::vector<std::string> decidedActions();

// Output (output.cpp).
std::string requestJson(const Request &request);  // one line, the form `eval` reads
std::string conditionJson(const std::vector<ConditionAtom> &atoms, int indent = 0);
std::string findingJson(const Finding &finding, bool difference);
std::string analysisJson(const Analysis &analysis);
std::string analysisText(const Analysis &analysis);
// The normal form: the findings as a policy document, pretty-printed.
std::string normalFormJson(const Analysis &analysis);
std::string comparisonJson(const Comparison &comparison);
std::string comparisonText(const Comparison &comparison);
// A Condition in plain words: "aws:SourceVpce is vpce-1a2b3c4d and ..."; "" for none.
std::string conditionWords(const std::vector<ConditionAtom> &atoms);

} // namespace engine::analysis
