// ARN splitting and field-by-field globbing (evaluation.md §2.2, §3.6.8).
#include "values/arn.h"
#include "values/glob.h"
#include "eval/operators.h"

#include <QTest>

using namespace engine::eval;
using namespace engine::values;

class TestArn : public QObject
{
    Q_OBJECT

private slots:
    void split()
    {
        ArnFields f;
        QVERIFY(splitArn("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", f));
        QCOMPARE(f.prefix(), std::string_view("arn"));
        QCOMPARE(f.partition(), std::string_view("aws"));
        QCOMPARE(f.service(), std::string_view("secretsmanager"));
        QCOMPARE(f.region(), std::string_view("us-east-1"));
        QCOMPARE(f.account(), std::string_view("123456789012"));
        QCOMPARE(f.resource(), std::string_view("secret:prod/db-AbCdEf"));
        QVERIFY(isSecretArn(f));
        QVERIFY(splitArn("arn:aws:iam::123456789012:root", f));
        QCOMPARE(f.region(), std::string_view(""));
        QCOMPARE(f.resource(), std::string_view("root"));
        QVERIFY(splitArn("a:b:c:d:e:", f));
        QCOMPARE(f.resource(), std::string_view(""));
        QVERIFY(!splitArn("arn:aws:secretsmanager:us-east-1:123456789012", f));
        QVERIFY(!splitArn("*", f));
        QVERIFY(splitEscapedArn("arn:aws:s\\:x:r:a:res", f));
        QCOMPARE(f.service(), std::string_view("s\\:x"));
    }

    void resource_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("expected");
        QTest::addRow("full ARN") << "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf" << true;
        QTest::addRow("no suffix") << "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db" << false;
        QTest::addRow("six questions") << "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????" << true;
        QTest::addRow("name star") << "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-*" << true;
        QTest::addRow("name case") << "arn:aws:secretsmanager:us-east-1:123456789012:secret:Prod/db-AbCdEf" << false;
        QTest::addRow("service case") << "arn:aws:SecretsManager:us-east-1:123456789012:secret:prod/db-AbCdEf" << false;
        QTest::addRow("wildcards per field") << "arn:aws:secretsmanager:*:*:secret:*" << true;
        QTest::addRow("resource star spans") << "arn:aws:secretsmanager:us-east-1:123456789012:*" << true;
        QTest::addRow("star cannot cross fields") << "arn:aws:*:123456789012:secret:prod/db-AbCdEf:x" << false;
        QTest::addRow("prefix must be arn") << "ar?:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf" << false;
        QTest::addRow("other account") << "arn:aws:secretsmanager:us-east-1:444455556666:secret:prod/db-AbCdEf" << false;
        QTest::addRow("question in region") << "arn:aws:secretsmanager:us-east-?:123456789012:secret:prod/db-AbCdEf" << true;
    }
    void resource()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, expected);
        const std::string escaped = toGlobPattern(pattern.toStdString());
        ArnFields p;
        ArnFields v;
        QVERIFY(splitEscapedArn(escaped, p));
        QVERIFY(splitArn("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", v));
        QCOMPARE(resourceFieldsMatch(p, v), expected);
    }

    void arnOperator_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected");
        const int match = int(MatchResult::Match);
        const int no = int(MatchResult::NoMatch);
        const int invalid = int(MatchResult::Invalid);
        QTest::addRow("field by field (Ex 26)") << "arn:aws:someservice:*:111122223333:finance/*"
            << "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt" << no;
        QTest::addRow("role family") << "arn:aws:iam::*:role/app-*" << "arn:aws:iam::123456789012:role/app-web" << match;
        QTest::addRow("value not an ARN") << "arn:aws:iam::*:role/app-*" << "app-web" << invalid;
        QTest::addRow("case-sensitive") << "arn:aws:iam::*:role/App-*" << "arn:aws:iam::123456789012:role/app-web" << no;
        QTest::addRow("resource field spans colons") << "arn:aws:s:r:1:a*" << "arn:aws:s:r:1:a:b:c" << match;
    }
    void arnOperator()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, value);
        QFETCH(int, expected);
        const std::string escaped = toGlobPattern(pattern.toStdString());
        ArnFields p;
        QVERIFY(splitEscapedArn(escaped, p));
        QCOMPARE(int(arnLike(p, value.toStdString())), expected);
    }

    void suffix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("expected");
        QTest::addRow("suffix") << "prod/db-AbCdEf" << true;
        QTest::addRow("no suffix") << "prod/db" << false;
        QTest::addRow("short") << "db-AbCdE" << false;
        QTest::addRow("bad char") << "prod/db-AbC_Ef" << false;
        QTest::addRow("digits") << "x-012345" << true;
    }
    void suffix()
    {
        QFETCH(QString, name);
        QFETCH(bool, expected);
        QCOMPARE(hasSecretSuffix(name.toStdString()), expected);
    }

    void accountId()
    {
        QVERIFY(isAccountId("123456789012"));
        QVERIFY(!isAccountId("12345678901"));
        QVERIFY(!isAccountId("12345678901a"));
    }
};

QTEST_GUILESS_MAIN(TestArn)
#include "tst_arn.moc"
