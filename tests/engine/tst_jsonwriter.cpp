// Tests of json::write (engine/json/writer.h): compact and indented output keep member order,
// duplicate keys and number spelling, and re-read to the same tree.
#include "json/reader.h"
#include "json/writer.h"

#include <QTest>

using namespace engine::json;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldWrite_data();
    void shouldWrite();
};

void TestJsonWriter::shouldWrite_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("indent");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("compact") << QByteArray("{ \"b\" : [1.50, -0, 1e5], \"a\": {} }") << 0
                             << QByteArray("{\"b\":[1.50,-0,1e5],\"a\":{}}");
    QTest::addRow("duplicates kept") << QByteArray("{\"a\":1,\"a\":2}") << 0
                                     << QByteArray("{\"a\":1,\"a\":2}");
    QTest::addRow("escapes") << QByteArray("[\"tab\\there\", \"\\u00e9\", \"q\\\"\"]") << 0
                             << QByteArray("[\"tab\\there\",\"\xc3\xa9\",\"q\\\"\"]");
    QTest::addRow("indent 2") << QByteArray("{\"a\":[true,null],\"b\":[],\"c\":{}}") << 2
                              << QByteArray("{\n  \"a\": [\n    true,\n    null\n  ],\n"
                                            "  \"b\": [],\n  \"c\": {}\n}");
    QTest::addRow("indent 4 scalar") << QByteArray("  \"x\" ") << 4 << QByteArray("\"x\"");
}

void TestJsonWriter::shouldWrite()
{
    QFETCH(QByteArray, input);
    QFETCH(int, indent);
    QFETCH(QByteArray, expected);

    const ReadResult in = read(std::string_view(input.constData(), std::size_t(input.size())));
    QVERIFY2(in.ok, in.error.toString().c_str());
    const std::string out = write(in.value, indent);
    QCOMPARE(QByteArray::fromStdString(out), expected);

    const ReadResult again = read(out);
    QVERIFY(again.ok);
    QVERIFY(again.value == in.value);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
