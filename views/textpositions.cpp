#include "textpositions.h"

#include <algorithm>

namespace views {

namespace {

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u;
}

// UTF-16 code units of the character whose first byte is `c` (a four-byte sequence is a
// surrogate pair; anything else, including a byte QString::fromUtf8 replaces, counts once).
qsizetype utf16Units(char c)
{
    return (static_cast<unsigned char>(c) >= 0xF0u) ? 2 : 1;
}

} // namespace

TextPositions::TextPositions(QByteArray utf8) : m_text(std::move(utf8))
{
    m_lineStarts.push_back(0);
    m_lineUtf16Starts.push_back(0);
    qsizetype units = 0;
    const auto size = static_cast<std::size_t>(m_text.size());
    for (std::size_t i = 0; i < size; ++i) {
        const char c = m_text[static_cast<qsizetype>(i)];
        if (!isContinuation(c))
            units += utf16Units(c);
        const bool lf = c == '\n';
        const bool loneCr = c == '\r' && (i + 1 >= size || m_text[static_cast<qsizetype>(i + 1)] != '\n');
        if (lf || loneCr) {
            m_lineStarts.push_back(i + 1);
            m_lineUtf16Starts.push_back(units);
        }
    }
}

std::size_t TextPositions::lineStart(int line) const
{
    line = std::clamp(line, 0, lineCount() - 1);
    return m_lineStarts[static_cast<std::size_t>(line)];
}

int TextPositions::lineOf(std::size_t byteOffset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byteOffset);
    return static_cast<int>(it - m_lineStarts.begin()) - 1;
}

std::size_t TextPositions::clampToCharacter(std::size_t byteOffset) const
{
    byteOffset = std::min(byteOffset, static_cast<std::size_t>(m_text.size()));
    while (byteOffset > 0 && byteOffset < static_cast<std::size_t>(m_text.size())
           && isContinuation(m_text[static_cast<qsizetype>(byteOffset)]))
        --byteOffset;
    return byteOffset;
}

TextPositions::LineIndex TextPositions::lineIndexAt(std::size_t byteOffset) const
{
    byteOffset = clampToCharacter(byteOffset);
    const int line = lineOf(byteOffset);
    int index = 0;
    for (std::size_t i = m_lineStarts[static_cast<std::size_t>(line)]; i < byteOffset; ++i) {
        if (!isContinuation(m_text[static_cast<qsizetype>(i)]))
            ++index;
    }
    return {line, index};
}

std::size_t TextPositions::byteOffsetFromLineIndex(int line, int index) const
{
    line = std::clamp(line, 0, lineCount() - 1);
    const std::size_t start = lineStart(line);
    std::size_t end = static_cast<std::size_t>(m_text.size());
    if (line + 1 < lineCount()) {
        // Stop before the line break (LF, CRLF or CR).
        end = lineStart(line + 1) - 1;
        if (m_text[static_cast<qsizetype>(end)] == '\n' && end > start
            && m_text[static_cast<qsizetype>(end - 1)] == '\r')
            --end;
    }
    std::size_t i = start;
    for (int seen = 0; i < end; ++i) {
        if (!isContinuation(m_text[static_cast<qsizetype>(i)])) {
            if (seen == index)
                return i;
            ++seen;
        }
    }
    return end;
}

bool TextPositions::hasByteOrderMark() const
{
    return m_text.startsWith("\xEF\xBB\xBF");
}

engine::json::Position TextPositions::positionAt(std::size_t byteOffset) const
{
    byteOffset = clampToCharacter(byteOffset);
    const LineIndex li = lineIndexAt(byteOffset);
    // As in the engine, a byte order mark takes no column.
    if (li.line == 0 && hasByteOrderMark())
        return {1, std::max(li.index, 1), byteOffset};
    return {li.line + 1, li.index + 1, byteOffset};
}

std::size_t TextPositions::byteOffsetAt(int line, int column) const
{
    const int index = std::max(column - 1, 0);
    if (line <= 1 && hasByteOrderMark())
        return byteOffsetFromLineIndex(0, index + 1);
    return byteOffsetFromLineIndex(line - 1, index);
}

qsizetype TextPositions::utf16IndexAt(std::size_t byteOffset) const
{
    byteOffset = clampToCharacter(byteOffset);
    const int line = lineOf(byteOffset);
    qsizetype units = m_lineUtf16Starts[static_cast<std::size_t>(line)];
    for (std::size_t i = m_lineStarts[static_cast<std::size_t>(line)]; i < byteOffset; ++i) {
        const char c = m_text[static_cast<qsizetype>(i)];
        if (!isContinuation(c))
            units += utf16Units(c);
    }
    return units;
}

std::size_t TextPositions::byteOffsetAtUtf16(qsizetype utf16Index) const
{
    utf16Index = std::max<qsizetype>(utf16Index, 0);
    const auto it = std::upper_bound(m_lineUtf16Starts.begin(), m_lineUtf16Starts.end(),
                                     utf16Index);
    const auto line = static_cast<std::size_t>(it - m_lineUtf16Starts.begin()) - 1;
    qsizetype units = m_lineUtf16Starts[line];
    std::size_t i = m_lineStarts[line];
    const auto size = static_cast<std::size_t>(m_text.size());
    while (i < size) {
        // Inside a surrogate pair: stay at the start of its character.
        const qsizetype next = units + utf16Units(m_text[static_cast<qsizetype>(i)]);
        if (next > utf16Index)
            break;
        units = next;
        ++i;
        while (i < size && isContinuation(m_text[static_cast<qsizetype>(i)]))
            ++i;
    }
    return i;
}

qsizetype utf16IndexFromByteOffset(const QByteArray &utf8, std::size_t byteOffset)
{
    return TextPositions(utf8).utf16IndexAt(byteOffset);
}

std::size_t byteOffsetFromUtf16Index(const QString &text, qsizetype utf16Index)
{
    utf16Index = std::clamp<qsizetype>(utf16Index, 0, text.size());
    // A low surrogate is the second half of its character: stay at the character's start.
    if (utf16Index > 0 && utf16Index < text.size() && text.at(utf16Index).isLowSurrogate())
        --utf16Index;
    return static_cast<std::size_t>(QStringView(text).left(utf16Index).toUtf8().size());
}

} // namespace views
