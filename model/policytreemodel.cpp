#include "policytreemodel.h"

#include "findingtext.h"
#include "helptexts.h"
#include "policytreemodel_p.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#ifndef NDEBUG
#include <QAbstractItemModelTester>
#endif

#include <algorithm>

namespace model {

using engine::json::Value;
using Node = PolicyTreeModel::Node;

namespace {

// Translucent, so that it reads on light and dark palettes; the label says the same in words.
QVariant simulationBackground(PolicyTreeModel::SimulationMark mark)
{
    switch (mark) {
    case PolicyTreeModel::SimulationMark::Matched:
        return QColor(0x2e, 0x9d, 0x44, 0x48);
    case PolicyTreeModel::SimulationMark::Failing:
        return QColor(0xe0, 0x60, 0x10, 0x48);
    case PolicyTreeModel::SimulationMark::NotMatched:
    case PolicyTreeModel::SimulationMark::None:
        break;
    }
    return {};
}

} // namespace

PolicyTreeModel::PolicyTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_tree(std::make_shared<const Value>())
    , m_root(std::make_unique<Node>())
{
#ifndef NDEBUG
    // Misuse of the model API shows up during manual testing too.
    new QAbstractItemModelTester(this, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 this);
#endif
}

PolicyTreeModel::~PolicyTreeModel() = default;

std::shared_ptr<PolicyTreeModel::Prepared> PolicyTreeModel::prepare(
    const QByteArray &utf8Text, std::shared_ptr<const engine::json::Value> tree)
{
    auto prepared = std::make_shared<Prepared>();
    prepared->text = utf8Text;
    prepared->tree = tree ? std::move(tree) : std::make_shared<const Value>();
    prepared->root = buildTree(prepared->text, *prepared->tree);
    indexPaths(prepared->root.get(), prepared->paths);
    return prepared;
}

void PolicyTreeModel::setDocument(const QByteArray &utf8Text, engine::json::Value tree)
{
    setDocument(prepare(utf8Text, std::make_shared<const Value>(std::move(tree))), m_findings);
}

void PolicyTreeModel::setDocument(std::shared_ptr<Prepared> prepared,
                                  std::vector<engine::Diagnostic> findings)
{
    beginResetModel();
    m_text = std::move(prepared->text);
    m_tree = std::move(prepared->tree);
    m_root = std::move(prepared->root);
    m_paths = std::move(prepared->paths);
    prepared.reset();
    m_stale = false;
    m_marked.clear(); // the old nodes are gone, and the marks' spans belong to the old text
    m_findings = std::move(findings);
    applyFindings();
    endResetModel();
}

void PolicyTreeModel::clear()
{
    setDocument(QByteArray(), Value());
}

const QByteArray &PolicyTreeModel::text() const
{
    return m_text;
}

const engine::json::Value &PolicyTreeModel::tree() const
{
    return *m_tree;
}

void PolicyTreeModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    emitAllChanged(QModelIndex(), {Qt::ForegroundRole});
    // The header says it in words too: grey alone would carry the information by colour.
    emit headerDataChanged(Qt::Horizontal, ElementColumn, ElementColumn);
}

bool PolicyTreeModel::isStale() const
{
    return m_stale;
}

void PolicyTreeModel::setFindings(std::vector<engine::Diagnostic> findings)
{
    m_findings = std::move(findings);
    applyFindings();
    emitAllChanged(QModelIndex(), {Qt::ToolTipRole, SeverityRole});
}

void PolicyTreeModel::indexPaths(Node *node, std::unordered_map<std::string, Node *> &paths)
{
    for (const auto &child : node->children) {
        // With duplicate keys the first node keeps the path (as JSON Pointer resolution does);
        // later ones are ambiguous and only edited through their own spans.
        const auto [it, inserted] = paths.try_emplace(child->path, child.get());
        child->ambiguous = !inserted;
        indexPaths(child.get(), paths);
    }
}

void PolicyTreeModel::applyFindings()
{
    const auto reset = [](auto &self, Node *node) -> void {
        node->severity = -1;
        node->findings.clear();
        for (const auto &child : node->children)
            self(self, child.get());
    };
    reset(reset, m_root.get());
    for (const engine::Diagnostic &d : m_findings) {
        Node *node = nodeForPathOrAncestor(d.path);
        if (!node)
            continue;
        node->findings.append(FindingText::message(d));
        const int severity = static_cast<int>(d.severity);
        // Ancestors carry the worst severity below them, so a collapsed statement shows it.
        for (Node *n = node; n && n != m_root.get(); n = n->parent) {
            if (n->severity < 0 || severity < n->severity)
                n->severity = severity;
        }
    }
}

Node *PolicyTreeModel::nodeForPathOrAncestor(std::string path) const
{
    while (true) {
        const auto it = m_paths.find(path);
        if (it != m_paths.end())
            return it->second;
        const std::size_t slash = path.rfind('/');
        if (slash == std::string::npos)
            return nullptr;
        path.resize(slash);
    }
}

QModelIndex PolicyTreeModel::indexForPath(const QString &pointer, int column) const
{
    const auto it = m_paths.find(pointer.toStdString());
    return it == m_paths.end() ? QModelIndex() : indexFor(it->second, column);
}

QString PolicyTreeModel::pathForIndex(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? QString::fromStdString(node->path) : QString();
}

