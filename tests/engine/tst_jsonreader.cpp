// Tests of the strict JSON reader (engine/json/reader.h): structure and spans of valid texts,
// the exact place and message of every kind of error, bounds on depth and size, positionAt()
// and quote().
#include "json/reader.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <string>

using namespace engine::json;

namespace {

std::string toStd(const QByteArray &bytes)
{
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QString positionText(const Position &p)
{
    return QStringLiteral("%1:%2+%3").arg(p.line).arg(p.column).arg(p.offset);
}

QString spanText(const Span &s)
{
    return positionText(s.begin) + QLatin1Char(' ') + positionText(s.end);
}

// One line per key and value in document order: "<path> <kind> <text> <begin> <end>", with
// positions as line:column+offset. Strings are shown quoted, containers by their size.
void dump(const Value &v, const QString &path, QStringList &out)
{
    QString text;
    switch (v.kind) {
    case Kind::String:
        text = QString::fromStdString(quote(v.text));
        break;
    case Kind::Number:
    case Kind::Bool:
        text = QString::fromStdString(v.text);
        break;
    case Kind::Array:
        text = QString::number(v.items.size());
        break;
    case Kind::Object:
        text = QString::number(v.members.size());
        break;
    case Kind::Null:
        text = QStringLiteral("-");
        break;
    }
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(path, QString::fromLatin1(kindName(v.kind)), text, spanText(v.span));
    for (std::size_t i = 0; i < v.items.size(); ++i)
        dump(v.items[i], path + QLatin1Char('/') + QString::number(i), out);
    for (const Member &m : v.members) {
        const QString memberPath = path + QLatin1Char('/') + QString::fromStdString(m.key);
        out << QStringLiteral("%1 key %2 %3")
                   .arg(memberPath, QString::fromStdString(quote(m.key)), spanText(m.keySpan));
        dump(m.value, memberPath, out);
    }
}

QStringList dump(const Value &v)
{
    QStringList out;
    dump(v, QStringLiteral("#"), out);
    return out;
}

// A policy that uses every part of the grammar: CRLF and LF line ends, escapes, a surrogate
// pair, non-ASCII text, numbers, literals, nesting.
const char *const kSamplePolicy
    = "{\r\n"
      "  \"Version\": \"2012-10-17\",\r\n"
      "  \"Id\": \"caf\xc3\xa9 \\u00e9 \\ud83d\\ude00 \\\"q\\\" \xe6\x97\xa5\",\n"
      "  \"Statement\": [\n"
      "    {\"Sid\": \"A\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"123456789012\"]},\n"
      "     \"Action\": [\"secretsmanager:GetSecretValue\"], \"Resource\": \"*\",\n"
      "     \"Condition\": {\"NumericLessThan\": {\"k\": [-1.50e+3, 0, 12]},\n"
      "                   \"Bool\": {\"aws:SecureTransport\": true, \"x\": false},\n"
      "                   \"Null\": {\"n\": null}}}\n"
      "  ]\n"
      "}";

// A realistic policy of about 20,480 characters (the Secrets Manager limit).
std::string largePolicy()
{
    std::string text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n";
    int i = 0;
    while (text.size() < 20000) {
        if (i > 0)
            text += ",\n";
        const std::string n = std::to_string(i++);
        text += "    {\n      \"Sid\": \"Statement" + n
                + "\",\n"
                  "      \"Effect\": \"Allow\",\n"
                  "      \"Principal\": {\"AWS\": [\"arn:aws:iam::123456789012:role/r"
                + n
                + "\", \"210987654321\"]},\n"
                  "      \"Action\": [\"secretsmanager:GetSecretValue\", "
                  "\"secretsmanager:DescribeSecret\"],\n"
                  "      \"Resource\": \"*\",\n"
                  "      \"Condition\": {\"StringEquals\": {\"secretsmanager:VersionStage\": "
                  "\"AWSCURRENT\"}, \"NumericLessThan\": {\"x\": 1.5}}\n    }";
    }
    text += "\n  ]\n}\n";
    return text;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void collectSpans(const Value &v, std::vector<Span> &spans, std::vector<const Value *> &values)
{
    spans.push_back(v.span);
    values.push_back(&v);
    for (const Value &item : v.items)
        collectSpans(item, spans, values);
    for (const Member &m : v.members) {
        spans.push_back(m.keySpan);
        values.push_back(nullptr);
        collectSpans(m.value, spans, values);
    }
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readsStructureAndSpans_data();
    void readsStructureAndSpans();
    void keepsNumberSpelling_data();
    void keepsNumberSpelling();
    void decodesStrings_data();
    void decodesStrings();
    void reportsErrors_data();
    void reportsErrors();
    void boundsDeepNesting_data();
    void boundsDeepNesting();
    void readsDeepNestingWithinTheLimit();
    void reportsEveryTruncatedPrefix();
    void spansPointAtTheirText();
    void boundsSize();
    void positionAtCountsLikeTheReader_data();
    void positionAtCountsLikeTheReader();
    void quoteEscapes_data();
    void quoteEscapes();
    void quoteRoundTrips_data();
    void quoteRoundTrips();
    void errorToString();
    void readsAPolicyNearTheSizeLimitFast();
};

void TestJsonReader::readsStructureAndSpans_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("literal") << QByteArray("true")
                             << QStringList{QStringLiteral("# boolean true 1:1+0 1:5+4")};
    QTest::addRow("null with whitespace")
        << QByteArray(" \t null  ") << QStringList{QStringLiteral("# null - 1:4+3 1:8+7")};
    QTest::addRow("escaped string")
        << QByteArray("\"a\\u00e9\\n\"")
        << QStringList{QString::fromUtf8("# string \"a\xc3\xa9\\n\" 1:1+0 1:12+11")};
    QTest::addRow("nested, non-ASCII")
        << QByteArray("{\"a\": [1, \"\xc3\xa9\"], \"b\": {}}")
        << QStringList{QStringLiteral("# object 2 1:1+0 1:25+25"),
                       QStringLiteral("#/a key \"a\" 1:2+1 1:5+4"),
                       QStringLiteral("#/a array 2 1:7+6 1:15+15"),
                       QStringLiteral("#/a/0 number 1 1:8+7 1:9+8"),
                       QString::fromUtf8("#/a/1 string \"\xc3\xa9\" 1:11+10 1:14+14"),
                       QStringLiteral("#/b key \"b\" 1:17+17 1:20+20"),
                       QStringLiteral("#/b object 0 1:22+22 1:24+24")};
    QTest::addRow("CRLF, duplicate keys kept in order")
        << QByteArray("{\r\n  \"k\": -0,\r\n  \"k\": 1e5\r\n}")
        << QStringList{QStringLiteral("# object 2 1:1+0 4:2+28"),
                       QStringLiteral("#/k key \"k\" 2:3+5 2:6+8"),
                       QStringLiteral("#/k number -0 2:8+10 2:10+12"),
                       QStringLiteral("#/k key \"k\" 3:3+17 3:6+20"),
                       QStringLiteral("#/k number 1e5 3:8+22 3:11+25")};
    QTest::addRow("lone CR") << QByteArray("[\r1,\r\r\"x\"]")
                             << QStringList{QStringLiteral("# array 2 1:1+0 4:5+10"),
                                            QStringLiteral("#/0 number 1 2:1+2 2:2+3"),
                                            QStringLiteral("#/1 string \"x\" 4:1+6 4:4+9")};
    QTest::addRow("two-byte key, three-byte value on the next line")
        << QByteArray("{\"\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\":\n \"\xe6\x97\xa5\xe6\x9c\xac\"}")
        << QStringList{QStringLiteral("# object 1 1:1+0 2:7+23"),
                       QString::fromUtf8("#/\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87 key "
                                         "\"\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\" 1:2+1 1:8+11"),
                       QString::fromUtf8("#/\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87 string "
                                         "\"\xe6\x97\xa5\xe6\x9c\xac\" 2:2+14 2:6+22")};
    QTest::addRow("four-byte character")
        << QByteArray("[\"\xf0\x9f\x98\x80\", 1]")
        << QStringList{QStringLiteral("# array 2 1:1+0 1:9+11"),
                       QString::fromUtf8("#/0 string \"\xf0\x9f\x98\x80\" 1:2+1 1:5+7"),
                       QStringLiteral("#/1 number 1 1:7+9 1:8+10")};
    QTest::addRow("byte order mark skipped, offsets count it")
        << QByteArray("\xef\xbb\xbf{\"a\":true}")
        << QStringList{QStringLiteral("# object 1 1:1+3 1:11+13"),
                       QStringLiteral("#/a key \"a\" 1:2+4 1:5+7"),
                       QStringLiteral("#/a boolean true 1:6+8 1:10+12")};
    QTest::addRow("empty containers")
        << QByteArray("[[],{ },[[ ]]]")
        << QStringList{QStringLiteral("# array 3 1:1+0 1:15+14"),
                       QStringLiteral("#/0 array 0 1:2+1 1:4+3"),
                       QStringLiteral("#/1 object 0 1:5+4 1:8+7"),
                       QStringLiteral("#/2 array 1 1:9+8 1:14+13"),
                       QStringLiteral("#/2/0 array 0 1:10+9 1:13+12")};
    QTest::addRow("empty key, false, null")
        << QByteArray("{\"\":false,\"n\":null}")
        << QStringList{QStringLiteral("# object 2 1:1+0 1:20+19"),
                       QStringLiteral("#/ key \"\" 1:2+1 1:4+3"),
                       QStringLiteral("#/ boolean false 1:5+4 1:10+9"),
                       QStringLiteral("#/n key \"n\" 1:11+10 1:14+13"),
                       QStringLiteral("#/n null - 1:15+14 1:19+18")};
}

void TestJsonReader::readsStructureAndSpans()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const ReadResult r = read(toStd(input));
    QVERIFY2(r.ok, r.error.toString().c_str());
    QCOMPARE(dump(r.value), expected);
}

void TestJsonReader::keepsNumberSpelling_data()
{
    QTest::addColumn<QByteArray>("input");
    for (const char *n : {"0",
                          "-0",
                          "1.50",
                          "1e5",
                          "1E+5",
                          "-12.5e-3",
                          "0.0",
                          "123456789012345678901234567890",
                          "1.0000000000000000000001",
                          "9e999"})
        QTest::addRow("%s", n) << QByteArray(n);
}

void TestJsonReader::keepsNumberSpelling()
{
    QFETCH(QByteArray, input);
    const ReadResult r = read("[" + toStd(input) + "]");
    QVERIFY2(r.ok, r.error.toString().c_str());
    QCOMPARE(r.value.items.size(), 1u);
    QCOMPARE(r.value.items[0].kind, Kind::Number);
    QCOMPARE(QByteArray::fromStdString(r.value.items[0].text), input);
    QCOMPARE(r.value.items[0].span.end.offset, std::size_t(input.size()) + 1);
}

void TestJsonReader::decodesStrings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addRow("simple escapes")
        << QByteArray(R"("\"\\\/\b\f\n\r\t")") << QByteArray("\"\\/\b\f\n\r\t");
    QTest::addRow("one-byte \\u") << QByteArray(R"("\u0041\u007f")") << QByteArray("A\x7f");
    QTest::addRow("two-byte \\u") << QByteArray(R"("\u00e9\u07FF")")
                                  << QByteArray("\xc3\xa9\xdf\xbf");
    QTest::addRow("three-byte \\u")
        << QByteArray(R"("\u20AC\uFFFF")") << QByteArray("\xe2\x82\xac\xef\xbf\xbf");
    QTest::addRow("surrogate pair")
        << QByteArray(R"("\ud83d\ude00")") << QByteArray("\xf0\x9f\x98\x80");
    QTest::addRow("highest pair") << QByteArray(R"("\uDBFF\uDFFF")")
                                  << QByteArray("\xf4\x8f\xbf\xbf");
    QTest::addRow("NUL escape") << QByteArray(R"("a\u0000b")") << QByteArray("a\0b", 3);
    QTest::addRow("raw UTF-8 kept")
        << QByteArray("\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf\x7f\"")
        << QByteArray("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf\x7f");
    QTest::addRow("escapes between text")
        << QByteArray(R"("ab\ncd\tef")") << QByteArray("ab\ncd\tef");
}

