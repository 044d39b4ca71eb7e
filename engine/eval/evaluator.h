// The evaluator: evaluation.md in full. Compile a policy once (patterns, CIDRs, dates,
// numbers are prepared once), then evaluate any number of requests against it. Pure and
// deterministic: no I/O, no clock, no globals that change.
//
//   CompiledPolicy compiled = compile(policy);
//   Decision d = evaluate(compiled, request);
#pragma once

#include "eval/decision.h"
#include "eval/request.h"
#include "policy/policy.h"

#include <memory>

namespace engine {

class CompiledPolicy
{
public:
    explicit CompiledPolicy(Policy policy);
    ~CompiledPolicy();
    CompiledPolicy(CompiledPolicy &&) noexcept;
    CompiledPolicy &operator=(CompiledPolicy &&) noexcept;

    const Policy &policy() const;

    struct Impl;
    const Impl &impl() const { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl; // Owned.
};

Decision evaluate(const CompiledPolicy &policy, const Request &request);
// Convenience: compiles and evaluates once.
Decision evaluate(const Policy &policy, const Request &request);

} // namespace engine
