// ContextKeysModel: the keys a policy uses with their sources, typed values checked with the
// engine's parsers, the context they give the matrix (agreeing with `secret-policy eval`), and
// the values remembered per file.
#include "accessmatrixmodel.h"
#include "contextkeysmodel.h"

#include "policy/policyreader.h"
#include "sim/contextkeys.h"
#include "sim/derive.h"
#include "sim/matrix.h"

#include "../common/testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using model::ContextKeysModel;
using Source = model::ContextKeysModel::Source;

Q_DECLARE_METATYPE(model::ContextKeysModel::Source)

namespace {

const char *const arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";
const QString reader = QStringLiteral("arn:aws:iam::123456789012:role/Reader");

// Tests aws:SourceIp, aws:PrincipalTag/team, aws:SecureTransport, secretsmanager:VersionStage.
const char *const fourKeys = R"({
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "Office",
    "Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::123456789012:role/Reader"},
    "Action": "secretsmanager:GetSecretValue",
    "Resource": "*",
    "Condition": {
      "IpAddress": {"aws:SourceIp": "203.0.113.0/24"},
      "StringEquals": {"aws:PrincipalTag/team": "payments"},
      "Bool": {"aws:SecureTransport": "true"},
      "ForAnyValue:StringEquals": {"secretsmanager:VersionStage": "AWSCURRENT"}
    }
  }]
})";

// Allows the Reader role from one network only.
const char *const fromOffice = R"({
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "FromOffice",
    "Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::123456789012:role/Reader"},
    "Action": "secretsmanager:GetSecretValue",
    "Resource": "*",
    "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}
  }]
})";

engine::Policy policyOf(const char *text)
{
    engine::PolicyReadResult read = engine::readPolicyText(text);
    return read.policy ? std::move(*read.policy) : engine::Policy{};
}

void useKeysOf(ContextKeysModel &model, const engine::Policy &policy)
{
    model.setKeyUses(engine::sim::contextKeyUses({&policy}, {}));
}

// "key|source|value|type", one per row.
QStringList rowTexts(const ContextKeysModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ContextKeysModel::ColumnCount; ++c)
            cells << model.index(r, c).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

// The Reader row's decisions, by stage label.
QStringList readerRow(const model::AccessMatrixModel &matrix)
{
    QStringList cells;
    for (int r = 0; r < matrix.rowCount(); ++r) {
        if (matrix.headerData(r, Qt::Vertical).toString() != reader)
            continue;
        for (int c = 0; c < matrix.columnCount(); ++c)
            cells << matrix.index(r, c).data().toString();
    }
    return cells;
}

} // namespace

class TestContextKeysModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldListKeysWithTheirSources();
    void shouldGiveAValueAndClearIt();
    void shouldRejectInvalidValues_data();
    void shouldRejectInvalidValues();
    void shouldReadValues_data();
    void shouldReadValues();
    void shouldKeepValuesAcrossPolicyChanges();
    void shouldRoundTripValues();
    void shouldFlipCellsLikeCliEval();
};

