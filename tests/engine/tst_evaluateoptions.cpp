// EvaluateOptions: evaluating without the explanation gives the same answer, and the explain key
// tells apart exactly what the explanation would. Checked on every worked example
// (tests/data/ex*.jsonl) and on requests made to differ in one condition value.
#include "eval/evaluator.h"
#include "eval/request.h"
#include "policy/policyreader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>
#include <memory>
#include <string>

using namespace engine;

namespace {

const QString dataDir = QStringLiteral(SPS_TEST_DATA_DIR);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::unique_ptr<CompiledPolicy> compileText(std::string_view text)
{
    PolicyReadResult read = readPolicyText(text);
    if (!read.policy)
        return nullptr;
    return std::make_unique<CompiledPolicy>(std::move(*read.policy));
}

Request requestFrom(const std::string &json)
{
    RequestReadResult read = readRequest(json);
    return read.request ? std::move(*read.request) : Request{};
}

Decision fastEvaluate(const CompiledPolicy &policy, const Request &request, std::string &key)
{
    EvaluateOptions options;
    options.explain = false;
    options.explainKey = &key;
    return evaluate(policy, request, options);
}

const char *tagPolicy = R"({"Version": "2012-10-17", "Statement": [
  {"Sid": "Team", "Effect": "Allow", "Principal": {"AWS": "123456789012"},
   "Action": "secretsmanager:GetSecretValue", "Resource": "*",
   "Condition": {"StringEquals": {"aws:PrincipalTag/team": "payments"}}},
  {"Sid": "Admins", "Effect": "Allow", "Principal": "*", "Action": "secretsmanager:*",
   "Resource": "*", "Condition": {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/Admin*"}}}]})";

std::string tagRequest(const std::string &principal, const std::string &team)
{
    return R"({"principal": ")" + principal
           + R"(", "action": "secretsmanager:GetSecretValue", "resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf", "context": {"aws:PrincipalTag/team": ")"
           + team + R"("}, "identityPolicies": []})";
}

} // namespace

class TestEvaluateOptions : public QObject
{
    Q_OBJECT

private slots:
    void sameAnswerWithoutExplanation_data();
    void sameAnswerWithoutExplanation();
    void keySeparatesConditionValues_data();
    void keySeparatesConditionValues();
    void memoFollowsUserId();
    void columnMemoFollowsOtherKeys();

private:
    std::map<QString, std::unique_ptr<CompiledPolicy>> m_policies;
    std::map<std::string, std::string> m_explainByKey; // policy path + key -> explain
    PrincipalMemo m_memo;
    ColumnMemo m_columns{"secretsmanager:VersionStage"};
};

void TestEvaluateOptions::sameAnswerWithoutExplanation_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QByteArray>("request");
    const QStringList files = QDir(dataDir).entryList({QStringLiteral("ex*.jsonl")}, QDir::Files,
                                                      QDir::Name);
    QVERIFY(files.size() >= 41);
    for (const QString &name : files) {
        const QList<QByteArray> lines = readFile(dataDir + QLatin1Char('/') + name).split('\n');
        QString policy;
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (line.startsWith("# policy:"))
                policy = QString::fromUtf8(line.mid(9).trimmed());
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            QTest::addRow("%s line %d", qPrintable(name.left(4)), i + 1) << policy << line;
        }
    }
}

