#include "editorcontroller.h"

#include "jsoneditor.h"
#include "policytreemodel.h"
#include "policytreeview.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace views {

namespace {

// Sets a flag for the lifetime of the object and restores its previous value.
class ScopedFlag
{
public:
    explicit ScopedFlag(bool &flag) : m_flag(flag), m_old(flag) { m_flag = true; }
    ~ScopedFlag() { m_flag = m_old; }
    ScopedFlag(const ScopedFlag &) = delete;
    ScopedFlag &operator=(const ScopedFlag &) = delete;

private:
    bool &m_flag;
    bool m_old;
};

int indicatorFor(engine::Severity severity)
{
    switch (severity) {
    case engine::Severity::Error:
        return JsonEditor::ErrorIndicator;
    case engine::Severity::SecurityWarning:
        return JsonEditor::SecurityIndicator;
    case engine::Severity::Warning:
        return JsonEditor::WarningIndicator;
    case engine::Severity::Suggestion:
        return JsonEditor::SuggestionIndicator;
    }
    return JsonEditor::WarningIndicator;
}

} // namespace

EditorController::EditorController(JsonEditor *editor, model::PolicyTreeModel *model,
                                   PolicyTreeView *tree, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_model(model)
    , m_tree(tree)
    , m_snapshot(model::PolicySnapshot::analyze({}, {}, 0))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_delay);
    connect(&m_timer, &QTimer::timeout, this, &EditorController::reparse);

    connect(m_editor, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int, int modificationType) { onTextModified(modificationType); });
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this,
            &EditorController::onCaretMoved);
    connect(m_model, &model::PolicyTreeModel::editRequested, this, &EditorController::applyEdit);
    if (m_tree) {
        connect(m_tree, &PolicyTreeView::currentPathChanged, this,
                &EditorController::onTreePathChanged);
    }
}

void EditorController::setReparseDelay(int milliseconds)
{
    m_delay = milliseconds;
}

void EditorController::setSecretArn(const QString &arn)
{
    if (arn.isEmpty())
        m_secretArn.reset();
    else
        m_secretArn = arn.toStdString();
}

QString EditorController::secretArn() const
{
    return m_secretArn ? QString::fromStdString(*m_secretArn) : QString();
}

void EditorController::onTextModified(int modificationType)
{
    using Base = QsciScintillaBase;
    if (!(modificationType & (Base::SC_MOD_INSERTTEXT | Base::SC_MOD_DELETETEXT)))
        return;
    if (modificationType & (Base::SC_PERFORMED_UNDO | Base::SC_PERFORMED_REDO)) {
        m_timer.start(0); // at once, after the whole undo step has been applied
        return;
    }
    if (m_timer.isActive() && m_timer.interval() == 0)
        return;
    m_timer.start(m_delay);
}

EditorController::Analysis EditorController::analyze(const QByteArray &text,
                                                     const std::optional<std::string> &secretArn,
                                                     quint64 generation)
{
    Analysis analysis;
    analysis.snapshot = model::PolicySnapshot::analyze(text, secretArn, generation);
    if (analysis.snapshot->isJson())
        analysis.tree = model::PolicyTreeModel::prepare(text, analysis.snapshot->tree());
    return analysis;
}

void EditorController::reparseNow()
{
    m_timer.stop();
    m_rerun = false; // a worker's result is for older text now: dropped by its generation
    QElapsedTimer clock;
    clock.start();
    Analysis analysis = analyze(m_editor->documentBytes(), m_secretArn, ++m_generation);
    publish(std::move(analysis), static_cast<double>(clock.nsecsElapsed()) / 1e6);
}

void EditorController::reparse()
{
    if (m_editor->byteLength() <= static_cast<std::size_t>(m_backgroundBytes)) {
        reparseNow();
        return;
    }
    m_timer.stop();
    ++m_generation;
    if (m_analyzing) {
        m_rerun = true; // one worker at a time: the next starts when this one ends
        return;
    }
    startWorker();
}

