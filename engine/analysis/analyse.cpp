// The analysis proper: principal families, action groups, the regions of each (one request per
// region, answered by the evaluator), and the regions folded into findings.
#include "analysis/analysis_p.h"

#include "data/secretsmanager.h"
#include "values/arn.h"
#include "eval/context.h"
#include "values/glob.h"
#include "values/text.h"
#include "eval/principal.h"
#include "eval/variables.h"
#include "json/reader.h"
#include "policy/policyreader.h"

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <set>

namespace engine::analysis {

const char *accessName(Access access)
{
    switch (access) {
    case Access::Denied: return "denied";
    case Access::NeedsIdentity: return "needsIdentity";
    case Access::Allowed: return "allowed";
    }
    return "denied";
}

const char *reachName(Reach reach)
{
    switch (reach) {
    case Reach::Public: return "public";
    case Reach::OtherAccounts: return "otherAccounts";
    case Reach::Organization: return "organization";
    case Reach::Service: return "service";
    case Reach::SameAccount: return "sameAccount";
    }
    return "public";
}

const char *verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Equivalent: return "equivalent";
    case Verdict::LessPermissive: return "lessPermissive";
    case Verdict::MorePermissive: return "morePermissive";
    case Verdict::Incomparable: return "incomparable";
    }
    return "equivalent";
}

std::vector<std::string> decidedActions()
{
    static const std::vector<std::string> cached = [] {
    static const char *const order[] = {
        "GetSecretValue", "DescribeSecret", "ListSecretVersionIds", "GetResourcePolicy",
        "PutSecretValue", "UpdateSecret", "UpdateSecretVersionStage", "RotateSecret",
        "CancelRotateSecret", "DeleteSecret", "RestoreSecret", "ReplicateSecretToRegions",
        "RemoveRegionsFromReplication", "StopReplicationToReplica", "PutResourcePolicy",
        "DeleteResourcePolicy", "ValidateResourcePolicy", "TagResource", "UntagResource"};
    std::vector<std::string> out;
    for (const char *name : order)
        out.push_back(std::string("secretsmanager:") + name);
    return out;
    }();
    return cached;
}

namespace {

constexpr std::string_view fixedKeys[] = {
    "aws:principalarn",     "aws:principalaccount",      "aws:principaltype",
    "aws:username",         "aws:principalservicename",  "aws:principalisawsservice",
    "aws:resourceaccount",  "aws:requestedregion",       "secretsmanager:secretid",
    "aws:securetransport",
};

bool isFixedKey(std::string_view lowerKey)
{
    return std::find(std::begin(fixedKeys), std::end(fixedKeys), lowerKey) != std::end(fixedKeys);
}

enum class BaseKind { Named, Root, OtherInAccount, UnnamedAccounts, NamedService, OtherServices };

// A family of principals the findings name as one: a named principal, the other principals of
// one account, the accounts the policy does not name, a named service, the other services.
struct Base
{
    BaseKind kind = BaseKind::Named;
    eval::IdentityKind identity = eval::IdentityKind::User; // Named
    std::string arn;     // Named: the entry's ARN; NamedService: the name
    std::string account; // Named, OtherInAccount
    std::string name;    // user, role, session or federated user name
    std::string who;
};

// One principal that stands for all principals of its base with the same derived values.
struct PrincipalRep
{
    RequestPrincipal principal;
    std::vector<ContextEntry> fixedContext; // aws:PrincipalArn of a role session with a path
    std::size_t base = 0;
};

struct Point
{
    std::size_t rep = 0;
    Request request;
    std::vector<char> truth; // per atom of the cell
    int label = 0;
    std::vector<MatchedStatement> matchedOld, matchedNew;
};

// One cube of a cell: per atom of the cell, -1 (any), 0 or 1.
struct Cube
{
    std::vector<signed char> literal;
    std::vector<std::size_t> points;
};

struct GroupOption
{
    std::vector<ContextEntry> context;
    std::vector<char> truth; // of the group's atoms
};

struct RawFinding
{
    std::size_t base = 0;
    int label = 0;
    std::vector<std::pair<std::size_t, bool>> literals; // (atom, holds), atom order
    std::vector<std::string> actions;
    Request witness;
    std::set<int> statements, oldStatements;
    bool suppliesStage = false;
};

std::string lower(std::string_view s)
{
    return values::toLowerAscii(s);
}

// Keys a variable in the atom's values refers to (lower case).
std::vector<std::string> variableKeys(const ConditionBlock &block)
{
    std::vector<std::string> out;
    for (const ConditionValue &v : block.pairs[0].values) {
        std::size_t at = 0;
        while ((at = v.text.find("${", at)) != std::string::npos) {
            const std::size_t close = v.text.find('}', at);
            if (close == std::string::npos)
                break;
            std::string name = v.text.substr(at + 2, close - at - 2);
            if (const std::size_t comma = name.find(','); comma != std::string::npos)
                name.resize(comma);
            if (name != "*" && name != "?" && name != "$" && !name.empty())
                out.push_back(lower(name));
            at = close + 1;
        }
    }
    return out;
}

class Analyser
{
public:
    Analyser(std::vector<const Policy *> policies, const std::string &secretArn,
             const Options &options)
        : m_policies(std::move(policies)), m_secret(secretArn), m_options(options)
    {}

    Result<std::vector<RawFinding>> run(bool comparing);
    const Base &base(std::size_t i) const { return m_bases[i]; }
    const Oracle &oracle() const { return m_oracle; }
    const std::string &owner() const { return m_owner; }
    const std::string &partition() const { return m_partition; }
    const std::vector<std::string> &namedAccounts() const { return m_namedAccounts; }
    const std::vector<std::string> &stageLabels() const { return m_stageLabels; }
    std::vector<std::string> namedArnsOf(const std::string &account) const;
    std::vector<std::string> namedServices() const;
    bool absentTruth(std::size_t atom) const { return m_absentTruth[atom] != 0; }

private:
    Result<bool> prepare();
    void addNamed(const PrincipalEntry &entry);
    std::size_t baseFor(const RequestPrincipal &principal, const std::vector<ContextEntry> &fixed);
    void addRep(RequestPrincipal principal, std::vector<ContextEntry> fixed = {});
    Result<bool> cell(std::size_t base, const std::vector<std::string> &actions, bool comparing,
                      std::vector<RawFinding> &out);
    Result<std::vector<std::vector<ContextEntry>>> keyOptions(const std::string &lowerKey,
                                                             const std::vector<std::size_t> &atoms,
                                                             const std::vector<std::string> &extra,
                                                             const Request &probe);