void TestEvaluateOptions::sameAnswerWithoutExplanation()
{
    QFETCH(QString, policy);
    QFETCH(QByteArray, request);
    auto &compiled = m_policies[policy];
    if (!compiled) {
        const QByteArray text = readFile(dataDir + QLatin1Char('/') + policy);
        compiled = compileText(std::string_view(text.constData(), std::size_t(text.size())));
    }
    QVERIFY2(compiled, qPrintable(policy));
    QJsonObject object = QJsonDocument::fromJson(request).object();
    object.remove(QLatin1String("expect"));
    const QByteArray stripped = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const RequestReadResult read = readRequest(std::string_view(stripped.constData(),
                                                                std::size_t(stripped.size())));
    QVERIFY2(read.request, read.error.c_str());

    const Decision full = evaluate(*compiled, *read.request);
    std::string key;
    const Decision fast = fastEvaluate(*compiled, *read.request, key);
    QCOMPARE(outcomeName(fast.decision), outcomeName(full.decision));
    QCOMPARE(outcomeName(fast.effectiveDecision), outcomeName(full.effectiveDecision));
    QVERIFY(fast.matched == full.matched);
    QCOMPARE(fast.warnings, full.warnings);
    QCOMPARE(fast.explain, std::string());
    QVERIFY(!full.explain.empty());
    QCOMPARE(fast.trace.size(), full.trace.size());
    for (std::size_t i = 0; i < fast.trace.size(); ++i) {
        const StatementTrace &a = fast.trace[i];
        const StatementTrace &b = full.trace[i];
        QCOMPARE(a.index, b.index);
        QCOMPARE(a.applies, b.applies);
        QVERIFY(a.failedPart == b.failedPart);
        QCOMPARE(a.failedBlock, b.failedBlock);
        QCOMPARE(a.failedPair, b.failedPair);
        QCOMPARE(a.failedSpan.begin.offset, b.failedSpan.begin.offset);
        QCOMPARE(a.failedSpan.end.offset, b.failedSpan.end.offset);
        QCOMPARE(a.reason, std::string());
        QVERIFY(!b.reason.empty());
    }
    QCOMPARE(explainDecision(*compiled, *read.request), full.explain);

    // Without the trace: the same answer and key, and no trace.
    EvaluateOptions bare;
    bare.explain = false;
    bare.trace = false;
    std::string bareKey;
    bare.explainKey = &bareKey;
    const Decision noTrace = evaluate(*compiled, *read.request, bare);
    QCOMPARE(outcomeName(noTrace.decision), outcomeName(full.decision));
    QCOMPARE(outcomeName(noTrace.effectiveDecision), outcomeName(full.effectiveDecision));
    QVERIFY(noTrace.matched == full.matched);
    QCOMPARE(noTrace.warnings, full.warnings);
    QCOMPARE(noTrace.trace.size(), std::size_t(0));
    QCOMPARE(bareKey, key);

    // With one principal memo shared by every row (policies and principals change between
    // rows, so it must notice and start afresh): the same decision, text and trace, twice.
    for (int pass = 0; pass < 2; ++pass) {
        EvaluateOptions memoized;
        memoized.principalMemo = &m_memo;
        const Decision withMemo = evaluate(*compiled, *read.request, memoized);
        QCOMPARE(toJson(withMemo), toJson(full));
        QCOMPARE(withMemo.trace.size(), full.trace.size());
        for (std::size_t i = 0; i < full.trace.size(); ++i) {
            QVERIFY(withMemo.trace[i].failedPart == full.trace[i].failedPart);
            QCOMPARE(withMemo.trace[i].reason, full.trace[i].reason);
            QCOMPARE(withMemo.trace[i].failedSpan.begin.offset, full.trace[i].failedSpan.begin.offset);
        }
    }

    // With one column memo shared by every row (anything but the stage changes between rows,
    // so it must notice and start afresh): the same decision, text, trace and key, twice.
    for (int pass = 0; pass < 2; ++pass) {
        EvaluateOptions memoized;
        memoized.columnMemo = &m_columns;
        const Decision withMemo = evaluate(*compiled, *read.request, memoized);
        QCOMPARE(toJson(withMemo), toJson(full));
        QCOMPARE(withMemo.trace.size(), full.trace.size());
        for (std::size_t i = 0; i < full.trace.size(); ++i) {
            QVERIFY(withMemo.trace[i].failedPart == full.trace[i].failedPart);
            QCOMPARE(withMemo.trace[i].failedBlock, full.trace[i].failedBlock);
            QCOMPARE(withMemo.trace[i].failedPair, full.trace[i].failedPair);
            QCOMPARE(withMemo.trace[i].reason, full.trace[i].reason);
            QCOMPARE(withMemo.trace[i].failedSpan.begin.offset, full.trace[i].failedSpan.begin.offset);
        }
        EvaluateOptions fastMemo = bare;
        std::string memoKey;
        fastMemo.explainKey = &memoKey;
        fastMemo.columnMemo = &m_columns;
        const Decision fastWithMemo = evaluate(*compiled, *read.request, fastMemo);
        QCOMPARE(toJson(fastWithMemo), toJson(noTrace));
        QCOMPARE(memoKey, key);
    }

    // Equal keys (with one policy) must mean equal texts, over all the examples seen so far.
    const auto [it, inserted] = m_explainByKey.emplace(policy.toStdString() + '\n' + key, full.explain);
    if (!inserted)
        QCOMPARE(full.explain, it->second);
}

