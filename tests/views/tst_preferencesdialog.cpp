// PreferencesDialog: the form shows model::Preferences, OK and Apply write it, Cancel writes
// nothing, Restore Defaults resets the form only; an invalid default ARN is refused with a
// message naming the column and the offending part selected; every field is reachable by a
// unique mnemonic and has an accessible name.
#include "preferencesdialog.h"
#include "simulationpanel.h"

#include "preferences.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

using model::Preferences;
using views::PreferencesDialog;

namespace {

// The checked actions of the list, in order.
QStringList checkedActions(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void check(QListWidget *list, const QString &action, bool checked)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == action)
            list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&' && text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        if (text.at(i) == u'&')
            ++i;
    }
    return {};
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void shouldOfferTheEmbeddedLanguages();
    void shouldShowThePreferences();
    void shouldWriteTheFormOnOk_data();
    void shouldWriteTheFormOnOk();
    void shouldWriteOnApplyAndStayOpen();
    void shouldChangeNothingOnCancel();
    void shouldRestoreDefaultsInTheFormOnly();
    void shouldRejectAnInvalidSecretArn_data();
    void shouldRejectAnInvalidSecretArn();
    void shouldAcceptAValidSecretArnAndNone_data();
    void shouldAcceptAValidSecretArnAndNone();
    void shouldRequireAnAction();
    void shouldOfferTheActionsTheSimulationShows();
    void shouldOfferEverySecretsManagerAction();
    void shouldReachEveryFieldByAUniqueMnemonic();
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SecretPolicyStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
}

void TestPreferencesDialog::init()
{
    QSettings().clear();
}

void TestPreferencesDialog::shouldOfferTheEmbeddedLanguages()
{
    PreferencesDialog d;
    QComboBox *combo = d.languageCombo();
    QCOMPARE(combo->count(), 4);
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown << combo->itemData(i).toString() + QLatin1Char('=') + combo->itemText(i);
    QCOMPARE(shown, (QStringList{QStringLiteral("=System Default"), QStringLiteral("en=English"),
                                 QStringLiteral("de=Deutsch"), QStringLiteral("ja=日本語")}));
}

