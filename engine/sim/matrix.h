// The access matrix: who can do what to which version of one secret, for everyone at once.
// Rows are principals, columns are version stages, one table per action; each cell is the
// evaluator's answer (requests.md "A decision") to the request that cell stands for.
//
//   MatrixSetup setup = deriveSetup(policy, secretArn);          // derive.h
//   Matrix m = computeMatrix(CompiledPolicy(policy), setup);
//   const Cell &c = m.cell(principal, stage, action);
//   std::string line = cellRequestJson(m.setup, principal, stage, action); // for `eval`
//
// The policy is compiled once by the caller and every cell goes through evaluate(), so the
// matrix always agrees with `secret-policy eval` on the same requests.
#pragma once

#include "eval/decision.h"
#include "eval/evaluator.h"
#include "eval/request.h"
#include "policy/policy.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace engine::sim {

inline constexpr std::string_view defaultAction = "secretsmanager:GetSecretValue";
inline constexpr std::string_view versionStageKey = "secretsmanager:VersionStage";

// Why a principal is a row of the matrix.
enum class PrincipalOrigin {
    Named,        // named in a Principal or NotPrincipal element
    RoleSession,  // a session of a role the policy names
    Condition,    // named by an aws:PrincipalArn/PrincipalAccount/PrincipalServiceName condition
    Account,      // "a principal in account X", for an account the policy names
    OwnerAccount, // another principal in the secret's account
    OtherAccount, // a principal in an account the policy does not name (the public)
    Anonymous,    // an unsigned caller (the public)
    UserAdded,
};
const char *principalOriginName(PrincipalOrigin origin); // "named", "role-session", ...

// Where a principal stands relative to the secret; change reports list Public first.
enum class Reach { Public = 0, CrossAccount = 1, Service = 2, SameAccount = 3 };
const char *reachName(Reach reach); // "public", "cross-account", "service", "same-account"

struct SimPrincipal
{
    RequestPrincipal principal;
    std::string label; // what a person reads: the ARN, or "another principal in the secret's account"
    PrincipalOrigin origin = PrincipalOrigin::Named;
    Reach reach = Reach::SameAccount;
    std::vector<ContextEntry> context; // keys for this principal only (e.g. its tags)
    // Absent: the identity side is unknown (effective decisions may be Unknown).
    std::optional<std::vector<Policy>> identityPolicies;
    std::vector<std::string> identityPolicyJson; // one-line JSON of each, for cellRequestJson()
};

// A column: the stage a GetSecretValue caller names, or none (the default call).
struct SimStage
{
    std::optional<std::string> name; // nullopt: "no stage named"
    std::string label() const { return name ? *name : std::string("no stage named"); }
    friend bool operator==(const SimStage &, const SimStage &) = default;
};

struct MatrixSetup
{
    std::string secretArn;
    std::vector<SimPrincipal> principals;
    std::vector<SimStage> stages;
    std::vector<std::string> actions;  // "secretsmanager:GetSecretValue", ...
    std::vector<ContextEntry> context; // keys for every request (the stage key is set per column)
};

// An immutable value shared by the cells that hold equal ones: an implicit deny explains every
// statement (kilobytes per cell), and a matrix has 100,000 cells with few distinct texts.
// Copies are cheap; equality compares the values.
template<typename T>
class Shared
{
public:
    Shared() = default;
    explicit Shared(T value) : m_value(std::make_shared<const T>(std::move(value))) {}

    const T &get() const { return m_value ? *m_value : empty(); }
    const T &operator*() const { return get(); }
    const T *operator->() const { return &get(); }
    friend bool operator==(const Shared &a, const Shared &b) { return a.get() == b.get(); }

private:
    static const T &empty()
    {
        static const T value{};
        return value;
    }
    std::shared_ptr<const T> m_value;
};

// One answer: the decision object of requests.md without the per-statement trace (re-evaluate
// cellRequest() for that).
struct Cell
{
    Outcome decision = Outcome::ImplicitlyDenied;
    Outcome effectiveDecision = Outcome::ImplicitlyDenied;
    std::vector<MatchedStatement> matched;
    Shared<std::string> explain;
    Shared<std::vector<std::string>> warnings;

    Decision toDecision() const;
    friend bool operator==(const Cell &, const Cell &) = default;
};

struct Matrix
{
    MatrixSetup setup;
    // INVARIANT: cells.size() == actions × principals × stages, action-major, then principal.
    std::vector<Cell> cells;

    std::size_t index(std::size_t principal, std::size_t stage, std::size_t action) const
    {
        return (action * setup.principals.size() + principal) * setup.stages.size() + stage;
    }
    const Cell &cell(std::size_t principal, std::size_t stage, std::size_t action) const
    {
        return cells[index(principal, stage, action)];
    }
};

// Evaluates every cell against one compiled policy. Cells whose requests cannot differ (an
// action that sends no version stage, or a policy and identity policies that never mention
// the stage key) are evaluated once and copied. Large matrices are split by rows over up to
// `threads` threads (0: one per hardware thread); the result does not depend on it.
Matrix computeMatrix(const CompiledPolicy &policy, MatrixSetup setup, unsigned threads = 0);

// False for actions that send no secretsmanager:VersionStage (only GetSecretValue and
// UpdateSecretVersionStage send it): their requests carry no stage, so every column of such an
// action is the call without a stage.
bool actionSendsStage(std::string_view action);

// The request a cell stands for, and the same as one line of requests.md JSON.
Request cellRequest(const MatrixSetup &setup, std::size_t principal, std::size_t stage,
                    std::size_t action);
std::string cellRequestJson(const MatrixSetup &setup, std::size_t principal, std::size_t stage,
                            std::size_t action);

} // namespace engine::sim
