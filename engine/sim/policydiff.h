// What a policy change does to access: the matrices of two policies over the same rows and
// columns (the union of what each one names), compared cell by cell. This is the
// pre-deployment check of issue 5 and the engine of `secret-policy diff`.
//
//   MatrixSetup setup = diffSetup(before.policy(), after.policy(), secretArn, secretActions());
//   PolicyDiff d = diffPolicies(before, after, setup);
//   if (d.gainedCount() > 0) fail();
#pragma once

#include "sim/matrix.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace engine::sim {

enum class AccessChange { New, Removed, Unchanged };
const char *accessChangeName(AccessChange change); // "New", "Removed", "Unchanged"

// How access moved between two answers to one request. Access is "Allowed": a cell gains
// access when its effectiveDecision or its decision becomes Allowed (a policy that starts to
// grant another account gains access even while the effective answer is still Unknown), and
// loses it when either stops being Allowed; a gain wins over a loss.
AccessChange compareCells(const Cell &before, const Cell &after);

struct CellDiff
{
    std::size_t principal = 0; // indexes into PolicyDiff::setup
    std::size_t stage = 0;
    std::size_t action = 0;
    bool stageApplies = true;  // false: the action sends no stage, one row stands for all
    AccessChange change = AccessChange::Unchanged;
    Cell before;
    Cell after;
};

struct PolicyDiff
{
    MatrixSetup setup;
    // Every compared cell, sorted: New, then Removed, then Unchanged; within each, public
    // principals first, then cross-account, service and same-account ones (Reach order); then
    // by action, principal and stage.
    std::vector<CellDiff> cells;

    std::size_t count(AccessChange change) const;
    bool gainedAccess() const { return count(AccessChange::New) > 0; }
};

// The union of both policies' derived principals and stages (the first policy's order first),
// with the given actions.
MatrixSetup diffSetup(const Policy &before, const Policy &after, std::string_view secretArn,
                      std::vector<std::string> actions);

// Both matrices on `setup`. Actions that send no stage are compared once (the first column).
PolicyDiff diffPolicies(const CompiledPolicy &before, const CompiledPolicy &after,
                        MatrixSetup setup);

} // namespace engine::sim
