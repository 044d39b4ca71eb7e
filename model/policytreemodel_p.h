// Internal to PolicyTreeModel: one row of the statement tree. Plain C++, not a QObject; the
// model is a thin adapter over a tree of these (simpletreemodel's TreeItem).
#pragma once

#include "policytreemodel.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace model {

struct PolicyTreeModel::Node
{
    NodeKind kind = NodeKind::Raw;
    QString label;    // Element column
    QString display;  // Value column, one line
    QString editText; // Value column, for an editor
    std::string path; // JSON Pointer of the value
    std::size_t begin = 0; // key (for members) or value start
    std::size_t end = 0;   // value end
    std::size_t keyEnd = 0; // members: one past the key's closing quote
    int statementIndex = -1;
    QString elementName;  // "Action", "NotPrincipal", ... for elements and their values
    QString conditionKey; // for condition keys and their values
    const engine::json::Value *value = nullptr; // Not owned: a node of the model's tree
    bool isMember = false;      // has a key in an object
    bool keyEditable = false;   // Element column can be renamed
    bool valueEditable = false; // Value column holds an editable scalar or raw JSON
    bool ambiguous = false;     // a later duplicate key: its path names another node
    int severity = -1;
    QStringList findings;
    SimulationMark simMark = SimulationMark::None;
    QString simLabel;
    QString simReason;

    Node *parent = nullptr; // Not owned.
    int row = 0;
    std::vector<std::unique_ptr<Node>> children; // Owned.

    Node *addChild(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

struct PolicyTreeModel::Prepared
{
    QByteArray text;
    std::shared_ptr<const engine::json::Value> tree;
    std::unique_ptr<Node> root; // Owned. Its nodes point into *tree.
    std::unordered_map<std::string, Node *> paths; // Not owned: nodes of root
};

} // namespace model
