// Help > Keyboard Shortcuts: every action of a window that has a shortcut, grouped by the menu
// that holds it and searchable. The list is generated from the window's QActions each time the
// dialog opens, so it can never drift from the real shortcuts.
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace views {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group;               // "Edit", "File > Export", or "Other" outside any menu
        QString name;                // the action's text without mnemonic and ellipsis
        QList<QKeySequence> shortcuts;
        QAction *action = nullptr;   // Not owned.
    };

    // Collects the actions of `window` (its own and its children's) that have shortcuts, in
    // menu order, then the others. Separators and actions without text are skipped.
    static QList<Entry> collect(const QWidget *window);
    // Shortcuts that two actions of `entries` share where one key press could reach both (one
    // is window-wide, or their widgets nest), in portable text ("Ctrl+D"). The same key on
    // two unrelated widgets (Delete in the tree and in the scenario list) is no conflict.
    static QStringList conflicts(const QList<Entry> &entries);

    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);

    // API (tests)
    void setFilter(const QString &text);
    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    // Rows (actions) shown under the current filter.
    int visibleCount() const;

private:
    QLineEdit *m_search;   // owned by the widget tree
    QTreeWidget *m_list;   // owned by the widget tree
};

} // namespace views
