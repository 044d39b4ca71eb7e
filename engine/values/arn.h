// ARNs split into their six fields: arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE.
// The split is on the first five colons; the sixth field keeps any further colons.
//
//   ArnFields f;
//   splitArn("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", f);
//   f.resource() == "secret:prod/db-AbCdEf"
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace engine::values {

struct ArnFields
{
    std::array<std::string_view, 6> field; // views into the split text
    std::string_view prefix() const { return field[0]; }
    std::string_view partition() const { return field[1]; }
    std::string_view service() const { return field[2]; }
    std::string_view region() const { return field[3]; }
    std::string_view account() const { return field[4]; }
    std::string_view resource() const { return field[5]; }
    std::string_view operator[](std::size_t i) const { return field[i]; }
};

// False when the text has fewer than six fields.
bool splitArn(std::string_view text, ArnFields &out);
// The same, as an optional (nullopt: fewer than six fields).
std::optional<ArnFields> splitArn(std::string_view text);
// The same for an escaped glob pattern (glob.h): a colon after a `\` does not split.
bool splitEscapedArn(std::string_view escapedPattern, ArnFields &out);

// Every field of an escaped pattern globbed case-sensitively against the same field of a value
// (ArnEquals/ArnLike, §3.6.8).
bool arnFieldsMatch(const ArnFields &escapedPattern, const ArnFields &value);
// A Resource entry (§2.2): the prefix must be literally `arn`, the other fields are globbed
// case-sensitively, each within its field.
bool resourceFieldsMatch(const ArnFields &escapedPattern, const ArnFields &value);

// secretsmanager.md §2: six fields, `arn`, service `secretsmanager`, resource `secret:...`.
bool isSecretArn(const ArnFields &fields);
// The name ends in `-` and six characters of [A-Za-z0-9].
bool hasSecretSuffix(std::string_view resourceField);

// A 12-digit account id.
bool isAccountId(std::string_view text);

} // namespace engine::values
