// The policy reader: json::Value -> Policy, reporting every structural error of
// evaluation.md §1.5 with the ids, messages and locations of linting.md §1 and checks.md.
//
// Decisions not fixed by the spec (documented in tst_policyreader.cpp too):
// - In an identity policy, "Principal", "NotPrincipal" and "Id" are reported as
//   `unknown-element` (a key that is not an element of this kind of policy), with a message
//   saying so, rather than as `invalid-principal`, whose message is about principal values.
// - A key repeated three times is reported once, at its second occurrence.
// - `conflicting-elements` names the pair in the grammar's order ("Action" and "NotAction")
//   and points at the later of the two in the text.
#include "policy/policyreader.h"

#include "policy/policyreader_p.h"
#include "policy/suggest.h"
#include "json/reader.h"

#include <algorithm>

namespace engine {

namespace detail {

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

std::string quoted(std::string_view s)
{
    return json::quote(s);
}

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

} // namespace detail

PolicyReadResult readPolicy(const json::Value &document, PolicyKind kind)
{
    PolicyReadResult result;
    detail::Reader reader(kind);
    reader.findDuplicateKeys(document, detail::Path{}, std::nullopt, true);
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
    PolicyReadResult result;
    result.diagnostics.push_back(syntaxDiagnostic(doc.error));
    return result;
}

Diagnostic syntaxDiagnostic(const json::ParseError &e)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.id = "json-syntax";
    d.message = "The policy is not valid JSON: " + e.message + " (line "
                + std::to_string(e.position.line) + ", column " + std::to_string(e.position.column)
                + ").";
    d.span = Span{e.position, e.position};
    d.blocking = true;
    d.brief = e.message;
    return d;
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