void TestContextKeysModel::shouldListKeysWithTheirSources()
{
    ContextKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const engine::Policy policy = policyOf(fourKeys);
    useKeysOf(model, policy);
    QCOMPARE(rowTexts(model),
             QStringList({
                 QStringLiteral("aws:SourceIp|Absent||IP address"),
                 QStringLiteral("aws:PrincipalTag/team|Absent||String"),
                 QStringLiteral("aws:SecureTransport|Derived from the request||Bool"),
                 QStringLiteral("secretsmanager:VersionStage|Set by each column|(the column's "
                                "stage)|String"),
             }));
    QCOMPARE(model.index(2, 0).data(ContextKeysModel::BoolKeyRole).toBool(), true);
    QCOMPARE(model.index(0, 0).data(ContextKeysModel::BoolKeyRole).toBool(), false);
    QVERIFY(!(model.flags(model.index(3, ContextKeysModel::ValueColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, ContextKeysModel::ValueColumn)) & Qt::ItemIsEditable);
    // Every source has an icon besides its words.
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(!model.index(r, ContextKeysModel::SourceColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    QVERIFY(model.context().empty());
}

void TestContextKeysModel::shouldGiveAValueAndClearIt()
{
    ContextKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const engine::Policy policy = policyOf(fourKeys);
    useKeysOf(model, policy);
    QSignalSpy changed(&model, &ContextKeysModel::contextChanged);

    QString error;
    QVERIFY(model.setValue(QStringLiteral("aws:SecureTransport"), QStringLiteral("false"), &error));
    QCOMPARE(error, QString());
    QCOMPARE(model.sourceOf(QStringLiteral("aws:securetransport")), Source::Given);
    QVERIFY(model.setData(model.index(0, ContextKeysModel::ValueColumn),
                          QStringLiteral("203.0.113.5")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(rowTexts(model).mid(0, 3),
             QStringList({QStringLiteral("aws:SourceIp|Given|203.0.113.5|IP address"),
                          QStringLiteral("aws:PrincipalTag/team|Absent||String"),
                          QStringLiteral("aws:SecureTransport|Given|false|Bool")}));
    const std::vector<engine::ContextEntry> expected{
        {"aws:SourceIp", {false, {"203.0.113.5"}}},
        {"aws:SecureTransport", {false, {"false"}}},
    };
    QVERIFY(model.context() == expected);

    // Setting the same value again changes nothing.
    QVERIFY(model.setValue(QStringLiteral("aws:SourceIp"), QStringLiteral(" 203.0.113.5 ")));
    QCOMPARE(changed.count(), 2);

    model.clearValue(QStringLiteral("aws:SecureTransport"));
    QCOMPARE(model.sourceOf(QStringLiteral("aws:SecureTransport")), Source::Derived);
    model.setData(model.index(0, ContextKeysModel::ValueColumn), QString());
    QCOMPARE(model.sourceOf(QStringLiteral("aws:SourceIp")), Source::Absent);
    QCOMPARE(changed.count(), 4);
    QVERIFY(model.context().empty());
    QCOMPARE(model.rowCount(), 4);

    // A key of one's own gets a row, and loses it when cleared.
    QVERIFY(model.addKey(QStringLiteral("aws:SourceVpce")));
    QVERIFY(!model.addKey(QStringLiteral("AWS:SOURCEVPCE")));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.sourceOf(QStringLiteral("aws:SourceVpce")), Source::Absent);
    QVERIFY(model.setValue(QStringLiteral("aws:SourceVpce"), QStringLiteral("vpce-1a2b3c4d")));
    QCOMPARE(model.index(4, 0).data(ContextKeysModel::UsedRole).toBool(), false);
    model.clearValue(QStringLiteral("aws:SourceVpce"));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.addKey(QStringLiteral("secretsmanager:VersionStage")));
}

void TestContextKeysModel::shouldRejectInvalidValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addRow("ip") << QStringLiteral("aws:SourceIp") << QStringLiteral("203.0.113.300")
                        << QStringLiteral(
                               "\"203.0.113.300\" is not an IP address, for example 203.0.113.5 or "
                               "2001:db8::1");
    QTest::addRow("ip range") << QStringLiteral("aws:SourceIp") << QStringLiteral("10.0.0.0/8")
                              << QStringLiteral("\"10.0.0.0/8\" is not an IP address, for "
                                                "example 203.0.113.5 or 2001:db8::1");
    QTest::addRow("second ip") << QStringLiteral("aws:SourceIp")
                               << QStringLiteral("10.0.0.1\nnowhere")
                               << QStringLiteral("\"nowhere\" is not an IP address, for example "
                                                 "203.0.113.5 or 2001:db8::1");
    QTest::addRow("bool") << QStringLiteral("aws:SecureTransport") << QStringLiteral("yes")
                          << QStringLiteral("\"yes\" is not a Bool value: type true or false");
    QTest::addRow("date") << QStringLiteral("aws:CurrentTime") << QStringLiteral("tomorrow")
                          << QStringLiteral("\"tomorrow\" is not a date: use ISO 8601, for "
                                            "example 2026-01-31T12:00:00Z, or seconds since 1970");
    QTest::addRow("number") << QStringLiteral("aws:MultiFactorAuthAge") << QStringLiteral("ten")
                            << QStringLiteral("\"ten\" is not a number, for example 30 or 2.5");
    QTest::addRow("arn") << QStringLiteral("aws:SourceArn") << QStringLiteral("bucket")
                         << QStringLiteral("\"bucket\" is not an ARN (arn:partition:service:"
                                           "region:account:resource)");
    QTest::addRow("tag without name")
        << QStringLiteral("aws:PrincipalTag/") << QStringLiteral("x")
        << QStringLiteral("aws:PrincipalTag/ needs a tag name after the /, for example "
                          "aws:PrincipalTag/team");
    QTest::addRow("stage") << QStringLiteral("secretsmanager:VersionStage")
                           << QStringLiteral("AWSCURRENT")
                           << QStringLiteral("secretsmanager:VersionStage is set by each column "
                                             "of the matrix");
    QTest::addRow("no key") << QStringLiteral(" ") << QStringLiteral("x")
                            << QStringLiteral("A context key needs a name, for example "
                                              "aws:SourceIp");
    QTest::addRow("only commas") << QStringLiteral("aws:TagKeys") << QStringLiteral(" , ,")
                                 << QStringLiteral("Type a value for aws:TagKeys, or clear it");
}

void TestContextKeysModel::shouldRejectInvalidValues()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, error);
    const ContextKeysModel::Check check = ContextKeysModel::checkValue(key, text);
    QVERIFY(!check.entry);
    QCOMPARE(check.error, error);

    // The row keeps the text, says why and stays out of the context.
    ContextKeysModel model;
    const engine::Policy policy = policyOf(fourKeys);
    useKeysOf(model, policy);
    QSignalSpy changed(&model, &ContextKeysModel::contextChanged);
    QString reason;
    QVERIFY(!model.setValue(key, text, &reason));
    QCOMPARE(reason, error);
    QCOMPARE(changed.count(), 0);
    QVERIFY(model.context().empty());
    const int row = model.rowOf(key);
    if (row >= 0 && model.sourceOf(key) != Source::Stage) {
        QCOMPARE(model.sourceOf(key), Source::Invalid);
        QCOMPARE(model.index(row, ContextKeysModel::SourceColumn).data().toString(),
                 QStringLiteral("Invalid value, not used"));
        QCOMPARE(model.index(row, 0).data(ContextKeysModel::ErrorRole).toString(), error);
    }
}

