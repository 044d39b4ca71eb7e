// Tests of the decision object's JSON form (requests.md "A decision"): field order, names of
// outcomes and match kinds, null Sids, escaping.
#include "eval/decision.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace engine;

Q_DECLARE_METATYPE(engine::Decision)

class TestDecisionJson : public QObject
{
    Q_OBJECT

private slots:
    void shouldNameOutcomesAndMatches();
    void shouldWriteOneLineInFieldOrder_data();
    void shouldWriteOneLineInFieldOrder();
};

void TestDecisionJson::shouldNameOutcomesAndMatches()
{
    QCOMPARE(QString::fromLatin1(outcomeName(Outcome::Allowed)), QStringLiteral("Allowed"));
    QCOMPARE(QString::fromLatin1(outcomeName(Outcome::ExplicitlyDenied)),
             QStringLiteral("ExplicitlyDenied"));
    QCOMPARE(QString::fromLatin1(outcomeName(Outcome::ImplicitlyDenied)),
             QStringLiteral("ImplicitlyDenied"));
    QCOMPARE(QString::fromLatin1(outcomeName(Outcome::Unknown)), QStringLiteral("Unknown"));
    QCOMPARE(QString::fromLatin1(principalMatchName(PrincipalMatch::Direct)),
             QStringLiteral("direct"));
    QCOMPARE(QString::fromLatin1(principalMatchName(PrincipalMatch::Wildcard)),
             QStringLiteral("wildcard"));
    QCOMPARE(QString::fromLatin1(principalMatchName(PrincipalMatch::Account)),
             QStringLiteral("account"));
}

void TestDecisionJson::shouldWriteOneLineInFieldOrder_data()
{
    QTest::addColumn<Decision>("decision");
    QTest::addColumn<QString>("json");

    Decision nothing;
    nothing.explain = "no statement applies";
    QTest::addRow("implicit deny, nothing matched")
        << nothing
        << QStringLiteral(
               R"({"decision":"ImplicitlyDenied","effectiveDecision":"ImplicitlyDenied",)"
               R"("matched":[],"explain":"no statement applies","warnings":[]})");

    Decision example;
    example.decision = Outcome::Allowed;
    example.effectiveDecision = Outcome::Allowed;
    example.matched.push_back(
        {std::string("ReadCurrent"), 0, Effect::Allow, PrincipalMatch::Direct});
    example.explain = "Statement ReadCurrent allows: principal matches, action matches, condition "
                      "ForAnyValue:StringEquals secretsmanager:VersionStage holds";
    example.trace.push_back(StatementTrace{}); // not part of the JSON
    QTest::addRow("requests.md example")
        << example
        << QStringLiteral(
               R"({"decision":"Allowed","effectiveDecision":"Allowed","matched":[{"sid":"ReadCurrent",)"
               R"("index":0,"effect":"Allow","principalMatch":"direct"}],"explain":"Statement )"
               R"(ReadCurrent allows: principal matches, action matches, condition )"
               R"(ForAnyValue:StringEquals secretsmanager:VersionStage holds","warnings":[]})");

    Decision several;
    several.decision = Outcome::ExplicitlyDenied;
    several.effectiveDecision = Outcome::Unknown;
    several.matched.push_back({std::nullopt, 1, Effect::Allow, PrincipalMatch::Account});
    several.matched.push_back(
        {std::string("Quote\"\\Sid"), 3, Effect::Deny, PrincipalMatch::Wildcard});
    several.explain = "line1\nline2 \xc3\xa9";
    several.warnings = {"also needs kms:Decrypt", "tab\there"};
    QTest::addRow("null sid, escaping, warnings")
        << several
        << QStringLiteral(
               R"({"decision":"ExplicitlyDenied","effectiveDecision":"Unknown","matched":[)"
               R"({"sid":null,"index":1,"effect":"Allow","principalMatch":"account"},)"
               R"({"sid":"Quote\"\\Sid","index":3,"effect":"Deny","principalMatch":"wildcard"}],)"
               R"("explain":"line1\nline2 )")
               + QString(QChar(0xe9))
               + QStringLiteral(R"(","warnings":["also needs kms:Decrypt","tab\there"]})");
}

void TestDecisionJson::shouldWriteOneLineInFieldOrder()
{
    QFETCH(Decision, decision);
    QFETCH(QString, json);
    const std::string text = toJson(decision);
    QCOMPARE(QString::fromStdString(text), json);
    QVERIFY(text.find('\n') == std::string::npos);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().keys().size(), 5);
}

QTEST_GUILESS_MAIN(TestDecisionJson)
#include "tst_decisionjson.moc"