void TestJsonReader::decodesStrings()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, decoded);
    const ReadResult r = read(toStd(input));
    QVERIFY2(r.ok, r.error.toString().c_str());
    QCOMPARE(r.value.kind, Kind::String);
    QCOMPARE(QByteArray::fromStdString(r.value.text), decoded);
}

void TestJsonReader::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name,
                        const QByteArray &input,
                        int line,
                        int column,
                        int offset,
                        const char *message,
                        int maxDepth = 256) {
        QTest::addRow("%s", name) << input << maxDepth << line << column << offset
                                  << QString::fromUtf8(message);
    };
    // Empty text and the end of the text.
    row("empty", "", 1, 1, 0, "empty text");
    row("only whitespace", "  \n ", 2, 2, 4, "empty text");
    row("only a byte order mark", "\xef\xbb\xbf", 1, 1, 3, "empty text");
    row("unterminated object", "{\"a\":1", 1, 7, 6, "unexpected end of text");
    row("unterminated object, CRLF", "{\"a\":1,\r\n", 2, 1, 9, "unexpected end of text");
    row("unterminated array, lone CR", "[1\r", 2, 1, 3, "unexpected end of text");
    row("after a key", "{\"a\"", 1, 5, 4, "unexpected end of text");
    row("after a colon", "{\"a\": ", 1, 7, 6, "unexpected end of text");
    row("unterminated string", "\"abc", 1, 5, 4, "unexpected end of text");
    row("end in an escape", "\"\\", 1, 3, 2, "unexpected end of text");
    row("end in \\u", "\"\\u12", 1, 6, 5, "unexpected end of text");
    row("end after a high surrogate", "\"\\ud800", 1, 8, 7, "unexpected end of text");
    row("end after a high surrogate and \\", "\"\\ud800\\", 1, 9, 8, "unexpected end of text");
    row("end in a literal", "tru", 1, 4, 3, "unexpected end of text");
    row("end after minus", "-", 1, 2, 1, "unexpected end of text");
    row("end after point", "1.", 1, 3, 2, "unexpected end of text");
    row("end after exponent sign", "1e+", 1, 4, 3, "unexpected end of text");
    // Structure.
    row("trailing characters", "{} x", 1, 4, 3, "trailing characters after the JSON value");
    row("two values", "1 2", 1, 3, 2, "trailing characters after the JSON value");
    row("comment after", "{} // c", 1, 4, 3, "trailing characters after the JSON value");
    row("comment before", "/* */{}", 1, 1, 0, "expected a value");
    row("trailing comma in an object", "{\"a\":1,}", 1, 8, 7, "expected a property name");
    row("trailing comma in an object, CRLF",
        "{\r\n  \"a\": 1,\r\n}",
        3,
        1,
        14,
        "expected a property name");
    row("trailing comma in an array", "[1,]", 1, 4, 3, "expected a value");
    row("leading comma in an array", "[,1]", 1, 2, 1, "expected a value");
    row("unquoted key", "{a:1}", 1, 2, 1, "expected a property name");
    row("single-quoted key", "{'a':1}", 1, 2, 1, "expected a property name");
    row("single-quoted value", "['a']", 1, 2, 1, "expected a value");
    row("missing colon", "{\"a\" 1}", 1, 6, 5, "expected `:` after a property name");
    row("missing comma in an object",
        "{\"a\":1 \"b\":2}",
        1,
        8,
        7,
        "expected `,` or `}` after a property value");
    row("missing comma in an array",
        "[1 2]",
        1,
        4,
        3,
        "expected `,` or `]` after an array element");
    row("wrong closer of an array", "[1}", 1, 3, 2, "expected `,` or `]` after an array element");
    row("wrong closer of an object",
        "{\"a\":1]",
        1,
        7,
        6,
        "expected `,` or `}` after a property value");
    row("missing value", "{\"a\":}", 1, 6, 5, "expected a value");
    row("byte order mark in the middle", " \xef\xbb\xbf{}", 1, 2, 1, "expected a value");
    row("form feed is not whitespace", "\f[]", 1, 1, 0, "expected a value");
    row("non-ASCII outside strings", "[\xc3\xa9]", 1, 2, 1, "expected a value");
    row("error after non-ASCII on the line", "{\"\xc3\xa9\": x}", 1, 7, 7, "invalid literal `x`");
    // Literals.
    row("literal cut short", "[tru]", 1, 5, 4, "invalid literal `tru`");
    row("capitalised literal", "True", 1, 1, 0, "invalid literal `True`");
    row("literal too long", "nulls", 1, 5, 4, "invalid literal `nulls`");
    row("NaN", "[NaN]", 1, 2, 1, "invalid literal `NaN`");
    row("literal with a space", "[fals e]", 1, 6, 5, "invalid literal `fals`");
    row("long word shortened",
        "[abcdefghijklmnopqrstuvwxyz0123]",
        1,
        2,
        1,
        "invalid literal `abcdefghijklmnopqrstuvwx...`");
    // Numbers.
    row("leading zero", "01", 1, 2, 1, "leading zeros are not allowed");
    row("negative leading zero", "[-01]", 1, 4, 3, "leading zeros are not allowed");
    row("minus without digits", "-a", 1, 2, 1, "expected a digit after `-`");
    row("minus minus", "--1", 1, 2, 1, "expected a digit after `-`");
    row("plus sign", "+1", 1, 1, 0, "expected a value");
    row("leading point", ".5", 1, 1, 0, "expected a value");
    row("point without digits", "1.e3", 1, 3, 2, "expected a digit after `.`");
    row("exponent without digits", "[1ex]", 1, 4, 3, "expected a digit in the exponent");
    row("hexadecimal", "0x10", 1, 2, 1, "trailing characters after the JSON value");
    // Strings.
    row("line break in a string", "[\"a\nb\"]", 1, 4, 3, "unescaped line break in a string");
    row("CR in a string", "\"a\rb\"", 1, 3, 2, "unescaped line break in a string");
    row("tab in a string", "\"a\tb\"", 1, 3, 2, "unescaped tab in a string");
    row("control character in a string",
        "\"\x01\"",
        1,
        2,
        1,
        "unescaped control character U+0001 in a string");
    row("unit separator in a string",
        "\"\x1f\"",
        1,
        2,
        1,
        "unescaped control character U+001F in a string");
    row("invalid escape", "\"\\x\"", 1, 3, 2, "invalid escape `\\x`");
    row("escaped single quote", "\"\\'\"", 1, 3, 2, "invalid escape `\\'`");
    row("escaped non-ASCII", "\"\\\xc3\xa9\"", 1, 3, 2, "invalid escape `\\\xc3\xa9`");
    row("escaped line break", "\"\\\n\"", 1, 3, 2, "invalid escape: `\\` followed by U+000A");
    row("bad hex digit", "\"\\u12G4\"", 1, 6, 5, "expected 4 hex digits after `\\u`");
    row("upper-case U", "\"\\U0041\"", 1, 3, 2, "invalid escape `\\U`");
    row("lone high surrogate", "\"\\ud800\"", 1, 2, 1, "unpaired surrogate `\\ud800`");
    row("lone low surrogate", "\"a\\uDC00\"", 1, 3, 2, "unpaired surrogate `\\uDC00`");
    row("high surrogate, then a letter", "\"\\ud800x\"", 1, 2, 1, "unpaired surrogate `\\ud800`");
    row("high surrogate, then another escape",
        "\"\\ud800\\n\"",
        1,
        2,
        1,
        "unpaired surrogate `\\ud800`");
    row("high surrogate, then no low",
        "\"\\ud800\\u0041\"",
        1,
        2,
        1,
        "unpaired surrogate `\\ud800`");
    row("two high surrogates", "\"\\uD83D\\uD83D\"", 1, 2, 1, "unpaired surrogate `\\uD83D`");
    row("bad hex in the low surrogate",
        "\"\\ud800\\udx00\"",
        1,
        11,
        10,
        "expected 4 hex digits after `\\u`");
    // UTF-8.
    row("0xff in a string", "\"\xff\"", 1, 2, 1, "invalid UTF-8 byte 0xff");
    row("lone continuation byte", "\"\x80\"", 1, 2, 1, "invalid UTF-8 byte 0x80");
    row("overlong two bytes (C0)", "\"\xc0\xaf\"", 1, 2, 1, "invalid UTF-8 byte 0xc0");
    row("overlong two bytes (C1)", "\"\xc1\xbf\"", 1, 2, 1, "invalid UTF-8 byte 0xc1");
    row("overlong three bytes", "\"\xe0\x80\xaf\"", 1, 2, 1, "overlong UTF-8 sequence");
    row("overlong four bytes", "\"\xf0\x80\x80\xaf\"", 1, 2, 1, "overlong UTF-8 sequence");
    row("surrogate in UTF-8", "\"\xed\xa0\x80\"", 1, 2, 1, "surrogate code point encoded in UTF-8");
    row("above U+10FFFF", "\"\xf4\x90\x80\x80\"", 1, 2, 1, "code point above U+10FFFF");
    row("lead byte 0xf5", "\"\xf5\x80\x80\x80\"", 1, 2, 1, "invalid UTF-8 byte 0xf5");
    row("truncated sequence", "\"\xe2\x82\"", 1, 3, 3, "truncated UTF-8 sequence");
    row("truncated four-byte sequence",
        "\"\xf0\x9f\x98"
        "a\"",
        1,
        3,
        4,
        "truncated UTF-8 sequence");
    row("truncated at the end", "\"\xe2\x82", 1, 3, 3, "truncated UTF-8 sequence");
    row("after a valid character", "\"\xc3\xa9\xff\"", 1, 3, 3, "invalid UTF-8 byte 0xff");
    row("invalid byte in a key", "{\"\xff\":1}", 1, 3, 2, "invalid UTF-8 byte 0xff");
    row("invalid byte outside strings", "[\xff]", 1, 2, 1, "invalid UTF-8 byte 0xff");
    row("truncated outside strings", "[\xe2\x82]", 1, 3, 3, "truncated UTF-8 sequence");
    row("invalid byte after the value", "{}\xfe", 1, 3, 2, "invalid UTF-8 byte 0xfe");
    row("invalid byte after an element", "[1\x80]", 1, 3, 2, "invalid UTF-8 byte 0x80");
    // Depth.
    row("too deep arrays", "[[[]]]", 1, 3, 2, "nesting deeper than 2 levels", 2);
    row("too deep objects", "{\"a\":{\"b\":{}}}", 1, 11, 10, "nesting deeper than 2 levels", 2);
    row("depth zero", "[]", 1, 1, 0, "nesting deeper than 0 levels", 0);
}

