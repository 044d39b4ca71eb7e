// The JSON document as the policy author wrote it: an ordered tree in which every key and
// every value keeps its span in the text. Unlike a generic JSON library it keeps duplicate
// keys (the linter reports them), key order, and the raw spelling of numbers, because the
// text is the single source of truth and the editor must be able to point into it.
//
// Equality of values ignores spans (Cedar's Node<T>): tests compare structure.
#pragma once

#include "json/position.h"

#include <string>
#include <string_view>
#include <vector>

namespace engine::json {

enum class Kind { Null, Bool, Number, String, Array, Object };

struct Member;

struct Value
{
    Kind kind = Kind::Null;
    // String: the decoded text (UTF-8). Number: the raw spelling exactly as written ("1.50").
    // Bool: "true" or "false". Null, Array, Object: empty.
    std::string text;
    Span span; // the whole value, from its first to just past its last byte
    std::vector<Value> items;    // Array elements, in order
    std::vector<Member> members; // Object members, in text order, duplicates kept

    bool isString() const { return kind == Kind::String; }
    bool isObject() const { return kind == Kind::Object; }
    bool isArray() const { return kind == Kind::Array; }
    bool boolValue() const { return kind == Kind::Bool && text == "true"; }

    // The first member with exactly this key, or nullptr.
    const Value *find(std::string_view key) const;
    // Number of members with exactly this key.
    int count(std::string_view key) const;

    friend bool operator==(const Value &a, const Value &b);
};

struct Member
{
    std::string key;  // decoded
    Span keySpan;     // the key including its quotes
    Value value;

    friend bool operator==(const Member &a, const Member &b)
    {
        return a.key == b.key && a.value == b.value;
    }
};

inline bool operator==(const Value &a, const Value &b)
{
    return a.kind == b.kind && a.text == b.text && a.items == b.items && a.members == b.members;
}

// "object", "array", "string", "number", "boolean", "null": for messages.
const char *kindName(Kind kind);

} // namespace engine::json