void TestContextKeysModel::shouldReadValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isList");
    QTest::addColumn<QStringList>("values");
    QTest::addRow("ip") << QStringLiteral("aws:SourceIp") << QStringLiteral("203.0.113.5") << false
                        << QStringList{QStringLiteral("203.0.113.5")};
    QTest::addRow("ipv6") << QStringLiteral("aws:SourceIp") << QStringLiteral("2001:db8::1")
                          << false << QStringList{QStringLiteral("2001:db8::1")};
    QTest::addRow("bool any case")
        << QStringLiteral("aws:MultiFactorAuthPresent") << QStringLiteral("True") << false
        << QStringList{QStringLiteral("True")};
    QTest::addRow("tag keys, commas")
        << QStringLiteral("aws:TagKeys") << QStringLiteral("env, team") << true
        << QStringList{QStringLiteral("env"), QStringLiteral("team")};
    QTest::addRow("tag keys, one") << QStringLiteral("aws:TagKeys") << QStringLiteral("env") << true
                                   << QStringList{QStringLiteral("env")};
    QTest::addRow("lines make a list")
        << QStringLiteral("aws:SourceIp") << QStringLiteral("10.0.0.1\n\n10.0.0.2\n") << true
        << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")};
    QTest::addRow("comma kept in a string")
        << QStringLiteral("aws:PrincipalTag/team") << QStringLiteral("payments, ops") << false
        << QStringList{QStringLiteral("payments, ops")};
    QTest::addRow("unknown key, quotes")
        << QStringLiteral("custom:Key") << QStringLiteral("say \"hi\"") << false
        << QStringList{QStringLiteral("say \"hi\"")};
    QTest::addRow("epoch seconds")
        << QStringLiteral("aws:EpochTime") << QStringLiteral("1767225600") << false
        << QStringList{QStringLiteral("1767225600")};
}

void TestContextKeysModel::shouldReadValues()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(bool, isList);
    QFETCH(QStringList, values);
    const ContextKeysModel::Check check = ContextKeysModel::checkValue(key, text);
    QCOMPARE(check.error, QString());
    QVERIFY(check.entry);
    QCOMPARE(QString::fromStdString(check.entry->key), key);
    QCOMPARE(check.entry->value.isList, isList);
    QStringList read;
    for (const std::string &v : check.entry->value.values)
        read << QString::fromStdString(v);
    QCOMPARE(read, values);
}

void TestContextKeysModel::shouldKeepValuesAcrossPolicyChanges()
{
    ContextKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const engine::Policy four = policyOf(fourKeys);
    useKeysOf(model, four);
    QVERIFY(model.setValue(QStringLiteral("aws:SourceIp"), QStringLiteral("203.0.113.5")));
    // The new policy tests only aws:SourceIp: the value stays, unused keys without one go.
    const engine::Policy office = policyOf(fromOffice);
    model.setValue(QStringLiteral("aws:PrincipalTag/team"), QStringLiteral("payments"));
    useKeysOf(model, office);
    QCOMPARE(rowTexts(model),
             QStringList({QStringLiteral("aws:SourceIp|Given|203.0.113.5|IP address"),
                          QStringLiteral("aws:PrincipalTag/team|Given|payments|String")}));
    QCOMPARE(model.index(0, 0).data(ContextKeysModel::UsedRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(ContextKeysModel::UsedRole).toBool(), false);
}

void TestContextKeysModel::shouldRoundTripValues()
{
    ContextKeysModel model;
    const engine::Policy policy = policyOf(fourKeys);
    useKeysOf(model, policy);
    model.setValue(QStringLiteral("aws:SourceIp"), QStringLiteral("203.0.113.5"));
    model.setValue(QStringLiteral("aws:SecureTransport"), QStringLiteral("maybe"));
    model.setValue(QStringLiteral("aws:TagKeys"), QStringLiteral("env, team"));
    const QVariantMap values = model.values();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.value(QStringLiteral("aws:SecureTransport")).toString(),
             QStringLiteral("maybe"));

    ContextKeysModel restored;
    QAbstractItemModelTester tester(&restored,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    useKeysOf(restored, policy);
    QSignalSpy changed(&restored, &ContextKeysModel::contextChanged);
    restored.setValues(values);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rowTexts(restored), rowTexts(model));
    QVERIFY(restored.context() == model.context());
    restored.clearAll();
    QCOMPARE(changed.count(), 2);
    QVERIFY(restored.context().empty());
    QCOMPARE(restored.rowCount(), 4);
}

