// The findings list: one row per finding with its severity icon, message and line:column.
// Activating a row asks the window to select the finding's span in the JSON pane. The
// findings of Policy > Validate with AWS follow ours, marked as AWS's.
#pragma once

#include "awsanswers.h"
#include "policy/diagnostic.h"

#include <QWidget>

#include <cstddef>
#include <optional>
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
    // AWS's answer to validate-resource-policy for the current text: a row per error, or one
    // row saying that it passed; `where` says which profile and region answered. They stay
    // until clearAwsValidation() (the window clears them when the text changes).
    void setAwsValidation(const model::AwsValidation &validation, const QString &where);
    void clearAwsValidation();
    bool hasAwsValidation() const { return m_aws.has_value(); }
    QTreeWidget *list() const { return m_list; }

    static QIcon severityIcon(engine::Severity severity);
    static QString severityText(engine::Severity severity);

signals:
    // The user activated a finding: select [begin, end) in the editor.
    void findingActivated(std::size_t begin, std::size_t end);

private:
    void onItemActivated(QTreeWidgetItem *item);
    void addAwsRows();

    QTreeWidget *m_list; // owned (child widget)
    std::optional<model::AwsValidation> m_aws;
    QString m_awsWhere;
};

} // namespace views
