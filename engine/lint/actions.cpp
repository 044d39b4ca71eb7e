// Action and NotAction entries: invalid-action (non-blocking part), unknown-service,
// unsupported-action, unknown-action, action-not-applicable, redundant-action,
// wildcard-in-service, and the statement-level allow-notaction and policy-management-grant.
#include "lint/lintcontext.h"

#include "data/secretsmanager.h"

#include <algorithm>
#include <cstdint>

namespace engine::rules {

namespace {

bool isActionChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
           || c == '*' || c == '?';
}

// True when every character outside ${...} is allowed.
bool validActionChars(std::string_view s)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '$' && i + 1 < s.size() && s[i + 1] == '{') {
            const std::size_t close = s.find('}', i);
            if (close == std::string_view::npos)
                return false;
            i = close;
            continue;
        }
        if (!isActionChar(s[i]))
            return false;
    }
    return true;
}

std::string closestAction(std::string_view name)
{
    int best = 4;
    std::string closest;
    for (const data::ActionInfo &a : data::actions()) {
        const int d = editDistance(name, a.name);
        if (d < best) {
            best = d;
            closest = "secretsmanager:" + std::string(a.name);
        }
    }
    if (closest.empty()) {
        // A prefix of a real name ("GetSecret") is a likely slip as well.
        for (const data::ActionInfo &a : data::actions()) {
            if (name.size() >= 3 && startsWithAsciiIgnoreCase(a.name, name))
                return "secretsmanager:" + std::string(a.name);
        }
    }
    return closest;
}

const char *notApplicableReason(std::string_view name)
{
    if (equalsAsciiIgnoreCase(name, "CreateSecret"))
        return "the secret does not exist yet when it is called";
    if (equalsAsciiIgnoreCase(name, "ListSecrets") || equalsAsciiIgnoreCase(name, "GetRandomPassword")
        || equalsAsciiIgnoreCase(name, "BatchGetSecretValue"))
        return "it does not act on one secret";
    return nullptr;
}

struct Candidate
{
    const Entry *entry;
    std::uint32_t mask;
};

void checkEntries(Context &context, const Statement &statement)
{
    const PatternPart &part = statement.action;
    const char *element = part.negated ? "NotAction" : "Action";
    std::vector<Candidate> candidates; // entries with no finding so far, for redundant-action
    for (const Entry &entry : part.entries) {
        const std::string &text = entry.text;
        if (text == "*") {
            candidates.push_back({&entry, ~0u});
            continue;
        }
        const std::size_t colon = text.find(':');
        if (colon == std::string::npos)
            continue; // blocking invalid-action, reported by the reader
        const std::string_view prefix = std::string_view(text).substr(0, colon);
        const std::string_view name = std::string_view(text).substr(colon + 1);
        if (prefix.empty() || name.empty() || !validActionChars(prefix) || !validActionChars(name)) {
            context.report("invalid-action", entry.span,
                           quoted(text)
                               + " is not an action. Write it as service:ActionName, for example "
                                 "\"secretsmanager:GetSecretValue\".",
                           statement.index);
            continue;
        }
        if (checkVariablesIn(context, text, entry.span, VariablePlace::Action, element))
            continue;
        const bool prefixWildcard = hasWildcard(prefix);
        if (!prefixWildcard && !data::isKnownServicePrefix(prefix)) {
            context.report("unknown-service", entry.span,
                           quoted(prefix)
                               + " is not an AWS service prefix. Did you mean \"secretsmanager\"?",
                           statement.index);
            continue;
        }
        if (!prefixWildcard && !equalsAsciiIgnoreCase(prefix, "secretsmanager")) {
            std::string message = text + " is not a Secrets Manager action. A secret policy only "
                                         "controls Secrets Manager actions on this secret; ";
            message += equalsAsciiIgnoreCase(prefix, "kms") ? "grant KMS permissions in the key policy."
                                                       : "grant it in an identity policy.";
            context.report("unsupported-action", entry.span, std::move(message), statement.index);
            continue;
        }
        const std::uint32_t mask = matchMask(text);
        if (!prefixWildcard && mask == 0) {
            std::string message = quoted(text) + " matches no Secrets Manager action";
            if (!hasWildcard(name)) {
                const std::string closest = closestAction(name);
                if (!closest.empty())
                    message += ". Did you mean " + quoted(closest) + "?";
            }
            message += ".";
            context.report("unknown-action", entry.span, std::move(message), statement.index);
            continue;
        }
        if (!part.negated && !hasWildcard(name)) {
            if (const char *reason = notApplicableReason(name)) {
                const data::ActionInfo *info = data::findAction(name);
                const std::string canonical =
                    "secretsmanager:" + std::string(info ? info->name : name);
                context.report("action-not-applicable", entry.span,
                               canonical + " is never decided by a secret policy (" + reason
                                   + "). Grant it in an identity policy.",
                               statement.index);
                continue;
            }
        }
        candidates.push_back({&entry, mask});
    }

    // redundant-action, then wildcard-in-service for what is left.
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates[i];
        const Entry *covering = nullptr;
        // A wildcard in the service may also match other services' actions, which only "*"
        // or the same pattern cover.
        const std::string_view text = c.entry->text;
        const bool otherServices = text != "*" && hasWildcard(text.substr(0, text.find(':')));
        for (std::size_t j = 0; j < candidates.size() && !covering; ++j) {
            if (i == j)
                continue;
            const Candidate &o = candidates[j];
            if (otherServices) {
                if (o.entry->text == "*" || (j < i && equalsAsciiIgnoreCase(o.entry->text, text)))
                    covering = o.entry;
                continue;
            }
            const bool subset = (c.mask & ~o.mask) == 0;
            const bool equal = c.mask == o.mask;
            if (subset && (!equal || j < i))
                covering = o.entry;
        }
        if (covering) {
            context.report("redundant-action", c.entry->span,
                           quoted(c.entry->text) + " is already covered by "
                               + quoted(covering->text) + ".",
                           statement.index);
            continue;
        }
        if (otherServices) {
            context.report("wildcard-in-service", c.entry->span,
                           "A wildcard in the service name may match other services' actions. "
                           "Write \"secretsmanager:\".",
                           statement.index);
        }
    }
}

