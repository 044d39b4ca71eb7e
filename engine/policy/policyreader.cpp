// The policy reader: json::Value -> Policy, reporting every structural error of
// evaluation.md §1.5 with the ids, messages and locations of validation.md §1-§2.
//
// Decisions not fixed by the spec (documented in tst_policyreader.cpp too):
// - In an identity policy, "Principal", "NotPrincipal" and "Id" are reported as
//   `unknown-element` (a key that is not an element of this kind of policy), with a message
//   saying so, rather than as `invalid-principal`, whose message is about principal values.
// - A key repeated three times is reported once, at its second occurrence.
// - `conflicting-elements` names the pair in the grammar's order ("Action" and "NotAction")
//   and points at the later of the two in the text.
#include "policy/policyreader.h"

#include "policy/suggest.h"
#include "json/reader.h"

#include <algorithm>
#include <array>

namespace engine {

namespace {

using json::Kind;
using json::Member;
using json::Value;

void appendPointerToken(std::string &path, std::string_view token)
{
    path.push_back('/');
    if (token.find_first_of("~/") == std::string_view::npos) {
        path.append(token);
        return;
    }
    for (char c : token) {
        if (c == '~')
            path.append("~0");
        else if (c == '/')
            path.append("~1");
        else
            path.push_back(c);
    }
}

// A JSON Pointer kept as a chain of stack frames; the string is only built for a finding,
// so reading a valid policy builds no paths (the reader runs on every keystroke).
struct Path
{
    const Path *parent = nullptr; // Not owned; nullptr for the root.
    std::string_view key;
    std::size_t index = 0;
    bool isIndex = false;

    Path child(std::string_view k) const { return Path{this, k, 0, false}; }
    Path child(std::size_t i) const { return Path{this, {}, i, true}; }

    void appendTo(std::string &out) const
    {
        if (!parent)
            return;
        parent->appendTo(out);
        if (isIndex)
            appendPointerToken(out, std::to_string(index));
        else
            appendPointerToken(out, key);
    }
    std::string str() const
    {
        std::string out;
        appendTo(out);
        return out;
    }
};

std::string quoted(std::string_view s)
{
    return json::quote(s);
}

// "an array", "a number", "null": a JSON type with its article, for briefs.
std::string withArticle(Kind kind)
{
    switch (kind) {
    case Kind::Array:
    case Kind::Object:
        return std::string("an ") + json::kindName(kind);
    case Kind::Null:
        return "null";
    default:
        return std::string("a ") + json::kindName(kind);
    }
}

// A value as it appears in messages: scalars as JSON, containers by their type.
std::string shown(const Value &v)
{
    switch (v.kind) {
    case Kind::String:
        return quoted(v.text);
    case Kind::Number:
    case Kind::Bool:
        return v.text;
    case Kind::Null:
        return "null";
    default:
        return withArticle(v.kind);
    }
}

bool isScalar(const Value &v)
{
    return v.kind == Kind::String || v.kind == Kind::Number || v.kind == Kind::Bool;
}

constexpr std::array<std::string_view, 3> resourceTopLevel{"Version", "Id", "Statement"};
constexpr std::array<std::string_view, 2> identityTopLevel{"Version", "Statement"};
constexpr std::array<std::string_view, 9> resourceStatementKeys{"Sid",
                                                                "Effect",
                                                                "Principal",
                                                                "NotPrincipal",
                                                                "Action",
                                                                "NotAction",
                                                                "Resource",
                                                                "NotResource",
                                                                "Condition"};
constexpr std::array<std::string_view, 7> identityStatementKeys{
    "Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"};
constexpr std::array<std::string_view, 4> principalTypes{
    "AWS", "Service", "Federated", "CanonicalUser"};

class Reader
{
public:
    explicit Reader(PolicyKind kind)
        : m_kind(kind)
    {}

    std::vector<Diagnostic> takeDiagnostics()
    {
        std::stable_sort(m_diagnostics.begin(),
                         m_diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) {
                             return a.span.begin.offset < b.span.begin.offset;
                         });
        return std::move(m_diagnostics);
    }
    bool hasErrors() const { return !m_diagnostics.empty(); }

    void findDuplicateKeys(const Value &v,
                           const Path &path,
                           std::optional<int> statement,
                           bool topLevel);
    void readPolicy(const Value &document, Policy &policy);

private:
    void error(
        const char *id, const Path &path, const Span &span, std::string message, std::string brief)
    {
        Diagnostic d;
        d.severity = Severity::Error;
        d.id = id;
        d.message = std::move(message);
        d.path = path.str();
        d.span = span;
        d.statementIndex = m_statement;
        d.blocking = true;
        d.brief = std::move(brief);
        m_diagnostics.push_back(std::move(d));
    }

