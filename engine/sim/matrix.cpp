// Computing the access matrix: one request per cell, all evaluated against one compiled policy.
#include "sim/matrix.h"

#include "data/secretsmanager.h"
#include "json/reader.h"
#include "sim/simjson.h"

#include <algorithm>
#include <cctype>
#include <thread>
#include <unordered_map>
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
    return std::any_of(policy.statements.begin(), policy.statements.end(),
                       [](const Statement &s) { return statementMentionsKey(s, versionStageKey); });
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

// Shares equal explanations and warning lists between the cells one thread computes.
class Interner
{
public:
    Shared<std::string> text(std::string &&value)
    {
        if (const auto it = m_texts.find(value); it != m_texts.end())
            return it->second;
        Shared<std::string> shared(value);
        m_texts.emplace(std::move(value), shared);
        return shared;
    }

    // The explanation with this key (EvaluateOptions::explainKey); `make` builds it on a miss.
    template<typename Make>
    Shared<std::string> explain(const std::string &key, Make &&make)
    {
        if (const auto it = m_explains.find(key); it != m_explains.end())
            return it->second;
        Shared<std::string> shared = text(make());
        m_explains.emplace(key, shared);
        return shared;
    }

    Shared<std::vector<std::string>> list(std::vector<std::string> &&values)
    {
        std::string key;
        for (const std::string &v : values)
            key.append(v).push_back('\0');
        if (const auto it = m_lists.find(key); it != m_lists.end())
            return it->second;
        Shared<std::vector<std::string>> shared(std::move(values));
        m_lists.emplace(std::move(key), shared);
        return shared;
    }

private:
    std::unordered_map<std::string, Shared<std::string>> m_texts;
    std::unordered_map<std::string, Shared<std::string>> m_explains; // by explain key
    std::unordered_map<std::string, Shared<std::vector<std::string>>> m_lists;
};

// What one thread keeps between the cells it evaluates.
struct CellScratch
{
    Interner interner;
    std::string key;
    std::string explainedKey;
    PrincipalMemo principals; // a row's principal is matched once per statement
    ColumnMemo columns{std::string(versionStageKey)}; // a stage column re-evaluates only the
                                                      // statements that test the stage
};

// Evaluates without building the explanation, then takes it from the interner (built by a
// second evaluation only the first time its key is seen).
Cell evaluateCell(const CompiledPolicy &policy, const Request &request, CellScratch &scratch)
{
    EvaluateOptions options;
    options.explain = false;
    options.trace = false;
    options.explainKey = &scratch.key;
    options.principalMemo = &scratch.principals;
    options.columnMemo = &scratch.columns;
    Decision d = evaluate(policy, request, options);
    Cell c;
    c.decision = d.decision;
    c.effectiveDecision = d.effectiveDecision;
    c.matched = std::move(d.matched);
    c.explain = scratch.interner.explain(scratch.key, [&] {
        options.explain = true;
        options.explainKey = &scratch.explainedKey; // keeps the memo's keys
        return evaluate(policy, request, options).explain;
    });
    c.warnings = scratch.interner.list(std::move(d.warnings));
    return c;
}

// Fills the cells of rows [begin, end).
void computeRows(const CompiledPolicy &policy, Matrix &m, const std::vector<bool> &sendsStage,
                 bool policyMentionsStage, std::size_t begin, std::size_t end)
{
    const MatrixSetup &s = m.setup;
    CellScratch scratch;
    for (std::size_t p = begin; p < end; ++p) {
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
                m.cells[m.index(p, st, a)] = evaluateCell(policy, request, scratch);
            }
        }
    }
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
    d.explain = *explain;
    d.warnings = *warnings;
    return d;
}

bool actionSendsStage(std::string_view action)
{
    const data::ActionInfo *info = data::findAction(action);
    return info && data::actionSuppliesKey(*info, versionStageKey);
}

Matrix computeMatrix(const CompiledPolicy &policy, MatrixSetup setup, unsigned threads)
{
    Matrix m;
    m.setup = std::move(setup);
    const MatrixSetup &s = m.setup;
    m.cells.resize(s.actions.size() * s.principals.size() * s.stages.size());
    if (m.cells.empty())
        return m;

    const bool policyMentionsStage = mentionsStage(policy.policy());
    std::vector<bool> sendsStage(s.actions.size());
    for (std::size_t a = 0; a < s.actions.size(); ++a)
        sendsStage[a] = actionSendsStage(s.actions[a]);

    constexpr std::size_t cellsPerThread = 4096;
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t rows = s.principals.size();
    const std::size_t workers =
        std::min({std::size_t(threads), rows, m.cells.size() / cellsPerThread + 1});
    if (workers <= 1) {
        computeRows(policy, m, sendsStage, policyMentionsStage, 0, rows);
        return m;
    }
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    const std::size_t chunk = (rows + workers - 1) / workers;
    for (std::size_t w = 1; w < workers; ++w) {
        const std::size_t begin = std::min(rows, w * chunk);
        const std::size_t end = std::min(rows, begin + chunk);
        pool.emplace_back([&, begin, end] {
            computeRows(policy, m, sendsStage, policyMentionsStage, begin, end);
        });
    }
    computeRows(policy, m, sendsStage, policyMentionsStage, 0, std::min(rows, chunk));
    for (std::thread &t : pool)
        t.join();
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
