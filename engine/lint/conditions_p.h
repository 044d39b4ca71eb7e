// Internal to the condition checks (conditions.cpp, conditions_keys.cpp, conditions_values.cpp,
// conditions_security.cpp): the checker of one condition pair, whose checks the three topic
// files implement. Not part of the engine API.
#pragma once

#include "lint/lintcontext.h"

#include "data/secretsmanager.h"

#include <string>
#include <string_view>

namespace engine::rules::detail {

// The operator's value type (operator table).
using Family = values::ValueType;

struct PairChecker
{
    Context &context;
    const Statement &statement;
    const ConditionBlock &block;
    const ConditionPair &pair;
    Family family;

    void report(std::string_view id, std::string message)
    {
        context.report(id, pair.valuesSpan, std::move(message), statement.index);
    }

    // conditions_keys.cpp: invalid, unknown and foreign keys; returns the key info when the
    // key checks let the pair's other checks run.
    const data::KeyInfo *checkKey(bool &keyOk);
    // conditions_keys.cpp: type, support by the statement's actions, qualifiers, case.
    void checkKeyUse(const data::KeyInfo &info);
    // conditions_values.cpp: the values, one by one and together.
    void checkValues(const data::KeyInfo *info);
    // conditions_values.cpp: invalid-value; true when reported.
    bool checkValue(const ConditionValue &v);
    // conditions_security.cpp: absent keys, network conditions, MFA, redundant values.
    void checkSecurity();

    bool typeMismatched = false;
    bool forAllSingle = false;
};

} // namespace engine::rules::detail
