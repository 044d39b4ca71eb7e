// ScenariosModel: the golden scenario files of tests/data pass against their policies, a policy
// edit breaks exactly the scenario it should, files survive a round trip byte for byte (comments,
// unknown members, bad lines), bad lines are located, and a matrix cell added as a scenario is a
// line `secret-policy test` accepts. QAbstractItemModelTester is attached before filling.
#include "scenariosmodel.h"

#include "accessmatrixmodel.h"

#include "eval/evaluator.h"
#include "policy/policyreader.h"
#include "sim/derive.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using engine::Outcome;
using model::ScenariosModel;
using Status = ScenariosModel::Status;

namespace {

const char *const anaya = "arn:aws:iam::123456789012:user/anaya";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::shared_ptr<const engine::CompiledPolicy> compile(const QByteArray &text)
{
    engine::PolicyReadResult read
        = engine::readPolicyText(std::string_view(text.constData(), std::size_t(text.size())));
    if (!read.policy)
        return nullptr;
    return std::make_shared<const engine::CompiledPolicy>(std::move(*read.policy));
}

// The policy a golden file names on its "# policy:" line.
QString policyPathOf(const QString &scenarioPath)
{
    static const QRegularExpression directive(QStringLiteral("^#\\s*policy:\\s*(\\S+)"),
                                              QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match
        = directive.match(QString::fromUtf8(readFile(scenarioPath)));
    return match.hasMatch() ? QFileInfo(scenarioPath).dir().filePath(match.captured(1)) : QString();
}

QString request(const char *principal, const char *action, const char *expect)
{
    QString line
        = QStringLiteral("{\"principal\": \"%1\", \"action\": \"%2\", \"resource\": "
                         "\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\", "
                         "\"identityPolicies\": []")
              .arg(QLatin1String(principal), QLatin1String(action));
    if (expect)
        line += QStringLiteral(", \"expect\": ") + QLatin1String(expect);
    return line + QLatin1Char('}');
}

QString statuses(const ScenariosModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << QStringLiteral("%1:%2")
                   .arg(model.lineNumberAt(row))
                   .arg(ScenariosModel::statusText(model.statusAt(row)));
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestScenariosModel : public QObject
{
    Q_OBJECT

private slots:
    void defaultPathFor_data();
    void defaultPathFor();
    void goldenFilesPassAgainstTheirPolicy_data();
    void goldenFilesPassAgainstTheirPolicy();
    void policyEditBreaksExactlyOneExpectation();
    void roundTripKeepsEveryByte();
    void editingAnExpectationRewritesOnlyThatLine();
    void saveIsAtomicAndReloads();
    void badLineIsLocated_data();
    void badLineIsLocated();
    void staleMarksEveryRowUntilTheNextRun();
    void removeAndAcceptActual();
    void cellAddedFromTheMatrixPassesTheCli();
};

void TestScenariosModel::defaultPathFor_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("scenarios");
    QTest::addRow("json") << "/tmp/p/policy.json"
                          << "/tmp/p/policy.scenarios.jsonl";
    QTest::addRow("upper-case suffix") << "/tmp/p/Policy.JSON"
                                       << "/tmp/p/Policy.scenarios.jsonl";
    QTest::addRow("two dots") << "/tmp/p/prod.db.json"
                              << "/tmp/p/prod.db.scenarios.jsonl";
    QTest::addRow("other suffix") << "/tmp/p/policy.txt"
                                  << "/tmp/p/policy.txt.scenarios.jsonl";
    QTest::addRow("untitled") << ""
                              << "";
}

void TestScenariosModel::defaultPathFor()
{
    QFETCH(QString, policy);
    QFETCH(QString, scenarios);
    QCOMPARE(ScenariosModel::defaultPathFor(policy), scenarios);
}

void TestScenariosModel::goldenFilesPassAgainstTheirPolicy_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("scenarios");
    QTest::addRow("ex01") << "ex01-same-account-user.jsonl" << 1;
    QTest::addRow("ex17") << "ex17-notprincipal-deny-chain.jsonl" << 4;
    QTest::addRow("ex18") << "ex18-notprincipal-allow.jsonl" << 5;
    QTest::addRow("ex22") << "ex22-no-resource-action.jsonl" << 4;
    QTest::addRow("ex24") << "ex24-deny-plain-http.jsonl" << 4;
    QTest::addRow("ex41") << "ex41-org-perimeter.jsonl" << 3;
}

void TestScenariosModel::goldenFilesPassAgainstTheirPolicy()
{
    QFETCH(QString, file);
    QFETCH(int, scenarios);
    ScenariosModel model;
    QAbstractItemModelTester tester(&model);
    const QString path = QStringLiteral(SPS_TEST_DATA_DIR "/") + file;
    QVERIFY(model.load(path));
    QCOMPARE(model.rowCount(), scenarios);
    QCOMPARE(model.counts().notRun, scenarios);
    QElapsedTimer clock;
    clock.start();
    model.setPolicy(compile(readFile(policyPathOf(path))));
    qInfo("%s: %d scenarios ran in %.3f ms",
          qPrintable(file),
          scenarios,
          double(clock.nsecsElapsed()) / 1e6);
    const ScenariosModel::Counts counts = model.counts();
    QCOMPARE(counts.passed, scenarios);
    QCOMPARE(counts.failed, 0);
    QCOMPARE(model.summaryText(),
             scenarios == 1 ? QStringLiteral("1 scenario: 1 passed, 0 failed")
                            : QStringLiteral("%1 scenarios: %1 passed, 0 failed").arg(scenarios));
    QVERIFY(!model.isModified());
}

void TestScenariosModel::policyEditBreaksExactlyOneExpectation()
{
    const QByteArray policy
        = readFile(QStringLiteral(SPS_TEST_DATA_DIR "/policies/ex01-same-account-user.json"));
    const QString text
        = QStringList{QStringLiteral("# anaya reads and writes; bob nothing"),
                      request(anaya,
                              "secretsmanager:GetSecretValue",
                              R"({"decision": "Allowed", "effectiveDecision": "Allowed"})"),
                      request(anaya, "secretsmanager:PutSecretValue", R"({"decision": "Allowed"})"),
                      request("arn:aws:iam::123456789012:user/bob",
                              "secretsmanager:GetSecretValue",
                              R"({"effectiveDecision": "ImplicitlyDenied"})")}
              .join(QLatin1Char('\n'));
    ScenariosModel model;
    QAbstractItemModelTester tester(&model);
    model.setText(text.toUtf8());
    QSignalSpy results(&model, &ScenariosModel::resultsChanged);
    model.setPolicy(compile(policy));
    QCOMPARE(results.count(), 1);
    QCOMPARE(statuses(model), QStringLiteral("2:Passed 3:Passed 4:Passed"));

    QByteArray edited = policy;
    edited.replace("\"secretsmanager:*\"", "\"secretsmanager:GetSecretValue\"");
    model.setPolicy(compile(edited));
    QCOMPARE(statuses(model), QStringLiteral("2:Passed 3:Failed 4:Passed"));
    QCOMPARE(model.summaryText(), QStringLiteral("3 scenarios: 2 passed, 1 failed"));
    const QModelIndex failed = model.index(1, ScenariosModel::StatusColumn);
    QCOMPARE(failed.data(ScenariosModel::MessageRole).toString(),
             QStringLiteral("decision: expected Allowed, got ImplicitlyDenied"));
    QCOMPARE(failed.data().toString(), QStringLiteral("Failed"));
    QVERIFY(!failed.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(1, ScenariosModel::ExpectedColumn).data().toString(),
             QStringLiteral("policy: Allowed"));
    QCOMPARE(model.index(1, ScenariosModel::ActualColumn).data().toString(),
             QStringLiteral("Denied (implicit)"));
    QCOMPARE(model.index(1, ScenariosModel::PrincipalColumn).data().toString(),
             QString::fromLatin1(anaya));
    QCOMPARE(model.index(1, ScenariosModel::ActionColumn).data().toString(),
             QStringLiteral("PutSecretValue"));
    QCOMPARE(model.index(1, ScenariosModel::ContextColumn).data().toString(),
             QStringLiteral("0 identity policies"));
    // Failures sort first.
    QVERIFY(failed.data(ScenariosModel::SortRole).toInt()
            < model.index(0, 0).data(ScenariosModel::SortRole).toInt());
}

void TestScenariosModel::roundTripKeepsEveryByte()
{
    const QByteArray text = QByteArrayLiteral(
        "# policy: policies/ex01-same-account-user.json\r\n"
        "\r\n"
        "{\"principal\": \"arn:aws:iam::123456789012:user/anaya\", \"action\": "
        "\"secretsmanager:GetSecretValue\", \"resource\": \"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\", \"note\": {\"owner\": \"ops\"}, "
        "\"expect\": {\"decision\": \"Allowed\"}}\r\n"
        "{\"principal\": 5}\r\n"
        "   # an indented comment with ünïcode\r\n");
    ScenariosModel model;
    QAbstractItemModelTester tester(&model);
    model.setText(text);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.text(), text);
}

