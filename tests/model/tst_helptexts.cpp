// The explanations of helptexts.h: every operator, condition key and action the engine knows
// has one (the tests iterate the engine's own tables, so a new entry there fails here until it
// is explained), and the parts computed from the engine's rules say the right thing.
#include "helptexts.h"

#include "data/secretsmanager.h"
#include "policy/policyreader.h"

#include <QtTest>

using namespace model;

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QStringList textList(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

} // namespace

class TestHelpTexts : public QObject
{
    Q_OBJECT

private slots:
    void shouldExplainEveryOperator();
    void shouldExplainEveryKey();
    void shouldExplainEveryAction();
    void shouldSayWhatAnAbsentKeyDoes_data();
    void shouldSayWhatAnAbsentKeyDoes();
    void shouldDescribeKeys_data();
    void shouldDescribeKeys();
    void shouldDescribeActionsAndPatterns_data();
    void shouldDescribeActionsAndPatterns();
    void shouldRejectUnknownNames();
};

void TestHelpTexts::shouldExplainEveryOperator()
{
    const auto names = engine::operatorBaseNames();
    QCOMPARE(names.size(), std::size_t(27));
    for (std::string_view base : names) {
        QVERIFY2(!baseOperatorDescription(base).isEmpty(), base.data());
        const QString name = qs(base);
        QVERIFY2(operatorHelp(name).contains(baseOperatorDescription(base)), base.data());
        // Every spelling the parser accepts is explained too.
        for (const QString &spelling :
             {QStringLiteral("ForAnyValue:") + name, QStringLiteral("ForAllValues:") + name,
              name.toLower()}) {
            QVERIFY2(!operatorHelp(spelling).isEmpty(), qPrintable(spelling));
        }
        if (name != QLatin1String("Null"))
            QVERIFY2(!operatorHelp(name + QStringLiteral("IfExists")).isEmpty(), base.data());
    }
}

void TestHelpTexts::shouldExplainEveryKey()
{
    int count = 0;
    for (const engine::data::KeyInfo &key : engine::data::keys()) {
        QVERIFY2(!keyDescription(key.name).isEmpty(), key.name.data());
        // Tag keys are written with a tag name after the prefix.
        const QString written = qs(key.name) + (key.isTagPrefix ? QStringLiteral("team") : QString());
        QVERIFY2(keyHelp(written).contains(keyDescription(key.name)), qPrintable(written));
        ++count;
    }
    QCOMPARE(count, 80);
}

void TestHelpTexts::shouldExplainEveryAction()
{
    int count = 0;
    for (const engine::data::ActionInfo &action : engine::data::actions()) {
        QVERIFY2(!actionDescription(action.name).isEmpty(), action.name.data());
        const QString written = QStringLiteral("secretsmanager:") + qs(action.name);
        QVERIFY2(actionHelp(written).contains(actionDescription(action.name)),
                 qPrintable(written));
        ++count;
    }
    QCOMPARE(count, 23);
}

void TestHelpTexts::shouldSayWhatAnAbsentKeyDoes_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("expected"); // a phrase the help must contain

    // evaluation.md §3.4, row by row.
    QTest::addRow("IfExists first") << "ForAnyValue:StringEqualsIfExists"
                                    << "If the key is absent: true (IfExists)";
    QTest::addRow("ForAllValues:Null") << "ForAllValues:Null" << "always true";
    QTest::addRow("ForAnyValue:Null") << "ForAnyValue:Null" << "always false";
    QTest::addRow("ForAllValues") << "ForAllValues:StringLike"
                                  << "if the key is absent or empty: true";
    QTest::addRow("ForAnyValue") << "ForAnyValue:StringEquals" << "if the key is absent: false";
    QTest::addRow("negated") << "StringNotEquals" << "If the key is absent: true.";
    QTest::addRow("negated ip") << "NotIpAddress" << "If the key is absent: true.";
    QTest::addRow("negated arn") << "ArnNotLike" << "If the key is absent: true.";
    QTest::addRow("plain") << "StringEquals" << "If the key is absent: false.";
    QTest::addRow("plain bool") << "Bool" << "If the key is absent: false.";
    QTest::addRow("BoolIfExists") << "BoolIfExists" << "If the key is absent: true (IfExists)";
    QTest::addRow("Null") << "Null" << "\"true\" holds when the key is absent";
}

