// The access matrix at the size issue 5 asks for: 1,000 principals × 20 stages × 5 actions
// (100,000 cells) on a policy just under the 20,480-character limit, recomputed from one
// compiled policy (the panel recompiles only when the text changes; BM_MatrixWithCompile
// includes the parse and compile of the text).
//
//   build/bin/bench_matrix --benchmark_min_time=0.5
#include "eval/evaluator.h"
#include "policy/policyreader.h"
#include "sim/derive.h"
#include "sim/matrix.h"
#include "workloads.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace engine;
using namespace engine::sim;

using bench::secretArn;

struct Fixture
{
    Policy policy;
    MatrixSetup setup;
};

Fixture makeFixture()
{
    const std::string text = bench::matrixPolicy();
    PolicyReadResult read = readPolicyText(text);
    if (!read.policy) {
        std::fprintf(stderr, "the benchmark policy does not read\n");
        std::abort();
    }
    Fixture f{std::move(*read.policy), {}};
    f.setup = deriveSetup(f.policy, secretArn,
                          {"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret",
                           "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage",
                           "secretsmanager:DeleteSecret"});
    // Fill up to 1,000 rows with sessions of the named roles, other users and services.
    for (int i = 0; f.setup.principals.size() < 1000; ++i) {
        std::string who;
        switch (i % 4) {
        case 0: who = "arn:aws:sts::123456789012:assumed-role/app-" + std::to_string(i % 60) + "/s" + std::to_string(i); break;
        case 1: who = "arn:aws:iam::123456789012:user/u" + std::to_string(i); break;
        case 2: who = "arn:aws:iam::4444555566" + std::to_string(10 + i % 90) + ":user/x" + std::to_string(i); break;
        default: who = "svc" + std::to_string(i) + ".amazonaws.com"; break;
        }
        Result<SimPrincipal> p = parsePrincipal(who, secretArn);
        if (p)
            f.setup.principals.push_back(std::move(p).value());
    }
    f.setup.principals.resize(1000);
    while (f.setup.stages.size() < 20)
        f.setup.stages.push_back({bench::matrixStageLabel(static_cast<int>(f.setup.stages.size()))});
    f.setup.stages.resize(20);
    return f;
}

const Fixture &fixture()
{
    static const Fixture f = makeFixture();
    return f;
}

void BM_Matrix(benchmark::State &state)
{
    const Fixture &f = fixture();
    const CompiledPolicy compiled(f.policy);
    std::size_t cells = 0;
    for (auto _ : state) {
        Matrix m = computeMatrix(compiled, f.setup, static_cast<unsigned>(state.range(0)));
        cells = m.cells.size();
        benchmark::DoNotOptimize(m.cells.data());
    }
    state.counters["cells"] = static_cast<double>(cells);
    state.counters["statements"] = static_cast<double>(f.policy.statements.size());
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * cells));
}
// Arg: threads (1, or 0 for one per hardware thread). Process CPU time counts every thread.
BENCHMARK(BM_Matrix)->Arg(1)->Arg(0)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);

void BM_MatrixWithCompile(benchmark::State &state)
{
    const Fixture &f = fixture();
    const std::string text = bench::matrixPolicy();
    for (auto _ : state) {
        PolicyReadResult read = readPolicyText(text);
        const CompiledPolicy compiled(std::move(*read.policy));
        Matrix m = computeMatrix(compiled, f.setup);
        benchmark::DoNotOptimize(m.cells.data());
    }
    state.counters["policyChars"] = static_cast<double>(text.size());
}
BENCHMARK(BM_MatrixWithCompile)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
