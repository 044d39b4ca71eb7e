// The findings list: one row per finding with its severity icon, message and line:column.
// Activating a row asks the window to select the finding's span in the JSON pane.
#pragma once

#include "policy/diagnostic.h"

#include <QWidget>

#include <cstddef>
#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace views {

class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { MessageColumn, LocationColumn, IdColumn };

    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setFindings(const std::vector<engine::Diagnostic> &findings);
    int count() const;
    QTreeWidget *list() const { return m_list; }

    static QIcon severityIcon(engine::Severity severity);
    static QString severityText(engine::Severity severity);

signals:
    // The user activated a finding: select [begin, end) in the editor.
    void findingActivated(std::size_t begin, std::size_t end);

private:
    void onItemActivated(QTreeWidgetItem *item);

    QTreeWidget *m_list; // owned (child widget)
};

} // namespace views
