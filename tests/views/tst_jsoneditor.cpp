// JsonEditor: exact bytes in and out, byte-positioned error marker and squiggles (with
// non-ASCII text before them), edits as single undo steps, caret line/column in code points.
#include "jsoneditor.h"

#include <Qsci/qscilexer.h>

#include <QtTest>

#include <cstdlib>

using views::JsonEditor;

class TestJsonEditor : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepBytesExactly_data();
    void shouldKeepBytesExactly();
    void shouldStartUnmodifiedWithoutUndo();
    void shouldCountCharactersThroughEveryChange();
    void shouldReplaceBytesAsOneUndoStep();
    void shouldPlaceErrorAtByteOffset_data();
    void shouldPlaceErrorAtByteOffset();
    void shouldMarkFindingsByBytes();
    void shouldMarkTheMarginWithTheFindingsIcon();
    void shouldReportCaretInCodePoints();
    void shouldSelectByteRange();
    void shouldTypeWithDocumentLineEnding();
    void shouldFollowDarkPalette();
    void shouldFollowTheApplicationPalette();
    void shouldSetFontOfEveryStyleAndFitMargins_data();
    void shouldSetFontOfEveryStyleAndFitMargins();
};

void TestJsonEditor::shouldKeepBytesExactly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("lf") << QByteArrayLiteral("{\n  \"a\": 1\n}\n");
    QTest::addRow("crlf") << QByteArrayLiteral("{\r\n  \"a\": 1\r\n}\r\n");
    QTest::addRow("cr") << QByteArrayLiteral("{\r  \"a\": 1\r}");
    QTest::addRow("tabs and trailing spaces") << QByteArrayLiteral("{\t\"a\" :\t1   }   ");
    QTest::addRow("non-ascii") << QByteArray("{\"ä€😀\": \"東京\"}");
    QTest::addRow("invalid utf-8") << QByteArrayLiteral("{\"a\": \"\xff\xfe\"}");
    QTest::addRow("empty") << QByteArray();
}

void TestJsonEditor::shouldKeepBytesExactly()
{
    QFETCH(QByteArray, bytes);
    JsonEditor editor;
    editor.setDocumentBytes(bytes);
    QCOMPARE(editor.documentBytes(), bytes);
    QCOMPARE(editor.byteLength(), static_cast<std::size_t>(bytes.size()));
}

void TestJsonEditor::shouldStartUnmodifiedWithoutUndo()
{
    JsonEditor editor;
    editor.setDocumentBytes("{}");
    QVERIFY(!editor.isModified());
    QVERIFY(!editor.isUndoAvailable());
}

void TestJsonEditor::shouldReplaceBytesAsOneUndoStep()
{
    const QByteArray original("{\"ä\": \"Allow\", \"b\": 2}");
    JsonEditor editor;
    editor.setDocumentBytes(original);
    // "Allow" starts at byte 8 ('{' '"' 'ä'(2) '"' ':' ' ' '"' = 8).
    editor.replaceBytes(8, 5, "Deny");
    QCOMPARE(editor.documentBytes(), QByteArray("{\"ä\": \"Deny\", \"b\": 2}"));
    QVERIFY(editor.isModified());
    editor.undo();
    QCOMPARE(editor.documentBytes(), original);
    QVERIFY(!editor.isModified());
    QVERIFY(!editor.isUndoAvailable());
}

void TestJsonEditor::shouldPlaceErrorAtByteOffset_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    // The TOOLCHAIN example: byte 14 is character index 11 on that line.
    QTest::addRow("after non-ascii") << QByteArray("{\"äöü\": 1 x}") << 13 << 0;
    QTest::addRow("second line") << QByteArray("{\n  \"😀\": tru }") << 13 << 1;
    QTest::addRow("crlf third line") << QByteArray("{\r\n\"a\":\r\n 1 2}") << 12 << 2;
}

void TestJsonEditor::shouldPlaceErrorAtByteOffset()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    JsonEditor editor;
    editor.setDocumentBytes(text);
    const auto at = static_cast<std::size_t>(offset);
    editor.setErrorAt(at);
    QVERIFY(editor.hasErrorMarkerAtLine(line));
    QVERIFY(!editor.hasErrorMarkerAtLine(line + 1));
    QVERIFY(editor.indicatorAt(JsonEditor::ErrorIndicator, at));
    QVERIFY(!editor.indicatorAt(JsonEditor::ErrorIndicator, at - 1));
    editor.clearError();
    QVERIFY(!editor.hasErrorMarkerAtLine(line));
    QVERIFY(!editor.indicatorAt(JsonEditor::ErrorIndicator, at));
}

