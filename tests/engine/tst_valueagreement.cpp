// The linter and the evaluator read condition values with the same functions: for a table of
// tricky values of every family, `invalid-value` fires exactly when the evaluator cannot read
// the value (its compiled value is invalid, so the comparison never matches). The expected
// column is the grammar of each family: numbers with `7.` and `.5`, dates from `YYYY` to
// fractions of seconds on real calendar days, base64 with or without padding, IPv6 with an IPv4
// tail, true/false in any case.
#include "eval/conditions.h"
#include "lint/linter.h"
#include "policy/policyreader.h"
#include "values/values.h"

#include <QTest>

using namespace engine;

namespace {

// A policy with one condition `op: {key: value}`; `value` is JSON text.
std::string policyWith(const QString &op, const QString &key, const std::string &value)
{
    return R"({"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*",)"
           R"( "Action": "secretsmanager:GetSecretValue", "Resource": "*", "Condition": {")"
           + op.toStdString() + R"(": {")" + key.toStdString() + R"(": )" + value + "}}}]}";
}

std::string jsonString(const QString &text)
{
    std::string out = "\"";
    for (const char c : text.toStdString()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

} // namespace

class TestValueAgreement : public QObject
{
    Q_OBJECT

private slots:
    void agreement_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        const auto add = [](const char *op, const char *key, const QString &value, bool valid) {
            QTest::addRow("%s %s", op, qPrintable(value)) << QString::fromLatin1(op)
                                                          << QString::fromLatin1(key) << value
                                                          << valid;
        };
        const auto number = [&](const char *v, bool ok) {
            add("NumericEquals", "aws:MultiFactorAuthAge", QString::fromUtf8(v), ok);
        };
        number("7", true);
        number("7.", true);
        number(".5", true);
        number("+1", true);
        number("-0", true);
        number("007.500", true);
        number("123456789012345678901234567890.000000000000000000001", true);
        number("1e3", false);
        number("0x10", false);
        number(" 1", false);
        number("1 ", false);
        number("1_000", false);
        number("1,000", false);
        number("", false);
        number(".", false);
        number("-", false);
        number("+-1", false);
        number("NaN", false);
        number("\xef\xbc\x91", false); // fullwidth digit one
        const auto date = [&](const char *v, bool ok) {
            add("DateLessThan", "aws:CurrentTime", QString::fromUtf8(v), ok);
        };
        date("2024", true);
        date("2024-05", true);
        date("2024-05-01", true);
        date("2024-02-29", true);
        date("2000-02-29", true);
        date("2023-02-29", false);
        date("1900-02-29", false);
        date("2024-02-30", false);
        date("2024-04-31", false);
        date("2024-13-01", false);
        date("2024-00-10", false);
        date("2024-05-00", false);
        date("2024-05-01T10:00Z", true);
        date("2024-05-01T10:00:00Z", true);
        date("2024-05-01T10:00:00.123456789Z", true);
        date("2024-05-01T10:00:00+05:30", true);
        date("2024-05-01T10:00:00-08:00", true);
        date("2024-05-01t10:00:00z", true);
        date("2024-05-01T10:00:00", true); // no zone: UTC (the linter warns separately)
        date("2024-05-01T24:00:00Z", false);
        date("2024-05-01T23:60:00Z", false);
        date("2024-05-01T23:59:60Z", false);
        date("2024-05-01T10:00:00+0530", false);
        date("2024-05-01T10:00:00+24:00", false);
        date("2024-05-01 10:00:00Z", false);
        date("2024-05-01T10Z", false);
        date("2024-05-01T10:00:00.Z", false);
        date("2024-5-1", false);
        date("24-05-01", false);
        date("1893456000", true);
        date("0", true);
        date("-86400", true);
        date("20240501", true); // eight digits: epoch seconds
        date("1715000000.5", false);
        date("1e9", false);
        date("", false);
        const auto boolean = [&](const char *v, bool ok) {
            add("Bool", "aws:SecureTransport", QString::fromUtf8(v), ok);
        };
        boolean("true", true);
        boolean("FALSE", true);
        boolean("tRuE", true);
        boolean("1", false);
        boolean("yes", false);
        boolean(" true", false);
        boolean("true ", false);
        boolean("", false);
        add("Null", "aws:PrincipalOrgID", QStringLiteral("TRUE"), true);
        add("Null", "aws:PrincipalOrgID", QStringLiteral("no"), false);
        const auto binary = [&](const char *v, bool ok) {
            add("BinaryEquals", "aws:SourceIdentity", QString::fromUtf8(v), ok);
        };
        binary("QUJDRA", true);
        binary("QUJDRA==", true);
        binary("QUJD", true);
        binary("aGVsbG8=", true);
        binary("", true);
        binary("QUJDRA=", false);
        binary("QUJDRA===", false);
        binary("QUJDR", false);
        binary("QU JD", false);
        binary("QUJD-_", false);
        binary("====", false);
        const auto ip = [&](const char *v, bool ok) {
            add("IpAddress", "aws:SourceIp", QString::fromUtf8(v), ok);
        };
        ip("203.0.113.0/24", true);
        ip("203.0.113.77/24", true);
        ip("203.0.113.5", true);
        ip("0.0.0.0/0", true);
        ip("::ffff:1.2.3.4", true);
        ip("::ffff:1.2.3.4/128", true);
        ip("1:2:3:4:5:6:1.2.3.4", true);
        ip("2001:DB8::/32", true);
        ip("2001:db8::1", true);
        ip("::", true);
        ip("::1", true);
        ip("1::", true);
        ip("256.0.0.1", false);
        ip("1.2.3", false);
        ip("1.2.3.4/33", false);
        ip("2001:db8::/129", false);
        ip("1.2.3.4/", false);
        ip("1.2.3.4/-1", false);
        ip("0001.2.3.4", false);
        ip(" 1.2.3.4", false);
        ip("1:2:3:4:5:6:7:8:9", false);
        ip("1::2::3", false);
        ip("2001:db8::g", false);
        ip("fe80::1%eth0", false);
        ip("::ffff:1.2.3", false);
        ip("1:2:3:4:5:6:7:1.2.3.4", false);
        const auto arn = [&](const char *v, bool ok) {
            add("ArnLike", "aws:PrincipalArn", QString::fromUtf8(v), ok);
        };
        arn("arn:aws:iam::123456789012:root", true);
        arn("arn:aws:iam::*:role/*", true);
        arn("arn:aws:iam::123456789012:role/a:b", true);
        arn("a:b:c:d:e:", true);
        arn("arn:aws:iam::123", false);
        arn("*", false);
        add("StringEquals", "aws:PrincipalAccount", QStringLiteral("anything at all"), true);
    }

    void agreement()
    {
        QFETCH(QString, op);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const std::string text = policyWith(op, key, jsonString(value));

        // The evaluator: the compiled value is readable or not.
        const PolicyReadResult read = readPolicyText(text);
        QVERIFY(read.policy.has_value());
        const Statement &statement = read.policy->statements.at(0);
        const std::vector<eval::CompiledBlock> blocks = eval::compileConditions(
            statement.conditions(), true);
        QCOMPARE(blocks.at(0).pairs.at(0).values.at(0).valid, valid);
        QCOMPARE(values::isValidPolicyValue(valueTypeOf(statement.conditions().at(0).op),
                                            value.toStdString()),
                 valid);

        // The linter: invalid-value exactly when the evaluator cannot read it.
        bool reported = false;
        for (const Diagnostic &d : lint(text)) {
            if (d.id == "invalid-value")
                reported = true;
        }
        QCOMPARE(reported, !valid);
    }

    // A number written as a JSON number reads as its text.
    void jsonNumbers()
    {
        for (const char *number : {"7", "7.0", "-0", "1e3", "1E-2"}) {
            const std::string text = policyWith(QStringLiteral("NumericEquals"),
                                                QStringLiteral("aws:MultiFactorAuthAge"), number);
            const PolicyReadResult read = readPolicyText(text);
            QVERIFY(read.policy.has_value());
            const auto blocks = eval::compileConditions(read.policy->statements[0].conditions(),
                                                        true);
            const bool valid = blocks[0].pairs[0].values[0].valid;
            bool reported = false;
            for (const Diagnostic &d : lint(text))
                reported = reported || d.id == "invalid-value";
            QCOMPARE(reported, !valid);
        }
    }
};

QTEST_APPLESS_MAIN(TestValueAgreement)
#include "tst_valueagreement.moc"
