// "Why" for the selected access-matrix cell (issue 5): a list of the explanation, the matched
// statements and the first failing part of every other statement; each line with a span goes
// to it in the JSON pane when clicked or activated (Enter). It also lights the same things up
// in the statement tree (PolicyTreeModel's simulation marks) and in the JSON pane (two
// indicators of their own, with the reasons as annotations and hover tooltips).
//
// Every mark is cleared when the selection is cleared, when the text changes (the spans belong
// to the old text; the Simulation dock selects the cell again after the reparse) and when the
// matrix goes stale. Leaving the Simulation (its dock closed or behind another tab, another
// tab of it) takes the marks away too; coming back shows them again.
#pragma once

#include "celldecision.h"

#include <Qsci/qscistyle.h>

#include <QListWidget>

#include <cstddef>
#include <optional>
#include <vector>

namespace views {

class EditorController;
class JsonEditor;

class WhyView : public QListWidget
{
    Q_OBJECT

public:
    // Item data: the span a line goes to (qulonglong byte offsets; absent on plain lines).
    enum Role { BeginRole = Qt::UserRole + 1, EndRole };

    // Neither pointer is owned; both must outlive the view. The statement tree is the
    // controller's model.
    WhyView(EditorController *controller, JsonEditor *editor, QWidget *parent = nullptr);

    // API
    void showDecision(const views::CellDecision &decision);
    void clearDecision(); // the list and every mark
    bool hasMarks() const { return !m_ranges.empty(); }
    // The reason shown when hovering the byte offset in the JSON pane (empty: none).
    QString reasonAt(std::size_t offset) const;
    // The JSON pane's lines that carry one of our annotations (0-based).
    const std::vector<int> &annotatedLines() const { return m_annotatedLines; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct MarkedRange
    {
        std::size_t begin = 0;
        std::size_t end = 0;
        QString reason;
    };

    void render(const views::CellDecision &decision);
    void clearMarks(); // in the editor and the tree; the list stays
    void goToItem(const QListWidgetItem *item);
    void addLine(const QString &text, const QString &toolTip, const engine::Span *span);
    void markEditor(int indicator, const engine::Span &span, const QString &reason);
    void clearEditorMarks();
    // A note on the line of `offset`, under `markBegin` when that is far right in a long line.
    void annotate(std::size_t offset, std::size_t markBegin, const QString &text);

    EditorController *m_controller; // not owned
    JsonEditor *m_editor;           // not owned
    std::optional<views::CellDecision> m_decision; // the one shown, while there is one
    bool m_left = false; // hidden since it was shown: the Simulation was left
    std::vector<MarkedRange> m_ranges;
    std::vector<int> m_annotatedLines;
    QsciStyle m_annotationStyle; // one style number, allocated once
};

} // namespace views
