// Tree edits as text edits (engine/edit/textedit.h): every row asserts the exact text after the
// edit, and that everything outside the replaced range is untouched.
#include "edit/textedit.h"
#include "json/reader.h"

#include <QtTest>

using engine::TextEdit;
namespace edit = engine::edit;

namespace {

std::string str(const QByteArray &b)
{
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

// Applies the edit to text; fails the test when the edit failed or the result is not JSON.
QByteArray applied(const std::string &text, const engine::Result<TextEdit> &e)
{
    if (!e) {
        qWarning("edit failed: %s", e.error().message.c_str());
        return QByteArrayLiteral("<error>");
    }
    const TextEdit &te = e.value();
    // Minimal: the bytes before offset and after offset+length are the original ones.
    const std::string out = edit::apply(text, te);
    if (!engine::json::read(out).ok)
        qWarning("result is not valid JSON");
    return QByteArray::fromStdString(out);
}

engine::json::Value parse(const std::string &text)
{
    engine::json::ReadResult r = engine::json::read(text);
    if (!r.ok)
        qFatal("test input is not JSON: %s", r.error.toString().c_str());
    return std::move(r.value);
}

const char *const policyLf = "{\n"
                             "    \"Version\": \"2012-10-17\",\n"
                             "    \"Statement\": [\n"
                             "        {\n"
                             "            \"Sid\": \"Read\",\n"
                             "            \"Effect\": \"Allow\",\n"
                             "            \"Action\": \"secretsmanager:GetSecretValue\",\n"
                             "            \"Resource\": \"*\"\n"
                             "        },\n"
                             "        {\n"
                             "            \"Sid\": \"Deny\",\n"
                             "            \"Effect\": \"Deny\",\n"
                             "            \"Action\": [\"a\", \"b\"]\n"
                             "        }\n"
                             "    ]\n"
                             "}\n";

QByteArray replaced(QByteArray text, const char *from, const char *to)
{
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        qFatal("fixture text not found: %s", from);
    return text.replace(at, qsizetype(qstrlen(from)), to);
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

QByteArray tabs(QByteArray text)
{
    return text.replace("    ", "\t");
}

} // namespace

class TestTextEdit : public QObject
{
    Q_OBJECT

private slots:
    void shouldApplyWithinBounds();
    void shouldDetectStyle_data();
    void shouldDetectStyle();
    void shouldLayOutNewTextByTheGivenWidth_data();
    void shouldLayOutNewTextByTheGivenWidth();
    void shouldResolvePointers();
    void shouldSetScalars_data();
    void shouldSetScalars();
    void shouldAddMembers_data();
    void shouldAddMembers();
    void shouldRemoveMembers_data();
    void shouldRemoveMembers();
    void shouldEditArrays_data();
    void shouldEditArrays();
    void shouldAddAndRemoveValues_data();
    void shouldAddAndRemoveValues();
    void shouldEditStatements_data();
    void shouldEditStatements();
    void shouldAddConditions_data();
    void shouldAddConditions();
    void shouldRefuseImpossibleEdits();
};

void TestTextEdit::shouldApplyWithinBounds()
{
    QCOMPARE(edit::apply("abcdef", TextEdit{2, 2, "XY"}), std::string("abXYef"));
    QCOMPARE(edit::apply("abc", TextEdit{1, 99, ""}), std::string("a"));
    QCOMPARE(edit::apply("abc", TextEdit{99, 1, "!"}), std::string("abc!"));
}

void TestTextEdit::shouldDetectStyle_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("newline");
    QTest::addColumn<QByteArray>("unit");
    QTest::addRow("four spaces, LF") << QByteArray(policyLf) << QByteArray("\n") << QByteArray("    ");
    QTest::addRow("CRLF") << crlf(policyLf) << QByteArray("\r\n") << QByteArray("    ");
    QTest::addRow("tabs") << tabs(policyLf) << QByteArray("\n") << QByteArray("\t");
    QTest::addRow("two spaces") << QByteArray("{\n  \"a\": {\n    \"b\": 1\n  }\n}")
                                << QByteArray("\n") << QByteArray("  ");
    QTest::addRow("minified") << QByteArray("{\"a\":1}") << QByteArray("\n") << QByteArray("    ");
    QTest::addRow("lone CR") << QByteArray("{\r \"a\": 1\r}") << QByteArray("\r") << QByteArray(" ");
}

void TestTextEdit::shouldDetectStyle()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, newline);
    QFETCH(QByteArray, unit);
    QCOMPARE(QByteArray::fromStdString(edit::detectNewline(str(text))), newline);
    QCOMPARE(QByteArray::fromStdString(edit::detectIndentUnit(str(text))), unit);
}

