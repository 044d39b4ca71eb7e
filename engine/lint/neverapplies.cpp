// never-applies: two condition pairs of one statement, on the same key, that no request
// satisfies together (checks.md). Single-cause cases belong to their own checks.
#include "lint/lintcontext.h"

#include <algorithm>

namespace engine::rules {

namespace {

struct PairRef
{
    const ConditionBlock *block;
    const ConditionPair *pair;
};

bool literalValues(const ConditionPair &pair)
{
    return !pair.values.empty()
           && std::none_of(pair.values.begin(), pair.values.end(), [](const ConditionValue &v) {
                  return hasWildcard(v.text) || v.text.find("${") != std::string::npos;
              });
}

bool allValues(const ConditionPair &pair, std::string_view text)
{
    return !pair.values.empty()
           && std::all_of(pair.values.begin(), pair.values.end(),
                          [&](const ConditionValue &v) { return equalsAsciiIgnoreCase(v.text, text); });
}

bool isPlain(const ConditionBlock &b)
{
    return b.qualifier == Qualifier::None && !b.ifExists;
}

enum class Bound { None, Less, LessEq, Greater, GreaterEq };

Bound boundOf(Operator op)
{
    switch (operatorInfo(op).comparison) {
    case ValueComparison::Less:
        return Bound::Less;
    case ValueComparison::LessEqual:
        return Bound::LessEq;
    case ValueComparison::Greater:
        return Bound::Greater;
    case ValueComparison::GreaterEqual:
        return Bound::GreaterEq;
    case ValueComparison::Equal:
    case ValueComparison::EqualIgnoringCase:
    case ValueComparison::Like:
        break;
    }
    return Bound::None;
}

bool isNumeric(Operator op)
{
    return valueTypeOf(op) == values::ValueType::Numeric;
}

// The loosest bound of a pair, or nullopt when a value cannot be read.
std::optional<OrderedValue> loosest(const ConditionBlock &b, const ConditionPair &p)
{
    const bool less = boundOf(b.op) == Bound::Less || boundOf(b.op) == Bound::LessEq;
    const values::ValueType type = valueTypeOf(b.op);
    std::optional<OrderedValue> best;
    for (const ConditionValue &v : p.values) {
        const std::optional<OrderedValue> x = readOrdered(type, v.text);
        if (!x)
            return std::nullopt;
        const auto order = best ? compareOrdered(type, *x, *best) : std::strong_ordering::equal;
        if (!best || (less ? order > 0 : order < 0))
            best = x;
    }
    return best;
}

std::string quotedValues(const ConditionPair &p)
{
    std::vector<std::string> vs;
    for (const ConditionValue &v : p.values)
        vs.push_back(quoted(v.text));
    return joinQuoted(vs, "or");
}

// The reason two pairs contradict each other, or "" when they do not.
std::string contradiction(const PairRef &a, const PairRef &b)
{
    const ConditionBlock &ba = *a.block, &bb = *b.block;
    const ConditionPair &pa = *a.pair, &pb = *b.pair;
    const std::string &key = pa.key;
    // Null true with a pair that requires the key.
    for (int turn = 0; turn < 2; ++turn) {
        const ConditionBlock &n = turn ? bb : ba;
        const ConditionPair &np = turn ? pb : pa;
        const ConditionBlock &o = turn ? ba : bb;
        if (n.op == Operator::Null && n.qualifier == Qualifier::None && allValues(np, "true")
            && requiresKey(o)) {
            return "\"Null\" requires " + key + " to be absent, but \"" + o.name
                   + "\" requires it to be present";
        }
    }
    if (!requiresKey(ba) && !requiresKey(bb))
        return {};
    // StringEquals sets.
    if (ba.op == Operator::StringEquals && bb.op == Operator::StringEquals && isPlain(ba)
        && isPlain(bb) && literalValues(pa) && literalValues(pb)) {
        const bool intersect = std::any_of(pa.values.begin(), pa.values.end(), [&](const ConditionValue &x) {
            return std::any_of(pb.values.begin(), pb.values.end(),
                               [&](const ConditionValue &y) { return x.text == y.text; });
        });
        if (!intersect)
            return key + " cannot equal both " + quotedValues(pa) + " and " + quotedValues(pb);
    }
    for (int turn = 0; turn < 2; ++turn) {
        const ConditionBlock &eq = turn ? bb : ba;
        const ConditionPair &ep = turn ? pb : pa;
        const ConditionBlock &ne = turn ? ba : bb;
        const ConditionPair &np = turn ? pa : pb;
        if (eq.op == Operator::StringEquals && isPlain(eq) && ne.op == Operator::StringNotEquals
            && isPlain(ne) && literalValues(ep) && literalValues(np)) {
            const bool allExcluded = std::all_of(ep.values.begin(), ep.values.end(), [&](const ConditionValue &x) {
                return std::any_of(np.values.begin(), np.values.end(),
                                   [&](const ConditionValue &y) { return x.text == y.text; });
            });
            if (allExcluded)
                return "\"StringNotEquals\" excludes every value that \"StringEquals\" allows for " + key;
        }
    }
    // Numeric/Date bounds.
    const Bound boundA = boundOf(ba.op), boundB = boundOf(bb.op);
    if (boundA != Bound::None && boundB != Bound::None && isNumeric(ba.op) == isNumeric(bb.op)
        && ba.qualifier == Qualifier::None && bb.qualifier == Qualifier::None) {
        const bool aLess = boundA == Bound::Less || boundA == Bound::LessEq;
        const bool bLess = boundB == Bound::Less || boundB == Bound::LessEq;
        if (aLess != bLess) {
            const ConditionBlock &lb = aLess ? ba : bb;
            const ConditionPair &lp = aLess ? pa : pb;
            const ConditionBlock &gb = aLess ? bb : ba;
            const ConditionPair &gp = aLess ? pb : pa;
            const auto upper = loosest(lb, lp);
            const auto lowerBound = loosest(gb, gp);
            if (upper && lowerBound) {
                const bool strict = boundOf(lb.op) == Bound::Less || boundOf(gb.op) == Bound::Greater;
                const auto order = compareOrdered(valueTypeOf(lb.op), *upper, *lowerBound);
                const bool empty = strict ? order <= 0 : order < 0;
                if (empty)
                    return "no value of " + key + " is both " + lb.name + " " + quotedValues(lp)
                           + " and " + gb.name + " " + quotedValues(gp);
            }
        }
    }
    // Bool true and false.
    if (ba.op == Operator::Bool && bb.op == Operator::Bool && &ba != &bb
        && ba.qualifier == Qualifier::None && bb.qualifier == Qualifier::None
        && pa.values.size() == 1 && pb.values.size() == 1) {
        const bool at = equalsAsciiIgnoreCase(pa.values[0].text, "true");
        const bool af = equalsAsciiIgnoreCase(pa.values[0].text, "false");
        const bool bt = equalsAsciiIgnoreCase(pb.values[0].text, "true");
        const bool bf = equalsAsciiIgnoreCase(pb.values[0].text, "false");
        if ((at && bf) || (af && bt))
            return key + " cannot be both \"true\" and \"false\"";
    }
    return {};
}

} // namespace

void checkNeverApplies(Context &context)
{
    for (const Statement &statement : context.policy->statements) {
        std::vector<PairRef> pairs;
        for (const ConditionBlock &b : statement.conditions()) {
            for (const ConditionPair &p : b.pairs)
                pairs.push_back({&b, &p});
        }
        std::string reason;
        for (std::size_t i = 0; i < pairs.size() && reason.empty(); ++i) {
            for (std::size_t j = i + 1; j < pairs.size() && reason.empty(); ++j) {
                if (pairs[i].block == pairs[j].block
                    || !values::equalsFoldingCase(pairs[i].pair->key, pairs[j].pair->key))
                    continue;
                reason = contradiction(pairs[i], pairs[j]);
            }
        }
        if (reason.empty())
            continue;
        context.report("never-applies", statement.span,
                       std::string("This ") + (statement.effect == Effect::Allow ? "Allow" : "Deny")
                           + " statement can never apply: " + reason + ".",
                       statement.index);
    }
}

} // namespace engine::rules
