#include "jsoneditor.h"

#include "icons.h"

#include "json/reader.h"
#include "values/text.h"

#include <Qsci/qscilexerjson.h>

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFont>
#include <QFontMetrics>
#include <QMimeData>
#include <QPalette>
#include <QImage>
#include <QPixmap>

#include <algorithm>
#include <cstdint>

namespace views {

namespace {

bool hasLocalFiles(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return false;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); });
}

} // namespace

JsonEditor::JsonEditor(QWidget *parent) : QsciScintilla(parent), m_lexer(new QsciLexerJSON(this))
{
    setUtf8(true);
    // Connected first, so that every other handler of a change reads the new count.
    connect(this, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int position, int type, const char *text, int length) {
                countChange(position, type, text, length);
            });
    m_lexer->setHighlightComments(false);
    setLexer(m_lexer);

    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginType(1, QsciScintilla::SymbolMargin);
    QFont mono(QStringLiteral("DejaVu Sans Mono"), 10);
    mono.setStyleHint(QFont::Monospace);
    setEditorFont(mono);
    setMarginMarkerMask(1, (1 << ErrorMarker) | (1 << WarningMarker) | (1 << SecurityMarker));
    setMarginSensitivity(1, false);
    // The severity icons of the Problems panel and the tree: a cross for errors, a shield for
    // security warnings, a triangle for warnings, so that the margin does not tell them apart
    // by colour alone (circles without the icons).
    // Rendered for the screen's pixel ratio and defined as images of that scale: a pixmap
    // of 2x pixels was drawn twice its size, off centre and clipped (QT_SCALE_FACTOR=2).
    const qreal ratio = std::max<qreal>(1.0, devicePixelRatioF());
    const auto mark = [ratio](const char *name) {
        return appIcon(name).pixmap(QSize(14, 14), ratio).toImage();
    };
    const QImage errorMark = mark("severity-error");
    const QImage securityMark = mark("severity-security");
    const QImage warningMark = mark("severity-warning");
    if (!errorMark.isNull() && !warningMark.isNull() && !securityMark.isNull()) {
        sci(SCI_RGBAIMAGESETSCALE, static_cast<unsigned long>(qRound(ratio * 100)));
        markerDefine(errorMark, ErrorMarker);
        markerDefine(securityMark, SecurityMarker);
        markerDefine(warningMark, WarningMarker);
    } else {
        markerDefine(QsciScintilla::Circle, ErrorMarker);
        markerDefine(QsciScintilla::Rectangle, SecurityMarker);
        markerDefine(QsciScintilla::Minus, WarningMarker);
    }
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(4);
    setIndentationGuides(true);
    setCaretLineVisible(true);
    setWrapMode(QsciScintilla::WrapNone);
    // The horizontal scroll bar follows the longest line instead of a fixed 2000 pixels.
    sci(SCI_SETSCROLLWIDTH, 1);
    sci(SCI_SETSCROLLWIDTHTRACKING, 1);

    indicatorDefine(QsciScintilla::SquiggleIndicator, ErrorIndicator);
    indicatorDefine(QsciScintilla::SquiggleIndicator, SecurityIndicator);
    indicatorDefine(QsciScintilla::SquiggleIndicator, WarningIndicator);
    indicatorDefine(QsciScintilla::DotsIndicator, SuggestionIndicator);
    indicatorDefine(QsciScintilla::StraightBoxIndicator, SearchIndicator);
    sci(SCI_INDICSETUNDER, SearchIndicator, 1);

    applyPalette();
    qApp->installEventFilter(this);
}

long JsonEditor::sci(unsigned int message, unsigned long wParam, long lParam) const
{
    return SendScintilla(message, wParam, lParam);
}

void JsonEditor::setEditorFont(const QFont &font)
{
    m_lexer->setDefaultFont(font);
    m_lexer->setFont(font, -1);
    setMarginsFont(font);
    // The line numbers take five digits of the new font; the markers a line's height.
    setMarginWidth(0, QStringLiteral("00000"));
    setMarginWidth(1, std::max(16, QFontMetrics(font).height()));
    // Setting fonts on the lexer resets nothing else, but Scintilla recomputes line heights
    // only when told the styles changed.
    recolor();
}

QFont JsonEditor::editorFont() const
{
    return m_lexer->QsciLexer::defaultFont();
}