void TestJsonEditor::shouldMarkFindingsByBytes()
{
    JsonEditor editor;
    // "Ü" is two bytes: the key "*" spans bytes [10, 13).
    editor.setDocumentBytes("{\"Ü\": 1, \"*\": 2}");
    editor.addFindingMark(JsonEditor::SecurityIndicator, 10, 13);
    QVERIFY(!editor.indicatorAt(JsonEditor::SecurityIndicator, 9));
    QVERIFY(editor.indicatorAt(JsonEditor::SecurityIndicator, 10));
    QVERIFY(editor.indicatorAt(JsonEditor::SecurityIndicator, 12));
    QVERIFY(!editor.indicatorAt(JsonEditor::SecurityIndicator, 13));
    QVERIFY(!editor.indicatorAt(JsonEditor::WarningIndicator, 10));
    editor.clearFindingMarks();
    QVERIFY(!editor.indicatorAt(JsonEditor::SecurityIndicator, 10));
}

void TestJsonEditor::shouldMarkTheMarginWithTheFindingsIcon()
{
    // Issue 13: a security warning showed the error cross while the tree showed the shield.
    JsonEditor editor;
    editor.setDocumentBytes("{\n\"a\": 1,\n\"b\": 2,\n\"c\": 3\n}");
    const int a = 1, b = 2, c = 3;
    const auto offsetOfLine = [&](int line) {
        return static_cast<std::size_t>(editor.positionFromLineIndex(line, 0));
    };
    editor.addFindingMark(JsonEditor::SecurityIndicator, offsetOfLine(a), offsetOfLine(a) + 3);
    QVERIFY(!(editor.markersAtLine(a) & (1 << JsonEditor::ErrorMarker)));
    QCOMPARE(editor.marginMarkerAtLine(a), JsonEditor::SecurityMarker);
    // The most severe finding of a line wins, whatever the order they come in.
    editor.addFindingMark(JsonEditor::WarningIndicator, offsetOfLine(a), offsetOfLine(a) + 3);
    QCOMPARE(editor.markersAtLine(a), 1u << JsonEditor::SecurityMarker);
    editor.addFindingMark(JsonEditor::WarningIndicator, offsetOfLine(b), offsetOfLine(b) + 3);
    editor.addFindingMark(JsonEditor::SecurityIndicator, offsetOfLine(b), offsetOfLine(b) + 3);
    QCOMPARE(editor.markersAtLine(b), 1u << JsonEditor::SecurityMarker);
    editor.addFindingMark(JsonEditor::ErrorIndicator, offsetOfLine(b), offsetOfLine(b) + 3);
    QCOMPARE(editor.markersAtLine(b), 1u << JsonEditor::ErrorMarker);
    editor.addFindingMark(JsonEditor::SuggestionIndicator, offsetOfLine(c), offsetOfLine(c) + 3);
    QCOMPARE(editor.marginMarkerAtLine(c), -1);
    editor.clearFindingMarks();
    QCOMPARE(editor.marginMarkerAtLine(a), -1);
}

void TestJsonEditor::shouldReportCaretInCodePoints()
{
    JsonEditor editor;
    editor.setDocumentBytes("{\n\"😀ä\": 1}");
    // Byte 2 starts line 2; the caret after "😀ä (1 + 4 + 2 bytes) is at byte 9.
    editor.selectBytes(9, 9);
    QCOMPARE(editor.caretOffset(), std::size_t(9));
    QCOMPARE(editor.caretLine(), 2);
    QCOMPARE(editor.caretColumn(), 4);
}

void TestJsonEditor::shouldSelectByteRange()
{
    JsonEditor editor;
    editor.setDocumentBytes("{\"ä\": \"x\"}");
    editor.selectBytes(7, 10);
    QCOMPARE(editor.anchorOffset(), std::size_t(7));
    QCOMPARE(editor.caretOffset(), std::size_t(10));
    QCOMPARE(editor.selectedText(), QStringLiteral("\"x\""));
}

void TestJsonEditor::shouldTypeWithDocumentLineEnding()
{
    JsonEditor editor;
    editor.setDocumentBytes("{\r\n}");
    editor.setLineEnding(JsonEditor::LineEnding::CrLf);
    QCOMPARE(editor.lineEnding(), JsonEditor::LineEnding::CrLf);
    editor.selectBytes(1, 1);
    QTest::keyClick(&editor, Qt::Key_Return);
    QVERIFY(editor.documentBytes().startsWith("{\r\n"));
    QVERIFY(!editor.documentBytes().contains("\r\n\n"));
    QCOMPARE(editor.documentBytes().count('\n'), editor.documentBytes().count('\r'));
}