void TestJsonReader::reportsErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxDepth);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);
    QFETCH(QString, message);
    ReadOptions options;
    options.maxDepth = maxDepth;
    const ReadResult r = read(toStd(input), options);
    QVERIFY(!r.ok);
    QCOMPARE(QString::fromStdString(r.error.message), message);
    QCOMPARE(r.error.position.line, line);
    QCOMPARE(r.error.position.column, column);
    QCOMPARE(r.error.position.offset, std::size_t(offset));
    QCOMPARE(r.value, Value());
    // positionAt() agrees with the reader.
    QCOMPARE(positionAt(toStd(input), std::size_t(offset)), r.error.position);
}

void TestJsonReader::boundsDeepNesting_data()
{
    QTest::addColumn<QByteArray>("open");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("errorOffset");
    QTest::addColumn<QString>("message");
    QTest::addRow("100000 arrays, default depth")
        << QByteArray("[") << ReadOptions().maxDepth << 256
        << QStringLiteral("nesting deeper than 256 levels");
    QTest::addRow("100000 objects, default depth")
        << QByteArray("{\"a\":") << ReadOptions().maxDepth << 256 * 5
        << QStringLiteral("nesting deeper than 256 levels");
    QTest::addRow("100000 arrays, huge depth asked")
        << QByteArray("[") << 1000000 << kDepthLimit
        << QStringLiteral("nesting deeper than %1 levels").arg(kDepthLimit);
}