void JsonEditor::applyPalette()
{
    // The window's palette as set on it, else the application's (read from the application:
    // while a theme change is delivered, the window may not have resolved it yet).
    const QWidget *top = window();
    const QPalette pal = top->testAttribute(Qt::WA_SetPalette) ? top->palette()
                                                               : QApplication::palette(top);
    m_dark = pal.color(QPalette::Base).lightness() < 128;
    const QColor paper = m_dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white);
    const QColor text = m_dark ? QColor(0xd8, 0xd8, 0xd8) : QColor(0x1a, 0x1a, 0x1a);
    m_lexer->setDefaultPaper(paper);
    m_lexer->setPaper(paper, -1);
    m_lexer->setDefaultColor(text);
    m_lexer->setColor(text, -1);
    struct StyleColour
    {
        int style;
        QColor light;
        QColor dark;
    };
    const StyleColour colours[] = {
        {QsciLexerJSON::Number, QColor(0x09, 0x86, 0x58), QColor(0xb5, 0xce, 0xa8)},
        {QsciLexerJSON::String, QColor(0xa3, 0x15, 0x15), QColor(0xce, 0x91, 0x78)},
        {QsciLexerJSON::UnclosedString, QColor(0xa3, 0x15, 0x15), QColor(0xf4, 0x87, 0x71)},
        {QsciLexerJSON::Property, QColor(0x00, 0x4f, 0x9e), QColor(0x9c, 0xdc, 0xfe)},
        {QsciLexerJSON::EscapeSequence, QColor(0x80, 0x50, 0x00), QColor(0xd7, 0xba, 0x7d)},
        {QsciLexerJSON::Operator, QColor(0x44, 0x44, 0x44), QColor(0xcc, 0xcc, 0xcc)},
        {QsciLexerJSON::Keyword, QColor(0x00, 0x00, 0xff), QColor(0x56, 0x9c, 0xd6)},
        {QsciLexerJSON::Error, QColor(0xd0, 0x00, 0x00), QColor(0xff, 0x60, 0x60)},
    };
    for (const StyleColour &c : colours)
        m_lexer->setColor(m_dark ? c.dark : c.light, c.style);

    const QColor margin = m_dark ? QColor(0x2b, 0x2d, 0x30) : QColor(0xf0, 0xf0, 0xf0);
    const QColor marginText = m_dark ? QColor(0x8a, 0x8a, 0x8a) : QColor(0x70, 0x70, 0x70);
    setMarginsBackgroundColor(margin);
    setMarginsForegroundColor(marginText);
    setFoldMarginColors(margin, margin);
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(m_dark ? QColor(0x2a, 0x2c, 0x33) : QColor(0xf5, 0xf8, 0xff));
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(m_dark ? QColor(0x3a, 0x5a, 0x3a) : QColor(0xc8, 0xf0, 0xc8));
    setMatchedBraceForegroundColor(text);
    setUnmatchedBraceForegroundColor(QColor(0xd0, 0x00, 0x00));

    const QColor red = m_dark ? QColor(0xff, 0x55, 0x55) : QColor(0xd0, 0x00, 0x00);
    setMarkerBackgroundColor(red, ErrorMarker);
    setMarkerForegroundColor(red, ErrorMarker);
    const QColor orange = m_dark ? QColor(0xff, 0xb0, 0x40) : QColor(0xe0, 0x80, 0x00);
    setMarkerBackgroundColor(orange, WarningMarker);
    setMarkerForegroundColor(orange, WarningMarker);
    const QColor security = m_dark ? QColor(0xff, 0x80, 0x40) : QColor(0xe0, 0x50, 0x00);
    setMarkerBackgroundColor(security, SecurityMarker);
    setMarkerForegroundColor(security, SecurityMarker);
    setIndicatorForegroundColor(red, ErrorIndicator);
    setIndicatorForegroundColor(security, SecurityIndicator);
    setIndicatorForegroundColor(orange, WarningIndicator);
    setIndicatorForegroundColor(m_dark ? QColor(0x60, 0xa0, 0xff) : QColor(0x20, 0x60, 0xd0),
                                SuggestionIndicator);
    setIndicatorForegroundColor(m_dark ? QColor(0x80, 0x70, 0x20) : QColor(0xff, 0xe0, 0x60),
                                SearchIndicator);
}

bool JsonEditor::event(QEvent *event)
{
    const bool handled = QsciScintilla::event(event);
    // Moving into another window (the main window's layout) changes whose palette counts.
    if (event->type() == QEvent::ParentChange)
        applyPalette();
    return handled;
}

bool JsonEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The application's palette changed (the theme). Qt tells the application object
    // reliably; widgets whose own palette does not change hear nothing.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    return QsciScintilla::eventFilter(watched, event);
}

void JsonEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void JsonEditor::setDocumentBytes(const QByteArray &utf8)
{
    const bool wasReadOnly = isReadOnly();
    setReadOnly(false);
    sci(SCI_SETUNDOCOLLECTION, 0);
    sci(SCI_CLEARALL);
    SendScintilla(SCI_APPENDTEXT, static_cast<uintptr_t>(utf8.size()), utf8.constData());
    sci(SCI_SETUNDOCOLLECTION, 1);
    sci(SCI_EMPTYUNDOBUFFER);
    sci(SCI_SETSAVEPOINT);
    sci(SCI_GOTOPOS, 0);
    setReadOnly(wasReadOnly);
    clearError();
    clearFindingMarks();
}

void JsonEditor::countChange(int position, int modificationType, const char *text, int length)
{
    // Code points are counted byte by byte (every byte that is not a continuation byte), so
    // the count of a text is the sum of the counts of any split of its bytes: an edit adds or
    // removes exactly the count of its own bytes, wherever it cuts.
    const auto count = [](const char *bytes, int n) {
        return engine::values::codePointCount(
            std::string_view(bytes, static_cast<std::size_t>(std::max(n, 0))));
    };
    if (modificationType & SC_MOD_BEFOREDELETE) {
        // The range is still in the text: a pointer to it, contiguous (without a copy).
        const auto *bytes = reinterpret_cast<const char *>(static_cast<std::intptr_t>(
            SendScintilla(SCI_GETRANGEPOINTER, static_cast<unsigned long>(position),
                          static_cast<long>(length))));
        m_charactersToDelete = bytes ? count(bytes, length) : 0;
    } else if (modificationType & SC_MOD_DELETETEXT) {
        m_characters -= std::min(m_characters, m_charactersToDelete);
        m_charactersToDelete = 0;
    } else if (modificationType & SC_MOD_INSERTTEXT) {
        if (text) {
            m_characters += count(text, length);
        } else {
            m_characters = engine::values::codePointCount(textView());
        }
    }
}

std::string_view JsonEditor::textView() const
{
    const auto *chars = static_cast<const char *>(
        SendScintillaPtrResult(SCI_GETCHARACTERPOINTER));
    const auto size = static_cast<std::size_t>(sci(SCI_GETLENGTH));
    if (!chars || size == 0)
        return {};
    return {chars, size};
}

QByteArray JsonEditor::documentBytes() const
{
    const std::string_view v = textView();
    return {v.data(), static_cast<qsizetype>(v.size())};
}

std::size_t JsonEditor::byteLength() const
{
    return static_cast<std::size_t>(sci(SCI_GETLENGTH));
}

void JsonEditor::setLineEnding(LineEnding ending)
{
    switch (ending) {
    case LineEnding::Lf:
        setEolMode(QsciScintilla::EolUnix);
        break;
    case LineEnding::CrLf:
        setEolMode(QsciScintilla::EolWindows);
        break;
    case LineEnding::Cr:
        setEolMode(QsciScintilla::EolMac);
        break;
    }
}

JsonEditor::LineEnding JsonEditor::lineEnding() const
{
    switch (eolMode()) {
    case QsciScintilla::EolWindows:
        return LineEnding::CrLf;
    case QsciScintilla::EolMac:
        return LineEnding::Cr;
    case QsciScintilla::EolUnix:
        break;
    }
    return LineEnding::Lf;
}

void JsonEditor::replaceBytes(std::size_t offset, std::size_t length,
                              std::string_view replacement)
{
    const std::size_t size = byteLength();
    offset = std::min(offset, size);
    length = std::min(length, size - offset);
    sci(SCI_BEGINUNDOACTION);
    sci(SCI_SETTARGETRANGE, offset, static_cast<long>(offset + length));
    // An empty view may have a null data pointer, which QScintilla refuses.
    SendScintilla(SCI_REPLACETARGET, static_cast<uintptr_t>(replacement.size()),
                  replacement.empty() ? "" : replacement.data());
    sci(SCI_ENDUNDOACTION);
}

void JsonEditor::selectBytes(std::size_t begin, std::size_t end)
{
    const std::size_t size = byteLength();
    begin = std::min(begin, size);
    end = std::min(end, size);
    // Show the start of the span, then select it with the caret at its end.
    const long line = sci(SCI_LINEFROMPOSITION, begin);
    sci(SCI_ENSUREVISIBLEENFORCEPOLICY, static_cast<unsigned long>(line));
    sci(SCI_SETSEL, begin, static_cast<long>(end));
    sci(SCI_SCROLLRANGE, end, static_cast<long>(begin));
}

std::size_t JsonEditor::caretOffset() const
{
    return static_cast<std::size_t>(sci(SCI_GETCURRENTPOS));
}

