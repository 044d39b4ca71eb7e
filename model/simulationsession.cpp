#include "simulationsession.h"

#include "sim/derive.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace model {

// What one computation produces, on this thread or a worker's.
struct SimulationSession::Result
{
    quint64 generation = 0;
    std::shared_ptr<const engine::CompiledPolicy> policy;
    std::shared_ptr<const engine::sim::Matrix> matrix;
    double milliseconds = 0.0;
};

SimulationSession::SimulationSession(QObject *parent)
    : QObject(parent)
{}

SimulationSession::~SimulationSession() = default;

void SimulationSession::setSnapshot(PolicySnapshot::Ptr snapshot)
{
    m_snapshot = std::move(snapshot);
}

void SimulationSession::setState(bool stale, bool computing, bool skipped)
{
    if (stale == m_stale && computing == m_computing && skipped == m_skipped)
        return;
    m_stale = stale;
    m_computing = computing;
    m_skipped = skipped;
    emit stateChanged();
}

void SimulationSession::recompute(Mode mode)
{
    const quint64 generation = ++m_generation; // an older result in flight is now dropped
    std::shared_ptr<const engine::CompiledPolicy> policy = m_snapshot ? m_snapshot->policy()
                                                                      : nullptr;
    if (!policy) {
        setState(true, false, false);
        return;
    }
    if (mode == Mode::Auto && m_snapshot->isOverSizeLimit()) {
        setState(false, false, true);
        return;
    }

    // Pure: runs on this thread or a worker and shares nothing with the session (the
    // snapshot's policy is immutable, the inputs are copied).
    auto compute = [generation, policy, arn = m_secretArn, actions = m_actions, added = m_added,
                    context = m_context](unsigned threads) {
        QElapsedTimer clock;
        clock.start();
        engine::sim::MatrixSetup setup = engine::sim::deriveSetup(policy->policy(), arn,
                                                                  actions);
        addUserPrincipals(setup.principals, arn, added);
        setup.context = context;
        Result result;
        result.generation = generation;
        result.matrix = std::make_shared<const engine::sim::Matrix>(
            engine::sim::computeMatrix(*policy, std::move(setup), threads));
        result.policy = policy;
        result.milliseconds = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        return result;
    };
    // The cells to expect: the last matrix's rows and columns, times the actions chosen now.
    const std::size_t cells = m_lastCellsPerAction * m_actions.size();
    if (mode == Mode::Synchronous
        || (m_syncLimit > 0 && cells <= static_cast<std::size_t>(m_syncLimit))) {
        apply(compute(1));
        return;
    }
    setState(false, true, false);
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        apply(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([compute] { return compute(0); }));
}

void SimulationSession::clear()
{
    ++m_generation;
    m_policy.reset();
    m_matrix = std::make_shared<const engine::sim::Matrix>();
    setState(true, false, false);
    emit resultReady();
}

void SimulationSession::apply(Result result)
{
    if (result.generation != m_generation || !result.matrix)
        return; // computed from older inputs: a newer result is on its way or shown
    m_lastMs = result.milliseconds;
    m_lastCellsPerAction = result.matrix->setup.principals.size()
                           * result.matrix->setup.stages.size();
    m_policy = std::move(result.policy);
    m_matrix = std::move(result.matrix);
    setState(false, false, false);
    emit resultReady();
}

void SimulationSession::addUserPrincipals(std::vector<engine::sim::SimPrincipal> &principals,
                                          const std::string &arn,
                                          const std::vector<AddedPrincipal> &added)
{
    if (added.empty())
        return;
    for (const AddedPrincipal &one : added) {
        engine::Result<engine::sim::SimPrincipal> parsed
            = engine::sim::parsePrincipal(one.principal.toStdString(), arn);
        if (parsed && !one.identityPolicies.isEmpty()) {
            std::vector<std::string> texts;
            for (const QString &text : one.identityPolicies)
                texts.push_back(text.toStdString());
            parsed = engine::sim::withIdentityPolicies(std::move(parsed.value()), texts);
        }
        if (!parsed)
            continue; // checked when added
        engine::sim::SimPrincipal &row = parsed.value();
        auto known = std::find_if(
            principals.begin(), principals.end(), [&](const engine::sim::SimPrincipal &p) {
                return p.principal == row.principal;
            });
        if (known == principals.end()) {
            principals.push_back(std::move(row));
        } else if (row.identityPolicies) {
            known->identityPolicies = std::move(row.identityPolicies);
            known->identityPolicyJson = std::move(row.identityPolicyJson);
        }
    }
    engine::sim::orderPrincipals(principals);
}

} // namespace model