void TestJsonEditor::shouldFollowDarkPalette()
{
    JsonEditor editor;
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    editor.setPalette(light);
    QVERIFY(!editor.isDark());
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    editor.setPalette(dark);
    QVERIFY(editor.isDark());
    QVERIFY(editor.lexer()->defaultPaper().lightness() < 64);
    QVERIFY(editor.lexer()->defaultColor().lightness() > 160);
    // Every style stays readable on the dark paper.
    for (int style = 0; style <= 13; ++style) {
        const int contrast = std::abs(editor.lexer()->color(style).lightness()
                                      - editor.lexer()->paper(style).lightness());
        QVERIFY2(contrast > 80, qPrintable(QString::number(style)));
    }
}

void TestJsonEditor::shouldFollowTheApplicationPalette()
{
    const QPalette original = QApplication::palette();
    QWidget window;
    JsonEditor editor(&window);
    QPalette dark = original;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::Text, QColor(0xdc, 0xdc, 0xdc));
    QApplication::setPalette(dark);
    QVERIFY(editor.isDark());
    QVERIFY(editor.lexer()->defaultPaper().lightness() < 64);
    QPalette light = original;
    light.setColor(QPalette::Base, Qt::white);
    QApplication::setPalette(light);
    QVERIFY(!editor.isDark());
    QCOMPARE(editor.lexer()->defaultPaper(), QColor(Qt::white));
    QApplication::setPalette(original);
}

void TestJsonEditor::shouldSetFontOfEveryStyleAndFitMargins_data()
{
    QTest::addColumn<int>("points");
    QTest::addRow("small") << 7;
    QTest::addRow("large") << 22;
}

void TestJsonEditor::shouldSetFontOfEveryStyleAndFitMargins()
{
    QFETCH(int, points);
    JsonEditor editor;
    const QFont font(QStringLiteral("DejaVu Sans Mono"), points);
    editor.setEditorFont(font);
    QCOMPARE(editor.editorFont().pointSize(), points);
    for (int style = 0; style <= 13; ++style)
        QCOMPARE(editor.lexer()->font(style).pointSize(), points);
    // The line-number margin holds five digits of the font, the marker margin a line.
    const long numbers = editor.SendScintilla(QsciScintillaBase::SCI_GETMARGINWIDTHN, 0UL);
    const long markers = editor.SendScintilla(QsciScintillaBase::SCI_GETMARGINWIDTHN, 1UL);
    const QFontMetrics metrics(font);
    QVERIFY2(numbers >= metrics.horizontalAdvance(QStringLiteral("00000")),
             qPrintable(QString::number(numbers)));
    QVERIFY(numbers <= metrics.horizontalAdvance(QStringLiteral("00000")) + 16);
    QCOMPARE(markers, static_cast<long>(std::max(16, metrics.height())));
}

void TestJsonEditor::shouldCountCharactersThroughEveryChange()
{
    // The status bar reads characterCount() on every keystroke; it was a count of the whole
    // text each time (97% of a keystroke in a 7.7 MB policy). Kept up to date by the changes
    // themselves, it must agree with a count of the text after every kind of change, also
    // when an edit cuts a multi-byte character.
    const auto counted = [](const JsonEditor &e) {
        std::size_t n = 0;
        for (char c : e.textView())
            n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        return n;
    };
    JsonEditor editor;
    QCOMPARE(editor.characterCount(), std::size_t(0));
    editor.setDocumentBytes(QByteArray("{\"Sid\": \"caf\xc3\xa9 \xe2\x82\xac\"}\n"));
    QCOMPARE(editor.characterCount(), counted(editor));
    QCOMPARE(editor.characterCount(), std::size_t(18));
    editor.replaceBytes(9, 0, "\xf0\x9f\x98\x80"); // insert an emoji
    QCOMPARE(editor.characterCount(), counted(editor));
    editor.replaceBytes(12, 3, "x"); // cut into the emoji and the next character
    QCOMPARE(editor.characterCount(), counted(editor));
    editor.undo();
    QCOMPARE(editor.characterCount(), counted(editor));
    editor.undo();
    QCOMPARE(editor.characterCount(), counted(editor));
    editor.redo();
    QCOMPARE(editor.characterCount(), counted(editor));
    editor.selectAll();
    editor.removeSelectedText();
    QCOMPARE(editor.characterCount(), std::size_t(0));
    editor.insert(QStringLiteral("\u00e9t\u00e9"));
    QCOMPARE(editor.characterCount(), std::size_t(3));
    QCOMPARE(editor.characterCount(), counted(editor));
    editor.setDocumentBytes(QByteArray(100000, 'a'));
    QCOMPARE(editor.characterCount(), std::size_t(100000));
}

QTEST_MAIN(TestJsonEditor)
#include "tst_jsoneditor.moc"