// Giving aws:SourceIp flips the Reader's cells; every cell agrees with `secret-policy eval` on
// the cell's request, which carries the context.
void TestContextKeysModel::shouldFlipCellsLikeCliEval()
{
    const engine::Policy policy = policyOf(fromOffice);
    ContextKeysModel keys;
    useKeysOf(keys, policy);
    const auto matrixWith = [&] {
        engine::sim::MatrixSetup setup = engine::sim::deriveSetup(policy, arn);
        setup.context = keys.context();
        return engine::sim::computeMatrix(engine::CompiledPolicy(policy), std::move(setup), 1);
    };
    model::AccessMatrixModel matrix;
    matrix.setMatrix(matrixWith());
    // The Reader's identity policies are unknown: the policy's answer decides only a denial.
    const QString denied = QStringLiteral("Unknown · policy: Denied (implicit)");
    QCOMPARE(readerRow(matrix), QStringList(matrix.columnCount(), denied));

    QVERIFY(keys.setValue(QStringLiteral("aws:SourceIp"), QStringLiteral("203.0.113.5")));
    matrix.setMatrix(matrixWith());
    QCOMPARE(readerRow(matrix), QStringList(matrix.columnCount(), QStringLiteral("Allowed")));

    QVERIFY(keys.setValue(QStringLiteral("aws:SourceIp"), QStringLiteral("198.51.100.7")));
    matrix.setMatrix(matrixWith());
    QCOMPARE(readerRow(matrix), QStringList(matrix.columnCount(), denied));

    if (!QFile::exists(QStringLiteral(SPS_CLI_PATH)))
        QSKIP("the secret-policy CLI is not built");
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("office.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fromOffice);
    file.close();
    for (const QString &ip : {QStringLiteral("203.0.113.5"), QStringLiteral("198.51.100.7")}) {
        QVERIFY(keys.setValue(QStringLiteral("aws:SourceIp"), ip));
        matrix.setMatrix(matrixWith());
        QByteArray requests;
        for (int r = 0; r < matrix.rowCount(); ++r) {
            for (int c = 0; c < matrix.columnCount(); ++c) {
                const QString line
                    = matrix.index(r, c).data(model::AccessMatrixModel::RequestJsonRole).toString();
                QVERIFY2(line.contains(QStringLiteral("\"aws:SourceIp\": \"%1\"").arg(ip))
                             || line.contains(QStringLiteral("\"aws:SourceIp\":\"%1\"").arg(ip)),
                         qPrintable(line));
                requests += line.toUtf8() + '\n';
            }
        }
        QList<QByteArray> answers;
        QString why;
        QVERIFY2(testsupport::evalWithCli(file.fileName(), requests, &answers, &why),
                 qPrintable(why));
        QCOMPARE(answers.size(), matrix.rowCount() * matrix.columnCount());
        int at = 0;
        for (int r = 0; r < matrix.rowCount(); ++r) {
            for (int c = 0; c < matrix.columnCount(); ++c) {
                const QJsonObject answer = QJsonDocument::fromJson(answers.at(at++)).object();
                const QModelIndex cell = matrix.index(r, c);
                QCOMPARE(answer.value(QStringLiteral("decision")).toString(),
                         QString::fromLatin1(
                             engine::outcomeName(cell.data(model::AccessMatrixModel::DecisionRole)
                                                     .value<engine::Outcome>())));
                QCOMPARE(answer.value(QStringLiteral("effectiveDecision")).toString(),
                         QString::fromLatin1(engine::outcomeName(
                             cell.data(model::AccessMatrixModel::EffectiveDecisionRole)
                                 .value<engine::Outcome>())));
            }
        }
    }
}

QTEST_MAIN(TestContextKeysModel)
#include "tst_contextkeysmodel.moc"
