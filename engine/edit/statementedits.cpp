// The statement-level edits of textedit.h: add, duplicate, delete, move, add a condition.
#include "edit/layout.h"
#include "edit/textedit.h"
#include "json/reader.h"

#include <set>

namespace engine::edit {

using namespace detail;

namespace {

std::string slice(std::string_view text, const json::Span &span)
{
    return std::string(text.substr(span.begin.offset, span.end.offset - span.begin.offset));
}

Error noStatement(int index)
{
    return Error{"no statement " + std::to_string(index)};
}

// A Sid that no statement uses yet: "<sid>Copy", "<sid>Copy2", ...
std::string freshSid(const json::Value &root, const std::string &sid)
{
    std::set<std::string> taken;
    const int count = statementCount(root);
    for (int i = 0; i < count; ++i) {
        const json::Value *s = valueAt(root, *statementPointer(root, i));
        const json::Value *existing = s && s->isObject() ? s->find("Sid") : nullptr;
        if (existing && existing->isString())
            taken.insert(existing->text);
    }
    const std::string base = sid + "Copy";
    if (!taken.count(base))
        return base;
    for (int n = 2;; ++n) {
        std::string candidate = base + std::to_string(n);
        if (!taken.count(candidate))
            return candidate;
    }
}

// Turns a lone statement object into an array holding it and `second` (laid out for the
// item indent).
TextEdit wrapLoneStatement(std::string_view text, const json::Value &lone,
                           const std::string &second, const Style &style)
{
    const std::string old = slice(text, lone.span);
    std::string replacement;
    if (style.compact) {
        replacement = "[" + old + style.comma + second + "]";
    } else {
        const std::string indent = lineIndent(text, lone.span.begin.offset);
        const std::string inner = indent + style.unit;
        replacement = "[" + style.newline + inner + indentMore(old, style.unit) + ","
                      + style.newline + inner + second + style.newline + indent + "]";
    }
    return TextEdit{lone.span.begin.offset, lone.span.end.offset - lone.span.begin.offset,
                    replacement};
}

} // namespace

Result<TextEdit> addStatement(std::string_view text, const json::Value &root,
                              std::string_view rawStatement, const NewTextLayout &layout)
{
    if (!root.isObject())
        return Error{"the policy is not an object"};
    const json::Value *statements = root.find("Statement");
    if (!statements)
        return addMember(text, root, "", "Statement", "[" + std::string(rawStatement) + "]", {},
                         layout);
    if (statements->isArray())
        return insertItem(text, root, "/Statement", statements->items.size(), rawStatement,
                          layout);
    if (!statements->isObject())
        return Error{"`Statement` is neither an object nor an array"};
    const Style style = detectStyle(text, root, layout);
    const std::string inner = lineIndent(text, statements->span.begin.offset) + style.unit;
    Result<std::string> rendered = renderRaw(rawStatement, style, inner);
    if (!rendered)
        return rendered.error();
    return wrapLoneStatement(text, *statements, rendered.value(), style);
}

Result<TextEdit> duplicateStatement(std::string_view text, const json::Value &root, int index,
                                    const NewTextLayout &layout)
{
    const std::optional<std::string> pointer = statementPointer(root, index);
    if (!pointer)
        return noStatement(index);
    const std::optional<Location> loc = locate(root, *pointer);
    const json::Value &statement = *loc->value;
    std::string copy = slice(text, statement.span);
    const json::Value *sid = statement.isObject() ? statement.find("Sid") : nullptr;
    if (sid && sid->isString()) {
        const std::size_t from = sid->span.begin.offset - statement.span.begin.offset;
        copy.replace(from, sid->span.end.offset - sid->span.begin.offset,
                     json::quote(freshSid(root, sid->text)));
    }
    const Style style = detectStyle(text, root, layout);
    if (loc->parent->isArray())
        return insertChild(text, *loc->parent, loc->index + 1, copy, style);
    return wrapLoneStatement(text, statement, style.compact ? copy : indentMore(copy, style.unit),
                             style);
}

Result<TextEdit> deleteStatement(std::string_view text, const json::Value &root, int index)
{
    const std::optional<std::string> pointer = statementPointer(root, index);
    if (!pointer)
        return noStatement(index);
    const std::optional<Location> loc = locate(root, *pointer);
    if (loc->parent->isArray())
        return removeChild(text, *loc->parent, loc->index);
    const json::Span &span = loc->value->span;
    return TextEdit{span.begin.offset, span.end.offset - span.begin.offset, "[]"};
}

Result<TextEdit> moveStatement(std::string_view text, const json::Value &root, int index,
                               int delta)
{
    const std::optional<std::string> pointer = statementPointer(root, index);
    if (!pointer)
        return noStatement(index);
    if (*pointer == "/Statement")
        return Error{"the only statement cannot move"};
    return moveItem(text, root, *pointer, delta);
}

Result<TextEdit> addCondition(std::string_view text, const json::Value &root,
                              int statementIndex, std::string_view op, std::string_view key,
                              std::string_view rawValue, const NewTextLayout &layout)
{
    const std::optional<std::string> pointer = statementPointer(root, statementIndex);
    if (!pointer)
        return noStatement(statementIndex);
    const json::Value *statement = valueAt(root, *pointer);
    if (!statement->isObject())
        return Error{"statement " + std::to_string(statementIndex) + " is not an object"};
    const std::string keyMember = json::quote(key) + ":" + std::string(rawValue);
    const std::string conditionPointer = *pointer + "/Condition";
    const json::Value *condition = valueAt(root, conditionPointer);
    if (!condition) {
        return addMember(text, root, *pointer, "Condition",
                         "{" + json::quote(op) + ":{" + keyMember + "}}", {}, layout);
    }
    if (!condition->isObject())
        return Error{"`Condition` is not an object"};
    const std::string opPointer = conditionPointer + "/" + escapePointerToken(op);
    const json::Value *block = valueAt(root, opPointer);
    if (!block)
        return addMember(text, root, conditionPointer, op, "{" + keyMember + "}", {}, layout);
    if (!block->isObject())
        return Error{"`" + std::string(op) + "` is not an object"};
    const std::string keyPointer = opPointer + "/" + escapePointerToken(key);
    if (valueAt(root, keyPointer))
        return addValue(text, root, keyPointer, rawValue, layout);
    return addMember(text, root, opPointer, key, rawValue, {}, layout);
}

} // namespace engine::edit
