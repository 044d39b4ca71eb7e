// Policy variables (evaluation.md §3.9): `${name}`, `${name, 'default'}`, and the specials
// `${*}`, `${?}`, `${$}`. A value is parsed once into segments; substitution appends the
// resolved text to a buffer, escaped for globbing when asked. Text that is not a well-formed
// variable (`${` without `}`, `${}`, spaces in the name) stays literal.
//
//   VariableText v = parseVariables("arn:aws:s3:::${aws:username}/*");
//   std::string out;
//   bool ok = substitute(v, context, out, /*forGlob=*/true);  // false: a variable has no value
#pragma once

#include "eval/context.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace engine::eval {

struct VariableSegment
{
    enum class Kind {
        Text,     // policy text: wildcards keep their meaning
        Literal,  // from ${*} ${?} ${$}: always literal
        Variable, // a context key
    };
    Kind kind = Kind::Text;
    std::string text;         // Text/Literal: the characters; Variable: the lower-case key
    std::uint32_t hash = 0;   // Variable: keyHash(text)
    std::string defaultValue; // Variable with a default
    bool hasDefault = false;
    bool multivaluedType = false; // the key's type is multivalued: never a single value
    friend bool operator==(const VariableSegment &, const VariableSegment &) = default;
};

struct VariableText
{
    std::vector<VariableSegment> segments;
    bool hasVariables = false; // at least one Variable or special
};

VariableText parseVariables(std::string_view text);

// Appends the substituted text; returns false when a variable has no value (§3.9 step 3).
bool substitute(const VariableText &text, const Context &context, std::string &out, bool forGlob);

} // namespace engine::eval
