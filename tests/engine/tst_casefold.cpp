// Unicode simple case folding wherever the rules say "ignoring case": the values of
// StringEqualsIgnoreCase / StringNotEqualsIgnoreCase and condition key names (the tag part
// included), across scripts. A Deny that should fire for another spelling of the same text
// must fire: a wrong fold gives a false Allowed.
#include "eval/evaluator.h"
#include "eval/request.h"
#include "policy/policyreader.h"
#include "values/casefold.h"

#include <QTest>

using namespace engine;

namespace {

// Allow everything, deny `op: {key: value}` (JSON texts).
std::string denyPolicy(const std::string &op, const std::string &key, const std::string &value)
{
    return R"({"Version": "2012-10-17", "Statement": [)"
           R"({"Effect": "Allow", "Principal": "*", "Action": "secretsmanager:*", "Resource": "*"},)"
           R"({"Effect": "Deny", "Principal": "*", "Action": "secretsmanager:*", "Resource": "*",)"
           R"( "Condition": {")"
           + op + R"(": {")" + key + R"(": ")" + value + R"("}}}]})";
}

Outcome decide(const std::string &policyText, const std::string &contextKey,
               const std::string &contextValue)
{
    const PolicyReadResult policy = readPolicyText(policyText);
    if (!policy.policy)
        qFatal("policy does not read");
    const RequestReadResult request = readRequest(
        R"({"principal": "arn:aws:iam::123456789012:user/anaya", "action": )"
        R"("secretsmanager:GetSecretValue", "resource": )"
        R"("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", "context": {")"
        + contextKey + R"(": ")" + contextValue + R"("}})");
    if (!request.request)
        qFatal("request does not read: %s", request.error.c_str());
    return evaluate(*policy.policy, *request.request).decision;
}

} // namespace

class TestCaseFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        const auto row = [](const char *name, const char *a, const char *b, bool equal) {
            QTest::addRow("%s", name) << QString::fromUtf8(a) << QString::fromUtf8(b) << equal;
        };
        row("ascii", "AWSCurrent", "awscurrent", true);
        row("latin-1", "ÉTÉ", "été", true);
        row("latin extended", "ŁÓDŹ", "łódź", true);
        row("vietnamese", "NGUYỄN", "nguyễn", true);
        row("vietnamese tone marks", "TRẦN THỊ ĐỨC", "trần thị đức", true);
        row("greek accented", "ΆΝΝΑ", "άννα", true);
        row("greek final sigma", "ΟΔΥΣΣΕΥΣ", "οδυσσευς", true);
        row("greek final sigma both ways", "ς", "σ", true);
        row("cyrillic", "ПРИВЕТ ЁЖ", "привет ёж", true);
        row("cyrillic extended", "ЂЏЉ", "ђџљ", true);
        row("armenian", "ԱՐՄԵՆ", "արմեն", true);
        row("cherokee", "ᏣᎳᎩ", "ꮳꮃꭹ", true);
        row("deseret", "\xf0\x90\x90\x80\xf0\x90\x90\x81", "\xf0\x90\x90\xa8\xf0\x90\x90\xa9", true);
        row("fullwidth", "ＡＢＣ", "ａｂｃ", true);
        row("kelvin sign", "\xe2\x84\xaa", "k", true);
        row("kelvin sign upper", "\xe2\x84\xaa", "K", true);
        row("angstrom sign", "\xe2\x84\xab", "å", true);
        row("angstrom sign upper", "\xe2\x84\xab", "Å", true);
        row("long s", "ſ", "S", true);
        row("micro sign", "µ", "μ", true);
        row("titlecase digraph", "ǅ", "ǆ", true);
        // Simple folding only: no length changes, no Turkic rules.
        row("sharp s is not ss", "ß", "ss", false);
        row("dotless i", "ı", "i", false);
        row("dotted capital I", "İ", "i", false);
        row("fullwidth is not ascii", "Ａ", "a", false);
        row("different letters", "nguyễn", "nguyen", false);
        row("length", "abc", "abcd", false);
    }
    void fold()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(values::equalsFoldingCase(a.toStdString(), b.toStdString()), equal);
        QCOMPARE(values::equalsFoldingCase(b.toStdString(), a.toStdString()), equal);
        QCOMPARE(values::foldCase(a.toStdString()) == values::foldCase(b.toStdString()), equal);
    }

    // StringEqualsIgnoreCase in a Deny: the other spelling is denied, an unrelated value not.
    void values_data() { fold_data(); }
    void values()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        const std::string policy = denyPolicy("StringEqualsIgnoreCase", "aws:PrincipalTag/name",
                                              a.toStdString());
        QCOMPARE(decide(policy, "aws:PrincipalTag/name", b.toStdString()),
                 equal ? Outcome::ExplicitlyDenied : Outcome::Allowed);
        const std::string negated = denyPolicy("StringNotEqualsIgnoreCase",
                                               "aws:PrincipalTag/name", a.toStdString());
        QCOMPARE(decide(negated, "aws:PrincipalTag/name", b.toStdString()),
                 equal ? Outcome::Allowed : Outcome::ExplicitlyDenied);
    }

    // Condition key names: the tag part of the policy's key matches the request's key in any
    // case, in every script.
    void keys_data() { fold_data(); }
    void keys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        // A variable's name has no spaces (it would stay literal text).
        a.remove(QLatin1Char(' '));
        b.remove(QLatin1Char(' '));
        const std::string policy = denyPolicy("StringEquals",
                                              "aws:PrincipalTag/" + a.toStdString(), "x");
        QCOMPARE(decide(policy, "aws:principaltag/" + b.toStdString(), "x"),
                 equal ? Outcome::ExplicitlyDenied : Outcome::Allowed);
        // The same through a policy variable naming the key.
        const std::string variable = denyPolicy(
            "StringEquals", "aws:PrincipalTag/other", "${aws:PrincipalTag/" + a.toStdString() + "}");
        const PolicyReadResult read = readPolicyText(variable);
        QVERIFY(read.policy.has_value());
        const RequestReadResult request = readRequest(
            R"({"principal": "arn:aws:iam::123456789012:user/anaya", "action": )"
            R"("secretsmanager:GetSecretValue", "resource": )"
            R"("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", "context": )"
            R"({"aws:PrincipalTag/other": "v", "aws:principaltag/)"
            + b.toStdString() + R"(": "v"}})");
        QVERIFY(request.request.has_value());
        QCOMPARE(evaluate(*read.policy, *request.request).decision,
                 equal ? Outcome::ExplicitlyDenied : Outcome::Allowed);
    }
};

QTEST_APPLESS_MAIN(TestCaseFold)
#include "tst_casefold.moc"
