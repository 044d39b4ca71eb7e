#include "cli/linereader.h"

#include <algorithm>
#include <cstring>

namespace engine::cli {

LineReader::LineReader(std::istream &in, std::size_t maxBytes)
    : m_in(in)
    , m_maxBytes(maxBytes)
    , m_block(new char[blockSize])
{}

// Takes what the stream has buffered (at least one byte unless at its end) without waiting for
// more: sgetc() reads once when the stream's buffer is empty, in_avail() says how much came.
bool LineReader::refill()
{
    m_pos = m_end = 0;
    std::streambuf *buffer = m_in.rdbuf();
    if (!buffer || std::streambuf::traits_type::eq_int_type(buffer->sgetc(),
                                                               std::streambuf::traits_type::eof()))
        return false;
    const std::streamsize available = std::max<std::streamsize>(buffer->in_avail(), 1);
    const std::streamsize n =
        buffer->sgetn(m_block.get(), std::min<std::streamsize>(available, blockSize));
    if (n <= 0)
        return false;
    m_end = static_cast<std::size_t>(n);
    return true;
}

bool LineReader::next(std::string_view &line, bool &tooLong)
{
    line = {};
    tooLong = false;
    m_line.clear();
    bool readAny = false;
    for (;;) {
        if (m_pos == m_end && !refill()) {
            if (!readAny)
                return false; // the end, possibly inside a skipped line
            break;            // a last line without a line ending
        }
        const char *start = m_block.get() + m_pos;
        const std::size_t available = m_end - m_pos;
        const auto *newline = static_cast<const char *>(std::memchr(start, '\n', available));
        const std::size_t chunk = newline ? static_cast<std::size_t>(newline - start) : available;
        m_pos += chunk + (newline ? 1 : 0);
        if (m_skipping) {
            m_skipping = !newline;
            continue;
        }
        readAny = true;
        if (m_line.size() + chunk > m_maxBytes) {
            ++m_lineNumber;
            m_skipping = !newline;
            m_line.clear();
            m_line.shrink_to_fit();
            tooLong = true;
            return true;
        }
        if (newline && m_line.empty()) // the common case: the whole line is in the block
            return finishLine(std::string_view(start, chunk), line);
        m_line.append(start, chunk);
        if (newline)
            break;
    }
    return finishLine(m_line, line);
}

bool LineReader::finishLine(std::string_view text, std::string_view &line)
{
    ++m_lineNumber;
    if (!text.empty() && text.back() == '\r')
        text.remove_suffix(1);
    line = text;
    return true;
}

} // namespace engine::cli
