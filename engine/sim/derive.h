// The rows and columns of the access matrix, derived from a policy without typing
// (issue 5): every principal the policy names (a session of each role too), a principal of each
// account it names, another principal in the secret's account, a principal of an account it
// does not name, every service it names, and the anonymous public; the stages AWSCURRENT,
// AWSPREVIOUS, AWSPENDING, every custom label its VersionStage conditions mention, and "no
// stage named" (the default GetSecretValue call, secretsmanager.md §6.3).
//
//   MatrixSetup setup = deriveSetup(policy, "arn:aws:secretsmanager:us-east-1:1234...-AbCdEf");
//   Result<SimPrincipal> p = parsePrincipal("arn:aws:iam::444455556666:user/bob", secretArn);
#pragma once

#include "core/result.h"
#include "sim/matrix.h"

#include <string>
#include <string_view>
#include <vector>

namespace engine::sim {

// The owner account and partition of a secret ARN ("aws" and "" when it is not an ARN).
struct SecretOwner
{
    std::string partition = "aws";
    std::string account;
};
SecretOwner secretOwner(std::string_view secretArn);

// Rows in this order: principals named in Principal/NotPrincipal (a role followed by a session
// of it), principals named in conditions, a principal of each other account named, the
// services named, another principal in the secret's account, a principal in another account,
// anonymous. No duplicates.
std::vector<SimPrincipal> derivePrincipals(const Policy &policy, std::string_view secretArn);

// "no stage named", AWSCURRENT, AWSPREVIOUS, AWSPENDING, then the custom labels in the order
// the policy's secretsmanager:VersionStage conditions mention them (wildcard patterns and
// variables are not labels).
std::vector<SimStage> deriveStages(const Policy &policy);

// Principals and stages derived from the policy, the given actions, no extra context.
MatrixSetup deriveSetup(const Policy &policy, std::string_view secretArn,
                        std::vector<std::string> actions = {std::string(defaultAction)});

// Appends the principals and stages of `other` that `into` lacks (for comparing policies).
void mergePrincipals(std::vector<SimPrincipal> &into, const std::vector<SimPrincipal> &other);
void mergeStages(std::vector<SimStage> &into, const std::vector<SimStage> &other);

// Moves the generic rows (another principal in the secret's account, a principal in another
// account, anonymous) after the others, keeping each group's order.
void orderPrincipals(std::vector<SimPrincipal> &principals);

// A principal typed by a person: an ARN, "anonymous", a 12-digit account id (a user of that
// account), a service name ("ec2.amazonaws.com"), or "Service:NAME", "Federated:PROVIDER",
// "CanonicalUser:ID". Origin UserAdded, identity side unknown. Fails for anything else.
Result<SimPrincipal> parsePrincipal(std::string_view text, std::string_view secretArn);

// Attaches identity policies (JSON texts) to a principal, so that its identity side is known
// (an empty list states "no identity policies"). Fails with the first policy's error.
Result<SimPrincipal> withIdentityPolicies(SimPrincipal principal,
                                          const std::vector<std::string> &policyTexts);

// Where a request principal stands relative to the secret's owner account.
Reach reachOf(const RequestPrincipal &principal, std::string_view ownerAccount);

// "secretsmanager:GetSecretValue" for "GetSecretValue" or "secretsmanager:getsecretvalue";
// nullopt when the action is not in the engine's table.
std::optional<std::string> canonicalAction(std::string_view action);
// Every action of the table that takes a secret (the default of a policy comparison).
std::vector<std::string> secretActions();

} // namespace engine::sim
