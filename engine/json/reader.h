// A strict RFC 8259 reader that builds json::Value trees with spans.
//
// Strict: no comments, no trailing commas, no single quotes, no NaN; strings must be valid
// UTF-8 and may not contain raw control characters; lone surrogate escapes are errors. A UTF-8
// byte order mark at the very start is accepted and skipped (offsets still count it).
// Bounded: nesting deeper than ReadOptions::maxDepth and input larger than maxBytes are
// reported as errors, never a stack overflow or an allocation storm.
#pragma once

#include "core/result.h"
#include "json/position.h"
#include "json/value.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace engine::json {

// The deepest nesting the reader ever accepts, whatever ReadOptions::maxDepth says: trees
// deeper than this could overflow the stack when destroyed or compared recursively.
inline constexpr int kDepthLimit = 10000;

struct ReadOptions
{
    int maxDepth = 256; // values above kDepthLimit act as kDepthLimit
    std::size_t maxBytes = 64u * 1024u * 1024u;
};

struct ParseError
{
    // Lowercase, no final period, e.g. "expected a property name", "invalid UTF-8 byte 0xff",
    // "nesting deeper than 256 levels", "unexpected end of text".
    std::string message;
    // Where: the first byte that cannot continue a JSON text; for text that ends too early,
    // the position just after its last character.
    Position position;

    // "line 9, column 5: expected a property name"
    std::string toString() const;
};

struct ReadResult
{
    bool ok = false;
    Value value;      // valid when ok
    ParseError error; // valid when !ok
};

ReadResult read(std::string_view text, const ReadOptions &options = {});

// How many texts read() has parsed in this process so far, and how many bytes they had. Tests
// compare the counts before and after an action to prove that a text was parsed once (the
// editor's one analysis per edit). Thread-safe; counting costs two relaxed atomic additions.
struct ReadCounts
{
    std::uint64_t texts = 0;
    std::uint64_t bytes = 0;
};
ReadCounts readCounts();

// The position (line, column in code points) of a byte offset in text, counted the same way
// the reader counts. Used by tools that hold an offset and need a line and column.
Position positionAt(std::string_view text, std::size_t offset);

// Writes s as a JSON string literal with quotes, escaping what RFC 8259 requires plus
// control characters; non-ASCII UTF-8 is written as is.
std::string quote(std::string_view s);

} // namespace engine::json
