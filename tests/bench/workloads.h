// The inputs of the benchmarks, generated deterministically so that every run measures the same
// text: the Google Benchmark programs use them directly, `bench_inputs` writes them to files for
// the command-line measurements of tests/bench/callgrind.sh (docs/performance.md).
#pragma once

#include <string>
#include <vector>

namespace bench {

// The secret every workload is about.
extern const char *const secretArn;

// Ten statements with the conditions real secret policies use (stages, tags, StringLike and
// ArnNotLike on aws:PrincipalArn, IP ranges, ...IfExists, an organization perimeter).
std::string typicalPolicy();

// `principals` × 4 stages (three labels and none) × 5 actions requests against typicalPolicy(),
// one JSON object each (a line of `secret-policy eval`); with `withIdentity`, every second
// principal's requests carry one identity policy.
std::vector<std::string> typicalRequestLines(int principals, bool withIdentity = true);

// A policy just under the 20,480-character limit (67 statements of four shapes), and 1,000
// requests against it.
std::string largePolicy();
std::vector<std::string> largePolicyRequestLines();

// The access matrix's policy: just under the limit, naming roles and accounts, testing the
// version stage (16 custom labels), the source network and principal tags, with Deny
// statements. `matrixStageLabel(i)` is the i-th custom label ("release-I").
std::string matrixPolicy();
std::string matrixStageLabel(int i);

// A pretty-printed policy of `statements` statements of about 490 characters each, of the
// shapes people write (named roles with stage conditions, open statements limited by
// conditions, cross-account grants, network Denies), with the occasional duplicate Sid and
// repeated statement: what `secret-policy validate` meets in a policy far over the limit.
std::string lintPolicy(int statements);

} // namespace bench
