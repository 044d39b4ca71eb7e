// The typed policy: what a secret policy (or an identity policy) says, as plain values with
// the span of every part in the text. Built from a json::Value by readPolicy() (policyreader.h)
// only when the document has no structural error (evaluation.md §1.5); the evaluator and most
// lint rules work on it. Content that cannot be modelled never gets here: such a document has
// a blocking diagnostic instead.
#pragma once

#include "policy/operators.h"
#include "json/position.h"

#include <optional>
#include <string>
#include <vector>

namespace engine {

using json::Span;

enum class Effect { Allow, Deny };
enum class PolicyVersion { V2012_10_17, V2008_10_17, Missing }; // Missing reads as 2008

// One string entry of an element (an action pattern, a resource pattern, a principal value).
struct Entry
{
    std::string text;
    Span span;
    friend bool operator==(const Entry &a, const Entry &b) { return a.text == b.text; }
};

// The map key of a principal entry.
enum class PrincipalType { AWS, Service, Federated, CanonicalUser };

struct PrincipalEntry
{
    PrincipalType type = PrincipalType::AWS;
    std::string text; // "*", an account id, an ARN, a unique id, a service name, ...
    Span span;
    friend bool operator==(const PrincipalEntry &a, const PrincipalEntry &b)
    {
        return a.type == b.type && a.text == b.text;
    }
};

struct PrincipalPart
{
    bool negated = false; // NotPrincipal
    bool star = false;    // written as the string "*"
    std::vector<PrincipalEntry> entries; // empty when star; may be empty otherwise ({})
    Span span;            // the element's value
    friend bool operator==(const PrincipalPart &a, const PrincipalPart &b)
    {
        return a.negated == b.negated && a.star == b.star && a.entries == b.entries;
    }
};

// Action/NotAction and Resource/NotResource.
struct PatternPart
{
    bool negated = false;
    bool wasArray = false;
    std::vector<Entry> entries;
    Span span; // the element's value
    friend bool operator==(const PatternPart &a, const PatternPart &b)
    {
        return a.negated == b.negated && a.entries == b.entries;
    }
};

enum class Qualifier { None, ForAnyValue, ForAllValues };

// How a condition value was written in JSON; all comparison is on `text` (§3.3).
enum class ValueOrigin { String, Number, Bool };

struct ConditionValue
{
    std::string text; // strings decoded; numbers as written; booleans "true"/"false"
    ValueOrigin origin = ValueOrigin::String;
    Span span;
    friend bool operator==(const ConditionValue &a, const ConditionValue &b)
    {
        return a.text == b.text && a.origin == b.origin;
    }
};

// One (operator, key) pair.
struct ConditionPair
{
    std::string key; // as written
    Span keySpan;
    std::vector<ConditionValue> values; // a scalar is a one-element list
    bool wasArray = false;
    Span valuesSpan; // the key's value in the text
    friend bool operator==(const ConditionPair &a, const ConditionPair &b)
    {
        return a.key == b.key && a.values == b.values;
    }
};

struct ConditionBlock
{
    std::string name; // the operator as written, e.g. "ForAnyValue:StringEquals"
    Span nameSpan;
    Qualifier qualifier = Qualifier::None;
    Operator op = Operator::StringEquals;
    bool ifExists = false;
    std::vector<ConditionPair> pairs;
    Span span; // the block's value (the object)
    friend bool operator==(const ConditionBlock &a, const ConditionBlock &b)
    {
        return a.qualifier == b.qualifier && a.op == b.op && a.ifExists == b.ifExists
               && a.pairs == b.pairs;
    }
};

struct Statement
{
    int index = 0;                // zero-based position in the policy
    std::string path;             // JSON Pointer: "/Statement/0", or "/Statement" for a lone object
    std::optional<Entry> sid;
    Effect effect = Effect::Allow;
    Span effectSpan;
    std::optional<PrincipalPart> principal; // always set in a secret policy; never in identity policies
    PatternPart action;
    PatternPart resource;
    std::optional<std::vector<ConditionBlock>> condition; // absent vs. present-and-empty
    Span conditionSpan;
    Span span; // the statement object

    const std::vector<ConditionBlock> &conditions() const;
    friend bool operator==(const Statement &a, const Statement &b)
    {
        return a.sid == b.sid && a.effect == b.effect && a.principal == b.principal
               && a.action == b.action && a.resource == b.resource && a.condition == b.condition;
    }
};

struct Policy
{
    PolicyVersion version = PolicyVersion::Missing;
    std::optional<Entry> versionEntry;
    std::optional<Entry> id;
    bool statementWasArray = true;
    std::vector<Statement> statements;
    Span span;

    // Variables (${...}) are substituted only under 2012-10-17.
    bool hasVariables() const { return version == PolicyVersion::V2012_10_17; }
    friend bool operator==(const Policy &a, const Policy &b)
    {
        return a.version == b.version && a.id == b.id && a.statements == b.statements;
    }
};

} // namespace engine
