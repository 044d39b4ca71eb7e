// model::FindingText: every finding the linter produces on the test data has a template (no
// English fallback), its German text is complete and keeps the values the engine filled in.
// (A views test because the translations are embedded in the views library.)
#include "findingtext.h"
#include "translations.h"

#include "lint/linter.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <map>

using engine::Diagnostic;
using model::FindingText;

namespace {

const QString kSecretArn =
    QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf");

// Every policy under tests/data (the worked examples the manifests name, the error cases and
// the golden files), linted without and with the secret's ARN.
std::vector<std::pair<QString, Diagnostic>> findingsOnTestData()
{
    std::vector<std::pair<QString, Diagnostic>> out;
    const QDir root(QStringLiteral(SPS_TEST_DATA_DIR));
    QDirIterator it(root.path(), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.readAll();
        const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
        engine::LintOptions withArn;
        withArn.secretArn = kSecretArn.toStdString();
        for (const engine::LintOptions &options : {engine::LintOptions{}, withArn}) {
            for (const Diagnostic &d : engine::lint(view, options))
                out.emplace_back(root.relativeFilePath(path), d);
        }
    }
    return out;
}

QStringList quotedParts(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""));
    QStringList parts;
    auto it = quoted.globalMatch(text);
    while (it.hasNext())
        parts.append(it.next().captured(0));
    return parts;
}

} // namespace