void TestPreferencesDialog::shouldShowThePreferences()
{
    Preferences &p = Preferences::instance();
    const QString family = PreferencesDialog().fontCombo()->itemText(0);
    p.setEditorFont(QFont(family, 13));
    p.setIndentWidth(3);
    p.setReparseDelay(750);
    p.setTheme(Preferences::Theme::Dark);
    p.setLanguage(QStringLiteral("de"));
    p.setDefaultSecretArn(QStringLiteral("arn:aws:secretsmanager:eu-west-1:111122223333:secret:app-AbCdEf"));
    p.setDefaultActions({QStringLiteral("secretsmanager:DescribeSecret"),
                         QStringLiteral("secretsmanager:GetSecretValue")});

    PreferencesDialog d;
    QCOMPARE(d.fontCombo()->currentFont().family(), family);
    QCOMPARE(d.fontSizeSpin()->value(), 13);
    QCOMPARE(d.indentSpin()->value(), 3);
    QCOMPARE(d.reparseDelaySpin()->value(), 750);
    QCOMPARE(d.themeCombo()->currentData().toInt(), static_cast<int>(Preferences::Theme::Dark));
    QCOMPARE(d.themeCombo()->currentText(), QStringLiteral("Dark"));
    QCOMPARE(d.languageCombo()->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(d.languageCombo()->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(d.secretArnEdit()->text(),
             QStringLiteral("arn:aws:secretsmanager:eu-west-1:111122223333:secret:app-AbCdEf"));
    // In the table's order, whatever order they were stored in.
    QCOMPARE(checkedActions(d.actionsList()),
             (QStringList{QStringLiteral("secretsmanager:DescribeSecret"),
                          QStringLiteral("secretsmanager:GetSecretValue")}));
    QVERIFY(d.secretArnMessage()->isHidden());
}

void TestPreferencesDialog::shouldWriteTheFormOnOk_data()
{
    QTest::addColumn<int>("themeIndex");
    QTest::addColumn<int>("theme");
    QTest::addColumn<int>("languageIndex");
    QTest::addColumn<QString>("language");
    QTest::addRow("light, english") << 1 << static_cast<int>(Preferences::Theme::Light) << 1
                                    << QStringLiteral("en");
    QTest::addRow("dark, german") << 2 << static_cast<int>(Preferences::Theme::Dark) << 2
                                  << QStringLiteral("de");
    QTest::addRow("system, japanese") << 0 << static_cast<int>(Preferences::Theme::System) << 3
                                      << QStringLiteral("ja");
}

void TestPreferencesDialog::shouldWriteTheFormOnOk()
{
    QFETCH(int, themeIndex);
    QFETCH(int, theme);
    QFETCH(int, languageIndex);
    QFETCH(QString, language);
    PreferencesDialog d;
    d.show();
    const int last = d.fontCombo()->count() - 1;
    d.fontCombo()->setCurrentIndex(last);
    const QString family = d.fontCombo()->currentFont().family();
    d.fontSizeSpin()->setValue(15);
    d.indentSpin()->setValue(2);
    d.reparseDelaySpin()->setValue(1250);
    d.themeCombo()->setCurrentIndex(themeIndex);
    d.languageCombo()->setCurrentIndex(languageIndex);
    QTest::keyClicks(d.secretArnEdit(),
                     QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"));
    check(d.actionsList(), QStringLiteral("secretsmanager:PutSecretValue"), true);

    d.buttonBox()->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(!d.isVisible());
    const Preferences &p = Preferences::instance();
    QCOMPARE(p.editorFont().family(), family);
    QCOMPARE(p.editorFont().pointSize(), 15);
    QCOMPARE(p.indentWidth(), 2);
    QCOMPARE(p.reparseDelay(), 1250);
    QCOMPARE(static_cast<int>(p.theme()), theme);
    QCOMPARE(p.language(), language);
    QCOMPARE(p.defaultSecretArn(),
             QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"));
    QCOMPARE(p.defaultActions(), (QStringList{QStringLiteral("secretsmanager:GetSecretValue"),
                                              QStringLiteral("secretsmanager:PutSecretValue")}));
}

void TestPreferencesDialog::shouldWriteOnApplyAndStayOpen()
{
    PreferencesDialog d;
    d.show();
    QSignalSpy changed(&Preferences::instance(), &Preferences::changed);
    d.reparseDelaySpin()->setValue(400);
    d.buttonBox()->button(QDialogButtonBox::Apply)->click();
    QVERIFY(d.isVisible());
    QCOMPARE(Preferences::instance().reparseDelay(), 400);
    QVERIFY(changed.count() >= 1);
}

void TestPreferencesDialog::shouldChangeNothingOnCancel()
{
    Preferences::instance().setIndentWidth(6);
    QSignalSpy changed(&Preferences::instance(), &Preferences::changed);
    PreferencesDialog d;
    d.show();
    d.indentSpin()->setValue(2);
    d.reparseDelaySpin()->setValue(3000);
    d.themeCombo()->setCurrentIndex(2);
    d.secretArnEdit()->setText(QStringLiteral("nonsense"));
    check(d.actionsList(), QStringLiteral("secretsmanager:GetSecretValue"), false);
    d.buttonBox()->button(QDialogButtonBox::Cancel)->click();

    QCOMPARE(d.result(), int(QDialog::Rejected));
    QCOMPARE(changed.count(), 0);
    const Preferences &p = Preferences::instance();
    QCOMPARE(p.indentWidth(), 6);
    QCOMPARE(p.reparseDelay(), 200);
    QCOMPARE(p.theme(), Preferences::Theme::System);
    QCOMPARE(p.defaultSecretArn(), QString());
    QCOMPARE(p.defaultActions(), QStringList{QStringLiteral("secretsmanager:GetSecretValue")});
}

void TestPreferencesDialog::shouldRestoreDefaultsInTheFormOnly()
{
    Preferences &p = Preferences::instance();
    p.setIndentWidth(7);
    p.setReparseDelay(900);
    p.setTheme(Preferences::Theme::Light);
    p.setLanguage(QStringLiteral("ja"));
    p.setDefaultActions({QStringLiteral("secretsmanager:DeleteSecret")});

    PreferencesDialog d;
    d.show();
    QSignalSpy changed(&p, &Preferences::changed);
    d.buttonBox()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(d.indentSpin()->value(), 4);
    QCOMPARE(d.reparseDelaySpin()->value(), 200);
    QCOMPARE(d.themeCombo()->currentData().toInt(), static_cast<int>(Preferences::Theme::System));
    QCOMPARE(d.languageCombo()->currentData().toString(), QString());
    QCOMPARE(d.fontSizeSpin()->value(), Preferences::factoryEditorFont().pointSize());
    QCOMPARE(checkedActions(d.actionsList()),
             QStringList{QStringLiteral("secretsmanager:GetSecretValue")});
    // Nothing is written before OK.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(p.indentWidth(), 7);

    d.buttonBox()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(p.indentWidth(), 4);
    QCOMPARE(p.reparseDelay(), 200);
    QCOMPARE(p.theme(), Preferences::Theme::System);
    QCOMPARE(p.language(), QString());
    QCOMPARE(p.defaultActions(), QStringList{QStringLiteral("secretsmanager:GetSecretValue")});
}

void TestPreferencesDialog::shouldRejectAnInvalidSecretArn_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("selected");
    QTest::addRow("not an arn")
        << QStringLiteral("prod/db")
        << QStringLiteral("Column 8: a secret ARN has six parts separated by colons: "
                          "arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME.")
        << QString();
    QTest::addRow("another service")
        << QStringLiteral("arn:aws:ssm:us-east-1:123456789012:secret:db")
        << QStringLiteral("Column 9: the service must be \"secretsmanager\".")
        << QStringLiteral("ssm");
    QTest::addRow("short account")
        << QStringLiteral("arn:aws:secretsmanager:us-east-1:12345:secret:db")
        << QStringLiteral("Column 34: the account must be 12 digits.") << QStringLiteral("12345");
    QTest::addRow("no region")
        << QStringLiteral("arn:aws:secretsmanager::123456789012:secret:db")
        << QStringLiteral("Column 24: the region (such as \"us-east-1\") is missing.") << QString();
    QTest::addRow("not a secret")
        << QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:rotation:db")
        << QStringLiteral("Column 47: the resource must be \"secret:\" followed by the "
                          "secret's name.")
        << QStringLiteral("rotation:db");
    QTest::addRow("no name")
        << QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:")
        << QStringLiteral("Column 47: the resource must be \"secret:\" followed by the "
                          "secret's name.")
        << QStringLiteral("secret:");
    QTest::addRow("not arn")
        << QStringLiteral("urn:aws:secretsmanager:us-east-1:123456789012:secret:db")
        << QStringLiteral("Column 1: an ARN starts with \"arn\".") << QStringLiteral("urn");
}

void TestPreferencesDialog::shouldRejectAnInvalidSecretArn()
{
    QFETCH(QString, arn);
    QFETCH(QString, message);
    QFETCH(QString, selected);
    PreferencesDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.indentSpin()->setValue(2);
    d.secretArnEdit()->setText(arn);
    QSignalSpy changed(&Preferences::instance(), &Preferences::changed);
    d.buttonBox()->button(QDialogButtonBox::Ok)->click();

    QVERIFY(d.isVisible());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(Preferences::instance().indentWidth(), 4);
    QVERIFY(d.secretArnMessage()->isVisibleTo(&d));
    QCOMPARE(d.secretArnMessage()->text(), message);
    QCOMPARE(d.secretArnEdit()->selectedText(), selected);
    QCOMPARE(QApplication::focusWidget(), d.secretArnEdit());

    // Correcting it hides the message as one types.
    d.secretArnEdit()->clear();
    QTest::keyClicks(d.secretArnEdit(), QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:db"));
    QVERIFY(d.secretArnMessage()->isHidden());
}

void TestPreferencesDialog::shouldAcceptAValidSecretArnAndNone_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("stored");
    QTest::addRow("full") << QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf")
                          << QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf");
    QTest::addRow("partial, other partition")
        << QStringLiteral("arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:db")
        << QStringLiteral("arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:db");
    QTest::addRow("blanks around") << QStringLiteral("  arn:aws:secretsmanager:us-east-1:123456789012:secret:x  ")
                                   << QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:x");
    QTest::addRow("none") << QString() << QString();
}

void TestPreferencesDialog::shouldAcceptAValidSecretArnAndNone()
{
    QFETCH(QString, arn);
    QFETCH(QString, stored);
    Preferences::instance().setDefaultSecretArn(QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:old"));
    PreferencesDialog d;
    d.show();
    d.secretArnEdit()->setText(arn);
    d.buttonBox()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(d.secretArnMessage()->isHidden());
    QCOMPARE(Preferences::instance().defaultSecretArn(), stored);
}

void TestPreferencesDialog::shouldRequireAnAction()
{
    PreferencesDialog d;
    d.show();
    check(d.actionsList(), QStringLiteral("secretsmanager:GetSecretValue"), false);
    d.buttonBox()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(d.isVisible());
    QCOMPARE(d.actionsMessage()->text(), QStringLiteral("Choose at least one action."));
    QVERIFY(d.actionsMessage()->isVisibleTo(&d));
    check(d.actionsList(), QStringLiteral("secretsmanager:DescribeSecret"), true);
    QVERIFY(d.actionsMessage()->isHidden());
    d.buttonBox()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(Preferences::instance().defaultActions(),
             QStringList{QStringLiteral("secretsmanager:DescribeSecret")});
}

void TestPreferencesDialog::shouldOfferTheActionsTheSimulationShows()
{
    // Issue 13: ListSecrets and others were offered; alone they gave a GetSecretValue table.
    PreferencesDialog d;
    QStringList offered;
    for (int i = 0; i < d.actionsList()->count(); ++i)
        offered << d.actionsList()->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(offered, views::SimulationPanel::availableActions());
    for (const char *name : {"ListSecrets", "GetRandomPassword", "BatchGetSecretValue"}) {
        QVERIFY(!offered.contains(QStringLiteral("secretsmanager:") + QLatin1String(name)));
        // ... and the dialog says why they are missing.
        auto *note = d.findChild<QLabel *>(QStringLiteral("actionsNote"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(QLatin1String(name)), qPrintable(note->text()));
    }
    // A stored choice of such actions alone falls back to the factory default.
    Preferences::instance().setDefaultActions({QStringLiteral("secretsmanager:ListSecrets"),
                                               QStringLiteral("secretsmanager:GetRandomPassword")});
    QCOMPARE(Preferences::instance().defaultActions(), Preferences::factoryDefaultActions());
    Preferences::instance().setDefaultActions({QStringLiteral("secretsmanager:ListSecrets"),
                                               QStringLiteral("secretsmanager:DeleteSecret")});
    QCOMPARE(Preferences::instance().defaultActions(),
             QStringList{QStringLiteral("secretsmanager:DeleteSecret")});
}

void TestPreferencesDialog::shouldOfferEverySecretsManagerAction()
{
    PreferencesDialog d;
    QCOMPARE(d.actionsList()->count(), 20);
    QCOMPARE(d.actionsList()->item(0)->flags() & Qt::ItemIsUserCheckable, Qt::ItemIsUserCheckable);
    for (int i = 0; i < d.actionsList()->count(); ++i) {
        const QListWidgetItem *item = d.actionsList()->item(i);
        QCOMPARE(item->data(Qt::UserRole).toString(), QStringLiteral("secretsmanager:") + item->text());
    }
}

void TestPreferencesDialog::shouldReachEveryFieldByAUniqueMnemonic()
{
    PreferencesDialog d;
    QSet<QChar> used;
    const QList<QWidget *> fields{d.fontCombo(), d.fontSizeSpin(), d.indentSpin(),
                                  d.reparseDelaySpin(), d.themeCombo(), d.languageCombo(),
                                  d.secretArnEdit(), d.actionsList()};
    QSet<QWidget *> buddied;
    for (const QLabel *label : d.findChildren<QLabel *>()) {
        const QChar m = mnemonic(label->text());
        if (m.isNull())
            continue;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
        QVERIFY2(!used.contains(m), qPrintable(label->text()));
        used.insert(m);
        buddied.insert(label->buddy());
    }
    // OK and Cancel answer Enter and Escape; the platform may give them mnemonics too.
    for (QAbstractButton *button : d.buttonBox()->buttons()) {
        const QChar m = mnemonic(button->text());
        const auto role = d.buttonBox()->standardButton(button);
        if (role == QDialogButtonBox::Apply || role == QDialogButtonBox::RestoreDefaults)
            QVERIFY2(!m.isNull(), qPrintable(button->text()));
        if (m.isNull())
            continue;
        QVERIFY2(!used.contains(m), qPrintable(button->text()));
        used.insert(m);
    }
    for (QWidget *field : fields) {
        QVERIFY2(buddied.contains(field), qPrintable(field->objectName()));
        QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
        QVERIFY2(field->focusPolicy() & Qt::TabFocus, qPrintable(field->objectName()));
    }
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