void TestTextEdit::shouldLayOutNewTextByTheGivenWidth_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<QByteArray>("afterAdd");
    // No indented line: the layout's width decides.
    const QByteArray flush("{\n\"Statement\": []\n}\n");
    QTest::addRow("flush left, 2") << flush << 2 << QByteArray("  ")
                                   << QByteArray("{\n\"Statement\": [\n  {\n    \"Effect\": \"Allow\"\n  }\n]\n}\n");
    QTest::addRow("flush left, 3") << flush << 3 << QByteArray("   ")
                                   << QByteArray("{\n\"Statement\": [\n   {\n      \"Effect\": \"Allow\"\n   }\n]\n}\n");
    QTest::addRow("flush left, default") << flush << 0 << QByteArray("    ")
                                         << QByteArray("{\n\"Statement\": [\n    {\n        \"Effect\": \"Allow\"\n    }\n]\n}\n");
    // The document's own indentation wins over the layout.
    const QByteArray two("{\n  \"Statement\": []\n}\n");
    QTest::addRow("two-space file, 8") << two << 8 << QByteArray("  ")
                                       << QByteArray("{\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\"\n    }\n  ]\n}\n");
}

void TestTextEdit::shouldLayOutNewTextByTheGivenWidth()
{
    QFETCH(QByteArray, text);
    QFETCH(int, width);
    QFETCH(QByteArray, unit);
    QFETCH(QByteArray, afterAdd);
    const edit::NewTextLayout layout = width > 0 ? edit::NewTextLayout{width} : edit::NewTextLayout{};
    QCOMPARE(QByteArray::fromStdString(edit::detectIndentUnit(str(text), layout)), unit);
    const std::string t = str(text);
    const engine::json::ReadResult doc = engine::json::read(t);
    QVERIFY(doc.ok);
    QCOMPARE(applied(t, edit::addStatement(t, doc.value, "{\"Effect\": \"Allow\"}", layout)),
             afterAdd);
}

void TestTextEdit::shouldResolvePointers()
{
    const std::string text = R"({"a/b": {"m~n": [10, 20]}, "a": 1, "a": 2})";
    const engine::json::Value root = parse(text);
    QCOMPARE(edit::valueAt(root, "")->kind, engine::json::Kind::Object);
    QCOMPARE(edit::valueAt(root, "/a~1b/m~0n/1")->text, std::string("20"));
    QCOMPARE(edit::valueAt(root, "/a")->text, std::string("1")); // the first duplicate
    QVERIFY(!edit::valueAt(root, "/a~1b/m~0n/2"));
    QVERIFY(!edit::valueAt(root, "/a~1b/m~0n/01"));
    QVERIFY(!edit::valueAt(root, "a"));
    QCOMPARE(edit::memberAt(root, "/a~1b")->key, std::string("a/b"));
    QVERIFY(!edit::memberAt(root, "/a~1b/m~0n/0"));
    QCOMPARE(edit::escapePointerToken("a/b~c"), std::string("a~1b~0c"));

    const engine::json::Value policy = parse(policyLf);
    QCOMPARE(edit::statementCount(policy), 2);
    QCOMPARE(edit::statementPointer(policy, 1).value(), std::string("/Statement/1"));
    QVERIFY(!edit::statementPointer(policy, 2));
    const engine::json::Value lone = parse(R"({"Statement": {"Effect": "Allow"}})");
    QCOMPARE(edit::statementCount(lone), 1);
    QCOMPARE(edit::statementPointer(lone, 0).value(), std::string("/Statement"));
}

