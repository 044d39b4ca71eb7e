// The scalar half of the JSON reader: strings (with escapes and UTF-8 checks), numbers and
// the literals true, false and null, each with its error message and position.
#include "json/reader_p.h"

#include "values/text.h"

#include <algorithm>

namespace engine::json::detail {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
}

} // namespace

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
        const int h = values::hexDigitValue(*m_p);
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

} // namespace engine::json::detail
