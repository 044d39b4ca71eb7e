// Keeps the statement tree in step with the JSON pane. The text is the single source of truth:
// - text -> tree: reparse on a single-shot timer after typing stops, and at once after an
//   undo/redo or a tree edit; valid JSON resets the model (the view keeps expansion and
//   selection by path), invalid JSON leaves the last tree stale (greyed, read-only) and marks
//   the error in the pane;
// - tree -> text: the model's TextEdits are applied to the editor as one undo step each, so the
//   editor's undo history is the only one;
// - selection: the caret selects the deepest tree node, a selected node selects its span.
//   A scoped flag stops the two directions from echoing each other.
//
// One analysis per edit: each reparse parses and lints the text once into an immutable
// model::PolicySnapshot and builds the tree's rows from it; the tree, the Problems panel, the
// Simulation and the Scenarios read snapshot() after reparsed(), and nothing else parses the
// editor's text. Texts larger than backgroundBytes() are analysed by a worker (one at a time,
// tagged by generation; a result for older text is dropped), so that opening or typing in a
// huge policy never waits for the analysis on the GUI thread.
#pragma once

#include "policysnapshot.h"
#include "policytreemodel.h"

#include "edit/textedit.h"
#include "json/reader.h"
#include "policy/diagnostic.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>


namespace views {

class JsonEditor;
class PolicyTreeView;

class EditorController : public QObject
{
    Q_OBJECT

public:
    // None of the pointers is owned; all must outlive the controller. The tree view must
    // already show `model`.
    EditorController(JsonEditor *editor, model::PolicyTreeModel *model, PolicyTreeView *tree,
                     QObject *parent = nullptr);

    void setReparseDelay(int milliseconds);
    int reparseDelay() const { return m_delay; }
    // A reparse is due (typing goes on) or a worker is analysing newer text than the snapshot.
    bool isReparsePending() const { return m_timer.isActive() || m_analyzing; }
    // Parses and lints the editor's text now, on this thread whatever its size, and updates
    // the model, marks and findings (tests, and actions that need the result at once).
    void reparseNow();
    // Reparses: on this thread for texts up to backgroundBytes(), else by a worker while the
    // window stays responsive; reparsed() follows when the result is published.
    void reparse();
    bool isAnalyzing() const { return m_analyzing; }
    qsizetype backgroundBytes() const { return m_backgroundBytes; }
    void setBackgroundBytes(qsizetype bytes) { m_backgroundBytes = bytes; }

    // The analysis of the text as of the last reparse (never null).
    model::PolicySnapshot::Ptr snapshot() const { return m_snapshot; }
    bool isValid() const { return m_valid; }
    // Whether the text has parsed as JSON since the document was loaded (startDocument()).
    // A document that never parsed has no tree and no simulation results: there is no last
    // valid state of its own to show greyed.
    bool hasParsed() const { return m_hasParsed; }
    // A new document's text is about to be loaded: forget the last valid tree.
    void startDocument()
    {
        m_hasParsed = false;
        emit documentStarted();
    }
    const engine::json::ParseError &parseError() const { return m_snapshot->parseError(); }
    const std::vector<engine::Diagnostic> &findings() const { return m_snapshot->findings(); }
    // Findings that need the secret's ARN run only when it is known.
    void setSecretArn(const QString &arn);
    QString secretArn() const;

    // Applies a tree edit to the editor as one undo step and reparses at once.
    void applyEdit(const engine::TextEdit &edit, const QString &description);
    // Moves the caret to the parse error, or selects a finding's span.
    void goToError();
    void goToSpan(std::size_t begin, std::size_t end);

    // The statement tree's model (not owned).
    model::PolicyTreeModel *treeModel() const { return m_model; }

    // Milliseconds the GUI thread spent on the last reparse (parse + lint + model reset +
    // marks; without the analysis when a worker did it).
    double lastReparseMilliseconds() const { return m_lastReparseMs; }

signals:
    // A new snapshot is published (after a reparse on this thread or by a worker).
    void reparsed();
    void validityChanged(bool valid);
    void editApplied(const QString &description);
    // Another document's text is about to be loaded (startDocument()).
    void documentStarted();

private:
    // What one analysis produces; made on this thread or by a worker, from a copy of the text.
    struct Analysis
    {
        model::PolicySnapshot::Ptr snapshot;
        std::shared_ptr<model::PolicyTreeModel::Prepared> tree; // null when not JSON
    };
    static Analysis analyze(const QByteArray &text, const std::optional<std::string> &secretArn,
                            quint64 generation);
    void startWorker();
    // Shows a result; `analysisMs`: what producing it took on this thread.
    void publish(Analysis analysis, double analysisMs);
    void onTextModified(int modificationType);
    void onCaretMoved();
    void onTreePathChanged(const QString &pointer);
    void syncTreeToCaret();
    void selectTreeNodeInText(); // the tree's current node, after a tree edit
    void markFindings();

    JsonEditor *m_editor;             // not owned
    model::PolicyTreeModel *m_model;  // not owned
    PolicyTreeView *m_tree;           // not owned
    QTimer m_timer;
    int m_delay = 200;
    bool m_syncing = false;           // set only through ScopedFlag
    // The selection the tree last put into the editor: QScintilla reports caret moves late
    // (at the next paint), so a guard flag alone cannot recognise them as our own.
    std::optional<std::pair<std::size_t, std::size_t>> m_selectionFromTree;
    bool m_valid = true;
    bool m_hasParsed = false;
    model::PolicySnapshot::Ptr m_snapshot; // never null
    quint64 m_generation = 0;   // bumped by every reparse; a worker's older result is dropped
    bool m_analyzing = false;   // a worker runs (at most one)
    bool m_rerun = false;       // the text changed while it ran: analyse again when it ends
    qsizetype m_backgroundBytes = 64 * 1024;
    bool m_treeEditPending = false; // the next reparse follows a tree edit
    std::optional<std::string> m_secretArn;
    double m_lastReparseMs = 0.0;
};

} // namespace views