// Operations addressed by name so that one table covers several functions.
enum class Op { SetString, ReplaceValue, RenameKey, AddMember, RemoveMember, InsertItem,
                RemoveItem, MoveItem, AddValue, RemoveValue };

static engine::Result<TextEdit> run(Op op, const std::string &text, const engine::json::Value &root,
                                    const std::string &pointer, const std::string &a,
                                    const std::string &b, int n)
{
    switch (op) {
    case Op::SetString:
        return edit::setString(text, root, pointer, a);
    case Op::ReplaceValue:
        return edit::replaceValue(text, root, pointer, a);
    case Op::RenameKey:
        return edit::renameKey(text, root, pointer, a);
    case Op::AddMember:
        return edit::addMember(text, root, pointer, a, b,
                               n < 0 ? std::nullopt : std::optional<std::size_t>(std::size_t(n)));
    case Op::RemoveMember:
        return edit::removeMember(text, root, pointer);
    case Op::InsertItem:
        return edit::insertItem(text, root, pointer, std::size_t(n), a);
    case Op::RemoveItem:
        return edit::removeItem(text, root, pointer);
    case Op::MoveItem:
        return edit::moveItem(text, root, pointer, n);
    case Op::AddValue:
        return edit::addValue(text, root, pointer, a);
    case Op::RemoveValue:
        return edit::removeValue(text, root, pointer);
    }
    return engine::Error{"unknown op"};
}

#define OP_COLUMNS()                                                                              \
    QTest::addColumn<int>("op");                                                                  \
    QTest::addColumn<QByteArray>("text");                                                         \
    QTest::addColumn<QByteArray>("pointer");                                                      \
    QTest::addColumn<QByteArray>("a");                                                            \
    QTest::addColumn<QByteArray>("b");                                                            \
    QTest::addColumn<int>("n");                                                                   \
    QTest::addColumn<QByteArray>("expected")

#define OP_CHECK()                                                                                \
    QFETCH(int, op);                                                                              \
    QFETCH(QByteArray, text);                                                                     \
    QFETCH(QByteArray, pointer);                                                                  \
    QFETCH(QByteArray, a);                                                                        \
    QFETCH(QByteArray, b);                                                                        \
    QFETCH(int, n);                                                                               \
    QFETCH(QByteArray, expected);                                                                 \
    const engine::json::Value root = parse(str(text));                                            \
    QCOMPARE(applied(str(text), run(Op(op), str(text), root, str(pointer), str(a), str(b), n)),   \
             expected)

static void addRow(const char *name, Op op, const QByteArray &text, const char *pointer,
                   const char *a, const char *b, int n, const QByteArray &expected)
{
    QTest::addRow("%s", name) << int(op) << text << QByteArray(pointer) << QByteArray(a)
                              << QByteArray(b) << n << expected;
}

void TestTextEdit::shouldSetScalars_data()
{
    OP_COLUMNS();
    const QByteArray p(policyLf);
    addRow("string", Op::SetString, p, "/Statement/0/Effect", "Deny", "", 0,
           replaced(p, "\"Effect\": \"Allow\"", "\"Effect\": \"Deny\""));
    addRow("string with escapes and non-ASCII", Op::SetString, p, "/Statement/0/Sid",
           "Zürich \"1\"", "", 0, replaced(p, "\"Read\"", "\"Zürich \\\"1\\\"\""));
    addRow("array item", Op::SetString, p, "/Statement/1/Action/1", "c", "", 0,
           replaced(p, "\"b\"]", "\"c\"]"));
    addRow("number kept raw", Op::ReplaceValue, QByteArray("{\"n\": 1.50, \"m\": 2}"), "/n",
           "1.5e0", "", 0, QByteArray("{\"n\": 1.5e0, \"m\": 2}"));
    addRow("object laid out at depth", Op::ReplaceValue, p, "/Statement/0/Resource",
           "{\"a\":[1,2]}", "", 0,
           replaced(p, "\"Resource\": \"*\"",
                    "\"Resource\": {\n                \"a\": [\n                    1,\n"
                    "                    2\n                ]\n            }"));
    addRow("CRLF kept", Op::ReplaceValue, crlf(p), "/Statement/0/Resource", "[\"x\"]", "", 0,
           replaced(crlf(p), "\"Resource\": \"*\"",
                    "\"Resource\": [\r\n                \"x\"\r\n            ]"));
    addRow("rename key", Op::RenameKey, p, "/Statement/1/Action", "NotAction", "", 0,
           replaced(p, "\"Action\": [", "\"NotAction\": ["));
}

