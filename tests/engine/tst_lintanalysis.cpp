// engine::analyze(): the JSON tree, the policy and the findings from one parse of the text,
// the same findings as lint(), and the cheap checks alone when asked (the editor, past AWS's
// size limit).
#include "json/reader.h"
#include "lint/linter.h"

#include <QtTest>

#include <algorithm>
#include <string>

namespace {

const std::string openPolicy = R"({"Version": "2012-10-17", "Statement": [
  {"Sid": "Open", "Effect": "Allow", "Principal": "*",
   "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]})";

// A policy past 20,480 characters whose statements are public and repeat each other.
std::string hugePublicPolicy()
{
    std::string text = R"({"Version": "2012-10-17", "Statement": [)";
    for (int i = 0; i < 250; ++i) {
        if (i > 0)
            text += ", ";
        text += R"({"Effect": "Allow", "Principal": "*", "Action": "secretsmanager:GetSecretValue", "Resource": "*"})";
    }
    return text + "]}";
}

bool hasId(const std::vector<engine::Diagnostic> &ds, const std::string &id)
{
    return std::any_of(ds.begin(), ds.end(), [&](const engine::Diagnostic &d) { return d.id == id; });
}

} // namespace

class TestLintAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseOnce_data();
    void shouldParseOnce();
    void shouldFindWhatLintFinds();
    void shouldRunOnlyCheapChecksWhenAsked();
};

void TestLintAnalysis::shouldParseOnce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("policy");
    QTest::addRow("valid") << QString::fromStdString(openPolicy) << true << true;
    QTest::addRow("syntax error") << QStringLiteral("{\"Version\": ") << false << false;
    QTest::addRow("duplicate key")
        << QStringLiteral("{\"Version\": \"2012-10-17\", \"Version\": \"2012-10-17\", "
                          "\"Statement\": []}")
        << true << false;
    QTest::addRow("structural error")
        << QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Maybe\"}]}")
        << true << false;
}

void TestLintAnalysis::shouldParseOnce()
{
    QFETCH(QString, text);
    QFETCH(bool, json);
    QFETCH(bool, policy);
    const std::string utf8 = text.toStdString();
    const engine::json::ReadCounts before = engine::json::readCounts();
    const engine::Analysis analysis = engine::analyze(utf8);
    const engine::json::ReadCounts after = engine::json::readCounts();
    QCOMPARE(after.texts - before.texts, 1u);
    QCOMPARE(after.bytes - before.bytes, std::uint64_t(utf8.size()));
    QCOMPARE(analysis.document.ok, json);
    QCOMPARE(analysis.policy.has_value(), policy);
    QVERIFY(!analysis.findings.empty() || policy);
}

void TestLintAnalysis::shouldFindWhatLintFinds()
{
    for (const std::string &text : {openPolicy, hugePublicPolicy(), std::string("[1, 2")}) {
        engine::LintOptions options;
        options.secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf";
        const engine::Analysis analysis = engine::analyze(text, options);
        const std::vector<engine::Diagnostic> linted = engine::lint(text, options);
        QCOMPARE(analysis.findings.size(), linted.size());
        for (std::size_t i = 0; i < linted.size(); ++i) {
            QCOMPARE(analysis.findings[i].id, linted[i].id);
            QCOMPARE(analysis.findings[i].path, linted[i].path);
            QCOMPARE(analysis.findings[i].message, linted[i].message);
        }
    }
    QVERIFY(hasId(engine::lint(openPolicy), "public-access"));
}

void TestLintAnalysis::shouldRunOnlyCheapChecksWhenAsked()
{
    const std::string text = hugePublicPolicy();
    QVERIFY(text.size() > 20480);
    engine::LintOptions cheap;
    cheap.cheapChecksOnly = true;
    const engine::Analysis analysis = engine::analyze(text, cheap);
    QVERIFY(analysis.policy);
    QCOMPARE(analysis.policy->statements.size(), std::size_t(250));
    QVERIFY(hasId(analysis.findings, "policy-too-large"));
    QVERIFY(!hasId(analysis.findings, "public-access"));
    QVERIFY(!hasId(analysis.findings, "redundant-statement"));
    QVERIFY(hasId(engine::lint(text), "public-access")); // all checks without the option

    // Structural errors are cheap: they are still reported.
    std::string broken = text;
    broken.replace(broken.find("\"Allow\""), 7, "\"Maybe\"");
    QVERIFY(hasId(engine::analyze(broken, cheap).findings, "invalid-effect"));
}

QTEST_MAIN(TestLintAnalysis)
#include "tst_lintanalysis.moc"
