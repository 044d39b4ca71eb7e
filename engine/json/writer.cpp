#include "json/writer.h"

#include "json/reader.h"

#include <cstddef>

namespace engine::json {

namespace {

void newline(std::string &out, int indent, int depth)
{
    if (indent <= 0)
        return;
    out += '\n';
    out.append(static_cast<std::size_t>(indent) * static_cast<std::size_t>(depth), ' ');
}

void append(const Value &v, int indent, int depth, std::string &out)
{
    switch (v.kind) {
    case Kind::Null:
        out += "null";
        return;
    case Kind::Bool:
    case Kind::Number:
        out += v.text;
        return;
    case Kind::String:
        out += quote(v.text);
        return;
    case Kind::Array:
        out += '[';
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            if (i > 0)
                out += ',';
            newline(out, indent, depth + 1);
            append(v.items[i], indent, depth + 1, out);
        }
        if (!v.items.empty())
            newline(out, indent, depth);
        out += ']';
        return;
    case Kind::Object:
        out += '{';
        for (std::size_t i = 0; i < v.members.size(); ++i) {
            if (i > 0)
                out += ',';
            newline(out, indent, depth + 1);
            out += quote(v.members[i].key);
            out += indent > 0 ? ": " : ":";
            append(v.members[i].value, indent, depth + 1, out);
        }
        if (!v.members.empty())
            newline(out, indent, depth);
        out += '}';
        return;
    }
}

} // namespace

std::string write(const Value &value, int indent)
{
    std::string out;
    append(value, indent, 0, out);
    return out;
}

} // namespace engine::json
