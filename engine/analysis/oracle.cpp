// The analysis's one door into the evaluator (atom truth, access), and the negation of an atom
// (docs/reference/analysis.md, "Negating a condition").
#include "analysis/analysis_p.h"

#include "data/secretsmanager.h"
#include "eval/compiled.h"
#include "eval/conditions.h"
#include "eval/context.h"
#include "values/glob.h"
#include "values/text.h"
#include "eval/operators.h"
#include "values/base64.h"
#include "values/boolean.h"
#include "values/casefold.h"
#include "values/date.h"
#include "values/decimal.h"
#include "values/ipaddress.h"
#include "eval/principal.h"
#include "policy/policyreader.h"

#include <algorithm>
#include <set>

namespace engine::analysis {

struct Oracle::Entry
{
    std::vector<ConditionBlock> source;
    std::vector<eval::CompiledBlock> compiled;
};

Oracle::Oracle() = default;
Oracle::~Oracle() = default;

namespace {

std::string atomIdentity(const Atom &a)
{
    std::string id = operatorText(a.block.qualifier, a.block.op, a.block.ifExists);
    id += '\x1f';
    id += a.lowerKey;
    id += a.variables ? "\x1fV" : "\x1fL";
    for (const ConditionValue &v : a.block.pairs[0].values) {
        id += '\x1f';
        id += v.text;
    }
    return id;
}

} // namespace

std::size_t Oracle::add(Atom atom)
{
    const std::string id = atomIdentity(atom);
    for (std::size_t i = 0; i < m_atoms.size(); ++i) {
        if (atomIdentity(*m_atoms[i]) == id) {
            m_atoms[i]->synthetic = m_atoms[i]->synthetic && atom.synthetic;
            return i;
        }
    }
    auto entry = std::make_unique<Entry>();
    entry->source.push_back(atom.block);
    entry->compiled = eval::compileConditions(entry->source, atom.variables);
    m_compiled.push_back(std::move(entry));
    m_atoms.push_back(std::make_unique<Atom>(std::move(atom)));
    return m_atoms.size() - 1;
}

void Oracle::evaluate(const Request &request, const std::vector<std::size_t> &atoms,
                      std::vector<char> &out) const
{
    const eval::Identity who = eval::classifyPrincipal(request.principal);
    const data::ActionInfo *action = data::findAction(request.action);
    values::ArnFields resource;
    const bool isArn = values::splitArn(request.resource, resource);
    eval::Context context;
    std::vector<std::string> warnings;
    context.build(request, who, action, isArn ? &resource : nullptr, warnings);
    std::string scratch;
    out.assign(atoms.size(), 0);
    for (std::size_t i = 0; i < atoms.size(); ++i) {
        const eval::CompiledBlock &b = m_compiled[atoms[i]]->compiled[0];
        out[i] = eval::evaluatePair(b, b.pairs[0], context, scratch).holds ? 1 : 0;
    }
}

Access accessOf(const Decision &decision)
{
    switch (decision.effectiveDecision) {
    case Outcome::Allowed:
        return Access::Allowed;
    case Outcome::Unknown:
        return Access::NeedsIdentity;
    case Outcome::ExplicitlyDenied:
    case Outcome::ImplicitlyDenied:
        break;
    }
    return Access::Denied;
}

std::string operatorText(Qualifier qualifier, Operator op, bool ifExists)
{
    std::string text;
    if (qualifier == Qualifier::ForAnyValue)
        text = "ForAnyValue:";
    else if (qualifier == Qualifier::ForAllValues)
        text = "ForAllValues:";
    text += operatorName(op);
    if (ifExists)
        text += "IfExists";
    return text;
}

ConditionAtom atomOf(const ConditionBlock &block)
{
    ConditionAtom a;
    a.op = operatorText(block.qualifier, block.op, block.ifExists);
    a.key = block.pairs[0].key;
    for (const ConditionValue &v : block.pairs[0].values)
        a.values.push_back(v.text);
    return a;
}

namespace {

// The complement of a base comparison (the negated twin, or the opposite ordering).
std::optional<Operator> complement(Operator op)
{
    switch (op) {
    case Operator::StringEquals: return Operator::StringNotEquals;
    case Operator::StringNotEquals: return Operator::StringEquals;
    case Operator::StringEqualsIgnoreCase: return Operator::StringNotEqualsIgnoreCase;
    case Operator::StringNotEqualsIgnoreCase: return Operator::StringEqualsIgnoreCase;
    case Operator::StringLike: return Operator::StringNotLike;
    case Operator::StringNotLike: return Operator::StringLike;
    case Operator::NumericEquals: return Operator::NumericNotEquals;
    case Operator::NumericNotEquals: return Operator::NumericEquals;
    case Operator::NumericLessThan: return Operator::NumericGreaterThanEquals;
    case Operator::NumericGreaterThanEquals: return Operator::NumericLessThan;
    case Operator::NumericLessThanEquals: return Operator::NumericGreaterThan;
    case Operator::NumericGreaterThan: return Operator::NumericLessThanEquals;
    case Operator::DateEquals: return Operator::DateNotEquals;
    case Operator::DateNotEquals: return Operator::DateEquals;
    case Operator::DateLessThan: return Operator::DateGreaterThanEquals;
    case Operator::DateGreaterThanEquals: return Operator::DateLessThan;
    case Operator::DateLessThanEquals: return Operator::DateGreaterThan;
    case Operator::DateGreaterThan: return Operator::DateLessThanEquals;
    case Operator::IpAddress: return Operator::NotIpAddress;
    case Operator::NotIpAddress: return Operator::IpAddress;
    case Operator::ArnEquals: return Operator::ArnNotEquals;
    case Operator::ArnNotEquals: return Operator::ArnEquals;
    case Operator::ArnLike: return Operator::ArnNotLike;
    case Operator::ArnNotLike: return Operator::ArnLike;
    case Operator::Bool:
    case Operator::BinaryEquals:
    case Operator::Null:
        break;
    }
    return std::nullopt;
}

bool isOrdering(Operator op)
{
    switch (op) {
    case Operator::NumericLessThan:
    case Operator::NumericLessThanEquals:
    case Operator::NumericGreaterThan:
    case Operator::NumericGreaterThanEquals:
    case Operator::DateLessThan:
    case Operator::DateLessThanEquals:
    case Operator::DateGreaterThan:
    case Operator::DateGreaterThanEquals:
        return true;
    default:
        return false;
    }
}

bool isLessFamily(Operator op)
{
    return op == Operator::NumericLessThan || op == Operator::NumericLessThanEquals
           || op == Operator::DateLessThan || op == Operator::DateLessThanEquals;
}

// Several values under an ordering operator are an OR, which is one bound: the largest for
// "less than", the smallest for "greater than". Invalid values never match and drop out.
std::vector<std::string> orderingBound(Operator op, const std::vector<std::string> &values)
{
    const bool numeric = op == Operator::NumericLessThan || op == Operator::NumericLessThanEquals
                         || op == Operator::NumericGreaterThan
                         || op == Operator::NumericGreaterThanEquals;
    std::optional<std::string> best;
    for (const std::string &v : values) {
        if (numeric) {
            const std::optional<values::Decimal> d = values::parseDecimal(v);
            if (!d)
                continue;
            if (!best) {
                best = v;
                continue;
            }
            const std::strong_ordering c = values::compareDecimal(*d, *values::parseDecimal(*best));
            if (isLessFamily(op) ? c > 0 : c < 0)
                best = v;
        } else {
            const std::optional<values::Instant> d = values::parseDate(v);
            if (!d)
                continue;
            if (!best) {
                best = v;
                continue;
            }
            const values::Instant b = *values::parseDate(*best);
            if (isLessFamily(op) ? *d > b : *d < b)
                best = v;
        }
    }
    if (!best)
        return {};
    return {*best};
}

std::set<bool> boolValues(const std::vector<std::string> &values)
{
    std::set<bool> out;
    for (const std::string &v : values) {
        if (const std::optional<bool> b = values::parseBool(v))
            out.insert(*b);
    }
    return out;
}

} // namespace

std::vector<ConditionAtom> negateAtom(const ConditionBlock &block)
{
    const ConditionAtom atom = atomOf(block);
    const std::string &key = atom.key;
    const ConditionAtom present{"Null", key, {"false"}};
    const ConditionAtom absent{"Null", key, {"true"}};
    if (block.op == Operator::Null) {
        if (block.qualifier != Qualifier::None)
            return {}; // constant
        const std::set<bool> b = boolValues(atom.values);
        if (b.size() != 1)
            return {}; // constant
        return {*b.begin() ? present : absent};
    }
    if (block.op == Operator::Bool && block.qualifier == Qualifier::None) {
        const std::set<bool> b = boolValues(atom.values);
        if (b.size() == 2)
            return block.ifExists ? std::vector<ConditionAtom>{} : std::vector<ConditionAtom>{absent};
        if (b.empty())
            return block.ifExists ? std::vector<ConditionAtom>{present} : std::vector<ConditionAtom>{};
        const std::string other = *b.begin() ? "false" : "true";
        if (block.ifExists)
            return {ConditionAtom{"Bool", key, {other}}};
        return {ConditionAtom{"BoolIfExists", key, {other}}};
    }
    if (block.op == Operator::Bool && boolValues(atom.values).size() == 1) {
        // Element by element the complement of Bool v is Bool not-v.
        const std::string other = *boolValues(atom.values).begin() ? "false" : "true";
        const Qualifier q = block.qualifier == Qualifier::ForAnyValue ? Qualifier::ForAllValues
                                                                      : Qualifier::ForAnyValue;
        std::vector<ConditionAtom> out{{operatorText(q, Operator::Bool, false), key, {other}}};
        if (block.ifExists && block.qualifier == Qualifier::ForAnyValue)
            out.push_back(present);
        return out;
    }
    if (block.op == Operator::Bool || block.op == Operator::BinaryEquals) {
        // No complement operator: the qualifier flips and the element test stays, which only
        // the set forms can say; the analysis never needs it for single-valued keys.
        return {ConditionAtom{"!" + atom.op, key, atom.values}};
    }
    const Operator twin = *complement(block.op);
    std::vector<std::string> values = atom.values;
    if (isOrdering(block.op))
        values = orderingBound(block.op, values);
    if (block.qualifier == Qualifier::ForAnyValue) {
        std::vector<ConditionAtom> out{{operatorText(Qualifier::ForAllValues, twin, false), key,
                                        values}};
        if (block.ifExists)
            out.push_back(present);
        return out;
    }
    if (block.qualifier == Qualifier::ForAllValues)
        return {{operatorText(Qualifier::ForAnyValue, twin, false), key, values}};
    if (!block.ifExists) {
        if (isOrdering(block.op))
            return {{operatorText(Qualifier::None, twin, true), key, values}};
        return {{operatorText(Qualifier::None, twin, false), key, values}};
    }
    // opIfExists: the negation of the plain operator, with the key present.
    std::vector<ConditionAtom> out{{operatorText(Qualifier::None, twin, false), key, values}};
    if (isNegated(twin))
        out.push_back(present);
    return out;
}

} // namespace engine::analysis
