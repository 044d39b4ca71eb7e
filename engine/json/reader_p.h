// Internal to the JSON reader (reader.cpp, reader_scalars.cpp): the reader's state. Not part
// of the engine API.
#pragma once

#include "json/reader.h"
#include "json/utf8_p.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace engine::json::detail {

class Reader
{
public:
    Reader(std::string_view text, const ReadOptions &options)
        : m_begin(text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
        , m_maxDepth(static_cast<std::size_t>(std::clamp(options.maxDepth, 0, kDepthLimit)))
    {}

    ReadResult run();

private:
    std::size_t offset() const { return static_cast<std::size_t>(m_p - m_begin); }
    bool atEnd() const { return m_p == m_end; }
    Position positionOf(std::size_t offset);
    Position here() { return positionOf(offset()); }
    void skipWhitespace();
    void newLine();

    // Each returns false after recording the error.
    bool fail(std::string message, std::size_t offset);
    bool failEndOfText() { return fail("unexpected end of text", offset()); }
    bool failUnexpected(std::string message); // at m_p; a UTF-8 error there wins
    bool failUtf8(const Utf8Check &check, const char *sequence);

    bool parseMember(Member &member); // from the key to just after the `:`
    bool parseScalar(Value &out);
    bool parseString(std::string &out);
    bool parseEscape(std::string &out);
    bool parseHex4(std::uint32_t &cp);
    bool parseNumber(Value &out);
    bool parseLiteral(Value &out);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    std::size_t m_maxDepth;

    int m_line = 1;
    std::size_t m_lineStart = 0;    // byte offset of the first byte of the current line
    std::size_t m_columnOffset = 0; // a byte offset on the current line...
    int m_column = 1;               // ...and its column

    ParseError m_error;
};

} // namespace engine::json::detail
