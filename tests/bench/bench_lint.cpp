// Linting on every keystroke: parse + lint of policies near the 20,480-character limit must take
// under 2 ms (issue 3). Google Benchmark; not part of ctest.
#include "lint/linter.h"

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

} // namespace

BENCHMARK_MAIN();
