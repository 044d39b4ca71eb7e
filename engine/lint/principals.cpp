// Principal and NotPrincipal: per-entry checks in the precedence of §7
// (principal-partial-wildcard, variable-not-allowed-here, invalid-principal, principal-unique-id,
// redundant-principal) and the statement-level allow-with-notprincipal, cross-account-access,
// service-principal-without-source, prefer-principalarn, unsupported-principal-type and
// notprincipal-deny-incomplete.
#include "lint/lintcontext.h"

#include <algorithm>

namespace engine::rules {

namespace {

const char *typeName(PrincipalType type)
{
    switch (type) {
    case PrincipalType::AWS:
        return "AWS";
    case PrincipalType::Service:
        return "Service";
    case PrincipalType::Federated:
        return "Federated";
    case PrincipalType::CanonicalUser:
        return "CanonicalUser";
    }
    return "AWS";
}

// evaluation.md §2.3.2: the forms an AWS entry may take.
bool isValidAwsEntry(std::string_view s)
{
    if (s == "*" || isAccountId(s) || isUniqueId(s))
        return true;
    const auto f = splitArn(s);
    if (!f || (*f)[0] != "arn" || (*f)[1].empty() || !isAccountId((*f)[4]))
        return false;
    if ((*f)[2] == "iam") {
        if (!(*f)[3].empty())
            return false;
        return (*f)[5] == "root" || ((*f)[5].rfind("user/", 0) == 0 && (*f)[5].size() > 5)
               || ((*f)[5].rfind("role/", 0) == 0 && (*f)[5].size() > 5);
    }
    if ((*f)[2] == "sts") {
        if ((*f)[5].rfind("assumed-role/", 0) == 0) {
            const std::string_view rest = (*f)[5].substr(13);
            const std::size_t slash = rest.find('/');
            return slash != std::string_view::npos && slash > 0 && slash + 1 < rest.size();
        }
        return (*f)[5].rfind("federated-user/", 0) == 0 && (*f)[5].size() > 15;
    }
    return false;
}

struct ArnParts
{
    std::string partition, service, account, resource;
};

std::optional<ArnParts> parts(std::string_view s)
{
    const auto f = splitArn(s);
    if (!f || (*f)[0] != "arn")
        return std::nullopt;
    return ArnParts{std::string((*f)[1]), std::string((*f)[2]), std::string((*f)[4]), std::string((*f)[5])};
}

// For a session arn:P:sts::A:assumed-role/R/S: the role name R.
std::string sessionRole(const ArnParts &p)
{
    if (p.service != "sts" || p.resource.rfind("assumed-role/", 0) != 0)
        return {};
    const std::string rest = p.resource.substr(13);
    return rest.substr(0, rest.find('/'));
}

// For a role arn:P:iam::A:role/[path/]R: R.
std::string roleName(const ArnParts &p)
{
    if (p.service != "iam" || p.resource.rfind("role/", 0) != 0)
        return {};
    return p.resource.substr(p.resource.rfind('/') + 1);
}

void checkEntries(Context &context, const Statement &statement)
{
    const PrincipalPart &part = *statement.principal;
    const char *element = part.negated ? "NotPrincipal" : "Principal";
    std::vector<const PrincipalEntry *> clean;
    for (const PrincipalEntry &entry : part.entries) {
        if (entry.text != "*" && hasWildcard(entry.text)) {
            context.report("principal-partial-wildcard", entry.span,
                           "Wildcards do not work inside a principal ARN; this entry matches "
                           "nobody. To allow a group of principals use \"Principal\": \"*\" with a "
                           "condition such as \"ArnLike\": {\"aws:PrincipalArn\": "
                               + quoted(entry.text) + "}.",
                           statement.index);
            continue;
        }
        if (checkVariablesIn(context, entry.text, entry.span, VariablePlace::Principal, element))
            continue;
        if (entry.type == PrincipalType::AWS && !isValidAwsEntry(entry.text)) {
            context.report("invalid-principal", entry.span,
                           quoted(entry.text)
                               + " is not a valid principal. Use \"*\", an account id, or the ARN "
                                 "of an account, user, role or role session under \"AWS\".",
                           statement.index);
            continue;
        }
        if (entry.type == PrincipalType::AWS && isUniqueId(entry.text)) {
            context.report("principal-unique-id", entry.span,
                           quoted(entry.text)
                               + " is the internal id of a user or role that was probably deleted. "
                                 "It matches no one now, and re-creating the principal with the "
                                 "same name does not bring access back. Replace it with the "
                                 "principal's ARN or remove it.",
                           statement.index);
            continue;
        }
        clean.push_back(&entry);
    }
    for (std::size_t i = 0; i < clean.size(); ++i) {
        const PrincipalEntry &entry = *clean[i];
        const PrincipalEntry *covering = nullptr;
        for (std::size_t j = 0; j < i && !covering; ++j) {
            if (*clean[j] == entry)
                covering = clean[j];
        }
        if (!covering && !part.negated && entry.type == PrincipalType::AWS) {
            const auto p = parts(entry.text);
            const std::string role = p ? sessionRole(*p) : std::string();
            for (std::size_t j = 0; j < clean.size() && !covering && !role.empty(); ++j) {
                if (clean[j]->type != PrincipalType::AWS)
                    continue;
                const auto q = parts(clean[j]->text);
                if (q && q->partition == p->partition && q->account == p->account
                    && roleName(*q) == role)
                    covering = clean[j];
            }
        }
        if (covering) {
            context.report("redundant-principal", entry.span,
                           quoted(entry.text) + " is already covered by " + quoted(covering->text)
                               + ".",
                           statement.index);
        }
    }
}

void checkUnsupportedTypes(Context &context, const Statement &statement)
{
    const PrincipalPart &part = *statement.principal;
    const json::Value *map = context.valueAt(part.span.begin.offset);
    if (!map || !map->isObject())
        return;
    for (const json::Member &m : map->members) {
        if (m.key != "Federated" && m.key != "CanonicalUser")
            continue;
        context.report("unsupported-principal-type", m.value.span,
                       quoted(m.key)
                           + " principals never call Secrets Manager directly: web-identity and "
                             "SAML users arrive as assumed-role sessions, and canonical users are "
                             "an Amazon S3 concept. Name the role ARN under \"AWS\" instead.",
                       statement.index);
    }
}

bool hasSourcePin(const Statement &statement)
{
    for (const ConditionBlock &block : statement.conditions()) {
        for (const ConditionPair &pair : block.pairs) {
            if ((equalsAsciiIgnoreCase(pair.key, "aws:SourceAccount")
                 || equalsAsciiIgnoreCase(pair.key, "aws:SourceArn"))
                && isFixedPair(block, pair))
                return true;
        }
    }
    return false;
}

void checkNotPrincipalDeny(Context &context, const Statement &statement)
{
    const PrincipalPart &part = *statement.principal;
    auto listed = [&](auto predicate) {
        return std::any_of(part.entries.begin(), part.entries.end(), [&](const PrincipalEntry &e) {
            return e.type == PrincipalType::AWS && predicate(e.text);
        });
    };
    for (const PrincipalEntry &entry : part.entries) {
        if (entry.type != PrincipalType::AWS)
            continue;
        const auto p = parts(entry.text);
        if (!p || !isAccountId(p->account))
            continue;
        const bool isUser = p->service == "iam" && p->resource.rfind("user/", 0) == 0;
        const bool isRole = !roleName(*p).empty();
        const std::string role = sessionRole(*p);
        if (!isUser && !isRole && role.empty())
            continue;
        const std::string rootArn = "arn:" + p->partition + ":iam::" + p->account + ":root";
        const bool accountListed = listed([&](std::string_view t) {
            return t == p->account || t == rootArn;
        });
        bool roleListed = true;
        std::string roleArn;
        if (!role.empty()) {
            roleArn = "arn:" + p->partition + ":iam::" + p->account + ":role/" + role;
            roleListed = listed([&](std::string_view t) {
                const auto q = parts(t);
                return q && q->account == p->account && roleName(*q) == role;
            });
        }
        if (accountListed && roleListed)
            continue;
        std::vector<std::string> missing;
        if (!roleListed)
            missing.push_back(quoted(roleArn));
        if (!accountListed)
            missing.push_back(quoted(rootArn));
        const char *through = !roleListed ? (accountListed ? "role" : "role or account")
                                          : "account";
        context.report("notprincipal-deny-incomplete", entry.span,
                       "To exempt " + entry.text + " from this Deny, NotPrincipal must also list "
                           + joinQuoted(missing, "and")
                           + "; otherwise the Deny can still apply through its " + through
                           + ". Sessions cannot be exempted with a wildcard. Prefer \"Principal\": "
                             "\"*\" with \"ArnNotEquals\": {\"aws:PrincipalArn\": \"...\"}.",
                       statement.index);
    }
}

} // namespace

std::string describeActions(const Statement &statement)
{
    std::vector<std::string> names;
    for (const Entry &e : statement.action.entries)
        names.push_back(e.text);
    if (statement.action.negated)
        return "every action except " + joinQuoted(names, "and");
    return joinQuoted(names, "and");
}

void checkPrincipals(Context &context)
{
    for (const Statement &statement : context.policy->statements) {
        if (!statement.principal)
            continue;
        const PrincipalPart &part = *statement.principal;
        checkEntries(context, statement);
        checkUnsupportedTypes(context, statement);
        if (part.negated) {
            if (statement.effect == Effect::Allow) {
                context.report("allow-with-notprincipal", part.span,
                               "\"Allow\" with \"NotPrincipal\" grants everyone except the listed "
                               "principals, including every other AWS account and "
                               "unauthenticated callers. AWS no longer supports this combination "
                               "in most policies. Use \"Principal\" instead.",
                               statement.index);
            } else {
                checkNotPrincipalDeny(context, statement);
            }
            context.report("prefer-principalarn", part.span,
                           "AWS recommends \"Principal\": \"*\" with an \"ArnNotEquals\" condition "
                           "on aws:PrincipalArn instead of NotPrincipal; it is easier to reason "
                           "about and also covers role sessions.",
                           statement.index);
            continue;
        }
        if (statement.effect != Effect::Allow)
            continue;
        if (context.ownerAccount) {
            std::vector<std::string> accounts;
            for (const PrincipalEntry &e : part.entries) {
                if (!isOutsideEntry(context, e))
                    continue;
                const std::string account = principalAccount(e.text);
                if (std::find(accounts.begin(), accounts.end(), account) == accounts.end())
                    accounts.push_back(account);
            }
            if (!accounts.empty()) {
                context.report(
                    "cross-account-access", part.span,
                    std::string("Principals of account") + (accounts.size() > 1 ? "s " : " ")
                        + joinQuoted(accounts, "and") + " can call " + describeActions(statement)
                        + " on this secret once their own identity policies allow it. Reading "
                          "the value from another account also requires a customer managed KMS "
                          "key that allows them kms:Decrypt; the AWS managed key "
                          "aws/secretsmanager cannot be used from another account.",
                    statement.index);
            }
        }
        std::vector<std::string> services;
        for (const PrincipalEntry &e : part.entries) {
            if (e.type == PrincipalType::Service)
                services.push_back(e.text);
        }
        if (!services.empty() && !hasSourcePin(statement)) {
            const std::string owner = context.ownerAccount ? *context.ownerAccount
                                                           : std::string("ACCOUNT-ID");
            context.report("service-principal-without-source", part.span,
                           joinQuoted(services, "and")
                               + " can use this permission on behalf of any AWS customer. Add "
                                 "\"StringEquals\": {\"aws:SourceAccount\": \""
                               + owner
                               + "\"} (or aws:SourceArn) so that only requests made for your "
                                 "resources are allowed.",
                           statement.index);
        }
    }
    (void)typeName;
}

} // namespace engine::rules