void TestEvaluateOptions::keySeparatesConditionValues_data()
{
    QTest::addColumn<QString>("principalA");
    QTest::addColumn<QString>("teamA");
    QTest::addColumn<QString>("principalB");
    QTest::addColumn<QString>("teamB");
    QTest::addColumn<bool>("sameKey");

    const QString user = QStringLiteral("arn:aws:iam::123456789012:user/u");
    const QString other = QStringLiteral("arn:aws:iam::123456789012:user/v");
    const QString admin = QStringLiteral("arn:aws:iam::123456789012:role/Admin1");
    const QString admin2 = QStringLiteral("arn:aws:iam::123456789012:role/Admin2");
    QTest::addRow("denied, same failing value") << user << "ops" << user << "ops" << true;
    QTest::addRow("denied, other failing value") << user << "ops" << user << "dev" << false;
    // The StringLike failure quotes the principal's ARN.
    QTest::addRow("denied, other principal") << user << "ops" << other << "ops" << false;
    QTest::addRow("allowed by the same statement") << user << "payments" << other << "payments" << true;
    // Only the deciding statements are in the text: the Team failure is not.
    QTest::addRow("allowed by Admins, other team") << admin << "ops" << admin2 << "dev" << true;
    QTest::addRow("allowed by other statements") << user << "payments" << admin << "ops" << false;
    QTest::addRow("allowed and denied") << user << "payments" << user << "ops" << false;
}

void TestEvaluateOptions::keySeparatesConditionValues()
{
    QFETCH(QString, principalA);
    QFETCH(QString, teamA);
    QFETCH(QString, principalB);
    QFETCH(QString, teamB);
    QFETCH(bool, sameKey);

    const std::unique_ptr<CompiledPolicy> policy = compileText(tagPolicy);
    QVERIFY(policy);
    const Request a = requestFrom(tagRequest(principalA.toStdString(), teamA.toStdString()));
    const Request b = requestFrom(tagRequest(principalB.toStdString(), teamB.toStdString()));
    QVERIFY(!a.action.empty() && !b.action.empty());
    std::string keyA;
    std::string keyB;
    fastEvaluate(*policy, a, keyA);
    fastEvaluate(*policy, b, keyB);
    QCOMPARE(keyA == keyB, sameKey);
    QCOMPARE(evaluate(*policy, a).explain == evaluate(*policy, b).explain, sameKey);
}

