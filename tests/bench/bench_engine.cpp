// Engine benchmarks (docs/performance.md): evaluation throughput on a typical policy and on a
// policy near the 20,480-character limit, and the parse time of that large policy.
#include "eval/evaluator.h"
#include "eval/request.h"
#include "policy/policyreader.h"
#include "workloads.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace engine;

namespace {

CompiledPolicy compileOrDie(const std::string &text)
{
    PolicyReadResult read = readPolicyText(text);
    if (!read.policy) {
        std::fprintf(stderr, "bench: policy not readable: %s\n",
                     read.diagnostics.empty() ? "?" : policyErrorText(read.diagnostics.front()).c_str());
        std::exit(1);
    }
    return CompiledPolicy(std::move(*read.policy));
}

Request requestOrDie(const std::string &json)
{
    RequestReadResult read = readRequest(json);
    if (!read.request) {
        std::fprintf(stderr, "bench: request not readable: %s\n%s\n", read.error.c_str(), json.c_str());
        std::exit(1);
    }
    return std::move(*read.request);
}

std::vector<Request> requestsOrDie(const std::vector<std::string> &lines)
{
    std::vector<Request> requests;
    requests.reserve(lines.size());
    for (const std::string &line : lines)
        requests.push_back(requestOrDie(line));
    return requests;
}

// 1000 principals x 4 stages (three labels and none) x 5 actions = 20,000 requests; half of
// them carry an identity policy unless `withIdentity` is false.
std::vector<Request> typicalRequests(bool withIdentity = true)
{
    return requestsOrDie(bench::typicalRequestLines(1000, withIdentity));
}

std::vector<Request> largePolicyRequests()
{
    return requestsOrDie(bench::largePolicyRequestLines());
}

void evaluateAll(benchmark::State &state, const CompiledPolicy &policy,
                 const std::vector<Request> &requests, const EvaluateOptions &options = {})
{
    std::size_t allowed = 0;
    for (auto _ : state) {
        for (const Request &request : requests) {
            Decision decision = evaluate(policy, request, options);
            allowed += decision.effectiveDecision == Outcome::Allowed;
            benchmark::DoNotOptimize(decision);
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations())
                            * static_cast<int64_t>(requests.size()));
    state.counters["requests"] = static_cast<double>(requests.size());
    state.counters["allowedShare"] =
        static_cast<double>(allowed)
        / static_cast<double>(std::max<int64_t>(1, state.iterations() * static_cast<int64_t>(requests.size())));
}

// (a) 10 statements with conditions x 1000 principals x 4 stages x 5 actions.
void BM_EvaluateTypicalPolicy(benchmark::State &state)
{
    static const CompiledPolicy policy = compileOrDie(bench::typicalPolicy());
    static const std::vector<Request> requests = typicalRequests();
    evaluateAll(state, policy, requests);
}
BENCHMARK(BM_EvaluateTypicalPolicy)->Unit(benchmark::kMillisecond);

// (a) decisions only: the same, without `explain` and the trace's reasons
// (EvaluateOptions::explain = false, as the access matrix evaluates).
void BM_EvaluateTypicalPolicyDecisionsOnly(benchmark::State &state)
{
    static const CompiledPolicy policy = compileOrDie(bench::typicalPolicy());
    static const std::vector<Request> requests = typicalRequests();
    EvaluateOptions options;
    options.explain = false;
    evaluateAll(state, policy, requests, options);
}
BENCHMARK(BM_EvaluateTypicalPolicyDecisionsOnly)->Unit(benchmark::kMillisecond);

// The same requests without identity policies: the cost of the resource policy alone.
void BM_EvaluateTypicalPolicyNoIdentity(benchmark::State &state)
{
    static const CompiledPolicy policy = compileOrDie(bench::typicalPolicy());
    static const std::vector<Request> requests = typicalRequests(false);
    evaluateAll(state, policy, requests);
}
BENCHMARK(BM_EvaluateTypicalPolicyNoIdentity)->Unit(benchmark::kMillisecond);

// (b) a policy near the 20,480-character limit.
void BM_EvaluateLargePolicy(benchmark::State &state)
{
    static const std::string text = bench::largePolicy();
    static const CompiledPolicy policy = compileOrDie(text);
    static const std::vector<Request> requests = largePolicyRequests();
    evaluateAll(state, policy, requests);
    state.counters["policyBytes"] = static_cast<double>(text.size());
    state.counters["statements"] = static_cast<double>(policy.policy().statements.size());
}
BENCHMARK(BM_EvaluateLargePolicy)->Unit(benchmark::kMillisecond);

// (b) decisions only.
void BM_EvaluateLargePolicyDecisionsOnly(benchmark::State &state)
{
    static const std::string text = bench::largePolicy();
    static const CompiledPolicy policy = compileOrDie(text);
    static const std::vector<Request> requests = largePolicyRequests();
    EvaluateOptions options;
    options.explain = false;
    evaluateAll(state, policy, requests, options);
}
BENCHMARK(BM_EvaluateLargePolicyDecisionsOnly)->Unit(benchmark::kMillisecond);

// (c) parsing that policy: JSON reader plus policy reader.
void BM_ParseLargePolicy(benchmark::State &state)
{
    static const std::string text = bench::largePolicy();
    for (auto _ : state) {
        PolicyReadResult read = readPolicyText(text);
        benchmark::DoNotOptimize(read);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations())
                            * static_cast<int64_t>(text.size()));
    state.counters["policyBytes"] = static_cast<double>(text.size());
}
BENCHMARK(BM_ParseLargePolicy)->Unit(benchmark::kMicrosecond);

// Compiling that policy (patterns, ranges, dates prepared once per policy), including one
// copy of the Policy value.
void BM_CompileLargePolicy(benchmark::State &state)
{
    static const std::string text = bench::largePolicy();
    static const Policy policy = *readPolicyText(text).policy;
    for (auto _ : state) {
        CompiledPolicy compiled(policy);
        benchmark::DoNotOptimize(compiled);
    }
}
BENCHMARK(BM_CompileLargePolicy)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
