// Reading JSON Lines input (requests, scenarios) one line at a time with bounded memory.
//
//   LineReader reader(in, maxRequestLineBytes);
//   std::string_view line;
//   bool tooLong = false;
//   while (reader.next(line, tooLong))
//       handle(reader.lineNumber(), tooLong ? error : line);
//
// The input is read in blocks of what the stream has available (never one byte at a time and
// never waiting for more than it has, so an interactive caller gets each line at once). A line
// longer than the limit is reported as soon as it passes the limit, without waiting for its
// end (an endless line such as /dev/zero is reported too); its rest, up to the next newline, is
// then skipped. Line endings are LF or CRLF.
#pragma once

#include <cstddef>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

namespace engine::cli {

class LineReader
{
public:
    LineReader(std::istream &in, std::size_t maxBytes);

    // False at the end of the input. `line` (without its line ending) stays valid until the
    // next call. For a line over the limit `tooLong` is set and `line` is empty.
    bool next(std::string_view &line, bool &tooLong);
    // The 1-based number of the line `next` returned last.
    int lineNumber() const { return m_lineNumber; }

private:
    bool refill();
    bool finishLine(std::string_view text, std::string_view &line);

    std::istream &m_in;
    std::size_t m_maxBytes;
    int m_lineNumber = 0;
    bool m_skipping = false; // inside a too-long line already reported

    static constexpr std::size_t blockSize = 65536;
    std::unique_ptr<char[]> m_block;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::string m_line; // a line that spans blocks
};

} // namespace engine::cli