void EditorController::startWorker()
{
    m_analyzing = true;
    auto *watcher = new QFutureWatcher<Analysis>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_analyzing = false;
        Analysis result = watcher->result();
        if (m_rerun) {
            m_rerun = false;
            startWorker();
            return;
        }
        if (result.snapshot->generation() == m_generation)
            publish(std::move(result), 0.0);
    });
    watcher->setFuture(QtConcurrent::run(&EditorController::analyze, m_editor->documentBytes(),
                                         m_secretArn, m_generation));
}

void EditorController::publish(Analysis analysis, double analysisMs)
{
    QElapsedTimer clock;
    clock.start();
    m_snapshot = std::move(analysis.snapshot);
    const bool wasValid = m_valid;
    m_valid = m_snapshot->isJson();
    {
        ScopedFlag guard(m_syncing);
        if (m_valid) {
            m_hasParsed = true;
            m_model->setDocument(std::move(analysis.tree), m_snapshot->findings());
        } else if (m_hasParsed) {
            m_model->setStale(true); // greyed, the last valid tree of this document
        } else {
            m_model->clear(); // never another document's tree (the New-file template's)
        }
    }
    markFindings();
    // A tree edit selects its own result (the view does) and the text follows the tree;
    // typing keeps the tree on the caret.
    const bool treeEdit = std::exchange(m_treeEditPending, false);
    if (m_valid && m_editor->hasFocus())
        syncTreeToCaret();
    else if (m_valid && treeEdit)
        selectTreeNodeInText();
    m_lastReparseMs = analysisMs + static_cast<double>(clock.nsecsElapsed()) / 1e6;
    emit reparsed();
    if (wasValid != m_valid)
        emit validityChanged(m_valid);
}

void EditorController::markFindings()
{
    m_editor->clearFindingMarks();
    m_editor->clearError();
    for (const engine::Diagnostic &d : m_snapshot->findings()) {
        if (d.id == "json-syntax")
            continue; // the error marker below shows it
        m_editor->addFindingMark(indicatorFor(d.severity), d.span.begin.offset,
                                 d.span.end.offset);
    }
    if (!m_valid)
        m_editor->setErrorAt(m_snapshot->parseError().position.offset);
}

void EditorController::applyEdit(const engine::TextEdit &edit, const QString &description)
{
    {
        ScopedFlag guard(m_syncing);
        m_editor->replaceBytes(edit.offset, edit.length, edit.replacement);
    }
    // The model emitted this edit from inside one of its own calls (setData, an action):
    // reset it only once that call has returned.
    m_treeEditPending = true;
    m_timer.start(0);
    emit editApplied(description);
}

void EditorController::goToError()
{
    if (m_valid)
        return;
    const std::size_t offset = m_snapshot->parseError().position.offset;
    m_editor->selectBytes(offset, offset);
    m_editor->setFocus();
}

void EditorController::goToSpan(std::size_t begin, std::size_t end)
{
    m_editor->selectBytes(begin, end);
    m_editor->setFocus();
}

void EditorController::onCaretMoved()
{
    // While a reparse is pending the tree's offsets describe older text: sync after it.
    if (m_syncing || m_timer.isActive())
        return;
    if (m_selectionFromTree) {
        const auto selection = std::make_pair(m_editor->anchorOffset(), m_editor->caretOffset());
        if (selection == *m_selectionFromTree)
            return; // the echo of a tree selection
        m_selectionFromTree.reset();
    }
    syncTreeToCaret();
}

void EditorController::syncTreeToCaret()
{
    if (!m_tree || m_model->isStale())
        return;
    const QModelIndex index = m_model->deepestIndexAtOffset(m_editor->caretOffset());
    if (!index.isValid())
        return;
    ScopedFlag guard(m_syncing);
    m_tree->selectPath(m_model->pathForIndex(index));
}

void EditorController::selectTreeNodeInText()
{
    if (m_tree)
        onTreePathChanged(m_tree->currentPath());
}

void EditorController::onTreePathChanged(const QString &pointer)
{
    if (m_syncing || m_model->isStale() || m_timer.isActive())
        return;
    const QModelIndex index = m_model->indexForPath(pointer);
    if (!index.isValid())
        return;
    const auto [begin, end] = m_model->byteRangeForIndex(index);
    ScopedFlag guard(m_syncing);
    m_selectionFromTree = std::make_pair(begin, end);
    m_editor->selectBytes(begin, end);
}

} // namespace views
