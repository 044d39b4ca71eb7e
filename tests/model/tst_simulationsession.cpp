// SimulationSession without widgets: computing at once or on a worker, dropping a worker's
// result for older inputs, staying stale without a policy, skipping texts past AWS's limit.
#include "policysnapshot.h"
#include "simulationsession.h"

#include <QSignalSpy>
#include <QtTest>

using model::PolicySnapshot;
using model::SimulationSession;

namespace {

QByteArray policyFor(const QByteArray &role, int statements = 1)
{
    QByteArray text("{\"Version\": \"2012-10-17\", \"Statement\": [");
    for (int i = 0; i < statements; ++i) {
        if (i > 0)
            text += ", ";
        text += "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:role/"
                + role + QByteArray::number(i)
                + "\"}, \"Action\": \"secretsmanager:GetSecretValue\", \"Resource\": \"*\"}";
    }
    return text + "]}";
}

PolicySnapshot::Ptr snapshotOf(const QByteArray &text, quint64 generation = 1)
{
    return PolicySnapshot::analyze(text, std::nullopt, generation);
}

// The principals of a matrix, one string.
QStringList principalsOf(const engine::sim::Matrix &matrix)
{
    QStringList out;
    for (const engine::sim::SimPrincipal &p : matrix.setup.principals)
        out << QString::fromStdString(p.label);
    return out;
}

const std::string arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf";

} // namespace

class TestSimulationSession : public QObject
{
    Q_OBJECT

private slots:
    void shouldComputeSmallMatricesAtOnce();
    void shouldDropAWorkersResultForOlderInputs();
    void shouldKeepTheLastResultStaleWithoutAPolicy();
    void shouldSkipTextsPastTheSizeLimit();
    void shouldShareTheSnapshotsPolicy();
};

void TestSimulationSession::shouldComputeSmallMatricesAtOnce()
{
    SimulationSession session;
    QSignalSpy ready(&session, &SimulationSession::resultReady);
    session.setSnapshot(snapshotOf(policyFor("Reader")));
    session.setSecretArn(arn);
    session.setActions({"secretsmanager:GetSecretValue"});
    session.recompute();
    QCOMPARE(ready.count(), 1);
    QVERIFY(!session.isComputing());
    QVERIFY(!session.isStale());
    QVERIFY(session.matrix());
    QVERIFY(principalsOf(*session.matrix()).join(QLatin1Char(' ')).contains(
        QStringLiteral("role/Reader0")));
}

void TestSimulationSession::shouldDropAWorkersResultForOlderInputs()
{
    SimulationSession session;
    session.setSecretArn(arn);
    session.setActions({"secretsmanager:GetSecretValue"});
    session.setSnapshot(snapshotOf(policyFor("First", 3)));
    session.recompute(); // the first is computed at once: nothing known about its size
    session.setSynchronousCellLimit(1); // every later matrix goes to a worker

    QSignalSpy ready(&session, &SimulationSession::resultReady);
    QSignalSpy state(&session, &SimulationSession::stateChanged);
    session.setSnapshot(snapshotOf(policyFor("Second", 3), 2));
    session.recompute();
    QVERIFY(session.isComputing());
    const PolicySnapshot::Ptr third = snapshotOf(policyFor("Third", 3), 3);
    session.setSnapshot(third);
    session.recompute(); // the second's result, when it comes, is dropped
    QVERIFY(session.isComputing());
    QTRY_VERIFY_WITH_TIMEOUT(!session.isComputing(), 30000);
    QTest::qWait(50); // a late result of the second would arrive now
    QCOMPARE(ready.count(), 1);
    QVERIFY(state.count() >= 2); // computing, then done
    const QString principals = principalsOf(*session.matrix()).join(QLatin1Char(' '));
    QVERIFY2(principals.contains(QStringLiteral("role/Third0")), qPrintable(principals));
    QVERIFY(!principals.contains(QStringLiteral("role/Second0")));
    QCOMPARE(session.policy(), third->policy());
}

void TestSimulationSession::shouldKeepTheLastResultStaleWithoutAPolicy()
{
    SimulationSession session;
    session.setSecretArn(arn);
    session.setActions({"secretsmanager:GetSecretValue"});
    session.setSnapshot(snapshotOf(policyFor("Reader")));
    session.recompute();
    const auto matrix = session.matrix();
    QSignalSpy ready(&session, &SimulationSession::resultReady);
    QSignalSpy state(&session, &SimulationSession::stateChanged);
    session.setSnapshot(snapshotOf("{\"Version\": \"2012-10-17\", \"Statement\": [", 2));
    session.recompute();
    QVERIFY(session.isStale());
    QCOMPARE(state.count(), 1);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(session.matrix(), matrix); // the last result stays, stale

    session.setSnapshot(snapshotOf(policyFor("Writer"), 3));
    session.recompute();
    QVERIFY(!session.isStale());
    QCOMPARE(ready.count(), 1);
}

void TestSimulationSession::shouldSkipTextsPastTheSizeLimit()
{
    QByteArray text = policyFor("Reader", 200);
    QVERIFY(PolicySnapshot::characterCount(std::string_view(text.constData(),
                                                            std::size_t(text.size())))
            > PolicySnapshot::sizeLimit);
    const PolicySnapshot::Ptr snapshot = snapshotOf(text);
    QVERIFY(snapshot->isCheapChecksOnly());
    QVERIFY(snapshot->policy()); // the structure was read: the policy is there
    SimulationSession session;
    QSignalSpy ready(&session, &SimulationSession::resultReady);
    session.setSecretArn(arn);
    session.setActions({"secretsmanager:GetSecretValue"});
    session.setSnapshot(snapshot);
    session.recompute();
    QVERIFY(session.isSkipped());
    QCOMPARE(ready.count(), 0);
    session.recompute(SimulationSession::Mode::Synchronous); // asked for: computed
    QVERIFY(!session.isSkipped());
    QCOMPARE(ready.count(), 1);
    QCOMPARE(session.matrix()->setup.principals.size() >= 200, true);
}

void TestSimulationSession::shouldShareTheSnapshotsPolicy()
{
    // The matrix evaluates the snapshot's compiled policy itself: no copy, no second parse.
    const PolicySnapshot::Ptr snapshot = snapshotOf(policyFor("Reader"));
    const engine::json::ReadCounts before = engine::json::readCounts();
    SimulationSession session;
    session.setSecretArn(arn);
    session.setActions({"secretsmanager:GetSecretValue"});
    session.setSnapshot(snapshot);
    session.recompute();
    QCOMPARE(session.policy().get(), snapshot->policy().get());
    QCOMPARE(engine::json::readCounts().texts, before.texts);
}

QTEST_MAIN(TestSimulationSession)
#include "tst_simulationsession.moc"
