// Computing the access matrix: one request per cell, all evaluated against one compiled policy.
#include "sim/matrix.h"

#include "data/secretsmanager.h"
#include "json/reader.h"
#include "sim/simjson.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace engine::sim {

namespace {

bool containsIgnoreCase(std::string_view text, std::string_view lowerNeedle)
{
    if (text.size() < lowerNeedle.size())
        return false;
    for (std::size_t i = 0; i + lowerNeedle.size() <= text.size(); ++i) {
        std::size_t j = 0;
        while (j < lowerNeedle.size()
               && std::tolower(static_cast<unsigned char>(text[i + j])) == lowerNeedle[j])
            ++j;
        if (j == lowerNeedle.size())
            return true;
    }
    return false;
}

bool isStageKey(std::string_view key)
{
    return key.size() == versionStageKey.size() && containsIgnoreCase(key, "secretsmanager:versionstage");
}

// True when the stage key can change an answer: a condition tests it, or a variable names it.
bool mentionsStage(const Policy &policy)
{
    constexpr std::string_view needle = "versionstage";
    for (const Statement &s : policy.statements) {
        for (const Entry &e : s.resource.entries) {
            if (containsIgnoreCase(e.text, needle))
                return true;
        }
        for (const ConditionBlock &block : s.conditions()) {
            for (const ConditionPair &pair : block.pairs) {
                if (containsIgnoreCase(pair.key, needle))
                    return true;
                for (const ConditionValue &v : pair.values) {
                    if (containsIgnoreCase(v.text, needle))
                        return true;
                }
            }
        }
    }
    return false;
}

bool mentionsStage(const SimPrincipal &principal)
{
    if (!principal.identityPolicies)
        return false;
    return std::any_of(principal.identityPolicies->begin(), principal.identityPolicies->end(),
                       [](const Policy &p) { return mentionsStage(p); });
}

bool takesNoSecret(std::string_view action)
{
    const data::ActionInfo *info = data::findAction(action);
    return info && !info->takesSecret;
}

void setEntry(std::vector<ContextEntry> &context, const ContextEntry &entry)
{
    for (ContextEntry &e : context) {
        if (e.key.size() == entry.key.size()
            && std::equal(e.key.begin(), e.key.end(), entry.key.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a))
                          == std::tolower(static_cast<unsigned char>(b));
               })) {
            e = entry;
            return;
        }
    }
    context.push_back(entry);
}

// The request of a row without action, resource and stage.
Request baseRequest(const MatrixSetup &setup, const SimPrincipal &principal)
{
    Request r;
    r.principal = principal.principal;
    for (const ContextEntry &e : setup.context) {
        if (!isStageKey(e.key))
            setEntry(r.context, e);
    }
    for (const ContextEntry &e : principal.context) {
        if (!isStageKey(e.key))
            setEntry(r.context, e);
    }
    r.identityPolicies = principal.identityPolicies;
    return r;
}

void setAction(Request &request, const MatrixSetup &setup, std::size_t action)
{
    request.action = setup.actions[action];
    request.resource = takesNoSecret(request.action) ? std::string("*") : setup.secretArn;
}

// Adds (or removes) the stage key as the last context entry; `hasStage` says whether the
// previous call left one there.
void setStage(Request &request, const SimStage &stage, bool sendsStage, bool &hasStage)
{
    if (hasStage) {
        request.context.pop_back();
        hasStage = false;
    }
    if (sendsStage && stage.name) {
        request.context.push_back({std::string(versionStageKey), {false, {*stage.name}}});
        hasStage = true;
    }
}

Cell toCell(Decision &&d)
{
    Cell c;
    c.decision = d.decision;
    c.effectiveDecision = d.effectiveDecision;
    c.matched = std::move(d.matched);
    c.explain = std::move(d.explain);
    c.warnings = std::move(d.warnings);
    return c;
}

std::string contextValueJson(const ContextValue &value)
{
    if (!value.isList)
        return value.values.empty() ? std::string("\"\"") : json::quote(value.values.front());
    std::string out = "[";
    for (std::size_t i = 0; i < value.values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += json::quote(value.values[i]);
    }
    return out + ']';
}

} // namespace