void TestScenariosModel::editingAnExpectationRewritesOnlyThatLine()
{
    const QByteArray text = QByteArrayLiteral(
        "# keep me\n"
        "{\"principal\": \"arn:aws:iam::123456789012:user/anaya\", \"action\": "
        "\"secretsmanager:GetSecretValue\", \"resource\": \"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\", \"note\": {\"n\": 1.50}, "
        "\"expect\": {\"decision\": \"Allowed\", \"matched\": []}}\n"
        "{\"principal\": \"anonymous\", \"action\": \"secretsmanager:GetSecretValue\", "
        "\"resource\": \"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\"}\n");
    ScenariosModel model;
    QAbstractItemModelTester tester(&model);
    model.setText(text);
    QSignalSpy modified(&model, &ScenariosModel::modifiedChanged);
    QSignalSpy changed(&model, &ScenariosModel::dataChanged);
    QVERIFY(model.setExpectation(0, Outcome::ExplicitlyDenied, Outcome::Unknown));
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    const QList<QByteArray> lines = model.text().split('\n');
    QCOMPARE(lines.at(0), QByteArray("# keep me"));
    // The unknown member and the number's spelling stay; the matched list too.
    QCOMPARE(
        lines.at(1),
        QByteArray("{\"principal\":\"arn:aws:iam::123456789012:user/anaya\",\"action\":"
                   "\"secretsmanager:GetSecretValue\",\"resource\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\",\"note\":{\"n\":1.50},"
                   "\"expect\":{\"decision\":\"ExplicitlyDenied\",\"effectiveDecision\":"
                   "\"Unknown\",\"matched\":[]}}"));
    QCOMPARE(lines.at(2), text.split('\n').at(2));
    // A scenario without expectations gets one appended.
    QVERIFY(model.setExpectation(1, std::nullopt, Outcome::ImplicitlyDenied));
    QVERIFY(model.text().split('\n').at(2).endsWith(
        ",\"expect\":{\"effectiveDecision\":\"ImplicitlyDenied\"}}"));
}

