// Globs: case-sensitive and ASCII case-insensitive, `?` as one code point, escapes.
#include "values/casefold.h"
#include "values/glob.h"
#include "values/text.h"

#include <QTest>

using namespace engine::values;

class TestGlob : public QObject
{
    Q_OBJECT

private slots:
    void glob_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::addRow("exact") << "abc" << "abc" << true;
        QTest::addRow("exact differs in case") << "abc" << "ABC" << false;
        QTest::addRow("star matches all") << "*" << "anything:at/all" << true;
        QTest::addRow("star matches empty") << "*" << "" << true;
        QTest::addRow("empty pattern, empty text") << "" << "" << true;
        QTest::addRow("empty pattern, text") << "" << "a" << false;
        QTest::addRow("prefix star") << "secretsmanager:Get*" << "secretsmanager:GetSecretValue" << true;
        QTest::addRow("inner star") << "secretsmanager:*Secret*" << "secretsmanager:ListSecrets" << true;
        QTest::addRow("question mark") << "GetSecret?alue" << "GetSecretValue" << true;
        QTest::addRow("question needs one") << "ab?" << "ab" << false;
        QTest::addRow("six questions") << "prod/db-??????" << "prod/db-AbCdEf" << true;
        QTest::addRow("six questions, seven chars") << "prod/db-??????" << "prod/db-AbCdEfG" << false;
        QTest::addRow("star spans slash and colon") << "a*z" << "a/b:c/z" << true;
        QTest::addRow("star spans newline") << "a*z" << "a\nz" << true;
        QTest::addRow("backtracking") << "*ab*ab" << "xabyabab" << true;
        QTest::addRow("backtracking fails") << "*ab*abc" << "xabyabab" << false;
        QTest::addRow("question is one code point") << "a?b" << QString::fromUtf8("a\xc3\xa9" "b") << true;
        QTest::addRow("question is one code point (3 bytes)") << "a?b" << QString::fromUtf8("a\xe2\x82\xac" "b") << true;
        QTest::addRow("two questions, one code point") << "a??b" << QString::fromUtf8("a\xc3\xa9" "b") << false;
        QTest::addRow("star then question on utf-8") << "*?" << QString::fromUtf8("\xf0\x9f\x98\x80") << true;
        QTest::addRow("backslash is literal in raw patterns") << "a\\*" << "a\\xyz" << true;
    }
    void glob()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(globMatch(pattern.toStdString(), text.toStdString()), expected);
        // The escaped form of a raw pattern behaves the same.
        QCOMPARE(globMatchEscaped(toGlobPattern(pattern.toStdString()), text.toStdString()), expected);
    }

    void foldAscii_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::addRow("case of action") << "SecretsManager:getsecretVALUE" << "secretsmanager:GetSecretValue" << true;
        QTest::addRow("wildcard service") << "secrets*:Get*" << "SECRETSMANAGER:GETSECRETVALUE" << true;
        QTest::addRow("different") << "secretsmanager:Get*" << "secretsmanager:ListSecrets" << false;
    }
    void foldAscii()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, expected);
        const std::string p = toLowerAscii(toGlobPattern(pattern.toStdString()));
        QCOMPARE(globMatchEscapedFoldAscii(p, text.toStdString()), expected);
    }

    void escapes()
    {
        const std::string literal = escapeGlobLiteral("a*b?c\\");
        QCOMPARE(literal, std::string("a\\*b\\?c\\\\"));
        QVERIFY(globMatchEscaped(literal, "a*b?c\\"));
        QVERIFY(!globMatchEscaped(literal, "axxb?c\\"));
        QVERIFY(!hasWildcard(literal));
        QVERIFY(hasWildcard("a\\**"));
        QCOMPARE(unescapeGlob(literal), std::string("a*b?c\\"));
        std::string mixed = "x";
        appendGlobLiteral(mixed, "*");
        appendGlobPattern(mixed, "*");
        QVERIFY(globMatchEscaped(mixed, "x*anything"));
        QVERIFY(!globMatchEscaped(mixed, "xyanything"));
    }

    void caseFolding_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("expected");
        QTest::addRow("ascii") << "AWSCurrent" << "awscurrent" << true;
        QTest::addRow("latin-1") << QString::fromUtf8("\xc3\x89t\xc3\xa9") << QString::fromUtf8("\xc3\xa9T\xc3\x89") << true;
        QTest::addRow("greek") << QString::fromUtf8("\xce\xa3") << QString::fromUtf8("\xcf\x83") << true;
        QTest::addRow("cyrillic") << QString::fromUtf8("\xd0\x94") << QString::fromUtf8("\xd0\xb4") << true;
        QTest::addRow("length differs") << "abc" << "abcd" << false;
        QTest::addRow("different letters") << "abc" << "abd" << false;
    }
    void caseFolding()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, expected);
        QCOMPARE(equalsFoldingCase(a.toStdString(), b.toStdString()), expected);
    }

    void codePoints()
    {
        const std::string text = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xff";
        std::size_t i = 0;
        QCOMPARE(static_cast<quint32>(nextCodePoint(text, i)), quint32('a'));
        QCOMPARE(static_cast<quint32>(nextCodePoint(text, i)), quint32(0xE9));
        QCOMPARE(static_cast<quint32>(nextCodePoint(text, i)), quint32(0x20AC));
        QCOMPARE(static_cast<quint32>(nextCodePoint(text, i)), quint32(0x1F600));
        QCOMPARE(static_cast<quint32>(nextCodePoint(text, i)), quint32(0xFF)); // invalid byte
        QCOMPARE(i, text.size());
    }

    void codePointCountAgreesWithTheBytes()
    {
        // Counted eight bytes at a time: every length and alignment, every byte value, against
        // the definition (bytes that are not 10xxxxxx).
        std::string bytes;
        unsigned state = 12345;
        for (int i = 0; i < 600; ++i) {
            state = state * 1103515245u + 12345u;
            bytes += static_cast<char>((state >> 16) & 0xFF);
        }
        bytes += "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
        for (std::size_t begin = 0; begin < 9; ++begin) {
            for (std::size_t length = 0; begin + length <= bytes.size(); length += 7) {
                const std::string_view part(bytes.data() + begin, length);
                std::size_t expected = 0;
                for (char c : part)
                    expected += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
                QCOMPARE(codePointCount(part), expected);
            }
        }
        QCOMPARE(codePointCount("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"), std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestGlob)
#include "tst_glob.moc"