void TestJsonReader::boundsDeepNesting()
{
    QFETCH(QByteArray, open);
    QFETCH(int, maxDepth);
    QFETCH(int, errorOffset);
    QFETCH(QString, message);
    const std::string text = toStd(open.repeated(100000));
    ReadOptions options;
    options.maxDepth = maxDepth;
    const ReadResult r = read(text, options);
    QVERIFY(!r.ok);
    QCOMPARE(QString::fromStdString(r.error.message), message);
    QCOMPARE(r.error.position.offset, std::size_t(errorOffset));
    QCOMPARE(r.error.position.line, 1);
    QCOMPARE(r.error.position.column, errorOffset + 1);
}

void TestJsonReader::readsDeepNestingWithinTheLimit()
{
    const std::string text
        = std::string(std::size_t(kDepthLimit), '[') + std::string(std::size_t(kDepthLimit), ']');
    ReadOptions options;
    options.maxDepth = kDepthLimit;
    const ReadResult r = read(text, options);
    QVERIFY2(r.ok, r.error.toString().c_str());
    int depth = 0;
    for (const Value *v = &r.value; !v->items.empty(); v = &v->items[0])
        ++depth;
    QCOMPARE(depth, kDepthLimit - 1);
    QCOMPARE(r.value.span.end.offset, text.size());

    options.maxDepth = kDepthLimit - 1;
    const ReadResult tooDeep = read(text, options);
    QVERIFY(!tooDeep.ok);
    QCOMPARE(tooDeep.error.position.offset, std::size_t(kDepthLimit - 1));
}

