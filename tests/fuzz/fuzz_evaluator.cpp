// libFuzzer target: a policy and a batch of requests through the evaluator.
//
// Input: the policy text, a NUL byte, then JSON Lines requests (requests.md; blank lines and
// `#` lines skipped). A NUL cannot occur in valid JSON, so the split never cuts a valid policy.
// Without a NUL the whole input is the policy and a few fixed requests are evaluated.
//
// Checks: no crash or sanitizer report; a decision is never Unknown (only the effective
// decision may be); evaluating is deterministic and the compiled and one-shot paths agree.
#include "eval/evaluator.h"
#include "policy/policyreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace {

using namespace engine;

constexpr std::size_t kMaxRequests = 64;

const char *const kFixedRequests[] = {
    R"({"principal": "arn:aws:iam::123456789012:user/mateo", "action": "secretsmanager:GetSecretValue", "resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"})",
    R"({"principal": "anonymous", "action": "secretsmanager:PutResourcePolicy", "resource": "*", "context": {"aws:SourceIp": "10.1.2.3", "aws:SecureTransport": false}})",
    R"({"principal": {"Service": "lambda.amazonaws.com"}, "action": "secretsmanager:DescribeSecret", "resource": "arn:aws:secretsmanager:eu-west-1:210987654321:secret:x-123456", "context": {"secretsmanager:VersionStage": ["AWSCURRENT", "AWSPENDING"], "aws:PrincipalTag/team": "db"}, "identityPolicies": []})",
};

void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_evaluator: broken invariant: %s\n", what);
    std::abort();
}

void evaluateLine(const CompiledPolicy &compiled, std::string_view line, bool alsoOneShot)
{
    const RequestReadResult r = readRequest(line);
    if (!r.request) {
        require(!r.error.empty(), "a request refused without an error");
        return;
    }
    const Decision d = evaluate(compiled, *r.request);
    require(d.decision != Outcome::Unknown, "a decision is Unknown");
    require(d.trace.size() == compiled.policy().statements.size(),
            "the trace does not have one entry per statement");
    const std::string json = toJson(d);
    require(toJson(evaluate(compiled, *r.request)) == json, "evaluation is not deterministic");
    if (alsoOneShot)
        require(toJson(evaluate(compiled.policy(), *r.request)) == json,
                "compiled and one-shot evaluation disagree");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::size_t nul = input.find('\0');
    const std::string_view policyText = input.substr(0, nul);

    PolicyReadResult read = readPolicyText(policyText, PolicyKind::Resource);
    if (!read.policy)
        return 0;
    const CompiledPolicy compiled(std::move(*read.policy));

    if (nul == std::string_view::npos) {
        for (const char *line : kFixedRequests)
            evaluateLine(compiled, line, true);
        return 0;
    }
    std::string_view rest = input.substr(nul + 1);
    std::size_t count = 0;
    while (!rest.empty() && count < kMaxRequests) {
        const std::size_t end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos || line.front() == '#')
            continue;
        evaluateLine(compiled, line, count < 4);
        ++count;
    }
    return 0;
}
