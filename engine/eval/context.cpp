#include "eval/context.h"

#include "values/glob.h"
#include "values/text.h"

#include <algorithm>

namespace engine::eval {

bool keyEquals(std::string_view lowerKey, std::string_view key)
{
    const std::size_t common = std::min(lowerKey.size(), key.size());
    for (std::size_t i = 0; i < common; ++i) {
        if (static_cast<unsigned char>(lowerKey[i]) >= 0x80
            || static_cast<unsigned char>(key[i]) >= 0x80)
            return values::equalsFoldingCase(lowerKey.substr(i), key.substr(i));
        if (lowerKey[i] != values::lowerAscii(key[i]))
            return false;
    }
    return lowerKey.size() == key.size();
}

namespace {

enum DerivedKey {
    PrincipalArn, PrincipalAccount, PrincipalType, Username, Userid, PrincipalServiceName,
    PrincipalIsAWSService, SecureTransport, ResourceAccount, RequestedRegion, SecretId,
    DerivedCount
};

constexpr std::string_view derivedNames[DerivedCount] = {
    "aws:PrincipalArn", "aws:PrincipalAccount", "aws:PrincipalType", "aws:username",
    "aws:userid", "aws:PrincipalServiceName", "aws:PrincipalIsAWSService",
    "aws:SecureTransport", "aws:ResourceAccount", "aws:RequestedRegion",
    "secretsmanager:SecretId"};

constexpr std::uint32_t derivedHash(int key)
{
    return keyHash(derivedNames[key]);
}

constexpr std::uint32_t derivedHashes[DerivedCount] = {
    derivedHash(0), derivedHash(1), derivedHash(2), derivedHash(3), derivedHash(4),
    derivedHash(5), derivedHash(6), derivedHash(7), derivedHash(8), derivedHash(9),
    derivedHash(10)};

// Whether an action supplies secretsmanager:SecretId, asked once per action.
bool suppliesSecretId(const data::ActionInfo &action)
{
    static const std::vector<char> table = [] {
        std::vector<char> out;
        for (const data::ActionInfo &a : data::actions())
            out.push_back(data::actionSuppliesKey(a, "secretsmanager:SecretId") ? 1 : 0);
        return out;
    }();
    const std::span<const data::ActionInfo> all = data::actions();
    if (&action >= all.data() && &action < all.data() + all.size())
        return table[static_cast<std::size_t>(&action - all.data())] != 0;
    return data::actionSuppliesKey(action, "secretsmanager:SecretId");
}

bool startsWithIgnoreCase(std::string_view text, std::string_view lowerPrefix)
{
    return text.size() >= lowerPrefix.size() && keyEquals(lowerPrefix, text.substr(0, lowerPrefix.size()));
}

} // namespace

const Context::Item *Context::find(std::string_view lowerKey) const
{
    return find(lowerKey, keyHash(lowerKey));
}

const Context::Item *Context::find(std::string_view lowerKey, std::uint32_t hash) const
{
    for (const Item &item : m_items) {
        if (item.hash == hash && keyEquals(lowerKey, item.key))
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

void Context::derive(int key, std::string_view value)
{
    if (m_given & (1u << key))
        return; // a value given in the context wins
    Item item;
    item.key = derivedNames[key];
    item.hash = derivedHashes[key];
    item.scalar = value;
    item.derived = true;
    m_items.push_back(item);
}

void Context::build(const Request &request, const Identity &who, const data::ActionInfo *action,
                    const values::ArnFields *resource, std::vector<std::string> &warnings)
{
    m_items.clear();
    m_items.reserve(request.context.size() + 12);
    m_given = 0;
    for (const ContextEntry &entry : request.context) {
        if (action && startsWithIgnoreCase(entry.key, "secretsmanager:")
            && !data::actionSuppliesKey(*action, entry.key)) {
            warnings.push_back("context key " + entry.key + " is ignored: secretsmanager:"
                               + std::string(action->name) + " never supplies it");
            continue;
        }
        const std::uint32_t hash = keyHash(entry.key);
        bool duplicate = false;
        for (const Item &item : m_items) {
            if (item.hash == hash && values::equalsFoldingCase(item.key, entry.key)) {
                duplicate = true;
                break;
            }
        }
        if (duplicate)
            continue;
        for (int d = 0; d < DerivedCount; ++d) {
            if (derivedHashes[d] == hash && values::equalsAsciiIgnoreCase(derivedNames[d], entry.key))
                m_given |= 1u << d;
        }
        Item item;
        item.key = entry.key;
        item.hash = hash;
        item.list = &entry.value.values;
        item.isList = entry.value.isList;
        m_items.push_back(item);
    }

    // Derived principal keys (§3.3 table).
    switch (who.kind) {
    case IdentityKind::Root:
        derive(PrincipalArn, who.text);
        derive(PrincipalAccount, who.account);
        derive(PrincipalType, "Account");
        derive(Userid, who.account);
        derive(PrincipalIsAWSService, "false");
        break;
    case IdentityKind::User:
        derive(PrincipalArn, who.text);
        derive(PrincipalAccount, who.account);
        derive(PrincipalType, "User");
        derive(Username, who.name);
        derive(PrincipalIsAWSService, "false");
        break;
    case IdentityKind::Session:
        m_principalArn.clear();
        m_principalArn.append("arn:").append(who.partition).append(":iam::").append(who.account);
        m_principalArn.append(":role/").append(who.name);
        derive(PrincipalArn, m_principalArn);
        derive(PrincipalAccount, who.account);
        derive(PrincipalType, "AssumedRole");
        derive(PrincipalIsAWSService, "false");
        break;
    case IdentityKind::Role:
        derive(PrincipalArn, who.text);
        derive(PrincipalAccount, who.account);
        derive(PrincipalType, "AssumedRole");
        derive(PrincipalIsAWSService, "false");
        break;
    case IdentityKind::FederatedUser:
        m_userId.clear();
        m_userId.append(who.account).append(":").append(who.name);
        derive(PrincipalArn, who.text);
        derive(PrincipalAccount, who.account);
        derive(PrincipalType, "FederatedUser");
        derive(Userid, m_userId);
        derive(PrincipalIsAWSService, "false");
        break;
    case IdentityKind::OtherArn:
        derive(PrincipalArn, who.text);
        if (who.hasAccount())
            derive(PrincipalAccount, who.account);
        derive(PrincipalIsAWSService, "false");
        break;
    case IdentityKind::Service:
        derive(PrincipalServiceName, who.text);
        derive(PrincipalIsAWSService, "true");
        break;
    case IdentityKind::Federated:
    case IdentityKind::CanonicalUser:
        derive(PrincipalIsAWSService, "false");
        break;
    case IdentityKind::Anonymous:
        derive(PrincipalAccount, "anonymous");
        derive(PrincipalType, "Anonymous");
        derive(Userid, "anonymous");
        break;
    case IdentityKind::Invalid:
        break;
    }
    derive(SecureTransport, "true");
    if (resource) {
        derive(ResourceAccount, resource->account());
        derive(RequestedRegion, resource->region());
        if (!action || suppliesSecretId(*action))
            derive(SecretId, request.resource);
    }
}

} // namespace engine::eval
