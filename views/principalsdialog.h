// Simulation > Add Principal… (issue 5 §1): the principals the person added to the matrix, each
// with optional identity policies (pasted, or loaded from files and checked by the engine's
// reader, errors located by file, line and column), and a way to remove them.
//
//   PrincipalsDialog dialog(panel);
//   dialog.exec();
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace views {

class SimulationPanel;

class PrincipalsDialog : public QDialog
{
    Q_OBJECT

public:
    // `panel` is not owned; it is the dialog's parent and holds the principals.
    explicit PrincipalsDialog(SimulationPanel *panel);

    // API (also what the tests drive)
    // Reads an identity policy file into the policy box. False, with "NAME, line L, column C:
    // message" shown and returned, when it is not a valid identity policy (the text is still
    // loaded, to be fixed); the file's own problems (missing, unreadable) load nothing.
    bool loadIdentityPolicyFile(const QString &path, QString *error = nullptr);
    // Adds the principal typed with the policy in the box; false with the reason shown.
    bool addTyped();
    bool removeAt(int row);

    QLineEdit *principalEdit() const { return m_principal; }
    QPlainTextEdit *policyEdit() const { return m_policy; }
    QListWidget *list() const { return m_list; }
    QLabel *message() const { return m_message; }

    // "ARN" or "ARN (1 identity policy)", as the list shows it.
    static QString entryText(const QString &principal, int policyCount);

private:
    void refreshList();
    void onLoadFile();
    void showMessage(const QString &text);

    SimulationPanel *m_panel;      // not owned
    QListWidget *m_list = nullptr; // owned by the widget tree (all widgets below)
    QPushButton *m_remove = nullptr;
    QLineEdit *m_principal = nullptr;
    QPlainTextEdit *m_policy = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace views
