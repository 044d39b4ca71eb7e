// The reader is a recursive-descent parser of the RFC 8259 grammar whose recursion lives in an
// explicit stack of open containers (`open` in Reader::run), so no input, however deep, can
// overflow the call stack; maxDepth bounds that stack and the depth of the tree built.
//
// Positions: the reader keeps the current line and the byte offset where it starts; a column
// is counted lazily, in code points, from the last position handed out, so handing out the
// (monotonic) positions of a whole document costs one pass over it.
#include "json/reader.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace engine::json {

namespace {

constexpr std::size_t kBomSize = 3;

bool startsWithBom(std::string_view text)
{
    return text.size() >= kBomSize && static_cast<unsigned char>(text[0]) == 0xEF
           && static_cast<unsigned char>(text[1]) == 0xBB
           && static_cast<unsigned char>(text[2]) == 0xBF;
}

bool isContinuation(unsigned char b)
{
    return (b & 0xC0u) == 0x80u;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Counts code points: every byte that is not a UTF-8 continuation byte starts one.
int countCodePoints(const char *begin, const char *end)
{
    int n = 0;
    for (const char *p = begin; p != end; ++p)
        n += isContinuation(static_cast<unsigned char>(*p)) ? 0 : 1;
    return n;
}

std::string hexByte(unsigned char b)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string s = "0x";
    s.push_back(digits[b >> 4]);
    s.push_back(digits[b & 0x0Fu]);
    return s;
}

// "U+000A"
std::string codePointName(unsigned cp)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string s = "U+";
    for (int shift = 12; shift >= 0; shift -= 4)
        s.push_back(digits[(cp >> static_cast<unsigned>(shift)) & 0x0Fu]);
    return s;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0u | (cp >> 6)));
        out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0u | (cp >> 12)));
        out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
        out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
    } else {
        out.push_back(static_cast<char>(0xF0u | (cp >> 18)));
        out.push_back(static_cast<char>(0x80u | ((cp >> 12) & 0x3Fu)));
        out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
        out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
    }
}

enum class Utf8Problem { None, InvalidByte, Truncated, Overlong, Surrogate, TooLarge };

struct Utf8Check
{
    std::size_t length = 0; // of the valid sequence; 0 when there is a problem
    Utf8Problem problem = Utf8Problem::None;
    std::size_t where = 0; // the bad byte, relative to the start of the sequence
};

// Checks the UTF-8 sequence starting at p (p < end), per RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF, no truncated sequence.
Utf8Check checkUtf8(const char *p, const char *end)
{
    const auto b0 = static_cast<unsigned char>(*p);
    if (b0 < 0x80)
        return {1, Utf8Problem::None, 0};
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    Utf8Problem rangeProblem = Utf8Problem::None;
    // Continuation bytes, the overlong leads C0 and C1, and leads beyond U+10FFFF.
    if (b0 < 0xC2 || b0 > 0xF4)
        return {0, Utf8Problem::InvalidByte, 0};
    if (b0 < 0xE0) {
        length = 2;
    } else if (b0 < 0xF0) {
        length = 3;
        if (b0 == 0xE0) {
            low = 0xA0;
            rangeProblem = Utf8Problem::Overlong;
        } else if (b0 == 0xED) {
            high = 0x9F;
            rangeProblem = Utf8Problem::Surrogate;
        }
    } else {
        length = 4;
        if (b0 == 0xF0) {
            low = 0x90;
            rangeProblem = Utf8Problem::Overlong;
        } else if (b0 == 0xF4) {
            high = 0x8F;
            rangeProblem = Utf8Problem::TooLarge;
        }
    }
    for (std::size_t i = 1; i < length; ++i) {
        if (p + i == end)
            return {0, Utf8Problem::Truncated, i};
        const auto b = static_cast<unsigned char>(p[i]);
        if (!isContinuation(b))
            return {0, Utf8Problem::Truncated, i};
        if (i == 1 && (b < low || b > high))
            return {0, rangeProblem, 0};
    }
    return {length, Utf8Problem::None, 0};
}

std::string utf8Message(Utf8Problem problem, unsigned char leadByte)
{
    switch (problem) {
    case Utf8Problem::None:
        break;
    case Utf8Problem::InvalidByte:
        return "invalid UTF-8 byte " + hexByte(leadByte);
    case Utf8Problem::Truncated:
        return "truncated UTF-8 sequence";
    case Utf8Problem::Overlong:
        return "overlong UTF-8 sequence";
    case Utf8Problem::Surrogate:
        return "surrogate code point encoded in UTF-8";
    case Utf8Problem::TooLarge:
        return "code point above U+10FFFF";
    }
    return "invalid UTF-8";
}

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

bool Reader::parseScalar(Value &out)
{
    const Position begin = here();
    const char c = *m_p;
    bool ok = false;
    if (c == '"') {
        out.kind = Kind::String;
        ok = parseString(out.text);
    } else if (c == '-' || isDigit(c)) {
        ok = parseNumber(out);
    } else if (isWordChar(c)) {
        ok = parseLiteral(out);
    } else {
        return failUnexpected("expected a value");
    }
    if (!ok)
        return false;
    out.span = {begin, here()};
    return true;
}