void TestScenariosModel::saveIsAtomicAndReloads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.scenarios.jsonl"));
    ScenariosModel model;
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.addScenario(request(anaya, "secretsmanager:GetSecretValue", nullptr),
                              Outcome::Allowed,
                              Outcome::Allowed));
    QVERIFY(model.isModified());
    QString error;
    QVERIFY2(model.save(path, &error), qPrintable(error));
    QVERIFY(!model.isModified());
    QCOMPARE(model.path(), path);
    QCOMPARE(readFile(path), model.text());
    ScenariosModel again;
    QVERIFY(again.load(path));
    QCOMPARE(again.text(), model.text());
    QCOMPARE(again.rowCount(), 1);
    // A directory cannot be written over: the save fails with a reason and keeps the edits.
    QVERIFY(model.setExpectation(0, Outcome::ImplicitlyDenied, std::nullopt));
    QVERIFY(!model.save(dir.path(), &error));
    QVERIFY(error.startsWith(QStringLiteral("Cannot write ")));
    QVERIFY(model.isModified());
    QVERIFY(!model.load(dir.filePath(QStringLiteral("missing.jsonl")), &error));
    QVERIFY(error.startsWith(QStringLiteral("Cannot read ")));
}

void TestScenariosModel::badLineIsLocated_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");
    QTest::addRow("not json") << QByteArray("{\"principal\": ") << QString();
    QTest::addRow("no action") << QByteArray("{\"principal\": \"anonymous\", \"resource\": \"*\"}")
                               << QStringLiteral("\"action\" is missing");
    QTest::addRow("bad expect") << QByteArray("{\"principal\": \"anonymous\", \"action\": "
                                              "\"secretsmanager:GetSecretValue\", \"resource\": "
                                              "\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\", "
                                              "\"expect\": {\"decision\": \"Yes\"}}")
                                << QStringLiteral("expect: \"decision\" must be an outcome such "
                                                  "as \"Allowed\"");
    // A request Secrets Manager could never receive is an error of its line, not a result.
    QTest::addRow("wildcard action")
        << QByteArray("{\"principal\": \"anonymous\", \"action\": \"secretsmanager:Get*\", "
                      "\"resource\": \"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\", "
                      "\"expect\": {\"decision\": \"Allowed\"}}")
        << QStringLiteral("\"action\" must name one action, not a pattern: "
                          "\"secretsmanager:Get*\" (wildcards belong in policies)");
    QTest::addRow("star for a secret action")
        << QByteArray("{\"principal\": \"anonymous\", \"action\": "
                      "\"secretsmanager:DescribeSecret\", \"resource\": \"*\"}")
        << QStringLiteral("\"resource\" must be the ARN of the secret for "
                          "secretsmanager:DescribeSecret; \"*\" is only for the actions that take "
                          "no resource (BatchGetSecretValue, GetRandomPassword, ListSecrets)");
}

