#include "policytreeview.h"

#include "helptexts.h"
#include "policyitemdelegate.h"
#include "policytreemodel.h"

#include "sim/matrix.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>
#include <functional>

namespace views {

using model::PolicyTreeModel;

namespace {

// Marks programmatic selection so that currentChanged is not echoed as a user choice.
class SyncScope
{
public:
    explicit SyncScope(int &depth) : m_depth(depth) { ++m_depth; }
    ~SyncScope() { --m_depth; }
    SyncScope(const SyncScope &) = delete;
    SyncScope &operator=(const SyncScope &) = delete;

private:
    int &m_depth;
};

QString parentPointer(const QString &pointer)
{
    const qsizetype slash = pointer.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QString() : pointer.left(slash);
}

} // namespace

PolicyTreeView::PolicyTreeView(QWidget *parent) : QTreeView(parent)
{
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::SelectedClicked);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(true);
    m_delegate = new PolicyItemDelegate(this);
    setItemDelegate(m_delegate);
    createActions();
    updateActions();
}

PolicyTreeView::~PolicyTreeView() = default;

void PolicyTreeView::createActions()
{
    // The toolbar shows iconText: short labels, so that the toolbar fits in German and Japanese.
    const auto make = [this](const QString &text,
                             const QString &iconText,
                             const QString &tip,
                             const QKeySequence &key) {
        auto *action = new QAction(text, this);
        action->setIconText(iconText);
        action->setToolTip(tip);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_addStatement = make(tr("Add &Statement"),
                          tr("Add Statement", "toolbar"),
                          tr("Add a statement at the end of the policy"),
                          QKeySequence(tr("Ctrl+Shift+Insert")));
    m_duplicate = make(tr("D&uplicate Statement"),
                       tr("Duplicate Statement", "toolbar"),
                       tr("Insert a copy of the statement after it"),
                       QKeySequence(tr("Ctrl+D")));
    m_delete = make(tr("&Delete Statement"),
                    tr("Delete Statement", "toolbar"),
                    tr("Delete the statement"),
                    QKeySequence(tr("Ctrl+Delete")));
    m_moveUp = make(tr("Move Statement &Up"),
                    tr("Move Statement Up", "toolbar"),
                    tr("Swap the statement with the one above"),
                    QKeySequence(tr("Alt+Up")));
    m_moveDown = make(tr("Move Statement Dow&n"),
                      tr("Move Statement Down", "toolbar"),
                      tr("Swap the statement with the one below"),
                      QKeySequence(tr("Alt+Down")));
    m_addValue = make(tr("Add &Value"),
                      tr("Add Value", "toolbar"),
                      tr("Add a value to the element"),
                      QKeySequence(tr("Insert")));
    m_removeValue = make(tr("&Remove"),
                         tr("Remove", "toolbar"),
                         tr("Remove the value or element"),
                         QKeySequence(QKeySequence::Delete));
    m_addCondition = make(tr("Add &Condition…"),
                          tr("Add Condition…", "toolbar"),
                          tr("Add a condition to the statement"),
                          QKeySequence(tr("Ctrl+Shift+C")));

    connect(m_addStatement, &QAction::triggered, this, [this] {
        const int resets = m_resets;
        // The new statement names no principal yet: the cursor goes there.
        if (m_model)
            focusAfterReparse(m_model->addStatement(), true, resets);
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const int resets = m_resets;
        if (m_model)
            focusAfterReparse(m_model->duplicateStatement(currentIndex()), false, resets);
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (!m_model)
            return;
        const int si = m_model->statementIndexOf(currentIndex());
        const int count = m_model->statementCount();
        const int resets = m_resets;
        if (m_model->deleteStatement(currentIndex()) && count > 1)
            focusAfterReparse(QStringLiteral("/Statement/%1").arg(si + 1 < count ? si : si - 1),
                              false, resets);
    });
    connect(m_moveUp, &QAction::triggered, this, [this] { moveStatement(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveStatement(+1); });
    connect(m_addValue, &QAction::triggered, this, [this] {
        const int resets = m_resets;
        if (!m_model)
            return;
        const QString path = m_model->addValue(currentIndex());
        m_newValue = path;
        focusAfterReparse(path, true, resets);
    });
    connect(m_removeValue, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->removeValue(currentIndex());
    });
    connect(m_addCondition, &QAction::triggered, this, &PolicyTreeView::addCondition);
}

QList<QAction *> PolicyTreeView::editActions() const
{
    return {m_addStatement, m_duplicate, m_delete, m_moveUp, m_moveDown,
            m_addValue,     m_removeValue, m_addCondition};
}

void PolicyTreeView::setPolicyModel(model::PolicyTreeModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    m_expanded.clear();
    m_known.clear();
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &PolicyTreeView::saveState);
        connect(model, &QAbstractItemModel::modelReset, this, &PolicyTreeView::restoreState);
        connect(model, &QAbstractItemModel::dataChanged, this, &PolicyTreeView::updateActions);
        // The simulation marks put words before the element names.
        connect(model, &QAbstractItemModel::dataChanged, this, &PolicyTreeView::fitElementColumn);
        connect(model, &PolicyTreeModel::editRequested, this, [this] { ++m_editsRequested; });
        connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) { onCurrentChanged(current); });
        if (model->rowCount() > 0)
            restoreState();
    }
    updateActions();
}