// A unique-id principal matches through aws:userid: the memo must not keep the answer of one
// userid for another with the same principal.
void TestEvaluateOptions::memoFollowsUserId()
{
    const std::unique_ptr<CompiledPolicy> policy = compileText(R"({"Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Principal": {"AWS": "AIDAJQABLZS4A3QDU576Q"},
                     "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]})");
    QVERIFY(policy);
    const auto request = [](const std::string &userId) {
        return requestFrom(R"({"principal": "arn:aws:iam::123456789012:user/u", "action": "secretsmanager:GetSecretValue", "resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf", "context": {"aws:userid": ")"
                           + userId + R"("}, "identityPolicies": []})");
    };
    const Request match = request("AIDAJQABLZS4A3QDU576Q");
    const Request other = request("AIDAOTHERUSERID000000");
    QVERIFY(!match.action.empty() && !other.action.empty());
    PrincipalMemo memo;
    EvaluateOptions options;
    options.principalMemo = &memo;
    QCOMPARE(outcomeName(evaluate(*policy, match, options).decision), "Allowed");
    QCOMPARE(outcomeName(evaluate(*policy, other, options).decision), "ImplicitlyDenied");
    QCOMPARE(outcomeName(evaluate(*policy, match, options).decision), "Allowed");
    QCOMPARE(outcomeName(evaluate(*policy, match).decision), "Allowed");
    QCOMPARE(outcomeName(evaluate(*policy, other).decision), "ImplicitlyDenied");
}

// The column memo keeps the statements that do not test its key: a change of any other context
// key (here the team tag, which a statement tests) must start afresh, and a statement that
// fails on its own key must be evaluated again when only that key changes.
void TestEvaluateOptions::columnMemoFollowsOtherKeys()
{
    const std::unique_ptr<CompiledPolicy> policy = compileText(R"({"Version": "2012-10-17",
      "Statement": [
        {"Sid": "Team", "Effect": "Allow", "Principal": "*", "Action": "secretsmanager:GetSecretValue",
         "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalTag/team": "payments"}}},
        {"Sid": "Stage", "Effect": "Allow", "Principal": "*", "Action": "secretsmanager:GetSecretValue",
         "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalTag/team": "ops"},
                                        "ForAnyValue:StringEquals": {"secretsmanager:VersionStage": "AWSPENDING"}}},
        {"Sid": "NotOld", "Effect": "Deny", "Principal": "*", "Action": "secretsmanager:GetSecretValue",
         "Resource": "*", "Condition": {"StringLikeIfExists": {"secretsmanager:VersionStage": "old-*"}}}]})");
    QVERIFY(policy);
    const auto request = [](const std::string &team, const std::string &stage) {
        std::string context = R"("aws:PrincipalTag/team": ")" + team + '"';
        if (!stage.empty())
            context += R"(, "secretsmanager:VersionStage": ")" + stage + '"';
        return requestFrom(R"({"principal": "arn:aws:iam::123456789012:user/u", "action": "secretsmanager:GetSecretValue", "resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf", "context": {)"
                           + context + "}}");
    };
    ColumnMemo memo("secretsmanager:VersionStage");
    const std::pair<const char *, const char *> sequence[] = {
        {"payments", "AWSCURRENT"}, {"payments", "old-1"}, {"payments", ""},  {"ops", "AWSPENDING"},
        {"ops", "AWSCURRENT"},      {"ops", ""},           {"ops", "old-2"},  {"payments", "AWSPENDING"},
        {"ops", "AWSPENDING"},      {"dev", "AWSPENDING"}, {"ops", "AWSPENDING"}};
    for (const auto &[team, stage] : sequence) {
        const Request r = request(team, stage);
        QVERIFY(!r.action.empty());
        for (const bool explain : {false, true}) {
            EvaluateOptions options;
            options.explain = explain;
            std::string key;
            options.explainKey = &key;
            options.columnMemo = &memo;
            const Decision withMemo = evaluate(*policy, r, options);
            EvaluateOptions plainOptions;
            plainOptions.explain = explain;
            std::string plainKey;
            plainOptions.explainKey = &plainKey;
            const Decision plain = evaluate(*policy, r, plainOptions);
            QCOMPARE(toJson(withMemo), toJson(plain));
            QCOMPARE(key, plainKey);
        }
    }
}

QTEST_GUILESS_MAIN(TestEvaluateOptions)
#include "tst_evaluateoptions.moc"
