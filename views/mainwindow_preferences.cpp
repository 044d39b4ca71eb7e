// MainWindow and the preferences: the Preferences dialog, and applying model::Preferences to
// the JSON pane, the controller, the tree model (indentation of new text) and the theme.
#include "mainwindow.h"

#include "editorcontroller.h"
#include "jsoneditor.h"
#include "policytreemodel.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "theme.h"

namespace views {

void MainWindow::applyPreferences()
{
    const model::Preferences &prefs = model::Preferences::instance();
    const QFont font = prefs.editorFont();
    if (font != m_editor->editorFont())
        m_editor->setEditorFont(font);
    m_controller->setReparseDelay(prefs.reparseDelay());
    m_model->setIndentWidth(prefs.indentWidth());
    applyWordWrap(prefs.wordWrap());
    // A theme change repaints every widget: only when it really changed.
    const int theme = static_cast<int>(prefs.theme());
    if (theme != m_appliedTheme) {
        m_appliedTheme = theme;
        applyTheme(prefs.theme());
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

} // namespace views
