// `replay` of 100,000 CloudTrail records (issue 15: a few seconds, flat memory): one log file of
// generated role-session records (stages, VPC endpoints, refused calls, 10 % other services)
// read, split, parsed, filtered, evaluated and grouped, as `secret-policy replay` does. The
// instruction count per record comes from tests/bench/callgrind-replay.sh.
// Google Benchmark; not part of ctest.
#include "cloudtrail/replay.h"
#include "policy/policyreader.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

const std::string secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

const char *draftText = R"({"Version":"2012-10-17","Statement":[
  {"Sid":"ReadCurrent","Effect":"Allow","Principal":{"AWS":["arn:aws:iam::123456789012:role/app/Reader",
   "arn:aws:iam::444455556666:role/Partner"]},"Action":["secretsmanager:GetSecretValue",
   "secretsmanager:DescribeSecret"],"Resource":"*",
   "Condition":{"StringEquals":{"secretsmanager:VersionStage":"AWSCURRENT"}}},
  {"Sid":"Rotation","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/rotation/Rotator"},
   "Action":["secretsmanager:GetSecretValue","secretsmanager:PutSecretValue",
   "secretsmanager:UpdateSecretVersionStage","secretsmanager:DescribeSecret"],"Resource":"*"}]})";

std::string record(int i)
{
    static const char *roles[][3] = {{"app/", "Reader", "123456789012"},
                                     {"rotation/", "Rotator", "123456789012"},
                                     {"eks/", "csi-driver", "123456789012"},
                                     {"", "Partner", "444455556666"}};
    static const char *actions[]
        = {"GetSecretValue", "DescribeSecret", "GetSecretValue", "PutSecretValue"};
    const auto &role = roles[i % 4];
    const std::string account = role[2];
    const std::string n = std::to_string(i);
    std::string r
        = R"({"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROAEXAMPLEROLE0000)"
          + std::to_string(i % 4) + ":s-" + n + R"(","arn":"arn:aws:sts::)" + account
          + ":assumed-role/" + role[1] + "/s-" + n + R"(","accountId":")" + account
          + R"(","sessionContext":{"sessionIssuer":{"type":"Role","arn":"arn:aws:iam::)" + account
          + ":role/" + role[0] + role[1]
          + R"("},"attributes":{"creationDate":"2026-01-05T07:55:00Z","mfaAuthenticated":"false"}}},)"
          + R"("eventTime":"2026-01-05T08:00:00Z","eventSource":")"
          + (i % 10 ? "secretsmanager" : "kms") + R"(.amazonaws.com","eventName":")"
          + actions[i % 4]
          + R"(","awsRegion":"us-east-1","sourceIPAddress":"203.0.113.7","userAgent":"aws-sdk-go-v2/1.24.0",)"
          + R"("requestParameters":{"secretId":")" + secretArn + "\""
          + (i % 3 ? R"(,"versionStage":"AWSCURRENT")" : "")
          + R"(},"responseElements":null,"eventType":"AwsApiCall","recipientAccountId":"123456789012")"
          + (i % 5 == 0 ? R"(,"vpcEndpointId":"vpce-1a2b3c4d")" : "")
          + (i % 13 == 0 ? R"(,"errorCode":"AccessDenied")" : "") + "}";
    return r;
}

void BM_Replay(benchmark::State &state)
{
    const int records = static_cast<int>(state.range(0));
    const std::string path
        = (std::filesystem::temp_directory_path() / "sps-bench-replay.json").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << "{\"Records\":[";
        for (int i = 0; i < records; ++i)
            out << (i ? "," : "") << record(i);
        out << "]}\n";
    }
    const engine::CompiledPolicy draft(*engine::readPolicyText(draftText).policy);
    const engine::cloudtrail::SecretRef secret = engine::cloudtrail::secretRef(secretArn).value();
    std::uint64_t calls = 0;
    for (auto _ : state) {
        engine::cloudtrail::Replay replay(draft, nullptr, secret);
        benchmark::DoNotOptimize(engine::cloudtrail::replayFile(path, replay));
        const engine::cloudtrail::ReplayReport report = replay.report();
        calls = report.calls;
        benchmark::DoNotOptimize(report);
    }
    std::remove(path.c_str());
    state.counters["calls"] = static_cast<double>(calls);
    state.SetItemsProcessed(state.iterations() * records);
}
BENCHMARK(BM_Replay)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