model::PolicyTreeModel *PolicyTreeView::policyModel() const
{
    return m_model;
}

void PolicyTreeView::selectPath(const QString &pointer)
{
    if (!m_model)
        return;
    SyncScope scope(m_syncDepth);
    QString path = pointer;
    QModelIndex index = m_model->indexForPath(path);
    while (!index.isValid() && !path.isEmpty()) {
        path = parentPointer(path);
        index = m_model->indexForPath(path);
    }
    if (!index.isValid()) {
        selectionModel()->clearCurrentIndex();
        clearSelection();
        return;
    }
    setCurrentIndex(index);
    scrollTo(index);
}

QString PolicyTreeView::currentPath() const
{
    return m_model ? m_model->pathForIndex(currentIndex()) : QString();
}

QSet<QString> PolicyTreeView::expandedPaths() const
{
    QSet<QString> paths;
    forEachParent([&](const QModelIndex &index, const QString &path) {
        if (isExpanded(index))
            paths.insert(path);
    });
    return paths;
}

void PolicyTreeView::forEachParent(
    const std::function<void(const QModelIndex &, const QString &)> &f, bool expandedOnly) const
{
    if (!m_model)
        return;
    const auto visit = [&](auto &self, const QModelIndex &parent) -> void {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (m_model->rowCount(child) == 0)
                continue;
            f(child, m_model->pathForIndex(child));
            if (!expandedOnly || isExpanded(child))
                self(self, child);
        }
    };
    visit(visit, QModelIndex());
}

bool PolicyTreeView::isLargeDocument() const
{
    return m_model && m_model->statementCount() > largeStatementCount;
}

void PolicyTreeView::moveStatement(int delta)
{
    if (!m_model)
        return;
    const int si = m_model->statementIndexOf(currentIndex());
    const int resets = m_resets;
    m_swapStatements = {si, si + delta};
    focusAfterReparse(m_model->moveStatement(currentIndex(), delta), false, resets);
    m_swapStatements = {-1, -1};
}

namespace {

// "/Statement/a/..." <-> "/Statement/b/...": the expansion of swapped statements goes with them.
QString swapStatementPrefix(const QString &path, int a, int b)
{
    const QString pa = QStringLiteral("/Statement/%1").arg(a);
    const QString pb = QStringLiteral("/Statement/%1").arg(b);
    const auto startsWith = [&](const QString &prefix) {
        return path == prefix || path.startsWith(prefix + QLatin1Char('/'));
    };
    if (startsWith(pa))
        return pb + path.mid(pa.size());
    if (startsWith(pb))
        return pa + path.mid(pb.size());
    return path;
}

} // namespace

void PolicyTreeView::saveState()
{
    m_expanded.clear();
    m_known.clear();
    const auto [a, b] = m_swapStatements;
    forEachParent(
        [&](const QModelIndex &index, const QString &path) {
            const QString key = a < 0 ? path : swapStatementPrefix(path, a, b);
            m_known.insert(key);
            if (isExpanded(index))
                m_expanded.insert(key);
        },
        isLargeDocument());
    m_current = currentPath();
    m_scroll = verticalScrollBar()->value();
}

