#include "whyview.h"

#include "editorcontroller.h"
#include "explaintext.h"
#include "jsoneditor.h"
#include "policytreemodel.h"

#include <Qsci/qscilexer.h>

#include <QHideEvent>
#include <QShowEvent>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace views {

namespace {

using TreeModel = model::PolicyTreeModel;

// Lines longer than this (in columns) are longer than pretty-printed policies have: a policy on
// one line, as AWS returns it.
constexpr long longLine = 120;

QString effectText(engine::Effect effect)
{
    return effect == engine::Effect::Allow ? WhyView::tr("Allow") : WhyView::tr("Deny");
}

QString principalMatchText(engine::PrincipalMatch match)
{
    switch (match) {
    case engine::PrincipalMatch::Direct:
        return WhyView::tr("the principal is named");
    case engine::PrincipalMatch::Wildcard:
        return WhyView::tr("the principal matches a wildcard");
    case engine::PrincipalMatch::Account:
        return WhyView::tr("the principal's account is named");
    }
    return {};
}

QString statementLabel(const CellDecision &d, std::size_t index)
{
    const std::optional<std::string> &sid = d.statements[index].sid;
    if (sid && !sid->empty())
        return WhyView::tr("Statement %1 (Sid %2)").arg(index).arg(QString::fromStdString(*sid));
    return WhyView::tr("Statement %1").arg(index);
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

WhyView::WhyView(EditorController *controller, JsonEditor *editor, QWidget *parent)
    : QListWidget(parent)
    , m_controller(controller)
    , m_editor(editor)
{
    setAccessibleName(tr("Why: matched and failing statements"));
    setToolTip(tr("Click a line, or press Enter on it, to go to its text"));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_editor->indicatorDefine(QsciScintilla::StraightBoxIndicator, JsonEditor::MatchedIndicator);
    m_editor->setIndicatorForegroundColor(QColor(0x2e, 0x9d, 0x44, 0x40),
                                          JsonEditor::MatchedIndicator);
    m_editor->SendScintilla(QsciScintillaBase::SCI_INDICSETUNDER, JsonEditor::MatchedIndicator, 1);
    m_editor->SendScintilla(
        QsciScintillaBase::SCI_INDICSETOUTLINEALPHA, JsonEditor::MatchedIndicator, 0x90L);
    m_editor->indicatorDefine(QsciScintilla::BoxIndicator, JsonEditor::FailingIndicator);
    m_editor->setIndicatorForegroundColor(QColor(0xe0, 0x50, 0x00), JsonEditor::FailingIndicator);
    m_editor->setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETMOUSEDWELLTIME, 400);

    connect(this, &QListWidget::itemActivated, this, &WhyView::goToItem);
    connect(this, &QListWidget::itemClicked, this, &WhyView::goToItem);
    // The spans belong to the text they were computed from.
    connect(m_editor, &QsciScintilla::textChanged, this, &WhyView::clearDecision);
    connect(m_editor, &QsciScintillaBase::SCN_DWELLSTART, this, [this](int position, int x, int y) {
        if (position < 0)
            return;
        const QString reason = reasonAt(static_cast<std::size_t>(position));
        if (!reason.isEmpty())
            QToolTip::showText(
                m_editor->viewport()->mapToGlobal(QPoint(x, y)), reason, m_editor->viewport());
    });
    connect(m_editor, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
}

void WhyView::showDecision(const views::CellDecision &d)
{
    clearDecision();
    if (!d.isValid())
        return;
    m_decision = d;
    render(d);
}

void WhyView::showEvent(QShowEvent *event)
{
    QListWidget::showEvent(event);
    m_left = false;
    if (m_decision && !hasMarks())
        render(*m_decision);
}

void WhyView::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    // A theme change: the notes take the new colours once the JSON pane has its own.
    if (event->type() == QEvent::PaletteChange && hasMarks()) {
        QTimer::singleShot(0, this, [this] {
            if (m_decision && hasMarks())
                render(*m_decision);
        });
    }
}

void WhyView::hideEvent(QHideEvent *event)
{
    QListWidget::hideEvent(event);
    // Only when the Simulation is left, not when the window is minimised.
    if (event->spontaneous())
        return;
    m_left = true;
    clearMarks();
}

void WhyView::render(const views::CellDecision &d)
{
    clear();
    clearMarks();
    // Out of the Simulation, the cell is explained again after an edit but marks nothing
    // until the Simulation is back.
    const bool mark = !m_left;
    const engine::Decision &decision = d.decision;
    const QString explanation = model::ExplainText::explanation(fromStd(decision.explain));
    addLine(tr("Why: %1").arg(explanation), explanation, nullptr);

    std::vector<TreeModel::SimulationMarkSpan> treeMarks;
    for (const engine::MatchedStatement &m : decision.matched) {
        if (m.index < 0 || static_cast<std::size_t>(m.index) >= d.statements.size())
            continue;
        const auto i = static_cast<std::size_t>(m.index);
        const CellDecision::StatementInfo &info = d.statements[i];
        const QString reason
            = i < decision.trace.size()
                  ? model::ExplainText::reason(fromStd(decision.trace[i].reason))
                  : QString();
        const QString effect = effectText(m.effect);
        const QString line
            = tr("✓ %1 matched (%2): %3")
                  .arg(statementLabel(d, i), effect, principalMatchText(m.principalMatch));
        addLine(line, reason, &info.span);
        if (mark) {
            markEditor(JsonEditor::MatchedIndicator,
                       info.span,
                       tr("%1 matched (%2): %3").arg(statementLabel(d, i), effect, reason));
            annotate(info.span.begin.offset, info.span.begin.offset, line);
        }
        treeMarks.push_back({info.span.begin.offset,
                             info.span.end.offset,
                             TreeModel::SimulationMark::Matched,
                             tr("✓ matched (%1)").arg(effect),
                             reason});
    }
    for (const engine::StatementTrace &t : decision.trace) {
        if (t.applies || !t.failedPart || t.index < 0
            || static_cast<std::size_t>(t.index) >= d.statements.size())
            continue;
        const auto i = static_cast<std::size_t>(t.index);
        const CellDecision::StatementInfo &info = d.statements[i];
        const QString reason = model::ExplainText::reason(fromStd(t.reason));
        const QString line = tr("✗ %1: %2").arg(statementLabel(d, i), reason);
        addLine(line, reason, &t.failedSpan);
        if (mark) {
            markEditor(JsonEditor::FailingIndicator, t.failedSpan, line);
            annotate(t.failedSpan.end.offset, t.failedSpan.begin.offset, line);
        }
        treeMarks.push_back({info.span.begin.offset,
                             info.span.end.offset,
                             TreeModel::SimulationMark::NotMatched,
                             tr("✗ not matched"),
                             reason});
        treeMarks.push_back({t.failedSpan.begin.offset,
                             t.failedSpan.end.offset,
                             TreeModel::SimulationMark::Failing,
                             tr("✗ fails here"),
                             reason});
    }
    if (TreeModel *tree = m_controller->treeModel(); tree && mark)
        tree->setSimulationMarks(treeMarks);
}

void WhyView::clearDecision()
{
    m_decision.reset();
    clear();
    clearMarks();
}

void WhyView::clearMarks()
{
    clearEditorMarks();
    if (TreeModel *tree = m_controller->treeModel(); tree && tree->hasSimulationMarks())
        tree->clearSimulationMarks();
}

QString WhyView::reasonAt(std::size_t offset) const
{
    QStringList reasons;
    for (const MarkedRange &r : m_ranges) {
        if (offset >= r.begin && offset < r.end)
            reasons << r.reason;
    }
    return reasons.join(QLatin1Char('\n'));
}

void WhyView::goToItem(const QListWidgetItem *item)
{
    if (!item || !item->data(BeginRole).isValid())
        return;
    m_controller->goToSpan(static_cast<std::size_t>(item->data(BeginRole).toULongLong()),
                           static_cast<std::size_t>(item->data(EndRole).toULongLong()));
}

void WhyView::addLine(const QString &text, const QString &toolTip, const engine::Span *span)
{
    auto *item = new QListWidgetItem(text, this);
    item->setToolTip(toolTip);
    if (span) {
        item->setData(BeginRole, static_cast<qulonglong>(span->begin.offset));
        item->setData(EndRole, static_cast<qulonglong>(span->end.offset));
    }
}

void WhyView::markEditor(int indicator, const engine::Span &span, const QString &reason)
{
    const std::size_t size = m_editor->byteLength();
    const std::size_t begin = std::min(span.begin.offset, size);
    const std::size_t end = std::clamp(span.end.offset, begin, size);
    if (end == begin)
        return;
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT,
                            static_cast<unsigned long>(indicator));
    m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORFILLRANGE,
                            static_cast<unsigned long>(begin),
                            static_cast<long>(end - begin));
    m_ranges.push_back({begin, end, reason});
}

