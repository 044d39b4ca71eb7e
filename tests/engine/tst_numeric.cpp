// Numeric values: the strict grammar and exact comparison on decimal text (evaluation.md §3.6.2).
#include "values/decimal.h"

#include <QTest>

using namespace engine::values;

class TestNumeric : public QObject
{
    Q_OBJECT

private slots:
    void grammar_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addRow("integer") << "30" << true;
        QTest::addRow("leading zero") << "07" << true;
        QTest::addRow("decimal") << "1.50" << true;
        QTest::addRow("plus") << "+3" << true;
        QTest::addRow("minus") << "-3.25" << true;
        QTest::addRow("trailing dot") << "7." << true;
        QTest::addRow("leading dot") << ".5" << true;
        QTest::addRow("empty") << "" << false;
        QTest::addRow("dot only") << "." << false;
        QTest::addRow("sign only") << "-" << false;
        QTest::addRow("word") << "ten" << false;
        QTest::addRow("trailing garbage") << "12abc" << false;
        QTest::addRow("exponent") << "1e3" << false;
        QTest::addRow("hex") << "0x10" << false;
        QTest::addRow("space") << " 1" << false;
        QTest::addRow("two dots") << "1.2.3" << false;
    }
    void grammar()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(parseDecimal(text.toStdString()).has_value(), valid);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected"); // -1, 0, 1
        QTest::addRow("equal with leading zero") << "07" << "7" << 0;
        QTest::addRow("equal with trailing zero") << "7.0" << "7" << 0;
        QTest::addRow("less") << "9" << "10" << -1;
        QTest::addRow("greater") << "30" << "7" << 1;
        QTest::addRow("fraction") << "1.25" << "1.3" << -1;
        QTest::addRow("fraction longer") << "1.31" << "1.3" << 1;
        QTest::addRow("negative") << "-5" << "3" << -1;
        QTest::addRow("both negative") << "-5" << "-3" << -1;
        QTest::addRow("minus zero") << "-0" << "0.000" << 0;
        QTest::addRow("huge exact") << "100000000000000000000000001" << "100000000000000000000000000" << 1;
        QTest::addRow("beyond double precision") << "9007199254740993" << "9007199254740992" << 1;
        QTest::addRow("dot forms") << ".5" << "0.50" << 0;
    }
    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const std::string sa = a.toStdString();
        const std::string sb = b.toStdString();
        const auto da = parseDecimal(sa);
        const auto db = parseDecimal(sb);
        QVERIFY(da && db);
        const std::strong_ordering order = compareDecimal(*da, *db);
        const int actual = order < 0 ? -1 : (order > 0 ? 1 : 0);
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestNumeric)
#include "tst_numeric.moc"