void checkPolicyManagement(Context &context, const Statement &statement)
{
    if (statement.effect != Effect::Allow)
        return;
    const bool put = coversAction(statement, "PutResourcePolicy");
    const bool del = coversAction(statement, "DeleteResourcePolicy");
    if (!put && !del)
        return;
    const bool open = isOpen(statement);
    if (!open && !namesOutsidePrincipal(context, statement))
        return;
    std::string who;
    if (open) {
        who = "Any principal";
    } else {
        std::vector<std::string> accounts;
        for (const PrincipalEntry &e : statement.principal->entries) {
            if (!isOutsideEntry(context, e))
                continue;
            const std::string account = principalAccount(e.text);
            if (std::find(accounts.begin(), accounts.end(), account) == accounts.end())
                accounts.push_back(account);
        }
        who = std::string(accounts.size() == 1 ? "Account " : "Accounts ")
              + joinQuoted(accounts, "and");
    }
    std::string through;
    if (statement.action.negated) {
        through = "\"NotAction\"";
    } else {
        const std::string target =
            std::string("secretsmanager:") + (put ? "PutResourcePolicy" : "DeleteResourcePolicy");
        for (const Entry &e : statement.action.entries) {
            if (actionPatternMatches(e.text, target)) {
                through = quoted(e.text);
                break;
            }
        }
    }
    const std::string owner = context.ownerAccount
                                  ? *context.ownerAccount
                                  : std::string("(the secret's account is not known)");
    context.report("policy-management-grant", statement.action.span,
                   who + " can " + (put ? "rewrite" : "delete") + " this policy (through "
                       + through
                       + ") and so give themselves or anyone else any access to the secret. "
                         "Grant policy management only to administrators of account "
                       + owner + ".",
                   statement.index);
}

} // namespace

void checkActions(Context &context)
{
    for (const Statement &statement : context.policy->statements) {
        checkEntries(context, statement);
        if (statement.effect == Effect::Allow && statement.action.negated) {
            context.report("allow-notaction", statement.action.span,
                           "\"NotAction\" with \"Allow\" grants every other action, including "
                           "PutResourcePolicy, DeleteResourcePolicy and any action Secrets Manager "
                           "adds later. List the allowed actions in \"Action\" instead.",
                           statement.index);
        }
        checkPolicyManagement(context, statement);
    }
}

} // namespace engine::rules
