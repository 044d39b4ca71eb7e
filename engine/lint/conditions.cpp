// Condition blocks, keys and values: key checks (invalid/unknown/foreign key, case, type,
// support by the statement's actions, qualifiers), value checks (invalid-value, wildcards,
// dates, CIDRs, private ranges, variables) and the pair-level security checks
// (allow-absent-key, network-condition-side-effects, mfa-condition-pitfall).
//
// The pair checks live in three files by topic: conditions_keys.cpp, conditions_values.cpp and
// conditions_security.cpp (PairChecker, conditions_p.h).
#include "lint/conditions_p.h"

#include "policy/policyreader.h"

namespace engine::rules {

namespace {

using detail::Family;
using detail::PairChecker;

std::string canonicalOperator(const ConditionBlock &block)
{
    std::string name;
    if (block.qualifier == Qualifier::ForAnyValue)
        name = "ForAnyValue:";
    else if (block.qualifier == Qualifier::ForAllValues)
        name = "ForAllValues:";
    name += operatorName(block.op);
    if (block.ifExists)
        name += "IfExists";
    return name;
}

void checkBlock(Context &context, const Statement &statement, const ConditionBlock &block)
{
    const auto parsed = parseOperatorName(block.name);
    if (parsed && !parsed->canonicalSpelling) {
        context.report("operator-case", block.span,
                       "Write " + quoted(canonicalOperator(block))
                           + ". AWS documents operators with this exact spelling; other spellings "
                             "may be refused.",
                       statement.index);
    }
    if (block.op == Operator::Null && block.qualifier != Qualifier::None) {
        const std::string key = block.pairs.empty() ? std::string("the key") : block.pairs[0].key;
        context.report("null-with-qualifier", block.span,
                       "\"Null\" only tests whether " + key
                           + " is present; with ForAllValues it is always true and with "
                             "ForAnyValue always false. Use plain \"Null\".",
                       statement.index);
    }
    const Family family = valueTypeOf(block.op);
    for (const ConditionPair &pair : block.pairs) {
        PairChecker checker{context, statement, block, pair, family};
        bool keyOk = false;
        const data::KeyInfo *info = checker.checkKey(keyOk);
        if (info)
            checker.checkKeyUse(*info);
        checker.checkValues(info);
        if (keyOk)
            checker.checkSecurity();
    }
}

} // namespace

void checkConditions(Context &context)
{
    for (const Statement &statement : context.policy->statements) {
        for (const ConditionBlock &block : statement.conditions())
            checkBlock(context, statement, block);
    }
}

} // namespace engine::rules
