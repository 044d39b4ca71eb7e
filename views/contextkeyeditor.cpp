// The Context tab of the Simulation dock (see the header).
#include "contextkeyeditor.h"

#include "contextkeysmodel.h"
#include "icons.h"

#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace views {

using model::ContextKeysModel;

ContextKeyEditor::ContextKeyEditor(ContextKeysModel *keys, QWidget *parent)
    : QWidget(parent)
    , m_keys(keys)
{
    m_summary = new QLabel;
    m_summary->setWordWrap(true);

    m_table = new QTableView;
    m_table->setAccessibleName(tr("Context keys"));
    m_table->setModel(m_keys);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers); // the editor below edits
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ContextKeysModel::ValueColumn, QHeaderView::Stretch);
    header->resizeSection(
        ContextKeysModel::KeyColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("secretsmanager:VersionStage"))
            + 24);
    header->resizeSection(ContextKeysModel::SourceColumn,
                          m_table->fontMetrics().horizontalAdvance(
                              ContextKeysModel::sourceText(ContextKeysModel::Source::Derived))
                              + 40);

    // The selected key's value.
    m_keyLabel = new QLabel(tr("Select a key to give it a value"));
    m_keyLabel->setWordWrap(true);
    m_text = new QPlainTextEdit;
    m_text->setAccessibleName(tr("Context value"));
    m_text->setTabChangesFocus(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
    m_bool = new QComboBox;
    m_bool->setAccessibleName(tr("Context value (true or false)"));
    m_bool->addItem(tr("true"), QStringLiteral("true"));
    m_bool->addItem(tr("false"), QStringLiteral("false"));
    auto *boolPage = new QWidget;
    auto *boolLayout = new QHBoxLayout(boolPage);
    boolLayout->setContentsMargins(0, 0, 0, 0);
    boolLayout->addWidget(m_bool);
    boolLayout->addStretch(1);
    m_valueStack = new QStackedWidget;
    m_valueStack->addWidget(m_text);
    m_valueStack->addWidget(boolPage);
    m_valueStack->setFixedHeight(m_text->height());

    m_apply = new QPushButton(tr("&Set Value"));
    m_apply->setToolTip(tr("Use this value in every request of the matrix"));
    m_clear = new QPushButton(tr("C&lear Value"));
    m_clear->setToolTip(tr("Back to the value derived from the request, or to an absent key"));
    auto *valueButtons = new QVBoxLayout;
    valueButtons->addWidget(m_apply);
    valueButtons->addWidget(m_clear);
    valueButtons->addStretch(1);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueStack, 1);
    valueRow->addLayout(valueButtons);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Value problem"));
    auto *messageIcon = new QLabel;
    messageIcon->setPixmap(appIcon("severity-error").pixmap(16, 16));
    messageIcon->setObjectName(QStringLiteral("messageIcon"));
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(messageIcon, 0, Qt::AlignTop);
    messageRow->addWidget(m_message, 1);

    // Any other known key.
    m_newKey = new QComboBox;
    m_newKey->setEditable(true);
    m_newKey->setAccessibleName(tr("Key to add"));
    m_newKey->addItems(ContextKeysModel::knownKeys());
    m_newKey->setCurrentText(QString());
    m_newKey->lineEdit()->setPlaceholderText(tr("aws:SourceVpce, aws:PrincipalTag/team, …"));
    m_newKey->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_newKey->completer()->setFilterMode(Qt::MatchContains);
    m_newKey->setInsertPolicy(QComboBox::NoInsert);
    m_newKey->setMinimumContentsLength(28);
    auto *addLabel = new QLabel(tr("&Other key:"));
    addLabel->setBuddy(m_newKey);
    auto *addButton = new QPushButton(tr("&Add Key"));
    addButton->setToolTip(tr("Add a row for a key the policy does not test, e.g. to see it in "
                             "the requests"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(addLabel);
    addRow->addWidget(m_newKey, 1);
    addRow->addWidget(addButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_keyLabel);
    layout->addLayout(valueRow);
    layout->addLayout(messageRow);

    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ContextKeyEditor::onCurrentRowChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_valueStack->currentIndex() == 0)
            m_text->setFocus();
        else
            m_bool->setFocus();
    });
    connect(m_apply, &QPushButton::clicked, this, &ContextKeyEditor::apply);
    connect(m_clear, &QPushButton::clicked, this, &ContextKeyEditor::clearValue);
    connect(addButton, &QPushButton::clicked, this, [this] {
        if (addKey(m_newKey->currentText()))
            m_newKey->setCurrentText(QString());
    });
    connect(m_keys, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        onCurrentRowChanged();
    });
    connect(m_keys, &QAbstractItemModel::dataChanged, this, &ContextKeyEditor::updateSummary);
    connect(m_keys, &QAbstractItemModel::rowsInserted, this, &ContextKeyEditor::updateSummary);
    connect(m_keys, &QAbstractItemModel::rowsRemoved, this, &ContextKeyEditor::updateSummary);
    updateSummary();
    onCurrentRowChanged();
}

