// The .ts files under translations/ are complete: no entry is unfinished, vanished or
// obsolete, none is empty (numerus forms included), every translation keeps the source's %N
// placeholders and, where the source has a mnemonic (&File), has one too.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QDir translationsDir()
{
    return QDir(QStringLiteral(SPS_TEST_DATA_DIR "/../../translations"));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(?:[1-9]|n|L[1-9])"));
    QSet<QString> out;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext())
        out.insert(it.next().captured(0));
    return out;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?:^|[^&])&[^&\\s]"));
    return text.contains(mnemonic);
}

struct Entry
{
    QString context;
    QString source;
    QString type;             // the translation's type attribute ("" when finished)
    bool numerus = false;     // plural forms: one <numerusform> per form of the language
    QStringList translations; // one, or the numerus forms
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = Entry{context, {}, {}, false, {}};
                entry.numerus = xml.attributes().value(QLatin1String("numerus"))
                                == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                // Plain text, or <numerusform> children.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        entry.translations.append(xml.readElementText());
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (entry.translations.isEmpty())
                    entry.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

} // namespace

class TestTsFiles : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = translationsDir().entryList({QStringLiteral("*.ts")}, QDir::Files,
                                                              QDir::Name);
        QVERIFY(files.contains(QStringLiteral("secret-policy-studio_de.ts")));
        QVERIFY(files.contains(QStringLiteral("secret-policy-studio_ja.ts")));
        for (const QString &file : files)
            QTest::addRow("%s", qPrintable(file)) << translationsDir().filePath(file);
    }
    void complete()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Entry> entries = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 100);
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where = e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
            if (!e.type.isEmpty()) {
                problems.append(e.type + QStringLiteral(" ") + where);
                continue;
            }
            for (const QString &t : e.translations) {
                if (t.isEmpty()) {
                    problems.append(QStringLiteral("empty ") + where);
                    continue;
                }
                QSet<QString> expected = placeholders(e.source);
                // A numerus source counts with %n; a form may spell the number out.
                if (e.numerus)
                    expected.remove(QStringLiteral("%n"));
                QSet<QString> actual = placeholders(t);
                actual.remove(QStringLiteral("%n"));
                if (!actual.contains(expected) || !expected.contains(actual))
                    problems.append(QStringLiteral("placeholders differ in ") + where
                                    + QStringLiteral(" -> \"") + t + QLatin1Char('"'));
                if (hasMnemonic(e.source) && !hasMnemonic(t))
                    problems.append(QStringLiteral("mnemonic lost in ") + where
                                    + QStringLiteral(" -> \"") + t + QLatin1Char('"'));
            }
        }
        qInfo("%s: %lld entries", qPrintable(QFileInfo(path).fileName()),
              static_cast<long long>(entries.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size())
                                                + QStringLiteral(" problem(s):\n")
                                                + problems.mid(0, 40).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTsFiles)
#include "tst_tsfiles.moc"
