// Builds the rows of the statement tree from the parsed document (PolicyTreeModel::buildTree).
#include "policytreemodel.h"
#include "policytreemodel_p.h"

#include <string_view>

namespace model {

using engine::json::Member;
using engine::json::Value;
using Node = PolicyTreeModel::Node;
using NodeKind = PolicyTreeModel::NodeKind;

namespace {

constexpr qsizetype maxDisplayLength = 200;

std::string childPath(const std::string &parent, std::string_view token)
{
    return parent + "/" + engine::edit::escapePointerToken(token);
}

std::string childPath(const std::string &parent, std::size_t index)
{
    return parent + "/" + std::to_string(index);
}

// The JSON text without the whitespace between tokens (strings untouched): raw JSON for a
// one-line editor; the edit re-lays it out in the document's style.
QString minified(const QString &json)
{
    QString out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (const QChar c : json) {
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r'))
            continue;
        if (c == QLatin1Char('"'))
            inString = true;
        out += c;
    }
    return out;
}

bool isScalar(const Value &v)
{
    return !v.isArray() && !v.isObject();
}

class Builder
{
public:
    explicit Builder(const QByteArray &text) : m_text(text) {}

    std::unique_ptr<Node> make(NodeKind kind, QString label, const Value &v, std::string path,
                               const Member *member, int statement) const
    {
        auto n = std::make_unique<Node>();
        n->kind = kind;
        n->label = std::move(label);
        n->value = &v;
        n->path = std::move(path);
        n->isMember = member != nullptr;
        n->begin = member ? member->keySpan.begin.offset : v.span.begin.offset;
        n->end = v.span.end.offset;
        n->keyEnd = member ? member->keySpan.end.offset : 0;
        n->statementIndex = statement;
        if (isScalar(v)) {
            // Strings show decoded; numbers, booleans and null as written.
            n->display = QString::fromStdString(v.isString() ? v.text : raw(v).toStdString());
            n->editText = n->display;
            n->valueEditable = true;
        }
        return n;
    }

    // A node showing its value as written, because no form models it.
    std::unique_ptr<Node> makeRaw(QString label, const Value &v, std::string path,
                                  const Member *member, int statement) const
    {
        auto n = make(NodeKind::Raw, std::move(label), v, std::move(path), member, statement);
        n->editText = minified(raw(v));
        n->display = n->editText;
        if (n->display.size() > maxDisplayLength)
            n->display = n->display.left(maxDisplayLength - 1) + QChar(0x2026);
        n->valueEditable = true;
        n->keyEditable = member != nullptr;
        return n;
    }

    QString raw(const Value &v) const
    {
        return QString::fromUtf8(m_text.mid(static_cast<qsizetype>(v.span.begin.offset),
                                            static_cast<qsizetype>(v.span.end.offset
                                                                   - v.span.begin.offset)));
    }

    void addRoot(Node *root, const Value &doc) const
    {
        if (!doc.isObject()) {
            if (doc.span.end.offset > doc.span.begin.offset)
                root->addChild(makeRaw(PolicyTreeModel::tr("Policy"), doc, "", nullptr, -1));
            return;
        }
        for (const Member &m : doc.members) {
            const std::string path = childPath("", m.key);
            const QString key = QString::fromStdString(m.key);
            if (m.key == "Statement" && m.value.isArray()) {
                for (std::size_t i = 0; i < m.value.items.size(); ++i)
                    addStatement(root, m.value.items[i], childPath(path, i), nullptr,
                                 static_cast<int>(i));
            } else if (m.key == "Statement" && m.value.isObject()) {
                addStatement(root, m.value, path, &m, 0);
            } else if ((m.key == "Version" || m.key == "Id") && m.value.isString()) {
                root->addChild(make(m.key == "Version" ? NodeKind::Version : NodeKind::Id, key,
                                    m.value, path, &m, -1));
            } else {
                root->addChild(makeRaw(key, m.value, path, &m, -1));
            }
        }
    }

private:
    void addStatement(Node *root, const Value &s, const std::string &path, const Member *member,
                      int index) const
    {
        // Counted from 0, as the engine's explanations, the findings and JSON Pointers count.
        const QString label = PolicyTreeModel::tr("Statement %1").arg(index);
        if (!s.isObject()) {
            root->addChild(makeRaw(label, s, path, member, index));
            return;
        }
        Node *statement = root->addChild(make(NodeKind::Statement, label, s, path, member, index));
        if (const Value *sid = s.find("Sid"); sid && sid->isString())
            statement->display = QString::fromStdString(sid->text);
        for (const Member &m : s.members)
            addElement(statement, m, childPath(path, m.key), index);
    }