void TestTextEdit::shouldSetScalars()
{
    OP_CHECK();
}

void TestTextEdit::shouldAddMembers_data()
{
    OP_COLUMNS();
    const QByteArray p(policyLf);
    addRow("append after last", Op::AddMember, p, "/Statement/0", "Condition", "{}", -1,
           replaced(p, "\"Resource\": \"*\"\n", "\"Resource\": \"*\",\n            \"Condition\": {}\n"));
    addRow("insert at position", Op::AddMember, p, "/Statement/0", "Principal", "\"*\"", 2,
           replaced(p, "\"Action\": \"secretsmanager:GetSecretValue\"",
                    "\"Principal\": \"*\",\n            \"Action\": \"secretsmanager:GetSecretValue\""));
    addRow("insert first", Op::AddMember, p, "", "Id", "\"P1\"", 0,
           replaced(p, "{\n    \"Version\"", "{\n    \"Id\": \"P1\",\n    \"Version\""));
    addRow("tabs", Op::AddMember, tabs(p), "/Statement/1", "Resource", "\"*\"", -1,
           replaced(tabs(p), "[\"a\", \"b\"]\n", "[\"a\", \"b\"],\n\t\t\t\"Resource\": \"*\"\n"));
    addRow("CRLF", Op::AddMember, crlf(p), "/Statement/1", "Resource", "\"*\"", -1,
           replaced(crlf(p), "[\"a\", \"b\"]\r\n", "[\"a\", \"b\"],\r\n            \"Resource\": \"*\"\r\n"));
    addRow("inline object", Op::AddMember, QByteArray("{\"P\": {\"AWS\": \"1\"}}"), "/P",
           "Service", "\"s\"", -1, QByteArray("{\"P\": {\"AWS\": \"1\", \"Service\": \"s\"}}"));
    addRow("minified", Op::AddMember, QByteArray("{\"a\":1,\"b\":2}"), "", "c", "{\"d\": [1]}", -1,
           QByteArray("{\"a\":1,\"b\":2,\"c\":{\"d\":[1]}}"));
    addRow("empty object", Op::AddMember, QByteArray("{\n  \"C\": {},\n  \"x\": 1\n}"), "/C",
           "k", "[\"v\"]", -1,
           QByteArray("{\n  \"C\": {\n    \"k\": [\n      \"v\"\n    ]\n  },\n  \"x\": 1\n}"));
    addRow("single member on own line", Op::AddMember, QByteArray("{\n\t\"a\": 1\n}"), "", "b",
           "2", -1, QByteArray("{\n\t\"a\": 1,\n\t\"b\": 2\n}"));
}

void TestTextEdit::shouldAddMembers()
{
    OP_CHECK();
}

void TestTextEdit::shouldRemoveMembers_data()
{
    OP_COLUMNS();
    const QByteArray p(policyLf);
    addRow("last", Op::RemoveMember, p, "/Statement/0/Resource", "", "", 0,
           replaced(p, ",\n            \"Resource\": \"*\"", ""));
    addRow("first", Op::RemoveMember, p, "/Statement/0/Sid", "", "", 0,
           replaced(p, "\"Sid\": \"Read\",\n            ", ""));
    addRow("middle", Op::RemoveMember, p, "/Statement/0/Effect", "", "", 0,
           replaced(p, ",\n            \"Effect\": \"Allow\"", ""));
    addRow("only", Op::RemoveMember, QByteArray("{\"a\": {\n  \"b\": 1\n}}"), "/a/b", "", "", 0,
           QByteArray("{\"a\": {}}"));
    addRow("CRLF", Op::RemoveMember, crlf(p), "/Statement/0/Resource", "", "", 0,
           replaced(crlf(p), ",\r\n            \"Resource\": \"*\"", ""));
}