void TestScenariosModel::badLineIsLocated()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    const QByteArray text = "# comment\n"
                            + request(anaya, "secretsmanager:GetSecretValue", nullptr).toUtf8()
                            + "\n\n" + line + "\n";
    ScenariosModel model;
    QAbstractItemModelTester tester(&model);
    model.setText(text);
    model.setPolicy(compile(
        readFile(QStringLiteral(SPS_TEST_DATA_DIR "/policies/ex01-same-account-user.json"))));
    QCOMPARE(statuses(model), QStringLiteral("2:No expectation 4:Invalid line"));
    const QModelIndex bad = model.index(1, ScenariosModel::PrincipalColumn);
    QCOMPARE(bad.data(ScenariosModel::LineNumberRole).toInt(), 4);
    // The engine's own message, as `secret-policy test` prints it.
    const engine::sim::ScenarioLine parsed = engine::sim::readScenarioLine(line.toStdString());
    const QString engineMessage
        = QString::fromStdString(parsed.request ? "expect: " + parsed.expectError : parsed.error);
    QVERIFY(!engineMessage.isEmpty());
    if (!message.isEmpty())
        QCOMPARE(engineMessage, message);
    QCOMPARE(bad.data(ScenariosModel::MessageRole).toString(), engineMessage);
    QCOMPARE(bad.data().toString(), QStringLiteral("line 4: %1").arg(engineMessage));
    QCOMPARE(model.summaryText(),
             QStringLiteral("2 scenarios: 0 passed, 0 failed, 1 invalid line, "
                            "1 without expectations"));
    // Never dropped on save, even after editing another row.
    QVERIFY(model.setExpectation(0, Outcome::Allowed, std::nullopt));
    QVERIFY(!model.setExpectation(1, Outcome::Allowed, std::nullopt));
    QCOMPARE(model.text().split('\n').at(3), line);
}

void TestScenariosModel::staleMarksEveryRowUntilTheNextRun()
{
    const QByteArray policy
        = readFile(QStringLiteral(SPS_TEST_DATA_DIR "/policies/ex01-same-account-user.json"));
    ScenariosModel model;
    QAbstractItemModelTester tester(&model);
    model.setText(
        request(anaya, "secretsmanager:GetSecretValue", R"({"decision": "Allowed"})").toUtf8());
    model.setPolicy(compile(policy));
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QSignalSpy changed(&model, &ScenariosModel::dataChanged);
    model.setStale(true);
    QVERIFY(model.isStale());
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Passed")); // results stay
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Stale")));
    model.setPolicy(compile(policy));
    QVERIFY(!model.isStale());
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
}