    std::vector<const Policy *> m_policies;
    std::vector<CompiledPolicy> m_compiled;
    std::string m_secret;
    Options m_options;
    std::string m_owner, m_partition;
    Oracle m_oracle;
    std::vector<std::vector<std::vector<std::size_t>>> m_statementAtoms; // policy, statement
    std::vector<std::vector<std::vector<eval::PrincipalPattern>>> m_principals;
    std::vector<Base> m_bases;
    std::vector<PrincipalRep> m_reps;
    std::vector<std::string> m_namedAccounts; // sorted, the owner included
    std::vector<std::string> m_stageLabels;   // labels the policies name
    std::vector<char> m_absentTruth;
    std::size_t m_regions = 0;
    std::map<std::string, Result<KeyValues>> m_valueCache;
    std::map<std::string, std::vector<GroupOption>> m_optionCache;
    // Per action: whether each statement's Action part holds (policy, statement).
    std::map<std::string, std::vector<std::vector<char>>> m_actionParts;
};

std::vector<std::string> Analyser::namedArnsOf(const std::string &account) const
{
    std::vector<std::string> out;
    for (const Base &b : m_bases) {
        if (b.kind == BaseKind::Named && b.account == account
            && b.identity != eval::IdentityKind::Session)
            out.push_back(b.arn);
    }
    return out;
}

std::vector<std::string> Analyser::namedServices() const
{
    std::vector<std::string> out;
    for (const Base &b : m_bases) {
        if (b.kind == BaseKind::NamedService)
            out.push_back(b.arn);
    }
    return out;
}

void Analyser::addNamed(const PrincipalEntry &entry)
{
    if (entry.type == PrincipalType::Service) {
        for (const Base &b : m_bases) {
            if (b.kind == BaseKind::NamedService && b.arn == entry.text)
                return;
        }
        Base b;
        b.kind = BaseKind::NamedService;
        b.arn = entry.text;
        b.who = "service " + entry.text;
        m_bases.push_back(b);
        return;
    }
    if (entry.type != PrincipalType::AWS || entry.text == "*")
        return;
    if (values::isAccountId(entry.text)) {
        m_namedAccounts.push_back(entry.text);
        return;
    }
    const RequestPrincipal p{RequestPrincipal::Form::Arn, entry.text};
    const eval::Identity who = eval::classifyPrincipal(p);
    if (!who.hasAccount())
        return;
    m_namedAccounts.push_back(std::string(who.account));
    if (who.kind == eval::IdentityKind::Root || who.partition != m_partition)
        return;
    if (who.kind != eval::IdentityKind::User && who.kind != eval::IdentityKind::Role
        && who.kind != eval::IdentityKind::Session && who.kind != eval::IdentityKind::FederatedUser)
        return;
    for (const Base &b : m_bases) {
        if (b.kind != BaseKind::Named || b.account != who.account)
            continue;
        if (b.identity == who.kind
            && (who.kind == eval::IdentityKind::Role ? b.name == who.name : b.arn == entry.text))
            return;
    }
    Base b;
    b.kind = BaseKind::Named;
    b.identity = who.kind;
    b.arn = entry.text;
    b.account = std::string(who.account);
    b.name = std::string(who.kind == eval::IdentityKind::Session ? who.session : who.name);
    const std::string acct = " (" + b.account + ")";
    switch (who.kind) {
    case eval::IdentityKind::User:
        b.who = "user " + b.name + acct;
        break;
    case eval::IdentityKind::Role:
        b.who = "role " + b.name + acct + " and its sessions";
        break;
    case eval::IdentityKind::Session:
        b.who = "session " + b.name + " of role " + std::string(who.name) + acct;
        break;
    default:
        b.who = "federated user " + b.name + acct;
        break;
    }
    m_bases.push_back(b);
}

std::size_t Analyser::baseFor(const RequestPrincipal &principal,
                              const std::vector<ContextEntry> &fixed)
{
    const eval::Identity who = eval::classifyPrincipal(principal);
    if (who.kind == eval::IdentityKind::Service) {
        for (std::size_t i = 0; i < m_bases.size(); ++i) {
            if (m_bases[i].kind == BaseKind::NamedService && m_bases[i].arn == principal.text)
                return i;
        }
        for (std::size_t i = 0; i < m_bases.size(); ++i) {
            if (m_bases[i].kind == BaseKind::OtherServices)
                return i;
        }
    }
    (void)fixed;
    for (std::size_t i = 0; i < m_bases.size(); ++i) {
        const Base &b = m_bases[i];
        if (b.kind != BaseKind::Named || b.account != who.account)
            continue;
        switch (b.identity) {
        case eval::IdentityKind::Role:
            if ((who.kind == eval::IdentityKind::Session || who.kind == eval::IdentityKind::Role)
                && who.name == b.name)
                return i;
            break;
        default:
            if (b.arn == who.text)
                return i;
            break;
        }
    }
    const std::string account(who.account);
    for (const bool named : {true, false}) {
        for (std::size_t i = 0; i < m_bases.size(); ++i) {
            if (who.kind == eval::IdentityKind::Root && m_bases[i].kind == BaseKind::Root
                && (named ? m_bases[i].account == account : m_bases[i].account.empty()))
                return i;
        }
    }
    for (std::size_t i = 0; i < m_bases.size(); ++i) {
        if (m_bases[i].kind == BaseKind::OtherInAccount && m_bases[i].account == account)
            return i;
    }
    for (std::size_t i = 0; i < m_bases.size(); ++i) {
        if (m_bases[i].kind == BaseKind::UnnamedAccounts)
            return i;
    }
    return 0;
}

void Analyser::addRep(RequestPrincipal principal, std::vector<ContextEntry> fixed)
{
    for (const PrincipalRep &r : m_reps) {
        if (r.principal == principal && r.fixedContext == fixed)
            return;
    }
    PrincipalRep r;
    r.base = baseFor(principal, fixed);
    r.principal = std::move(principal);
    r.fixedContext = std::move(fixed);
    m_reps.push_back(std::move(r));
}

Result<bool> Analyser::prepare()
{
    values::ArnFields secret;
    if (!values::splitArn(m_secret, secret) || !values::isSecretArn(secret)
        || !values::isAccountId(secret.account()))
        return Error{"`" + m_secret + "` is not the ARN of a secret"};
    m_owner = std::string(secret.account());
    m_partition = std::string(secret.partition());

    // Atoms of every statement.
    for (const Policy *p : m_policies) {
        m_compiled.emplace_back(*p);
        std::vector<std::vector<std::size_t>> perStatement;
        std::vector<std::vector<eval::PrincipalPattern>> principals;
        for (const Statement &s : p->statements) {
            std::vector<std::size_t> atoms;
            for (const ConditionBlock &block : s.conditions()) {
                for (const ConditionPair &pair : block.pairs) {
                    Atom a;
                    a.block = block;
                    a.block.pairs = {pair};
                    a.lowerKey = lower(pair.key);
                    a.variables = p->hasVariables();
                    if (a.variables)
                        a.variableKeys = variableKeys(a.block);
                    atoms.push_back(m_oracle.add(std::move(a)));
                }
            }
            perStatement.push_back(std::move(atoms));
            principals.push_back(s.principal ? eval::compilePrincipalPart(*s.principal)
                                             : std::vector<eval::PrincipalPattern>{});
            if (s.principal) {
                for (const PrincipalEntry &e : s.principal->entries)
                    addNamed(e);
            }
        }
        m_statementAtoms.push_back(std::move(perStatement));
        m_principals.push_back(std::move(principals));
    }
    // Synthetic atoms that tell the principals of one account apart.
    for (const char *type : {"Account", "User", "AssumedRole", "FederatedUser"}) {
        Atom a;
        a.block.name = "StringEquals";
        a.block.op = Operator::StringEquals;
        ConditionPair pair;
        pair.key = "aws:PrincipalType";
        pair.values.push_back(ConditionValue{type, ValueOrigin::String, {}});
        a.block.pairs.push_back(pair);
        a.lowerKey = "aws:principaltype";
        a.synthetic = true;
        m_oracle.add(std::move(a));
    }

    // Literal values of principal keys: accounts, ARNs, user names, services, stage labels.
    std::vector<std::string> arnLiterals, userNames, serviceNames;
    std::vector<const Atom *> arnAtoms, userAtoms, serviceAtoms;
    for (std::size_t i = 0; i < m_oracle.size(); ++i) {
        const Atom &a = m_oracle.atom(i);
        std::vector<std::string> values;
        for (const ConditionValue &v : a.block.pairs[0].values)
            values.push_back(v.text);
        if (a.lowerKey == "aws:principalaccount") {
            for (const std::string &v : values) {
                if (values::isAccountId(v))
                    m_namedAccounts.push_back(v);
            }
        } else if (a.lowerKey == "aws:principalarn") {
            arnAtoms.push_back(&a);
        } else if (a.lowerKey == "aws:username") {
            userAtoms.push_back(&a);
        } else if (a.lowerKey == "aws:principalservicename") {
            serviceAtoms.push_back(&a);
        } else if (a.lowerKey == "secretsmanager:versionstage") {
            for (const std::string &v : values) {
                if (v.find_first_of("*?$") == std::string::npos && !v.empty())
                    m_stageLabels.push_back(v);
            }
        }
    }
    for (const std::string &s : m_options.stages) {
        if (s != "none")
            m_stageLabels.push_back(s);
    }
    std::sort(m_stageLabels.begin(), m_stageLabels.end());
    m_stageLabels.erase(std::unique(m_stageLabels.begin(), m_stageLabels.end()),
                        m_stageLabels.end());
    Result<KeyValues> arns = representativeValues("aws:principalarn", arnAtoms, {}, m_options.limits);
    if (!arns)
        return arns.error();
    // ARN cells whose account field is not an account id stand for every account: they are
    // given each named account (and the fresh one) below; a digit prefix is padded.
    std::vector<std::string> anyAccountArns;
    for (const std::vector<std::string> &v : arns.value().values) {
        values::ArnFields f;
        if (!values::splitArn(v[0], f) || f.service() != "iam" || f.partition() != m_partition
            || f.prefix() != "arn" || v[0] == "arn:aws:iam::000000000000:role/w")
            continue;
        std::string account(f.account());
        const bool digits = !account.empty() && account.size() < 12
                            && account.find_first_not_of("0123456789") == std::string::npos;
        if (digits)
            account.resize(12, '0');
        const std::string arn = "arn:" + std::string(f.partition()) + ":iam::" + account + ":"
                                + std::string(f.resource());
        if (values::isAccountId(account)) {
            m_namedAccounts.push_back(account);
            arnLiterals.push_back(arn);
        } else {
            anyAccountArns.push_back(std::string(f.resource()));
        }
    }
    Result<KeyValues> users = representativeValues("aws:username", userAtoms, {"w"}, m_options.limits);
    if (!users)
        return users.error();
    for (const std::vector<std::string> &v : users.value().values) {
        if (!v[0].empty() && v[0].find_first_of("/:") == std::string::npos)
            userNames.push_back(v[0]);
    }
    Result<KeyValues> services = representativeValues("aws:principalservicename", serviceAtoms,
                                                      {"w.amazonaws.com"}, m_options.limits);
    if (!services)
        return services.error();
    for (const std::vector<std::string> &v : services.value().values) {
        if (!v[0].empty())
            serviceNames.push_back(v[0]);
    }

    m_namedAccounts.push_back(m_owner);
    std::sort(m_namedAccounts.begin(), m_namedAccounts.end());
    m_namedAccounts.erase(std::unique(m_namedAccounts.begin(), m_namedAccounts.end()),
                          m_namedAccounts.end());
    std::string fresh = "999999999999";
    while (std::binary_search(m_namedAccounts.begin(), m_namedAccounts.end(), fresh))
        fresh = std::to_string(std::stoll(fresh) - 1111);
    for (const std::string &resource : anyAccountArns) {
        std::vector<std::string> accounts = m_namedAccounts;
        accounts.push_back(fresh);
        for (const std::string &a : accounts)
            arnLiterals.push_back("arn:" + m_partition + ":iam::" + a + ":" + resource);
    }

    // Bases: the named principals (already), each named account's others, the unnamed
    // accounts, the other services.
    for (const std::string &account : m_namedAccounts) {
        Base root;
        root.kind = BaseKind::Root;
        root.account = account;
        root.who = "the root user of " + account;
        m_bases.push_back(root);
        Base b;
        b.kind = BaseKind::OtherInAccount;
        b.account = account;
        b.who = namedArnsOf(account).empty() ? "any principal of " + account
                                              : "any other principal of " + account;
        m_bases.push_back(b);
    }
    {
        Base root;
        root.kind = BaseKind::Root;
        root.who = "the root user of any account the policy does not name";
        m_bases.push_back(root);
        Base b;
        b.kind = BaseKind::UnnamedAccounts;
        b.who = "any other principal of an account the policy does not name";
        m_bases.push_back(b);
        Base s;
        s.kind = BaseKind::OtherServices;
        s.who = namedServices().empty() ? "any service" : "any other service";
        m_bases.push_back(s);
    }

    // Representatives.
    const std::string arnHead = "arn:" + m_partition + ":";
    std::vector<std::string> rolePaths{"w/"};
    {
        std::vector<std::string> texts = arnLiterals;
        for (const Atom *a : arnAtoms) {
            for (const ConditionValue &v : a->block.pairs[0].values)
                texts.push_back(v.text);
        }
        for (const std::string &t : texts) {
            const std::size_t role = t.find(":role/");
            if (role == std::string::npos)
                continue;
            const std::string rest = t.substr(role + 6);
            const std::size_t slash = rest.rfind('/');
            if (slash == std::string::npos)
                continue;
            std::string path = rest.substr(0, slash + 1);
            for (char &c : path) {
                if (c == '*' || c == '?')
                    c = 'w';
            }
            if (std::find(rolePaths.begin(), rolePaths.end(), path) == rolePaths.end())
                rolePaths.push_back(path);
        }
    }
    for (const Base &b : std::vector<Base>(m_bases)) {
        if (b.kind == BaseKind::NamedService) {
            addRep({RequestPrincipal::Form::Service, b.arn});
            continue;
        }
        if (b.kind != BaseKind::Named)
            continue;
        if (b.identity == eval::IdentityKind::Role) {
            addRep({RequestPrincipal::Form::Arn,
                    arnHead + "sts::" + b.account + ":assumed-role/" + b.name + "/w"},
                   {ContextEntry{"aws:PrincipalArn", ContextValue{false, {b.arn}}}});
            // A session's aws:PrincipalArn may carry any path of the role.
            for (const std::string &path : rolePaths) {
                addRep({RequestPrincipal::Form::Arn,
                        arnHead + "sts::" + b.account + ":assumed-role/" + b.name + "/w"},
                       {ContextEntry{"aws:PrincipalArn",
                                     ContextValue{false, {arnHead + "iam::" + b.account + ":role/"
                                                          + path + b.name}}}});
            }
            addRep({RequestPrincipal::Form::Arn,
                    arnHead + "sts::" + b.account + ":assumed-role/" + b.name + "/w"});
        } else {
            addRep({RequestPrincipal::Form::Arn, b.arn});
        }
        if (b.identity == eval::IdentityKind::Session) {
            const eval::Identity who = eval::classifyPrincipal({RequestPrincipal::Form::Arn, b.arn});
            addRep({RequestPrincipal::Form::Arn, arnHead + "sts::" + b.account + ":assumed-role/"
                                                     + std::string(who.name) + "/w-other"});
        }
    }
    std::vector<std::string> accounts = m_namedAccounts;
    accounts.push_back(fresh);
    for (const std::string &a : accounts) {
        addRep({RequestPrincipal::Form::Arn, arnHead + "iam::" + a + ":root"});
        for (const std::string &u : userNames)
            addRep({RequestPrincipal::Form::Arn, arnHead + "iam::" + a + ":user/" + u});
        addRep({RequestPrincipal::Form::Arn, arnHead + "sts::" + a + ":assumed-role/w/w"});
        addRep({RequestPrincipal::Form::Arn, arnHead + "sts::" + a + ":federated-user/w"});
    }
    for (const std::string &arn : arnLiterals) {
        const eval::Identity who = eval::classifyPrincipal({RequestPrincipal::Form::Arn, arn});
        if (who.kind == eval::IdentityKind::User || who.kind == eval::IdentityKind::FederatedUser
            || who.kind == eval::IdentityKind::Root) {
            addRep({RequestPrincipal::Form::Arn, arn});
        } else if (who.kind == eval::IdentityKind::Role && !who.name.empty()) {
            addRep({RequestPrincipal::Form::Arn, arnHead + "sts::" + std::string(who.account)
                                                     + ":assumed-role/" + std::string(who.name)
                                                     + "/w"},
                   {ContextEntry{"aws:PrincipalArn", ContextValue{false, {arn}}}});
        }
    }
    for (const std::string &s : serviceNames)
        addRep({RequestPrincipal::Form::Service, s});
    for (const Base &b : m_bases) {
        if (b.kind == BaseKind::NamedService)
            continue;
    }
    // Truth of every atom with its keys absent (stage merging).
    Request probe;
    probe.principal = {RequestPrincipal::Form::Arn, arnHead + "iam::" + m_owner + ":user/w"};
    probe.action = "secretsmanager:DescribeSecret";
    probe.resource = m_secret;
    std::vector<std::size_t> all(m_oracle.size());
    std::iota(all.begin(), all.end(), 0);
    m_oracle.evaluate(probe, all, m_absentTruth);
    return true;
}

Result<std::vector<std::vector<ContextEntry>>>
Analyser::keyOptions(const std::string &lowerKey, const std::vector<std::size_t> &atoms,
                     const std::vector<std::string> &extra, const Request &probe)
{
    std::string cacheKey = lowerKey;
    for (const std::string &e : extra)
        cacheKey += '\x1f' + e;
    auto cached = m_valueCache.find(cacheKey);
    if (cached == m_valueCache.end()) {
        std::vector<const Atom *> keyAtoms;
        for (std::size_t i = 0; i < m_oracle.size(); ++i) {
            const Atom &a = m_oracle.atom(i);
            if (a.lowerKey == lowerKey)
                keyAtoms.push_back(&a);
        }
        std::vector<std::string> more = extra;
        if (lowerKey == "secretsmanager:versionstage") {
            more.insert(more.end(), m_stageLabels.begin(), m_stageLabels.end());
        }
        cached = m_valueCache.emplace(cacheKey, representativeValues(lowerKey, keyAtoms, more,
                                                                     m_options.limits))
                     .first;
    }
    if (!cached->second)
        return cached->second.error();
    const KeyValues &kv = cached->second.value();
    std::vector<std::vector<ContextEntry>> out;
    out.push_back({}); // absent
    if (!kv.list) {
        for (const std::vector<std::string> &v : kv.values)
            out.push_back({ContextEntry{lowerKey, ContextValue{false, v}}});
        return out;
    }
    // Sets: element classes by the truth of the key's atoms on a one-element set.
    std::vector<std::string> classes;
    std::set<std::vector<char>> seen;
    for (const std::vector<std::string> &v : kv.values) {
        Request r = probe;
        r.context.push_back(ContextEntry{lowerKey, ContextValue{true, v}});
        std::vector<char> truth;
        m_oracle.evaluate(r, atoms, truth);
        if (seen.insert(truth).second)
            classes.push_back(v[0]);
    }
    if (classes.size() > 12)
        return Error{"condition key `" + lowerKey + "` has more than 12 kinds of elements"};
    for (std::size_t mask = 0; mask < (std::size_t(1) << classes.size()); ++mask) {
        ContextValue value{true, {}};
        for (std::size_t i = 0; i < classes.size(); ++i) {
            if (mask & (std::size_t(1) << i))
                value.values.push_back(classes[i]);
        }
        out.push_back({ContextEntry{lowerKey, value}});
    }
    return out;
}

// Whether the statement's principal part can hold for the representative.
bool principalMayHold(const Statement &s, const std::vector<eval::PrincipalPattern> &patterns,
                      const eval::Identity &who)
{
    if (!s.principal)
        return false;
    for (const eval::PrincipalPattern &p : patterns) {
        if (p.kind == eval::PrincipalPattern::Kind::UniqueId)
            return true; // depends on aws:userid
    }
    if (s.principal->negated)
        return eval::notPrincipalHolds(patterns, s.effect, who, std::nullopt);
    return eval::matchPrincipal(patterns, who, std::nullopt).has_value();
}

bool actionPartHolds(const Statement &s, std::string_view action)
{
    bool any = false;
    for (const Entry &e : s.action.entries) {
        if (values::globMatch(lower(e.text), lower(action))) {
            any = true;
            break;
        }
    }
    return s.action.negated ? !any : any;
}

Result<bool> Analyser::cell(std::size_t baseIndex, const std::vector<std::string> &actions,
                            bool comparing, std::vector<RawFinding> &out)
{
    const std::string &action = actions.front();
    const data::ActionInfo *info = data::findAction(action);
    // The atoms of the statements that can apply to a principal of the base for these actions.
    std::set<std::size_t> atomSet;
    std::vector<std::size_t> reps;
    for (std::size_t r = 0; r < m_reps.size(); ++r) {
        if (m_reps[r].base == baseIndex)
            reps.push_back(r);
    }
    if (reps.empty())
        return true;
    for (std::size_t r : reps) {
        const eval::Identity who = eval::classifyPrincipal(m_reps[r].principal);
        for (std::size_t p = 0; p < m_policies.size(); ++p) {
            for (std::size_t s = 0; s < m_policies[p]->statements.size(); ++s) {
                const Statement &st = m_policies[p]->statements[s];
                if (!m_actionParts.at(action)[p][s] || !principalMayHold(st, m_principals[p][s], who))
                    continue;
                atomSet.insert(m_statementAtoms[p][s].begin(), m_statementAtoms[p][s].end());
            }
        }
    }
    const Base &b = m_bases[baseIndex];
    if (b.kind == BaseKind::OtherInAccount || b.kind == BaseKind::UnnamedAccounts) {
        for (std::size_t i = 0; i < m_oracle.size(); ++i) {
            if (m_oracle.atom(i).synthetic)
                atomSet.insert(i);
        }
    }
    std::vector<std::size_t> atoms(atomSet.begin(), atomSet.end());

    // Free keys (condition keys a request may set for this action), grouped by variables.
    std::vector<std::string> freeKeys;
    for (std::size_t a : atoms) {
        const Atom &atom = m_oracle.atom(a);
        std::vector<std::string> keys{atom.lowerKey};
        keys.insert(keys.end(), atom.variableKeys.begin(), atom.variableKeys.end());
        for (const std::string &k : keys) {
            if (isFixedKey(k) || (info && !data::actionSuppliesKey(*info, k)))
                continue;
            if (std::find(freeKeys.begin(), freeKeys.end(), k) == freeKeys.end())
                freeKeys.push_back(k);
        }
    }
    std::sort(freeKeys.begin(), freeKeys.end());
    std::vector<std::size_t> group(freeKeys.size());
    std::iota(group.begin(), group.end(), 0);
    std::function<std::size_t(std::size_t)> find = [&](std::size_t i) {
        return group[i] == i ? i : group[i] = find(group[i]);
    };
    auto keyIndex = [&](const std::string &k) {
        return static_cast<std::size_t>(std::find(freeKeys.begin(), freeKeys.end(), k)
                                        - freeKeys.begin());
    };
    for (std::size_t a : atoms) {
        const Atom &atom = m_oracle.atom(a);
        const std::size_t k = keyIndex(atom.lowerKey);
        for (const std::string &v : atom.variableKeys) {
            const std::size_t j = keyIndex(v);
            if (k < freeKeys.size() && j < freeKeys.size())
                group[find(k)] = find(j);
        }
    }
    std::map<std::size_t, std::vector<std::size_t>> groups; // root -> key indexes
    for (std::size_t i = 0; i < freeKeys.size(); ++i)
        groups[find(i)].push_back(i);

    const bool stageSupplied = info && data::actionSuppliesKey(*info, "secretsmanager:VersionStage");
    const bool narrowStages = !m_options.stages.empty();
    const bool wantNone = std::find(m_options.stages.begin(), m_options.stages.end(), "none")
                          != m_options.stages.end();
    if (narrowStages && !stageSupplied && !wantNone)
        return true;

    std::vector<Point> points;
    for (std::size_t r : reps) {
        Request probe;
        probe.principal = m_reps[r].principal;
        probe.action = action;
        probe.resource = m_secret;
        probe.context = m_reps[r].fixedContext;
        // Values of fixed keys a variable refers to, for the keys that compare with them.
        std::vector<std::string> extra;
        {
            const eval::Identity who = eval::classifyPrincipal(probe.principal);
            eval::Context ctx;
            std::vector<std::string> warnings;
            values::ArnFields res;
            values::splitArn(m_secret, res);
            ctx.build(probe, who, info, &res, warnings);
            for (std::size_t a : atoms) {
                for (const std::string &v : m_oracle.atom(a).variableKeys) {
                    if (!isFixedKey(v) && !(v == "aws:userid"))
                        continue;
                    if (std::optional<std::string_view> value = ctx.singleValue(v))
                        extra.push_back(std::string(*value));
                }
            }
            std::sort(extra.begin(), extra.end());
            extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
        }
        // Options of each group: one context per distinct truth of the group's atoms.
        std::vector<std::vector<GroupOption>> groupOptions;
        std::vector<std::vector<std::size_t>> groupAtomsOf;
        for (const auto &[root, keys] : groups) {
            std::vector<std::size_t> groupAtoms;
            bool variables = false;
            for (std::size_t a : atoms) {
                const Atom &atom = m_oracle.atom(a);
                bool in = std::find(keys.begin(), keys.end(), keyIndex(atom.lowerKey)) != keys.end();
                for (const std::string &v : atom.variableKeys)
                    in = in || std::find(keys.begin(), keys.end(), keyIndex(v)) != keys.end();
                if (in) {
                    groupAtoms.push_back(a);
                    variables = variables || !atom.variableKeys.empty();
                }
            }
            groupAtomsOf.push_back(groupAtoms);
            // One key without variables: its options do not depend on the principal.
            std::string cacheKey;
            if (keys.size() == 1 && !variables) {
                cacheKey = freeKeys[keys[0]];
                for (std::size_t a : groupAtoms)
                    cacheKey += ',' + std::to_string(a);
                if (const auto hit = m_optionCache.find(cacheKey); hit != m_optionCache.end()) {
                    groupOptions.push_back(hit->second);
                    continue;
                }
            }
            std::vector<std::vector<ContextEntry>> joint{{}};
            for (std::size_t k : keys) {
                std::vector<std::string> keyExtra = variables ? extra : std::vector<std::string>{};
                if (keys.size() > 1) {
                    // Keys compared through variables: each may take the other's values.
                    for (std::size_t other : keys) {
                        if (other == k)
                            continue;
                        for (std::size_t i = 0; i < m_oracle.size(); ++i) {
                            if (m_oracle.atom(i).lowerKey == freeKeys[other]) {
                                for (const ConditionValue &v : m_oracle.atom(i).block.pairs[0].values) {
                                    if (v.text.find("${") == std::string::npos)
                                        keyExtra.push_back(v.text);
                                }
                            }
                        }
                    }
                }
                Result<std::vector<std::vector<ContextEntry>>> options
                    = keyOptions(freeKeys[k], groupAtoms, keyExtra, probe);
                if (!options)
                    return options.error();
                std::vector<std::vector<ContextEntry>> opts = options.value();
                if (freeKeys[k] == "secretsmanager:versionstage" && narrowStages) {
                    std::vector<std::vector<ContextEntry>> kept;
                    for (const std::vector<ContextEntry> &o : opts) {
                        const bool keep
                            = o.empty() ? wantNone
                                        : std::find(m_options.stages.begin(), m_options.stages.end(),
                                                    o[0].value.values.at(0))
                                              != m_options.stages.end();
                        if (keep)
                            kept.push_back(o);
                    }
                    opts = std::move(kept);
                }
                std::vector<std::vector<ContextEntry>> next;
                for (const std::vector<ContextEntry> &j : joint) {
                    for (const std::vector<ContextEntry> &o : opts) {
                        std::vector<ContextEntry> c = j;
                        c.insert(c.end(), o.begin(), o.end());
                        next.push_back(std::move(c));
                    }
                }
                if (next.size() > m_options.limits.maxRegionsPerCell)
                    return Error{"the conditions on `" + freeKeys[k]
                                 + "` and the keys it is compared with have more than "
                                 + std::to_string(m_options.limits.maxRegionsPerCell)
                                 + " combinations"};
                joint = std::move(next);
            }
            // Keep one context per distinct truth of the group's atoms.
            std::vector<GroupOption> distinct;
            std::set<std::vector<char>> seen;
            for (const std::vector<ContextEntry> &c : joint) {
                Request candidate = probe;
                candidate.context.insert(candidate.context.end(), c.begin(), c.end());
                std::vector<char> truth;
                m_oracle.evaluate(candidate, groupAtoms, truth);
                if (seen.insert(truth).second)
                    distinct.push_back({c, truth});
            }
            if (!cacheKey.empty())
                m_optionCache.emplace(cacheKey, distinct);
            groupOptions.push_back(std::move(distinct));
        }
        // Where each atom's truth comes from: a group's option, or the principal alone.
        std::vector<std::pair<std::size_t, std::size_t>> source(atoms.size(), {SIZE_MAX, 0});
        std::vector<std::size_t> fixedAtoms;
        std::vector<std::size_t> fixedSlots;
        for (std::size_t i = 0; i < atoms.size(); ++i) {
            for (std::size_t g = 0; g < groupAtomsOf.size(); ++g) {
                const auto at = std::find(groupAtomsOf[g].begin(), groupAtomsOf[g].end(), atoms[i]);
                if (at != groupAtomsOf[g].end())
                    source[i] = {g, static_cast<std::size_t>(at - groupAtomsOf[g].begin())};
            }
            if (source[i].first == SIZE_MAX) {
                fixedAtoms.push_back(atoms[i]);
                fixedSlots.push_back(i);
            }
        }
        std::vector<char> fixedTruth;
        m_oracle.evaluate(probe, fixedAtoms, fixedTruth);
        // The product of the groups' options.
        std::size_t count = 1;
        for (const auto &o : groupOptions) {
            count *= std::max<std::size_t>(o.size(), 1);
            if (count > m_options.limits.maxRegionsPerCell)
                return Error{"one principal and action have more than "
                             + std::to_string(m_options.limits.maxRegionsPerCell)
                             + " regions of condition values"};
        }
        if (groupOptions.empty() || std::any_of(groupOptions.begin(), groupOptions.end(),
                                                [](const auto &o) { return o.empty(); }))
            count = groupOptions.empty() ? 1 : 0;
        m_regions += count;
        if (m_regions > m_options.limits.maxRegions)
            return Error{"the policy has more than " + std::to_string(m_options.limits.maxRegions)
                         + " regions to analyse"};
        std::vector<std::size_t> digit(groupOptions.size(), 0);
        for (std::size_t n = 0; n < count; ++n) {
            Point pt;
            pt.rep = r;
            pt.request = probe;
            pt.truth.assign(atoms.size(), 0);
            for (std::size_t g = 0; g < groupOptions.size(); ++g) {
                const std::vector<ContextEntry> &c = groupOptions[g][digit[g]].context;
                pt.request.context.insert(pt.request.context.end(), c.begin(), c.end());
            }
            for (std::size_t i = 0; i < atoms.size(); ++i) {
                if (source[i].first != SIZE_MAX)
                    pt.truth[i] = groupOptions[source[i].first][digit[source[i].first]].truth[source[i].second];
            }
            for (std::size_t f = 0; f < fixedSlots.size(); ++f)
                pt.truth[fixedSlots[f]] = fixedTruth[f];
            for (std::size_t g = groupOptions.size(); g-- > 0;) {
                if (++digit[g] < groupOptions[g].size())
                    break;
                digit[g] = 0;
            }
            const EvaluateOptions fast{false, false, nullptr, nullptr};
            const Decision d0 = evaluate(m_compiled[0], pt.request, fast);
            pt.matchedOld = d0.matched;
            if (comparing) {
                const Decision d1 = evaluate(m_compiled[1], pt.request, fast);
                pt.matchedNew = d1.matched;
                pt.label = static_cast<int>(accessOf(d0)) * 3 + static_cast<int>(accessOf(d1));
            } else {
                const Access a = accessOf(d0);
                pt.label = d0.effectiveDecision == Outcome::ExplicitlyDenied ? 3
                                                                              : static_cast<int>(a);
            }
            points.push_back(std::move(pt));
        }
    }

    // Fold the regions into cubes, label by label.
    auto listed = [&](int label) {
        if (comparing)
            return label / 3 != label % 3;
        return label != 0;
    };
    const std::size_t n = points.size();
    std::vector<char> covered(n, 0);
    for (std::size_t start = 0; start < n; ++start) {
        if (covered[start] || !listed(points[start].label))
            continue;
        const int label = points[start].label;
        // Drop literals while the cube stays pure, synthetic atoms first; once with the
        // positive literals first and once with the negated ones first, keeping the shorter.
        auto grow = [&](bool positiveFirst, std::vector<int> &mismatches) {
            std::vector<signed char> literal(atoms.size());
            for (std::size_t i = 0; i < atoms.size(); ++i)
                literal[i] = points[start].truth[i];
            mismatches.assign(n, 0);
            for (std::size_t p = 0; p < n; ++p) {
                for (std::size_t i = 0; i < atoms.size(); ++i)
                    mismatches[p] += points[p].truth[i] != literal[i];
            }
            std::vector<std::size_t> order(atoms.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
                const bool sx = m_oracle.atom(atoms[x]).synthetic;
                const bool sy = m_oracle.atom(atoms[y]).synthetic;
                if (sx != sy)
                    return sx;
                return positiveFirst ? literal[x] > literal[y] : literal[x] < literal[y];
            });
            for (std::size_t i : order) {
                bool pure = true;
                for (std::size_t p = 0; p < n && pure; ++p) {
                    if (mismatches[p] == 1 && points[p].truth[i] != literal[i]
                        && points[p].label != label)
                        pure = false;
                }
                if (!pure)
                    continue;
                for (std::size_t p = 0; p < n; ++p) {
                    if (points[p].truth[i] != literal[i])
                        --mismatches[p];
                }
                literal[i] = -1;
            }
            return literal;
        };
        auto size = [](const std::vector<signed char> &literal) {
            return std::count_if(literal.begin(), literal.end(), [](signed char c) { return c >= 0; });
        };
        std::vector<int> mismatches, otherMismatches;
        Cube cube;
        cube.literal = grow(true, mismatches);
        std::vector<signed char> other = grow(false, otherMismatches);
        if (size(other) < size(cube.literal)) {
            cube.literal = std::move(other);
            mismatches = std::move(otherMismatches);
        }
        RawFinding f;
        f.base = baseIndex;
        f.label = label;
        f.actions = actions;
        f.witness = points[start].request;
        f.suppliesStage = stageSupplied;
        for (std::size_t i = 0; i < atoms.size(); ++i) {
            if (cube.literal[i] >= 0)
                f.literals.emplace_back(atoms[i], cube.literal[i] == 1);
        }
        for (std::size_t p = 0; p < n; ++p) {
            if (mismatches[p] != 0)
                continue;
            covered[p] = 1;
            for (const MatchedStatement &m : points[p].matchedOld)
                f.oldStatements.insert(m.index);
            for (const MatchedStatement &m : comparing ? points[p].matchedNew : points[p].matchedOld)
                f.statements.insert(m.index);
        }
        out.push_back(std::move(f));
        if (out.size() > m_options.limits.maxFindings)
            return Error{"the answer has more than " + std::to_string(m_options.limits.maxFindings)
                         + " findings"};
    }
    return true;
}

