// Principals (evaluation.md §2.3): classification of the request principal, matching of
// Principal entries with their match kinds, and NotPrincipal with the Deny chain rule and the
// Allow own-identity rule.
#include "eval/principal.h"
#include "evaltestutil.h"

#include <QTest>

using namespace engine;
using namespace engine::eval;
using evaltest::strings;

namespace {

RequestPrincipal parsePrincipal(const QString &text)
{
    if (text == QLatin1String("anonymous"))
        return {RequestPrincipal::Form::Anonymous, {}};
    if (text.startsWith(QLatin1String("Service=")))
        return {RequestPrincipal::Form::Service, text.mid(8).toStdString()};
    if (text.startsWith(QLatin1String("Federated=")))
        return {RequestPrincipal::Form::Federated, text.mid(10).toStdString()};
    if (text.startsWith(QLatin1String("CanonicalUser=")))
        return {RequestPrincipal::Form::CanonicalUser, text.mid(14).toStdString()};
    return {RequestPrincipal::Form::Arn, text.toStdString()};
}

std::vector<PrincipalPattern> parseEntries(const QStringList &entries)
{
    std::vector<PrincipalPattern> out;
    for (const QString &e : entries) {
        PrincipalEntry entry;
        QString text = e;
        if (e.startsWith(QLatin1String("Service="))) {
            entry.type = PrincipalType::Service;
            text = e.mid(8);
        } else if (e.startsWith(QLatin1String("Federated="))) {
            entry.type = PrincipalType::Federated;
            text = e.mid(10);
        } else if (e.startsWith(QLatin1String("CanonicalUser="))) {
            entry.type = PrincipalType::CanonicalUser;
            text = e.mid(14);
        }
        entry.text = text.toStdString();
        out.push_back(compilePrincipalEntry(entry));
    }
    return out;
}

QString kindText(std::optional<PrincipalMatch> m)
{
    if (!m)
        return QStringLiteral("none");
    switch (*m) {
    case PrincipalMatch::Direct:
        return QStringLiteral("direct");
    case PrincipalMatch::Wildcard:
        return QStringLiteral("wildcard");
    case PrincipalMatch::Account:
        return QStringLiteral("account");
    }
    return {};
}

} // namespace

