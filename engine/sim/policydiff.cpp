// Comparing the access two policies give, cell by cell.
#include "sim/policydiff.h"

#include "sim/derive.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace engine::sim {

namespace {

bool allowed(Outcome outcome)
{
    return outcome == Outcome::Allowed;
}

} // namespace

const char *accessChangeName(AccessChange change)
{
    switch (change) {
    case AccessChange::New: return "New";
    case AccessChange::Removed: return "Removed";
    case AccessChange::Unchanged: return "Unchanged";
    }
    return "Unchanged";
}

AccessChange compareCells(const Cell &before, const Cell &after)
{
    const bool gained = (!allowed(before.effectiveDecision) && allowed(after.effectiveDecision))
                        || (!allowed(before.decision) && allowed(after.decision));
    if (gained)
        return AccessChange::New;
    const bool lost = (allowed(before.effectiveDecision) && !allowed(after.effectiveDecision))
                      || (allowed(before.decision) && !allowed(after.decision));
    return lost ? AccessChange::Removed : AccessChange::Unchanged;
}

std::size_t PolicyDiff::count(AccessChange change) const
{
    return static_cast<std::size_t>(std::count_if(
        cells.begin(), cells.end(), [change](const CellDiff &c) { return c.change == change; }));
}

MatrixSetup diffSetup(const Policy &before, const Policy &after, std::string_view secretArn,
                      std::vector<std::string> actions)
{
    MatrixSetup setup = deriveSetup(before, secretArn, std::move(actions));
    mergePrincipals(setup.principals, derivePrincipals(after, secretArn));
    mergeStages(setup.stages, deriveStages(after));
    orderPrincipals(setup.principals);
    return setup;
}

PolicyDiff diffPolicies(const CompiledPolicy &before, const CompiledPolicy &after,
                        MatrixSetup setup)
{
    const Matrix old = computeMatrix(before, setup);
    Matrix current = computeMatrix(after, std::move(setup));
    PolicyDiff diff;
    diff.setup = std::move(current.setup);
    const MatrixSetup &s = diff.setup;
    for (std::size_t a = 0; a < s.actions.size(); ++a) {
        const bool sendsStage = actionSendsStage(s.actions[a]);
        for (std::size_t p = 0; p < s.principals.size(); ++p) {
            for (std::size_t st = 0; st < s.stages.size(); ++st) {
                if (!sendsStage && st > 0)
                    break;
                CellDiff c;
                c.principal = p;
                c.stage = st;
                c.action = a;
                c.stageApplies = sendsStage;
                c.before = old.cells[old.index(p, st, a)];
                // current.setup was moved out: both matrices share old's dimensions.
                c.after = std::move(current.cells[old.index(p, st, a)]);
                c.change = compareCells(c.before, c.after);
                diff.cells.push_back(std::move(c));
            }
        }
    }
    std::stable_sort(diff.cells.begin(), diff.cells.end(), [&s](const CellDiff &x, const CellDiff &y) {
        const auto key = [&s](const CellDiff &c) {
            return std::make_tuple(static_cast<int>(c.change),
                                   static_cast<int>(s.principals[c.principal].reach), c.action,
                                   c.principal, c.stage);
        };
        return key(x) < key(y);
    });
    return diff;
}

} // namespace engine::sim
