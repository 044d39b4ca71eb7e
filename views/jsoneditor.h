// The JSON pane: a QScintilla editor that speaks UTF-8 byte offsets, the unit of the engine's
// spans and of Scintilla positions. Everything that locates text here (error marker, finding
// squiggles, selections from the tree, text edits from the tree) uses byte offsets and the
// SCI_* messages, never QScintilla's line/index API, which counts characters.
#pragma once

#include <Qsci/qsciscintilla.h>

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <string_view>
#include <vector>

class QsciLexerJSON;

namespace views {

class JsonEditor : public QsciScintilla
{
    Q_OBJECT

public:
    static constexpr int ErrorMarker = 1;
    static constexpr int WarningMarker = 2;
    static constexpr int SecurityMarker = 3;
    // Indicators 8..31 are free for applications; one per finding severity.
    static constexpr int ErrorIndicator = 8;
    static constexpr int SecurityIndicator = 9;
    static constexpr int WarningIndicator = 10;
    static constexpr int SuggestionIndicator = 11;
    static constexpr int SearchIndicator = 12;
    // The selected matrix cell's "why" (WhyView): matched statements, failing parts.
    static constexpr int MatchedIndicator = 13;
    static constexpr int FailingIndicator = 14;

    enum class LineEnding { Lf, CrLf, Cr };

    explicit JsonEditor(QWidget *parent = nullptr);

    // Replaces the whole text with these exact bytes (no conversion, no BOM handling), clears
    // the undo history and marks the text unmodified.
    void setDocumentBytes(const QByteArray &utf8);
    // The exact bytes, without copying: valid until the next change.
    std::string_view textView() const;
    QByteArray documentBytes() const;
    std::size_t byteLength() const;
    // The text's length in code points (what AWS's size limit counts), kept up to date with
    // every change: reading it costs nothing, however large the text.
    std::size_t characterCount() const { return m_characters; }

    // Typed line endings follow the document's.
    void setLineEnding(LineEnding ending);
    LineEnding lineEnding() const;

    // Replaces bytes [offset, offset + length) with replacement as one undo step.
    void replaceBytes(std::size_t offset, std::size_t length, std::string_view replacement);

    // Selects [begin, end) (caret at end) and scrolls it into view.
    void selectBytes(std::size_t begin, std::size_t end);
    std::size_t caretOffset() const;
    std::size_t anchorOffset() const;
    // 1-based line and column (code points) of the caret.
    int caretLine() const;
    int caretColumn() const;

    // The error marker in the margin and a squiggle from offset to the end of its line.
    void setErrorAt(std::size_t offset);
    void clearError();
    bool hasErrorMarkerAtLine(int zeroBasedLine) const;
    // The marker the margin shows on a line: the most severe of its findings (-1: none).
    int marginMarkerAtLine(int zeroBasedLine) const;

    // Finding squiggles: indicator is one of the *Indicator constants.
    void clearFindingMarks();
    void addFindingMark(int indicator, std::size_t begin, std::size_t end);
    bool indicatorAt(int indicator, std::size_t offset) const;

    // The font of every lexer style (the text), the line numbers and the markers; the margins
    // grow or shrink with it.
    void setEditorFont(const QFont &font);
    QFont editorFont() const;

    // Colours from the palette of the window the editor sits in (its own when it is one): a
    // dark window gets dark editor colours. QScintilla pins the editor's own Base colour to
    // the paper, so the window's palette is the one that tells. Called again on every palette
    // change, the application's included (the theme preference).
    void applyPalette();
    bool isDark() const { return m_dark; }

signals:
    // Local files dropped on the pane: the window opens them (text drops still insert text).
    void filesDropped(const QList<QUrl> &urls);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    long sci(unsigned int message, unsigned long wParam = 0, long lParam = 0) const;
    void countChange(int position, int modificationType, const char *text, int length);

    QsciLexerJSON *m_lexer; // owned by this (QObject parent)
    bool m_dark = false;
    std::size_t m_characters = 0;
    std::size_t m_charactersToDelete = 0; // of the range a SC_MOD_BEFOREDELETE announced
};

} // namespace views
