// Tree edits as text edits: setData() and the statement/value actions of PolicyTreeModel.
// None of them changes the model; each emits editRequested() with one engine::TextEdit.
#include "policytreemodel.h"
#include "policytreemodel_p.h"

#include "json/reader.h"

#include <algorithm>

namespace model {

using engine::TextEdit;
using engine::json::Value;
using Node = PolicyTreeModel::Node;
using NodeKind = PolicyTreeModel::NodeKind;
namespace edit = engine::edit;

namespace {

std::string_view bytes(const QByteArray &text)
{
    return {text.constData(), static_cast<std::size_t>(text.size())};
}

bool isValueKind(NodeKind kind)
{
    return kind == NodeKind::ActionValue || kind == NodeKind::ResourceValue
           || kind == NodeKind::PrincipalValue || kind == NodeKind::ConditionValue;
}

bool isListKind(NodeKind kind)
{
    return kind == NodeKind::Action || kind == NodeKind::Resource
           || kind == NodeKind::PrincipalType || kind == NodeKind::ConditionKey;
}

// The JSON for a new scalar typed as `text`: numbers, booleans and null keep their type when
// the value they replace had it; everything else becomes a string.
std::string scalarJson(const Value &old, const QString &text)
{
    const std::string utf8 = text.toStdString();
    if (old.kind == engine::json::Kind::Number || old.kind == engine::json::Kind::Bool
        || old.kind == engine::json::Kind::Null) {
        const engine::json::ReadResult parsed = engine::json::read(utf8);
        if (parsed.ok && parsed.value.kind == old.kind)
            return utf8;
    }
    return engine::json::quote(utf8);
}

QString describe(const Node *node)
{
    return node->label.isEmpty() ? node->elementName : node->label;
}

} // namespace

void PolicyTreeModel::setIndentWidth(int spaces)
{
    m_indentWidth = std::clamp(spaces, 1, 8);
}

// The receiver may apply the edit and call setDocument() before this returns: callers must not
// touch nodes after it.
bool PolicyTreeModel::emitEdit(const engine::Result<TextEdit> &edit, const QString &description)
{
    if (!edit)
        return false;
    emit editRequested(edit.value(), description);
    return true;
}

bool PolicyTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeFor(index);
    if (!node || role != Qt::EditRole || m_stale)
        return false;
    const QString typed = value.toString();

    if (index.column() == ElementColumn) {
        if (!node->keyEditable || !node->isMember || typed.isEmpty() || typed == node->label)
            return false;
        return emitEdit(TextEdit{node->begin, node->keyEnd - node->begin,
                                 engine::json::quote(typed.toStdString())},
                        tr("Rename %1").arg(node->label));
    }

    if (!node->valueEditable)
        return false;
    const std::size_t begin = node->value->span.begin.offset;
    const std::size_t length = node->value->span.end.offset - begin;
    const std::string_view old = bytes(m_text).substr(begin, length);
    const QString description = tr("Change %1").arg(describe(node));
    if (node->kind == NodeKind::Raw) {
        const std::string raw = typed.trimmed().toStdString();
        if (!engine::json::read(raw).ok || raw == old)
            return false;
        if (!node->ambiguous)
            return emitEdit(edit::replaceValue(bytes(m_text), tree(), node->path, raw,
                                               {m_indentWidth}),
                            description);
        return emitEdit(TextEdit{begin, length, raw}, description);
    }
    std::string replacement = scalarJson(*node->value, typed);
    if (replacement == old)
        return false;
    return emitEdit(TextEdit{begin, length, std::move(replacement)}, description);
}

QString PolicyTreeModel::addStatement()
{
    if (m_stale || (!tree().isObject() && !m_text.isEmpty()))
        return {};
    const int count = statementCount();
    // The Sid carries the number the tree shows for the new statement ("Statement 3" is
    // "Statement3"), with a letter after it when another statement took that Sid already.
    const auto taken = [&](const QString &candidate) {
        const std::string wanted = candidate.toStdString();
        for (int i = 0; i < count; ++i) {
            const Value *s = edit::valueAt(tree(), *edit::statementPointer(tree(), i));
            const Value *existing = s && s->isObject() ? s->find("Sid") : nullptr;
            if (existing && existing->text == wanted)
                return true;
        }
        return false;
    };
    QString sid = QStringLiteral("Statement%1").arg(count);
    for (int n = 0; taken(sid); ++n) {
        sid = QStringLiteral("Statement%1").arg(count)
              + QString(QChar(u'A' + n % 26)).repeated(n / 26 + 1);
    }
    // An empty principal: the statement grants nothing until the user names one, and the
    // linter reports it (invalid-principal) so that it is not forgotten.
    const std::string raw = "{\"Sid\": " + engine::json::quote(sid.toStdString())
                            + ", \"Effect\": \"Allow\","
                              " \"Principal\": {\"AWS\": \"\"},"
                              " \"Action\": \"secretsmanager:GetSecretValue\","
                              " \"Resource\": \"*\"}";
    const edit::NewTextLayout layout{m_indentWidth};
    engine::Result<TextEdit> e = edit::addStatement(bytes(m_text), tree(), raw, layout);
    if (m_text.isEmpty()) {
        // An empty document gets a whole policy around its first statement.
        const std::string unit(static_cast<std::size_t>(m_indentWidth), ' ');
        const std::string skeleton = "{\n" + unit + "\"Version\": \"2012-10-17\",\n" + unit
                                     + "\"Statement\": []\n}\n";
        const engine::json::ReadResult parsed = engine::json::read(skeleton);
        e = edit::addStatement(skeleton, parsed.value, raw, layout);
        if (e)
            e = TextEdit{0, 0, edit::apply(skeleton, e.value())};
    }
    if (!emitEdit(e, tr("Add Statement")))
        return {};
    return QStringLiteral("/Statement/%1/Principal/AWS").arg(count);
}

