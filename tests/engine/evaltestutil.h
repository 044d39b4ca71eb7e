// Builders for policies and requests in evaluator tests, so that the tests do not depend on the
// policy and request readers.
#pragma once

#include "eval/request.h"
#include "policy/policy.h"
#include "policy/policyreader.h"

#include <QStringList>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace evaltest {

using namespace engine;

// A QStringList from UTF-8 literals (QT_NO_CAST_FROM_ASCII is on).
inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

inline PrincipalPart starPrincipal()
{
    PrincipalPart p;
    p.star = true;
    return p;
}

inline PrincipalPart principals(std::vector<std::pair<PrincipalType, std::string>> entries,
                                bool negated = false)
{
    PrincipalPart p;
    p.negated = negated;
    for (auto &[type, text] : entries)
        p.entries.push_back(PrincipalEntry{type, text, {}});
    return p;
}

inline PrincipalPart aws(std::vector<std::string> texts, bool negated = false)
{
    PrincipalPart p;
    p.negated = negated;
    for (auto &t : texts)
        p.entries.push_back(PrincipalEntry{PrincipalType::AWS, t, {}});
    return p;
}

inline PatternPart patterns(std::vector<std::string> texts, bool negated = false)
{
    PatternPart p;
    p.negated = negated;
    for (auto &t : texts)
        p.entries.push_back(Entry{t, {}});
    return p;
}

// Parses "ForAnyValue:StringEqualsIfExists" and the like with the engine's own reader of
// operator names, so tests and the policy reader cannot disagree.
inline bool parseOperator(const std::string &name, ConditionBlock &block)
{
    const std::optional<ParsedOperator> parsed = parseOperatorName(name);
    if (!parsed)
        return false;
    block.name = name;
    block.qualifier = parsed->qualifier;
    block.op = parsed->op;
    block.ifExists = parsed->ifExists;
    return true;
}

inline ConditionBlock condition(const std::string &op, const std::string &key,
                                std::vector<std::string> values)
{
    ConditionBlock block;
    parseOperator(op, block);
    ConditionPair pair;
    pair.key = key;
    pair.wasArray = values.size() != 1;
    for (auto &v : values)
        pair.values.push_back(ConditionValue{v, ValueOrigin::String, {}});
    block.pairs.push_back(std::move(pair));
    return block;
}

inline Statement statement(Effect effect, std::optional<PrincipalPart> principal,
                           std::vector<std::string> actions, std::vector<std::string> resources,
                           std::optional<std::vector<ConditionBlock>> conditions = std::nullopt,
                           std::optional<std::string> sid = std::nullopt)
{
    Statement s;
    s.effect = effect;
    s.principal = std::move(principal);
    s.action = patterns(std::move(actions));
    s.resource = patterns(std::move(resources));
    s.condition = std::move(conditions);
    if (sid)
        s.sid = Entry{*sid, {}};
    return s;
}

inline Policy policy(std::vector<Statement> statements,
                     PolicyVersion version = PolicyVersion::V2012_10_17)
{
    Policy p;
    p.version = version;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        statements[i].index = static_cast<int>(i);
        statements[i].path = "/Statement/" + std::to_string(i);
    }
    p.statements = std::move(statements);
    return p;
}

// "identity allows" of evaluation.md §5.
inline Policy identityAllowsAll()
{
    return policy({statement(Effect::Allow, std::nullopt, {"secretsmanager:*"}, {"*"})});
}

inline ContextEntry scalar(std::string key, std::string value)
{
    return ContextEntry{std::move(key), ContextValue{false, {std::move(value)}}};
}

inline ContextEntry list(std::string key, std::vector<std::string> values)
{
    return ContextEntry{std::move(key), ContextValue{true, std::move(values)}};
}

inline RequestPrincipal arnPrincipal(std::string_view arn)
{
    if (arn == std::string_view("anonymous"))
        return RequestPrincipal{RequestPrincipal::Form::Anonymous, {}};
    return RequestPrincipal{RequestPrincipal::Form::Arn, std::string(arn)};
}

inline const char *secretS = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";
inline const char *secretS2 = "arn:aws:secretsmanager:us-east-1:444455556666:secret:prod/db-AbCdEf";

inline Request request(std::string principal, std::string action = "secretsmanager:GetSecretValue",
                       std::string resource = secretS, std::vector<ContextEntry> context = {})
{
    Request r;
    r.principal = arnPrincipal(principal);
    r.action = std::move(action);
    r.resource = std::move(resource);
    r.context = std::move(context);
    return r;
}

} // namespace evaltest
