// TextPositions: byte offsets <-> line/column <-> QScintilla line/index <-> UTF-16 indexes,
// on text with two-, three- and four-byte characters and all three line endings.
#include "textpositions.h"

#include "json/reader.h"

#include <QtTest>

using views::TextPositions;

namespace {

// "ä" is 2 bytes (1 UTF-16 unit), "€" 3 bytes (1 unit), "😀" 4 bytes (2 units).
const QByteArray sample = QByteArrayLiteral("{\"ä\": \"€\",\r\n" // line 1: bytes 0..14
                                            "\"😀\": 1 x\n"      // line 2: bytes 15..26
                                            "\rend");            // line 3: CR alone; line 4: 28..30
} // namespace

class TestTextPositions : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindLineStarts();
    void shouldConvertByteOffsets_data();
    void shouldConvertByteOffsets();
    void shouldRoundTripEveryCharacter();
    void shouldAgreeWithTheEngine_data();
    void shouldAgreeWithTheEngine();
    void shouldConvertOneShot();
    void shouldClamp();
};

void TestTextPositions::shouldFindLineStarts()
{
    const TextPositions p(sample);
    QCOMPARE(p.lineCount(), 4);
    QCOMPARE(p.lineStart(0), std::size_t(0));
    QCOMPARE(p.lineStart(1), std::size_t(15));
    QCOMPARE(p.lineStart(2), std::size_t(27));
    QCOMPARE(p.lineStart(3), std::size_t(28));
    QCOMPARE(p.lineStart(99), std::size_t(28));
}

void TestTextPositions::shouldConvertByteOffsets_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");   // 1-based
    QTest::addColumn<int>("column"); // 1-based, code points
    QTest::addColumn<int>("utf16");
    // {"ä": "€",CRLF
    QTest::addRow("start") << 0 << 1 << 1 << 0;
    QTest::addRow("a umlaut") << 2 << 1 << 3 << 2;
    QTest::addRow("after a umlaut") << 4 << 1 << 4 << 3;
    QTest::addRow("euro") << 8 << 1 << 8 << 7;
    QTest::addRow("after euro") << 11 << 1 << 9 << 8;
    QTest::addRow("CR of CRLF") << 13 << 1 << 11 << 10;
    // "😀": 1 x
    QTest::addRow("line 2") << 15 << 2 << 1 << 12;
    QTest::addRow("emoji") << 16 << 2 << 2 << 13;
    QTest::addRow("after emoji") << 20 << 2 << 3 << 15;
    QTest::addRow("x after emoji") << 25 << 2 << 8 << 20;
    QTest::addRow("lone CR line") << 27 << 3 << 1 << 22;
    QTest::addRow("last line") << 28 << 4 << 1 << 23;
    QTest::addRow("end") << 31 << 4 << 4 << 26;
}

void TestTextPositions::shouldConvertByteOffsets()
{
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, utf16);
    const TextPositions p(sample);
    const auto byte = std::size_t(offset);
    const engine::json::Position pos = p.positionAt(byte);
    QCOMPARE(pos.line, line);
    QCOMPARE(pos.column, column);
    QCOMPARE(pos.offset, byte);
    QCOMPARE(p.byteOffsetAt(line, column), byte);
    QCOMPARE(p.lineIndexAt(byte), (TextPositions::LineIndex{line - 1, column - 1}));
    QCOMPARE(p.byteOffsetFromLineIndex(line - 1, column - 1), byte);
    QCOMPARE(p.utf16IndexAt(byte), qsizetype(utf16));
    QCOMPARE(p.byteOffsetAtUtf16(utf16), byte);
    // The QString really has that character at that index.
    const QString s = QString::fromUtf8(sample);
    QCOMPARE(s.left(utf16).toUtf8(), sample.left(offset));
}

void TestTextPositions::shouldRoundTripEveryCharacter()
{
    const TextPositions p(sample);
    const QString s = QString::fromUtf8(sample);
    for (qsizetype i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s.at(i).isLowSurrogate())
            continue;
        const std::size_t byte = p.byteOffsetAtUtf16(i);
        QCOMPARE(byte, std::size_t(s.left(i).toUtf8().size()));
        QCOMPARE(p.utf16IndexAt(byte), i);
    }
}

void TestTextPositions::shouldAgreeWithTheEngine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("sample") << sample;
    QTest::addRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\":\n \"\xC3\xA4\"}");
}

void TestTextPositions::shouldAgreeWithTheEngine()
{
    // The engine's positionAt() counts lines and columns the same way.
    QFETCH(QByteArray, text);
    const TextPositions p(text);
    const std::string_view view(text.constData(), std::size_t(text.size()));
    for (std::size_t byte = 0; byte <= view.size(); ++byte) {
        if (byte < view.size() && (static_cast<unsigned char>(view[byte]) & 0xC0u) == 0x80u)
            continue;
        const engine::json::Position engine = engine::json::positionAt(view, byte);
        QCOMPARE(p.positionAt(byte), engine);
        // Back again, except for the BOM (its column is the text's) and the LF of a CRLF (a
        // column inside a line break maps to the break's start).
        const bool bom = byte == 0 && text.startsWith("\xEF\xBB\xBF");
        const bool lfOfCrlf = byte > 0 && byte < view.size() && view[byte] == '\n'
                              && view[byte - 1] == '\r';
        if (!bom && !lfOfCrlf)
            QCOMPARE(p.byteOffsetAt(engine.line, engine.column), byte);
    }
}

void TestTextPositions::shouldConvertOneShot()
{
    const QString s = QString::fromUtf8(sample);
    QCOMPARE(views::utf16IndexFromByteOffset(sample, 20), qsizetype(15));
    QCOMPARE(views::byteOffsetFromUtf16Index(s, 15), std::size_t(20));
    // Inside a surrogate pair: the character's start.
    QCOMPARE(views::byteOffsetFromUtf16Index(s, 14), std::size_t(16));
    QCOMPARE(views::byteOffsetFromUtf16Index(s, 999), std::size_t(sample.size()));
}

void TestTextPositions::shouldClamp()
{
    const TextPositions p(sample);
    // Inside a multi-byte sequence: the start of the character.
    QCOMPARE(p.positionAt(3).offset, std::size_t(2));
    QCOMPARE(p.utf16IndexAt(18), qsizetype(13));
    QCOMPARE(p.byteOffsetAtUtf16(14), std::size_t(16));
    QCOMPARE(p.positionAt(999).offset, std::size_t(sample.size()));
    QCOMPARE(p.byteOffsetAtUtf16(999), std::size_t(sample.size()));
    // Past the end of a line: the end of its text, before the line break.
    QCOMPARE(p.byteOffsetFromLineIndex(0, 999), std::size_t(13));
    QCOMPARE(p.byteOffsetFromLineIndex(1, 999), std::size_t(26));
    QCOMPARE(p.byteOffsetFromLineIndex(2, 999), std::size_t(27));
    QCOMPARE(p.byteOffsetFromLineIndex(3, 999), std::size_t(31));
    QCOMPARE(p.byteOffsetFromLineIndex(-5, 1), std::size_t(1));
    const TextPositions empty;
    QCOMPARE(empty.lineCount(), 1);
    QCOMPARE(empty.positionAt(5), (engine::json::Position{1, 1, 0}));
    QCOMPARE(empty.utf16IndexAt(0), qsizetype(0));
}

QTEST_GUILESS_MAIN(TestTextPositions)
#include "tst_textpositions.moc"
