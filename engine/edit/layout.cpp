#include "edit/layout.h"

#include "json/reader.h"

#include <algorithm>
#include <charconv>

namespace engine::edit::detail {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::size_t lineStartOf(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    while (offset > 0 && text[offset - 1] != '\n' && text[offset - 1] != '\r')
        --offset;
    return offset;
}

// The separator ": " or ":" of the first member found, depth first.
std::optional<std::string> findColon(std::string_view text, const json::Value &v)
{
    if (v.isObject() && !v.members.empty()) {
        const json::Member &m = v.members.front();
        const std::size_t from = m.keySpan.end.offset;
        const std::size_t to = m.value.span.begin.offset;
        if (from <= to && to <= text.size()) {
            std::string colon(text.substr(from, to - from));
            if (colon.find_first_of("\r\n") == std::string::npos)
                return colon;
        }
        return std::nullopt;
    }
    for (const json::Value &item : v.items) {
        if (auto c = findColon(text, item))
            return c;
    }
    return std::nullopt;
}

std::optional<std::string> unescapeToken(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] != '~') {
            out += token[i];
            continue;
        }
        if (i + 1 >= token.size())
            return std::nullopt;
        const char next = token[++i];
        if (next == '0')
            out += '~';
        else if (next == '1')
            out += '/';
        else
            return std::nullopt;
    }
    return out;
}

std::optional<std::size_t> arrayIndex(std::string_view token)
{
    if (token.empty() || (token.size() > 1 && token[0] == '0'))
        return std::nullopt;
    std::size_t index = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
    if (ec != std::errc() || end != token.data() + token.size())
        return std::nullopt;
    return index;
}

} // namespace

Style detectStyle(std::string_view text, const NewTextLayout &layout)
{
    Style style;
    style.unit = std::string(static_cast<std::size_t>(std::clamp(layout.indentWidth, 1, 8)), ' ');
    const std::size_t brk = text.find_first_of("\r\n");
    if (brk == std::string_view::npos) {
        style.compact = true;
    } else if (text[brk] == '\r') {
        style.newline = (brk + 1 < text.size() && text[brk + 1] == '\n') ? "\r\n" : "\r";
    }

    std::size_t smallest = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = pos;
        while (end < text.size() && isBlank(text[end]))
            ++end;
        const bool hasContent = end < text.size() && text[end] != '\n' && text[end] != '\r';
        if (end > pos && hasContent) {
            if (text[pos] == '\t') {
                style.unit = "\t";
                smallest = 0;
                break;
            }
            const std::size_t width = end - pos;
            if (smallest == 0 || width < smallest)
                smallest = width;
        }
        const std::size_t next = text.find_first_of("\r\n", end);
        if (next == std::string_view::npos)
            break;
        pos = next + 1;
    }
    if (smallest > 0)
        style.unit = std::string(std::min<std::size_t>(smallest, 8), ' ');
    if (style.compact) {
        style.colon = ":";
        style.comma = ",";
    }
    return style;
}

Style detectStyle(std::string_view text, const json::Value &root, const NewTextLayout &layout)
{
    Style style = detectStyle(text, layout);
    if (auto colon = findColon(text, root))
        style.colon = *colon;
    style.comma = style.colon.find(' ') == std::string::npos ? "," : ", ";
    return style;
}

std::optional<Location> locate(const json::Value &root, std::string_view pointer)
{
    Location loc;
    loc.value = &root;
    if (pointer.empty())
        return loc;
    if (pointer.front() != '/')
        return std::nullopt;
    std::size_t pos = 1;
    while (true) {
        const std::size_t slash = pointer.find('/', pos);
        const std::string_view raw = pointer.substr(pos, slash == std::string_view::npos
                                                              ? std::string_view::npos
                                                              : slash - pos);
        const std::optional<std::string> token = unescapeToken(raw);
        if (!token)
            return std::nullopt;
        const json::Value *current = loc.value;
        if (current->isObject()) {
            const auto it = std::find_if(current->members.begin(), current->members.end(),
                                         [&](const json::Member &m) { return m.key == *token; });
            if (it == current->members.end())
                return std::nullopt;
            loc.parent = current;
            loc.index = static_cast<std::size_t>(it - current->members.begin());
            loc.member = &*it;
            loc.value = &it->value;
        } else if (current->isArray()) {
            const std::optional<std::size_t> index = arrayIndex(*token);
            if (!index || *index >= current->items.size())
                return std::nullopt;
            loc.parent = current;
            loc.index = *index;
            loc.member = nullptr;
            loc.value = &current->items[*index];
        } else {
            return std::nullopt;
        }
        if (slash == std::string_view::npos)
            return loc;
        pos = slash + 1;
    }
}

