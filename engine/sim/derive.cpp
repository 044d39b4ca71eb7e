// Deriving the matrix's rows and columns from a policy (issue 5, evaluation.md §2.3).
#include "sim/derive.h"

#include "data/secretsmanager.h"
#include "values/arn.h"
#include "values/casefold.h"
#include "values/text.h"
#include "json/reader.h"
#include "policy/policyreader.h"
#include "sim/simjson.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace engine::sim {

namespace {

constexpr std::string_view exampleName = "example";
constexpr std::string_view sessionName = "session";
// Accounts for "a principal in another account"; the first the policy does not name is used.
constexpr std::array<std::string_view, 4> unrelatedAccounts = {
    "111122223333", "777788889999", "999988887777", "210987654321"};

bool hasWildcardOrVariable(std::string_view text)
{
    return text.find_first_of("*?") != std::string_view::npos
           || text.find("${") != std::string_view::npos;
}

std::string accountUser(std::string_view partition, std::string_view account)
{
    return "arn:" + std::string(partition) + ":iam::" + std::string(account) + ":user/"
           + std::string(exampleName);
}

// Collects rows without duplicates (same principal form and text), remembering accounts.
class PrincipalCollector
{
public:
    explicit PrincipalCollector(std::string_view secretArn) : m_owner(secretOwner(secretArn)) {}

    void add(RequestPrincipal principal, std::string label, PrincipalOrigin origin)
    {
        const bool known = std::any_of(m_rows.begin(), m_rows.end(), [&](const SimPrincipal &p) {
            return p.principal == principal;
        });
        if (known)
            return;
        SimPrincipal row;
        row.reach = reachOf(principal, m_owner.account);
        row.principal = std::move(principal);
        row.label = std::move(label);
        row.origin = origin;
        if (origin == PrincipalOrigin::OtherAccount)
            row.reach = Reach::Public; // stands for "anyone outside", as "*" reaches it
        m_rows.push_back(std::move(row));
    }

    void addArn(std::string_view arn, PrincipalOrigin origin)
    {
        if (hasWildcardOrVariable(arn))
            return;
        values::ArnFields f;
        if (!values::splitArn(arn, f) || f.prefix() != "arn")
            return;
        if (values::isAccountId(f.account()))
            noteAccount(f.account());
        const std::string_view resource = f.resource();
        if (f.service() == "iam" && resource == "root") {
            addAccount(f.partition(), f.account());
            return;
        }
        add({RequestPrincipal::Form::Arn, std::string(arn)}, std::string(arn), origin);
        if (f.service() == "iam" && resource.substr(0, 5) == "role/") {
            // Sessions carry the role's name without its path (§2.3.1).
            const std::string_view name = resource.substr(resource.rfind('/') + 1);
            std::string session = "arn:" + std::string(f.partition()) + ":sts::"
                                  + std::string(f.account()) + ":assumed-role/"
                                  + std::string(name) + "/" + std::string(sessionName);
            add({RequestPrincipal::Form::Arn, session}, session, PrincipalOrigin::RoleSession);
        }
    }

    void addAccount(std::string_view partition, std::string_view account)
    {
        noteAccount(account);
        // The owner account's row comes later, with its own label.
        if (account == m_owner.account || !values::isAccountId(account))
            return;
        m_accounts.emplace_back(partition, account);
    }

    void noteAccount(std::string_view account) { m_named.emplace_back(account); }

