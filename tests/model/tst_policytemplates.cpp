// templateText(): a template re-indented for the "indentation for new text" preference keeps
// every byte but the leading spaces, and stays the same policy.
#include "policytemplates.h"

#include "json/reader.h"
#include "json/writer.h"

#include <QtTest>

class TestPolicyTemplates : public QObject
{
    Q_OBJECT

private slots:
    void shouldReindentLeadingSpacesOnly_data();
    void shouldReindentLeadingSpacesOnly();
    void shouldKeepEveryTemplateTheSamePolicy();
};

void TestPolicyTemplates::shouldReindentLeadingSpacesOnly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("spaces");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray text("{\n  \"a\": [\n    \"x  y\"\n  ]\n}\n");
    QTest::addRow("2 stays") << text << 2 << text;
    QTest::addRow("1") << text << 1 << QByteArray("{\n \"a\": [\n  \"x  y\"\n ]\n}\n");
    QTest::addRow("4") << text << 4 << QByteArray("{\n    \"a\": [\n        \"x  y\"\n    ]\n}\n");
    QTest::addRow("8") << text << 8
                       << QByteArray("{\n        \"a\": [\n                \"x  y\"\n        ]\n}\n");
    QTest::addRow("odd lead keeps its extra space")
        << QByteArray("{\n   \"a\": 1\n}") << 4 << QByteArray("{\n     \"a\": 1\n}");
    QTest::addRow("out of range is clamped") << text << 12
                                             << QByteArray("{\n        \"a\": [\n                \"x  y\"\n        ]\n}\n");
    QTest::addRow("empty") << QByteArray() << 4 << QByteArray();
}

void TestPolicyTemplates::shouldReindentLeadingSpacesOnly()
{
    QFETCH(QByteArray, text);
    QFETCH(int, spaces);
    QFETCH(QByteArray, expected);
    model::PolicyTemplate tpl;
    tpl.text = text;
    QCOMPARE(model::templateText(tpl, spaces), expected);
}

void TestPolicyTemplates::shouldKeepEveryTemplateTheSamePolicy()
{
    for (const model::PolicyTemplate &tpl : model::policyTemplates()) {
        const auto compact = [](const QByteArray &t) {
            const auto doc = engine::json::read(std::string_view(t.constData(), std::size_t(t.size())));
            return doc.ok ? engine::json::write(doc.value) : std::string("<invalid>");
        };
        for (int spaces = 1; spaces <= 8; ++spaces)
            QCOMPARE(compact(model::templateText(tpl, spaces)), compact(tpl.text));
    }
}

QTEST_MAIN(TestPolicyTemplates)
#include "tst_policytemplates.moc"
