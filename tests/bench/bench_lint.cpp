// Linting on every keystroke: parse + lint of policies near the 20,480-character limit must take
// under 2 ms (issue 3). Google Benchmark; not part of ctest.
#include "lint/linter.h"
#include "workloads.h"

#include "benchpolicies.h"

#include <benchmark/benchmark.h>

#include <string>

namespace {

const char *secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

using benchpolicies::indentedPolicy;
using benchpolicies::largePolicy;

void lintOne(benchmark::State &state, const std::string &text)
{
    engine::LintOptions options;
    options.secretArn = secretArn;
    std::size_t findings = 0;
    for (auto _ : state) {
        auto result = engine::lint(text, options);
        findings = result.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["characters"] = static_cast<double>(text.size());
    state.counters["findings"] = static_cast<double>(findings);
}

void BM_LintLargePolicy(benchmark::State &state)
{
    lintOne(state, largePolicy());
}
BENCHMARK(BM_LintLargePolicy)->Unit(benchmark::kMicrosecond);

void BM_LintIndentedPolicy(benchmark::State &state)
{
    lintOne(state, indentedPolicy());
}
BENCHMARK(BM_LintIndentedPolicy)->Unit(benchmark::kMicrosecond);

void BM_LintExample(benchmark::State &state)
{
    lintOne(state, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                   "{\"AWS\":\"arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets\"},\"Action\":"
                   "\"secretsmanager:GetSecretValue\",\"Resource\":\"*\",\"Condition\":{\"ForAnyValue:"
                   "StringEquals\":{\"secretsmanager:VersionStage\":\"AWSCURRENT\"}}}]}");
}
BENCHMARK(BM_LintExample)->Unit(benchmark::kMicrosecond);

// Far over the limit: what `secret-policy validate` meets in a generated policy of 1,000 and
// 10,000 statements (about 490 KB and 4.9 MB); the linter must stay linear (issue 12).
void BM_LintStatements(benchmark::State &state)
{
    lintOne(state, bench::lintPolicy(static_cast<int>(state.range(0))));
    state.counters["statements"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_LintStatements)->Arg(1000)->Arg(10000)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
