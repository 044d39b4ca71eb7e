// The statement tree: a read-only presentation of the parsed policy text. The text is the
// single source of truth, so this model never changes itself on an edit: setData() and the
// action methods compute an engine::TextEdit and emit editRequested(); the owner applies it to
// the editor as one undo step, reparses and calls setDocument() again (a model reset).
//
// Levels: policy members (Version, Id, other members as raw JSON) and statements; a statement
// holds its elements (Sid, Effect, Principal/NotPrincipal, Action/NotAction,
// Resource/NotResource, Condition, unknown members); Principal holds its types (AWS, Service,
// ...) and they their values; Action and Resource their values; Condition holds operators,
// operators hold keys, keys hold values. A scalar element shows its value in its own row; an
// array shows one child row per item. What the forms cannot model (wrong types, unknown
// members, nested arrays) is shown as its raw JSON text, never dropped.
//
// Nodes are addressed by JSON Pointer (PathRole); never keep a QModelIndex across a reset.
#pragma once

#include "edit/textedit.h"
#include "json/value.h"
#include "policy/diagnostic.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace model {

class PolicyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ElementColumn, ValueColumn, ColumnCount };

    enum Role {
        KindRole = Qt::UserRole + 1, // int: NodeKind
        OffsetRole,                  // qulonglong: first byte of the node (key or value)
        EndOffsetRole,               // qulonglong: one past its last byte
        PathRole,                    // QString: JSON Pointer of the node's value
        StatementIndexRole,          // int: the statement the node belongs to, -1 outside
        SeverityRole,                // int: worst engine::Severity of findings here, -1 none
        ElementNameRole,             // QString: "Action", "NotPrincipal", ... of the element
        ConditionKeyRole,            // QString: the condition key a value belongs to
        RawJsonRole,                 // QString: the node's value as written in the text
        SimulationMarkRole,          // int: SimulationMark of the selected matrix cell's trace
        SimulationLabelRole,         // QString: the mark in words ("✓ matched (Allow)")
        SimulationReasonRole,        // QString: why (the engine's trace reason)
    };

    enum class NodeKind {
        Version,
        Id,
        Statement,
        Sid,
        Effect,
        Principal,         // Principal or NotPrincipal
        PrincipalType,     // "AWS", "Service", "Federated", "CanonicalUser" (or unknown)
        PrincipalValue,
        Action,            // Action or NotAction
        ActionValue,
        Resource,          // Resource or NotResource
        ResourceValue,
        Condition,
        ConditionOperator, // "StringEquals", "ForAnyValue:StringLike", ...
        ConditionKey,
        ConditionValue,
        Raw,               // anything else: key (if any) and raw JSON text
    };
    Q_ENUM(NodeKind)

    // How the selected access-matrix cell's decision touches a node (issue 5, "Why").
    enum class SimulationMark {
        None,
        Matched,    // a statement that applies to the request
        NotMatched, // a statement that does not apply
        Failing,    // the first part of a statement that fails (element or condition pair)
    };
    Q_ENUM(SimulationMark)

    // One mark: the node whose byte range most tightly encloses [begin, end) gets it.
    struct SimulationMarkSpan
    {
        std::size_t begin = 0;
        std::size_t end = 0;
        SimulationMark mark = SimulationMark::None;
        QString label;  // the mark in words, shown beside the node
        QString reason; // the tooltip
    };

    explicit PolicyTreeModel(QObject *parent = nullptr);
    ~PolicyTreeModel() override;

    // API
    // Replaces the document (a model reset). `tree` must be what json::read() built from
    // exactly `utf8Text`. Clears the stale state; findings are kept until setFindings().
    void setDocument(const QByteArray &utf8Text, engine::json::Value tree);
    // The rows of a document, built ahead of setDocument() on any thread (a worker, for a
    // large document), so that the GUI thread only swaps them in (policytreemodel_p.h).
    struct Prepared;
    // `tree` must be what json::read() built from exactly `utf8Text` (null: an empty document).
    static std::shared_ptr<Prepared> prepare(const QByteArray &utf8Text,
                                             std::shared_ptr<const engine::json::Value> tree);
    // A model reset to prepared rows (consumed: they move into the model) with their findings;
    // clears the stale state.
    void setDocument(std::shared_ptr<Prepared> prepared, std::vector<engine::Diagnostic> findings);
    void clear();
    const QByteArray &text() const;
    const engine::json::Value &tree() const;

    // Spaces per level for new text where the document shows no indentation of its own
    // (the "indentation for new text" preference; 1..8, default 4). Existing text keeps its
    // own indentation.
    void setIndentWidth(int spaces);
    int indentWidth() const { return m_indentWidth; }

    // Stale: the text no longer parses; the last valid tree stays, greyed and read-only.
    void setStale(bool stale);
    bool isStale() const;

    // Findings shown as marks and tooltips on the nodes their paths name (the nearest node
    // that exists).
    void setFindings(std::vector<engine::Diagnostic> findings);

    // Marks from the selected cell's trace (policytreemodel_marks.cpp). A later mark on the
    // same node wins. setDocument() drops them: their spans belong to the old text.
    void setSimulationMarks(const std::vector<SimulationMarkSpan> &marks);
    void clearSimulationMarks();
    bool hasSimulationMarks() const { return !m_marked.empty(); }
    // The node whose [begin, end) range is the smallest that contains the span (column 0).
    QModelIndex indexForSpan(std::size_t begin, std::size_t end) const;

    QModelIndex indexForPath(const QString &pointer, int column = ElementColumn) const;
    QString pathForIndex(const QModelIndex &index) const;
    // The innermost node whose span contains the offset (column 0), or an invalid index.
    QModelIndex deepestIndexAtOffset(std::size_t byteOffset) const;
    // [begin, end) byte range of the node: its key and value for members, its value otherwise.
    std::pair<std::size_t, std::size_t> byteRangeForIndex(const QModelIndex &index) const;
    NodeKind kindOf(const QModelIndex &index) const;
    // The statement the index belongs to (-1 when none).
    int statementIndexOf(const QModelIndex &index) const;
    int statementCount() const;

    // Strings used as version stages in the document's conditions (for completion).
    QStringList versionStagesInUse() const;

    // Actions. Each computes one TextEdit, emits editRequested() and returns the JSON Pointer
    // of the node to select after the reparse; an empty string when nothing can be done.
    QString addStatement();
    QString duplicateStatement(const QModelIndex &index);
    bool deleteStatement(const QModelIndex &index);
    QString moveStatement(const QModelIndex &index, int delta);
    // Adds a value to a list element (Action, Resource, principal type, condition key, or one
    // of their values' parents); a scalar becomes an array.
    QString addValue(const QModelIndex &index, const QString &value = QString());
    bool canAddValue(const QModelIndex &index) const;
    // Removes a value, an element, an operator or a key (not a statement: deleteStatement).
    bool removeValue(const QModelIndex &index);
    bool canRemoveValue(const QModelIndex &index) const;
    // `value` is the JSON string to add; a JSON scalar spelling (true, 12) is written raw when
    // the key's type is Bool/Numeric.
    QString addCondition(int statementIndex, const QString &op, const QString &key,
                         const QString &value);

    struct Node; // A row of the tree (policytreemodel_p.h).

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Computes the edit and emits editRequested(); the model itself does not change.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // Replace bytes [edit.offset, edit.offset + edit.length) of the text with
    // edit.replacement; `description` is for the undo menu ("Change Effect").
    void editRequested(const engine::TextEdit &edit, const QString &description);

private:
    // The explanation of an operator, key or action node (helptexts.h); empty for others.
    static QString helpText(const Node *node);
    static std::unique_ptr<Node> buildTree(const QByteArray &text, const engine::json::Value &tree);
    static void indexPaths(Node *node, std::unordered_map<std::string, Node *> &paths);
    void applyFindings();
    Node *nodeForPathOrAncestor(std::string path) const;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = ElementColumn) const;
    bool emitEdit(const engine::Result<engine::TextEdit> &edit, const QString &description);
    void emitAllChanged(const QModelIndex &parent, const QList<int> &roles);
    Node *nodeForSpan(std::size_t begin, std::size_t end) const;
    void emitNodeChanged(const Node *node, const QList<int> &roles);

    QByteArray m_text;
    std::shared_ptr<const engine::json::Value> m_tree; // Shared with the editor's snapshot.
    std::unique_ptr<Node> m_root; // Owned. Its nodes point into *m_tree.
    std::unordered_map<std::string, Node *> m_paths; // Not owned: nodes of m_root
    std::vector<engine::Diagnostic> m_findings;
    std::vector<Node *> m_marked; // Not owned: nodes of m_root that carry a simulation mark
    bool m_stale = false;
    int m_indentWidth = 4;
};

} // namespace model
