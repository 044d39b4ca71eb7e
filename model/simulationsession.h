// The Simulation dock's state, without widgets: the inputs of the access matrix (the editor's
// snapshot, the secret's ARN, the actions, the principals the user added, the request
// context), its computation and the result shown.
//
// Small matrices (within synchronousCellLimit() cells, judged by the last result's size) are
// computed at once on the calling thread. Larger ones are computed by a worker (QtConcurrent)
// while the last result stays: every recompute() bumps a generation counter, and a result of an
// older generation is dropped. A snapshot without a policy (the text does not parse) leaves the
// last result, stale; a snapshot past AWS's size limit is not computed unless asked.
//
//   SimulationSession session;
//   session.setSnapshot(controller->snapshot());
//   session.setActions({"secretsmanager:GetSecretValue"});
//   session.recompute();                   // resultReady() now or from the worker
//   const engine::sim::Matrix *m = session.matrix().get();
#pragma once

#include "policysnapshot.h"

#include "eval/request.h"
#include "sim/matrix.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace model {

class SimulationSession : public QObject
{
    Q_OBJECT

public:
    // A principal the user added: an ARN, "anonymous", an account id, a service or a
    // "Service:"/"Federated:"/"CanonicalUser:" form, with its identity policies (JSON texts).
    struct AddedPrincipal
    {
        QString principal;
        QStringList identityPolicies;
    };

    enum class Mode {
        Auto,        // a worker for large matrices; nothing past the size limit
        Synchronous, // at once on this thread, whatever the size (the user asked for it)
        PastLimit,   // as Auto, also past the size limit (the user asked for it)
    };

    explicit SimulationSession(QObject *parent = nullptr);
    ~SimulationSession() override;

    // Inputs. None recomputes by itself: call recompute().
    void setSnapshot(PolicySnapshot::Ptr snapshot);
    const PolicySnapshot::Ptr &snapshot() const { return m_snapshot; }
    void setSecretArn(std::string arn) { m_secretArn = std::move(arn); }
    const std::string &secretArn() const { return m_secretArn; }
    void setActions(std::vector<std::string> actions) { m_actions = std::move(actions); }
    const std::vector<std::string> &actions() const { return m_actions; }
    void setAddedPrincipals(std::vector<AddedPrincipal> added) { m_added = std::move(added); }
    const std::vector<AddedPrincipal> &addedPrincipals() const { return m_added; }
    void setContext(std::vector<engine::ContextEntry> context) { m_context = std::move(context); }

    // Computes the matrix of the current inputs (see the file comment).
    void recompute(Mode mode = Mode::Auto);
    // Drops the result shown, for a document that has no result of its own (its text has never
    // been a policy): policy() becomes null, matrix() empty, isStale() true. Emits
    // resultReady() and stateChanged(); a result in flight is dropped.
    void clear();

    // The snapshot has no policy: the result shown belongs to older text.
    bool isStale() const { return m_stale; }
    // A worker computes a newer matrix than the one shown.
    bool isComputing() const { return m_computing; }
    // The snapshot is past AWS's size limit and Mode::Auto did not compute it.
    bool isSkipped() const { return m_skipped; }
    quint64 generation() const { return m_generation; }
    // Matrices of more cells (principals × stages × actions) go to a worker; 0: all of them.
    qsizetype synchronousCellLimit() const { return m_syncLimit; }
    void setSynchronousCellLimit(qsizetype cells) { m_syncLimit = cells; }

    // The result shown (null before the first): the policy its spans belong to and the matrix.
    const std::shared_ptr<const engine::CompiledPolicy> &policy() const { return m_policy; }
    const std::shared_ptr<const engine::sim::Matrix> &matrix() const { return m_matrix; }
    double lastComputeMilliseconds() const { return m_lastMs; } // derive + matrix

    // Adds the user's principals to derived rows: a principal the policy already derives gets
    // the identity policies, any other becomes a row. Pure and thread-safe.
    static void addUserPrincipals(std::vector<engine::sim::SimPrincipal> &principals,
                                  const std::string &secretArn,
                                  const std::vector<AddedPrincipal> &added);

signals:
    // A new result: policy() and matrix() changed.
    void resultReady();
    // isStale(), isComputing() or isSkipped() changed.
    void stateChanged();

private:
    struct Result;
    void apply(Result result);
    void setState(bool stale, bool computing, bool skipped);

    PolicySnapshot::Ptr m_snapshot;
    std::string m_secretArn;
    std::vector<std::string> m_actions;
    std::vector<AddedPrincipal> m_added;
    std::vector<engine::ContextEntry> m_context;

    std::shared_ptr<const engine::CompiledPolicy> m_policy;
    std::shared_ptr<const engine::sim::Matrix> m_matrix;
    bool m_stale = false;
    bool m_computing = false;
    bool m_skipped = false;
    quint64 m_generation = 0; // bumped by every recompute; older results are dropped
    qsizetype m_syncLimit = 2000;
    std::size_t m_lastCellsPerAction = 0; // principals × stages of the last matrix
    double m_lastMs = 0.0;
};

} // namespace model
