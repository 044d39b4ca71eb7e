#include "preferences.h"

#include "sim/derive.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QSettings>

#include <algorithm>

namespace model {

namespace {

const QString editorFontKey = QStringLiteral("editor/font");
const QString indentKey = QStringLiteral("editor/indentWidth");
const QString reparseKey = QStringLiteral("editor/reparseDelay");
const QString themeKey = QStringLiteral("ui/theme");
const QString languageKey = QStringLiteral("ui/language");
const QString defaultArnKey = QStringLiteral("simulation/defaultSecretArn");
const QString defaultActionsKey = QStringLiteral("simulation/defaultActions");
const QString wordWrapKey = QStringLiteral("editor/wordWrap");
const QString filesKey = QStringLiteral("files/memory");
const QString touchedKey = QStringLiteral("_touched");

constexpr int defaultIndent = 4;
constexpr int defaultReparseDelay = 200;
constexpr qsizetype rememberedFiles = 200;

// The key a file is remembered under: its canonical path when it exists, else its absolute one.
QString fileKey(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

Preferences &Preferences::instance()
{
    static Preferences *preferences = new Preferences; // lives until exit, like qApp's settings
    return *preferences;
}

Preferences::Preferences() = default;

void Preferences::setValue(const QString &key, const QVariant &value)
{
    QSettings settings;
    if (settings.value(key) == value)
        return;
    settings.setValue(key, value);
    emit changed();
}

QFont Preferences::editorFont() const
{
    const QVariant stored = QSettings().value(editorFontKey);
    QFont font;
    if (stored.isValid() && font.fromString(stored.toString()))
        return font;
    return factoryEditorFont();
}

QFont Preferences::factoryEditorFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

int Preferences::factoryIndentWidth()
{
    return defaultIndent;
}

int Preferences::factoryReparseDelay()
{
    return defaultReparseDelay;
}

QStringList Preferences::factoryDefaultActions()
{
    return {QStringLiteral("secretsmanager:GetSecretValue")};
}

void Preferences::setEditorFont(const QFont &font)
{
    setValue(editorFontKey, font.toString());
}

int Preferences::indentWidth() const
{
    bool ok = false;
    const int spaces = QSettings().value(indentKey, defaultIndent).toInt(&ok);
    return ok ? std::clamp(spaces, 1, 8) : defaultIndent;
}

void Preferences::setIndentWidth(int spaces)
{
    setValue(indentKey, std::clamp(spaces, 1, 8));
}

int Preferences::reparseDelay() const
{
    bool ok = false;
    const int delay = QSettings().value(reparseKey, defaultReparseDelay).toInt(&ok);
    return ok ? std::clamp(delay, 0, 5000) : defaultReparseDelay;
}

void Preferences::setReparseDelay(int milliseconds)
{
    setValue(reparseKey, std::clamp(milliseconds, 0, 5000));
}

QString Preferences::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Theme Preferences::theme() const
{
    const QString name = QSettings().value(themeKey).toString();
    if (name == themeName(Theme::Light))
        return Theme::Light;
    if (name == themeName(Theme::Dark))
        return Theme::Dark;
    return Theme::System;
}

void Preferences::setTheme(Theme theme)
{
    setValue(themeKey, themeName(theme));
}

QString Preferences::language() const
{
    return QSettings().value(languageKey).toString();
}

void Preferences::setLanguage(const QString &code)
{
    setValue(languageKey, code);
}

bool Preferences::wordWrap() const
{
    return QSettings().value(wordWrapKey, false).toBool();
}

void Preferences::setWordWrap(bool on)
{
    setValue(wordWrapKey, on);
}

QString Preferences::defaultSecretArn() const
{
    return QSettings().value(defaultArnKey).toString().trimmed();
}

void Preferences::setDefaultSecretArn(const QString &arn)
{
    setValue(defaultArnKey, arn.trimmed());
}

QStringList Preferences::defaultActions() const
{
    // Only actions the Simulation shows a table for (an older version offered ListSecrets and
    // others that name no secret); nothing left is the factory default.
    const QStringList stored = QSettings().value(defaultActionsKey).toStringList();
    QStringList actions;
    for (const std::string &action : engine::sim::secretActions()) {
        const QString name = QString::fromStdString(action);
        if (stored.contains(name))
            actions << name;
    }
    if (actions.isEmpty())
        return factoryDefaultActions();
    return actions;
}

void Preferences::setDefaultActions(const QStringList &actions)
{
    setValue(defaultActionsKey, actions);
}

QVariant Preferences::fileValue(const QString &filePath, const QString &key) const
{
    if (filePath.isEmpty())
        return {};
    const QVariantMap files = QSettings().value(filesKey).toMap();
    return files.value(fileKey(filePath)).toMap().value(key);
}

void Preferences::setFileValue(const QString &filePath, const QString &key,
                               const QVariant &value)
{
    if (filePath.isEmpty())
        return;
    QSettings settings;
    QVariantMap files = settings.value(filesKey).toMap();
    const QString name = fileKey(filePath);
    QVariantMap entry = files.value(name).toMap();
    if (value.isValid())
        entry.insert(key, value);
    else
        entry.remove(key);
    entry.insert(touchedKey, QDateTime::currentMSecsSinceEpoch());
    files.insert(name, entry);
    // Forget the files touched longest ago.
    while (files.size() > rememberedFiles) {
        auto oldest = files.begin();
        for (auto it = files.begin(); it != files.end(); ++it) {
            if (it.value().toMap().value(touchedKey).toLongLong()
                < oldest.value().toMap().value(touchedKey).toLongLong())
                oldest = it;
        }
        files.erase(oldest);
    }
    settings.setValue(filesKey, files);
}

QString Preferences::secretArnForFile(const QString &filePath) const
{
    return fileValue(filePath, QStringLiteral("secretArn")).toString();
}

void Preferences::setSecretArnForFile(const QString &filePath, const QString &arn)
{
    setFileValue(filePath, QStringLiteral("secretArn"),
                 arn.isEmpty() ? QVariant() : QVariant(arn));
}

void Preferences::resetToDefaults()
{
    QSettings settings;
    bool any = false;
    for (const QString &key : {editorFontKey, indentKey, reparseKey, themeKey, languageKey,
                               defaultArnKey, defaultActionsKey, wordWrapKey}) {
        if (settings.contains(key)) {
            settings.remove(key);
            any = true;
        }
    }
    if (any)
        emit changed();
}

} // namespace model
