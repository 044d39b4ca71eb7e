#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace views {

namespace {

const QString kPrefix = QStringLiteral("secret-policy-studio_");
const QString kDirectory = QStringLiteral(":/i18n");

QStringList translatedCodes()
{
    QStringList codes;
    const QStringList files = QDir(kDirectory).entryList({kPrefix + QStringLiteral("*.qm")},
                                                         QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(kPrefix.size()).chopped(3)); // "secret-policy-studio_de.qm"
    return codes;
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // "deutsch" style lower-case names read oddly in a list of languages.
    if (locale.script() == QLocale::LatinScript)
        name[0] = name[0].toUpper();
    return name;
}

// Owned by the application object so they live as long as it does.
struct Installed
{
    QTranslator *app = nullptr; // owned by qApp
    QTranslator *qt = nullptr;  // owned by qApp
};
Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    for (const QString &code : translatedCodes())
        languages.append({code, nativeName(code)});
    return languages;
}

QString resolveLanguage(const QString &code)
{
    const QStringList codes = translatedCodes();
    if (code == QLatin1String("en") || codes.contains(code))
        return code;
    if (!code.isEmpty())
        return QStringLiteral("en");
    for (const QString &ui : QLocale().uiLanguages()) {
        const QString language = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (language == QLatin1String("en") || codes.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString installTranslators(const QString &code)
{
    Installed &state = installed();
    for (QTranslator **t : {&state.app, &state.qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString language = resolveLanguage(code);
    // Numbers and QLocale-based text follow a chosen language too (the system's otherwise).
    if (!code.isEmpty())
        QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return language;

    auto app = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (app->load(kPrefix + language, kDirectory) && QCoreApplication::installTranslator(app.get()))
        state.app = app.release();
    auto qt = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt.get()))
        state.qt = qt.release();
    return language;
}

} // namespace views
