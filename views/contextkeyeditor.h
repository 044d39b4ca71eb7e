// The Context tab of the Simulation dock (issue 5 §1): the request context keys the policy (and
// added principals' identity policies) use, where each value comes from, and an editor for the
// selected key's value: a true/false choice for Bool keys, text for the others (several values
// one per line, or separated by commas for multivalued keys). Invalid values are explained
// under the editor and stay out of the requests. Other known keys can be added.
//
//   auto *editor = new ContextKeyEditor(contextModel);
//   editor->selectKey(QStringLiteral("aws:SourceIp"));
//   editor->setValueText(QStringLiteral("203.0.113.5"));
//   editor->apply();
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace model {
class ContextKeysModel;
}

namespace views {

class ContextKeyEditor : public QWidget
{
    Q_OBJECT

public:
    // `keys` is not owned and must outlive the editor.
    explicit ContextKeyEditor(model::ContextKeysModel *keys, QWidget *parent = nullptr);

    // API (also what the tests drive)
    bool selectKey(const QString &key); // false when no row has it
    QString selectedKey() const;
    // Puts text in the value editor (for Bool keys: "true" or "false" picks the choice).
    void setValueText(const QString &text);
    bool apply();      // sets the selected key's value from the editor; false when invalid
    void clearValue(); // back to derived or absent
    bool addKey(const QString &key); // adds a row (if needed) and selects it

    QTableView *table() const { return m_table; }
    QLabel *message() const { return m_message; }
    QLabel *summary() const { return m_summary; }
    QPlainTextEdit *textEditor() const { return m_text; }
    QComboBox *boolEditor() const { return m_bool; }
    QComboBox *keyChooser() const { return m_newKey; }

private:
    void onCurrentRowChanged();
    void updateSummary();
    void showMessage(const QString &error);

    model::ContextKeysModel *m_keys; // not owned
    QTableView *m_table = nullptr;   // owned by the widget tree (all widgets below)
    QLabel *m_summary = nullptr;
    QLabel *m_keyLabel = nullptr;
    QStackedWidget *m_valueStack = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_bool = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_newKey = nullptr;
};

} // namespace views
