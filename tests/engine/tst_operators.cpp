// The string, Bool, Null, binary and ARN operator families (evaluation.md §3.6.1, §3.6.4,
// §3.6.5, §3.6.7, §3.6.8), through the evaluator.
#include "eval/evaluator.h"
#include "eval/operators.h"
#include "values/base64.h"
#include "values/boolean.h"
#include "evaltestutil.h"

#include <QTest>

using namespace engine;
using namespace engine::eval;
using namespace engine::values;
using namespace evaltest;

namespace {

bool holds(const std::string &op, const std::string &key, std::vector<std::string> values,
           const std::string &requestValue)
{
    const Policy p = policy({statement(Effect::Allow, starPrincipal(), {"secretsmanager:*"}, {"*"},
                                       std::vector<ConditionBlock>{condition(op, key, values)})});
    const Decision d = evaluate(p, request("arn:aws:iam::123456789012:user/alice",
                                           "secretsmanager:GetSecretValue", secretS,
                                           {scalar(key, requestValue)}));
    return d.decision == Outcome::Allowed;
}

} // namespace

class TestOperators : public QObject
{
    Q_OBJECT

private slots:
    void family_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("policyValue");
        QTest::addColumn<QString>("requestValue");
        QTest::addColumn<bool>("expected");
        // Strings.
        QTest::addRow("StringEquals exact") << "StringEquals" << "AWSCURRENT" << "AWSCURRENT" << true;
        QTest::addRow("StringEquals case") << "StringEquals" << "AWSCURRENT" << "awscurrent" << false;
        QTest::addRow("StringEquals literal star") << "StringEquals" << "arn:aws:iam::*:role/x" << "arn:aws:iam::1:role/x" << false;
        QTest::addRow("StringEquals star equals star") << "StringEquals" << "a*" << "a*" << true;
        QTest::addRow("StringNotEquals") << "StringNotEquals" << "a" << "b" << true;
        QTest::addRow("IgnoreCase") << "StringEqualsIgnoreCase" << "AWSCurrent" << "awscurrent" << true;
        QTest::addRow("IgnoreCase non-ascii") << "StringEqualsIgnoreCase" << QString::fromUtf8("\xc3\x89quipe") << QString::fromUtf8("\xc3\xa9QUIPE") << true;
        QTest::addRow("NotEqualsIgnoreCase") << "StringNotEqualsIgnoreCase" << "AWSCurrent" << "awscurrent" << false;
        QTest::addRow("StringLike star") << "StringLike" << "team-*" << "team-a" << true;
        QTest::addRow("StringLike question") << "StringLike" << "a?c" << "abc" << true;
        QTest::addRow("StringLike newline") << "StringLike" << "a*c" << "a\nb\nc" << true;
        QTest::addRow("StringLike case") << "StringLike" << "Team-*" << "team-a" << false;
        QTest::addRow("StringNotLike") << "StringNotLike" << "team-*" << "ops" << true;
        // Bool.
        QTest::addRow("Bool true") << "Bool" << "true" << "true" << true;
        QTest::addRow("Bool case") << "Bool" << "TRUE" << "True" << true;
        QTest::addRow("Bool differs") << "Bool" << "true" << "false" << false;
        QTest::addRow("Bool invalid") << "Bool" << "yes" << "yes" << false;
        // Binary.
        QTest::addRow("Binary equal bytes") << "BinaryEquals" << "QmluYXJ5" << "QmluYXJ5" << true;
        QTest::addRow("Binary without padding") << "BinaryEquals" << "YQ==" << "YQ" << true;
        QTest::addRow("Binary differs") << "BinaryEquals" << "YQ==" << "Yg==" << false;
        QTest::addRow("Binary invalid") << "BinaryEquals" << "YQ==" << "!!" << false;
        // ARN.
        QTest::addRow("ArnEquals exact") << "ArnEquals" << "arn:aws:iam::123456789012:role/app" << "arn:aws:iam::123456789012:role/app" << true;
        QTest::addRow("ArnLike wildcard account") << "ArnLike" << "arn:aws:iam::*:role/app-*" << "arn:aws:iam::123456789012:role/app-web" << true;
        QTest::addRow("ArnEquals globs too") << "ArnEquals" << "arn:aws:iam::*:role/app-*" << "arn:aws:iam::123456789012:role/app-web" << true;
        QTest::addRow("ArnLike per field") << "ArnLike" << "arn:aws:someservice:*:111122223333:finance/*" << "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt" << false;
        QTest::addRow("StringLike spans fields") << "StringLike" << "arn:aws:someservice:*:111122223333:finance/*" << "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt" << true;
        QTest::addRow("ArnNotLike other") << "ArnNotLike" << "arn:aws:iam::*:role/app-*" << "arn:aws:iam::1:role/db" << true;
        QTest::addRow("ArnNotLike invalid value") << "ArnNotLike" << "arn:aws:iam::*:role/app-*" << "not-an-arn" << false;
        QTest::addRow("ArnNotEquals invalid policy") << "ArnNotEquals" << "arn:aws" << "arn:aws:iam::1:role/db" << false;
    }
    void family()
    {
        QFETCH(QString, op);
        QFETCH(QString, policyValue);
        QFETCH(QString, requestValue);
        QFETCH(bool, expected);
        QCOMPARE(holds(op.toStdString(), "aws:PrincipalTag/x", {policyValue.toStdString()},
                       requestValue.toStdString()),
                 expected);
    }

    void base64()
    {
        QCOMPARE(decodeBase64("aGVsbG8="), std::optional<std::string>("hello"));
        QCOMPARE(decodeBase64(""), std::optional<std::string>(""));
        QVERIFY(!decodeBase64("a").has_value());
        QVERIFY(!decodeBase64("aGVsbG8=x").has_value());
        QVERIFY(!decodeBase64("a===").has_value());
    }

    void boolText()
    {
        QCOMPARE(parseBool("TrUe"), std::optional<bool>(true));
        QCOMPARE(parseBool("false"), std::optional<bool>(false));
        QVERIFY(!parseBool("1").has_value());
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "tst_operators.moc"
