// Phrases for `explain` and the statement traces (requests.md "explain").
#include "eval/compiled.h"

namespace engine::eval {

std::string statementLabel(const Statement &statement, std::size_t index)
{
    if (statement.sid && !statement.sid->text.empty())
        return statement.sid->text;
    return std::to_string(index);
}

void preparePhrases(CompiledStatement &statement)
{
    const Statement &s = *statement.source;
    statement.principalFailure = !statement.hasPrincipal ? "statement has no principal"
                                 : statement.notPrincipal ? "principal is excluded by NotPrincipal"
                                                          : "principal does not match";
    statement.actionFailure = s.action.negated ? "action is excluded by NotAction"
                                               : "action does not match";
    statement.resourceFailure = s.resource.negated ? "resource is excluded by NotResource"
                                                   : "resource does not match";
    statement.pairNames.clear();
    for (const CompiledBlock &block : statement.conditions) {
        std::vector<std::string> &names = statement.pairNames.emplace_back();
        for (const CompiledPair &pair : block.pairs)
            names.push_back("condition " + block.source->name + " " + pair.source->key);
    }
    std::string text;
    if (statement.hasPrincipal)
        text = statement.notPrincipal ? "principal is not excluded by NotPrincipal, "
                                      : "principal matches, ";
    text += s.action.negated ? "action is not excluded by NotAction" : "action matches";
    if (s.resource.negated)
        text += ", resource is not excluded by NotResource";
    else if (!statement.resourceIsStar)
        text += ", resource matches";
    for (const std::vector<std::string> &names : statement.pairNames) {
        for (const std::string &name : names)
            text += ", " + name + " holds";
    }
    statement.appliesText = std::move(text);
}

} // namespace engine::eval