bool Reader::parseString(std::string &out)
{
    ++m_p; // the opening quote
    const char *chunk = m_p;
    for (;;) {
        // Runs of plain characters are copied in one go.
        while (m_p != m_end) {
            const auto b = static_cast<unsigned char>(*m_p);
            if (b == '"' || b == '\\' || b < 0x20)
                break;
            if (b < 0x80) {
                ++m_p;
                continue;
            }
            const Utf8Check check = checkUtf8(m_p, m_end);
            if (check.problem != Utf8Problem::None)
                return failUtf8(check, m_p);
            m_p += check.length;
        }
        out.append(chunk, m_p);
        if (atEnd())
            return failEndOfText();
        const auto b = static_cast<unsigned char>(*m_p);
        if (b == '"') {
            ++m_p;
            return true;
        }
        if (b == '\\') {
            if (!parseEscape(out))
                return false;
            chunk = m_p;
            continue;
        }
        if (b == '\n' || b == '\r')
            return fail("unescaped line break in a string", offset());
        if (b == '\t')
            return fail("unescaped tab in a string", offset());
        return fail("unescaped control character " + codePointName(b) + " in a string", offset());
    }
}

bool Reader::parseEscape(std::string &out)
{
    const char *escape = m_p;
    ++m_p; // the backslash
    if (atEnd())
        return failEndOfText();
    const char c = *m_p;
    char simple = 0;
    switch (c) {
    case '"':
    case '\\':
    case '/':
        simple = c;
        break;
    case 'b':
        simple = '\b';
        break;
    case 'f':
        simple = '\f';
        break;
    case 'n':
        simple = '\n';
        break;
    case 'r':
        simple = '\r';
        break;
    case 't':
        simple = '\t';
        break;
    case 'u':
        break;
    default: {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20)
            return fail("invalid escape: `\\` followed by " + codePointName(b), offset());
        std::size_t length = 1;
        if (b >= 0x80) {
            const Utf8Check check = checkUtf8(m_p, m_end);
            if (check.problem != Utf8Problem::None)
                return failUtf8(check, m_p);
            length = check.length;
        }
        return fail("invalid escape `\\" + std::string(m_p, length) + "`", offset());
    }
    }
    if (simple != 0) {
        out.push_back(simple);
        ++m_p;
        return true;
    }

    ++m_p; // the `u`
    const auto unpaired = [&] {
        return fail("unpaired surrogate `" + std::string(escape, 6) + "`",
                    static_cast<std::size_t>(escape - m_begin));
    };
    std::uint32_t cp = 0;
    if (!parseHex4(cp))
        return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF)
        return unpaired();
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (atEnd())
            return failEndOfText();
        if (*m_p != '\\')
            return unpaired();
        if (m_p + 1 == m_end) {
            ++m_p;
            return failEndOfText();
        }
        if (m_p[1] != 'u')
            return unpaired();
        m_p += 2;
        std::uint32_t low = 0;
        if (!parseHex4(low))
            return false;
        if (low < 0xDC00 || low > 0xDFFF)
            return unpaired();
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(out, cp);
    return true;
}

bool Reader::parseHex4(std::uint32_t &cp)
{
    cp = 0;
    for (int i = 0; i < 4; ++i) {
        if (atEnd())
            return failEndOfText();
        const int h = hexValue(*m_p);
        if (h < 0)
            return failUnexpected("expected 4 hex digits after `\\u`");
        cp = cp * 16 + static_cast<std::uint32_t>(h);
        ++m_p;
    }
    return true;
}

bool Reader::parseNumber(Value &out)
{
    const char *start = m_p;
    const auto digits = [&] {
        while (m_p != m_end && isDigit(*m_p))
            ++m_p;
    };
    if (*m_p == '-') {
        ++m_p;
        if (atEnd())
            return failEndOfText();
        if (!isDigit(*m_p))
            return failUnexpected("expected a digit after `-`");
    }
    if (*m_p == '0') {
        ++m_p;
        if (m_p != m_end && isDigit(*m_p))
            return fail("leading zeros are not allowed", offset());
    } else {
        digits();
    }
    if (m_p != m_end && *m_p == '.') {
        ++m_p;
        if (atEnd())
            return failEndOfText();
        if (!isDigit(*m_p))
            return failUnexpected("expected a digit after `.`");
        digits();
    }
    if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (atEnd())
            return failEndOfText();
        if (!isDigit(*m_p))
            return failUnexpected("expected a digit in the exponent");
        digits();
    }
    out.kind = Kind::Number;
    out.text.assign(start, m_p);
    return true;
}

bool Reader::parseLiteral(Value &out)
{
    const char *start = m_p;
    const char *wordEnd = m_p;
    while (wordEnd != m_end && isWordChar(*wordEnd))
        ++wordEnd;
    const std::string_view word(start, static_cast<std::size_t>(wordEnd - start));
    if (word == "true" || word == "false") {
        out.kind = Kind::Bool;
        out.text.assign(word);
        m_p = wordEnd;
        return true;
    }
    if (word == "null") {
        out.kind = Kind::Null;
        m_p = wordEnd;
        return true;
    }
    // Not a literal: the error is at the first byte that leaves true/false/null.
    const std::string_view literal = *start == 't'   ? "true"
                                     : *start == 'f' ? "false"
                                     : *start == 'n' ? "null"
                                                     : "";
    const auto mismatch = std::mismatch(word.begin(), word.end(), literal.begin(), literal.end());
    const auto matched = static_cast<std::size_t>(mismatch.first - word.begin());
    if (matched == word.size() && wordEnd == m_end) {
        m_p = wordEnd;
        return failEndOfText(); // "tru" at the very end
    }
    constexpr std::size_t kShown = 24;
    const std::string shown
        = word.size() > kShown ? std::string(word.substr(0, kShown)) + "..." : std::string(word);
    return fail("invalid literal `" + shown + "`", offset() + matched);
}

} // namespace

std::string ParseError::toString() const
{
    return "line " + std::to_string(position.line) + ", column " + std::to_string(position.column)
           + ": " + message;
}

ReadResult read(std::string_view text, const ReadOptions &options)
{
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
    while (p != end) {
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
