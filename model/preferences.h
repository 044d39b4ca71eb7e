// The user's preferences (issue 6 §3) and what the application remembers per policy file
// (issue 5: the secret ARN, added principals), stored with QSettings. One object per process:
//
//   model::Preferences &prefs = model::Preferences::instance();
//   editor->setFont(prefs.editorFont());
//   connect(&prefs, &model::Preferences::changed, this, &Window::applyPreferences);
//
// Every setter writes through to QSettings at once and emits changed() when the value differs.
// Tests isolate themselves with QStandardPaths::setTestModeEnabled(true) before first use.
#pragma once

#include <QFont>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace model {

class Preferences : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };

    static Preferences &instance();

    // JSON pane. Default: the system's fixed font at its size.
    QFont editorFont() const;
    void setEditorFont(const QFont &font);
    // Spaces per level for new text (templates, statements added from the tree where no
    // sibling shows the file's own indentation, Format). 1..8, default 4.
    int indentWidth() const;
    void setIndentWidth(int spaces);
    // Milliseconds after the last keystroke before the text is reparsed. 0..5000, default 200.
    int reparseDelay() const;
    void setReparseDelay(int milliseconds);

    Theme theme() const; // default System
    void setTheme(Theme theme);
    static QString themeName(Theme theme); // "system", "light", "dark"

    // "" follows the system locale; otherwise a language code with a translation ("de", "ja",
    // or "en" for the untranslated text). Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &code);

    // Long lines of the JSON pane wrap at the window's edge (View > Word Wrap); default off.
    bool wordWrap() const;
    void setWordWrap(bool on);

    // Simulation defaults: the secret ARN for documents that have none ("" = the panel's
    // example ARN) and the actions a new matrix shows (default GetSecretValue only).
    QString defaultSecretArn() const;
    void setDefaultSecretArn(const QString &arn);
    QStringList defaultActions() const;
    void setDefaultActions(const QStringList &actions);

    // Per-file memory, keyed by the file's canonical path (at most 200 files are remembered;
    // the oldest are forgotten). An invalid QVariant when nothing is stored.
    QVariant fileValue(const QString &filePath, const QString &key) const;
    void setFileValue(const QString &filePath, const QString &key, const QVariant &value);
    // Convenience for the key "secretArn".
    QString secretArnForFile(const QString &filePath) const;
    void setSecretArnForFile(const QString &filePath, const QString &arn);

    // Restores every preference above to its default (per-file memory stays).
    void resetToDefaults();

    // The defaults themselves, for forms that offer "Restore Defaults" before saving.
    static QFont factoryEditorFont();
    static int factoryIndentWidth();
    static int factoryReparseDelay();
    static QStringList factoryDefaultActions();

signals:
    void changed(); // any preference above changed (not per-file memory)

private:
    Preferences();
    void setValue(const QString &key, const QVariant &value);
};

} // namespace model
