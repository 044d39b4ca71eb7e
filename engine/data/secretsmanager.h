// The Secrets Manager facts the engine and linter need, embedded from secretsmanager.md §11
// and §12: the 23 actions (access level, whether they take a secret, the condition keys each
// supplies), the service's condition keys and their types, the global keys, the known service
// prefixes and the version stage names. One table, used by the evaluator, the linter, the GUI's
// completion and the simulation panel.
#pragma once

#include "values/values.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace engine::data {

enum class AccessLevel { Read, Write, List, Tagging, PermissionsManagement };
enum class KeyType { String, Arn, Bool, Numeric, Date, IpAddress, Binary, ArrayOfString };
// The value type a key's values are read as (ArrayOfString: String).
values::ValueType valueTypeOf(KeyType type);

struct ActionInfo
{
    std::string_view name;      // "GetSecretValue" (without the prefix)
    AccessLevel accessLevel;
    bool takesSecret;           // false for ListSecrets, GetRandomPassword, BatchGetSecretValue
    std::span<const std::string_view> conditionKeys; // as in §11 (tag keys with ${TagKey}/tag-key)
};

struct KeyInfo
{
    std::string_view name;      // canonical spelling; tag keys end in "/" (prefix match)
    KeyType type;
    bool multivalued;
    bool isTagPrefix;           // "aws:ResourceTag/" etc.: matches by prefix with a tag name
};

std::span<const ActionInfo> actions();
// Case-insensitive; accepts "GetSecretValue" or "secretsmanager:GetSecretValue".
const ActionInfo *findAction(std::string_view name);

// Case-insensitive lookup of a condition key among the secretsmanager: keys and the global
// keys (tag keys by prefix). nullptr for unknown keys.
const KeyInfo *findKey(std::string_view key);
std::span<const KeyInfo> keys();

// True when `action` (an ActionInfo) supplies service key `key` (case-insensitive; tag keys by
// prefix). Global aws: keys are always "supplied".
bool actionSuppliesKey(const ActionInfo &action, std::string_view key);

// The 455 service prefixes of §12.1, case-insensitive.
bool isKnownServicePrefix(std::string_view prefix);
std::span<const std::string_view> servicePrefixes();

// Actions that encrypt or decrypt the secret value (KMS warning for cross-account requests).
bool usesSecretValue(std::string_view actionName);

// "AWSCURRENT", "AWSPREVIOUS", "AWSPENDING".
std::span<const std::string_view> awsStages();

inline constexpr std::size_t maxPolicyCharacters = 20480;

} // namespace engine::data
