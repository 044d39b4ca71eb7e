// Reading one request object of requests.md. Errors are one short sentence naming the field.
//
// Unknown top-level fields are ignored, so that scenario and test files can carry extra
// members ("expect", "name", "comment"); a field that looks like a misspelt known field
// (equal ignoring case, or within two edits, three for long names: "Action", "resources",
// "identityPolicy") is an error, because silently ignoring it would change the answer.
#include "eval/request.h"

#include "data/secretsmanager.h"
#include "values/arn.h"
#include "policy/policyreader.h"
#include "policy/suggest.h"
#include "json/reader.h"

#include <algorithm>
#include <array>
#include <vector>

namespace engine {

namespace {

using json::Kind;
using json::Member;
using json::Value;

constexpr std::array<std::string_view, 5> knownFields{
    "principal", "action", "resource", "context", "identityPolicies"};

std::string quoted(std::string_view s)
{
    return json::quote(s);
}

std::string at(const json::Position &p)
{
    return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

// The first repeated key anywhere in the tree, in text order of the repetition; members of
// `v` itself named `ignored` (and what they hold) are not looked at.
const Member *firstDuplicateKey(const Value &v, std::string_view ignored = {})
{
    const Member *first = nullptr;
    const auto consider = [&first](const Member *m) {
        if (m && (!first || m->keySpan.begin.offset < first->keySpan.begin.offset))
            first = m;
    };
    for (const Value &item : v.items)
        consider(firstDuplicateKey(item));
    for (std::size_t i = 0; i < v.members.size(); ++i) {
        if (!ignored.empty() && v.members[i].key == ignored)
            continue;
        for (std::size_t j = 0; j < i; ++j) {
            if (v.members[j].key == v.members[i].key) {
                consider(&v.members[i]);
                break;
            }
        }
        consider(firstDuplicateKey(v.members[i].value));
    }
    return first;
}

std::optional<std::string> readPrincipal(const Value &v, RequestPrincipal &principal)
{
    const std::string invalid = "\"principal\" must be an ARN string, \"anonymous\" or an object "
                                "with one of Service, Federated, CanonicalUser";
    if (v.isString()) {
        if (v.text == "anonymous") {
            principal.form = RequestPrincipal::Form::Anonymous;
            principal.text.clear();
            return std::nullopt;
        }
        if (v.text.rfind("arn:", 0) != 0)
            return invalid;
        principal.form = RequestPrincipal::Form::Arn;
        principal.text = v.text;
        return std::nullopt;
    }
    if (!v.isObject() || v.members.size() != 1 || !v.members[0].value.isString()
        || v.members[0].value.text.empty()) {
        return invalid;
    }
    const Member &m = v.members[0];
    if (m.key == "Service")
        principal.form = RequestPrincipal::Form::Service;
    else if (m.key == "Federated")
        principal.form = RequestPrincipal::Form::Federated;
    else if (m.key == "CanonicalUser")
        principal.form = RequestPrincipal::Form::CanonicalUser;
    else
        return invalid;
    principal.text = m.value.text;
    return std::nullopt;
}

std::optional<std::string> readAction(const Value &v, std::string &action)
{
    if (!v.isString())
        return std::string("\"action\" must be a string");
    if (auto error = requestActionError(v.text))
        return error;
    action = v.text;
    return std::nullopt;
}

std::optional<std::string> readResource(const Value &v, std::string_view action,
                                        std::string &resource)
{
    if (!v.isString() || v.text.empty())
        return std::string("\"resource\" must be a secret ARN or \"*\"");
    if (auto error = requestResourceError(action, v.text))
        return error;
    resource = v.text;
    return std::nullopt;
}

constexpr std::string_view servicePrefix = "secretsmanager";

// The operation's entry, or nullptr when the action is not one real Secrets Manager action.
const data::ActionInfo *requestAction(std::string_view action)
{
    const std::size_t colon = action.find(':');
    if (colon == std::string_view::npos || !equalsIgnoringCase(action.substr(0, colon), servicePrefix))
        return nullptr;
    return data::findAction(action.substr(colon + 1));
}

// Lowercase letters, digits and hyphens, not empty: a partition ("aws-us-gov") or a region.
bool isArnWord(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

bool isReceivableSecretArn(std::string_view text)
{
    values::ArnFields fields;
    if (!values::splitArn(text, fields) || !values::isSecretArn(fields))
        return false;
    constexpr std::string_view secretPrefix = "secret:";
    const std::string_view name = fields.resource().substr(secretPrefix.size());
    return isArnWord(fields.partition()) && isArnWord(fields.region())
           && values::isAccountId(fields.account()) && !name.empty()
           && std::all_of(name.begin(), name.end(), isSecretNameCharacter);
}

std::string actionList(bool takesSecret)
{
    std::string list;
    for (const data::ActionInfo &info : data::actions()) {
        if (info.takesSecret == takesSecret)
            list += (list.empty() ? "" : ", ") + std::string(info.name);
    }
    return list;
}

bool isScalar(const Value &v)
{
    return v.kind == Kind::String || v.kind == Kind::Number || v.kind == Kind::Bool;
}

std::optional<std::string> readContext(const Value &v, std::vector<ContextEntry> &context)
{
    if (!v.isObject())
        return std::string("\"context\" must be an object");
    context.reserve(v.members.size());
    for (const Member &m : v.members) {
        for (const ContextEntry &earlier : context) {
            if (equalsIgnoringCase(earlier.key, m.key)) {
                return "context keys " + quoted(earlier.key) + " and " + quoted(m.key)
                       + " are the same key (names ignore case)";
            }
        }
        const std::string invalid = "context key " + quoted(m.key)
                                    + ": a value must be a string, number, boolean or an array "
                                      "of those";
        ContextEntry entry;
        entry.key = m.key;
        if (isScalar(m.value)) {
            entry.value.values.push_back(m.value.text);
        } else if (m.value.isArray()) {
            entry.value.isList = true;
            entry.value.values.reserve(m.value.items.size());
            for (const Value &item : m.value.items) {
                if (!isScalar(item))
                    return invalid;
                entry.value.values.push_back(item.text);
            }
        } else {
            return invalid;
        }
        context.push_back(std::move(entry));
    }
    return std::nullopt;
}

std::optional<std::string> readIdentityPolicies(const Value &v, std::vector<Policy> &policies)
{
    if (!v.isArray())
        return std::string("\"identityPolicies\" must be an array of policy documents");
    policies.reserve(v.items.size());
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        PolicyReadResult r = readPolicy(v.items[i], PolicyKind::Identity);
        if (!r.policy) {
            // "policy: /Statement/0: ..." -> "identityPolicies[0]: /Statement/0: ..."
            std::string text = policyErrorText(r.diagnostics.front());
            const std::string_view prefix = "policy: ";
            if (text.rfind(prefix, 0) == 0)
                text.erase(0, prefix.size());
            return "identityPolicies[" + std::to_string(i) + "]: " + text;
        }
        policies.push_back(std::move(*r.policy));
    }
    return std::nullopt;
}

RequestReadResult failure(std::string message)
{
    RequestReadResult result;
    result.error = std::move(message);
    return result;
}

} // namespace

RequestReadResult readRequest(std::string_view jsonText)
{
    const json::ReadResult doc = json::read(jsonText);
    if (!doc.ok)
        return failure("not valid JSON: " + doc.error.toString());
    return readRequest(doc.value);
}

RequestReadResult readRequest(const json::Value &root, std::string_view ignoredMember)
{
    if (!root.isObject())
        return failure("a request must be a JSON object, not "
                       + std::string(json::kindName(root.kind)));
    if (const Member *dup = firstDuplicateKey(root, ignoredMember))
        return failure("duplicate key " + quoted(dup->key) + " at " + at(dup->keySpan.begin));

    const Value *principal = nullptr, *action = nullptr, *resource = nullptr, *context = nullptr,
                *identityPolicies = nullptr;
    for (const Member &m : root.members) {
        const std::string_view k = m.key;
        if (!ignoredMember.empty() && k == ignoredMember)
            continue;
        if (k == "principal")
            principal = &m.value;
        else if (k == "action")
            action = &m.value;
        else if (k == "resource")
            resource = &m.value;
        else if (k == "context")
            context = &m.value;
        else if (k == "identityPolicies")
            identityPolicies = &m.value;
        else if (const auto meant = closestName(k, knownFields, k.size() >= 12 ? 3 : 2))
            return failure("unknown field " + quoted(k) + " (did you mean " + quoted(*meant)
                           + "?)");
    }

    Request request;
    if (!principal)
        return failure("\"principal\" is missing");
    if (auto error = readPrincipal(*principal, request.principal))
        return failure(std::move(*error));
    if (!action)
        return failure("\"action\" is missing");
    if (auto error = readAction(*action, request.action))
        return failure(std::move(*error));
    if (!resource)
        return failure("\"resource\" is missing");
    if (auto error = readResource(*resource, request.action, request.resource))
        return failure(std::move(*error));
    if (context) {
        if (auto error = readContext(*context, request.context))
            return failure(std::move(*error));
    }
    if (identityPolicies) {
        request.identityPolicies.emplace();
        if (auto error = readIdentityPolicies(*identityPolicies, *request.identityPolicies))
            return failure(std::move(*error));
    }
    RequestReadResult result;
    result.request = std::move(request);
    return result;
}

std::optional<std::string> requestActionError(std::string_view action)
{
    const std::size_t colon = action.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == action.size()
        || action.find(':', colon + 1) != std::string_view::npos) {
        return "\"action\" must be service:Operation, for example "
               "secretsmanager:GetSecretValue, not "
               + quoted(action);
    }
    if (requestAction(action))
        return std::nullopt;
    if (action.find_first_of("*?") != std::string_view::npos) {
        return "\"action\" must name one action, not a pattern: " + quoted(action)
               + " (wildcards belong in policies)";
    }
    if (!equalsIgnoringCase(action.substr(0, colon), servicePrefix)) {
        return "\"action\" must be a Secrets Manager action (secretsmanager:Operation), not "
               + quoted(action);
    }
    std::string message = "\"action\" names no Secrets Manager action: " + quoted(action);
    std::vector<std::string_view> names;
    for (const data::ActionInfo &info : data::actions())
        names.push_back(info.name);
    std::string_view operation = action.substr(colon + 1);
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!operation.empty() && blank(operation.front()))
        operation.remove_prefix(1);
    while (!operation.empty() && blank(operation.back()))
        operation.remove_suffix(1);
    if (const auto meant = closestName(operation, names, 3))
        message += " (did you mean " + quoted("secretsmanager:" + std::string(*meant)) + "?)";
    return message;
}

std::optional<std::string> requestResourceError(std::string_view action, std::string_view resource)
{
    const data::ActionInfo *info = requestAction(action);
    const bool takesSecret = !info || info->takesSecret;
    if (resource == "*") {
        if (!takesSecret)
            return std::nullopt;
        return "\"resource\" must be the ARN of the secret for " + std::string(action)
               + "; \"*\" is only for the actions that take no resource (" + actionList(false)
               + ")";
    }
    if (!takesSecret) {
        return "\"resource\" must be \"*\" for " + std::string(action)
               + ", which takes no resource, not " + quoted(resource);
    }
    if (!isReceivableSecretArn(resource)) {
        return "\"resource\" must be a secret ARN "
               "(arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME-abcdef), not "
               + quoted(resource);
    }
    return std::nullopt;
}

std::optional<std::string> requestError(const Request &request)
{
    if (auto error = requestActionError(request.action))
        return error;
    return requestResourceError(request.action, request.resource);
}

bool isSecretNameCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || std::string_view("/_+=.@-").find(c) != std::string_view::npos;
}

} // namespace engine
