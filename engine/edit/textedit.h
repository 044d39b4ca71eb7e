// Tree edits as text edits. The JSON text is the single source of truth: an edit made in the
// statement tree never mutates a tree; it becomes the smallest replacement of one byte range of
// the text, which the editor applies as one undo step before reparsing.
//
//   json::ReadResult doc = json::read(text);
//   Result<TextEdit> e = edit::setString(text, doc.value, "/Statement/0/Effect", "Deny");
//   if (e) text = edit::apply(text, e.value());
//
// Every function takes the current text and the tree json::read() built from exactly that
// text (spans must match), addresses values by JSON Pointer (RFC 6901), and leaves every byte
// outside the replaced range untouched. New text is laid out like its neighbours: the indent
// unit (spaces or tabs, and its width) is detected from the siblings or the document, the line
// ending is the document's (LF or CRLF), and inline containers stay inline.
#pragma once

#include "core/result.h"
#include "json/value.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace engine {

// Replace bytes [offset, offset + length) of the UTF-8 text with `replacement`.
struct TextEdit
{
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string replacement;

    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

namespace edit {

// How new text is laid out where the document has nothing to copy: a text without a single
// indented line (e.g. "{}" or a policy written flush left) gets `indentWidth` spaces per
// level. A document that shows its own indentation always keeps it. Every function that
// writes new text takes one, last; the default is the historical four spaces.
struct NewTextLayout
{
    int indentWidth = 4; // 1..8

    friend bool operator==(const NewTextLayout &, const NewTextLayout &) = default;
};

// The text with the edit applied (offset and length are clamped to the text).
std::string apply(std::string_view text, const TextEdit &edit);

// "\r\n" when the first line break of the text is CRLF, else "\n".
std::string detectNewline(std::string_view text);
// The document's indent unit: the smallest indent step found in the text ("    ", "  ", "\t");
// `layout.indentWidth` spaces when the text has no indented line.
std::string detectIndentUnit(std::string_view text, const NewTextLayout &layout = {});

// The value a JSON Pointer names, or nullptr. With duplicate keys the first member wins (as
// Value::find does). "" names the root.
const json::Value *valueAt(const json::Value &root, std::string_view pointer);
// The member a pointer's last token names inside an object, or nullptr.
const json::Member *memberAt(const json::Value &root, std::string_view pointer);
// Escapes one reference token ("~" -> "~0", "/" -> "~1").
std::string escapePointerToken(std::string_view token);
// The pointer of statement `index` ("/Statement/2", or "/Statement" for a lone object), or
// nullopt when there is no such statement.
std::optional<std::string> statementPointer(const json::Value &root, int index);
// Number of statements (0, 1 for a lone object, or the array's size).
int statementCount(const json::Value &root);

// --- Values ---
// Replace the value at `pointer` with a JSON string literal of `value` (UTF-8, unescaped).
Result<TextEdit> setString(std::string_view text, const json::Value &root,
                           std::string_view pointer, std::string_view value);
// Replace the value at `pointer` with `rawJson` exactly as given (a number, true, an object...).
// Multi-line raw JSON is re-indented to the value's depth.
Result<TextEdit> replaceValue(std::string_view text, const json::Value &root,
                              std::string_view pointer, std::string_view rawJson,
                              const NewTextLayout &layout = {});
// Rename the member at `pointer` (its key only, the value stays as written).
Result<TextEdit> renameKey(std::string_view text, const json::Value &root,
                           std::string_view pointer, std::string_view newKey);

// --- Object members ---
// Add `"key": rawJson` to the object at `objectPointer`, after the last member, or before
// member number `position` when given. Laid out like the siblings.
Result<TextEdit> addMember(std::string_view text, const json::Value &root,
                           std::string_view objectPointer, std::string_view key,
                           std::string_view rawJson, std::optional<std::size_t> position = {},
                           const NewTextLayout &layout = {});
// Remove the member at `pointer` with its separator (comma and line).
Result<TextEdit> removeMember(std::string_view text, const json::Value &root,
                              std::string_view pointer);

// --- Array items ---
// Insert `rawJson` as item `index` (== size appends) of the array at `arrayPointer`.
Result<TextEdit> insertItem(std::string_view text, const json::Value &root,
                            std::string_view arrayPointer, std::size_t index,
                            std::string_view rawJson, const NewTextLayout &layout = {});
// Remove the array item at `pointer` with its separator.
Result<TextEdit> removeItem(std::string_view text, const json::Value &root,
                            std::string_view pointer);
// Swap the item at `pointer` with its neighbour `delta` (-1 or +1) places away; the
// separators stay where they are.
Result<TextEdit> moveItem(std::string_view text, const json::Value &root,
                          std::string_view pointer, int delta);

// --- Element values (string lists: Action, Resource, principals, condition values) ---
// Add a value to the element at `pointer`: append to an array, or turn a scalar into an array
// of the old and the new value, one item per line when the member starts its own line,
// inline (["old", "new"]) otherwise.
Result<TextEdit> addValue(std::string_view text, const json::Value &root,
                          std::string_view pointer, std::string_view rawJson,
                          const NewTextLayout &layout = {});
// Remove a value: an array item is removed (the array stays, even when left with one item);
// a value that is not an array item removes its member.
Result<TextEdit> removeValue(std::string_view text, const json::Value &root,
                             std::string_view pointer);

// --- Statements ---
// Append a statement (raw JSON object, re-indented) to the Statement array; a lone statement
// object becomes an array of two; a missing Statement member is added.
Result<TextEdit> addStatement(std::string_view text, const json::Value &root,
                              std::string_view rawStatement, const NewTextLayout &layout = {});
// Insert a copy of statement `index` right after it, byte for byte, except that a Sid gets a
// fresh name ("ReadCopy", "ReadCopy2", ...) so Sids stay unique.
Result<TextEdit> duplicateStatement(std::string_view text, const json::Value &root, int index,
                                    const NewTextLayout &layout = {});
Result<TextEdit> deleteStatement(std::string_view text, const json::Value &root, int index);
// Swap statement `index` with statement `index + delta` (delta -1 or +1).
Result<TextEdit> moveStatement(std::string_view text, const json::Value &root, int index,
                               int delta);
// Add `op: {key: value}` to the statement's Condition, creating what is missing (Condition,
// the operator, the key); when the key exists the value is added to it (addValue).
Result<TextEdit> addCondition(std::string_view text, const json::Value &root,
                              int statementIndex, std::string_view op, std::string_view key,
                              std::string_view rawValue, const NewTextLayout &layout = {});

} // namespace edit
} // namespace engine
