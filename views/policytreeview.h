// The statement tree widget: a QTreeView over model::PolicyTreeModel with form editors
// (PolicyItemDelegate), a context menu and QActions for the toolbar (add, duplicate, delete,
// move statements; add and remove values; add a condition). Expansion, the current node and
// the scroll position survive the model's resets, keyed by JSON Pointer; nodes that are new
// after a reset (a new statement, another file) open expanded. After an action the
// node it names (the new statement, the new value) is selected once the reparse arrives, and a
// new empty value is opened for editing.
#pragma once

#include <QSet>
#include <QString>
#include <QTreeView>

#include <functional>
#include <utility>

class QAction;

namespace model {
class PolicyTreeModel;
}

namespace views {

class PolicyItemDelegate;

class PolicyTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit PolicyTreeView(QWidget *parent = nullptr);
    ~PolicyTreeView() override;

    // API
    void setPolicyModel(model::PolicyTreeModel *model); // Not owned.
    model::PolicyTreeModel *policyModel() const;

    // Actions, enabled for the current node; owned by the view, usable in toolbars and menus.
    QAction *addStatementAction() const { return m_addStatement; }
    QAction *duplicateStatementAction() const { return m_duplicate; }
    QAction *deleteStatementAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *addValueAction() const { return m_addValue; }
    QAction *removeValueAction() const { return m_removeValue; }
    QAction *addConditionAction() const { return m_addCondition; }
    QList<QAction *> editActions() const;

    // Selects the node at `pointer` (or its nearest existing ancestor) without emitting
    // currentPathChanged; used for caret -> tree sync.
    void selectPath(const QString &pointer);
    QString currentPath() const;
    QSet<QString> expandedPaths() const;

signals:
    // The user made `pointer` the current node (not emitted by selectPath()).
    void currentPathChanged(const QString &pointer);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    // A commit may come back as a model reset before the delegate asks to close its editor
    // (the owner applies the edit and reparses at once); the reset has then closed it already.
    void commitData(QWidget *editor) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void createActions();
    void updateActions();
    // Calls f for every node with children; with `expandedOnly`, not below collapsed ones.
    void forEachParent(const std::function<void(const QModelIndex &, const QString &)> &f,
                       bool expandedOnly = false) const;
    // A document of more statements than this keeps new nodes collapsed and remembers the
    // expansion of open nodes only: walking and expanding every node of a huge policy after
    // each reparse would cost seconds.
    static constexpr int largeStatementCount = 500;
    bool isLargeDocument() const;
    void saveState();
    void restoreState();
    void onCurrentChanged(const QModelIndex &current);
    // Selects `pointer` once the reparse of an action's edit has arrived: at once when the
    // owner reparsed synchronously (the reset count moved since `resetsBefore`), else later.
    void focusAfterReparse(const QString &pointer, bool edit, int resetsBefore);
    void focusNow(const QString &pointer, bool edit);
    void addCondition();
    void moveStatement(int delta);
    void removeIfEmpty(const QString &pointer);
    void fitElementColumn();

    model::PolicyTreeModel *m_model = nullptr; // Not owned.
    PolicyItemDelegate *m_delegate = nullptr;  // Owned (child QObject).
    QAction *m_addStatement = nullptr;         // Owned (child QObjects), all of them.
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_addValue = nullptr;
    QAction *m_removeValue = nullptr;
    QAction *m_addCondition = nullptr;

    // State kept across a model reset.
    QSet<QString> m_expanded; // paths of expanded nodes
    QSet<QString> m_known;    // paths of all nodes that had children
    QString m_current;
    int m_scroll = 0;
    QString m_pendingFocus; // selected (and edited if m_pendingEdit) after the next reset
    bool m_pendingEdit = false;
    int m_resets = 0;    // model resets seen
    std::pair<int, int> m_swapStatements{-1, -1}; // statements a move swaps (for expansion)
    int m_commitDepth = 0;             // > 0 inside commitData()
    bool m_resetDuringCommit = false;  // the editor being committed was closed by a reset
    int m_syncDepth = 0; // > 0 while the view selects programmatically (no signal echo)
    int m_editsRequested = 0; // edits the model asked for (a commit that changed the text)
    QString m_newValue;       // the value Add Value wrote empty, until its editor closes
};

} // namespace views
