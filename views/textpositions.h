// The one place that converts between the position systems of the editor:
//   - UTF-8 byte offsets: the engine's offsets and Scintilla positions (SCI_* messages);
//   - engine line/column: 1-based line, 1-based column counted in code points;
//   - QScintilla line/index: 0-based line, 0-based index counted in code points
//     (positionFromLineIndex, lineIndexFromPosition);
//   - QString indexes: UTF-16 code units (a character outside the BMP counts twice).
// Lines end at LF, CRLF or a lone CR, as in the engine; a UTF-8 byte order mark at the start
// takes no engine column (the engine skips it) but is a character for QScintilla and QString. An offset inside a multi-byte
// sequence maps to the start of that sequence; out-of-range inputs are clamped.
#pragma once

#include "json/position.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <vector>

namespace views {

class TextPositions
{
public:
    TextPositions() : TextPositions(QByteArray()) {}
    explicit TextPositions(QByteArray utf8);

    const QByteArray &text() const { return m_text; }
    int lineCount() const { return static_cast<int>(m_lineStarts.size()); }
    // Byte offset of the first byte of 0-based line `line` (clamped).
    std::size_t lineStart(int line) const;

    engine::json::Position positionAt(std::size_t byteOffset) const;
    std::size_t byteOffsetAt(int line, int column) const;

    struct LineIndex
    {
        int line = 0;
        int index = 0;
        friend bool operator==(const LineIndex &, const LineIndex &) = default;
    };
    LineIndex lineIndexAt(std::size_t byteOffset) const;
    std::size_t byteOffsetFromLineIndex(int line, int index) const;

    qsizetype utf16IndexAt(std::size_t byteOffset) const;
    std::size_t byteOffsetAtUtf16(qsizetype utf16Index) const;

private:
    int lineOf(std::size_t byteOffset) const;
    bool hasByteOrderMark() const;
    std::size_t clampToCharacter(std::size_t byteOffset) const;

    QByteArray m_text;
    std::vector<std::size_t> m_lineStarts; // byte offsets; INVARIANT: starts with 0
    std::vector<qsizetype> m_lineUtf16Starts; // UTF-16 index of each line start
};

// One-shot conversions (scan the text once).
qsizetype utf16IndexFromByteOffset(const QByteArray &utf8, std::size_t byteOffset);
std::size_t byteOffsetFromUtf16Index(const QString &text, qsizetype utf16Index);

} // namespace views