class TestPrincipals : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("principal");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("name");
        QTest::addRow("root") << "arn:aws:iam::123456789012:root" << int(IdentityKind::Root) << "123456789012" << "";
        QTest::addRow("user with path") << "arn:aws:iam::123456789012:user/dev/alice" << int(IdentityKind::User) << "123456789012" << "alice";
        QTest::addRow("role with path") << "arn:aws:iam::123456789012:role/app/backend/Reader" << int(IdentityKind::Role) << "123456789012" << "Reader";
        QTest::addRow("session") << "arn:aws:sts::123456789012:assumed-role/Reader/s1" << int(IdentityKind::Session) << "123456789012" << "Reader";
        QTest::addRow("federated user") << "arn:aws:sts::123456789012:federated-user/bob" << int(IdentityKind::FederatedUser) << "123456789012" << "bob";
        QTest::addRow("other ARN") << "arn:aws:iam::123456789012:group/admins" << int(IdentityKind::OtherArn) << "123456789012" << "";
        QTest::addRow("service") << "Service=appflow.amazonaws.com" << int(IdentityKind::Service) << "" << "";
        QTest::addRow("federated") << "Federated=cognito-identity.amazonaws.com" << int(IdentityKind::Federated) << "" << "";
        QTest::addRow("canonical") << "CanonicalUser=79a59df900b949e55d96a1e698fbaced" << int(IdentityKind::CanonicalUser) << "" << "";
        QTest::addRow("anonymous") << "anonymous" << int(IdentityKind::Anonymous) << "" << "";
        QTest::addRow("not an ARN") << "bob" << int(IdentityKind::Invalid) << "" << "";
    }
    void classify()
    {
        QFETCH(QString, principal);
        QFETCH(int, kind);
        QFETCH(QString, account);
        QFETCH(QString, name);
        const RequestPrincipal p = parsePrincipal(principal);
        const Identity who = classifyPrincipal(p);
        QCOMPARE(int(who.kind), kind);
        QCOMPARE(QString::fromStdString(std::string(who.account)), account);
        QCOMPARE(QString::fromStdString(std::string(who.name)), name);
    }

    void match_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("expected");
        const char *user = "arn:aws:iam::123456789012:user/anaya";
        const char *session = "arn:aws:sts::123456789012:assumed-role/Reader/s1";
        QTest::addRow("star matches user") << strings({"*"}) << user << "" << "wildcard";
        QTest::addRow("star matches service") << strings({"*"}) << "Service=appflow.amazonaws.com" << "" << "wildcard";
        QTest::addRow("star matches anonymous") << strings({"*"}) << "anonymous" << "" << "wildcard";
        QTest::addRow("account id") << strings({"123456789012"}) << user << "" << "account";
        QTest::addRow("account root ARN") << strings({"arn:aws:iam::123456789012:root"}) << session << "" << "account";
        QTest::addRow("account other partition") << strings({"arn:aws-cn:iam::123456789012:root"}) << user << "" << "none";
        QTest::addRow("account id any partition") << strings({"123456789012"}) << "arn:aws-cn:iam::123456789012:user/x" << "" << "account";
        QTest::addRow("account does not match service") << strings({"123456789012"}) << "Service=appflow.amazonaws.com" << "" << "none";
        QTest::addRow("account does not match anonymous") << strings({"123456789012"}) << "anonymous" << "" << "none";
        QTest::addRow("user exact") << strings({user}) << user << "" << "direct";
        QTest::addRow("user name case (Ex 20)") << strings({user}) << "arn:aws:iam::123456789012:user/Anaya" << "" << "none";
        QTest::addRow("user path matters") << strings({"arn:aws:iam::123456789012:user/dev/anaya"}) << user << "" << "none";
        QTest::addRow("role covers session") << strings({"arn:aws:iam::123456789012:role/Reader"}) << session << "" << "direct";
        QTest::addRow("role with path covers session (Ex 10)") << strings({"arn:aws:iam::123456789012:role/app/backend/Reader"}) << session << "" << "direct";
        QTest::addRow("role covers role") << strings({"arn:aws:iam::123456789012:role/Reader"}) << "arn:aws:iam::123456789012:role/Reader" << "" << "direct";
        QTest::addRow("role name case") << strings({"arn:aws:iam::123456789012:role/reader"}) << session << "" << "none";
        QTest::addRow("role other account") << strings({"arn:aws:iam::444455556666:role/Reader"}) << session << "" << "none";
        QTest::addRow("role other partition") << strings({"arn:aws-us-gov:iam::123456789012:role/Reader"}) << session << "" << "none";
        QTest::addRow("session exact (Ex 9)") << strings({session}) << session << "" << "direct";
        QTest::addRow("session other (Ex 9)") << strings({session}) << "arn:aws:sts::123456789012:assumed-role/Reader/s2" << "" << "none";
        QTest::addRow("session entry, role principal (Ex 9)") << strings({session}) << "arn:aws:iam::123456789012:role/Reader" << "" << "none";
        QTest::addRow("federated user exact") << strings({"arn:aws:sts::123456789012:federated-user/bob"}) << "arn:aws:sts::123456789012:federated-user/bob" << "" << "direct";
        QTest::addRow("partial wildcard matches nothing") << strings({"arn:aws:iam::123456789012:role/Read*"}) << session << "" << "none";
        QTest::addRow("partial wildcard account") << strings({"12345678901?"}) << user << "" << "none";
        QTest::addRow("service exact") << strings({"Service=appflow.amazonaws.com"}) << "Service=appflow.amazonaws.com" << "" << "direct";
        QTest::addRow("service differs") << strings({"Service=appflow.amazonaws.com"}) << "Service=lambda.amazonaws.com" << "" << "none";
        QTest::addRow("federated provider") << strings({"Federated=accounts.google.com"}) << "Federated=accounts.google.com" << "" << "direct";
        QTest::addRow("canonical user") << strings({"CanonicalUser=abc"}) << "CanonicalUser=abc" << "" << "direct";
        QTest::addRow("AIDA via userid") << strings({"AIDAJQABLZS4A3QDU576Q"}) << user << "AIDAJQABLZS4A3QDU576Q" << "direct";
        QTest::addRow("AIDA without userid") << strings({"AIDAJQABLZS4A3QDU576Q"}) << user << "" << "none";
        QTest::addRow("AIDA session form is not a user") << strings({"AIDAJQABLZS4A3QDU576Q"}) << session << "AIDAJQABLZS4A3QDU576Q:s1" << "none";
        QTest::addRow("AROA session form") << strings({"AROADBQP57FF2AEXAMPLE"}) << session << "AROADBQP57FF2AEXAMPLE:s1" << "direct";
        QTest::addRow("AROA prefix needs colon") << strings({"AROADBQP57FF2AEXAMPLE"}) << session << "AROADBQP57FF2AEXAMPLEX" << "none";
        QTest::addRow("ranking direct over wildcard") << strings({"*", user}) << user << "" << "direct";
        QTest::addRow("ranking wildcard over account") << strings({"123456789012", "*"}) << user << "" << "wildcard";
        QTest::addRow("ranking direct over account") << strings({"123456789012", user}) << user << "" << "direct";
    }
    void match()
    {
        QFETCH(QStringList, entries);
        QFETCH(QString, principal);
        QFETCH(QString, userId);
        QFETCH(QString, expected);
        const RequestPrincipal p = parsePrincipal(principal);
        const Identity who = classifyPrincipal(p);
        const std::string id = userId.toStdString();
        const std::optional<std::string_view> uid = id.empty() ? std::nullopt
                                                               : std::optional<std::string_view>(id);
        QCOMPARE(kindText(matchPrincipal(parseEntries(entries), who, uid)), expected);
    }

    void notPrincipal_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<bool>("denyHolds");
        QTest::addColumn<bool>("allowHolds");
        const char *account = "arn:aws:iam::123456789012:root";
        const char *role = "arn:aws:iam::123456789012:role/R";
        const char *session = "arn:aws:sts::123456789012:assumed-role/R/s";
        const char *bob = "arn:aws:iam::444455556666:user/Bob";
        QTest::addRow("Ex16 role only, session") << strings({role}) << session << true << true;
        QTest::addRow("Ex16 role only, role principal") << strings({role}) << role << true << false;
        QTest::addRow("Ex17 full chain, session") << strings({session, role, account}) << session << false << false;
        QTest::addRow("Ex17 full chain, other user") << strings({session, role, account}) << "arn:aws:iam::123456789012:user/eve" << true << true;
        QTest::addRow("Ex17 full chain, other account") << strings({session, role, account}) << "arn:aws:iam::444455556666:user/x" << true << true;
        QTest::addRow("Bob and account") << strings({bob, "444455556666"}) << bob << false << false;
        QTest::addRow("Bob alone") << strings({bob}) << bob << true << false;
        QTest::addRow("Ex18 bob not listed") << strings({"arn:aws:iam::123456789012:user/alice", account}) << "arn:aws:iam::123456789012:user/bob" << true << true;
        QTest::addRow("Ex18 alice listed") << strings({"arn:aws:iam::123456789012:user/alice", account}) << "arn:aws:iam::123456789012:user/alice" << false << false;
        QTest::addRow("account exempts root") << strings({account}) << account << false << false;
        QTest::addRow("star covers all") << strings({"*"}) << "anonymous" << false << false;
        QTest::addRow("anonymous not covered by account") << strings({account}) << "anonymous" << true << true;
        QTest::addRow("service listed") << strings({"Service=appflow.amazonaws.com"}) << "Service=appflow.amazonaws.com" << false << false;
        QTest::addRow("service not listed") << strings({"Service=appflow.amazonaws.com"}) << "Service=lambda.amazonaws.com" << true << true;
    }
    void notPrincipal()
    {
        QFETCH(QStringList, entries);
        QFETCH(QString, principal);
        QFETCH(bool, denyHolds);
        QFETCH(bool, allowHolds);
        const RequestPrincipal p = parsePrincipal(principal);
        const Identity who = classifyPrincipal(p);
        const auto patterns = parseEntries(entries);
        QCOMPARE(notPrincipalHolds(patterns, Effect::Deny, who, std::nullopt), denyHolds);
        QCOMPARE(notPrincipalHolds(patterns, Effect::Allow, who, std::nullopt), allowHolds);
    }

    void uniqueIdShape()
    {
        QVERIFY(isUniqueId("AIDAJQABLZS4A3QDU576Q"));
        QVERIFY(isUniqueId("AROA123456789012345"));
        QVERIFY(!isUniqueId("AIDA1234567890"));     // too short
        QVERIFY(!isUniqueId("aidajqablzs4a3qdu576q")); // lower case
        QVERIFY(!isUniqueId("123456789012"));
    }
};

QTEST_GUILESS_MAIN(TestPrincipals)
#include "tst_principals.moc"