    void notAnObject(const Path &path,
                     const Value &v,
                     const std::string &where,
                     const char *expected = "a JSON object")
    {
        error("not-an-object",
              path,
              v.span,
              where + " must be a JSON object.",
              std::string("must be ") + expected + ", not " + withArticle(v.kind));
    }
    void
    invalidType(const Path &path, const Value &v, const std::string &element, const char *expected)
    {
        error("invalid-type",
              path,
              v.span,
              element + " must be " + expected + "; found " + json::kindName(v.kind) + ".",
              std::string("must be ") + expected + ", not " + withArticle(v.kind));
    }
    // Reports an unknown key; returns the suggested element, if any.
    std::optional<std::string_view>
    unknownElement(const Path &path, const Member &m, std::span<const std::string_view> allowed);
    void forbiddenInIdentityPolicy(const Path &path, const Member &m);

    void readStatement(const Value &v, const Path &path, Statement &s);
    void readPrincipal(const Value &v, const Path &path, bool negated, PrincipalPart &part);
    void readPatterns(const Value &v,
                      const Path &path,
                      std::string_view element,
                      bool negated,
                      bool isAction,
                      PatternPart &part);
    void readPattern(const Value &v, const Path &path, bool isAction, PatternPart &part);
    void readCondition(const Value &v, const Path &path, std::vector<ConditionBlock> &blocks);
    void readConditionPair(const Member &m, const Path &path, ConditionPair &pair);

    PolicyKind m_kind;
    std::optional<int> m_statement;
    std::vector<Diagnostic> m_diagnostics;
};

void Reader::findDuplicateKeys(const Value &v,
                               const Path &path,
                               std::optional<int> statement,
                               bool topLevel)
{
    if (v.kind == Kind::Array) {
        for (std::size_t i = 0; i < v.items.size(); ++i)
            findDuplicateKeys(v.items[i], path.child(i), statement, false);
        return;
    }
    if (v.kind != Kind::Object)
        return;
    const std::vector<Member> &members = v.members;
    for (std::size_t i = 0; i < members.size(); ++i) {
        const Member &m = members[i];
        const Path memberPath = path.child(m.key);
        // Report a key once, at its second occurrence.
        int earlier = 0;
        for (std::size_t j = 0; j < i && earlier < 2; ++j) {
            if (members[j].key == m.key)
                ++earlier;
        }
        if (earlier == 1) {
            m_statement = statement;
            error("duplicate-key",
                  memberPath,
                  m.keySpan,
                  quoted(m.key)
                      + " appears more than once in the same object. AWS rejects "
                        "repeated keys; keep one "
                      + quoted(m.key) + " and put all its values in one array.",
                  "duplicate key " + quoted(m.key));
        }
        if (topLevel && m.key == "Statement" && m.value.kind == Kind::Array) {
            for (std::size_t k = 0; k < m.value.items.size(); ++k) {
                findDuplicateKeys(
                    m.value.items[k], memberPath.child(k), static_cast<int>(k), false);
            }
        } else if (topLevel && m.key == "Statement") {
            findDuplicateKeys(m.value, memberPath, 0, false);
        } else {
            findDuplicateKeys(m.value, memberPath, statement, false);
        }
    }
}

std::optional<std::string_view>
Reader::unknownElement(const Path &path, const Member &m, std::span<const std::string_view> allowed)
{
    const auto suggestion = closestName(m.key, allowed, 2);
    std::string message = quoted(m.key) + " is not a policy element.";
    std::string brief = quoted(m.key) + " is not a policy element";
    if (suggestion) {
        message += " Did you mean " + quoted(*suggestion) + "?";
        brief += " (did you mean " + quoted(*suggestion) + "?)";
    }
    message += " Element names are case-sensitive.";
    error("unknown-element", path.child(m.key), m.value.span, std::move(message), std::move(brief));
    return suggestion;
}

void Reader::forbiddenInIdentityPolicy(const Path &path, const Member &m)
{
    const char *why
        = m.key == "Id" ? "" : " An identity policy applies to the identity it is attached to.";
    error("unknown-element",
          path.child(m.key),
          m.value.span,
          quoted(m.key) + " is not allowed in an identity policy." + why + " Remove it.",
          quoted(m.key) + " is not allowed in an identity policy");
}

void Reader::readPolicy(const Value &document, Policy &policy)
{
    m_statement.reset();
    const Path root;
    const Path statementsPath = root.child("Statement");
    if (!document.isObject()) {
        notAnObject(root, document, "The policy");
        return;
    }
    policy.span = document.span;
    const bool identity = m_kind == PolicyKind::Identity;
    const Value *statement = nullptr;
    bool statementSuggested = false;
    for (const Member &m : document.members) {
        if (m.key == "Version") {
            const Value &v = m.value;
            if (v.isString() && v.text == "2012-10-17") {
                policy.version = PolicyVersion::V2012_10_17;
            } else if (v.isString() && v.text == "2008-10-17") {
                policy.version = PolicyVersion::V2008_10_17;
            } else {
                error("invalid-version",
                      root.child("Version"),
                      v.span,
                      "Version must be \"2012-10-17\" (current) or \"2008-10-17\" (old); found "
                          + shown(v) + ".",
                      "must be \"2012-10-17\" or \"2008-10-17\", not " + shown(v));
                continue;
            }
            policy.versionEntry = Entry{v.text, v.span};
        } else if (m.key == "Id" && !identity) {
            if (m.value.isString())
                policy.id = Entry{m.value.text, m.value.span};
            else
                invalidType(root.child("Id"), m.value, "Id", "a string");
        } else if (m.key == "Statement") {
            statement = &m.value;
        } else if (m.key == "Id") {
            forbiddenInIdentityPolicy(root, m);
        } else {
            const auto allowed = identity ? std::span<const std::string_view>(identityTopLevel)
                                          : std::span<const std::string_view>(resourceTopLevel);
            if (unknownElement(root, m, allowed) == "Statement")
                statementSuggested = true;
        }
    }

    if (!statement) {
        if (!statementSuggested) {
            error("missing-statement",
                  root,
                  document.span,
                  "The policy has no statements. Add at least one statement.",
                  "\"Statement\" is missing");
        }
        return;
    }
    if (statement->isObject()) {
        policy.statementWasArray = false;
        m_statement = 0;
        Statement s;
        s.index = 0;
        readStatement(*statement, statementsPath, s);
        policy.statements.push_back(std::move(s));
        m_statement.reset();
        return;
    }
    if (!statement->isArray()) {
        notAnObject(
            statementsPath, *statement, "\"Statement\"", "an object or an array of objects");
        return;
    }
    if (statement->items.empty()) {
        error("missing-statement",
              statementsPath,
              statement->span,
              "The policy has no statements. Add at least one statement.",
              "\"Statement\" is empty");
        return;
    }
    policy.statements.reserve(statement->items.size());
    for (std::size_t i = 0; i < statement->items.size(); ++i) {
        const Value &item = statement->items[i];
        m_statement = static_cast<int>(i);
        const Path path = statementsPath.child(i);
        if (!item.isObject()) {
            notAnObject(path, item, "Statement " + std::to_string(i));
            continue;
        }
        Statement s;
        s.index = static_cast<int>(i);
        readStatement(item, path, s);
        policy.statements.push_back(std::move(s));
    }
    m_statement.reset();
}

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

} // namespace

