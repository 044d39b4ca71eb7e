// The reader is a recursive-descent parser of the RFC 8259 grammar whose recursion lives in an
// explicit stack of open containers (`open` in Reader::run), so no input, however deep, can
// overflow the call stack; maxDepth bounds that stack and the depth of the tree built.
//
// Positions: the reader keeps the current line and the byte offset where it starts; a column
// is counted lazily, in code points, from the last position handed out, so handing out the
// (monotonic) positions of a whole document costs one pass over it.
//
// The structure (containers, members, positions, errors) is here; strings, numbers and
// literals are in reader_scalars.cpp, UTF-8 checking in utf8.cpp.
#include "json/reader.h"
#include "json/reader_p.h"

#include <algorithm>
#include <atomic>
#include <vector>

namespace engine::json {

namespace detail {

Position Reader::positionOf(std::size_t offset)
{
    // Positions are asked for in text order, except error positions that look back to an
    // earlier byte of the same line (an escape, a word): then count from the line start.
    if (offset < m_columnOffset) {
        m_columnOffset = m_lineStart;
        m_column = 1;
    }
    m_column += countCodePoints(m_begin + m_columnOffset, m_begin + offset);
    m_columnOffset = offset;
    return {m_line, m_column, offset};
}

void Reader::newLine()
{
    ++m_line;
    m_lineStart = offset();
    m_columnOffset = m_lineStart;
    m_column = 1;
}

void Reader::skipWhitespace()
{
    while (m_p != m_end) {
        const char c = *m_p;
        if (c == ' ' || c == '\t') {
            ++m_p;
        } else if (c == '\n') {
            ++m_p;
            newLine();
        } else if (c == '\r') {
            ++m_p;
            if (m_p != m_end && *m_p == '\n')
                ++m_p;
            newLine();
        } else {
            return;
        }
    }
}

bool Reader::fail(std::string message, std::size_t offset)
{
    m_error.message = std::move(message);
    m_error.position = positionOf(offset);
    return false;
}

bool Reader::failUnexpected(std::string message)
{
    if (static_cast<unsigned char>(*m_p) >= 0x80) {
        const Utf8Check check = checkUtf8(m_p, m_end);
        if (check.problem != Utf8Problem::None)
            return failUtf8(check, m_p);
    }
    return fail(std::move(message), offset());
}

bool Reader::failUtf8(const Utf8Check &check, const char *sequence)
{
    const auto where = static_cast<std::size_t>(sequence - m_begin) + check.where;
    return fail(utf8Message(check.problem, static_cast<unsigned char>(*sequence)), where);
}

ReadResult Reader::run()
{
    ReadResult result;
    if (startsWithBom({m_begin, static_cast<std::size_t>(m_end - m_begin)})) {
        m_p += kBomSize;
        m_lineStart = m_columnOffset = kBomSize;
    }
    skipWhitespace();
    if (atEnd()) {
        fail("empty text", offset());
        result.error = std::move(m_error);
        return result;
    }

    // `open` holds the containers being filled, innermost last. Pointers into the tree stay
    // valid: only the innermost container grows, and none of its items is open.
    std::vector<Value *> open;
    open.reserve(std::min<std::size_t>(m_maxDepth, 64));
    Value *target = &result.value; // where the next value goes
    bool needValue = true;
    bool ok = true;
    while (ok) {
        if (needValue) {
            if (atEnd()) {
                ok = failEndOfText();
                break;
            }
            const char c = *m_p;
            if (c != '[' && c != '{') {
                ok = parseScalar(*target);
                needValue = false;
                continue;
            }
            if (open.size() >= m_maxDepth) {
                ok = fail("nesting deeper than " + std::to_string(m_maxDepth) + " levels",
                          offset());
                break;
            }
            target->kind = c == '[' ? Kind::Array : Kind::Object;
            target->span.begin = here();
            ++m_p;
            open.push_back(target);
            skipWhitespace();
            if (atEnd()) {
                ok = failEndOfText();
                break;
            }
            if (*m_p == (c == '[' ? ']' : '}')) {
                ++m_p;
                target->span.end = here();
                open.pop_back();
                needValue = false;
            } else if (c == '[') {
                target = &target->items.emplace_back();
            } else {
                Member &member = target->members.emplace_back();
                ok = parseMember(member);
                target = &member.value;
            }
            continue;
        }

        if (open.empty())
            break;
        Value *container = open.back();
        skipWhitespace();
        if (atEnd()) {
            ok = failEndOfText();
            break;
        }
        const char c = *m_p;
        const bool isArray = container->kind == Kind::Array;
        if (c == ',') {
            ++m_p;
            skipWhitespace();
            needValue = true;
            if (isArray) {
                target = &container->items.emplace_back();
            } else {
                Member &member = container->members.emplace_back();
                ok = parseMember(member);
                target = &member.value;
            }
        } else if (c == (isArray ? ']' : '}')) {
            ++m_p;
            container->span.end = here();
            open.pop_back();
        } else {
            ok = failUnexpected(isArray ? "expected `,` or `]` after an array element"
                                        : "expected `,` or `}` after a property value");
        }
    }

    if (ok) {
        skipWhitespace();
        if (!atEnd())
            ok = failUnexpected("trailing characters after the JSON value");
    }
    if (!ok) {
        result.value = Value();
        result.error = std::move(m_error);
        return result;
    }
    result.ok = true;
    return result;
}

bool Reader::parseMember(Member &member)
{
    if (atEnd())
        return failEndOfText();
    if (*m_p != '"')
        return failUnexpected("expected a property name");
    member.keySpan.begin = here();
    if (!parseString(member.key))
        return false;
    member.keySpan.end = here();
    skipWhitespace();
    if (atEnd())
        return failEndOfText();
    if (*m_p != ':')
        return failUnexpected("expected `:` after a property name");
    ++m_p;
    skipWhitespace();
    return true;
}

} // namespace detail

using namespace detail;

std::string ParseError::toString() const
{
    return "line " + std::to_string(position.line) + ", column " + std::to_string(position.column)
           + ": " + message;
}

namespace {

std::atomic<std::uint64_t> textsRead{0};
std::atomic<std::uint64_t> bytesRead{0};

} // namespace

ReadCounts readCounts()
{
    return {textsRead.load(std::memory_order_relaxed), bytesRead.load(std::memory_order_relaxed)};
}

ReadResult read(std::string_view text, const ReadOptions &options)
{
    textsRead.fetch_add(1, std::memory_order_relaxed);
    bytesRead.fetch_add(text.size(), std::memory_order_relaxed);
    if (text.size() > options.maxBytes) {
        ReadResult result;
        result.error.message = "text larger than " + std::to_string(options.maxBytes) + " bytes";
        result.error.position = positionAt(text, options.maxBytes);
        return result;
    }
    Reader reader(text, options);
    return reader.run();
}

Position positionAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    Position pos;
    pos.offset = offset;
    std::size_t lineStart = 0;
    if (startsWithBom(text)) {
        if (offset <= kBomSize)
            return pos;
        lineStart = kBomSize;
    }
    for (std::size_t i = lineStart; i < offset; ++i) {
        const char c = text[i];
        // In a CRLF pair the LF ends the line, so an offset between the two stays on it.
        const bool lineEnd
            = c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
        if (lineEnd) {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    pos.column = 1 + countCodePoints(text.data() + lineStart, text.data() + offset);
    return pos;
}

std::string quote(std::string_view s)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back('"');
    const char *p = s.data();
    const char *end = p + s.size();
    // Printable ASCII other than `"` and `\` is copied as it is, a run at a time.
    const auto plain = [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0x20 && b < 0x7F && c != '"' && c != '\\';
    };
    while (p != end) {
        const char *run = p;
        while (p != end && plain(*p))
            ++p;
        out.append(run, static_cast<std::size_t>(p - run));
        if (p == end)
            break;
        const auto b = static_cast<unsigned char>(*p);
        if (b >= 0x80) {
            const Utf8Check check = checkUtf8(p, end);
            if (check.problem == Utf8Problem::None) {
                out.append(p, check.length);
                p += check.length;
            } else {
                out.append("\xEF\xBF\xBD"); // U+FFFD: the output stays valid UTF-8
                ++p;
            }
            continue;
        }
        switch (b) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (b < 0x20 || b == 0x7F) {
                out.append("\\u00");
                out.push_back(digits[b >> 4]);
                out.push_back(digits[b & 0x0Fu]);
            } else {
                out.push_back(static_cast<char>(b));
            }
            break;
        }
        ++p;
    }
    out.push_back('"');
    return out;
}

} // namespace engine::json