Result<std::vector<RawFinding>> Analyser::run(bool comparing)
{
    Result<bool> ready = prepare();
    if (!ready)
        return ready.error();
    // Actions, grouped by which statements' Action parts they satisfy and the keys they supply.
    std::vector<std::string> actions = decidedActions();
    if (!m_options.actions.empty()) {
        std::vector<std::string> kept;
        for (const std::string &a : actions) {
            for (const std::string &wanted : m_options.actions) {
                if (values::equalsAsciiIgnoreCase(a, wanted)
                    || values::equalsAsciiIgnoreCase(a, "secretsmanager:" + wanted))
                    kept.push_back(a);
            }
        }
        actions = kept;
    }
    std::map<std::string, std::vector<std::string>> groups;
    std::vector<std::string> groupOrder;
    for (const std::string &a : actions) {
        std::string key;
        std::vector<std::vector<char>> &parts = m_actionParts[a];
        for (const Policy *p : m_policies) {
            parts.emplace_back();
            for (const Statement &s : p->statements) {
                parts.back().push_back(actionPartHolds(s, a) ? 1 : 0);
                key.push_back(parts.back().back() ? '1' : '0');
            }
        }
        const data::ActionInfo *info = data::findAction(a);
        for (std::size_t i = 0; i < m_oracle.size(); ++i) {
            const std::string &k = m_oracle.atom(i).lowerKey;
            key.push_back(info && data::actionSuppliesKey(*info, k) ? '1' : '0');
        }
        if (!groups.count(key))
            groupOrder.push_back(key);
        groups[key].push_back(a);
    }
    std::vector<RawFinding> out;
    for (std::size_t b = 0; b < m_bases.size(); ++b) {
        for (const std::string &g : groupOrder) {
            Result<bool> r = cell(b, groups[g], comparing, out);
            if (!r)
                return r.error();
        }
    }
    // Merge findings that differ only in actions, then only in stage values.
    std::vector<RawFinding> merged;
    for (RawFinding &f : out) {
        bool done = false;
        for (RawFinding &m : merged) {
            if (m.base == f.base && m.label == f.label && m.literals == f.literals) {
                m.actions.insert(m.actions.end(), f.actions.begin(), f.actions.end());
                m.statements.insert(f.statements.begin(), f.statements.end());
                m.oldStatements.insert(f.oldStatements.begin(), f.oldStatements.end());
                m.suppliesStage = m.suppliesStage || f.suppliesStage;
                done = true;
                break;
            }
        }
        if (!done)
            merged.push_back(std::move(f));
    }
    auto isStage = [&](std::size_t atom) {
        return m_oracle.atom(atom).lowerKey == "secretsmanager:versionstage";
    };
    for (std::size_t i = 0; i < merged.size(); ++i) {
        RawFinding &f = merged[i];
        if (f.suppliesStage || f.actions.empty())
            continue;
        for (RawFinding &m : merged) {
            if (&m == &f || !m.suppliesStage || m.base != f.base || m.label != f.label)
                continue;
            std::vector<std::pair<std::size_t, bool>> rest;
            bool holdsAbsent = true;
            for (const auto &lit : m.literals) {
                if (isStage(lit.first))
                    holdsAbsent = holdsAbsent && absentTruth(lit.first) == lit.second;
                else
                    rest.push_back(lit);
            }
            if (!holdsAbsent || rest != f.literals)
                continue;
            m.actions.insert(m.actions.end(), f.actions.begin(), f.actions.end());
            m.statements.insert(f.statements.begin(), f.statements.end());
            m.oldStatements.insert(f.oldStatements.begin(), f.oldStatements.end());
            f.actions.clear();
            break;
        }
    }
    std::vector<RawFinding> result;
    for (RawFinding &f : merged) {
        if (!f.actions.empty())
            result.push_back(std::move(f));
    }
    return result;
}