QModelIndex PolicyTreeModel::deepestIndexAtOffset(std::size_t byteOffset) const
{
    const Node *found = nullptr;
    const Node *level = m_root.get();
    while (level) {
        const Node *next = nullptr;
        for (const auto &child : level->children) {
            if (byteOffset >= child->begin && byteOffset < child->end) {
                next = child.get();
                break;
            }
            // A caret just after a value still belongs to it.
            if (byteOffset == child->end && !next)
                next = child.get();
        }
        if (next)
            found = next;
        level = next;
    }
    return found ? indexFor(found) : QModelIndex();
}

std::pair<std::size_t, std::size_t> PolicyTreeModel::byteRangeForIndex(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return {0, 0};
    return {node->begin, node->end};
}

PolicyTreeModel::NodeKind PolicyTreeModel::kindOf(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->kind : NodeKind::Raw;
}

int PolicyTreeModel::statementIndexOf(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node ? node->statementIndex : -1;
}

int PolicyTreeModel::statementCount() const
{
    return engine::edit::statementCount(tree());
}

QStringList PolicyTreeModel::versionStagesInUse() const
{
    QStringList stages;
    const auto visit = [&](auto &self, const Node *node) -> void {
        if (node->kind == NodeKind::ConditionKey
            && node->label.endsWith(QStringLiteral("VersionStage"), Qt::CaseInsensitive)) {
            const auto add = [&](const Value *v) {
                const QString s = QString::fromStdString(v->text);
                if (v->isString() && !s.isEmpty() && !stages.contains(s))
                    stages.append(s);
            };
            if (node->value->isArray()) {
                for (const Value &item : node->value->items)
                    add(&item);
            } else {
                add(node->value);
            }
        }
        for (const auto &child : node->children)
            self(self, child.get());
    };
    visit(visit, m_root.get());
    return stages;
}

QString PolicyTreeModel::helpText(const Node *node)
{
    switch (node->kind) {
    case NodeKind::ConditionOperator:
        return operatorHelp(node->label);
    case NodeKind::ConditionKey:
        return keyHelp(node->label);
    case NodeKind::ActionValue:
    case NodeKind::Action:
        if (node->value && node->value->isString())
            return actionHelp(QString::fromStdString(node->value->text));
        return {};
    default:
        return {};
    }
}

// --- QAbstractItemModel ---

Node *PolicyTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex PolicyTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex PolicyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = parent.isValid() ? nodeFor(parent) : m_root.get();
    return createIndex(row, column, p->children[static_cast<std::size_t>(row)].get());
}

QModelIndex PolicyTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || !node->parent || node->parent == m_root.get())
        return {};
    return indexFor(node->parent);
}

int PolicyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? nodeFor(parent) : m_root.get();
    return static_cast<int>(p->children.size());
}

int PolicyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PolicyTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == ElementColumn ? node->label : node->display;
    case Qt::EditRole:
        return index.column() == ElementColumn ? node->label : node->editText;
    case Qt::ToolTipRole: {
        // What concerns this policy (the simulation's reason, the findings) wins the tooltip;
        // otherwise it explains the word. "What's This?" always explains it.
        QStringList lines;
        if (!node->simReason.isEmpty())
            lines << tr("%1: %2").arg(node->simLabel, node->simReason);
        lines += node->findings;
        if (!lines.isEmpty())
            return lines.join(QLatin1Char('\n'));
        const QString help = helpText(node);
        if (!help.isEmpty())
            return help;
        if (node->kind == NodeKind::Raw)
            return tr("Shown as written: the forms cannot edit this part");
        return {};
    }
    case Qt::WhatsThisRole: {
        const QString help = helpText(node);
        return help.isEmpty() ? QVariant() : QVariant(help);
    }
    case Qt::ForegroundRole:
        if (m_stale)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        return simulationBackground(node->simMark);
    case Qt::FontRole:
        if (node->kind == NodeKind::Raw && index.column() == ValueColumn) {
            QFont font;
            font.setFamily(QStringLiteral("DejaVu Sans Mono"));
            return font;
        }
        return {};
    case KindRole:
        return static_cast<int>(node->kind);
    case OffsetRole:
        return static_cast<qulonglong>(node->begin);
    case EndOffsetRole:
        return static_cast<qulonglong>(node->end);
    case PathRole:
        return QString::fromStdString(node->path);
    case StatementIndexRole:
        return node->statementIndex;
    case SeverityRole:
        return node->severity;
    case ElementNameRole:
        return node->elementName;
    case ConditionKeyRole:
        return node->conditionKey;
    case SimulationMarkRole:
        return static_cast<int>(node->simMark);
    case SimulationLabelRole:
        return node->simLabel;
    case SimulationReasonRole:
        return node->simReason;
    case RawJsonRole:
        return QString::fromUtf8(m_text.mid(static_cast<qsizetype>(node->value->span.begin.offset),
                                            static_cast<qsizetype>(node->value->span.end.offset
                                                                   - node->value->span.begin.offset)));
    default:
        return {};
    }
}

QVariant PolicyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ElementColumn:
        return m_stale ? tr("Element (out of date: the JSON is invalid)") : tr("Element");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

Qt::ItemFlags PolicyTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->children.empty())
        f |= Qt::ItemNeverHasChildren;
    const bool editable = index.column() == ElementColumn ? node->keyEditable
                                                          : node->valueEditable;
    if (editable && !m_stale)
        f |= Qt::ItemIsEditable;
    return f;
}

void PolicyTreeModel::emitAllChanged(const QModelIndex &parent, const QList<int> &roles)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent), roles);
    for (int row = 0; row < rows; ++row)
        emitAllChanged(index(row, 0, parent), roles);
}

} // namespace model
