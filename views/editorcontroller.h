// Keeps the statement tree in step with the JSON pane. The text is the single source of truth:
// - text -> tree: reparse on a single-shot timer after typing stops, and at once after an
//   undo/redo or a tree edit; valid JSON resets the model (the view keeps expansion and
//   selection by path), invalid JSON leaves the last tree stale (greyed, read-only) and marks
//   the error in the pane;
// - tree -> text: the model's TextEdits are applied to the editor as one undo step each, so the
//   editor's undo history is the only one;
// - selection: the caret selects the deepest tree node, a selected node selects its span.
//   A scoped flag stops the two directions from echoing each other.
#pragma once

#include "edit/textedit.h"
#include "json/reader.h"
#include "policy/diagnostic.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>


namespace model {
class PolicyTreeModel;
}

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
    bool isReparsePending() const { return m_timer.isActive(); }
    // Parses and lints the editor's text now and updates the model, marks and findings.
    void reparseNow();

    bool isValid() const { return m_valid; }
    const engine::json::ParseError &parseError() const { return m_parseError; }
    const std::vector<engine::Diagnostic> &findings() const { return m_findings; }
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

    // Milliseconds the last reparse took (parse + lint + model reset + marks).
    double lastReparseMilliseconds() const { return m_lastReparseMs; }

signals:
    void reparsed();
    void validityChanged(bool valid);
    void editApplied(const QString &description);

private:
    void onTextModified(int modificationType);
    void onCaretMoved();
    void onTreePathChanged(const QString &pointer);
    void syncTreeToCaret();
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
    engine::json::ParseError m_parseError;
    std::vector<engine::Diagnostic> m_findings;
    std::optional<std::string> m_secretArn;
    double m_lastReparseMs = 0.0;
};

} // namespace views
