// Dates: the W3C ISO 8601 profile and epoch seconds (evaluation.md §3.6.3).
#include "values/date.h"

#include <QTest>

using namespace engine::values;

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("nanos");
        QTest::addRow("epoch") << "1893456000" << true << qint64(1893456000) << 0;
        QTest::addRow("full zulu") << "2030-01-01T00:00:00Z" << true << qint64(1893456000) << 0;
        QTest::addRow("year") << "2030" << true << qint64(1893456000) << 0;
        QTest::addRow("year-month") << "2030-01" << true << qint64(1893456000) << 0;
        QTest::addRow("date") << "2030-01-01" << true << qint64(1893456000) << 0;
        QTest::addRow("minutes with zone") << "2030-01-01T00:00Z" << true << qint64(1893456000) << 0;
        QTest::addRow("no zone is UTC") << "2030-01-01T00:00:00" << true << qint64(1893456000) << 0;
        QTest::addRow("offset") << "2029-06-01T14:00:00+02:00" << true << qint64(1875009600) << 0;
        QTest::addRow("negative offset") << "2029-06-01T10:00:00-02:00" << true << qint64(1875009600) << 0;
        QTest::addRow("fraction") << "2030-01-01T00:00:00.5Z" << true << qint64(1893456000) << 500000000;
        QTest::addRow("epoch zero") << "0" << true << qint64(0) << 0;
        QTest::addRow("leap day") << "2028-02-29" << true << qint64(1835395200) << 0;
        QTest::addRow("not a leap year") << "2029-02-29" << false << qint64(0) << 0;
        QTest::addRow("month 13") << "2030-13-01" << false << qint64(0) << 0;
        QTest::addRow("hour 24") << "2030-01-01T24:00:00Z" << false << qint64(0) << 0;
        QTest::addRow("text") << "tomorrow" << false << qint64(0) << 0;
        QTest::addRow("empty") << "" << false << qint64(0) << 0;
        QTest::addRow("epoch with fraction") << "1893456000.5" << false << qint64(0) << 0;
        QTest::addRow("date and hour only") << "2030-01-01T10Z" << false << qint64(0) << 0;
        QTest::addRow("trailing text") << "2030-01-01T00:00:00Zx" << false << qint64(0) << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, seconds);
        QFETCH(int, nanos);
        const std::optional<Instant> d = parseDate(text.toStdString());
        QCOMPARE(d.has_value(), valid);
        if (!d)
            return;
        QCOMPARE(qint64(d->seconds), seconds);
        QCOMPARE(int(d->nanos), nanos);
    }

    void order()
    {
        // Ex 34: mixed forms compare by instant.
        QVERIFY(*parseDate("2029-06-01T00:00:00Z") < *parseDate("1893456000"));
        QVERIFY(*parseDate("2029-06-01T12:00:00Z") < *parseDate("2030-01-01T00:00:00Z"));
        QVERIFY(*parseDate("2029-06-01T12:00:00Z") == *parseDate("2029-06-01T14:00:00+02:00"));
        QVERIFY(*parseDate("2030-01-01T00:00:00.001Z") > *parseDate("2030-01-01T00:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
