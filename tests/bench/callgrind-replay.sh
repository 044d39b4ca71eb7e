#!/bin/sh
# `secret-policy replay` on N CloudTrail records (issue 15: 100,000 records in a few seconds, in
# flat memory): instructions per record with callgrind (the run with N records minus the run
# with none, divided by N), and peak memory with /usr/bin/time -v for N records as one plain
# log file, as one .json.gz, and for N/10 records (flat memory: the peak must not grow with N).
#
#   tests/bench/callgrind-replay.sh [SECRET_POLICY_BINARY] [N]
#   (default: build/bin/secret-policy, 100000 records; a Release or RelWithDebInfo build)
set -eu
binary=${1:-build/bin/secret-policy}
records=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$records" <<'PY'
import json, sys
work, count = sys.argv[1], int(sys.argv[2])
acc, arn = "123456789012", "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"
policy = {"Version": "2012-10-17", "Statement": [
  {"Sid": "ReadCurrent", "Effect": "Allow",
   "Principal": {"AWS": [f"arn:aws:iam::{acc}:role/app/Reader", "arn:aws:iam::444455556666:role/Partner"]},
   "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], "Resource": "*",
   "Condition": {"StringEquals": {"secretsmanager:VersionStage": "AWSCURRENT"}}},
  {"Sid": "Rotation", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{acc}:role/rotation/Rotator"},
   "Action": ["secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue",
              "secretsmanager:UpdateSecretVersionStage", "secretsmanager:DescribeSecret"], "Resource": "*"},
  {"Sid": "EndpointOnly", "Effect": "Deny", "Principal": "*", "Action": "secretsmanager:GetSecretValue",
   "Resource": "*", "Condition": {"StringNotEqualsIfExists": {"aws:SourceVpce": "vpce-1a2b3c4d"},
                                  "Bool": {"aws:ViaAWSService": "false"}, "NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}]}
json.dump(policy, open(f"{work}/draft.json", "w"), indent=2)
roles = [("app/", "Reader", acc), ("rotation/", "Rotator", acc), ("eks/", "csi-driver", acc), ("", "Partner", "444455556666")]
def record(i):
    path, role, account = roles[i % 4]
    stage = [None, "AWSCURRENT", "AWSPENDING", "AWSCURRENT"][i % 4 if i % 7 else 0]
    params = {"secretId": arn if i % 3 else "prod/db"}
    if stage: params["versionStage"] = stage
    r = {"eventVersion": "1.09",
         "userIdentity": {"type": "AssumedRole", "principalId": "AROAEXAMPLEROLE00%03d:s-%d" % (i % 4, i % 50),
                          "arn": f"arn:aws:sts::{account}:assumed-role/{role}/s-{i % 50}", "accountId": account,
                          "accessKeyId": "ASIAEXAMPLEKEY000001",
                          "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": "AROAEXAMPLEROLE00%03d" % (i % 4),
                                             "arn": f"arn:aws:iam::{account}:role/{path}{role}", "accountId": account, "userName": role},
                                             "attributes": {"creationDate": "2026-01-05T07:55:00Z", "mfaAuthenticated": "false"}}},
         "eventTime": "2026-01-%02dT%02d:%02d:%02dZ" % (1 + i % 28, i % 24, i % 60, i % 59),
         "eventSource": "secretsmanager.amazonaws.com" if i % 10 else "kms.amazonaws.com",
         "eventName": ["GetSecretValue", "DescribeSecret", "GetSecretValue", "PutSecretValue"][i % 4] if i % 10 else "Decrypt",
         "awsRegion": "us-east-1", "sourceIPAddress": "10.0.%d.%d" % (i % 200, i % 250) if i % 5 == 0 else "203.0.113.%d" % (i % 250),
         "userAgent": "aws-sdk-go-v2/1.24.0 os/linux lang/go#1.21.5 md/GOOS#linux md/GOARCH#amd64 api/secretsmanager#1.26.0",
         "requestParameters": params, "responseElements": None,
         "requestID": "0c5f1a2b-%04d-4c1e-9f00-%012d" % (i % 10000, i), "eventID": "7d1e2f3a-%04d-4b5c-8d9e-%012d" % (i % 10000, i),
         "readOnly": True, "eventType": "AwsApiCall", "managementEvent": True, "recipientAccountId": acc,
         "eventCategory": "Management",
         "tlsDetails": {"tlsVersion": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256",
                        "clientProvidedHostHeader": "secretsmanager.us-east-1.amazonaws.com"}}
    if i % 5 == 0: r["vpcEndpointId"] = "vpce-1a2b3c4d"
    if i % 13 == 0: r["errorCode"] = "AccessDenied"
    return json.dumps(r, separators=(",", ":"))
def write(name, n):
    with open(f"{work}/{name}", "w") as f:
        f.write('{"Records":[')
        f.write(",".join(record(i) for i in range(n)))
        f.write("]}\n")
write("records.json", count)
write("tenth.json", max(count // 10, 1))
write("empty.json", 0)
PY
gzip -k "$work/records.json"
arn=arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf

count() {
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$binary" replay \
        "$work/draft.json" --secret-arn "$arn" "$1" > /dev/null 2> "$work/cg.log" || true
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/cg.log"
}
peak() {
    /usr/bin/time -v "$binary" replay "$work/draft.json" --secret-arn "$arn" "$1" \
        > /dev/null 2> "$work/time.log" || true
    kb=$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\).*/\1/p' "$work/time.log")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): \(.*\)/\1/p' "$work/time.log")
    echo "$kb KB peak, $wall wall"
}
echo "input: $records records, $(du -m "$work/records.json" | cut -f1) MB ($(du -k "$work/records.json.gz" | cut -f1) KB gzip)"
echo "peak memory, $records records:         $(peak "$work/records.json")"
echo "peak memory, $records records (.gz):   $(peak "$work/records.json.gz")"
echo "peak memory, $((records / 10)) records:          $(peak "$work/tenth.json")"
startup=$(count "$work/empty.json")
batch=$(count "$work/records.json")
echo "start-up (0 records): $startup instructions"
echo "$records records:     $batch instructions"
echo "per record:           $(( (batch - startup) / records )) instructions"
