// The application's languages: which translations are embedded (the .qm files under :/i18n,
// built from translations/*.ts) and installing them at start.
//
//   views::installTranslators(model::Preferences::instance().language()); // before any widget
//   for (const views::Language &l : views::availableLanguages())
//       combo->addItem(l.nativeName, l.code);
//
// A language change takes effect at the next start (widgets are not retranslated live).
#pragma once

#include <QList>
#include <QString>

namespace views {

struct Language
{
    QString code;       // "en", "de", "ja"
    QString nativeName; // "English", "Deutsch", "日本語"
};

// English (the untranslated text) first, then every embedded translation, sorted by code.
QList<Language> availableLanguages();

// The language the application shows for a preference value: code itself when a translation
// for it is embedded ("en" always is), for "" the first of the system's UI languages that
// has one, otherwise "en".
QString resolveLanguage(const QString &code);

// Installs the application's translator and Qt's own (qtbase, from qt6-translations-l10n,
// when present) for resolveLanguage(code), replacing translators this function installed
// before. Returns the language installed. Call after QCoreApplication exists.
QString installTranslators(const QString &code);

} // namespace views