    std::vector<SimPrincipal> finish(const std::vector<RequestPrincipal> &services)
    {
        for (const auto &[partition, account] : m_accounts) {
            const std::string user = accountUser(partition, account);
            add({RequestPrincipal::Form::Arn, user}, "a principal in account " + account,
                PrincipalOrigin::Account);
        }
        for (const RequestPrincipal &service : services)
            add(service, service.text, PrincipalOrigin::Named);
        if (!m_owner.account.empty()) {
            add({RequestPrincipal::Form::Arn, accountUser(m_owner.partition, m_owner.account)},
                "another principal in the secret's account", PrincipalOrigin::OwnerAccount);
        }
        for (const std::string_view candidate : unrelatedAccounts) {
            if (candidate == m_owner.account
                || std::find(m_named.begin(), m_named.end(), candidate) != m_named.end())
                continue;
            add({RequestPrincipal::Form::Arn, accountUser(m_owner.partition, candidate)},
                "a principal in another account", PrincipalOrigin::OtherAccount);
            break;
        }
        add({RequestPrincipal::Form::Anonymous, ""}, "anonymous", PrincipalOrigin::Anonymous);
        return std::move(m_rows);
    }

private:
    SecretOwner m_owner;
    std::vector<SimPrincipal> m_rows;
    std::vector<std::pair<std::string, std::string>> m_accounts; // partition, account
    std::vector<std::string> m_named;                             // every account named
};

void collectEntries(const PrincipalPart &part, PrincipalCollector &rows,
                    std::vector<RequestPrincipal> &services, std::string_view partition)
{
    for (const PrincipalEntry &entry : part.entries) {
        switch (entry.type) {
        case PrincipalType::AWS:
            if (values::isAccountId(entry.text))
                rows.addAccount(partition, entry.text);
            else
                rows.addArn(entry.text, PrincipalOrigin::Named);
            break;
        case PrincipalType::Service:
            services.push_back({RequestPrincipal::Form::Service, entry.text});
            break;
        case PrincipalType::Federated:
            rows.add({RequestPrincipal::Form::Federated, entry.text}, entry.text,
                     PrincipalOrigin::Named);
            break;
        case PrincipalType::CanonicalUser:
            rows.add({RequestPrincipal::Form::CanonicalUser, entry.text}, entry.text,
                     PrincipalOrigin::Named);
            break;
        }
    }
}

// Principals that conditions name: "Principal": "*" with an aws:PrincipalArn condition is the
// recommended way to name a family of principals.
void collectConditions(const Statement &statement, PrincipalCollector &rows,
                       std::vector<RequestPrincipal> &services, std::string_view partition)
{
    for (const ConditionBlock &block : statement.conditions()) {
        if (block.op == Operator::Null)
            continue;
        for (const ConditionPair &pair : block.pairs) {
            for (const ConditionValue &value : pair.values) {
                if (values::equalsFoldingCase(pair.key, "aws:PrincipalArn")) {
                    rows.addArn(value.text, PrincipalOrigin::Condition);
                } else if (values::equalsFoldingCase(pair.key, "aws:PrincipalAccount")) {
                    rows.addAccount(partition, value.text);
                } else if (values::equalsFoldingCase(pair.key, "aws:PrincipalServiceName")
                           && !hasWildcardOrVariable(value.text)) {
                    services.push_back({RequestPrincipal::Form::Service, value.text});
                }
            }
        }
    }
}

bool isVersionStageKey(std::string_view key)
{
    return values::equalsFoldingCase(key, versionStageKey);
}

} // namespace

SecretOwner secretOwner(std::string_view secretArn)
{
    SecretOwner owner;
    values::ArnFields f;
    if (values::splitArn(secretArn, f)) {
        if (!f.partition().empty())
            owner.partition = std::string(f.partition());
        owner.account = std::string(f.account());
    }
    return owner;
}

std::vector<SimPrincipal> derivePrincipals(const Policy &policy, std::string_view secretArn)
{
    const SecretOwner owner = secretOwner(secretArn);
    PrincipalCollector rows(secretArn);
    std::vector<RequestPrincipal> services;
    for (const Statement &statement : policy.statements) {
        if (statement.principal)
            collectEntries(*statement.principal, rows, services, owner.partition);
    }
    for (const Statement &statement : policy.statements)
        collectConditions(statement, rows, services, owner.partition);
    return rows.finish(services);
}

std::vector<SimStage> deriveStages(const Policy &policy)
{
    std::vector<SimStage> stages;
    stages.push_back({});
    for (const std::string_view stage : data::awsStages())
        stages.push_back({std::string(stage)});
    for (const Statement &statement : policy.statements) {
        for (const ConditionBlock &block : statement.conditions()) {
            if (block.op == Operator::Null)
                continue;
            const bool like = valueTypeOf(block.op) == values::ValueType::String
                              && operatorInfo(block.op).comparison == ValueComparison::Like;
            for (const ConditionPair &pair : block.pairs) {
                if (!isVersionStageKey(pair.key))
                    continue;
                for (const ConditionValue &value : pair.values) {
                    if (value.text.find("${") != std::string::npos)
                        continue;
                    if (like && value.text.find_first_of("*?") != std::string::npos)
                        continue;
                    SimStage stage{value.text};
                    if (std::find(stages.begin(), stages.end(), stage) == stages.end())
                        stages.push_back(std::move(stage));
                }
            }
        }
    }
    return stages;
}

MatrixSetup deriveSetup(const Policy &policy, std::string_view secretArn,
                        std::vector<std::string> actions)
{
    MatrixSetup setup;
    setup.secretArn = std::string(secretArn);
    setup.principals = derivePrincipals(policy, secretArn);
    setup.stages = deriveStages(policy);
    setup.actions = std::move(actions);
    return setup;
}

void mergePrincipals(std::vector<SimPrincipal> &into, const std::vector<SimPrincipal> &other)
{
    for (const SimPrincipal &p : other) {
        const bool known = std::any_of(into.begin(), into.end(), [&](const SimPrincipal &q) {
            return q.principal == p.principal;
        });
        if (!known)
            into.push_back(p);
    }
}