void PolicyTreeView::restoreState()
{
    SyncScope scope(m_syncDepth);
    // Nodes the user saw keep their state; new ones (a new statement, a new file) open,
    // unless the document is large: then only the nodes that were open open again.
    const bool large = isLargeDocument();
    forEachParent(
        [&](const QModelIndex &index, const QString &path) {
            if (m_expanded.contains(path) || (!large && !m_known.contains(path)))
                expand(index);
        },
        large);
    verticalScrollBar()->setValue(m_scroll);
    const QString focus = m_pendingFocus.isEmpty() ? m_current : m_pendingFocus;
    const bool edit = m_pendingEdit;
    m_pendingFocus.clear();
    m_pendingEdit = false;
    ++m_resets;
    if (m_commitDepth > 0)
        m_resetDuringCommit = true;
    if (!focus.isEmpty())
        focusNow(focus, edit);
    updateActions();
    fitElementColumn();
}

void PolicyTreeView::fitElementColumn()
{
    // Wider for a longer name after an edit, never narrower than the user made it, and never
    // so wide that the values go out of view.
    const int wanted = sizeHintForColumn(PolicyTreeModel::ElementColumn);
    const int cap = std::max(330, viewport()->width() * 3 / 5);
    if (wanted > columnWidth(PolicyTreeModel::ElementColumn))
        setColumnWidth(PolicyTreeModel::ElementColumn, std::min(wanted, cap));
}

void PolicyTreeView::focusAfterReparse(const QString &pointer, bool edit, int resetsBefore)
{
    if (pointer.isEmpty())
        return;
    if (m_resets != resetsBefore) {
        focusNow(pointer, edit);
        return;
    }
    m_pendingFocus = pointer;
    m_pendingEdit = edit;
}

void PolicyTreeView::focusNow(const QString &pointer, bool edit)
{
    selectPath(pointer);
    const QModelIndex index = m_model->indexForPath(pointer, PolicyTreeModel::ValueColumn);
    if (index.isValid() && index.parent().isValid())
        expand(index.parent());
    if (!edit || !index.isValid())
        return;
    // Open the editor once the reset has been handled everywhere.
    QMetaObject::invokeMethod(
        this,
        [this, pointer] {
            const QModelIndex i = m_model->indexForPath(pointer, PolicyTreeModel::ValueColumn);
            if (i.isValid())
                QTreeView::edit(i);
        },
        Qt::QueuedConnection);
}

void PolicyTreeView::onCurrentChanged(const QModelIndex &current)
{
    updateActions();
    if (m_syncDepth == 0 && m_model)
        emit currentPathChanged(m_model->pathForIndex(current));
}

void PolicyTreeView::updateActions()
{
    const bool ready = m_model && !m_model->isStale();
    const QModelIndex current = currentIndex();
    const int si = ready ? m_model->statementIndexOf(current) : -1;
    const int count = ready ? m_model->statementCount() : 0;
    m_addStatement->setEnabled(ready);
    m_duplicate->setEnabled(si >= 0);
    m_delete->setEnabled(si >= 0);
    m_moveUp->setEnabled(si > 0);
    m_moveDown->setEnabled(si >= 0 && si + 1 < count);
    m_addValue->setEnabled(ready && m_model->canAddValue(current));
    m_removeValue->setEnabled(ready && m_model->canRemoveValue(current));
    m_addCondition->setEnabled(si >= 0);
}

void PolicyTreeView::commitData(QWidget *editor)
{
    m_resetDuringCommit = false;
    const int edits = m_editsRequested;
    ++m_commitDepth;
    QTreeView::commitData(editor);
    --m_commitDepth;
    if (m_editsRequested != edits)
        m_newValue.clear(); // the new value got its text
}

void PolicyTreeView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QString newValue = std::exchange(m_newValue, QString());
    if (m_resetDuringCommit) {
        m_resetDuringCommit = false;
        setFocus();
        return;
    }
    const bool newValueEditor = !newValue.isEmpty() && currentPath() == newValue;
    QTreeView::closeEditor(editor, hint);
    if (newValueEditor)
        removeIfEmpty(newValue);
}