void TestJsonReader::reportsEveryTruncatedPrefix()
{
    const std::string text = kSamplePolicy;
    QVERIFY(read(text).ok);
    for (std::size_t n = 0; n < text.size(); ++n) {
        const std::string_view prefix(text.data(), n);
        const ReadResult r = read(prefix);
        const QByteArray context = "prefix of " + QByteArray::number(qulonglong(n))
                                   + " bytes: " + QByteArray::fromStdString(r.error.toString());
        QVERIFY2(!r.ok, context.constData());
        // The text ends too early: the error is just after its last character.
        QVERIFY2(r.error.position == positionAt(prefix, n), context.constData());
        QVERIFY2(r.error.message == "unexpected end of text" || r.error.message == "empty text"
                     || r.error.message == "truncated UTF-8 sequence",
                 context.constData());
    }
}

void TestJsonReader::spansPointAtTheirText()
{
    // Every span, re-read on its own, gives the same value; its ends are where positionAt()
    // says; and the Id string decodes as written.
    const std::string text = kSamplePolicy;
    const ReadResult r = read(text);
    QVERIFY2(r.ok, r.error.toString().c_str());
    QCOMPARE(QByteArray::fromStdString(r.value.find("Id")->text),
             QByteArray("caf\xc3\xa9 \xc3\xa9 \xf0\x9f\x98\x80 \"q\" \xe6\x97\xa5"));
    QCOMPARE(r.value.find("Statement")
                 ->items[0]
                 .find("Condition")
                 ->members[0]
                 .value.members[0]
                 .value.items[0]
                 .text,
             std::string("-1.50e+3"));
    std::vector<Span> spans;
    std::vector<const Value *> values;
    collectSpans(r.value, spans, values);
    QCOMPARE(spans.size(), 41u);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Span &s = spans[i];
        QCOMPARE(positionAt(text, s.begin.offset), s.begin);
        QCOMPARE(positionAt(text, s.end.offset), s.end);
        const ReadResult part = read(text.substr(s.begin.offset, s.end.offset - s.begin.offset));
        QVERIFY(part.ok);
        if (values[i])
            QCOMPARE(part.value, *values[i]);
        else
            QCOMPARE(part.value.kind, Kind::String);
    }
}