QString PolicyTreeModel::duplicateStatement(const QModelIndex &index)
{
    const int si = statementIndexOf(index);
    if (m_stale || si < 0)
        return {};
    if (!emitEdit(edit::duplicateStatement(bytes(m_text), tree(), si, {m_indentWidth}), tr("Duplicate Statement")))
        return {};
    return QStringLiteral("/Statement/%1").arg(si + 1);
}

bool PolicyTreeModel::deleteStatement(const QModelIndex &index)
{
    const int si = statementIndexOf(index);
    if (m_stale || si < 0)
        return false;
    return emitEdit(edit::deleteStatement(bytes(m_text), tree(), si), tr("Delete Statement"));
}

QString PolicyTreeModel::moveStatement(const QModelIndex &index, int delta)
{
    const int si = statementIndexOf(index);
    if (m_stale || si < 0)
        return {};
    const QString description = delta < 0 ? tr("Move Statement Up") : tr("Move Statement Down");
    if (!emitEdit(edit::moveStatement(bytes(m_text), tree(), si, delta), description))
        return {};
    return QStringLiteral("/Statement/%1").arg(si + delta);
}

namespace {

// The list element a value would be added to: the element itself or the parent of a value.
const Node *listTarget(const Node *node)
{
    if (!node)
        return nullptr;
    if ((isValueKind(node->kind) || (node->kind == NodeKind::Raw && !node->isMember))
        && node->parent && isListKind(node->parent->kind))
        node = node->parent;
    return isListKind(node->kind) && !node->ambiguous ? node : nullptr;
}

} // namespace

bool PolicyTreeModel::canAddValue(const QModelIndex &index) const
{
    return !m_stale && listTarget(nodeFor(index));
}

QString PolicyTreeModel::addValue(const QModelIndex &index, const QString &value)
{
    const Node *target = listTarget(nodeFor(index));
    if (m_stale || !target)
        return {};
    const engine::Result<TextEdit> e = edit::addValue(bytes(m_text), tree(), target->path,
                                                      engine::json::quote(value.toStdString()),
                                                      {m_indentWidth});
    // The owner may reparse inside emitEdit(), destroying `target`: read it first.
    const std::size_t position = target->value->isArray() ? target->value->items.size() : 1;
    const QString path = QString::fromStdString(target->path + "/" + std::to_string(position));
    if (!emitEdit(e, tr("Add Value to %1").arg(target->label)))
        return {};
    return path;
}

bool PolicyTreeModel::canRemoveValue(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (m_stale || !node || node->ambiguous || node->kind == NodeKind::Statement)
        return false;
    // Statements (also ones shown raw) go through deleteStatement().
    return !(node->parent == m_root.get() && node->statementIndex >= 0);
}

bool PolicyTreeModel::removeValue(const QModelIndex &index)
{
    if (!canRemoveValue(index))
        return false;
    const Node *node = nodeFor(index);
    return emitEdit(edit::removeValue(bytes(m_text), tree(), node->path),
                    tr("Remove %1").arg(describe(node)));
}

QString PolicyTreeModel::addCondition(int statementIndex, const QString &op, const QString &key,
                                      const QString &value)
{
    if (m_stale || op.isEmpty() || key.isEmpty())
        return {};
    const std::optional<std::string> statement = edit::statementPointer(tree(), statementIndex);
    if (!statement)
        return {};
    const engine::Result<TextEdit> e
        = edit::addCondition(bytes(m_text), tree(), statementIndex, op.toStdString(),
                             key.toStdString(), engine::json::quote(value.toStdString()),
                             {m_indentWidth});
    if (!emitEdit(e, tr("Add Condition")))
        return {};
    return QString::fromStdString(*statement + "/Condition/"
                                  + edit::escapePointerToken(op.toStdString()) + "/"
                                  + edit::escapePointerToken(key.toStdString()));
}

} // namespace model
