// IP addresses and CIDR ranges (evaluation.md §3.6.6).
#include "values/ipaddress.h"

#include <QTest>

using namespace engine::values;

class TestIpAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addRow("ipv4 cidr") << "203.0.113.0/24" << true;
        QTest::addRow("ipv4 bare") << "198.51.100.7" << true;
        QTest::addRow("ipv6 cidr") << "2001:DB8:1234:5678::/64" << true;
        QTest::addRow("ipv6 full") << "2001:db8:0:0:0:0:0:1" << true;
        QTest::addRow("ipv6 any") << "::/0" << true;
        QTest::addRow("ipv6 loopback") << "::1" << true;
        QTest::addRow("embedded ipv4") << "::ffff:203.0.113.5" << true;
        QTest::addRow("octet too big") << "256.0.0.1" << false;
        QTest::addRow("three octets") << "10.0.0" << false;
        QTest::addRow("prefix too long") << "10.0.0.0/33" << false;
        QTest::addRow("ipv6 prefix too long") << "::/129" << false;
        QTest::addRow("empty prefix") << "10.0.0.0/" << false;
        QTest::addRow("two gaps") << "1::2::3" << false;
        QTest::addRow("nine groups") << "1:2:3:4:5:6:7:8:9" << false;
        QTest::addRow("seven groups no gap") << "1:2:3:4:5:6:7" << false;
        QTest::addRow("group too long") << "12345::1" << false;
        QTest::addRow("trailing colon") << "1:2:3:4:5:6:7:" << false;
        QTest::addRow("text") << "localhost" << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(parseIpRange(text.toStdString()).has_value(), valid);
    }

    void contains_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("expected");
        QTest::addRow("inside /24") << "203.0.113.0/24" << "203.0.113.77" << true;
        QTest::addRow("outside /24") << "203.0.113.0/24" << "198.51.100.1" << false;
        QTest::addRow("host bits ignored") << "203.0.113.77/24" << "203.0.113.1" << true;
        QTest::addRow("bare is /32") << "198.51.100.7" << "198.51.100.7" << true;
        QTest::addRow("bare is /32, other") << "198.51.100.7" << "198.51.100.8" << false;
        QTest::addRow("odd prefix") << "10.0.0.0/9" << "10.127.255.255" << true;
        QTest::addRow("odd prefix outside") << "10.0.0.0/9" << "10.128.0.0" << false;
        QTest::addRow("ipv6 /64") << "2001:DB8:1234:5678::/64" << "2001:db8:1234:5678::1" << true;
        QTest::addRow("ipv6 /64 outside") << "2001:DB8:1234:5678::/64" << "2001:db8:1234:5679::1" << false;
        QTest::addRow("ipv6 bare any spelling") << "2001:db8::1" << "2001:0DB8:0:0::0001" << true;
        QTest::addRow("v6 address, v4 range") << "203.0.113.0/24" << "2001:db8::1" << false;
        QTest::addRow("v4 address, v6 range") << "::/0" << "203.0.113.5" << false;
        QTest::addRow("4-in-6 never matches v4") << "203.0.113.0/24" << "::ffff:203.0.113.5" << false;
        QTest::addRow("/0 v4") << "0.0.0.0/0" << "8.8.8.8" << true;
    }
    void contains()
    {
        QFETCH(QString, range);
        QFETCH(QString, address);
        QFETCH(bool, expected);
        const auto r = parseIpRange(range.toStdString());
        const auto a = parseIpAddress(address.toStdString());
        QVERIFY(r && a);
        QCOMPARE(ipInRange(*a, *r), expected);
    }

    void addressHasNoPrefix()
    {
        QVERIFY(!parseIpAddress("10.0.0.1/32").has_value());
    }
};

QTEST_GUILESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
