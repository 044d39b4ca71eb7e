// PolicyTreeModel: the marks of the selected access-matrix cell (issue 5, "Why"): which
// statements matched, and the first failing part of the others.
#include "policytreemodel.h"

#include "policytreemodel_p.h"

namespace model {

using Node = PolicyTreeModel::Node;

Node *PolicyTreeModel::nodeForSpan(std::size_t begin, std::size_t end) const
{
    Node *found = nullptr;
    const Node *level = m_root.get();
    while (level) {
        Node *next = nullptr;
        for (const auto &child : level->children) {
            if (child->begin <= begin && end <= child->end) {
                next = child.get();
                break;
            }
        }
        if (next)
            found = next;
        level = next;
    }
    return found;
}

QModelIndex PolicyTreeModel::indexForSpan(std::size_t begin, std::size_t end) const
{
    return indexFor(nodeForSpan(begin, end));
}

void PolicyTreeModel::emitNodeChanged(const Node *node, const QList<int> &roles)
{
    emit dataChanged(indexFor(node, ElementColumn), indexFor(node, ValueColumn), roles);
}

void PolicyTreeModel::clearSimulationMarks()
{
    const std::vector<Node *> marked = std::move(m_marked);
    m_marked.clear();
    for (Node *node : marked) {
        node->simMark = SimulationMark::None;
        node->simLabel.clear();
        node->simReason.clear();
    }
    for (const Node *node : marked) {
        emitNodeChanged(node,
                        {SimulationMarkRole,
                         SimulationLabelRole,
                         SimulationReasonRole,
                         Qt::BackgroundRole,
                         Qt::ToolTipRole});
    }
}

void PolicyTreeModel::setSimulationMarks(const std::vector<SimulationMarkSpan> &marks)
{
    clearSimulationMarks();
    for (const SimulationMarkSpan &mark : marks) {
        Node *node = nodeForSpan(mark.begin, mark.end);
        if (!node || mark.mark == SimulationMark::None)
            continue;
        if (node->simMark == SimulationMark::None)
            m_marked.push_back(node);
        node->simMark = mark.mark;
        node->simLabel = mark.label;
        node->simReason = mark.reason;
    }
    for (const Node *node : m_marked) {
        emitNodeChanged(node,
                        {SimulationMarkRole,
                         SimulationLabelRole,
                         SimulationReasonRole,
                         Qt::BackgroundRole,
                         Qt::ToolTipRole});
    }
}

} // namespace model
