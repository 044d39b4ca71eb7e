#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace views {

namespace {

// "&Open..." -> "Open", "Add &Condition…" -> "Add Condition".
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    for (const QString &tail : {QStringLiteral("..."), QStringLiteral("\u2026")}) {
        if (text.endsWith(tail))
            text.chop(tail.size());
    }
    return text.trimmed();
}

void walkMenu(const QMenu *menu, const QString &path, QHash<const QAction *, QString> &groups,
              QList<const QAction *> &order)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (QMenu *sub = a->menu()) {
            walkMenu(sub, ShortcutsDialog::tr("%1 > %2").arg(path, plainText(sub->title())), groups,
                     order);
            continue;
        }
        if (!groups.contains(a)) {
            groups.insert(a, path);
            order.append(a);
        }
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QHash<const QAction *, QString> groups;
    QList<const QAction *> order;
    if (const auto *main = qobject_cast<const QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions()) {
            if (QMenu *menu = a->menu())
                walkMenu(menu, plainText(menu->title()), groups, order);
        }
    }
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (!groups.contains(a)) {
            groups.insert(a, tr("Other"));
            order.append(a);
        }
    }
    QList<Entry> entries;
    for (const QAction *a : order) {
        if (a->isSeparator() || a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        entries.append({groups.value(a), plainText(a->text()), a->shortcuts(),
                        const_cast<QAction *>(a)});
    }
    return entries;
}

namespace {

// The widgets whose focus an action's shortcut depends on; empty for window-wide shortcuts.
QList<const QWidget *> shortcutScope(const QAction *action)
{
    QList<const QWidget *> scope;
    const Qt::ShortcutContext context = action->shortcutContext();
    if (context != Qt::WidgetShortcut && context != Qt::WidgetWithChildrenShortcut)
        return scope;
    for (const QObject *o : action->associatedObjects()) {
        if (const auto *w = qobject_cast<const QWidget *>(o)) {
            if (!qobject_cast<const QMenu *>(w))
                scope.append(w);
        }
    }
    return scope;
}

bool covers(const QWidget *scope, Qt::ShortcutContext context, const QWidget *w)
{
    return scope == w || (context == Qt::WidgetWithChildrenShortcut && scope->isAncestorOf(w));
}

// Whether one key press could reach both actions: one of them is window-wide, or a widget
// of one scope is (inside) a widget of the other.
bool overlap(const QAction *a, const QAction *b)
{
    const QList<const QWidget *> sa = shortcutScope(a);
    const QList<const QWidget *> sb = shortcutScope(b);
    if (sa.isEmpty() || sb.isEmpty())
        return true;
    for (const QWidget *x : sa) {
        for (const QWidget *y : sb) {
            if (covers(x, a->shortcutContext(), y) || covers(y, b->shortcutContext(), x))
                return true;
        }
    }
    return false;
}

} // namespace

QStringList ShortcutsDialog::conflicts(const QList<Entry> &entries)
{
    QStringList out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        for (qsizetype j = i + 1; j < entries.size(); ++j) {
            for (const QKeySequence &k : entries[i].shortcuts) {
                const QString key = k.toString(QKeySequence::PortableText);
                if (entries[j].shortcuts.contains(k) && !out.contains(key)
                    && overlap(entries[i].action, entries[j].action)) {
                    out.append(key);
                }
            }
        }
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("shortcutsSearch"));
    m_search->setPlaceholderText(tr("Action or key, e.g. \"save\" or \"F3\""));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search shortcuts"));

    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    for (const Entry &e : collect(window)) {
        QTreeWidgetItem *group = nullptr;
        for (int i = 0; i < m_list->topLevelItemCount() && !group; ++i) {
            if (m_list->topLevelItem(i)->text(0) == e.group)
                group = m_list->topLevelItem(i);
        }
        if (!group) {
            group = new QTreeWidgetItem(m_list, {e.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        QStringList keys;
        for (const QKeySequence &k : e.shortcuts)
            keys << k.toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(group, {e.name, keys.join(tr(", "))});
        item->setToolTip(0, e.action->toolTip());
        // Read as "Save: Ctrl+S" by screen readers.
        item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(e.name, item->text(1)));
    }
    m_list->expandAll();
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(label);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 600);
    m_search->setFocus();
}

void ShortcutsDialog::setFilter(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    const QString needle = text.trimmed();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty()
                               || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || item->text(1).contains(needle, Qt::CaseInsensitive)
                               || group->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

int ShortcutsDialog::visibleCount() const
{
    int n = 0;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            n += group->child(i)->isHidden() || group->isHidden() ? 0 : 1;
    }
    return n;
}

} // namespace views