void TestTextEdit::shouldRemoveMembers()
{
    OP_CHECK();
}

void TestTextEdit::shouldEditArrays_data()
{
    OP_COLUMNS();
    const QByteArray p(policyLf);
    addRow("append inline", Op::InsertItem, p, "/Statement/1/Action", "\"c\"", "", 2,
           replaced(p, "[\"a\", \"b\"]", "[\"a\", \"b\", \"c\"]"));
    addRow("insert first inline", Op::InsertItem, p, "/Statement/1/Action", "\"z\"", "", 0,
           replaced(p, "[\"a\", \"b\"]", "[\"z\", \"a\", \"b\"]"));
    addRow("insert into empty", Op::InsertItem, QByteArray("{\n    \"A\": []\n}"), "/A", "1", "",
           0, QByteArray("{\n    \"A\": [\n        1\n    ]\n}"));
    addRow("append multi-line", Op::InsertItem, QByteArray("[\n  1,\n  2\n]"), "", "3", "", 2,
           QByteArray("[\n  1,\n  2,\n  3\n]"));
    addRow("remove last", Op::RemoveItem, p, "/Statement/1/Action/1", "", "", 0,
           replaced(p, "[\"a\", \"b\"]", "[\"a\"]"));
    addRow("remove first", Op::RemoveItem, p, "/Statement/1/Action/0", "", "", 0,
           replaced(p, "[\"a\", \"b\"]", "[\"b\"]"));
    addRow("remove only", Op::RemoveItem, QByteArray("{\"A\": [\n  \"x\"\n]}"), "/A/0", "", "", 0,
           QByteArray("{\"A\": []}"));
    addRow("move down", Op::MoveItem, p, "/Statement/1/Action/0", "", "", 1,
           replaced(p, "[\"a\", \"b\"]", "[\"b\", \"a\"]"));
    addRow("move up keeps separators", Op::MoveItem, QByteArray("[1,\n  22, 333]"), "/2", "", "",
           -1, QByteArray("[1,\n  333, 22]"));
}

void TestTextEdit::shouldEditArrays()
{
    OP_CHECK();
}

void TestTextEdit::shouldAddAndRemoveValues_data()
{
    OP_COLUMNS();
    const QByteArray p(policyLf);
    addRow("scalar becomes multi-line array", Op::AddValue, p, "/Statement/0/Action",
           "\"secretsmanager:DescribeSecret\"", "", 0,
           replaced(p, "\"Action\": \"secretsmanager:GetSecretValue\"",
                    "\"Action\": [\n                \"secretsmanager:GetSecretValue\",\n"
                    "                \"secretsmanager:DescribeSecret\"\n            ]"));
    addRow("scalar becomes inline array", Op::AddValue, QByteArray("{\"P\": {\"AWS\": \"1\"}}"),
           "/P/AWS", "\"2\"", "", 0, QByteArray("{\"P\": {\"AWS\": [\"1\", \"2\"]}}"));
    addRow("scalar in minified text", Op::AddValue, QByteArray("{\"A\":\"x\"}"), "/A", "\"y\"",
           "", 0, QByteArray("{\"A\":[\"x\",\"y\"]}"));
    addRow("array appends", Op::AddValue, p, "/Statement/1/Action", "\"c\"", "", 0,
           replaced(p, "[\"a\", \"b\"]", "[\"a\", \"b\", \"c\"]"));
    addRow("CRLF tabs", Op::AddValue, crlf(tabs(p)), "/Statement/0/Resource", "\"arn\"", "", 0,
           replaced(crlf(tabs(p)), "\"Resource\": \"*\"",
                    "\"Resource\": [\r\n\t\t\t\t\"*\",\r\n\t\t\t\t\"arn\"\r\n\t\t\t]"));
    addRow("remove array item", Op::RemoveValue, p, "/Statement/1/Action/0", "", "", 0,
           replaced(p, "[\"a\", \"b\"]", "[\"b\"]"));
    addRow("remove scalar member", Op::RemoveValue, p, "/Statement/0/Action", "", "", 0,
           replaced(p, ",\n            \"Action\": \"secretsmanager:GetSecretValue\"", ""));
}

