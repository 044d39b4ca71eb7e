// Engine benchmarks (docs/performance.md): evaluation throughput on a typical policy and on a
// policy near the 20,480-character limit, and the parse time of that large policy.
#include "data/secretsmanager.h"
#include "eval/evaluator.h"
#include "eval/request.h"
#include "policy/policyreader.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace engine;

namespace {

const std::string secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

// Ten statements with the conditions real secret policies use.
const char *typicalPolicy = R"({
  "Version": "2012-10-17",
  "Id": "bench-typical",
  "Statement": [
    {"Sid": "ReadCurrent", "Effect": "Allow",
     "Principal": {"AWS": "arn:aws:iam::123456789012:role/Reader"},
     "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], "Resource": "*",
     "Condition": {"ForAnyValue:StringEquals": {"secretsmanager:VersionStage": "AWSCURRENT"}}},
    {"Sid": "TeamUsers", "Effect": "Allow",
     "Principal": {"AWS": ["arn:aws:iam::123456789012:user/u1", "arn:aws:iam::123456789012:user/u2",
                           "arn:aws:iam::123456789012:user/u3", "arn:aws:iam::123456789012:user/u4"]},
     "Action": "secretsmanager:Get*", "Resource": "*",
     "Condition": {"StringEquals": {"aws:PrincipalTag/team": "payments"}}},
    {"Sid": "AppRoles", "Effect": "Allow", "Principal": "*",
     "Action": "secretsmanager:GetSecretValue", "Resource": "*",
     "Condition": {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/app-*"},
                   "IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}}},
    {"Sid": "PartnerDescribe", "Effect": "Allow",
     "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
     "Action": "secretsmanager:DescribeSecret",
     "Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????"},
    {"Sid": "DenyPlainHttp", "Effect": "Deny", "Principal": "*", "Action": "secretsmanager:*",
     "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
    {"Sid": "OnlyAdminsManage", "Effect": "Deny", "Principal": "*",
     "Action": ["secretsmanager:DeleteSecret", "secretsmanager:PutResourcePolicy"], "Resource": "*",
     "Condition": {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/Admin*"}}},
    {"Sid": "AppFlow", "Effect": "Allow", "Principal": {"Service": "appflow.amazonaws.com"},
     "Action": "secretsmanager:GetSecretValue", "Resource": "*",
     "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}},
    {"Sid": "EndpointOnly", "Effect": "Deny", "Principal": "*",
     "Action": "secretsmanager:GetSecretValue", "Resource": "*",
     "Condition": {"StringNotEqualsIfExists": {"aws:SourceVpce": ["vpce-1a2b3c4d", "vpce-5e6f7a8b"]}}},
    {"Sid": "Rotation", "Effect": "Allow",
     "Principal": {"AWS": "arn:aws:iam::123456789012:role/Rotator"},
     "Action": ["secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"],
     "Resource": "*",
     "Condition": {"ForAnyValue:StringEquals": {"secretsmanager:VersionStage": "AWSPENDING"},
                   "NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}},
    {"Sid": "OrgPerimeter", "Effect": "Deny", "Principal": "*", "Action": "secretsmanager:*",
     "Resource": "*",
     "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123"},
                   "Bool": {"aws:PrincipalIsAWSService": "false"}}}
  ]
})";

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

std::string principalFor(int i)
{
    const std::string n = std::to_string(i);
    switch (i % 5) {
    case 0: return "arn:aws:iam::123456789012:user/u" + n;
    case 1: return "arn:aws:sts::123456789012:assumed-role/app-" + n + "/session-" + n;
    case 2: return "arn:aws:sts::123456789012:assumed-role/Reader/i-" + n;
    case 3: return "arn:aws:iam::444455556666:user/partner-" + n;
    default: return "arn:aws:sts::123456789012:assumed-role/Admin" + n + "/s";
    }
}

// 1000 principals x 4 stages (three labels and none) x 5 actions = 20,000 requests; half of
// them carry an identity policy unless `withIdentity` is false.
std::vector<Request> typicalRequests(bool withIdentity = true)
{
    const char *stages[] = {"AWSCURRENT", "AWSPREVIOUS", "AWSPENDING", nullptr};
    const char *actions[] = {"GetSecretValue", "DescribeSecret", "PutSecretValue", "DeleteSecret",
                             "PutResourcePolicy"};
    const std::string identity =
        R"([{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "secretsmanager:*", "Resource": "*"}]}])";
    std::vector<Request> requests;
    requests.reserve(20000);
    for (int p = 0; p < 1000; ++p) {
        for (const char *stage : stages) {
            for (const char *action : actions) {
                std::string json = "{\"principal\": \"" + principalFor(p)
                                   + "\", \"action\": \"secretsmanager:" + action
                                   + "\", \"resource\": \"" + secretArn + "\", \"context\": {";
                json += "\"aws:SourceIp\": \"" + std::string(p % 3 ? "203.0.113." : "198.51.100.")
                        + std::to_string(p % 250) + "\"";
                if (p % 7 != 0)
                    json += ", \"aws:PrincipalOrgID\": \"o-abc123\"";
                if (p % 4 == 0)
                    json += ", \"aws:PrincipalTag/team\": \"payments\"";
                if (p % 6 == 0)
                    json += ", \"aws:SourceVpce\": \"vpce-1a2b3c4d\"";
                if (p % 8 == 0)
                    json += ", \"aws:MultiFactorAuthAge\": 120";
                if (stage && (std::string(action) == "GetSecretValue"))
                    json += ", \"secretsmanager:VersionStage\": \"" + std::string(stage) + "\"";
                json += "}";
                if (withIdentity && p % 2 == 0)
                    json += ", \"identityPolicies\": " + identity;
                json += "}";
                requests.push_back(requestOrDie(json));
            }
        }
    }
    return requests;
}

// A policy just under the 20,480-character limit: statements of varied shape appended until
// the next one would not fit (at most 40 characters short of it). Deterministic.
std::string largePolicy()
{
    std::string body;
    std::string text;
    for (int i = 0;; ++i) {
        const std::string n = std::to_string(i);
        std::string statement;
        switch (i % 4) {
        case 0:
            statement = R"({"Sid": "User)" + n + R"(", "Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::123456789012:user/u)" + n
                        + R"(", "arn:aws:iam::123456789012:role/r)" + n
                        + R"("]}, "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], "Resource": "*", "Condition": {"ForAnyValue:StringEquals": {"secretsmanager:VersionStage": ["AWSCURRENT", "AWSPREVIOUS"]}}})";
            break;
        case 1:
            statement = R"({"Sid": "App)" + n + R"(", "Effect": "Allow", "Principal": "*", "Action": "secretsmanager:Get*", "Resource": "*", "Condition": {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/app)" + n
                        + R"(-*"}, "IpAddress": {"aws:SourceIp": ["10.)" + n + R"(.0.0/16", "203.0.113.0/24"]}}})";
            break;
        case 2:
            statement = R"({"Sid": "Deny)" + n + R"(", "Effect": "Deny", "Principal": "*", "Action": ["secretsmanager:DeleteSecret", "secretsmanager:PutResourcePolicy"], "Resource": "*", "Condition": {"StringNotEquals": {"aws:PrincipalTag/team": ["team)" + n
                        + R"(", "admins"]}, "DateGreaterThan": {"aws:CurrentTime": "2030-01-01T00:00:00Z"}}})";
            break;
        default:
            statement = R"({"Sid": "Partner)" + n + R"(", "Effect": "Allow", "Principal": {"AWS": "44445555)" + std::to_string(1000 + i)
                        + R"("}, "Action": "secretsmanager:DescribeSecret", "Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????", "Condition": {"StringEquals": {"aws:ResourceTag/owner": "${aws:PrincipalTag/owner}"}}})";
            break;
        }
        std::string candidate = body.empty() ? statement : body + ",\n    " + statement;
        std::string whole = "{\n  \"Version\": \"2012-10-17\",\n  \"Id\": \"bench-large\",\n  \"Statement\": [\n    "
                            + candidate + "\n  ]\n}\n";
        if (whole.size() > data::maxPolicyCharacters - 40)
            break;
        body = std::move(candidate);
        text = std::move(whole);
    }
    return text;
}

