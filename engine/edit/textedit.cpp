#include "edit/textedit.h"

#include "edit/layout.h"
#include "json/reader.h"

#include <algorithm>

namespace engine::edit {

using namespace detail;

namespace {

Error noValueAt(std::string_view pointer)
{
    return Error{"no value at `" + std::string(pointer) + "`"};
}

std::string slice(std::string_view text, const json::Span &span)
{
    return std::string(text.substr(span.begin.offset, span.end.offset - span.begin.offset));
}

} // namespace

std::string apply(std::string_view text, const TextEdit &edit)
{
    const std::size_t offset = std::min(edit.offset, text.size());
    const std::size_t length = std::min(edit.length, text.size() - offset);
    std::string out;
    out.reserve(text.size() - length + edit.replacement.size());
    out.append(text.substr(0, offset));
    out.append(edit.replacement);
    out.append(text.substr(offset + length));
    return out;
}

std::string detectNewline(std::string_view text)
{
    return detectStyle(text).newline;
}

std::string detectIndentUnit(std::string_view text, const NewTextLayout &layout)
{
    return detectStyle(text, layout).unit;
}

const json::Value *valueAt(const json::Value &root, std::string_view pointer)
{
    const std::optional<Location> loc = locate(root, pointer);
    return loc ? loc->value : nullptr;
}

const json::Member *memberAt(const json::Value &root, std::string_view pointer)
{
    const std::optional<Location> loc = locate(root, pointer);
    return loc ? loc->member : nullptr;
}

std::string escapePointerToken(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::optional<std::string> statementPointer(const json::Value &root, int index)
{
    const json::Value *statements = root.isObject() ? root.find("Statement") : nullptr;
    if (!statements || index < 0)
        return std::nullopt;
    if (statements->isArray()) {
        if (static_cast<std::size_t>(index) >= statements->items.size())
            return std::nullopt;
        return "/Statement/" + std::to_string(index);
    }
    if (index == 0)
        return std::string("/Statement");
    return std::nullopt;
}

int statementCount(const json::Value &root)
{
    const json::Value *statements = root.isObject() ? root.find("Statement") : nullptr;
    if (!statements)
        return 0;
    if (statements->isArray())
        return static_cast<int>(statements->items.size());
    return 1;
}

Result<TextEdit> setString(std::string_view, const json::Value &root,
                           std::string_view pointer, std::string_view value)
{
    const json::Value *v = valueAt(root, pointer);
    if (!v)
        return noValueAt(pointer);
    return TextEdit{v->span.begin.offset, v->span.end.offset - v->span.begin.offset,
                    json::quote(value)};
}

Result<TextEdit> replaceValue(std::string_view text, const json::Value &root,
                              std::string_view pointer, std::string_view rawJson,
                              const NewTextLayout &layout)
{
    const json::Value *v = valueAt(root, pointer);
    if (!v)
        return noValueAt(pointer);
    const Style style = detectStyle(text, root, layout);
    Result<std::string> rendered = renderRaw(rawJson, style,
                                             lineIndent(text, v->span.begin.offset));
    if (!rendered)
        return rendered.error();
    return TextEdit{v->span.begin.offset, v->span.end.offset - v->span.begin.offset,
                    std::move(rendered).value()};
}

Result<TextEdit> renameKey(std::string_view, const json::Value &root, std::string_view pointer,
                           std::string_view newKey)
{
    const json::Member *m = memberAt(root, pointer);
    if (!m)
        return Error{"no object member at `" + std::string(pointer) + "`"};
    return TextEdit{m->keySpan.begin.offset, m->keySpan.end.offset - m->keySpan.begin.offset,
                    json::quote(newKey)};
}

Result<TextEdit> addMember(std::string_view text, const json::Value &root,
                           std::string_view objectPointer, std::string_view key,
                           std::string_view rawJson, std::optional<std::size_t> position,
                           const NewTextLayout &layout)
{
    const json::Value *object = valueAt(root, objectPointer);
    if (!object)
        return noValueAt(objectPointer);
    if (!object->isObject())
        return Error{"`" + std::string(objectPointer) + "` is not an object"};
    const Style style = detectStyle(text, root, layout);
    Result<std::string> rendered = renderRaw(rawJson, childStyleFor(text, *object, style),
                                             childIndentFor(text, *object, style));
    if (!rendered)
        return rendered.error();
    const std::string literal = json::quote(key) + style.colon + rendered.value();
    return insertChild(text, *object, position.value_or(object->members.size()), literal, style);
}

Result<TextEdit> removeMember(std::string_view text, const json::Value &root,
                              std::string_view pointer)
{
    const std::optional<Location> loc = locate(root, pointer);
    if (!loc || !loc->member)
        return Error{"no object member at `" + std::string(pointer) + "`"};
    return removeChild(text, *loc->parent, loc->index);
}

Result<TextEdit> insertItem(std::string_view text, const json::Value &root,
                            std::string_view arrayPointer, std::size_t index,
                            std::string_view rawJson, const NewTextLayout &layout)
{
    const json::Value *array = valueAt(root, arrayPointer);
    if (!array)
        return noValueAt(arrayPointer);
    if (!array->isArray())
        return Error{"`" + std::string(arrayPointer) + "` is not an array"};
    const Style style = detectStyle(text, root, layout);
    Result<std::string> rendered = renderRaw(rawJson, childStyleFor(text, *array, style),
                                             childIndentFor(text, *array, style));
    if (!rendered)
        return rendered.error();
    return insertChild(text, *array, index, rendered.value(), style);
}

Result<TextEdit> removeItem(std::string_view text, const json::Value &root,
                            std::string_view pointer)
{
    const std::optional<Location> loc = locate(root, pointer);
    if (!loc || !loc->parent || !loc->parent->isArray())
        return Error{"no array item at `" + std::string(pointer) + "`"};
    return removeChild(text, *loc->parent, loc->index);
}

Result<TextEdit> moveItem(std::string_view text, const json::Value &root,
                          std::string_view pointer, int delta)
{
    const std::optional<Location> loc = locate(root, pointer);
    if (!loc || !loc->parent || !loc->parent->isArray())
        return Error{"no array item at `" + std::string(pointer) + "`"};
    const auto &items = loc->parent->items;
    const long target = static_cast<long>(loc->index) + delta;
    if (delta == 0 || target < 0 || target >= static_cast<long>(items.size()))
        return Error{"cannot move the item there"};
    const std::size_t a = std::min(loc->index, static_cast<std::size_t>(target));
    const std::size_t b = std::max(loc->index, static_cast<std::size_t>(target));
    const std::size_t from = items[a].span.begin.offset;
    const std::size_t to = items[b].span.end.offset;
    // Swap the two items; whatever lies between them (separators, other items) stays.
    const std::string between(text.substr(items[a].span.end.offset,
                                          items[b].span.begin.offset - items[a].span.end.offset));
    return TextEdit{from, to - from, slice(text, items[b].span) + between + slice(text, items[a].span)};
}

Result<TextEdit> addValue(std::string_view text, const json::Value &root,
                          std::string_view pointer, std::string_view rawJson,
                          const NewTextLayout &layout)
{
    const std::optional<Location> loc = locate(root, pointer);
    if (!loc)
        return noValueAt(pointer);
    const json::Value &v = *loc->value;
    if (v.isArray())
        return insertItem(text, root, pointer, v.items.size(), rawJson, layout);

    const Style style = detectStyle(text, root, layout);
    const std::size_t start = loc->member ? loc->member->keySpan.begin.offset
                                          : v.span.begin.offset;
    const std::string indent = lineIndent(text, v.span.begin.offset);
    const bool multiLine = !style.compact && startsLine(text, start);
    const std::string inner = multiLine ? indent + style.unit : indent;
    Style valueStyle = style;
    valueStyle.compact = !multiLine;
    Result<std::string> rendered = renderRaw(rawJson, valueStyle, inner);
    if (!rendered)
        return rendered.error();
    const std::string old = slice(text, v.span);
    std::string replacement;
    if (multiLine) {
        replacement = "[" + style.newline + inner + indentMore(old, style.unit) + ","
                      + style.newline + inner + rendered.value() + style.newline + indent + "]";
    } else {
        replacement = "[" + old + style.comma + rendered.value() + "]";
    }
    return TextEdit{v.span.begin.offset, v.span.end.offset - v.span.begin.offset, replacement};
}

Result<TextEdit> removeValue(std::string_view text, const json::Value &root,
                             std::string_view pointer)
{
    const std::optional<Location> loc = locate(root, pointer);
    if (!loc || !loc->parent)
        return Error{"no value to remove at `" + std::string(pointer) + "`"};
    return removeChild(text, *loc->parent, loc->index);
}

} // namespace engine::edit
