// The statement half of the policy reader: Sid, Effect, the principal, action and resource
// parts, and the Condition block, each with its structural errors (evaluation.md §1.5).
#include "policy/policyreader_p.h"
#include "policy/suggest.h"
#include "json/reader.h"

#include <algorithm>

namespace engine::detail {

void Reader::readStatement(const Value &v, const Path &path, Statement &s)
{
    s.path = path.str();
    s.span = v.span;
    const bool identity = m_kind == PolicyKind::Identity;
    const Member *sid = nullptr, *effect = nullptr, *principal = nullptr, *notPrincipal = nullptr,
                 *action = nullptr, *notAction = nullptr, *resource = nullptr,
                 *notResource = nullptr, *condition = nullptr;
    std::vector<std::string_view> suggested;
    for (const Member &m : v.members) {
        const std::string_view k = m.key;
        if (k == "Sid")
            sid = &m;
        else if (k == "Effect")
            effect = &m;
        else if (k == "Principal" && !identity)
            principal = &m;
        else if (k == "NotPrincipal" && !identity)
            notPrincipal = &m;
        else if (k == "Action")
            action = &m;
        else if (k == "NotAction")
            notAction = &m;
        else if (k == "Resource")
            resource = &m;
        else if (k == "NotResource")
            notResource = &m;
        else if (k == "Condition")
            condition = &m;
        else if (k == "Principal" || k == "NotPrincipal")
            forbiddenInIdentityPolicy(path, m);
        else if (auto suggestion = unknownElement(
                     path,
                     m,
                     identity ? std::span<const std::string_view>(identityStatementKeys)
                              : std::span<const std::string_view>(resourceStatementKeys)))
            suggested.push_back(*suggestion);
    }
    const auto wasSuggested = [&](std::string_view a, std::string_view b) {
        return std::find(suggested.begin(), suggested.end(), a) != suggested.end()
               || std::find(suggested.begin(), suggested.end(), b) != suggested.end();
    };
    const auto conflict = [&](const Member *a, const Member *b) {
        const Member *later = a->keySpan.begin.offset > b->keySpan.begin.offset ? a : b;
        error("conflicting-elements",
              path.child(later->key),
              later->value.span,
              quoted(a->key) + " and " + quoted(b->key)
                  + " cannot be used in the same statement. Keep one of them.",
              quoted(a->key) + " and " + quoted(b->key) + " cannot both be present");
    };
    const auto missing = [&](const char *id, const char *element, std::string message) {
        error(id, path, v.span, std::move(message), std::string("\"") + element + "\" is missing");
    };

    if (sid) {
        if (sid->value.isString())
            s.sid = Entry{sid->value.text, sid->value.span};
        else
            invalidType(path.child("Sid"), sid->value, "Sid", "a string");
    }

    if (!effect) {
        if (!wasSuggested("Effect", "Effect"))
            missing("invalid-effect", "Effect", "Effect must be exactly \"Allow\" or \"Deny\".");
    } else {
        const Value &e = effect->value;
        s.effectSpan = e.span;
        if (e.isString() && e.text == "Allow") {
            s.effect = Effect::Allow;
        } else if (e.isString() && e.text == "Deny") {
            s.effect = Effect::Deny;
        } else {
            error("invalid-effect",
                  path.child("Effect"),
                  e.span,
                  "Effect must be exactly \"Allow\" or \"Deny\", found " + shown(e) + ".",
                  "must be \"Allow\" or \"Deny\", not " + shown(e));
        }
    }

    if (!identity) {
        if (principal && notPrincipal)
            conflict(principal, notPrincipal);
        if (!principal && !notPrincipal && !wasSuggested("Principal", "NotPrincipal")) {
            missing("missing-principal",
                    "Principal",
                    "A statement in a secret policy must say whom it applies to. Add a "
                    "\"Principal\" element, for example {\"AWS\": "
                    "\"arn:aws:iam::111122223333:role/Reader\"}.");
        }
        if (const Member *p = principal ? principal : notPrincipal) {
            s.principal.emplace();
            readPrincipal(p->value, path.child(p->key), p == notPrincipal, *s.principal);
        }
        if (principal && notPrincipal) {
            PrincipalPart ignored;
            readPrincipal(notPrincipal->value, path.child("NotPrincipal"), true, ignored);
        }
    }

    if (action && notAction)
        conflict(action, notAction);
    if (!action && !notAction && !wasSuggested("Action", "NotAction")) {
        missing("missing-action",
                "Action",
                "Add an \"Action\" element listing the Secrets Manager actions this statement "
                "covers.");
    }
    if (action)
        readPatterns(action->value, path.child("Action"), "Action", false, true, s.action);
    if (notAction) {
        PatternPart ignored;
        readPatterns(notAction->value,
                     path.child("NotAction"),
                     "NotAction",
                     true,
                     true,
                     action ? ignored : s.action);
    }

    if (resource && notResource)
        conflict(resource, notResource);
    if (!resource && !notResource && !wasSuggested("Resource", "NotResource")) {
        missing("missing-resource",
                "Resource",
                "Add \"Resource\": \"*\". In a secret policy \"*\" means the secret this policy "
                "is attached to.");
    }
    if (resource) {
        readPatterns(resource->value, path.child("Resource"), "Resource", false, false, s.resource);
    }
    if (notResource) {
        PatternPart ignored;
        readPatterns(notResource->value,
                     path.child("NotResource"),
                     "NotResource",
                     true,
                     false,
                     resource ? ignored : s.resource);
    }

    if (condition) {
        s.conditionSpan = condition->value.span;
        s.condition.emplace();
        readCondition(condition->value, path.child("Condition"), *s.condition);
    }
}

void Reader::readPrincipal(const Value &v, const Path &path, bool negated, PrincipalPart &part)
{
    part.negated = negated;
    part.span = v.span;
    if (v.isString()) {
        if (v.text == "*") {
            part.star = true;
            return;
        }
        error("invalid-principal",
              path,
              v.span,
              quoted(v.text)
                  + " is not a valid principal. Use \"*\", an account id, or the ARN of an "
                    "account, user, role or role session under \"AWS\".",
              "must be \"*\" or an object such as {\"AWS\": \"...\"}, not " + quoted(v.text));
        return;
    }
    if (!v.isObject()) {
        notAnObject(
            path, v, negated ? "\"NotPrincipal\"" : "\"Principal\"", "\"*\" or a JSON object");
        return;
    }
    const std::string element = negated ? "NotPrincipal" : "Principal";
    for (const Member &m : v.members) {
        const Path memberPath = path.child(m.key);
        const auto type = std::find(principalTypes.begin(), principalTypes.end(), m.key);
        if (type == principalTypes.end()) {
            error("invalid-principal",
                  memberPath,
                  m.value.span,
                  quoted(m.key)
                      + " is not a valid principal. Use \"*\", an account id, or the ARN of an "
                        "account, user, role or role session under \"AWS\".",
                  quoted(m.key)
                      + " is not a principal type (use AWS, Service, Federated or "
                        "CanonicalUser)");
            continue;
        }
        const auto principalType = static_cast<PrincipalType>(type - principalTypes.begin());
        const std::string name = quoted(m.key) + " in " + element;
        if (m.value.isString()) {
            part.entries.push_back(PrincipalEntry{principalType, m.value.text, m.value.span});
            continue;
        }
        if (!m.value.isArray()) {
            invalidType(memberPath, m.value, name, "a string or an array of strings");
            continue;
        }
        for (std::size_t i = 0; i < m.value.items.size(); ++i) {
            const Value &item = m.value.items[i];
            if (item.isString())
                part.entries.push_back(PrincipalEntry{principalType, item.text, item.span});
            else
                invalidType(memberPath.child(i), item, "Each entry of " + name, "a string");
        }
    }
}

void Reader::readPattern(const Value &v, const Path &path, bool isAction, PatternPart &part)
{
    if (isAction && v.text != "*" && std::count(v.text.begin(), v.text.end(), ':') != 1) {
        error("invalid-action",
              path,
              v.span,
              quoted(v.text)
                  + " is not an action. Write it as service:ActionName, for example "
                    "\"secretsmanager:GetSecretValue\".",
              quoted(v.text) + " is not of the form service:ActionName");
    }
    part.entries.push_back(Entry{v.text, v.span});
}

void Reader::readPatterns(const Value &v,
                          const Path &path,
                          std::string_view element,
                          bool negated,
                          bool isAction,
                          PatternPart &part)
{
    part.negated = negated;
    part.span = v.span;
    if (v.isString()) {
        readPattern(v, path, isAction, part);
        return;
    }
    if (!v.isArray()) {
        invalidType(path, v, std::string(element), "a string or an array of strings");
        return;
    }
    part.wasArray = true;
    part.entries.reserve(v.items.size());
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const Value &item = v.items[i];
        if (item.isString())
            readPattern(item, path.child(i), isAction, part);
        else
            invalidType(path.child(i), item, "Each entry of " + std::string(element), "a string");
    }
}

