// Form editors for the statement tree: Effect and principal types as choices; actions,
// condition operators, condition keys, version stages and principals as line edits with
// completion (from engine::data and from what the document already uses). Also paints the
// findings' severity icon on marked nodes.
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace model {
class PolicyTreeModel;
}

namespace views {

class PolicyItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PolicyItemDelegate(QObject *parent = nullptr);

    // API
    // The completion list the editor for `index` offers (empty: a plain line edit). Public
    // for tests and for the Add condition dialog.
    static QStringList completionsFor(const QModelIndex &index);
    static QStringList operatorNames();
    static QStringList conditionKeyNames();
    static QStringList actionNames();
    // AWSCURRENT, AWSPREVIOUS, AWSPENDING and the labels the document already uses.
    static QStringList versionStageNames(const model::PolicyTreeModel *model);

    // QStyledItemDelegate
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace views