PolicyReadResult readPolicy(const json::Value &document, PolicyKind kind)
{
    PolicyReadResult result;
    Reader reader(kind);
    reader.findDuplicateKeys(document, Path{}, std::nullopt, true);
    if (reader.hasErrors()) {
        result.diagnostics = reader.takeDiagnostics();
        return result;
    }
    Policy policy;
    reader.readPolicy(document, policy);
    if (!reader.hasErrors())
        result.policy = std::move(policy);
    result.diagnostics = reader.takeDiagnostics();
    return result;
}

PolicyReadResult readPolicyText(std::string_view text, PolicyKind kind)
{
    json::ReadResult doc = json::read(text);
    if (doc.ok)
        return readPolicy(doc.value, kind);
    const json::ParseError &e = doc.error;
    Diagnostic d;
    d.severity = Severity::Error;
    d.id = "json-syntax";
    d.message = "The policy is not valid JSON: " + e.message + " (line "
                + std::to_string(e.position.line) + ", column " + std::to_string(e.position.column)
                + ").";
    d.span = Span{e.position, e.position};
    d.blocking = true;
    d.brief = e.message;
    PolicyReadResult result;
    result.diagnostics.push_back(std::move(d));
    return result;
}

std::string policyErrorText(const Diagnostic &d)
{
    const std::string &what = d.brief.empty() ? d.message : d.brief;
    if (d.id == "json-syntax" || d.id == "duplicate-key") {
        return "policy: line " + std::to_string(d.span.begin.line) + ", column "
               + std::to_string(d.span.begin.column) + ": " + what;
    }
    std::string_view path = d.path;
    // requests.md names the statement for a conflict ("policy: /Statement/0: \"Action\" and
    // \"NotAction\" cannot both be present"); the diagnostic itself points at the later element.
    if (d.id == "conflicting-elements")
        path = path.substr(0, path.rfind('/'));
    return "policy: " + (path.empty() ? std::string("/") : std::string(path)) + ": " + what;
}

} // namespace engine