// ---- from raw findings to findings ------------------------------------------------------------

// Negated operators and ForAllValues AND their values, so two pairs of one of them on one key
// are one pair with both value lists.
bool valuesAnd(const std::string &op)
{
    const std::optional<ParsedOperator> parsed = parseOperatorName(op);
    if (!parsed)
        return false;
    if (parsed->qualifier == Qualifier::ForAllValues)
        return isNegated(parsed->op);
    return parsed->qualifier == Qualifier::None && isNegated(parsed->op);
}

void addAtom(std::vector<ConditionAtom> &atoms, const ConditionAtom &a)
{
    for (ConditionAtom &existing : atoms) {
        if (existing == a)
            return;
        if (existing.op == a.op && values::equalsAsciiIgnoreCase(existing.key, a.key)
            && valuesAnd(a.op)) {
            for (const std::string &v : a.values) {
                if (std::find(existing.values.begin(), existing.values.end(), v)
                    == existing.values.end())
                    existing.values.push_back(v);
            }
            return;
        }
    }
    atoms.push_back(a);
}

std::string awsPrincipal(const std::string &value)
{
    return "{\"AWS\":" + json::quote(value) + "}";
}

bool pins(const ConditionAtom &a)
{
    static const char *const keys[] = {"aws:sourcearn", "aws:sourcevpc", "aws:sourcevpce",
                                       "aws:sourceaccount", "aws:sourceowner"};
    const std::string key = values::toLowerAscii(a.key);
    if (std::find(std::begin(keys), std::end(keys), key) == std::end(keys))
        return false;
    if (a.op != "StringEquals" && a.op != "StringEqualsIgnoreCase" && a.op != "ArnEquals"
        && a.op != "ArnLike" && a.op != "StringLike" && a.op != "ForAnyValue:StringEquals")
        return false;
    for (const std::string &v : a.values) {
        if (v.find_first_of("*?") != std::string::npos || v.find("${") != std::string::npos)
            return false;
    }
    return !a.values.empty();
}

