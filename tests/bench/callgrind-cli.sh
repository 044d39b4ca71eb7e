#!/bin/sh
# Instructions per request line of `secret-policy eval`, end to end (read, parse, evaluate,
# write), as issue 12's table counts them: callgrind on a batch of N request lines of the
# typical 10-statement policy of bench_engine.cpp, minus the same run with no request line
# (start-up, policy reading and compiling), divided by N.
#
#   tests/bench/callgrind-cli.sh [SECRET_POLICY_BINARY] [N]
#   (default: build/bin/secret-policy, 10000 lines; a Release or RelWithDebInfo build)
set -eu
binary=${1:-build/bin/secret-policy}
lines=${2:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$lines" <<'PY'
import json, sys
work, count = sys.argv[1], int(sys.argv[2])
policy = {"Version": "2012-10-17", "Id": "bench-typical", "Statement": [
  {"Sid": "ReadCurrent", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/Reader"},
   "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], "Resource": "*",
   "Condition": {"ForAnyValue:StringEquals": {"secretsmanager:VersionStage": "AWSCURRENT"}}},
  {"Sid": "TeamUsers", "Effect": "Allow", "Principal": {"AWS": [
     "arn:aws:iam::123456789012:user/u1", "arn:aws:iam::123456789012:user/u2",
     "arn:aws:iam::123456789012:user/u3", "arn:aws:iam::123456789012:user/u4"]},
   "Action": "secretsmanager:Get*", "Resource": "*",
   "Condition": {"StringEquals": {"aws:PrincipalTag/team": "payments"}}},
  {"Sid": "AppRoles", "Effect": "Allow", "Principal": "*", "Action": "secretsmanager:GetSecretValue",
   "Resource": "*", "Condition": {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/app-*"},
                                  "IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}}},
  {"Sid": "PartnerDescribe", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
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
  {"Sid": "EndpointOnly", "Effect": "Deny", "Principal": "*", "Action": "secretsmanager:GetSecretValue",
   "Resource": "*", "Condition": {"StringNotEqualsIfExists": {"aws:SourceVpce": ["vpce-1a2b3c4d", "vpce-5e6f7a8b"]}}},
  {"Sid": "Rotation", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/Rotator"},
   "Action": ["secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"], "Resource": "*",
   "Condition": {"ForAnyValue:StringEquals": {"secretsmanager:VersionStage": "AWSPENDING"},
                 "NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}},
  {"Sid": "OrgPerimeter", "Effect": "Deny", "Principal": "*", "Action": "secretsmanager:*", "Resource": "*",
   "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123"},
                 "Bool": {"aws:PrincipalIsAWSService": "false"}}}]}
with open(f"{work}/policy.json", "w") as f:
    json.dump(policy, f, indent=2)

def principal(i):
    n = str(i)
    return ["arn:aws:iam::123456789012:user/u" + n,
            "arn:aws:sts::123456789012:assumed-role/app-" + n + "/session-" + n,
            "arn:aws:sts::123456789012:assumed-role/Reader/i-" + n,
            "arn:aws:iam::444455556666:user/partner-" + n,
            "arn:aws:sts::123456789012:assumed-role/Admin" + n + "/s"][i % 5]

secret = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"
identity = [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "secretsmanager:*", "Resource": "*"}]}]
out = []
p = 0
while len(out) < count:
    for stage in ["AWSCURRENT", "AWSPREVIOUS", "AWSPENDING", None]:
        for action in ["GetSecretValue", "DescribeSecret", "PutSecretValue", "DeleteSecret", "PutResourcePolicy"]:
            context = {"aws:SourceIp": ("203.0.113." if p % 3 else "198.51.100.") + str(p % 250)}
            if p % 7: context["aws:PrincipalOrgID"] = "o-abc123"
            if p % 4 == 0: context["aws:PrincipalTag/team"] = "payments"
            if p % 6 == 0: context["aws:SourceVpce"] = "vpce-1a2b3c4d"
            if p % 8 == 0: context["aws:MultiFactorAuthAge"] = 120
            if stage and action == "GetSecretValue": context["secretsmanager:VersionStage"] = stage
            request = {"principal": principal(p), "action": "secretsmanager:" + action,
                       "resource": secret, "context": context}
            if p % 2 == 0: request["identityPolicies"] = identity
            out.append(json.dumps(request))
    p += 1
with open(f"{work}/requests.jsonl", "w") as f:
    f.write("\n".join(out[:count]) + "\n")
open(f"{work}/empty.jsonl", "w").close()
PY

count() {
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$binary" eval \
        --policy "$work/policy.json" --requests "$1" > /dev/null 2> "$work/cg.log"
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/cg.log"
}
startup=$(count "$work/empty.jsonl")
batch=$(count "$work/requests.jsonl")
echo "start-up (0 lines):   $startup instructions"
echo "$lines lines:         $batch instructions"
echo "per request line:     $(( (batch - startup) / lines )) instructions"