class TestFindingText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(views::installTranslators(QStringLiteral("de")), QStringLiteral("de"));
    }
    void cleanupTestCase() { views::installTranslators(QStringLiteral("en")); }

    void everyCheckHasTemplatesAndADescription()
    {
        const QStringList ids = FindingText::ids();
        for (const engine::CheckInfo &check : engine::checks()) {
            const std::string id(check.id);
            QVERIFY2(ids.contains(QString::fromStdString(id)), id.c_str());
            const QString english = QString::fromUtf8(check.description.data(),
                                                      static_cast<qsizetype>(check.description.size()));
            const QString german = FindingText::description(id);
            QVERIFY2(!german.isEmpty() && german != english, id.c_str());
        }
        QCOMPARE(ids.size(), static_cast<qsizetype>(engine::checks().size()));
    }

    void findingsOnTestDataAreTranslated()
    {
        const auto findings = findingsOnTestData();
        QVERIFY(findings.size() > 100);
        std::map<std::string, int> perId;
        static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
        for (const auto &[file, d] : findings) {
            const QString english = QString::fromStdString(d.message);
            const QString where = file + QLatin1Char(' ') + QString::fromStdString(d.id)
                                  + QStringLiteral(": ") + english;
            bool matched = false;
            const QString german = FindingText::message(d, &matched);
            QVERIFY2(matched, qPrintable(where));
            QVERIFY2(german != english, qPrintable(where));
            QVERIFY2(!german.contains(placeholder), qPrintable(where + QStringLiteral(" -> ") + german));
            // The values in quotes (keys, actions, ARNs) are carried over unchanged.
            for (const QString &part : quotedParts(english))
                QVERIFY2(german.contains(part), qPrintable(where + QStringLiteral(" -> ") + german));
            ++perId[d.id];
        }
        QString summary;
        for (const auto &[id, n] : perId)
            summary += QStringLiteral("%1 %2, ").arg(QString::fromStdString(id)).arg(n);
        qInfo("%zu findings of %zu ids: %s", findings.size(), perId.size(), qPrintable(summary));
    }

    void germanText_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::addRow("repeated placeholder")
            << QStringLiteral("duplicate-key")
            << QStringLiteral("\"Resource\" appears more than once in the same object. AWS rejects "
                              "repeated keys; keep one \"Resource\" and put all its values in one "
                              "array.")
            << QStringLiteral("\"Resource\" kommt im selben Objekt mehr als einmal vor. AWS lehnt "
                              "wiederholte Schlüssel ab; behalten Sie ein \"Resource\" und fassen "
                              "Sie alle Werte in einem Array zusammen.");
        QTest::addRow("translated phrase inside")
            << QStringLiteral("invalid-type")
            << QStringLiteral("Sid must be a string; found number.")
            << QStringLiteral("Sid muss eine Zeichenkette sein; gefunden: Zahl.");
        QTest::addRow("parser message inside")
            << QStringLiteral("json-syntax")
            << QStringLiteral("The policy is not valid JSON: expected a value (line 3, column 7).")
            << QStringLiteral("Die Richtlinie ist kein gültiges JSON: Wert erwartet (Zeile 3, "
                              "Spalte 7).");
        QTest::addRow("list of names")
            << QStringLiteral("redundant-action")
            << QStringLiteral("\"secretsmanager:GetSecretValue\" is already covered by "
                              "\"secretsmanager:Get*\".")
            << QStringLiteral("\"secretsmanager:GetSecretValue\" ist bereits durch "
                              "\"secretsmanager:Get*\" abgedeckt.");
    }
    void germanText()
    {
        QFETCH(QString, id);
        QFETCH(QString, english);
        QFETCH(QString, german);
        bool matched = false;
        QCOMPARE(FindingText::message(id, english, &matched), german);
        QVERIFY(matched);
    }

    void simulationText_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::addRow("label") << QStringLiteral("anonymous") << QStringLiteral("anonym");
        QTest::addRow("label with value")
            << QStringLiteral("a principal in account 444455556666")
            << QStringLiteral("ein Prinzipal im Konto 444455556666");
        QTest::addRow("unknown") << QStringLiteral("arn:aws:iam::1:role/R")
                                 << QStringLiteral("arn:aws:iam::1:role/R");
    }
    void simulationText()
    {
        QFETCH(QString, english);
        QFETCH(QString, german);
        QCOMPARE(FindingText::simulationText(english), german);
    }

    void unknownMessageFallsBackToEnglish()
    {
        bool matched = true;
        const QString english = QStringLiteral("Something the table does not know.");
        QCOMPARE(FindingText::message(QStringLiteral("duplicate-key"), english, &matched), english);
        QVERIFY(!matched);
        QCOMPARE(FindingText::message(QStringLiteral("no-such-id"), english, &matched), english);
        QVERIFY(!matched);
    }

    void codeIsInQuotationMarksNotBackticks()
    {
        // Issue 13: messages showed Markdown ("expected `,`").
        const QString parser = FindingText::parserMessage(
            QStringLiteral("expected `,` or `}` after a property value"));
        QVERIFY2(!parser.contains(QLatin1Char('`')), qPrintable(parser));
        QVERIFY2(parser.contains(QLocale().quoteString(QStringLiteral(","))), qPrintable(parser));
        QVERIFY2(parser.contains(QLocale().quoteString(QStringLiteral("}"))), qPrintable(parser));
        const QString finding = FindingText::message(
            QStringLiteral("json-syntax"),
            QStringLiteral("The policy is not valid JSON: expected `:` after a property name "
                           "(line 2, column 9)."));
        QVERIFY2(!finding.contains(QLatin1Char('`')), qPrintable(finding));
        QVERIFY2(finding.contains(QLocale().quoteString(QStringLiteral(":"))), qPrintable(finding));
        QCOMPARE(FindingText::simulationText(QStringLiteral("unknown action `Foo`")),
                 QStringLiteral("unknown action ") + QLocale().quoteString(QStringLiteral("Foo")));
    }

    void englishIsUnchanged()
    {
        views::installTranslators(QStringLiteral("en"));
        for (const auto &[file, d] : findingsOnTestData()) {
            bool matched = false;
            QCOMPARE(FindingText::message(d, &matched), QString::fromStdString(d.message));
            QVERIFY(matched);
        }
        views::installTranslators(QStringLiteral("de"));
    }
};

QTEST_MAIN(TestFindingText)
#include "tst_findingtext.moc"