void Reader::readCondition(const Value &v, const Path &path, std::vector<ConditionBlock> &blocks)
{
    if (!v.isObject()) {
        notAnObject(path, v, "\"Condition\"");
        return;
    }
    blocks.reserve(v.members.size());
    for (const Member &m : v.members) {
        const Path blockPath = path.child(m.key);
        ConditionBlock block;
        block.name = m.key;
        block.nameSpan = m.keySpan;
        block.span = m.value.span;
        if (const auto parsed = parseOperatorName(m.key)) {
            block.qualifier = parsed->qualifier;
            block.op = parsed->op;
            block.ifExists = parsed->ifExists;
        } else {
            const auto closest = closestOperatorName(m.key);
            std::string message = quoted(m.key) + " is not a condition operator";
            std::string brief = message;
            if (closest) {
                message += ". Did you mean " + quoted(*closest) + "?";
                brief += " (did you mean " + quoted(*closest) + "?)";
            } else {
                message += ".";
            }
            error(
                "unknown-operator", blockPath, m.value.span, std::move(message), std::move(brief));
        }
        if (!m.value.isObject()) {
            notAnObject(blockPath, m.value, "The operator block " + quoted(m.key));
            continue;
        }
        block.pairs.resize(m.value.members.size());
        for (std::size_t i = 0; i < m.value.members.size(); ++i)
            readConditionPair(m.value.members[i], blockPath, block.pairs[i]);
        blocks.push_back(std::move(block));
    }
}

void Reader::readConditionPair(const Member &m, const Path &blockPath, ConditionPair &pair)
{
    const Path path = blockPath.child(m.key);
    pair.key = m.key;
    pair.keySpan = m.keySpan;
    pair.valuesSpan = m.value.span;
    const auto valueOf = [](const Value &v) {
        const ValueOrigin origin = v.kind == Kind::String   ? ValueOrigin::String
                                   : v.kind == Kind::Number ? ValueOrigin::Number
                                                            : ValueOrigin::Bool;
        return ConditionValue{v.text, origin, v.span};
    };
    if (isScalar(m.value)) {
        pair.values.push_back(valueOf(m.value));
        return;
    }
    if (!m.value.isArray()) {
        invalidType(path,
                    m.value,
                    "The value of " + m.key,
                    "a string, number or boolean, or an array of them");
        return;
    }
    pair.wasArray = true;
    pair.values.reserve(m.value.items.size());
    for (std::size_t i = 0; i < m.value.items.size(); ++i) {
        const Value &item = m.value.items[i];
        if (isScalar(item))
            pair.values.push_back(valueOf(item));
        else
            invalidType(
                path.child(i), item, "Each value of " + m.key, "a string, number or boolean");
    }
}

} // namespace engine::detail
