// views::availableLanguages(), resolveLanguage() and installTranslators(): the embedded
// translations are found and installed, and an unknown language falls back to English.
#include "translations.h"

#include <QCoreApplication>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { views::installTranslators(QStringLiteral("en")); }

    void availableLanguages()
    {
        QStringList listed;
        for (const views::Language &l : views::availableLanguages())
            listed.append(l.code + QLatin1Char('=') + l.nativeName);
        QCOMPARE(listed, QStringList({QStringLiteral("en=English"), QStringLiteral("de=Deutsch"),
                                      QStringLiteral("ja=日本語")}));
    }

    void resolveLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::addRow("English") << QStringLiteral("en") << QStringLiteral("en");
        QTest::addRow("German") << QStringLiteral("de") << QStringLiteral("de");
        QTest::addRow("Japanese") << QStringLiteral("ja") << QStringLiteral("ja");
        QTest::addRow("no translation") << QStringLiteral("fr") << QStringLiteral("en");
    }
    void resolveLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(views::resolveLanguage(code), expected);
    }

    void installTranslators_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("menu");
        QTest::addRow("English") << QStringLiteral("en") << QStringLiteral("&File");
        QTest::addRow("German") << QStringLiteral("de") << QStringLiteral("&Datei");
        QTest::addRow("Japanese") << QStringLiteral("ja") << QStringLiteral("ファイル(&F)");
        QTest::addRow("French falls back") << QStringLiteral("fr") << QStringLiteral("&File");
    }
    void installTranslators()
    {
        QFETCH(QString, code);
        QFETCH(QString, menu);
        views::installTranslators(code);
        QCOMPARE(QCoreApplication::translate("views::MainWindow", "&File"), menu);
    }

    void installingAgainReplacesTheTranslators()
    {
        views::installTranslators(QStringLiteral("de"));
        views::installTranslators(QStringLiteral("ja"));
        QCOMPARE(QCoreApplication::translate("views::MainWindow", "&File"),
                 QStringLiteral("ファイル(&F)"));
        views::installTranslators(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("views::MainWindow", "&File"),
                 QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
