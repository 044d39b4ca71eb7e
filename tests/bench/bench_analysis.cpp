// The exhaustive analysis on policies near the 20,480-character limit, beside `validate`'s parse +
// lint of the same text: who-can should stay within 10x of it, compare within 50x.
// Google Benchmark; not part of ctest.
#include "analysis/analysis.h"
#include "lint/linter.h"
#include "policy/policyreader.h"

#include "benchpolicies.h"

#include <benchmark/benchmark.h>

#include <string>

namespace {

const char *secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

void validate(benchmark::State &state, const std::string &text)
{
    engine::LintOptions options;
    options.secretArn = secretArn;
    for (auto _ : state)
        benchmark::DoNotOptimize(engine::lint(text, options));
}

void whoCan(benchmark::State &state, const std::string &text)
{
    std::size_t findings = 0;
    for (auto _ : state) {
        const engine::PolicyReadResult read = engine::readPolicyText(text);
        const auto result = engine::analysis::analyse(*read.policy, secretArn);
        findings = result ? result.value().findings.size() : 0;
        benchmark::DoNotOptimize(result);
    }
    state.counters["findings"] = static_cast<double>(findings);
}

void compare(benchmark::State &state, const std::string &before, const std::string &after)
{
    for (auto _ : state) {
        const engine::PolicyReadResult a = engine::readPolicyText(before);
        const engine::PolicyReadResult b = engine::readPolicyText(after);
        benchmark::DoNotOptimize(engine::analysis::compare(*a.policy, *b.policy, secretArn));
    }
}

std::string changed(std::string text, const std::string &from, const std::string &to)
{
    text.replace(text.find(from), from.size(), to);
    return text;
}

void BM_ValidateLarge(benchmark::State &s) { validate(s, benchpolicies::largePolicy()); }
void BM_WhoCanLarge(benchmark::State &s) { whoCan(s, benchpolicies::largePolicy()); }
void BM_CompareLarge(benchmark::State &s)
{
    const std::string p = benchpolicies::largePolicy();
    compare(s, p, changed(p, "198.51.100.0/24", "198.51.101.0/24"));
}
void BM_ValidateIndented(benchmark::State &s) { validate(s, benchpolicies::indentedPolicy()); }
void BM_WhoCanIndented(benchmark::State &s) { whoCan(s, benchpolicies::indentedPolicy()); }
void BM_CompareIndented(benchmark::State &s)
{
    const std::string p = benchpolicies::indentedPolicy();
    compare(s, p, changed(p, "\"Deny\"", "\"Allow\""));
}

BENCHMARK(BM_ValidateLarge)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WhoCanLarge)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CompareLarge)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValidateIndented)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WhoCanIndented)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CompareIndented)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
