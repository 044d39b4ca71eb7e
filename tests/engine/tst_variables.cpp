// Policy variables (evaluation.md §3.9): syntax, defaults, specials, the no-value rule, the
// language version, and where they are substituted.
#include "eval/evaluator.h"
#include "eval/variables.h"
#include "evaltestutil.h"

#include <QTest>

using namespace engine;
using namespace engine::eval;
using namespace evaltest;

namespace {

Decision runCondition(const std::string &op, const std::string &key, const std::string &value,
                      std::vector<ContextEntry> context,
                      PolicyVersion version = PolicyVersion::V2012_10_17)
{
    const Policy p = policy({statement(Effect::Allow, starPrincipal(), {"secretsmanager:*"}, {"*"},
                                       std::vector<ConditionBlock>{condition(op, key, {value})})},
                            version);
    Request r = request("arn:aws:iam::123456789012:user/alice", "secretsmanager:GetSecretValue",
                        secretS, std::move(context));
    r.identityPolicies = std::vector<Policy>{};
    return evaluate(p, r);
}

QString describe(const VariableText &v)
{
    QStringList parts;
    for (const VariableSegment &s : v.segments) {
        switch (s.kind) {
        case VariableSegment::Kind::Text:
            parts << QStringLiteral("T(%1)").arg(QString::fromStdString(s.text));
            break;
        case VariableSegment::Kind::Literal:
            parts << QStringLiteral("L(%1)").arg(QString::fromStdString(s.text));
            break;
        case VariableSegment::Kind::Variable:
            parts << (s.hasDefault ? QStringLiteral("V(%1|%2)").arg(QString::fromStdString(s.text),
                                                                   QString::fromStdString(s.defaultValue))
                                   : QStringLiteral("V(%1)").arg(QString::fromStdString(s.text)));
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestVariables : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("segments");
        QTest::addColumn<bool>("hasVariables");
        QTest::addRow("plain") << "abc" << "T(abc)" << false;
        QTest::addRow("variable") << "${aws:username}" << "V(aws:username)" << true;
        QTest::addRow("lower-cased name") << "x/${aws:PrincipalTag/Team}/y" << "T(x/) V(aws:principaltag/team) T(/y)" << true;
        QTest::addRow("default") << "${aws:ResourceTag/team, 'none'}" << "V(aws:resourcetag/team|none)" << true;
        QTest::addRow("empty default") << "${aws:ResourceTag/team, ''}" << "V(aws:resourcetag/team|)" << true;
        QTest::addRow("specials") << "a${*}b${?}c${$}" << "T(a) L(*) T(b) L(?) T(c) L($)" << true;
        QTest::addRow("no closing brace") << "a${aws:username" << "T(a${aws:username)" << false;
        QTest::addRow("empty name") << "a${}b" << "T(a${}b)" << false;
        QTest::addRow("spaces stay literal") << "${ aws:username }" << "T(${ aws:username })" << false;
        QTest::addRow("bad default separator") << "${aws:username,'x'}" << "T(${aws:username,'x'})" << false;
        QTest::addRow("dollar alone") << "$5 {x}" << "T($5 {x})" << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, segments);
        QFETCH(bool, hasVariables);
        const VariableText v = parseVariables(text.toStdString());
        QCOMPARE(describe(v), segments);
        QCOMPARE(v.hasVariables, hasVariables);
    }

    void substitution()
    {
        Request r = request("arn:aws:iam::123456789012:user/alice", "secretsmanager:GetSecretValue",
                            secretS, {scalar("aws:PrincipalTag/team", "a*b"),
                                      list("aws:PrincipalTag/many", {"x", "y"})});
        const Identity who = classifyPrincipal(r.principal);
        std::vector<std::string> warnings;
        Context ctx;
        ctx.build(r, who, nullptr, nullptr, warnings);
        std::string out;
        QVERIFY(substitute(parseVariables("t=${aws:principaltag/TEAM}${*}"), ctx, out, false));
        QCOMPARE(out, std::string("t=a*b*"));
        out.clear();
        QVERIFY(substitute(parseVariables("t=${aws:principaltag/TEAM}${*}*"), ctx, out, true));
        QCOMPARE(out, std::string("t=a\\*b\\**"));
        out.clear();
        QVERIFY(substitute(parseVariables("${aws:username}"), ctx, out, false));
        QCOMPARE(out, std::string("alice")); // derived key
        out.clear();
        QVERIFY(!substitute(parseVariables("${aws:PrincipalTag/missing}"), ctx, out, false));
        out.clear();
        QVERIFY(!substitute(parseVariables("${aws:PrincipalTag/many}"), ctx, out, false));
        out.clear();
        QVERIFY(substitute(parseVariables("${aws:PrincipalTag/many, 'd'}"), ctx, out, false));
        QCOMPARE(out, std::string("d"));
    }

    void ex36_version_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("expected");
        QTest::addRow("2012-10-17") << int(PolicyVersion::V2012_10_17) << true;
        QTest::addRow("2008-10-17") << int(PolicyVersion::V2008_10_17) << false;
        QTest::addRow("missing") << int(PolicyVersion::Missing) << false;
    }
    void ex36_version()
    {
        QFETCH(int, version);
        QFETCH(bool, expected);
        const Decision d = runCondition("StringEquals", "aws:PrincipalTag/owner", "${aws:username}",
                                        {scalar("aws:username", "alice"),
                                         scalar("aws:PrincipalTag/owner", "alice")},
                                        PolicyVersion(version));
        QCOMPARE(d.decision == Outcome::Allowed, expected);
        // Under 2008 the value is the literal text.
        const Decision literal = runCondition("StringEquals", "aws:PrincipalTag/owner",
                                              "${aws:username}",
                                              {scalar("aws:PrincipalTag/owner", "${aws:username}")},
                                              PolicyVersion(version));
        QCOMPARE(literal.decision == Outcome::Allowed, !expected);
    }

