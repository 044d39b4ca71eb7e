// The exhaustive access analysis, checked against the evaluator itself: random policies of every
// operator family and random realistic requests drawn around their literals. The normal form
// must answer every request as the policy does, every witness must have its finding's access,
// and every comparison must be proven by its witnesses. SPS_ANALYSIS_POLICIES raises the count.
#include "analysis/analysis.h"
#include "analysis/analysis_p.h"
#include "eval/evaluator.h"
#include "json/reader.h"
#include "policy/policyreader.h"

#include <QTest>

#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

using namespace engine;
using namespace engine::analysis;

// Declared before the raw string literals below, which moc does not read.
class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void normalFormAnswersLikeThePolicy();
    void comparisonIsProven();
    void negationTable_data();
    void negationTable();
    void pathologicalPolicyEndsWithError();
    void equivalentRewritings_data();
    void equivalentRewritings();
};

namespace {

const std::string secret = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

Policy parse(const std::string &text)
{
    PolicyReadResult r = readPolicyText(text);
    if (!r.policy) {
        qWarning("%s\n%s", text.c_str(), policyErrorText(r.diagnostics.front()).c_str());
        return {};
    }
    return *r.policy;
}

Access accessOfRequest(const CompiledPolicy &p, const Request &r)
{
    return accessOf(evaluate(p, r, {false, false, nullptr, nullptr}));
}

// ---- random policies ------------------------------------------------------------------------

struct Gen
{
    std::mt19937 rng;
    explicit Gen(unsigned seed) : rng(seed) {}
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); }
    bool coin(int percent = 50) { return static_cast<int>(pick(100)) < percent; }
    template<typename T>
    const T &one(const std::vector<T> &v) { return v[pick(v.size())]; }
};

const std::vector<std::string> principalPool = {
    R"("*")",
    R"({"AWS": "123456789012"})",
    R"({"AWS": "arn:aws:iam::123456789012:root"})",
    R"({"AWS": "111122223333"})",
    R"({"AWS": "arn:aws:iam::123456789012:role/app-reader"})",
    R"({"AWS": "arn:aws:iam::123456789012:user/alice"})",
    R"({"AWS": "arn:aws:iam::111122223333:user/bob"})",
    R"({"AWS": ["arn:aws:iam::111122223333:role/ops", "123456789012"]})",
    R"({"Service": "lambda.amazonaws.com"})",
};

const std::vector<std::string> actionPool = {
    R"("secretsmanager:GetSecretValue")",
    R"("secretsmanager:*")",
    R"("secretsmanager:Describe*")",
    R"(["secretsmanager:PutSecretValue", "secretsmanager:GetSecretValue"])",
    R"("secretsmanager:*Policy")",
    R"("*")",
};

