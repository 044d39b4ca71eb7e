// model::ExplainText: the evaluator's English explanations, put together again from
// translated phrases; English stays byte for byte what the engine wrote, every phrase the
// engine writes on these policies is known, and an unknown phrase keeps the whole text English.
#include "explaintext.h"
#include "translations.h"

#include "eval/evaluator.h"
#include "policy/policyreader.h"

#include <QTest>

namespace {

const char kSecret[] = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

engine::Decision decide(const char *policyJson, const std::string &requestJson)
{
    engine::PolicyReadResult policy = engine::readPolicyText(policyJson);
    engine::RequestReadResult request = engine::readRequest(requestJson);
    if (!policy.policy || !request.request) {
        qWarning() << "bad test data:" << request.error.c_str();
        return {};
    }
    return engine::evaluate(*policy.policy, *request.request);
}

std::string request(const char *principal,
                    const char *action,
                    const char *context = "{}",
                    const std::string &resource = kSecret)
{
    return std::string(R"({"principal": )") + principal + R"(, "action": ")" + action
           + R"(", "resource": ")" + resource + R"(", "context": )" + context + "}";
}

} // namespace

class TestExplainText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { views::installTranslators(QStringLiteral("en")); }

    // Every explanation and reason the engine writes for these requests is known, and in
    // English the text comes back unchanged.
    void engineTextsAreKnown_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QByteArray>("request");
        const QByteArray allowAccount = R"({"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
            "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]})";
        const QByteArray stages = R"({"Version": "2012-10-17", "Statement": [
            {"Sid": "Reader", "Effect": "Allow",
             "Principal": {"AWS": "arn:aws:iam::123456789012:role/Reader"},
             "Action": "secretsmanager:GetSecretValue", "Resource": "*",
             "Condition": {"StringEquals": {"secretsmanager:VersionStage": "AWSPENDING"},
                           "Bool": {"aws:SecureTransport": "true"}}},
            {"Effect": "Deny", "Principal": "*", "NotAction": "secretsmanager:Describe*",
             "Resource": "*", "Condition": {"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}},
            {"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"},
             "Action": "secretsmanager:DescribeSecret", "NotResource": "arn:aws:secretsmanager:*:*:secret:other-*"}]})";
        const std::string role = R"("arn:aws:iam::123456789012:role/Reader")";
        const std::string other = R"("arn:aws:iam::444455556666:user/mateo")";
        QTest::addRow("same account")
            << allowAccount
            << QByteArray::fromStdString(request(role.c_str(), "secretsmanager:GetSecretValue"));
        QTest::addRow("cross-account")
            << allowAccount
            << QByteArray::fromStdString(request(other.c_str(), "secretsmanager:GetSecretValue"));
        QTest::addRow("anonymous") << allowAccount
                                   << QByteArray::fromStdString(request(
                                          R"("anonymous")", "secretsmanager:GetSecretValue"));
        QTest::addRow("no resource")
            << allowAccount
            // Actions without a resource are requested on "*": a secret ARN is refused.
            << QByteArray::fromStdString(
                   request(role.c_str(), "secretsmanager:ListSecrets", "{}", "*"));
        QTest::addRow("condition fails with a value")
            << stages
            << QByteArray::fromStdString(request(
                   role.c_str(),
                   "secretsmanager:GetSecretValue",
                   R"({"secretsmanager:VersionStage": "AWSCURRENT", "aws:SourceIp": "10.1.2.3"})"));
        QTest::addRow("condition key absent")
            << stages
            << QByteArray::fromStdString(request(role.c_str(),
                                                 "secretsmanager:GetSecretValue",
                                                 R"({"aws:SourceIp": "10.1.2.3"})"));
        QTest::addRow("explicit deny")
            << stages
            << QByteArray::fromStdString(request(
                   role.c_str(),
                   "secretsmanager:GetSecretValue",
                   R"({"secretsmanager:VersionStage": "AWSPENDING", "aws:SourceIp": "192.0.2.1"})"));
        QTest::addRow("conditions hold")
            << stages
            << QByteArray::fromStdString(request(
                   role.c_str(),
                   "secretsmanager:GetSecretValue",
                   R"({"secretsmanager:VersionStage": "AWSPENDING", "aws:SourceIp": "10.1.2.3", "aws:SecureTransport": "true"})"));
        QTest::addRow("NotPrincipal and NotResource")
            << stages
            << QByteArray::fromStdString(request(other.c_str(),
                                                 "secretsmanager:DescribeSecret",
                                                 R"({"aws:SourceIp": "10.1.2.3"})"));
    }
    void engineTextsAreKnown()
    {
        QFETCH(QByteArray, policy);
        QFETCH(QByteArray, request);
        const engine::Decision d = decide(policy.constData(), request.toStdString());
        const QString english = QString::fromStdString(d.explain);
        QVERIFY(!english.isEmpty());
        bool matched = false;
        QCOMPARE(model::ExplainText::explanation(english, &matched), english);
        QVERIFY2(matched, qPrintable(english));
        for (const engine::StatementTrace &t : d.trace) {
            const QString reason = QString::fromStdString(t.reason);
            QCOMPARE(model::ExplainText::reason(reason, &matched), reason);
            QVERIFY2(matched, qPrintable(reason));
        }
        // Translated, no English phrase is left (only names, keys and values).
        views::installTranslators(QStringLiteral("de"));
        const QString german = model::ExplainText::explanation(english, &matched);
        QVERIFY(matched);
        QVERIFY2(german != english, qPrintable(german));
        for (const char *phrase : {"matches", "allows", "account:", "decide", "absent", "holds"})
            QVERIFY2(!german.contains(QLatin1String(phrase)), qPrintable(german));
    }

    void translates_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("expected");
        const QString grant = QStringLiteral(
            "Statement 0 allows: principal matches, action matches; same account: the secret "
            "policy's grant suffices");
        QTest::addRow("German grant")
            << QStringLiteral("de") << grant
            << QStringLiteral("Anweisung 0 erlaubt: Prinzipal passt, Aktion passt; selbes Konto: "
                              "die Gewährung der Secret-Richtlinie genügt");
        QTest::addRow("Japanese grant")
            << QStringLiteral("ja") << grant
            << QStringLiteral(
                   "ステートメント 0 が許可: プリンシパルが一致、アクションが一致。同じアカウント: "
                   "シークレットポリシーの許可で十分");
        QTest::addRow("German failed condition")
            << QStringLiteral("de")
            << QStringLiteral("Statement 1 (Reader): condition StringEquals "
                              "secretsmanager:VersionStage: value \"AWSCURRENT\" does not match; "
                              "cross-account: the secret policy must allow")
            << QStringLiteral("Anweisung 1 (Reader): Bedingung StringEquals "
                              "secretsmanager:VersionStage: Wert \"AWSCURRENT\" passt nicht; "
                              "kontoübergreifend: die Secret-Richtlinie muss erlauben");
        // The reader refuses a policy without statements, so the engine never says this here.
        QTest::addRow("Japanese, no statements")
            << QStringLiteral("ja")
            << QStringLiteral("the policy has no statements; cross-account: the secret policy "
                              "must allow")
            << QStringLiteral("ポリシーにステートメントがない。クロスアカウント: "
                              "シークレットポリシーでの許可が必要");
        QTest::addRow("unknown phrase stays English")
            << QStringLiteral("de")
            << QStringLiteral("Statement 0 allows: principal matches; a phrase nobody wrote")
            << QStringLiteral("Statement 0 allows: principal matches; a phrase nobody wrote");
    }
    void translates()
    {
        QFETCH(QString, code);
        QFETCH(QString, english);
        QFETCH(QString, expected);
        views::installTranslators(code);
        QCOMPARE(model::ExplainText::explanation(english), expected);
    }

    void translatesAReason()
    {
        views::installTranslators(QStringLiteral("ja"));
        bool matched = false;
        QCOMPARE(model::ExplainText::reason(
                     QStringLiteral("condition Bool aws:SecureTransport: key is absent"), &matched),
                 QStringLiteral("条件 Bool aws:SecureTransport: キーが存在しない"));
        QVERIFY(matched);
        QCOMPARE(model::ExplainText::reason(QStringLiteral("principal wanders off"), &matched),
                 QStringLiteral("principal wanders off"));
        QVERIFY(!matched);
    }
};

QTEST_MAIN(TestExplainText)
#include "tst_explaintext.moc"