    void addElement(Node *statement, const Member &m, const std::string &path, int si) const
    {
        const QString key = QString::fromStdString(m.key);
        const Value &v = m.value;
        if ((m.key == "Sid" || m.key == "Effect") && v.isString()) {
            statement->addChild(make(m.key == "Sid" ? NodeKind::Sid : NodeKind::Effect, key, v,
                                     path, &m, si));
        } else if ((m.key == "Principal" || m.key == "NotPrincipal") && v.isObject()) {
            Node *principal = statement->addChild(make(NodeKind::Principal, key, v, path, &m, si));
            principal->elementName = key;
            principal->keyEditable = true;
            for (const Member &t : v.members) {
                Node *type = addList(principal, NodeKind::PrincipalType, NodeKind::PrincipalValue,
                                     t, childPath(path, t.key), si);
                type->elementName = key;
                type->keyEditable = true;
                for (const auto &value : type->children)
                    value->elementName = key;
            }
        } else if ((m.key == "Principal" || m.key == "NotPrincipal") && v.isString()) {
            Node *principal = statement->addChild(make(NodeKind::Principal, key, v, path, &m, si));
            principal->elementName = key;
            principal->keyEditable = true;
        } else if (m.key == "Action" || m.key == "NotAction") {
            addList(statement, NodeKind::Action, NodeKind::ActionValue, m, path, si)->keyEditable =
                true;
        } else if (m.key == "Resource" || m.key == "NotResource") {
            addList(statement, NodeKind::Resource, NodeKind::ResourceValue, m, path, si)
                ->keyEditable = true;
        } else if (m.key == "Condition" && v.isObject()) {
            addCondition(statement, m, path, si);
        } else {
            statement->addChild(makeRaw(key, v, path, &m, si));
        }
    }

    // An element holding a string or a list of strings (condition keys: of scalars).
    Node *addList(Node *parent, NodeKind kind, NodeKind valueKind, const Member &m,
                  const std::string &path, int si) const
    {
        const QString key = QString::fromStdString(m.key);
        const Value &v = m.value;
        const bool scalarsAllowed = valueKind == NodeKind::ConditionValue;
        const auto fits = [&](const Value &x) {
            return x.isString() || (scalarsAllowed && isScalar(x) && x.kind != engine::json::Kind::Null);
        };
        if (!fits(v) && !v.isArray())
            return parent->addChild(makeRaw(key, v, path, &m, si));
        Node *element = parent->addChild(make(kind, key, v, path, &m, si));
        element->elementName = key; // callers name the element for principal types and keys
        if (!v.isArray())
            return element;
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            const Value &item = v.items[i];
            auto child = fits(item) ? make(valueKind, QString(), item, childPath(path, i), nullptr, si)
                                    : makeRaw(QString(), item, childPath(path, i), nullptr, si);
            child->elementName = element->elementName;
            element->addChild(std::move(child));
        }
        return element;
    }

    void addCondition(Node *statement, const Member &m, const std::string &path, int si) const
    {
        Node *condition = statement->addChild(
            make(NodeKind::Condition, QString::fromStdString(m.key), m.value, path, &m, si));
        condition->elementName = condition->label;
        for (const Member &op : m.value.members) {
            const std::string opPath = childPath(path, op.key);
            if (!op.value.isObject()) {
                condition->addChild(makeRaw(QString::fromStdString(op.key), op.value, opPath, &op, si));
                continue;
            }
            Node *block = condition->addChild(make(NodeKind::ConditionOperator,
                                                   QString::fromStdString(op.key), op.value,
                                                   opPath, &op, si));
            block->keyEditable = true;
            block->elementName = condition->label;
            for (const Member &k : op.value.members) {
                Node *key = addList(block, NodeKind::ConditionKey, NodeKind::ConditionValue, k,
                                    childPath(opPath, k.key), si);
                key->keyEditable = true;
                key->elementName = condition->label;
                key->conditionKey = key->label;
                for (const auto &value : key->children) {
                    value->elementName = condition->label;
                    value->conditionKey = key->label;
                }
            }
        }
    }

    const QByteArray &m_text;
};

} // namespace

std::unique_ptr<Node> PolicyTreeModel::buildTree(const QByteArray &text, const Value &tree)
{
    auto root = std::make_unique<Node>();
    root->value = &tree;
    Builder(text).addRoot(root.get(), tree);
    return root;
}

} // namespace model