Decision Cell::toDecision() const
{
    Decision d;
    d.decision = decision;
    d.effectiveDecision = effectiveDecision;
    d.matched = matched;
    d.explain = explain;
    d.warnings = warnings;
    return d;
}

bool actionSendsStage(std::string_view action)
{
    const data::ActionInfo *info = data::findAction(action);
    return info && data::actionSuppliesKey(*info, versionStageKey);
}

Matrix computeMatrix(const CompiledPolicy &policy, MatrixSetup setup)
{
    Matrix m;
    m.setup = std::move(setup);
    const MatrixSetup &s = m.setup;
    m.cells.resize(s.actions.size() * s.principals.size() * s.stages.size());
    if (s.stages.empty())
        return m;

    const bool policyMentionsStage = mentionsStage(policy.policy());
    std::vector<bool> sendsStage(s.actions.size());
    for (std::size_t a = 0; a < s.actions.size(); ++a)
        sendsStage[a] = actionSendsStage(s.actions[a]);

    for (std::size_t p = 0; p < s.principals.size(); ++p) {
        Request request = baseRequest(s, s.principals[p]);
        const bool stageMatters = policyMentionsStage || mentionsStage(s.principals[p]);
        bool hasStage = false;
        for (std::size_t a = 0; a < s.actions.size(); ++a) {
            setAction(request, s, a);
            // INVARIANT: when the stage cannot change the answer, every column holds the
            // answer of the first column's request.
            const bool perStage = sendsStage[a] && stageMatters;
            for (std::size_t st = 0; st < s.stages.size(); ++st) {
                if (!perStage && st > 0) {
                    m.cells[m.index(p, st, a)] = m.cells[m.index(p, 0, a)];
                    continue;
                }
                setStage(request, s.stages[st], sendsStage[a], hasStage);
                m.cells[m.index(p, st, a)] = toCell(evaluate(policy, request));
            }
        }
    }
    return m;
}

Request cellRequest(const MatrixSetup &setup, std::size_t principal, std::size_t stage,
                    std::size_t action)
{
    Request request = baseRequest(setup, setup.principals[principal]);
    setAction(request, setup, action);
    bool hasStage = false;
    setStage(request, setup.stages[stage], actionSendsStage(request.action), hasStage);
    return request;
}

std::string cellRequestJson(const MatrixSetup &setup, std::size_t principal, std::size_t stage,
                            std::size_t action)
{
    const Request request = cellRequest(setup, principal, stage, action);
    std::string out = "{\"principal\":" + principalJson(request.principal);
    out += ",\"action\":" + json::quote(request.action);
    out += ",\"resource\":" + json::quote(request.resource);
    if (!request.context.empty()) {
        out += ",\"context\":{";
        for (std::size_t i = 0; i < request.context.size(); ++i) {
            if (i > 0)
                out += ',';
            out += json::quote(request.context[i].key) + ':'
                   + contextValueJson(request.context[i].value);
        }
        out += '}';
    }
    const SimPrincipal &row = setup.principals[principal];
    if (row.identityPolicies) {
        out += ",\"identityPolicies\":[";
        for (std::size_t i = 0; i < row.identityPolicyJson.size(); ++i) {
            if (i > 0)
                out += ',';
            out += row.identityPolicyJson[i];
        }
        out += ']';
    }
    return out + '}';
}

const char *principalOriginName(PrincipalOrigin origin)
{
    switch (origin) {
    case PrincipalOrigin::Named: return "named";
    case PrincipalOrigin::RoleSession: return "role-session";
    case PrincipalOrigin::Condition: return "condition";
    case PrincipalOrigin::Account: return "account";
    case PrincipalOrigin::OwnerAccount: return "owner-account";
    case PrincipalOrigin::OtherAccount: return "other-account";
    case PrincipalOrigin::Anonymous: return "anonymous";
    case PrincipalOrigin::UserAdded: return "user-added";
    }
    return "named";
}

const char *reachName(Reach reach)
{
    switch (reach) {
    case Reach::Public: return "public";
    case Reach::CrossAccount: return "cross-account";
    case Reach::Service: return "service";
    case Reach::SameAccount: return "same-account";
    }
    return "public";
}

} // namespace engine::sim