bool namesOrganization(const ConditionAtom &a)
{
    const std::string key = values::toLowerAscii(a.key);
    if (key != "aws:principalorgid" && key != "aws:principalorgpaths")
        return false;
    const std::optional<ParsedOperator> parsed = parseOperatorName(a.op);
    return parsed && !isNegated(parsed->op) && parsed->op != Operator::Null && !parsed->ifExists
           && parsed->qualifier != Qualifier::ForAllValues;
}

std::string actionWords(const std::vector<std::string> &actions)
{
    if (actions.size() == decidedActions().size())
        return "do everything to the secret";
    std::string out;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        if (i > 0)
            out += i + 1 == actions.size() ? " and " : ", ";
        out += actions[i].substr(actions[i].find(':') + 1);
    }
    return "call " + out;
}

std::string capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

Finding makeFinding(const Analyser &an, const RawFinding &raw, bool comparing)
{
    const Base &b = an.base(raw.base);
    Finding f;
    const int toLabel = comparing ? raw.label % 3 : raw.label;
    f.effect = (!comparing && toLabel == 3) ? Effect::Deny : Effect::Allow;
    f.access = toLabel == 3 ? Access::Denied : static_cast<Access>(toLabel);
    f.from = comparing ? static_cast<Access>(raw.label / 3) : f.access;
    f.actions = raw.actions;
    std::sort(f.actions.begin(), f.actions.end());
    f.actions.erase(std::unique(f.actions.begin(), f.actions.end()), f.actions.end());
    f.witness = raw.witness;
    f.witness.action = f.actions.front();
    f.who = b.who;
    f.statements.assign(raw.statements.begin(), raw.statements.end());
    f.oldStatements.assign(raw.oldStatements.begin(), raw.oldStatements.end());
    if (!comparing)
        f.oldStatements.clear();

    // The principal element, and the conditions that narrow it to the base.
    std::vector<ConditionAtom> narrowing;
    const std::string &owner = an.owner();
    const std::string head = "arn:" + an.partition() + ":iam::";
    auto principalArnOf = [&](const Base &nb, std::vector<std::string> &values) {
        if (nb.identity == eval::IdentityKind::Role || nb.identity == eval::IdentityKind::Session) {
            std::string role = nb.name;
            if (nb.identity == eval::IdentityKind::Session) {
                const eval::Identity who = eval::classifyPrincipal({RequestPrincipal::Form::Arn, nb.arn});
                role = std::string(who.name);
            }
            values.push_back(head + nb.account + ":role/" + role);
            values.push_back(head + nb.account + ":role/*/" + role);
        } else {
            values.push_back(nb.arn);
        }
    };
    switch (b.kind) {
    case BaseKind::Named:
        if (b.account == owner && f.effect == Effect::Allow && f.access == Access::NeedsIdentity) {
            f.principal = awsPrincipal(owner);
            ConditionAtom a{"ArnLike", "aws:PrincipalArn", {}};
            principalArnOf(b, a.values);
            narrowing.push_back(a);
        } else {
            f.principal = awsPrincipal(b.arn);
        }
        break;
    case BaseKind::NamedService:
        f.principal = "{\"Service\":" + json::quote(b.arn) + "}";
        break;
    case BaseKind::Root:
        if (b.account.empty()) {
            f.principal = "\"*\"";
            ConditionAtom a{"StringNotEquals", "aws:PrincipalAccount", an.namedAccounts()};
            a.values.push_back("anonymous");
            narrowing.push_back(a);
            narrowing.push_back({"Null", "aws:PrincipalAccount", {"false"}});
        } else {
            f.principal = awsPrincipal(b.account);
        }
        narrowing.push_back({"StringEquals", "aws:PrincipalType", {"Account"}});
        break;
    case BaseKind::OtherInAccount: {
        if (b.account == owner && f.effect == Effect::Allow && f.access == Access::Allowed) {
            f.principal = "\"*\"";
            narrowing.push_back({"StringEquals", "aws:PrincipalAccount", {b.account}});
        } else {
            f.principal = awsPrincipal(b.account);
        }
        narrowing.push_back({"StringNotEquals", "aws:PrincipalType", {"Account"}});
        ConditionAtom exclude{"ArnNotLike", "aws:PrincipalArn", {}};
        for (std::size_t i = 0;; ++i) {
            const std::vector<std::string> arns = an.namedArnsOf(b.account);
            if (i >= arns.size())
                break;
            const eval::Identity who = eval::classifyPrincipal({RequestPrincipal::Form::Arn, arns[i]});
            Base nb;
            nb.identity = who.kind;
            nb.arn = arns[i];
            nb.account = b.account;
            nb.name = std::string(who.name);
            principalArnOf(nb, exclude.values);
        }
        if (!exclude.values.empty())
            narrowing.push_back(exclude);
        break;
    }
    case BaseKind::UnnamedAccounts: {
        f.principal = "\"*\"";
        ConditionAtom a{"StringNotEquals", "aws:PrincipalAccount", an.namedAccounts()};
        a.values.push_back("anonymous");
        narrowing.push_back(a);
        narrowing.push_back({"Null", "aws:PrincipalAccount", {"false"}});
        narrowing.push_back({"StringNotEquals", "aws:PrincipalType", {"Account"}});
        break;
    }
    case BaseKind::OtherServices: {
        f.principal = "\"*\"";
        narrowing.push_back({"Bool", "aws:PrincipalIsAWSService", {"true"}});
        const std::vector<std::string> named = an.namedServices();
        if (!named.empty())
            narrowing.push_back({"StringNotEquals", "aws:PrincipalServiceName", named});
        break;
    }
    }
    for (const ConditionAtom &a : narrowing)
        addAtom(f.condition, a);
    f.narrowing = f.condition.size();
    for (const auto &[atom, holds] : raw.literals) {
        const ConditionBlock &block = an.oracle().atom(atom).block;
        if (holds) {
            addAtom(f.condition, atomOf(block));
        } else {
            for (const ConditionAtom &a : negateAtom(block))
                addAtom(f.condition, a);
        }
    }

    // Stages.
    f.stages.noStage = !raw.suppliesStage;
    if (raw.suppliesStage) {
        std::vector<std::size_t> stageAtoms;
        std::vector<bool> wanted;
        for (const auto &[atom, holds] : raw.literals) {
            if (an.oracle().atom(atom).lowerKey == "secretsmanager:versionstage") {
                stageAtoms.push_back(atom);
                wanted.push_back(holds);
            }
        }
        auto admits = [&](const std::optional<std::string> &label) {
            Request r = raw.witness;
            r.action = "secretsmanager:GetSecretValue";
            std::erase_if(r.context, [](const ContextEntry &e) {
                return values::equalsAsciiIgnoreCase(e.key, "secretsmanager:VersionStage");
            });
            if (label)
                r.context.push_back({"secretsmanager:VersionStage", ContextValue{false, {*label}}});
            std::vector<char> truth;
            an.oracle().evaluate(r, stageAtoms, truth);
            for (std::size_t i = 0; i < truth.size(); ++i) {
                if ((truth[i] != 0) != wanted[i])
                    return false;
            }
            return true;
        };
        for (const std::string &label : an.stageLabels()) {
            if (admits(label))
                f.stages.named.push_back(label);
        }
        f.stages.otherLabels = admits(std::string("x-label-the-policy-does-not-name"));
        const bool mixed = std::any_of(f.actions.begin(), f.actions.end(), [](const std::string &a) {
            const data::ActionInfo *info = data::findAction(a);
            return !info || !data::actionSuppliesKey(*info, "secretsmanager:VersionStage");
        });
        f.stages.noStage = mixed || admits(std::nullopt);
    }

    // Reach.
    const bool org = std::any_of(f.condition.begin(), f.condition.end(), namesOrganization);
    const bool pinned = std::any_of(f.condition.begin(), f.condition.end(), pins);
    switch (b.kind) {
    case BaseKind::Root:
        if (b.account.empty()) {
            f.reach = org ? Reach::Organization : (pinned ? Reach::OtherAccounts : Reach::Public);
            break;
        }
        [[fallthrough]];
    case BaseKind::Named:
    case BaseKind::OtherInAccount:
        f.reach = b.account == owner ? Reach::SameAccount
                                     : (org ? Reach::Organization : Reach::OtherAccounts);
        break;
    case BaseKind::UnnamedAccounts:
        f.reach = org ? Reach::Organization : (pinned ? Reach::OtherAccounts : Reach::Public);
        break;
    case BaseKind::NamedService:
    case BaseKind::OtherServices:
        f.reach = Reach::Service;
        break;
    }

    // The sentence.
    const std::string when = conditionWords(
        std::vector<ConditionAtom>(f.condition.begin() + static_cast<std::ptrdiff_t>(f.narrowing),
                                   f.condition.end()));
    const std::string what = actionWords(f.actions) + (when.empty() ? "" : " when " + when);
    if (comparing) {
        f.summary = capitalised(f.who) + ": " + what + " was " + accessName(f.from) + ", is now "
                    + accessName(f.access) + ".";
    } else if (f.effect == Effect::Deny) {
        f.summary = capitalised(f.who) + " may not " + what + ": an explicit Deny.";
    } else if (f.access == Access::Allowed) {
        f.summary = capitalised(f.who) + " may " + what + "; the secret policy alone is enough.";
    } else {
        f.summary = capitalised(f.who) + " may " + what + " if its identity policies allow.";
    }
    return f;
}