void TestTextEdit::shouldAddAndRemoveValues()
{
    OP_CHECK();
}

enum class StatementOp { Add, Duplicate, Delete, MoveUp, MoveDown };

void TestTextEdit::shouldEditStatements_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray p(policyLf);
    const QByteArray second = "        {\n"
                              "            \"Sid\": \"Deny\",\n"
                              "            \"Effect\": \"Deny\",\n"
                              "            \"Action\": [\"a\", \"b\"]\n"
                              "        }";
    const QByteArray first = "        {\n"
                             "            \"Sid\": \"Read\",\n"
                             "            \"Effect\": \"Allow\",\n"
                             "            \"Action\": \"secretsmanager:GetSecretValue\",\n"
                             "            \"Resource\": \"*\"\n"
                             "        }";
    QTest::addRow("add to array")
        << int(StatementOp::Add) << p << 0
        << replaced(p, "[\"a\", \"b\"]\n        }\n",
                    "[\"a\", \"b\"]\n        },\n        {\n            \"Effect\": \"Deny\"\n"
                    "        }\n");
    QTest::addRow("add without Statement")
        << int(StatementOp::Add) << QByteArray("{\n  \"Version\": \"2012-10-17\"\n}") << 0
        << QByteArray("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
                      "      \"Effect\": \"Deny\"\n    }\n  ]\n}");
    QTest::addRow("add to lone statement")
        << int(StatementOp::Add) << QByteArray("{\n  \"Statement\": {\n    \"Sid\": \"A\"\n  }\n}")
        << 0
        << QByteArray("{\n  \"Statement\": [\n    {\n      \"Sid\": \"A\"\n    },\n    {\n"
                      "      \"Effect\": \"Deny\"\n    }\n  ]\n}");
    QTest::addRow("duplicate renames Sid")
        << int(StatementOp::Duplicate) << p << 0
        << replaced(p, "        },\n        {\n            \"Sid\": \"Deny\"",
                    "        },\n        {\n            \"Sid\": \"ReadCopy\",\n"
                    "            \"Effect\": \"Allow\",\n"
                    "            \"Action\": \"secretsmanager:GetSecretValue\",\n"
                    "            \"Resource\": \"*\"\n"
                    "        },\n        {\n            \"Sid\": \"Deny\"");
    QTest::addRow("duplicate twice numbers the Sid")
        << int(StatementOp::Duplicate)
        << QByteArray("{\"Statement\": [{\"Sid\": \"A\"}, {\"Sid\": \"ACopy\"}]}") << 0
        << QByteArray("{\"Statement\": [{\"Sid\": \"A\"}, {\"Sid\": \"ACopy2\"}, {\"Sid\": \"ACopy\"}]}");
    QTest::addRow("delete first") << int(StatementOp::Delete) << p << 0
                                  << replaced(p, first + ",\n", "");
    QTest::addRow("delete last") << int(StatementOp::Delete) << p << 1
                                 << replaced(p, ",\n" + second, "");
    QTest::addRow("delete lone")
        << int(StatementOp::Delete) << QByteArray("{\"Statement\": {\"Sid\": \"A\"}}") << 0
        << QByteArray("{\"Statement\": []}");
    QTest::addRow("move down") << int(StatementOp::MoveDown) << p << 0
                               << replaced(p, first + ",\n" + second, second + ",\n" + first);
    QTest::addRow("move up CRLF")
        << int(StatementOp::MoveUp) << crlf(p) << 1
        << crlf(replaced(p, first + ",\n" + second, second + ",\n" + first));
}

