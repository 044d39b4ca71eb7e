// Compiling a policy (evaluation.md §2-§3): action and resource patterns, conditions and
// explain phrases are prepared once per statement, then reused for every request.
#include "eval/evaluator_p.h"

#include "values/glob.h"
#include "values/text.h"

#include <utility>

namespace engine {

namespace eval {

namespace {

CompiledResource compileResource(const Entry &entry, bool variablesAllowed)
{
    CompiledResource r;
    if (entry.text == "*") {
        r.star = true;
        r.valid = true;
        return r;
    }
    values::ArnFields raw;
    if (!values::splitArn(entry.text, raw))
        return r;
    r.valid = true;
    for (std::size_t i = 0; i < 6; ++i)
        r.fields[i] = values::toGlobPattern(raw.field[i]);
    if (variablesAllowed && raw.resource().find("${") != std::string_view::npos) {
        r.resourceVariables = parseVariables(raw.resource());
        if (!r.resourceVariables.hasVariables)
            r.resourceVariables.segments.clear();
    }
    return r;
}

void appendUnescaped(std::string &out, std::string_view escapedPattern)
{
    for (std::size_t i = 0; i < escapedPattern.size(); ++i) {
        if (escapedPattern[i] == '\\' && i + 1 < escapedPattern.size())
            ++i;
        out += escapedPattern[i];
    }
}

// Reuses the strings' capacity (identity policies are compiled once per request).
void compileActionInto(ActionPattern &a, std::string_view text)
{
    a.kind = ActionPattern::Kind::Glob;
    a.pattern.clear();
    values::appendGlobPattern(a.pattern, text);
    for (char &c : a.pattern)
        c = values::lowerAscii(c);
    a.text.clear();
    const std::string_view pattern = a.pattern;
    if (!values::hasWildcard(pattern)) {
        a.kind = ActionPattern::Kind::Literal;
        appendUnescaped(a.text, pattern);
    } else if (pattern.back() == '*' && !values::hasWildcard(pattern.substr(0, pattern.size() - 1))) {
        a.kind = ActionPattern::Kind::Prefix;
        appendUnescaped(a.text, pattern.substr(0, pattern.size() - 1));
    }
}

} // namespace

// Compiles `s` into `c`, reusing what `c` already holds (its vectors and strings).
void compileInto(CompiledStatement &c, const Statement &s, bool variablesAllowed, bool phrases)
{
    c.source = &s;
    c.hasPrincipal = s.principal.has_value();
    c.notPrincipal = s.principal && s.principal->negated;
    if (s.principal)
        c.principals = compilePrincipalPart(*s.principal);
    else
        c.principals.clear();
    c.actions.resize(s.action.entries.size());
    for (std::size_t i = 0; i < s.action.entries.size(); ++i)
        compileActionInto(c.actions[i], s.action.entries[i].text);
    c.resources.resize(s.resource.entries.size());
    for (std::size_t i = 0; i < s.resource.entries.size(); ++i)
        c.resources[i] = compileResource(s.resource.entries[i], variablesAllowed);
    c.resourceIsStar = !s.resource.negated && s.resource.entries.size() == 1
                       && s.resource.entries[0].text == "*";
    if (s.condition)
        c.conditions = compileConditions(*s.condition, variablesAllowed);
    else
        c.conditions.clear();
    if (phrases)
        preparePhrases(c);
}

namespace {

CompiledStatement compileStatement(const Statement &s, bool variablesAllowed)
{
    CompiledStatement c;
    compileInto(c, s, variablesAllowed, true);
    return c;
}

} // namespace

} // namespace eval

using namespace engine::eval;

CompiledPolicy::CompiledPolicy(Policy policy) : m_impl(std::make_unique<Impl>())
{
    m_impl->policy = std::move(policy);
    const bool variables = m_impl->policy.hasVariables();
    m_impl->statements.reserve(m_impl->policy.statements.size());
    for (const Statement &s : m_impl->policy.statements) {
        CompiledStatement &c = m_impl->statements.emplace_back(compileStatement(s, variables));
        const std::size_t i = m_impl->statements.size() - 1;
        c.matchedHeading.append("Statement ")
            .append(statementLabel(s, i))
            .append(s.effect == Effect::Deny ? " denies: " : " allows: ");
        c.listHeading.append("Statement ").append(std::to_string(i));
        if (s.sid)
            c.listHeading.append(" (").append(s.sid->text).append(")");
        c.listHeading.append(": ");
    }
}

CompiledPolicy::~CompiledPolicy() = default;
CompiledPolicy::CompiledPolicy(CompiledPolicy &&) noexcept = default;
CompiledPolicy &CompiledPolicy::operator=(CompiledPolicy &&) noexcept = default;

const Policy &CompiledPolicy::policy() const
{
    return m_impl->policy;
}

} // namespace engine
