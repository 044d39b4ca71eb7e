// Internal to engine/edit: how the text around a value is laid out (indents, separators, line
// endings) and how new JSON is rendered to match. Not part of the API.
#pragma once

#include "core/result.h"
#include "edit/textedit.h"
#include "json/value.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace engine::edit::detail {

struct Style
{
    std::string unit = "    "; // one indent step
    std::string newline = "\n";
    bool compact = false;      // the text has no line break at all (minified)
    std::string colon = ": ";  // between a key and its value
    std::string comma = ", ";  // between inline items: "," when the colon has no space
};

// `layout` gives the unit when the text has no indented line.
Style detectStyle(std::string_view text, const NewTextLayout &layout = {});
// As above, with the key/value separator taken from the document's first member.
Style detectStyle(std::string_view text, const json::Value &root,
                  const NewTextLayout &layout = {});

// Where a pointer leads: the value, and where it sits in its parent.
struct Location
{
    const json::Value *value = nullptr;
    const json::Value *parent = nullptr; // nullptr for the root
    std::size_t index = 0;               // member or item index in the parent
    const json::Member *member = nullptr; // when the parent is an object
};

std::optional<Location> locate(const json::Value &root, std::string_view pointer);

// The whitespace at the start of the line holding `offset`.
std::string lineIndent(std::string_view text, std::size_t offset);
// True when only spaces and tabs precede `offset` on its line.
bool startsLine(std::string_view text, std::size_t offset);

// Renders parsed JSON in the document's style; `indent` is the indent of the line the value
// starts on. Scalars keep their spelling from `source`.
std::string render(const json::Value &value, std::string_view source, const Style &style,
                   const std::string &indent);
// Parses rawJson and renders it; an error when rawJson is not one JSON value.
Result<std::string> renderRaw(std::string_view rawJson, const Style &style,
                              const std::string &indent);
// Adds `extra` after every line break of a multi-line text (re-indents a copied value).
std::string indentMore(std::string_view text, std::string_view extra);

// The start offset of a container's child (member key or item value).
std::size_t childBegin(const json::Value &container, std::size_t i);
std::size_t childEnd(const json::Value &container, std::size_t i);
std::size_t childCount(const json::Value &container);

// Inserts `literal` (already laid out) as child `index` of the container; `literal` is a
// whole member ("\"k\": v") for objects or an item for arrays, laid out for the indent
// childIndentFor() gives.
TextEdit insertChild(std::string_view text, const json::Value &container, std::size_t index,
                     const std::string &literal, const Style &style);
// The indent a new child of the container gets.
std::string childIndentFor(std::string_view text, const json::Value &container,
                           const Style &style);
// The style for rendering a new child: inline (no line breaks) when the container's children
// share a line with it, the document's style otherwise.
Style childStyleFor(std::string_view text, const json::Value &container, const Style &style);
TextEdit removeChild(std::string_view text, const json::Value &container, std::size_t index);

} // namespace engine::edit::detail
