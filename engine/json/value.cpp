#include "json/value.h"

namespace engine::json {

const Value *Value::find(std::string_view key) const
{
    for (const Member &m : members) {
        if (m.key == key)
            return &m.value;
    }
    return nullptr;
}

int Value::count(std::string_view key) const
{
    int n = 0;
    for (const Member &m : members) {
        if (m.key == key)
            ++n;
    }
    return n;
}

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return "null";
    case Kind::Bool:
        return "boolean";
    case Kind::Number:
        return "number";
    case Kind::String:
        return "string";
    case Kind::Array:
        return "array";
    case Kind::Object:
        return "object";
    }
    return "value";
}

} // namespace engine::json
