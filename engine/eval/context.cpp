#include "eval/context.h"

#include "eval/glob.h"

namespace engine::eval {

bool keyEquals(std::string_view lowerKey, std::string_view key)
{
    if (lowerKey.size() != key.size())
        return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (lowerKey[i] != lowerAscii(key[i]))
            return false;
    }
    return true;
}

namespace {

bool startsWithIgnoreCase(std::string_view text, std::string_view lowerPrefix)
{
    return text.size() >= lowerPrefix.size() && keyEquals(lowerPrefix, text.substr(0, lowerPrefix.size()));
}

} // namespace

const Context::Item *Context::find(std::string_view lowerKey) const
{
    for (const Item &item : m_items) {
        if (keyEquals(lowerKey, item.key))
            return &item;
    }
    return nullptr;
}

std::optional<std::string_view> Context::singleValue(std::string_view lowerKey) const
{
    const Item *item = find(lowerKey);
    if (!item || item->isList || item->size() != 1)
        return std::nullopt;
    return item->at(0);
}

void Context::derive(std::string_view key, std::string_view value)
{
    for (const Item &existing : m_items) {
        if (equalsAsciiIgnoreCase(existing.key, key))
            return; // a value given in the context wins
    }
    Item item;
    item.key = key;
    item.scalar = value;
    item.derived = true;
    m_items.push_back(item);
}

void Context::build(const Request &request, const Identity &who, const data::ActionInfo *action,
                    const ArnFields *resource, std::vector<std::string> &warnings)
{
    m_items.clear();
    m_items.reserve(request.context.size() + 12);
    for (const ContextEntry &entry : request.context) {
        if (action && startsWithIgnoreCase(entry.key, "secretsmanager:")
            && !data::actionSuppliesKey(*action, entry.key)) {
            warnings.push_back("context key " + entry.key + " is ignored: secretsmanager:"
                               + std::string(action->name) + " never supplies it");
            continue;
        }
        bool duplicate = false;
        for (const Item &item : m_items) {
            if (equalsAsciiIgnoreCase(item.key, entry.key)) {
                duplicate = true;
                break;
            }
        }
        if (duplicate)
            continue;
        Item item;
        item.key = entry.key;
        item.list = &entry.value.values;
        item.isList = entry.value.isList;
        m_items.push_back(item);
    }

    // Derived principal keys (§3.3 table).
    switch (who.kind) {
    case IdentityKind::Root:
        derive("aws:PrincipalArn", who.text);
        derive("aws:PrincipalAccount", who.account);
        derive("aws:PrincipalType", "Account");
        derive("aws:userid", who.account);
        derive("aws:PrincipalIsAWSService", "false");
        break;
    case IdentityKind::User:
        derive("aws:PrincipalArn", who.text);
        derive("aws:PrincipalAccount", who.account);
        derive("aws:PrincipalType", "User");
        derive("aws:username", who.name);
        derive("aws:PrincipalIsAWSService", "false");
        break;
    case IdentityKind::Session:
        m_principalArn.clear();
        m_principalArn.append("arn:").append(who.partition).append(":iam::").append(who.account);
        m_principalArn.append(":role/").append(who.name);
        derive("aws:PrincipalArn", m_principalArn);
        derive("aws:PrincipalAccount", who.account);
        derive("aws:PrincipalType", "AssumedRole");
        derive("aws:PrincipalIsAWSService", "false");
        break;
    case IdentityKind::Role:
        derive("aws:PrincipalArn", who.text);
        derive("aws:PrincipalAccount", who.account);
        derive("aws:PrincipalType", "AssumedRole");
        derive("aws:PrincipalIsAWSService", "false");
        break;
    case IdentityKind::FederatedUser:
        m_userId.clear();
        m_userId.append(who.account).append(":").append(who.name);
        derive("aws:PrincipalArn", who.text);
        derive("aws:PrincipalAccount", who.account);
        derive("aws:PrincipalType", "FederatedUser");
        derive("aws:userid", m_userId);
        derive("aws:PrincipalIsAWSService", "false");
        break;
    case IdentityKind::OtherArn:
        derive("aws:PrincipalArn", who.text);
        if (who.hasAccount())
            derive("aws:PrincipalAccount", who.account);
        derive("aws:PrincipalIsAWSService", "false");
        break;
    case IdentityKind::Service:
        derive("aws:PrincipalServiceName", who.text);
        derive("aws:PrincipalIsAWSService", "true");
        break;
    case IdentityKind::Federated:
    case IdentityKind::CanonicalUser:
        derive("aws:PrincipalIsAWSService", "false");
        break;
    case IdentityKind::Anonymous:
        derive("aws:PrincipalAccount", "anonymous");
        derive("aws:PrincipalType", "Anonymous");
        derive("aws:userid", "anonymous");
        break;
    case IdentityKind::Invalid:
        break;
    }
    derive("aws:SecureTransport", "true");
    if (resource) {
        derive("aws:ResourceAccount", resource->account());
        derive("aws:RequestedRegion", resource->region());
        if (!action || data::actionSuppliesKey(*action, "secretsmanager:SecretId"))
            derive("secretsmanager:SecretId", request.resource);
    }
}

} // namespace engine::eval