void TestJsonReader::boundsSize()
{
    // 50 MB of text against a 1,000,000-byte limit: refused at the limit, without parsing.
    std::string text = "[\n";
    text.reserve(50u * 1024u * 1024u);
    while (text.size() < 50u * 1024u * 1024u)
        text += "1,\n";
    ReadOptions options;
    options.maxBytes = 1000000;
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = read(text, options);
    const qint64 ms = timer.elapsed();
    QVERIFY(!r.ok);
    QCOMPARE(r.error.message, std::string("text larger than 1000000 bytes"));
    // (1000000 - 2) = 3 * 333332 + 2: the `\n` of the 333333rd "1,\n" line.
    QCOMPARE(r.error.position, (Position{333334, 3, 1000000}));
    qInfo("50 MB text refused in %lld ms", qlonglong(ms));

    // Exactly at the limit is fine.
    options.maxBytes = 6;
    QVERIFY(read("[1, 2]", options).ok);
    options.maxBytes = 5;
    const ReadResult over = read("[1, 2]", options);
    QCOMPARE(over.error.toString(), std::string("line 1, column 6: text larger than 5 bytes"));
}

void TestJsonReader::positionAtCountsLikeTheReader_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("clampedOffset");
    QTest::addRow("start") << QByteArray("abc") << 0 << 1 << 1 << 0;
    QTest::addRow("end") << QByteArray("abc") << 3 << 1 << 4 << 3;
    QTest::addRow("beyond the end") << QByteArray("abc") << 10 << 1 << 4 << 3;
    QTest::addRow("after LF") << QByteArray("a\nb") << 2 << 2 << 1 << 2;
    QTest::addRow("at CR of CRLF") << QByteArray("a\r\nb") << 1 << 1 << 2 << 1;
    QTest::addRow("between CR and LF") << QByteArray("a\r\nb") << 2 << 1 << 3 << 2;
    QTest::addRow("after CRLF") << QByteArray("a\r\nb") << 3 << 2 << 1 << 3;
    QTest::addRow("after lone CR") << QByteArray("a\rb") << 2 << 2 << 1 << 2;
    QTest::addRow("CR at the end") << QByteArray("a\r") << 2 << 2 << 1 << 2;
    QTest::addRow("CR CR LF") << QByteArray("\r\r\nx") << 3 << 3 << 1 << 3;
    QTest::addRow("code points") << QByteArray("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80x") << 9 << 1
                                 << 4 << 9;
    QTest::addRow("inside a character") << QByteArray("\xe2\x82\xac") << 2 << 1 << 2 << 2;
    QTest::addRow("after a byte order mark") << QByteArray("\xef\xbb\xbfx") << 4 << 1 << 2 << 4;
    QTest::addRow("at the end of a byte order mark")
        << QByteArray("\xef\xbb\xbfx") << 3 << 1 << 1 << 3;
    QTest::addRow("second line after a byte order mark")
        << QByteArray("\xef\xbb\xbf\n\xc3\xa9x") << 6 << 2 << 2 << 6;
}