void TestTextEdit::shouldEditStatements()
{
    QFETCH(int, op);
    QFETCH(QByteArray, text);
    QFETCH(int, index);
    QFETCH(QByteArray, expected);
    const std::string t = str(text);
    const engine::json::Value root = parse(t);
    engine::Result<TextEdit> e = engine::Error{"not run"};
    switch (StatementOp(op)) {
    case StatementOp::Add:
        e = edit::addStatement(t, root, R"({"Effect": "Deny"})");
        break;
    case StatementOp::Duplicate:
        e = edit::duplicateStatement(t, root, index);
        break;
    case StatementOp::Delete:
        e = edit::deleteStatement(t, root, index);
        break;
    case StatementOp::MoveUp:
        e = edit::moveStatement(t, root, index, -1);
        break;
    case StatementOp::MoveDown:
        e = edit::moveStatement(t, root, index, +1);
        break;
    }
    QCOMPARE(applied(t, e), expected);
}

void TestTextEdit::shouldAddConditions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("op");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray p(policyLf);
    QTest::addRow("new Condition")
        << p << QByteArray("StringEquals") << QByteArray("aws:SourceAccount")
        << replaced(p, "\"Resource\": \"*\"\n",
                    "\"Resource\": \"*\",\n            \"Condition\": {\n"
                    "                \"StringEquals\": {\n"
                    "                    \"aws:SourceAccount\": \"v\"\n"
                    "                }\n            }\n");
    const QByteArray withCondition = replaced(
        p, "\"Resource\": \"*\"\n",
        "\"Resource\": \"*\",\n            \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}\n");
    QTest::addRow("new operator")
        << withCondition << QByteArray("StringLike") << QByteArray("aws:PrincipalArn")
        << replaced(withCondition, "\"true\"}}",
                    "\"true\"}, \"StringLike\": {\"aws:PrincipalArn\": \"v\"}}");
    QTest::addRow("new key") << withCondition << QByteArray("Bool") << QByteArray("aws:ViaAWSService")
                             << replaced(withCondition, "\"true\"}}",
                                         "\"true\", \"aws:ViaAWSService\": \"v\"}}");
    QTest::addRow("existing key gets a value")
        << withCondition << QByteArray("Bool") << QByteArray("aws:SecureTransport")
        << replaced(withCondition, "\"true\"}}", "[\"true\", \"v\"]}}");
}

void TestTextEdit::shouldAddConditions()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, op);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, expected);
    const std::string t = str(text);
    QCOMPARE(applied(t, edit::addCondition(t, parse(t), 0, str(op), str(key), "\"v\"")), expected);
}

void TestTextEdit::shouldRefuseImpossibleEdits()
{
    const std::string t = policyLf;
    const engine::json::Value root = parse(t);
    QVERIFY(!edit::setString(t, root, "/Nope", "x"));
    QVERIFY(!edit::replaceValue(t, root, "/Version", "{not json"));
    QVERIFY(!edit::addMember(t, root, "/Version", "k", "1"));
    QVERIFY(!edit::insertItem(t, root, "/Statement/0", 0, "1"));
    QVERIFY(!edit::removeMember(t, root, "/Statement/0"));
    QVERIFY(!edit::moveItem(t, root, "/Statement/0", -1));
    QVERIFY(!edit::moveStatement(t, root, 1, +1));
    QVERIFY(!edit::duplicateStatement(t, root, 5));
    QVERIFY(!edit::removeValue(t, root, ""));
    const std::string lone = R"({"Statement": {"Sid": "A"}})";
    QVERIFY(!edit::moveStatement(lone, parse(lone), 0, +1));
    QCOMPARE(edit::removeMember(t, root, "/Version").value().replacement, std::string());
}

QTEST_GUILESS_MAIN(TestTextEdit)
#include "tst_textedit.moc"