// (operator, key, values JSON) triples over every family.
const std::vector<std::vector<std::string>> atomPool = {
    {"StringEquals", "aws:SourceVpce", R"("vpce-1a2b3c4d")"},
    {"StringNotEquals", "aws:SourceVpce", R"(["vpce-1a2b3c4d", "vpce-9"])"},
    {"StringLike", "aws:SourceVpce", R"("vpce-1*")"},
    {"StringNotLike", "aws:SourceVpce", R"("*-9")"},
    {"StringEqualsIgnoreCase", "aws:PrincipalTag/team", R"("Blue")"},
    {"StringNotEqualsIfExists", "aws:PrincipalOrgID", R"("o-abc")"},
    {"StringEquals", "aws:PrincipalOrgID", R"("o-abc")"},
    {"ForAnyValue:StringEquals", "secretsmanager:VersionStage", R"("AWSCURRENT")"},
    {"StringEquals", "secretsmanager:VersionStage", R"(["AWSPREVIOUS", "AWSCURRENT"])"},
    {"StringNotEquals", "secretsmanager:VersionStage", R"("AWSPENDING")"},
    {"NumericLessThan", "aws:MultiFactorAuthAge", R"("3600")"},
    {"NumericGreaterThanEqualsIfExists", "aws:MultiFactorAuthAge", R"(["10", "20"])"},
    {"NumericEquals", "aws:MultiFactorAuthAge", R"("7.0")"},
    {"DateLessThan", "aws:CurrentTime", R"("2030-01-01T00:00:00Z")"},
    {"DateGreaterThanEquals", "aws:CurrentTime", R"("1893456000")"},
    {"IpAddress", "aws:SourceIp", R"(["203.0.113.0/24", "2001:db8::/32"])"},
    {"NotIpAddress", "aws:SourceIp", R"("203.0.113.128/25")"},
    {"NotIpAddressIfExists", "aws:SourceIp", R"("10.0.0.0/8")"},
    {"ArnLike", "aws:PrincipalArn", R"("arn:aws:iam::123456789012:role/app-*")"},
    {"ArnLike", "aws:PrincipalArn", R"("arn:aws:iam::*:role/app-*")"},
    {"ArnNotEquals", "aws:PrincipalArn", R"("arn:aws:iam::123456789012:role/app-reader")"},
    {"StringLike", "aws:PrincipalArn", R"("arn:aws:iam::*:user/*")"},
    {"ArnLike", "aws:SourceArn", R"("arn:aws:lambda:*:123456789012:function:rot-*")"},
    {"Bool", "aws:MultiFactorAuthPresent", R"("true")"},
    {"BoolIfExists", "aws:MultiFactorAuthPresent", R"("false")"},
    {"Bool", "aws:SecureTransport", R"("false")"},
    {"Null", "aws:PrincipalOrgID", R"("true")"},
    {"Null", "aws:SourceVpce", R"("false")"},
    {"ForAllValues:StringEquals", "aws:TagKeys", R"(["env", "team"])"},
    {"ForAnyValue:StringLike", "aws:TagKeys", R"("te*")"},
    {"StringEquals", "aws:PrincipalAccount", R"("111122223333")"},
    {"StringEquals", "aws:PrincipalType", R"("User")"},
    {"StringEquals", "aws:ResourceTag/team", R"("${aws:PrincipalTag/team}")"},
    {"StringNotEquals", "aws:ResourceTag/owner", R"("${aws:username}")"},
    {"StringLike", "aws:userid", R"("AROA*:w")"},
};

std::string randomPolicy(Gen &g)
{
    std::string out = R"({"Version": "2012-10-17", "Statement": [)";
    const std::size_t n = 1 + g.pick(4);
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0)
            out += ",";
        const bool deny = g.coin(30);
        out += std::string(R"({"Effect": ")") + (deny ? "Deny" : "Allow") + "\", ";
        if (g.coin(10))
            out += R"("NotPrincipal": {"AWS": ["arn:aws:iam::123456789012:user/alice", "123456789012"]}, )";
        else
            out += "\"Principal\": " + g.one(principalPool) + ", ";
        out += "\"Action\": " + g.one(actionPool) + ", \"Resource\": \"*\"";
        const std::size_t atoms = g.pick(3);
        if (atoms > 0) {
            out += R"(, "Condition": {)";
            std::vector<std::string> used;
            bool first = true;
            for (std::size_t k = 0; k < atoms; ++k) {
                const std::vector<std::string> &a = g.one(atomPool);
                if (std::find(used.begin(), used.end(), a[0]) != used.end())
                    continue;
                used.push_back(a[0]);
                if (!first)
                    out += ", ";
                first = false;
                out += "\"" + a[0] + "\": {\"" + a[1] + "\": " + a[2] + "}";
            }
            out += "}";
        }
        out += "}";
    }
    return out + "]}";
}

const std::vector<std::string> requestPrincipals = {
    "arn:aws:iam::123456789012:root",
    "arn:aws:iam::123456789012:user/alice",
    "arn:aws:iam::123456789012:user/carol",
    "arn:aws:sts::123456789012:assumed-role/app-reader/s1",
    "arn:aws:sts::123456789012:assumed-role/app-writer/s2",
    "arn:aws:sts::123456789012:assumed-role/other/s3",
    "arn:aws:sts::123456789012:federated-user/fred",
    "arn:aws:iam::111122223333:root",
    "arn:aws:iam::111122223333:user/bob",
    "arn:aws:sts::111122223333:assumed-role/ops/x",
    "arn:aws:iam::444455556666:root",
    "arn:aws:iam::444455556666:user/eve",
    "arn:aws:sts::444455556666:assumed-role/app-x/y",
};

const std::vector<std::pair<std::string, std::vector<std::string>>> contextPool = {
    {"aws:SourceVpce", {"vpce-1a2b3c4d", "vpce-9", "vpce-1", "vpce-2", "", "x-9"}},
    {"aws:PrincipalTag/team", {"blue", "Blue", "red"}},
    {"aws:PrincipalOrgID", {"o-abc", "o-xyz"}},
    {"secretsmanager:VersionStage", {"AWSCURRENT", "AWSPREVIOUS", "AWSPENDING", "custom"}},
    {"aws:MultiFactorAuthAge", {"0", "7", "10", "15", "20", "3599", "3600", "99999"}},
    {"aws:CurrentTime", {"2029-12-31T23:59:59Z", "2030-01-01T00:00:00Z", "2031-05-01T00:00:00Z"}},
    {"aws:SourceIp", {"203.0.113.5", "203.0.113.200", "10.1.2.3", "2001:db8::1", "192.0.2.1"}},
    {"aws:SourceArn", {"arn:aws:lambda:us-east-1:123456789012:function:rot-a",
                       "arn:aws:lambda:us-east-1:999999999999:function:rot-a"}},
    {"aws:MultiFactorAuthPresent", {"true", "false"}},
    {"aws:ResourceTag/team", {"blue", "red"}},
    {"aws:ResourceTag/owner", {"alice", "carol", "bob"}},
    {"aws:userid", {"AROAEXAMPLE:w", "AIDAEXAMPLE"}},
};

Request randomRequest(Gen &g)
{
    Request r;
    if (g.coin(8)) {
        r.principal = {RequestPrincipal::Form::Service, g.coin() ? "lambda.amazonaws.com" : "ec2.amazonaws.com"};
    } else {
        r.principal = {RequestPrincipal::Form::Arn, g.one(requestPrincipals)};
    }
    r.action = g.one(decidedActions());
    r.resource = secret;
    for (const auto &[key, values] : contextPool) {
        if (g.coin(40))
            r.context.push_back({key, ContextValue{false, {g.one(values)}}});
    }
    if (g.coin(30)) {
        ContextValue tags{true, {}};
        for (const char *t : {"env", "team", "owner", "tier"}) {
            if (g.coin())
                tags.values.push_back(t);
        }
        r.context.push_back({"aws:TagKeys", tags});
    }
    if (r.principal.text.find("assumed-role/app-reader") != std::string::npos && g.coin(30))
        r.context.push_back({"aws:PrincipalArn",
                             ContextValue{false, {"arn:aws:iam::123456789012:role/team/app-reader"}}});
    return r;
}

std::size_t policyCount()
{
    if (const char *env = std::getenv("SPS_ANALYSIS_POLICIES"))
        return static_cast<std::size_t>(std::strtoul(env, nullptr, 10));
    return 150;
}

} // namespace

void TestAnalysis::normalFormAnswersLikeThePolicy()
{
    Gen g(20261207);
    const std::size_t policies = policyCount();
    for (std::size_t i = 0; i < policies; ++i) {
        const std::string text = randomPolicy(g);
        const Policy policy = parse(text);
        const CompiledPolicy compiled(policy);
        const Result<Analysis> a = analyse(policy, secret);
        QVERIFY2(a, (text + "\n" + (a ? std::string() : a.error().message)).c_str());
        // Real: every witness has its finding's access.
        for (const Finding &f : a.value().findings) {
            const Decision d = evaluate(compiled, f.witness, {false, false, nullptr, nullptr});
            const Access got = accessOf(d);
            QVERIFY2(got == f.access && (f.effect == Effect::Allow
                                         || d.effectiveDecision == Outcome::ExplicitlyDenied),
                     (text + "\nwitness " + requestJson(f.witness) + " of " + findingJson(f, false))
                         .c_str());
        }
        // Exact: the normal form answers like the policy.
        const std::string normal = normalFormJson(a.value());
        const Policy n = parse(normal);
        const CompiledPolicy normalCompiled(n);
        for (int k = 0; k < 60; ++k) {
            const Request r = randomRequest(g);
            const Access want = accessOfRequest(compiled, r);
            const Access got = accessOfRequest(normalCompiled, r);
            QVERIFY2(want == got, (text + "\nrequest " + requestJson(r) + "\npolicy: "
                                   + accessName(want) + ", normal form: " + accessName(got) + "\n"
                                   + normal)
                                      .c_str());
        }
    }
}

void TestAnalysis::comparisonIsProven()
{
    Gen g(7);
    const std::size_t pairs = policyCount() / 2;
    for (std::size_t i = 0; i < pairs; ++i) {
        const std::string t1 = randomPolicy(g);
        const std::string t2 = g.coin(30) ? t1 : randomPolicy(g);
        const Policy p1 = parse(t1), p2 = parse(t2);
        const CompiledPolicy c1(p1), c2(p2);
        const Result<Comparison> c = compare(p1, p2, secret);
        QVERIFY2(c, (t1 + "\n" + t2 + "\n" + (c ? std::string() : c.error().message)).c_str());
        if (t1 == t2)
            QCOMPARE(c.value().verdict, Verdict::Equivalent);
        for (const Finding &d : c.value().differences) {
            QVERIFY(d.from != d.access);
            QCOMPARE(accessOfRequest(c1, d.witness), d.from);
            QCOMPARE(accessOfRequest(c2, d.witness), d.access);
        }
        bool granted = false, revoked = false;
        for (int k = 0; k < 60; ++k) {
            const Request r = randomRequest(g);
            const Access a1 = accessOfRequest(c1, r), a2 = accessOfRequest(c2, r);
            granted = granted || a2 > a1;
            revoked = revoked || a2 < a1;
        }
        const Verdict v = c.value().verdict;
        if (granted)
            QVERIFY2(v == Verdict::MorePermissive || v == Verdict::Incomparable, (t1 + "\n" + t2).c_str());
        if (revoked)
            QVERIFY2(v == Verdict::LessPermissive || v == Verdict::Incomparable, (t1 + "\n" + t2).c_str());
    }
}

void TestAnalysis::negationTable_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("values");
    QTest::addColumn<QStringList>("requestValues"); // "" = absent
    auto row = [](const char *op, const char *key, const char *values,
                  std::initializer_list<const char *> requests) {
        QStringList r;
        for (const char *v : requests)
            r << QString::fromUtf8(v);
        QTest::addRow("%s %s", op, values) << QString::fromUtf8(op) << QString::fromUtf8(key)
                                           << QString::fromUtf8(values) << r;
    };
    const auto strings = {"", "vpce-1", "vpce-2", "vpce-12", "VPCE-1"};
    for (const char *op : {"StringEquals", "StringNotEquals", "StringLike", "StringNotLike",
                           "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase",
                           "StringEqualsIfExists", "StringNotEqualsIfExists",
                           "StringLikeIfExists", "StringNotLikeIfExists"})
        row(op, "aws:SourceVpce", R"(["vpce-1", "vpce-1*"])", strings);
    const auto numbers = {"", "5", "9", "9.5", "10", "10.0", "11", "20"};
    for (const char *op : {"NumericEquals", "NumericNotEquals", "NumericLessThan",
                           "NumericLessThanEquals", "NumericGreaterThan",
                           "NumericGreaterThanEquals", "NumericLessThanIfExists",
                           "NumericGreaterThanIfExists", "NumericNotEqualsIfExists"})
        row(op, "aws:MultiFactorAuthAge", R"(["10", "9"])", numbers);
    const auto dates = {"", "2029-12-31T23:59:59Z", "2030-01-01T00:00:00Z", "1893456001",
                        "2031-01-01T00:00:00Z"};
    for (const char *op : {"DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals",
                           "DateGreaterThan", "DateGreaterThanEquals", "DateLessThanIfExists"})
        row(op, "aws:CurrentTime", R"("2030-01-01T00:00:00Z")", dates);
    const auto ips = {"", "203.0.113.0", "203.0.113.255", "203.0.114.0", "2001:db8::1", "::1"};
    for (const char *op : {"IpAddress", "NotIpAddress", "IpAddressIfExists", "NotIpAddressIfExists"})
        row(op, "aws:SourceIp", R"(["203.0.113.0/24", "2001:db8::/32"])", ips);
    const auto arns = {"", "arn:aws:lambda:us-east-1:123456789012:function:rot-a",
                       "arn:aws:lambda:us-east-1:999999999999:function:rot-a",
                       "arn:aws:s3:::bucket"};
    for (const char *op : {"ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "ArnLikeIfExists",
                           "ArnNotLikeIfExists"})
        row(op, "aws:SourceArn", R"("arn:aws:lambda:*:123456789012:function:*")", arns);
    const auto bools = {"", "true", "false"};
    for (const char *v : {R"("true")", R"("false")"}) {
        row("Bool", "aws:MultiFactorAuthPresent", v, bools);
        row("BoolIfExists", "aws:MultiFactorAuthPresent", v, bools);
    }
    row("Null", "aws:SourceVpce", R"("true")", strings);
    row("Null", "aws:SourceVpce", R"("false")", strings);
    const auto sets = {"", "[]", "[\"env\"]", "[\"env\",\"team\"]", "[\"tier\"]", "[\"env\",\"tier\"]"};
    for (const char *op : {"ForAnyValue:StringEquals", "ForAllValues:StringEquals",
                           "ForAnyValue:StringNotEquals", "ForAllValues:StringNotLike",
                           "ForAnyValue:StringEqualsIfExists", "ForAllValues:StringEqualsIfExists"})
        row(op, "aws:TagKeys", R"(["env", "team"])", sets);
}

void TestAnalysis::negationTable()
{
    QFETCH(QString, op);
    QFETCH(QString, key);
    QFETCH(QString, values);
    QFETCH(QStringList, requestValues);
    const std::string condition = "{\"" + op.toStdString() + "\": {\"" + key.toStdString()
                                  + "\": " + values.toStdString() + "}}";
    auto policyWith = [](const std::string &cond) {
        return parse(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*", "Condition": )"
                     + cond + "}]}");
    };
    const Policy atomPolicy = policyWith(condition);
    QVERIFY(!atomPolicy.statements.empty());
    const ConditionBlock &block = atomPolicy.statements[0].conditions()[0];
    const std::vector<ConditionAtom> negation = negateAtom(block);
    QVERIFY(!negation.empty());
    const Policy negatedPolicy = policyWith(conditionJson(negation));
    QVERIFY2(!negatedPolicy.statements.empty(), conditionJson(negation).c_str());
    const CompiledPolicy a(atomPolicy), n(negatedPolicy);
    for (const QString &v : requestValues) {
        Request r;
        r.principal = {RequestPrincipal::Form::Arn, "arn:aws:iam::123456789012:user/alice"};
        r.action = "secretsmanager:GetSecretValue";
        r.resource = secret;
        if (!v.isEmpty()) {
            const std::string text = v.toStdString();
            if (text.front() == '[') {
                ContextValue list{true, {}};
                const json::ReadResult parsed = json::read(text);
                for (const json::Value &item : parsed.value.items)
                    list.values.push_back(item.text);
                r.context.push_back({key.toStdString(), list});
            } else {
                r.context.push_back({key.toStdString(), ContextValue{false, {text}}});
            }
        }
        const bool holds = evaluate(a, r).decision == Outcome::Allowed;
        const bool negated = evaluate(n, r).decision == Outcome::Allowed;
        QVERIFY2(holds != negated, (condition + " vs " + conditionJson(negation) + " at `"
                                    + v.toStdString() + "`")
                                       .c_str());
    }
}

void TestAnalysis::pathologicalPolicyEndsWithError()
{
    std::string text = R"({"Version": "2012-10-17", "Statement": [)";
    for (int i = 0; i < 300; ++i) {
        if (i > 0)
            text += ",";
        const std::string n = std::to_string(i);
        text += std::string(R"({"Effect": ")") + (i % 2 ? "Deny" : "Allow")
                + R"(", "Principal": "*", "Action": "secretsmanager:*", "Resource": "*", "Condition": {"StringLike": {"aws:SourceVpce": "*)"
                + n + R"(*)" + n + R"(*"}, "StringNotLike": {"aws:PrincipalTag/t)" + n + R"(": "a*)" + n
                + R"(?"}}})";
    }
    text += "]}";
    const Policy policy = parse(text);
    QVERIFY(!policy.statements.empty());
    // Processor time, not wall-clock time: the bound is on the work, not on the machine's load.
    const std::clock_t start = std::clock();
    const Result<Analysis> a = analyse(policy, secret);
    const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    QVERIFY(!a);
    QVERIFY2(a.error().message.find("more than") != std::string::npos, a.error().message.c_str());
    QVERIFY2(seconds < 10, std::to_string(seconds).c_str());
}

void TestAnalysis::equivalentRewritings_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("verdict");
    const QString base = QStringLiteral(
        R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "%1"}, "Action": %2, "Resource": "*"%3}]})");
    const QString mateo = QStringLiteral("arn:aws:iam::123456789012:user/mateo");
    QTest::newRow("string vs array") << base.arg(mateo, QStringLiteral(R"("secretsmanager:GetSecretValue")"), QString())
                                     << base.arg(mateo, QStringLiteral(R"(["secretsmanager:GetSecretValue"])"), QString())
                                     << QStringLiteral("equivalent");
    QTest::newRow("account vs root ARN") << base.arg(QStringLiteral("111122223333"), QStringLiteral(R"("secretsmanager:*")"), QString())
                                         << base.arg(QStringLiteral("arn:aws:iam::111122223333:root"), QStringLiteral(R"("secretsmanager:*")"), QString())
                                         << QStringLiteral("equivalent");
    QTest::newRow("wildcard vs list") << base.arg(mateo, QStringLiteral(R"("secretsmanager:Describe*")"), QString())
                                      << base.arg(mateo, QStringLiteral(R"(["secretsmanager:DescribeSecret"])"), QString())
                                      << QStringLiteral("equivalent");
    QTest::newRow("ForAnyValue on single-valued") << base.arg(mateo, QStringLiteral(R"("secretsmanager:GetSecretValue")"), QStringLiteral(R"(, "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}})"))
                                                  << base.arg(mateo, QStringLiteral(R"("secretsmanager:GetSecretValue")"), QStringLiteral(R"(, "Condition": {"ForAnyValue:StringEquals": {"aws:SourceVpce": "vpce-1"}})"))
                                                  << QStringLiteral("equivalent");
    QTest::newRow("widened wildcard") << base.arg(mateo, QStringLiteral(R"("secretsmanager:Describe*")"), QString())
                                      << base.arg(mateo, QStringLiteral(R"("secretsmanager:*")"), QString())
                                      << QStringLiteral("morePermissive");
    QTest::newRow("IfExists added") << base.arg(mateo, QStringLiteral(R"("secretsmanager:GetSecretValue")"), QStringLiteral(R"(, "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}})"))
                                    << base.arg(mateo, QStringLiteral(R"("secretsmanager:GetSecretValue")"), QStringLiteral(R"(, "Condition": {"StringEqualsIfExists": {"aws:SourceVpce": "vpce-1"}})"))
                                    << QStringLiteral("morePermissive");
    QTest::newRow("grant removed") << base.arg(mateo, QStringLiteral(R"("secretsmanager:*")"), QString())
                                   << base.arg(mateo, QStringLiteral(R"("secretsmanager:Describe*")"), QString())
                                   << QStringLiteral("lessPermissive");
}

void TestAnalysis::equivalentRewritings()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, verdict);
    const Policy p1 = parse(before.toStdString()), p2 = parse(after.toStdString());
    const Result<Comparison> c = compare(p1, p2, secret);
    QVERIFY(c);
    QCOMPARE(QString::fromUtf8(verdictName(c.value().verdict)), verdict);
    const CompiledPolicy c1(p1), c2(p2);
    for (const Finding &d : c.value().differences) {
        QCOMPARE(accessOfRequest(c1, d.witness), d.from);
        QCOMPARE(accessOfRequest(c2, d.witness), d.access);
    }
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
