#include "celldecision.h"

#include "accessmatrixmodel.h"

#include "eval/evaluator.h"
#include "sim/matrix.h"

#include <QCoreApplication>

namespace views {

CellDecision decideCell(const engine::CompiledPolicy &policy,
                        const model::AccessMatrixModel &model,
                        const QModelIndex &index)
{
    CellDecision out;
    if (!model.cellAt(index))
        return out;
    const engine::sim::MatrixSetup &setup = model.matrix().setup;
    const auto principal = static_cast<std::size_t>(index.row());
    const auto stage = static_cast<std::size_t>(index.column());
    const engine::Request request
        = engine::sim::cellRequest(setup, principal, stage, model.actionIndex());
    out.decision = engine::evaluate(policy, request, {.explain = true, .trace = true});
    out.valid = true;
    out.title = QCoreApplication::translate("views::CellDecision", "%1 → %2 (%3)")
                    .arg(model.headerData(index.row(), Qt::Vertical).toString(),
                         QString::fromStdString(setup.actions.at(model.actionIndex())),
                         model.headerData(index.column(), Qt::Horizontal).toString());
    for (const engine::Statement &s : policy.policy().statements) {
        out.statements.push_back(
            {s.sid ? std::optional<std::string>(s.sid->text) : std::nullopt, s.effect, s.span});
    }
    return out;
}

} // namespace views
