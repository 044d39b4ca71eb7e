// Help > About Secret Policy Studio: the version (CMake's project version), the Qt and
// QScintilla versions it was built with and runs on, and the licences: ours (MIT, the text of
// packaging/copyright), Qt's (LGPLv3) and QScintilla's (GPLv3, which makes the binary that
// links it GPLv3 as a whole), with Qt's own About box one click away.
#pragma once

#include <QDialog>

class QTabWidget;
class QTextBrowser;

namespace views {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // API
    static QString version();        // "0.1.0"
    // The MIT licence text of packaging/copyright (embedded as :/help/copyright), as plain
    // paragraphs separated by blank lines; empty if the resource is missing.
    static QString mitLicenceText();
    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *licences() const { return m_licences; }

private:
    QTabWidget *m_tabs;         // owned by the widget tree
    QTextBrowser *m_licences;   // owned by the widget tree
};

} // namespace views