void TestJsonReader::positionAtCountsLikeTheReader()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, clampedOffset);
    const Position p = positionAt(toStd(text), std::size_t(offset));
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QCOMPARE(p.offset, std::size_t(clampedOffset));
}

void TestJsonReader::quoteEscapes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("quoted");
    QTest::addRow("empty") << QByteArray() << QByteArray("\"\"");
    QTest::addRow("plain") << QByteArray("a b/c") << QByteArray("\"a b/c\"");
    QTest::addRow("quote and backslash") << QByteArray("\"\\") << QByteArray(R"("\"\\")");
    QTest::addRow("short escapes") << QByteArray("\b\f\n\r\t") << QByteArray(R"("\b\f\n\r\t")");
    QTest::addRow("other controls")
        << QByteArray("\x01\x1f\x7f", 3) << QByteArray(R"("\u0001\u001f\u007f")");
    QTest::addRow("NUL") << QByteArray("a\0b", 3) << QByteArray(R"("a\u0000b")");
    QTest::addRow("non-ASCII as is")
        << QByteArray("\xc3\xa9\xf0\x9f\x98\x80") << QByteArray("\"\xc3\xa9\xf0\x9f\x98\x80\"");
    QTest::addRow("invalid UTF-8 replaced") << QByteArray("a\xff"
                                                          "b\xe2\x82")
                                            << QByteArray("\"a\xef\xbf\xbd"
                                                          "b\xef\xbf\xbd\xef\xbf\xbd\"");
}