void PolicyTreeView::removeIfEmpty(const QString &pointer)
{
    // Add Value wrote "" for the editor to fill: closed without a text (Escape, or Enter on
    // nothing), the value goes again instead of staying in the policy unnoticed.
    if (!m_model || m_model->isStale())
        return;
    const QModelIndex index = m_model->indexForPath(pointer, PolicyTreeModel::ValueColumn);
    if (!index.isValid() || !index.data(Qt::EditRole).toString().isEmpty())
        return;
    m_model->removeValue(index);
}

void PolicyTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(viewport()->mapFrom(this, event->pos()));
    if (index.isValid())
        setCurrentIndex(index);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_addValue);
    menu.addAction(m_removeValue);
    menu.addAction(m_addCondition);
    menu.addSeparator();
    menu.addAction(m_addStatement);
    menu.addAction(m_duplicate);
    menu.addAction(m_moveUp);
    menu.addAction(m_moveDown);
    menu.addAction(m_delete);
    menu.exec(event->globalPos());
}

void PolicyTreeView::addCondition()
{
    if (!m_model)
        return;
    const int si = m_model->statementIndexOf(currentIndex());
    if (si < 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Condition"));
    auto *form = new QFormLayout(&dialog);
    auto *op = new QComboBox(&dialog);
    op->setEditable(true);
    op->addItems(PolicyItemDelegate::operatorNames());
    op->setCurrentText(QStringLiteral("StringEquals"));
    op->completer()->setFilterMode(Qt::MatchContains);
    auto *key = new QLineEdit(&dialog);
    auto *keyCompleter = new QCompleter(PolicyItemDelegate::conditionKeyNames(), key);
    keyCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    keyCompleter->setFilterMode(Qt::MatchContains);
    key->setCompleter(keyCompleter);
    auto *value = new QLineEdit(&dialog);
    const QStringList stageNames = PolicyItemDelegate::versionStageNames(m_model);
    // What the key carries and when it is absent (for VersionStage: the call that names no
    // stage), so that the pitfall is read before the condition is written.
    auto *hint = new QLabel(&dialog);
    hint->setObjectName(QStringLiteral("conditionKeyHint"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::RichText);
    hint->setMinimumWidth(hint->fontMetrics().averageCharWidth() * 60);
    hint->hide();
    // The operator the user has not chosen follows the key: version stages are a list, and
    // the AWS user guide compares them with ForAnyValue:StringEquals.
    const QString defaultOperator = op->currentText();
    connect(key, &QLineEdit::textChanged, value,
            [value, stageNames, op, hint, defaultOperator](const QString &text) {
                const bool stage = text.trimmed().compare(
                                       QLatin1String(engine::sim::versionStageKey.data(),
                                                     static_cast<qsizetype>(
                                                         engine::sim::versionStageKey.size())),
                                       Qt::CaseInsensitive)
                                   == 0;
                // A completer of its own each time: QLineEdit may delete the one it replaces.
                if (stage && !value->completer()) {
                    auto *stages = new QCompleter(stageNames, value);
                    stages->setCaseSensitivity(Qt::CaseInsensitive);
                    value->setCompleter(stages);
                } else if (!stage) {
                    value->setCompleter(nullptr);
                }
                const QString stageOperator = QStringLiteral("ForAnyValue:StringEquals");
                if (stage && op->currentText() == defaultOperator)
                    op->setCurrentText(stageOperator);
                else if (!stage && op->currentText() == stageOperator)
                    op->setCurrentText(defaultOperator);
                const QString help = model::keyHelp(text.trimmed());
                hint->setText(help);
                hint->setVisible(!help.isEmpty());
            });
    form->addRow(tr("&Operator:"), op);
    form->addRow(tr("&Key:"), key);
    form->addRow(tr("&Value:"), value);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int resets = m_resets;
    focusAfterReparse(m_model->addCondition(si, op->currentText().trimmed(), key->text().trimmed(),
                                            value->text()),
                      false, resets);
}

} // namespace views
