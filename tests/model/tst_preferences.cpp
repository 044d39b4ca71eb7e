// Preferences: defaults, clamping, the changed() signal, and per-file memory.
#include "preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using model::Preferences;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SecretPolicyStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    }
    void init() { QSettings().clear(); }

    void defaults()
    {
        Preferences &p = Preferences::instance();
        QCOMPARE(p.indentWidth(), 4);
        QCOMPARE(p.reparseDelay(), 200);
        QCOMPARE(p.theme(), Preferences::Theme::System);
        QCOMPARE(p.language(), QString());
        QCOMPARE(p.defaultSecretArn(), QString());
        QCOMPARE(p.defaultActions(), QStringList{QStringLiteral("secretsmanager:GetSecretValue")});
        QVERIFY(p.editorFont().fixedPitch() || !p.editorFont().family().isEmpty());
    }

    void clampsAndSignals_data()
    {
        QTest::addColumn<int>("indent");
        QTest::addColumn<int>("expectedIndent");
        QTest::addColumn<int>("delay");
        QTest::addColumn<int>("expectedDelay");
        QTest::addRow("in range") << 2 << 2 << 500 << 500;
        QTest::addRow("too small") << 0 << 1 << -3 << 0;
        QTest::addRow("too large") << 12 << 8 << 9000 << 5000;
    }
    void clampsAndSignals()
    {
        QFETCH(int, indent);
        QFETCH(int, expectedIndent);
        QFETCH(int, delay);
        QFETCH(int, expectedDelay);
        Preferences &p = Preferences::instance();
        QSignalSpy spy(&p, &Preferences::changed);
        p.setIndentWidth(indent);
        p.setReparseDelay(delay);
        QCOMPARE(p.indentWidth(), expectedIndent);
        QCOMPARE(p.reparseDelay(), expectedDelay);
        QCOMPARE(spy.count(), 2);
        p.setIndentWidth(indent); // the same value again: no signal
        QCOMPARE(spy.count(), 2);
    }

    void themeAndLanguage()
    {
        Preferences &p = Preferences::instance();
        p.setTheme(Preferences::Theme::Dark);
        QCOMPARE(p.theme(), Preferences::Theme::Dark);
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        p.setLanguage(QStringLiteral("ja"));
        QCOMPARE(p.language(), QStringLiteral("ja"));
        QSignalSpy spy(&p, &Preferences::changed);
        p.resetToDefaults();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(p.theme(), Preferences::Theme::System);
        QCOMPARE(p.language(), QString());
    }

    void perFileMemoryFollowsTheCanonicalPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("policy.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("link.json"))));

        Preferences &p = Preferences::instance();
        QSignalSpy spy(&p, &Preferences::changed);
        const QString arn = QStringLiteral(
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf");
        p.setSecretArnForFile(path, arn);
        QCOMPARE(p.secretArnForFile(path), arn);
        QCOMPARE(p.secretArnForFile(dir.filePath(QStringLiteral("link.json"))), arn);
        QCOMPARE(p.secretArnForFile(dir.filePath(QStringLiteral("other.json"))), QString());
        QCOMPARE(spy.count(), 0); // per-file memory is not a preference change

        p.setFileValue(path, QStringLiteral("principals"), QStringList{QStringLiteral("a")});
        QCOMPARE(p.fileValue(path, QStringLiteral("principals")).toStringList(),
                 QStringList{QStringLiteral("a")});
        p.setSecretArnForFile(path, QString());
        QVERIFY(!p.fileValue(path, QStringLiteral("secretArn")).isValid());
        QCOMPARE(p.fileValue(path, QStringLiteral("principals")).toStringList(),
                 QStringList{QStringLiteral("a")});
        QVERIFY(!p.fileValue(QString(), QStringLiteral("secretArn")).isValid());
    }

    void forgetsTheOldestFilesBeyond200()
    {
        Preferences &p = Preferences::instance();
        for (int i = 0; i < 205; ++i) {
            p.setSecretArnForFile(QStringLiteral("/nonexistent/p%1.json").arg(i),
                                  QStringLiteral("arn-%1").arg(i));
            if (i == 0)
                QTest::qWait(2); // distinct timestamps for the oldest
        }
        QCOMPARE(QSettings().value(QStringLiteral("files/memory")).toMap().size(), 200);
        QCOMPARE(p.secretArnForFile(QStringLiteral("/nonexistent/p0.json")), QString());
        QCOMPARE(p.secretArnForFile(QStringLiteral("/nonexistent/p204.json")),
                 QStringLiteral("arn-204"));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