std::string lineIndent(std::string_view text, std::size_t offset)
{
    const std::size_t start = lineStartOf(text, offset);
    std::size_t end = start;
    while (end < text.size() && isBlank(text[end]))
        ++end;
    return std::string(text.substr(start, end - start));
}

bool startsLine(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    for (std::size_t i = lineStartOf(text, offset); i < offset; ++i) {
        if (!isBlank(text[i]))
            return false;
    }
    return true;
}

std::string render(const json::Value &value, std::string_view source, const Style &style,
                   const std::string &indent)
{
    const auto slice = [&](const json::Span &s) {
        return std::string(source.substr(s.begin.offset, s.end.offset - s.begin.offset));
    };
    const std::size_t count = value.isObject() ? value.members.size() : value.items.size();
    if ((!value.isObject() && !value.isArray()) || count == 0)
        return slice(value.span);

    const std::string inner = indent + style.unit;
    std::string out(1, value.isObject() ? '{' : '[');
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            out += style.compact ? style.comma : std::string(",");
        if (!style.compact)
            out += style.newline + inner;
        if (value.isObject()) {
            const json::Member &m = value.members[i];
            out += slice(m.keySpan) + style.colon + render(m.value, source, style, inner);
        } else {
            out += render(value.items[i], source, style, inner);
        }
    }
    if (!style.compact)
        out += style.newline + indent;
    out += value.isObject() ? '}' : ']';
    return out;
}

Result<std::string> renderRaw(std::string_view rawJson, const Style &style,
                              const std::string &indent)
{
    const json::ReadResult parsed = json::read(rawJson);
    if (!parsed.ok)
        return Error{"not a JSON value: " + parsed.error.toString()};
    return render(parsed.value, rawJson, style, indent);
}

std::string indentMore(std::string_view text, std::string_view extra)
{
    std::string out;
    out.reserve(text.size() + extra.size() * 4);
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        const bool lf = text[i] == '\n';
        const bool loneCr = text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n');
        if (lf || loneCr)
            out += extra;
    }
    return out;
}

std::size_t childCount(const json::Value &container)
{
    return container.isObject() ? container.members.size() : container.items.size();
}

std::size_t childBegin(const json::Value &container, std::size_t i)
{
    return container.isObject() ? container.members[i].keySpan.begin.offset
                                : container.items[i].span.begin.offset;
}

std::size_t childEnd(const json::Value &container, std::size_t i)
{
    return container.isObject() ? container.members[i].value.span.end.offset
                                : container.items[i].span.end.offset;
}

std::string childIndentFor(std::string_view text, const json::Value &container,
                           const Style &style)
{
    if (childCount(container) > 0 && startsLine(text, childBegin(container, 0)))
        return lineIndent(text, childBegin(container, 0));
    return lineIndent(text, container.span.begin.offset) + style.unit;
}

Style childStyleFor(std::string_view text, const json::Value &container, const Style &style)
{
    Style child = style;
    if (childCount(container) > 0 && !startsLine(text, childBegin(container, 0)))
        child.compact = true;
    return child;
}

TextEdit insertChild(std::string_view text, const json::Value &container, std::size_t index,
                     const std::string &literal, const Style &style)
{
    const std::size_t n = childCount(container);
    index = std::min(index, n);
    if (n == 0) {
        const std::size_t open = container.span.begin.offset + 1;
        const std::size_t close = container.span.end.offset - 1;
        std::string replacement = literal;
        if (!style.compact) {
            replacement = style.newline + childIndentFor(text, container, style) + literal
                          + style.newline + lineIndent(text, container.span.begin.offset);
        }
        return TextEdit{open, close - open, replacement};
    }

    std::string sep;
    if (n >= 2) {
        // Reuse the separator nearest to the insertion point, byte for byte.
        const std::size_t after = std::clamp<std::size_t>(index, 1, n - 1);
        const std::size_t from = childEnd(container, after - 1);
        sep = std::string(text.substr(from, childBegin(container, after) - from));
    } else if (!style.compact && startsLine(text, childBegin(container, 0))) {
        sep = "," + style.newline + lineIndent(text, childBegin(container, 0));
    } else {
        sep = style.comma;
    }
    if (index == n)
        return TextEdit{childEnd(container, n - 1), 0, sep + literal};
    return TextEdit{childBegin(container, index), 0, literal + sep};
}

TextEdit removeChild(std::string_view, const json::Value &container, std::size_t index)
{
    const std::size_t n = childCount(container);
    if (n == 1) {
        const std::size_t open = container.span.begin.offset + 1;
        return TextEdit{open, container.span.end.offset - 1 - open, {}};
    }
    if (index > 0) {
        const std::size_t from = childEnd(container, index - 1);
        return TextEdit{from, childEnd(container, index) - from, {}};
    }
    const std::size_t from = childBegin(container, 0);
    return TextEdit{from, childBegin(container, 1) - from, {}};
}

} // namespace engine::edit::detail