    void ex37_noValue()
    {
        // Deny + StringNotEquals {"aws:ResourceTag/team": "${aws:PrincipalTag/team}"}.
        const Policy p = policy(
            {statement(Effect::Allow, aws({"arn:aws:iam::123456789012:root"}),
                       {"secretsmanager:GetSecretValue"}, {"*"}),
             statement(Effect::Deny, starPrincipal(), {"secretsmanager:GetSecretValue"}, {"*"},
                       std::vector<ConditionBlock>{condition("StringNotEquals", "aws:ResourceTag/team",
                                                             {"${aws:PrincipalTag/team}"})})});
        Request r = request("arn:aws:iam::123456789012:user/bob", "secretsmanager:GetSecretValue",
                            secretS, {scalar("aws:ResourceTag/team", "pay"),
                                      scalar("aws:PrincipalTag/team", "pay")});
        r.identityPolicies = std::vector<Policy>{identityAllowsAll()};
        QCOMPARE(evaluate(p, r).effectiveDecision, Outcome::Allowed);
        r.context[1] = scalar("aws:PrincipalTag/team", "ops");
        QCOMPARE(evaluate(p, r).effectiveDecision, Outcome::ExplicitlyDenied);
        r.context.pop_back();
        QCOMPARE(evaluate(p, r).effectiveDecision, Outcome::ExplicitlyDenied);
        // An empty tag is a value (§7 row 18): "" does not equal "pay".
        r.context.push_back(scalar("aws:PrincipalTag/team", ""));
        QCOMPARE(evaluate(p, r).effectiveDecision, Outcome::ExplicitlyDenied);
    }

    void ex38_defaultsAndSpecials()
    {
        QCOMPARE(runCondition("StringEquals", "aws:PrincipalTag/team", "${aws:ResourceTag/team, 'none'}",
                              {scalar("aws:PrincipalTag/team", "none")}).decision,
                 Outcome::Allowed);
        QCOMPARE(runCondition("StringLike", "aws:PrincipalTag/x", "a${?}", {scalar("aws:PrincipalTag/x", "a?")}).decision,
                 Outcome::Allowed);
        QCOMPARE(runCondition("StringLike", "aws:PrincipalTag/x", "a${?}", {scalar("aws:PrincipalTag/x", "ab")}).decision,
                 Outcome::ImplicitlyDenied);
        QCOMPARE(runCondition("StringEquals", "aws:PrincipalTag/x", "a${*}b", {scalar("aws:PrincipalTag/x", "a*b")}).decision,
                 Outcome::Allowed);
        QCOMPARE(runCondition("StringEquals", "aws:PrincipalTag/x", "a${$}", {scalar("aws:PrincipalTag/x", "a$")}).decision,
                 Outcome::Allowed);
        // A `*` that comes from a value is literal under StringLike.
        QCOMPARE(runCondition("StringLike", "aws:PrincipalTag/x", "${aws:PrincipalTag/y}",
                              {scalar("aws:PrincipalTag/x", "abc"), scalar("aws:PrincipalTag/y", "*")}).decision,
                 Outcome::ImplicitlyDenied);
    }

    void whereSubstituted()
    {
        // Bool: substituted (open question 4).
        QCOMPARE(runCondition("Bool", "aws:SecureTransport", "${aws:PrincipalTag/tls}",
                              {scalar("aws:PrincipalTag/tls", "true")}).decision,
                 Outcome::Allowed);
        // Numeric: literal text, so invalid.
        QCOMPARE(runCondition("NumericEquals", "aws:MultiFactorAuthAge", "${aws:PrincipalTag/n}",
                              {scalar("aws:PrincipalTag/n", "5"), scalar("aws:MultiFactorAuthAge", "5")}).decision,
                 Outcome::ImplicitlyDenied);
        // ARN operators: in every field.
        QCOMPARE(runCondition("ArnLike", "aws:SourceArn", "arn:aws:s3:::${aws:username}-*",
                              {scalar("aws:SourceArn", "arn:aws:s3:::alice-bucket")}).decision,
                 Outcome::Allowed);
    }

    void ex39_resource()
    {
        const Policy p = policy({statement(Effect::Allow, starPrincipal(), {"secretsmanager:GetSecretValue"},
                                           {"arn:aws:secretsmanager:*:*:secret:${aws:PrincipalTag/team}/*"})});
        Request r = request("arn:aws:iam::123456789012:user/x", "secretsmanager:GetSecretValue",
                            secretS, {scalar("aws:PrincipalTag/team", "prod")});
        QCOMPARE(evaluate(p, r).decision, Outcome::Allowed);
        r.context.clear();
        Decision d = evaluate(p, r);
        QCOMPARE(d.decision, Outcome::ImplicitlyDenied);
        QCOMPARE(d.trace[0].failedPart, std::optional<StatementPart>(StatementPart::Resource));
        // Not in the first five fields.
        const Policy region = policy({statement(Effect::Allow, starPrincipal(), {"secretsmanager:GetSecretValue"},
                                                {"arn:aws:secretsmanager:${aws:RequestedRegion}:*:secret:*"})});
        QCOMPARE(evaluate(region, request("arn:aws:iam::123456789012:user/x")).decision,
                 Outcome::ImplicitlyDenied);
        // A `*` in the value is literal in the resource too.
        r.context = {scalar("aws:PrincipalTag/team", "*")};
        QCOMPARE(evaluate(p, r).decision, Outcome::ImplicitlyDenied);
    }
};

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
