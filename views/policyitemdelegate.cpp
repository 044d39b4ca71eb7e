#include "policyitemdelegate.h"

#include "policytreemodel.h"
#include "problemspanel.h"

#include "data/secretsmanager.h"
#include "policy/policy.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QIcon>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>

namespace views {

using model::PolicyTreeModel;
using NodeKind = PolicyTreeModel::NodeKind;

namespace {

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

NodeKind kindOf(const QModelIndex &index)
{
    return static_cast<NodeKind>(index.data(PolicyTreeModel::KindRole).toInt());
}

// Choices for a fixed set (a combo box); empty when the field is free text.
QStringList choicesFor(const QModelIndex &index)
{
    const NodeKind kind = kindOf(index);
    if (index.column() == PolicyTreeModel::ValueColumn) {
        if (kind == NodeKind::Effect)
            return {QStringLiteral("Allow"), QStringLiteral("Deny")};
        if (kind == NodeKind::Version)
            return {QStringLiteral("2012-10-17"), QStringLiteral("2008-10-17")};
        return {};
    }
    switch (kind) {
    case NodeKind::Principal:
        return {QStringLiteral("Principal"), QStringLiteral("NotPrincipal")};
    case NodeKind::Action:
        return {QStringLiteral("Action"), QStringLiteral("NotAction")};
    case NodeKind::Resource:
        return {QStringLiteral("Resource"), QStringLiteral("NotResource")};
    case NodeKind::PrincipalType:
        return {QStringLiteral("AWS"), QStringLiteral("Service"), QStringLiteral("Federated"),
                QStringLiteral("CanonicalUser")};
    default:
        return {};
    }
}

QStringList principalCompletions(const QString &type)
{
    const QString account = QStringLiteral("123456789012");
    if (type == QLatin1String("AWS")) {
        return {QStringLiteral("*"), account,
                QStringLiteral("arn:aws:iam::%1:root").arg(account),
                QStringLiteral("arn:aws:iam::%1:user/").arg(account),
                QStringLiteral("arn:aws:iam::%1:role/").arg(account),
                QStringLiteral("arn:aws:sts::%1:assumed-role/").arg(account)};
    }
    if (type == QLatin1String("Service")) {
        QStringList services;
        for (const std::string_view prefix : engine::data::servicePrefixes())
            services.append(fromView(prefix) + QStringLiteral(".amazonaws.com"));
        return services;
    }
    if (type == QLatin1String("Federated")) {
        return {QStringLiteral("cognito-identity.amazonaws.com"),
                QStringLiteral("accounts.google.com"), QStringLiteral("graph.facebook.com"),
                QStringLiteral("www.amazon.com"),
                QStringLiteral("arn:aws:iam::%1:saml-provider/").arg(account),
                QStringLiteral("arn:aws:iam::%1:oidc-provider/").arg(account)};
    }
    return {};
}

QStringList conditionValueCompletions(const QModelIndex &index)
{
    const QString key = index.data(PolicyTreeModel::ConditionKeyRole).toString();
    if (key.endsWith(QLatin1String("VersionStage"), Qt::CaseInsensitive))
        return PolicyItemDelegate::versionStageNames(
            qobject_cast<const PolicyTreeModel *>(index.model()));
    const engine::data::KeyInfo *info = engine::data::findKey(key.toStdString());
    if (info && info->type == engine::data::KeyType::Bool)
        return {QStringLiteral("true"), QStringLiteral("false")};
    return {};
}

// The Problems panel's icons: their shapes (cross, shield, triangle, "i") tell the severities
// apart without colour.
QIcon severityIcon(int severity)
{
    if (severity < 0 || severity > 3)
        return {};
    return ProblemsPanel::severityIcon(static_cast<engine::Severity>(severity));
}

} // namespace

PolicyItemDelegate::PolicyItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QStringList PolicyItemDelegate::actionNames()
{
    QStringList names{QStringLiteral("secretsmanager:*"), QStringLiteral("*")};
    for (const engine::data::ActionInfo &action : engine::data::actions())
        names.append(QStringLiteral("secretsmanager:") + fromView(action.name));
    return names;
}

QStringList PolicyItemDelegate::versionStageNames(const model::PolicyTreeModel *model)
{
    QStringList stages;
    for (const std::string_view stage : engine::data::awsStages())
        stages.append(fromView(stage));
    if (!model)
        return stages;
    for (const QString &label : model->versionStagesInUse()) {
        if (!stages.contains(label))
            stages.append(label);
    }
    return stages;
}

QStringList PolicyItemDelegate::operatorNames()
{
    struct Base
    {
        QString name;
        bool ifExists;
    };
    static const std::vector<Base> bases = [] {
        std::vector<Base> out;
        for (const engine::OperatorInfo &info : engine::operatorTable)
            out.push_back({QString::fromLatin1(info.name.data(),
                                               static_cast<qsizetype>(info.name.size())),
                           info.ifExists});
        return out;
    }();
    QStringList names;
    for (const QString &qualifier : {QString(), QStringLiteral("ForAnyValue:"),
                                     QStringLiteral("ForAllValues:")}) {
        for (const Base &base : bases) {
            names.append(qualifier + base.name);
            if (base.ifExists)
                names.append(qualifier + base.name + QStringLiteral("IfExists"));
        }
    }
    return names;
}

QStringList PolicyItemDelegate::conditionKeyNames()
{
    QStringList names;
    for (const engine::data::KeyInfo &key : engine::data::keys())
        names.append(fromView(key.name));
    return names;
}

QStringList PolicyItemDelegate::completionsFor(const QModelIndex &index)
{
    const NodeKind kind = kindOf(index);
    if (index.column() == PolicyTreeModel::ElementColumn) {
        if (kind == NodeKind::ConditionOperator)
            return operatorNames();
        if (kind == NodeKind::ConditionKey)
            return conditionKeyNames();
        return {};
    }
    switch (kind) {
    case NodeKind::Action:
    case NodeKind::ActionValue:
        return actionNames();
    case NodeKind::Principal:
        return {QStringLiteral("*")};
    case NodeKind::PrincipalType:
        return principalCompletions(index.siblingAtColumn(0).data().toString());
    case NodeKind::PrincipalValue:
        return principalCompletions(index.parent().data().toString());
    case NodeKind::ConditionKey:
    case NodeKind::ConditionValue:
        return conditionValueCompletions(index);
    default:
        return {};
    }
}

QWidget *PolicyItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QStringList choices = choicesFor(index);
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->setEditable(kindOf(index) == NodeKind::PrincipalType);
        combo->addItems(choices);
        // A choice from the list applies at once (one undo step), like a form field.
        auto *self = const_cast<PolicyItemDelegate *>(this); // signals are not const
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    const QStringList completions = completionsFor(index);
    if (line && !completions.isEmpty()) {
        auto *completer = new QCompleter(completions, line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        line->setCompleter(completer);
        // With the completion list open, QCompleter hands Enter to the line edit behind the
        // delegate's event filter and only closes the list: commit what is typed then too, so
        // that one Enter applies it (the completion the user picked is already in the text).
        auto *self = const_cast<PolicyItemDelegate *>(this); // signals are not const
        connect(line, &QLineEdit::returnPressed, self, [self, line, completer] {
            if (!completer->popup()->isVisible())
                return; // the delegate's own Enter handling commits
            QMetaObject::invokeMethod(
                line,
                [self, line] {
                    emit self->commitData(line);
                    emit self->closeEditor(line, QAbstractItemDelegate::SubmitModelCache);
                },
                Qt::QueuedConnection);
        });
    }
    return editor;
}

void PolicyItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString current = index.data(Qt::EditRole).toString();
        const int i = combo->findText(current);
        if (i >= 0)
            combo->setCurrentIndex(i);
        else
            combo->setEditText(current);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PolicyItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void PolicyItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != PolicyTreeModel::ElementColumn)
        return;
    // The selected matrix cell's mark in words before the element (the background alone
    // would be colour only), so that eliding a deep node's long name keeps it.
    const QString mark = index.data(PolicyTreeModel::SimulationLabelRole).toString();
    if (!mark.isEmpty())
        option->text = tr("%1 · %2", "simulation mark, element").arg(mark, option->text);
    const int severity = index.data(PolicyTreeModel::SeverityRole).toInt();
    if (severity < 0)
        return;
    option->icon = severityIcon(severity);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace views
