#include "policy/policy.h"

namespace engine {

const std::vector<ConditionBlock> &Statement::conditions() const
{
    static const std::vector<ConditionBlock> none;
    return condition ? *condition : none;
}

} // namespace engine
