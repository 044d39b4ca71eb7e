// Edit > Preferences (issue 6): the JSON pane's font and size, the indentation of new text,
// the reparse delay, the theme, the language (at the next start), and the Simulation panel's
// default secret ARN and actions. The dialog edits a copy: OK and Apply write to
// model::Preferences (which emits changed(), and the window applies it); Cancel writes
// nothing; Restore Defaults resets the form, to be confirmed with OK or Apply.
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace views {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Fills the form from model::Preferences.
    void load();
    // Writes the form to model::Preferences. False (and nothing written) when the form is
    // invalid; the offending field then has the focus and shows why.
    bool apply();
    // Puts the defaults into the form (nothing is written).
    void restoreDefaults();

    void accept() override;

    // The languages offered: "" (the system's) first, then views::availableLanguages().
    static QStringList languageCodes();

    // For tests and screenshots.
    QFontComboBox *fontCombo() const { return m_font; }
    QSpinBox *fontSizeSpin() const { return m_fontSize; }
    QSpinBox *indentSpin() const { return m_indent; }
    QSpinBox *reparseDelaySpin() const { return m_reparseDelay; }
    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *secretArnEdit() const { return m_secretArn; }
    QLabel *secretArnMessage() const { return m_arnMessage; }
    QListWidget *actionsList() const { return m_actions; }
    QLabel *actionsMessage() const { return m_actionsMessage; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

private:
    QWidget *createEditorSection();
    QWidget *createAppearanceSection();
    QWidget *createSimulationSection();
    bool checkSecretArn(bool focusProblem);
    QStringList checkedActions() const;
    void setCheckedActions(const QStringList &actions);

    // All owned by the widget tree.
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QSpinBox *m_indent = nullptr;
    QSpinBox *m_reparseDelay = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_secretArn = nullptr;
    QLabel *m_arnMessage = nullptr;
    QListWidget *m_actions = nullptr;
    QLabel *m_actionsMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace views