std::size_t JsonEditor::anchorOffset() const
{
    return static_cast<std::size_t>(sci(SCI_GETANCHOR));
}

int JsonEditor::caretLine() const
{
    return static_cast<int>(sci(SCI_LINEFROMPOSITION, caretOffset())) + 1;
}

int JsonEditor::caretColumn() const
{
    // Counted the engine's way (code points), so the status bar and the findings agree.
    return engine::json::positionAt(textView(), caretOffset()).column;
}

void JsonEditor::setErrorAt(std::size_t offset)
{
    clearError();
    const std::size_t size = byteLength();
    offset = std::min(offset, size);
    const long line = sci(SCI_LINEFROMPOSITION, offset);
    markerAdd(static_cast<int>(line), ErrorMarker);
    const long lineEnd = sci(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line));
    long length = lineEnd - static_cast<long>(offset);
    long start = static_cast<long>(offset);
    if (length <= 0) {
        // At the end of a line or of the text: mark the character before, if any.
        if (start > 0) {
            start = sci(SCI_POSITIONBEFORE, static_cast<unsigned long>(start));
            length = static_cast<long>(offset) - start;
        } else {
            length = 0;
        }
    }
    if (length > 0) {
        sci(SCI_SETINDICATORCURRENT, ErrorIndicator);
        sci(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), length);
    }
}

void JsonEditor::clearError()
{
    markerDeleteAll(ErrorMarker);
    markerDeleteAll(SecurityMarker);
    markerDeleteAll(WarningMarker);
    sci(SCI_SETINDICATORCURRENT, ErrorIndicator);
    sci(SCI_INDICATORCLEARRANGE, 0, static_cast<long>(byteLength()));
}

bool JsonEditor::hasErrorMarkerAtLine(int zeroBasedLine) const
{
    return (markersAtLine(zeroBasedLine) & (1 << ErrorMarker)) != 0;
}

int JsonEditor::marginMarkerAtLine(int zeroBasedLine) const
{
    const unsigned mask = markersAtLine(zeroBasedLine);
    for (int marker : {ErrorMarker, SecurityMarker, WarningMarker}) {
        if (mask & (1u << marker))
            return marker;
    }
    return -1;
}

void JsonEditor::clearFindingMarks()
{
    const long size = static_cast<long>(byteLength());
    for (int indicator : {ErrorIndicator, SecurityIndicator, WarningIndicator,
                          SuggestionIndicator}) {
        sci(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(indicator));
        sci(SCI_INDICATORCLEARRANGE, 0, size);
    }
    markerDeleteAll(ErrorMarker);
    markerDeleteAll(SecurityMarker);
    markerDeleteAll(WarningMarker);
}

void JsonEditor::addFindingMark(int indicator, std::size_t begin, std::size_t end)
{
    const std::size_t size = byteLength();
    begin = std::min(begin, size);
    end = std::clamp(end, begin, size);
    if (end == begin && begin < size)
        end = static_cast<std::size_t>(sci(SCI_POSITIONAFTER, begin));
    if (end > begin) {
        sci(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(indicator));
        sci(SCI_INDICATORFILLRANGE, begin, static_cast<long>(end - begin));
    }
    if (indicator == SuggestionIndicator)
        return;
    // One marker a line, the most severe finding's (the margin draws them on top of another).
    const int line = static_cast<int>(sci(SCI_LINEFROMPOSITION, begin));
    const int marker = indicator == ErrorIndicator      ? ErrorMarker
                       : indicator == SecurityIndicator ? SecurityMarker
                                                        : WarningMarker;
    const int order[] = {ErrorMarker, SecurityMarker, WarningMarker};
    const int current = marginMarkerAtLine(line);
    const auto rank = [&](int m) { return int(std::find(std::begin(order), std::end(order), m) - order); };
    if (current >= 0 && rank(current) <= rank(marker))
        return;
    if (current >= 0)
        markerDelete(line, current);
    markerAdd(line, marker);
}

bool JsonEditor::indicatorAt(int indicator, std::size_t offset) const
{
    return sci(SCI_INDICATORVALUEAT, static_cast<unsigned long>(indicator),
               static_cast<long>(offset))
           != 0;
}

void JsonEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (hasLocalFiles(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QsciScintilla::dragEnterEvent(event);
}

void JsonEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (hasLocalFiles(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QsciScintilla::dragMoveEvent(event);
}

void JsonEditor::dropEvent(QDropEvent *event)
{
    if (hasLocalFiles(event->mimeData())) {
        event->acceptProposedAction();
        emit filesDropped(event->mimeData()->urls());
        return;
    }
    QsciScintilla::dropEvent(event);
}

} // namespace views
