// sim/scenario.h: writing expectations back into scenario lines (the reading and checking are
// covered through `secret-policy test` in tests/cli and the golden data).
#include "sim/scenario.h"

#include <QtTest>

using engine::Outcome;
using engine::sim::Expectation;

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void withExpectation_data();
    void withExpectation();
    void expectationJsonReadsBack();
    void requestTheServiceNeverReceives();
    void errorsPointIntoTheLineAsWritten();
    void commentLines_data();
    void commentLines();
};

void TestScenario::withExpectation_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("hasExpect");
    QTest::addColumn<QString>("expected");
    const Expectation allowed{Outcome::Allowed, Outcome::Unknown, std::nullopt};
    QTest::addRow("appended")
        << R"({"principal": "anonymous", "x": [1.0, null]})" << true
        << R"({"principal":"anonymous","x":[1.0,null],"expect":{"decision":"Allowed","effectiveDecision":"Unknown"}})";
    QTest::addRow("replaced in place")
        << R"({"a": 1, "expect": {"decision": "Unknown"}, "b": "é"})" << true
        << R"({"a":1,"expect":{"decision":"Allowed","effectiveDecision":"Unknown"},"b":"é"})";
    QTest::addRow("duplicates dropped")
        << R"({"expect": {}, "expect": {"decision": "Unknown"}})" << true
        << R"({"expect":{"decision":"Allowed","effectiveDecision":"Unknown"}})";
    QTest::addRow("removed") << R"({"a": 1, "expect": {"decision": "Unknown"}})" << false
                             << R"({"a":1})";
    QTest::addRow("not an object") << "[1, 2]" << true << QString();
    QTest::addRow("not json") << "{\"a\": " << true << QString();
}

void TestScenario::withExpectation()
{
    QFETCH(QString, line);
    QFETCH(bool, hasExpect);
    QFETCH(QString, expected);
    std::optional<Expectation> expect;
    if (hasExpect)
        expect = Expectation{Outcome::Allowed, Outcome::Unknown, std::nullopt};
    const std::optional<std::string> out = engine::sim::withExpectation(line.toStdString(), expect);
    QCOMPARE(out.has_value(), !expected.isNull());
    if (out)
        QCOMPARE(QString::fromStdString(*out), expected);
}

void TestScenario::expectationJsonReadsBack()
{
    Expectation expect{std::nullopt,
                       Outcome::ExplicitlyDenied,
                       std::vector<engine::MatchedStatement>{{std::string("Deny \"all\""),
                                                              1,
                                                              engine::Effect::Deny,
                                                              engine::PrincipalMatch::Wildcard}}};
    const std::string json = engine::sim::expectationJson(expect);
    const char *const expected
        = "{\"effectiveDecision\":\"ExplicitlyDenied\",\"matched\":[{\"sid\":\"Deny \\\"all\\\"\","
          "\"index\":1,\"effect\":\"Deny\",\"principalMatch\":\"wildcard\"}]}";
    QCOMPARE(QString::fromStdString(json), QString::fromUtf8(expected));
    const engine::sim::ScenarioLine read = engine::sim::readScenarioLine(
        R"({"principal": "anonymous", "action": "secretsmanager:GetSecretValue", )"
        R"("resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", )"
        R"("expect": )"
        + json + "}");
    QVERIFY(read.request);
    QCOMPARE(QString::fromStdString(read.expectError), QString());
    QVERIFY(read.expect);
    QVERIFY(!read.expect->decision);
    QCOMPARE(read.expect->effectiveDecision, Outcome::ExplicitlyDenied);
    QVERIFY(read.expect->matched == expect.matched);
    QCOMPARE(QString::fromStdString(engine::sim::expectationJson({})), QStringLiteral("{}"));
}

// A scenario line whose request Secrets Manager could never receive is an error of that line
// (the Scenarios dock and `secret-policy test` show it), even when its "expect" is well formed.
void TestScenario::requestTheServiceNeverReceives()
{
    const engine::sim::ScenarioLine read = engine::sim::readScenarioLine(
        R"({"principal": "anonymous", "action": "secretsmanager:Get*", )"
        R"("resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", )"
        R"("expect": {"decision": "ExplicitlyDenied"}})");
    QVERIFY(!read.request);
    QCOMPARE(QString::fromStdString(read.error),
             QStringLiteral("\"action\" must name one action, not a pattern: "
                            "\"secretsmanager:Get*\" (wildcards belong in policies)"));
    QVERIFY(read.expect);
}

// The line is read once and its request taken from that tree: a position in an error is one in
// the line as written, also when the line has an "expect" member (it used to point into the
// line rewritten without it).
void TestScenario::errorsPointIntoTheLineAsWritten()
{
    const engine::sim::ScenarioLine read = engine::sim::readScenarioLine(
        R"({"expect": {"decision": "Allowed"}, "principal": "anonymous", "action": "a:b", "action": "a:c"})");
    QVERIFY(!read.request);
    QCOMPARE(QString::fromStdString(read.error),
             QStringLiteral("duplicate key \"action\" at line 1, column 80"));
    QVERIFY(read.expect);
}

void TestScenario::commentLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("skipped");
    QTest::addRow("empty") << "" << true;
    QTest::addRow("blank with CR") << " \t\r" << true;
    QTest::addRow("comment") << "  # policy: p.json" << true;
    QTest::addRow("request") << "{\"a\": \"#\"}" << false;
}

void TestScenario::commentLines()
{
    QFETCH(QString, line);
    QFETCH(bool, skipped);
    QCOMPARE(engine::sim::isCommentOrBlankLine(line.toStdString()), skipped);
}

QTEST_MAIN(TestScenario)
#include "tst_scenario.moc"
