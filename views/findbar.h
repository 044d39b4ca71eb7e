// Find and replace in the JSON pane: a bar under the editor (Ctrl+F, Ctrl+H), Escape closes it.
// Replace All is one undo step.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace views {

class JsonEditor;

class FindBar : public QWidget
{
    Q_OBJECT

public:
    // The editor is not owned.
    explicit FindBar(JsonEditor *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext();
    bool findPrevious();
    bool replaceCurrent();
    int replaceAll();

    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setMatchCase(bool on);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool forward, bool fromSelectionStart);
    void setReplaceVisible(bool visible);

    JsonEditor *m_editor; // not owned
    QLineEdit *m_find;    // owned (child widgets below too)
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QLabel *m_replaceLabel;
    QWidget *m_replaceRow;
    QLabel *m_status;
};

} // namespace views
