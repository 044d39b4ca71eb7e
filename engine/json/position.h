// Positions in a UTF-8 text: what every diagnostic, every parsed node and every editor
// highlight is located by. Lines and columns are 1-based and for people (a column counts
// Unicode code points; LF, CRLF and a lone CR each end a line); the offset is the 0-based
// UTF-8 byte offset, which is also what Scintilla calls a position.
#pragma once

#include <cstddef>

namespace engine::json {

struct Position
{
    int line = 1;
    int column = 1;
    std::size_t offset = 0;

    friend bool operator==(const Position &, const Position &) = default;
};

// A half-open byte range [begin.offset, end.offset) with the line/column of both ends.
struct Span
{
    Position begin;
    Position end;

    friend bool operator==(const Span &, const Span &) = default;
    bool contains(std::size_t offset) const { return offset >= begin.offset && offset < end.offset; }
};

} // namespace engine::json