int reachRank(Reach r)
{
    return static_cast<int>(r);
}

int accessRank(const Finding &f)
{
    if (f.effect == Effect::Deny)
        return 2;
    return f.access == Access::Allowed ? 0 : 1;
}

std::size_t actionRank(const std::string &action)
{
    static const std::vector<std::string> order = decidedActions();
    return static_cast<std::size_t>(std::find(order.begin(), order.end(), action) - order.begin());
}

std::size_t firstActionRank(const Finding &f)
{
    std::size_t best = 1000;
    for (const std::string &a : f.actions)
        best = std::min(best, actionRank(a));
    return best;
}

} // namespace

Result<Analysis> analyse(const Policy &policy, const std::string &secretArn, const Options &options)
{
    Analyser an({&policy}, secretArn, options);
    Result<std::vector<RawFinding>> raw = an.run(false);
    if (!raw)
        return raw.error();
    Analysis out;
    out.secret = secretArn;
    out.version = policy.version;
    for (const RawFinding &r : raw.value())
        out.findings.push_back(makeFinding(an, r, false));
    std::stable_sort(out.findings.begin(), out.findings.end(), [](const Finding &x, const Finding &y) {
        if (accessRank(x) != accessRank(y))
            return accessRank(x) < accessRank(y);
        if (x.reach != y.reach)
            return reachRank(x.reach) < reachRank(y.reach);
        if (x.principal != y.principal)
            return x.principal < y.principal;
        return firstActionRank(x) < firstActionRank(y);
    });
    out.stageLabels = an.stageLabels();
    out.notDecided = {"secretsmanager:BatchGetSecretValue", "secretsmanager:GetRandomPassword",
                      "secretsmanager:ListSecrets"};
    return out;
}