bool ContextKeyEditor::selectKey(const QString &key)
{
    const int row = m_keys->rowOf(key);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_keys->index(row, ContextKeysModel::ValueColumn));
    onCurrentRowChanged(); // also when the row was current already
    return true;
}

QString ContextKeyEditor::selectedKey() const
{
    return m_keys->keyAt(m_table->currentIndex().row());
}

void ContextKeyEditor::setValueText(const QString &text)
{
    m_text->setPlainText(text);
    const int at = m_bool->findData(text.trimmed().toLower());
    if (at >= 0)
        m_bool->setCurrentIndex(at);
}

bool ContextKeyEditor::apply()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return false;
    const QString text = m_valueStack->currentIndex() == 1 ? m_bool->currentData().toString()
                                                           : m_text->toPlainText();
    QString error;
    const bool ok = m_keys->setValue(key, text, &error);
    selectKey(key); // the row may have moved; shows the outcome
    return ok;
}

void ContextKeyEditor::clearValue()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    m_keys->clearValue(key);
    if (!selectKey(key))
        onCurrentRowChanged();
}

bool ContextKeyEditor::addKey(const QString &key)
{
    const QString name = key.trimmed();
    if (name.isEmpty())
        return false;
    if (m_keys->rowOf(name) < 0) {
        const QString error = ContextKeysModel::keyError(name);
        if (!error.isEmpty()) {
            showMessage(error);
            return false;
        }
        if (!m_keys->addKey(name))
            return false;
    }
    selectKey(name);
    m_text->setFocus();
    return true;
}

void ContextKeyEditor::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const QString key = m_keys->keyAt(current.row());
    const bool editable = !key.isEmpty() && current.data(ContextKeysModel::EditableRole).toBool();
    m_apply->setEnabled(editable);
    m_clear->setEnabled(editable && !m_keys->valueText(key).isEmpty());
    m_valueStack->setEnabled(editable);
    if (key.isEmpty()) {
        m_keyLabel->setText(tr("Select a key to give it a value"));
        m_text->clear();
        m_valueStack->setCurrentIndex(0);
        showMessage({});
        return;
    }
    if (!editable) {
        m_keyLabel->setText(
            tr("%1: each column of the matrix names its own version stage").arg(key));
        m_text->clear();
        m_valueStack->setCurrentIndex(0);
        showMessage({});
        return;
    }
    const bool isBool = current.data(ContextKeysModel::BoolKeyRole).toBool();
    const bool multivalued = current.data(ContextKeysModel::MultivaluedRole).toBool();
    m_keyLabel->setText(multivalued
                            ? tr("&Value of %1 (%2; separate values with commas or new lines):")
                                  .arg(key, ContextKeysModel::typeText(key))
                            : tr("&Value of %1 (%2; several values one per line):")
                                  .arg(key, ContextKeysModel::typeText(key)));
    m_keyLabel->setBuddy(isBool ? static_cast<QWidget *>(m_bool) : m_text);
    m_valueStack->setCurrentIndex(isBool ? 1 : 0);
    m_text->setPlaceholderText(ContextKeysModel::exampleValue(key));
    setValueText(m_keys->valueText(key));
    showMessage(current.data(ContextKeysModel::ErrorRole).toString());
}

void ContextKeyEditor::updateSummary()
{
    int given = 0, derived = 0, absent = 0, invalid = 0, used = 0;
    for (int r = 0; r < m_keys->rowCount(); ++r) {
        const QModelIndex index = m_keys->index(r, 0);
        if (index.data(ContextKeysModel::UsedRole).toBool())
            ++used;
        switch (static_cast<ContextKeysModel::Source>(
            index.data(ContextKeysModel::SourceRole).toInt())) {
        case ContextKeysModel::Source::Given:
            ++given;
            break;
        case ContextKeysModel::Source::Derived:
            ++derived;
            break;
        case ContextKeysModel::Source::Absent:
            ++absent;
            break;
        case ContextKeysModel::Source::Invalid:
            ++invalid;
            break;
        case ContextKeysModel::Source::Stage:
            break;
        }
    }
    if (m_keys->rowCount() == 0) {
        m_summary->setText(tr("The policy tests no context keys: requests carry only the keys "
                              "derived from them. Add a key below to send one anyway."));
        return;
    }
    QString text = tr("%1 %2", "two sentences")
                       .arg(tr("The policy uses %n context key(s).", nullptr, used),
                            tr("Given: %1, derived from each request: %2, absent: %3.")
                                .arg(given)
                                .arg(derived)
                                .arg(absent));
    if (invalid > 0)
        text = tr("%1 %2", "two sentences")
                   .arg(text, tr("%n value(s) not used because invalid.", nullptr, invalid));
    m_summary->setText(text);
}

void ContextKeyEditor::showMessage(const QString &error)
{
    m_message->setText(error.isEmpty() ? QString() : tr("Not used: %1").arg(error));
    m_message->setVisible(!error.isEmpty());
    if (auto *icon = findChild<QLabel *>(QStringLiteral("messageIcon")))
        icon->setVisible(!error.isEmpty());
}

} // namespace views
