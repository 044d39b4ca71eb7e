// The canonical request context (evaluation.md §3.3): the request's context keys plus the keys
// the engine derives from the principal, the action and the resource, minus the service keys
// the action never supplies. Built once per request; lookups take a lower-case key and compare
// without case, with no allocation.
//
//   Context ctx;
//   ctx.build(request, identity, action, resourceFields, warnings);
//   if (const Context::Item *item = ctx.find("aws:principalarn")) ...
#pragma once

#include "data/secretsmanager.h"
#include "values/arn.h"
#include "values/casefold.h"
#include "values/text.h"
#include "eval/principal.h"
#include "eval/request.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engine::eval {

class Context
{
public:
    struct Item
    {
        std::string_view key; // as written (request) or canonical (derived)
        std::uint32_t hash = 0; // keyHash(key)
        const std::vector<std::string> *list = nullptr; // request values, when given
        std::string_view scalar;                        // derived value
        bool isList = false;  // written as a JSON array
        bool derived = false;

        std::size_t size() const { return list ? list->size() : 1; }
        std::string_view at(std::size_t i) const { return list ? std::string_view((*list)[i]) : scalar; }
    };

    // `action` may be null (not a Secrets Manager action); `resource` null when the request's
    // resource is not an ARN. Ignored keys are reported in `warnings`.
    void build(const Request &request, const Identity &identity, const data::ActionInfo *action,
               const values::ArnFields *resource, std::vector<std::string> &warnings);

    // `lowerKey` must be case-folded (values::foldCase()); `hash` is keyHash(lowerKey).
    const Item *find(std::string_view lowerKey) const;
    const Item *find(std::string_view lowerKey, std::uint32_t hash) const;
    std::optional<std::string_view> singleValue(std::string_view lowerKey) const;

    const std::vector<Item> &items() const { return m_items; }

private:
    void derive(int key, std::string_view value);

    std::vector<Item> m_items;
    std::string m_principalArn; // derived aws:PrincipalArn of a session
    std::string m_userId;       // derived aws:userid of a federated user
    unsigned m_given = 0;       // derivable keys the request gives (bit per derived key)
};

// True when `key` equals `lowerKey` (a key folded by values::foldCase()) ignoring case: Unicode
// simple case folding, so that the tag part of `aws:PrincipalTag/Ä` matches `ä`.
bool keyEquals(std::string_view lowerKey, std::string_view key);

// FNV-1a of the key's case-folded code points: equal for two spellings of one key.
constexpr std::uint32_t keyHash(std::string_view key)
{
    std::uint32_t h = 2166136261u;
    std::size_t i = 0;
    while (i < key.size()) {
        const char c = key[i];
        std::uint32_t folded = 0;
        if (static_cast<unsigned char>(c) < 0x80) {
            folded = static_cast<unsigned char>(values::lowerAscii(c));
            ++i;
        } else {
            folded = values::nextFoldedCodePoint(key, i);
        }
        h = (h ^ folded) * 16777619u;
    }
    return h;
}

} // namespace engine::eval