void TestScenariosModel::removeAndAcceptActual()
{
    ScenariosModel model;
    QAbstractItemModelTester tester(&model);
    model.setText(
        QByteArray("# head\n")
        + request(anaya, "secretsmanager:GetSecretValue", R"({"decision": "Unknown"})").toUtf8()
        + "\n"
        + request(anaya, "secretsmanager:PutSecretValue", R"({"decision": "Allowed"})").toUtf8()
        + "\n");
    QVERIFY(!model.acceptActual(0)); // nothing ran yet
    model.setPolicy(compile(
        readFile(QStringLiteral(SPS_TEST_DATA_DIR "/policies/ex01-same-account-user.json"))));
    QCOMPARE(statuses(model), QStringLiteral("2:Failed 3:Passed"));
    QVERIFY(model.acceptActual(0));
    QCOMPARE(statuses(model), QStringLiteral("2:Passed 3:Passed"));
    QCOMPARE(model.scenarioAt(0)->expect->effectiveDecision, Outcome::Allowed);
    QSignalSpy removed(&model, &ScenariosModel::rowsRemoved);
    QVERIFY(model.removeScenario(0));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(statuses(model), QStringLiteral("2:Passed"));
    QVERIFY(model.text().startsWith("# head\n{\"principal\": \"arn:aws:iam::123456789012:user/"
                                    "anaya\", \"action\": \"secretsmanager:PutSecretValue\""));
    QVERIFY(!model.removeScenario(1));
}

void TestScenariosModel::cellAddedFromTheMatrixPassesTheCli()
{
    const QString policyPath
        = QStringLiteral(SPS_TEST_DATA_DIR "/policies/ex24-deny-plain-http.json");
    const QByteArray policyText = readFile(policyPath);
    engine::PolicyReadResult read = engine::readPolicyText(
        std::string_view(policyText.constData(), std::size_t(policyText.size())));
    QVERIFY(read.policy);
    engine::sim::MatrixSetup setup = engine::sim::deriveSetup(
        *read.policy, "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf");
    model::AccessMatrixModel matrix;
    matrix.setMatrix(
        engine::sim::computeMatrix(engine::CompiledPolicy(*read.policy), std::move(setup)));
    QVERIFY(matrix.rowCount() > 0 && matrix.columnCount() > 1);

    ScenariosModel model;
    QAbstractItemModelTester tester(&model);
    model.setPolicy(compile(policyText));
    for (int row = 0; row < matrix.rowCount(); ++row) {
        for (int column = 0; column < matrix.columnCount(); ++column) {
            const QModelIndex cell = matrix.index(row, column);
            QString error;
            QVERIFY2(
                model.addScenario(
                    cell.data(model::AccessMatrixModel::RequestJsonRole).toString(),
                    cell.data(model::AccessMatrixModel::DecisionRole).value<Outcome>(),
                    cell.data(model::AccessMatrixModel::EffectiveDecisionRole).value<Outcome>(),
                    &error),
                qPrintable(error));
        }
    }
    const int cells = matrix.rowCount() * matrix.columnCount();
    QCOMPARE(model.counts().passed, cells);

    if (!QFile::exists(QStringLiteral(SPS_CLI_PATH)))
        QSKIP("secret-policy is not built");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cells.scenarios.jsonl"));
    QVERIFY(model.save(path));
    QProcess cli;
    cli.start(QStringLiteral(SPS_CLI_PATH), {QStringLiteral("test"), policyPath, path});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(cli.readAllStandardError()), QString());
    QCOMPARE(QString::fromUtf8(cli.readAllStandardOutput()),
             QStringLiteral("%1 passed, 0 failed\n").arg(cells));
    QCOMPARE(cli.exitCode(), 0);
}

QTEST_MAIN(TestScenariosModel)
#include "tst_scenariosmodel.moc"
