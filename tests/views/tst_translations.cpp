// views::availableLanguages(), resolveLanguage() and installTranslators(): the embedded
// translations are found and installed, and an unknown language falls back to English. The
// translated policy language guides keep the English guide's anchors, links and examples.
#include "guidewindow.h"
#include "secretarncheck.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Without the comments, which talk about name="..." attributes.
    return QString::fromUtf8(file.readAll())
        .remove(QRegularExpression(QStringLiteral("<!--.*?-->"),
                                   QRegularExpression::DotMatchesEverythingOption));
}

// Every match of the pattern's first group, in document order.
QStringList captures(const QString &html, const QString &pattern)
{
    QStringList found;
    const QRegularExpression re(pattern, QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(html); it.hasNext();)
        found.append(it.next().captured(1));
    return found;
}

} // namespace

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

    // The ARN problems of the Preferences dialog come from model::checkSecretArn().
    void secretArnProblems_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("arn");
        QTest::addColumn<QString>("message");
        const QString shortAccount =
            QStringLiteral("arn:aws:secretsmanager:us-east-1:12345678901:secret:prod/db");
        const QString noRegion = QStringLiteral("arn:aws:secretsmanager::123456789012:secret:db");
        QTest::addRow("English") << QStringLiteral("en") << shortAccount
                                 << QStringLiteral("Column 34: the account must be 12 digits.");
        QTest::addRow("German")
            << QStringLiteral("de") << shortAccount
            << QStringLiteral("Spalte 34: Das Konto muss aus 12 Ziffern bestehen.");
        QTest::addRow("Japanese") << QStringLiteral("ja") << shortAccount
                                  << QStringLiteral("34 列目: アカウントは 12 桁の数字でなければなりません。");
        QTest::addRow("German, no region")
            << QStringLiteral("de") << noRegion
            << QStringLiteral("Spalte 24: Die Region (etwa \"us-east-1\") fehlt.");
        // What the engine refuses as a request's resource (engine::requestResourceError).
        const QString space =
            QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod db-AbCdEf");
        QTest::addRow("English, name character")
            << QStringLiteral("en") << space
            << QStringLiteral("Column 58: a secret's name has only letters, digits and "
                              "/ _ + = . @ -");
        QTest::addRow("German, name character")
            << QStringLiteral("de") << space
            << QStringLiteral("Spalte 58: Der Name eines Secrets besteht nur aus Buchstaben, "
                              "Ziffern und / _ + = . @ -");
        QTest::addRow("Japanese, name character")
            << QStringLiteral("ja") << space
            << QStringLiteral("58 列目: シークレットの名前に使えるのは英字、数字と / _ + = . @ - だけです");
        const QString upperRegion =
            QStringLiteral("arn:aws:secretsmanager:US-EAST-1:123456789012:secret:db-AbCdEf");
        QTest::addRow("German, region case")
            << QStringLiteral("de") << upperRegion
            << QStringLiteral("Dies ist nicht der ARN eines Secrets: Partition und Region bestehen "
                              "aus Kleinbuchstaben, Ziffern und Bindestrichen.");
    }
    void secretArnProblems()
    {
        QFETCH(QString, code);
        QFETCH(QString, arn);
        QFETCH(QString, message);
        views::installTranslators(code);
        QCOMPARE(model::checkSecretArn(arn).message, message);
    }

    void guideTranslations_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("title");
        QTest::addRow("English") << QLocale(QLocale::English) << QStringLiteral(":/help/guide.html")
                                 << QStringLiteral("Policy Language Guide");
        QTest::addRow("German") << QLocale(QLocale::German)
                                << QStringLiteral(":/help/guide_de.html")
                                << QStringLiteral("Handbuch zur Richtliniensprache");
        QTest::addRow("Austrian German")
            << QLocale(QLocale::German, QLocale::Austria) << QStringLiteral(":/help/guide_de.html")
            << QStringLiteral("Handbuch zur Richtliniensprache");
        QTest::addRow("Japanese") << QLocale(QLocale::Japanese)
                                  << QStringLiteral(":/help/guide_ja.html")
                                  << QStringLiteral("ポリシー言語ガイド");
        QTest::addRow("French falls back") << QLocale(QLocale::French)
                                           << QStringLiteral(":/help/guide.html")
                                           << QStringLiteral("Policy Language Guide");
    }
    void guideTranslations()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, resource);
        QFETCH(QString, title);
        QCOMPARE(views::GuideWindow::guideResource(locale), resource);
        const QString english = readResource(QStringLiteral(":/help/guide.html"));
        const QString html = readResource(resource);
        QVERIFY(!english.isEmpty());
        QCOMPARE(captures(html, QStringLiteral("<title>(.*?)</title>")), QStringList{title});
        QCOMPARE(captures(html, QStringLiteral("<h1>(.*?)</h1>")), QStringList{title});
        // Same anchors and links, in the same order, and the examples' JSON unchanged.
        const QString names = QStringLiteral("name=\"([^\"]*)\"");
        const QString links = QStringLiteral("href=\"([^\"]*)\"");
        const QString pre = QStringLiteral("<pre>(.*?)</pre>");
        QCOMPARE(captures(html, names), captures(english, names));
        QCOMPARE(captures(html, links), captures(english, links));
        QCOMPARE(captures(html, pre), captures(english, pre));
        QCOMPARE(captures(html, names).size(), 8);
        QCOMPARE(captures(html, links).size(), 12); // contents, 3 examples, 1 cross-reference
        QCOMPARE(captures(html, pre).size(), 4);
        QCOMPARE(html.count(QStringLiteral("<h2>")), english.count(QStringLiteral("<h2>")));
        QCOMPARE(html.count(QStringLiteral("<li>")), english.count(QStringLiteral("<li>")));
        QCOMPARE(html.count(QStringLiteral("<tr>")), english.count(QStringLiteral("<tr>")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
