// Evaluates the typical workload once, for counting instructions (tests/bench/callgrind.sh):
//
//   valgrind --tool=callgrind --toggle-collect=sps_bench_evaluate_all
//       bench_evaluations explain|decisions
//
// counts the instructions of the 20,000 evaluations alone (typicalPolicy() × 1,000 principals ×
// 4 stages × 5 actions, half of them with an identity policy), each including the destruction
// of its Decision; reading the requests and compiling the policy are not counted. `explain`
// evaluates with the default options, `decisions` with EvaluateOptions::explain = false.
#include "eval/evaluator.h"
#include "eval/request.h"
#include "policy/policyreader.h"
#include "workloads.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace engine;

// Not inlined and with a plain name, so that callgrind can toggle on it.
extern "C" __attribute__((noinline)) std::size_t sps_bench_evaluate_all(
    const CompiledPolicy *policy, const std::vector<Request> *requests, const EvaluateOptions *options)
{
    std::size_t allowed = 0;
    for (const Request &request : *requests) {
        const Decision d = evaluate(*policy, request, *options);
        allowed += d.effectiveDecision == Outcome::Allowed;
    }
    return allowed;
}

int main(int argc, char **argv)
{
    if (argc != 2 || (std::strcmp(argv[1], "explain") != 0 && std::strcmp(argv[1], "decisions") != 0)) {
        std::fprintf(stderr, "usage: bench_evaluations explain|decisions\n");
        return 2;
    }
    PolicyReadResult read = readPolicyText(bench::typicalPolicy());
    if (!read.policy) {
        std::fprintf(stderr, "bench_evaluations: the policy does not read\n");
        return 1;
    }
    const CompiledPolicy policy(std::move(*read.policy));
    std::vector<Request> requests;
    for (const std::string &line : bench::typicalRequestLines(1000)) {
        RequestReadResult r = readRequest(line);
        if (!r.request) {
            std::fprintf(stderr, "bench_evaluations: %s\n", r.error.c_str());
            return 1;
        }
        requests.push_back(std::move(*r.request));
    }
    EvaluateOptions options;
    options.explain = std::strcmp(argv[1], "explain") == 0;
    const std::size_t allowed = sps_bench_evaluate_all(&policy, &requests, &options);
    std::printf("%zu evaluations, %zu allowed\n", requests.size(), allowed);
    return 0;
}
