// The selected access-matrix cell's decision with its per-statement trace: what the Simulation
// dock hands to WhyView (issue 5, "Why"). Matrix cells keep no trace, so the cell's request is
// evaluated again, with the trace on, when the cell is selected.
//
//   CellDecision why = decideCell(compiled, matrixModel, matrixModel.index(row, column));
//   why.decision.trace[i].failedSpan; // where statement i first fails
#pragma once

#include "eval/decision.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

class QModelIndex;

namespace engine {
class CompiledPolicy;
}

namespace model {
class AccessMatrixModel;
}

namespace views {

struct CellDecision
{
    // What a statement looks like in the text, for the lines and marks of its trace.
    struct StatementInfo
    {
        std::optional<std::string> sid;
        engine::Effect effect = engine::Effect::Allow;
        engine::Span span; // the statement object
    };

    bool isValid() const { return valid; }

    bool valid = false;        // false: no cell is selected (or the matrix is stale)
    QString title;             // "principal → action (stage)"
    engine::Decision decision; // with one trace per statement, in policy order
    std::vector<StatementInfo> statements;
};

// Evaluates the request of the model's cell at `index` (a source index of `model`) against
// `policy`, the policy the matrix was computed from, with explain and trace on. An invalid
// CellDecision for an invalid index.
CellDecision decideCell(const engine::CompiledPolicy &policy,
                        const model::AccessMatrixModel &model,
                        const QModelIndex &index);

} // namespace views
