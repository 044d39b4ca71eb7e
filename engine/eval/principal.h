// The requesting principal and the principal parts of a statement (evaluation.md §2.3).
//
// A request principal is classified once per request into an Identity (its kind, partition,
// account and names, as views into the request text); its identity chain is the list of
// identities AWS may check for it (account, role, session, ...). Principal entries of a policy
// are compiled once into PrincipalPatterns.
//
//   Identity who = classifyPrincipal(request.principal);
//   std::optional<PrincipalMatch> m = matchPrincipal(patterns, who, userId);
#pragma once

#include "eval/decision.h"
#include "eval/request.h"
#include "policy/policy.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engine::eval {

enum class IdentityKind {
    Root,          // arn:P:iam::A:root
    User,          // arn:P:iam::A:user/[path/]NAME
    Role,          // arn:P:iam::A:role/[path/]NAME, "some session of this role"
    Session,       // arn:P:sts::A:assumed-role/ROLE/SESSION
    FederatedUser, // arn:P:sts::A:federated-user/NAME
    OtherArn,      // any other ARN: matched by exact text only
    Service,
    Federated,
    CanonicalUser,
    Anonymous,
    Invalid,       // not an ARN: matches only "*"
};

struct Identity
{
    IdentityKind kind = IdentityKind::Invalid;
    std::string_view text;      // the ARN, service name, provider or canonical id
    std::string_view partition; // ARN kinds
    std::string_view account;   // ARN kinds
    std::string_view name;      // user name (no path), role name (no path), federated user name
    std::string_view session;   // session name of an assumed-role session

    bool hasAccount() const { return !account.empty(); }
};

// Views into `principal.text`: keep the request alive while the Identity is used.
Identity classifyPrincipal(const RequestPrincipal &principal);

// Elements of the identity chain (§2.3.1), in order; the last is the principal's own identity.
enum class ChainElement { Account, User, Role, Session, FederatedUser, OtherArn, Service,
                          Federated, CanonicalUser, Anonymous };
// Fills `out` (at most 3 elements) and returns how many.
int identityChain(const Identity &identity, ChainElement (&out)[3]);

// One compiled entry of Principal/NotPrincipal.
struct PrincipalPattern
{
    enum class Kind { Everyone, Account, User, Role, Session, FederatedUser, ExactArn, UniqueId,
                      Service, Federated, CanonicalUser, Nothing };
    Kind kind = Kind::Nothing;
    std::string text;      // exact text to compare (ARN, service, provider, id)
    std::string partition; // Account (empty for the bare 12-digit form), Role
    std::string account;   // Account, Role
    std::string roleName;  // Role
    bool roleId = false;   // UniqueId starting with AROA (matches "AROA...:session")
};

PrincipalPattern compilePrincipalEntry(const PrincipalEntry &entry);
std::vector<PrincipalPattern> compilePrincipalPart(const PrincipalPart &part);

// The best match kind of any pattern, or nullopt. `userId` is the context's aws:userid (empty
// view with hasUserId false when absent).
std::optional<PrincipalMatch> matchPrincipal(const std::vector<PrincipalPattern> &patterns,
                                             const Identity &identity,
                                             std::optional<std::string_view> userId);
// The principal part of a NotPrincipal statement (§2.3.3): Deny uses the chain rule, Allow the
// own-identity rule.
bool notPrincipalHolds(const std::vector<PrincipalPattern> &patterns, Effect effect,
                       const Identity &identity, std::optional<std::string_view> userId);

// `A` followed by 15 or more upper-case letters and digits.
bool isUniqueId(std::string_view text);

} // namespace engine::eval