std::vector<Request> largePolicyRequests()
{
    std::vector<Request> requests;
    const char *actions[] = {"GetSecretValue", "DescribeSecret", "DeleteSecret", "PutResourcePolicy"};
    for (int p = 0; p < 250; ++p) {
        for (const char *action : actions) {
            std::string json = "{\"principal\": \"" + principalFor(p)
                               + "\", \"action\": \"secretsmanager:" + action
                               + "\", \"resource\": \"" + secretArn
                               + "\", \"context\": {\"aws:SourceIp\": \"10." + std::to_string(p % 40)
                               + ".1.2\", \"aws:CurrentTime\": \"2029-06-01T00:00:00Z\", "
                                 "\"aws:PrincipalTag/team\": \"team"
                               + std::to_string(p % 50) + "\", \"secretsmanager:VersionStage\": \"AWSCURRENT\"}}";
            requests.push_back(requestOrDie(json));
        }
    }
    return requests;
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
    static const CompiledPolicy policy = compileOrDie(typicalPolicy);
    static const std::vector<Request> requests = typicalRequests();
    evaluateAll(state, policy, requests);
}
BENCHMARK(BM_EvaluateTypicalPolicy)->Unit(benchmark::kMillisecond);

// (a) decisions only: the same, without `explain` and the trace's reasons
// (EvaluateOptions::explain = false, as the access matrix evaluates).
void BM_EvaluateTypicalPolicyDecisionsOnly(benchmark::State &state)
{
    static const CompiledPolicy policy = compileOrDie(typicalPolicy);
    static const std::vector<Request> requests = typicalRequests();
    EvaluateOptions options;
    options.explain = false;
    evaluateAll(state, policy, requests, options);
}
BENCHMARK(BM_EvaluateTypicalPolicyDecisionsOnly)->Unit(benchmark::kMillisecond);

// The same requests without identity policies: the cost of the resource policy alone.
void BM_EvaluateTypicalPolicyNoIdentity(benchmark::State &state)
{
    static const CompiledPolicy policy = compileOrDie(typicalPolicy);
    static const std::vector<Request> requests = typicalRequests(false);
    evaluateAll(state, policy, requests);
}
BENCHMARK(BM_EvaluateTypicalPolicyNoIdentity)->Unit(benchmark::kMillisecond);

// (b) a policy near the 20,480-character limit.
void BM_EvaluateLargePolicy(benchmark::State &state)
{
    static const std::string text = largePolicy();
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
    static const std::string text = largePolicy();
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
    static const std::string text = largePolicy();
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
    static const std::string text = largePolicy();
    static const Policy policy = *readPolicyText(text).policy;
    for (auto _ : state) {
        CompiledPolicy compiled(policy);
        benchmark::DoNotOptimize(compiled);
    }
}
BENCHMARK(BM_CompileLargePolicy)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
