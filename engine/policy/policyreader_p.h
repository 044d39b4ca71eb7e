// Internal to the policy reader (policyreader.cpp, statementreader.cpp): the reader's state
// and the small helpers both halves share. Not part of the engine API.
#pragma once

#include "policy/policyreader.h"
#include "json/value.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace engine::detail {

using json::Kind;
using json::Member;
using json::Value;

// Appends "/token" to a JSON Pointer, escaping "~" and "/" (RFC 6901).
void appendPointerToken(std::string &path, std::string_view token);

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

std::string quoted(std::string_view s);
// "an array", "a number", "null": a JSON type with its article, for briefs.
std::string withArticle(Kind kind);
// A value as it appears in messages: scalars as JSON, containers by their type.
std::string shown(const Value &v);
bool isScalar(const Value &v);

inline constexpr std::array<std::string_view, 3> resourceTopLevel{"Version", "Id", "Statement"};
inline constexpr std::array<std::string_view, 2> identityTopLevel{"Version", "Statement"};
inline constexpr std::array<std::string_view, 9> resourceStatementKeys{"Sid",
                                                                       "Effect",
                                                                       "Principal",
                                                                       "NotPrincipal",
                                                                       "Action",
                                                                       "NotAction",
                                                                       "Resource",
                                                                       "NotResource",
                                                                       "Condition"};
inline constexpr std::array<std::string_view, 7> identityStatementKeys{
    "Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"};
inline constexpr std::array<std::string_view, 4> principalTypes{
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

} // namespace engine::detail