void mergeStages(std::vector<SimStage> &into, const std::vector<SimStage> &other)
{
    for (const SimStage &s : other) {
        if (std::find(into.begin(), into.end(), s) == into.end())
            into.push_back(s);
    }
}

void orderPrincipals(std::vector<SimPrincipal> &principals)
{
    std::stable_partition(principals.begin(), principals.end(), [](const SimPrincipal &p) {
        return p.origin != PrincipalOrigin::OwnerAccount
               && p.origin != PrincipalOrigin::OtherAccount
               && p.origin != PrincipalOrigin::Anonymous;
    });
}

Result<SimPrincipal> parsePrincipal(std::string_view text, std::string_view secretArn)
{
    const SecretOwner owner = secretOwner(secretArn);
    SimPrincipal p;
    p.origin = PrincipalOrigin::UserAdded;
    p.label = std::string(text);
    const auto prefixed = [&](std::string_view prefix) {
        return text.size() > prefix.size() && values::startsWithAsciiIgnoreCase(text, prefix);
    };
    if (text == "anonymous") {
        p.principal = {RequestPrincipal::Form::Anonymous, ""};
    } else if (values::isAccountId(text)) {
        p.principal = {RequestPrincipal::Form::Arn, accountUser(owner.partition, text)};
        p.label = "a principal in account " + std::string(text);
    } else if (prefixed("Service:")) {
        p.principal = {RequestPrincipal::Form::Service, std::string(text.substr(8))};
        p.label = p.principal.text;
    } else if (prefixed("Federated:")) {
        p.principal = {RequestPrincipal::Form::Federated, std::string(text.substr(10))};
        p.label = p.principal.text;
    } else if (prefixed("CanonicalUser:")) {
        p.principal = {RequestPrincipal::Form::CanonicalUser, std::string(text.substr(14))};
        p.label = p.principal.text;
    } else if (text.size() > 14 && text.substr(text.size() - 14) == ".amazonaws.com"
               && text.find(':') == std::string_view::npos) {
        p.principal = {RequestPrincipal::Form::Service, std::string(text)};
    } else {
        values::ArnFields f;
        if (!values::splitArn(text, f) || f.prefix() != "arn") {
            return Error{"`" + std::string(text)
                         + "` is not a principal: give an ARN, an account id, a service name "
                           "(NAME.amazonaws.com) or `anonymous`"};
        }
        p.principal = {RequestPrincipal::Form::Arn, std::string(text)};
    }
    p.reach = reachOf(p.principal, owner.account);
    return p;
}

Result<SimPrincipal> withIdentityPolicies(SimPrincipal principal,
                                          const std::vector<std::string> &policyTexts)
{
    std::vector<Policy> policies;
    std::vector<std::string> json;
    for (const std::string &text : policyTexts) {
        PolicyReadResult read = readPolicyText(text, PolicyKind::Identity);
        if (!read.policy) {
            std::string message = "identity policy: the policy cannot be evaluated";
            if (!read.diagnostics.empty()) {
                message = policyErrorText(read.diagnostics.front());
                if (message.rfind("policy: ", 0) == 0)
                    message = "identity " + message;
            }
            return Error{message};
        }
        const json::ReadResult tree = json::read(text);
        json.push_back(tree.ok ? compactJson(tree.value) : std::string("{}"));
        policies.push_back(std::move(*read.policy));
    }
    principal.identityPolicies = std::move(policies);
    principal.identityPolicyJson = std::move(json);
    return principal;
}

Reach reachOf(const RequestPrincipal &principal, std::string_view ownerAccount)
{
    switch (principal.form) {
    case RequestPrincipal::Form::Anonymous:
        return Reach::Public;
    case RequestPrincipal::Form::Service:
        return Reach::Service;
    case RequestPrincipal::Form::Federated:
    case RequestPrincipal::Form::CanonicalUser:
        return Reach::CrossAccount;
    case RequestPrincipal::Form::Arn:
        break;
    }
    values::ArnFields f;
    if (!values::splitArn(principal.text, f))
        return Reach::CrossAccount;
    return f.account() == ownerAccount ? Reach::SameAccount : Reach::CrossAccount;
}

std::optional<std::string> canonicalAction(std::string_view action)
{
    const data::ActionInfo *info = data::findAction(action);
    if (!info)
        return std::nullopt;
    return "secretsmanager:" + std::string(info->name);
}

std::vector<std::string> secretActions()
{
    std::vector<std::string> out;
    for (const data::ActionInfo &info : data::actions()) {
        if (info.takesSecret)
            out.push_back("secretsmanager:" + std::string(info.name));
    }
    return out;
}

} // namespace engine::sim
