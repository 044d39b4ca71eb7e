// Resource and NotResource entries: invalid-resource, the variable checks, resource-never-matches,
// redundant-resource, suffix-wildcard and resource-not-star, in the precedence of §7.
#include "lint/lintcontext.h"

#include <algorithm>
#include <cctype>

namespace engine::rules {

namespace {

std::string invalidReason(std::string_view text)
{
    if (text.rfind("arn:", 0) != 0)
        return "it does not start with \"arn:\"";
    const auto fields = splitArn(text);
    if (!fields)
        return "it has fewer than six colon-separated fields";
    const std::string_view service = (*fields)[2];
    if (service.find("${") != std::string_view::npos)
        return {}; // variable-not-allowed-here
    if (hasWildcard(service))
        return "the service field contains a wildcard";
    if (std::any_of(service.begin(), service.end(),
                    [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }))
        return "the service field has upper-case letters";
    return {};
}

bool isSuffixChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// "secret:prod/db" without "-XXXXXX" and without a wildcard at the end.
bool isPartialSecretArn(std::string_view resourceField, std::string *name)
{
    if (resourceField.rfind("secret:", 0) != 0)
        return false;
    const std::string_view n = resourceField.substr(7);
    if (name)
        *name = std::string(n);
    if (n.empty())
        return false;
    if (n.back() == '*' || n.back() == '?')
        return false;
    if (n.size() >= 7 && n[n.size() - 7] == '-'
        && std::all_of(n.end() - 6, n.end(), [](char c) { return isSuffixChar(c) || c == '?'; }))
        return false;
    return true;
}

bool matchesSecretArn(std::string_view pattern, std::string_view arn)
{
    const auto p = splitArn(pattern);
    const auto a = splitArn(arn);
    if (!p || !a)
        return false;
    for (std::size_t i = 0; i < 6; ++i) {
        if (!values::globMatch((*p)[i], (*a)[i]))
            return false;
    }
    return true;
}

} // namespace

void checkResourcesOf(Context &context, const Statement &statement)
{
    const PatternPart &part = statement.resource;
    const char *element = part.negated ? "NotResource" : "Resource";
    std::vector<const Entry *> clean;  // no finding on them yet
    std::vector<bool> cannotMatch(part.entries.size(), false);
    std::vector<const Entry *> nonStar;

    for (std::size_t i = 0; i < part.entries.size(); ++i) {
        const Entry &entry = part.entries[i];
        if (entry.text == "*") {
            clean.push_back(&entry);
            continue;
        }
        const std::string reason = invalidReason(entry.text);
        if (!reason.empty()) {
            context.report("invalid-resource", entry.span,
                           quoted(entry.text) + " is not a valid resource ARN (" + reason
                               + "); this entry matches nothing. In a secret policy use \"*\".",
                           statement.index);
            cannotMatch[i] = true;
            continue;
        }
        const auto fields = splitArn(entry.text);
        std::string prefix;
        for (std::size_t f = 0; f < 5; ++f) {
            prefix += (*fields)[f];
            prefix += ':';
        }
        bool variable = false;
        if (prefix.find("${") != std::string::npos)
            variable = checkVariablesIn(context, prefix, entry.span, VariablePlace::ArnPrefix,
                                        "the first five fields of an ARN");
        if (!variable)
            variable = checkVariablesIn(context, (*fields)[5], entry.span, VariablePlace::Resource);
        if (variable) {
            cannotMatch[i] = true;
            continue;
        }
        clean.push_back(&entry);
    }

    // resource-never-matches: every entry of a Resource cannot match.
    if (!part.negated && !part.entries.empty()) {
        std::vector<std::string> messages(part.entries.size());
        bool all = true;
        for (std::size_t i = 0; i < part.entries.size() && all; ++i) {
            if (cannotMatch[i])
                continue;
            const Entry &entry = part.entries[i];
            if (entry.text == "*" || entry.text.find("${") != std::string::npos) {
                all = false;
                break;
            }
            const auto fields = splitArn(entry.text);
            std::string name;
            const bool partial = fields && isPartialSecretArn((*fields)[5], &name);
            std::string message = "This statement never applies: " + quoted(entry.text)
                                  + " does not match ";
            if (context.options->secretArn) {
                if (matchesSecretArn(entry.text, *context.options->secretArn)) {
                    all = false;
                    break;
                }
                message += "the secret's ARN.";
            } else {
                const bool otherService = fields && !hasWildcard((*fields)[2])
                                          && (*fields)[2] != "secretsmanager";
                if (!otherService && !partial) {
                    all = false;
                    break;
                }
                message += "any secret ARN.";
            }
            if (partial) {
                // "prod/db-AbCdEf " is a full ARN with a stray space, not a partial one: say so
                // rather than suggest "prod/db-AbCdEf -??????".
                const std::size_t first = name.find_first_not_of(" \t\r\n");
                const std::size_t last = name.find_last_not_of(" \t\r\n");
                const std::string trimmed = first == std::string::npos
                                                ? std::string()
                                                : name.substr(first, last - first + 1);
                if (trimmed != name)
                    message += " The secret's name has white space around it; remove it.";
                if (!trimmed.empty() && isPartialSecretArn("secret:" + trimmed, nullptr))
                    message += " Secret ARNs end in a hyphen and six random characters; use \"..."
                               + trimmed + "-??????\" or \"*\".";
            }
            messages[i] = std::move(message);
        }
        if (all) {
            for (std::size_t i = 0; i < part.entries.size(); ++i) {
                if (cannotMatch[i])
                    continue;
                context.report("resource-never-matches", part.entries[i].span,
                               std::move(messages[i]), statement.index);
                cannotMatch[i] = true;
            }
            clean.erase(std::remove_if(clean.begin(), clean.end(),
                                       [&](const Entry *e) {
                                           return cannotMatch[static_cast<std::size_t>(
                                               e - part.entries.data())];
                                       }),
                        clean.end());
        }
    }

    // redundant-resource, suffix-wildcard, and what is left counts for resource-not-star.
    bool hasPlainNonStar = false;
    for (std::size_t i = 0; i < clean.size(); ++i) {
        const Entry &entry = *clean[i];
        const Entry *covering = nullptr;
        for (std::size_t j = 0; j < clean.size() && !covering; ++j) {
            if (i == j)
                continue;
            const Entry &other = *clean[j];
            const bool covers = other.text == "*" || values::globMatch(other.text, entry.text);
            const bool equal = other.text == entry.text
                               || (values::globMatch(entry.text, other.text) && covers);
            if (covers && (!equal || j < i))
                covering = &other;
        }
        if (covering) {
            context.report("redundant-resource", entry.span,
                           quoted(entry.text) + " is already covered by " + quoted(covering->text)
                               + ".",
                           statement.index);
            continue;
        }
        if (entry.text == "*")
            continue;
        const auto fields = splitArn(entry.text);
        if (fields && (*fields)[5].rfind("secret:", 0) == 0 && (*fields)[5].size() > 9
            && (*fields)[5].substr((*fields)[5].size() - 2) == "-*") {
            const std::string_view name = (*fields)[5].substr(7, (*fields)[5].size() - 9);
            context.report("suffix-wildcard", entry.span,
                           "\"-*\" also matches other secrets whose names start with "
                               + quoted(std::string(name) + "-")
                               + ". Use \"-??????\" to match exactly this secret's six-character "
                                 "suffix, or \"*\".",
                           statement.index);
            continue;
        }
        hasPlainNonStar = true;
    }
    (void)element;
    if (hasPlainNonStar) {
        context.report("resource-not-star", part.span,
                       "A secret policy always applies to its own secret, and \"Resource\": \"*\" "
                       "says exactly that. A specific ARN silently stops matching if this policy "
                       "is copied to another secret or the secret is re-created with a new suffix.",
                       statement.index);
    }
}

void checkResources(Context &context)
{
    for (const Statement &statement : context.policy->statements)
        checkResourcesOf(context, statement);
}

} // namespace engine::rules