Result<Comparison> compare(const Policy &before, const Policy &after, const std::string &secretArn,
                           const Options &options)
{
    Analyser an({&before, &after}, secretArn, options);
    Result<std::vector<RawFinding>> raw = an.run(true);
    if (!raw)
        return raw.error();
    Comparison out;
    out.secret = secretArn;
    bool granted = false, revoked = false;
    for (const RawFinding &r : raw.value()) {
        Finding f = makeFinding(an, r, true);
        granted = granted || f.access > f.from;
        revoked = revoked || f.access < f.from;
        out.differences.push_back(std::move(f));
    }
    out.verdict = granted ? (revoked ? Verdict::Incomparable : Verdict::MorePermissive)
                          : (revoked ? Verdict::LessPermissive : Verdict::Equivalent);
    auto rank = [](const Finding &f) {
        return f.reach == Reach::Public ? 0 : (f.reach == Reach::OtherAccounts ? 1 : 2);
    };
    std::stable_sort(out.differences.begin(), out.differences.end(),
                     [&](const Finding &x, const Finding &y) {
                         if (rank(x) != rank(y))
                             return rank(x) < rank(y);
                         if (x.principal != y.principal)
                             return x.principal < y.principal;
                         return firstActionRank(x) < firstActionRank(y);
                     });
    return out;
}

} // namespace engine::analysis