void WhyView::clearEditorMarks()
{
    const auto size = static_cast<long>(m_editor->byteLength());
    for (int indicator : {JsonEditor::MatchedIndicator, JsonEditor::FailingIndicator}) {
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT,
                                static_cast<unsigned long>(indicator));
        m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0UL, size);
    }
    for (int line : m_annotatedLines)
        m_editor->clearAnnotations(line);
    m_annotatedLines.clear();
    m_ranges.clear();
}

void WhyView::annotate(std::size_t offset, std::size_t markBegin, const QString &text)
{
    const std::size_t size = m_editor->byteLength();
    const auto position = static_cast<unsigned long>(std::min(offset, size));
    const auto begin = static_cast<unsigned long>(std::min(markBegin, size));
    const int line = static_cast<int>(
        m_editor->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, position));
    // A note starts at the left edge of its line. Far right in a long line (a one-line policy)
    // that is out of view when the marked text is in view, and only the note's end showed: it
    // starts under the start of the marked text there instead.
    const long lineEnd = m_editor->SendScintilla(
        QsciScintillaBase::SCI_GETCOLUMN,
        static_cast<unsigned long>(
            m_editor->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION,
                                    static_cast<unsigned long>(line))));
    const bool sameLine
        = m_editor->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, begin) == line;
    const long column
        = sameLine && lineEnd > longLine
              ? m_editor->SendScintilla(QsciScintillaBase::SCI_GETCOLUMN, begin)
              : 0;
    QString all = QString(column, QLatin1Char(' ')) + text;
    if (std::find(m_annotatedLines.begin(), m_annotatedLines.end(), line)
        != m_annotatedLines.end()) {
        all = m_editor->annotation(line) + QLatin1Char('\n') + all;
    } else {
        m_annotatedLines.push_back(line);
    }
    const QFont font = m_editor->lexer() ? m_editor->lexer()->font(0) : m_editor->font();
    const QColor ink = m_editor->isDark() ? QColor(0xff, 0xb0, 0x70) : QColor(0x9a, 0x3a, 0x00);
    const QColor paper = m_editor->isDark() ? QColor(0x33, 0x2a, 0x22) : QColor(0xff, 0xf4, 0xe8);
    m_annotationStyle.setFont(font);
    m_annotationStyle.setColor(ink);
    m_annotationStyle.setPaper(paper);
    m_editor->annotate(line, all, m_annotationStyle);
}

} // namespace views