void TestJsonReader::quoteEscapes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, quoted);
    QCOMPARE(QByteArray::fromStdString(quote(toStd(input))), quoted);
}

void TestJsonReader::quoteRoundTrips_data()
{
    QTest::addColumn<QByteArray>("input");
    QByteArray controls;
    for (int c = 0; c < 0x20; ++c)
        controls.append(char(c));
    QTest::addRow("all control characters") << controls;
    QTest::addRow("printable ASCII")
        << QByteArray(" !\"#$%&'()*+,-./0123456789:;<=>?@AZ[\\]^_`az{|}~\x7f");
    QTest::addRow("non-ASCII") << QByteArray(
        "caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf");
    QTest::addRow("policy-like") << QByteArray("arn:aws:iam::123456789012:role/${aws:username}*?");
}

void TestJsonReader::quoteRoundTrips()
{
    QFETCH(QByteArray, input);
    const std::string quoted = quote(toStd(input));
    const ReadResult r = read(quoted);
    QVERIFY2(r.ok, r.error.toString().c_str());
    QCOMPARE(QByteArray::fromStdString(r.value.text), input);
    QCOMPARE(r.value.span.end.offset, quoted.size());
}

void TestJsonReader::errorToString()
{
    const ReadResult r = read("{\n  \"a\": 1,\n    }");
    QVERIFY(!r.ok);
    QCOMPARE(r.error.toString(), std::string("line 3, column 5: expected a property name"));
}

void TestJsonReader::readsAPolicyNearTheSizeLimitFast()
{
    const std::string text = largePolicy();
    QVERIFY(text.size() > 20000 && text.size() < 21000);
    const ReadResult first = read(text);
    QVERIFY2(first.ok, first.error.toString().c_str());
    // Thread CPU time, and the fastest of several batches: other processes on a shared machine
    // must not make this fail.
    constexpr int batches = 5;
    constexpr int runs = 40;
    const std::size_t statements = first.value.find("Statement")->items.size();
    double msPerRead = 1e9;
    for (int b = 0; b < batches; ++b) {
        const double start = threadCpuMs();
        std::size_t readStatements = 0;
        for (int i = 0; i < runs; ++i)
            readStatements += read(text).value.find("Statement")->items.size();
        msPerRead = std::min(msPerRead, (threadCpuMs() - start) / runs);
        QCOMPARE(readStatements, std::size_t(runs) * statements);
    }
    qInfo("%zu bytes read in %.3f ms", text.size(), msPerRead);
    // The 1 ms target is measured by bench_engine (BM_ParseLargePolicy), not asserted here.
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