void TestHelpTexts::shouldSayWhatAnAbsentKeyDoes()
{
    QFETCH(QString, op);
    QFETCH(QString, expected);
    const QString help = operatorHelp(op);
    QVERIFY2(help.contains(expected), qPrintable(help));
    QVERIFY(help.startsWith(QStringLiteral("<p><b>") + op + QStringLiteral("</b></p>")));
}

void TestHelpTexts::shouldDescribeKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("phrases");

    QTest::addRow("version stage absent on the default call")
        << "secretsmanager:VersionStage"
        << textList({"Absent on the default GetSecretValue call", "Type: text, one value.",
                       "Present only in requests of: GetSecretValue, UpdateSecretVersionStage."});
    QTest::addRow("any case") << "SECRETSMANAGER:versionstage"
                              << textList({"Absent on the default GetSecretValue call"});
    QTest::addRow("multivalued") << "aws:TagKeys"
                                 << textList({"several values (use ForAnyValue: or ForAllValues:)"});
    QTest::addRow("tag key") << "aws:ResourceTag/Team"
                             << textList({"<b>aws:ResourceTag/Team</b>",
                                            "The part after the slash names the tag"});
    QTest::addRow("ip") << "aws:SourceIp" << textList({"Type: IP address, one value."});
    QTest::addRow("global key has no action list")
        << "aws:PrincipalOrgID" << textList({"negated operators on it true"});
}

void TestHelpTexts::shouldDescribeKeys()
{
    QFETCH(QString, key);
    QFETCH(QStringList, phrases);
    const QString help = keyHelp(key);
    for (const QString &p : phrases)
        QVERIFY2(help.contains(p), qPrintable(help));
    if (key.startsWith(QLatin1String("aws:")))
        QVERIFY(!help.contains(QStringLiteral("Present only in requests of")));
}

void TestHelpTexts::shouldDescribeActionsAndPatterns_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("phrase");

    QTest::addRow("read value") << "secretsmanager:GetSecretValue"
                                << "Reads the secret value (decrypted)";
    QTest::addRow("access level") << "secretsmanager:PutResourcePolicy"
                                  << "Access level: Permissions management.";
    QTest::addRow("no resource") << "secretsmanager:ListSecrets" << "Takes no resource";
    QTest::addRow("any case") << "SecretsManager:getsecretvalue" << "Reads the secret value";
    QTest::addRow("pattern") << "secretsmanager:Get*"
                             << "A pattern matching 3 Secrets Manager action(s): "
                                "GetRandomPassword, GetResourcePolicy, GetSecretValue.";
    QTest::addRow("everything") << "*" << "A pattern matching 23 Secrets Manager action(s)";
    QTest::addRow("pattern ignoring case") << "SECRETSMANAGER:describe*"
                                           << "1 Secrets Manager action(s): DescribeSecret.";
    QTest::addRow("pattern without match") << "secretsmanager:Foo*"
                                           << "matches no Secrets Manager action";
    QTest::addRow("typo") << "secretsmanager:GetSecret" << "Not a Secrets Manager action";
    QTest::addRow("other service") << "s3:GetObject" << "An action of another service";
}

void TestHelpTexts::shouldDescribeActionsAndPatterns()
{
    QFETCH(QString, action);
    QFETCH(QString, phrase);
    const QString help = actionHelp(action);
    QVERIFY2(help.contains(phrase), qPrintable(help));
}

void TestHelpTexts::shouldRejectUnknownNames()
{
    QCOMPARE(operatorHelp(QStringLiteral("StringEqualz")), QString());
    QCOMPARE(operatorHelp(QStringLiteral("NullIfExists")), QString());
    QCOMPARE(keyHelp(QStringLiteral("aws:NoSuchKey")), QString());
    QCOMPARE(baseOperatorDescription("Nope"), QString());
    QCOMPARE(keyDescription("aws:NoSuchKey"), QString());
    QCOMPARE(actionDescription("GetSecret"), QString());
}

QTEST_GUILESS_MAIN(TestHelpTexts)
#include "tst_helptexts.moc"
