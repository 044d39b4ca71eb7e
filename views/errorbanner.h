// The strip above the JSON pane that says why the text is not valid JSON, with a button that
// moves the caret to the error.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace views {

class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // "The JSON is invalid: line L, column C: message"
    void showError(int line, int column, const QString &message);
    QString text() const;

signals:
    void goToErrorClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_label;          // owned (child widget)
    QPushButton *m_button;    // owned (child widget)
};

} // namespace views
