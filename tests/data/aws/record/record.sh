#!/bin/sh
# Records the real `aws` command's answers into ../recorded/ (see ../README.md): against the
# local endpoint of fake-endpoint.py for the service's answers, and with empty AWS config files
# and no network for the CLI's own failures. Fake keys only: nothing here reaches AWS.
# Usage: tests/data/aws/record/record.sh   (needs python3 and the AWS CLI)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../recorded"
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
export AWS_CONFIG_FILE="$work/config" AWS_SHARED_CREDENTIALS_FILE="$work/credentials"
: > "$AWS_CONFIG_FILE"; : > "$AWS_SHARED_CREDENTIALS_FILE"
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_REGION AWS_DEFAULT_REGION AWS_ACCESS_KEY_ID \
      AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN || true

# NAME: run the rest of the command line, keep standard output, error and the exit status.
rec() {
    name=$1; shift
    set +e; "$@" > "$out/$name.out" 2> "$out/$name.err"; echo $? > "$out/$name.rc"; set -e
    [ -s "$out/$name.out" ] || rm -f "$out/$name.out"
    [ -s "$out/$name.err" ] || rm -f "$out/$name.err"
}

# The CLI's own failures: no credentials, no such profile, no region, no network.
rec nocreds aws secretsmanager list-secrets --region us-east-1 --output json
rec noprofile aws secretsmanager list-secrets --profile nosuch --region us-east-1 --output json
export AWS_ACCESS_KEY_ID=AKIAEXAMPLEEXAMPLE00 AWS_SECRET_ACCESS_KEY=example-not-a-key
rec noregion aws secretsmanager list-secrets --output json
rec network aws secretsmanager list-secrets --region us-east-1 --output json \
    --endpoint-url https://secretsmanager.invalid --cli-connect-timeout 3

# The service's answers, from the local endpoint.
port=18765
export FAKE_ENDPOINT_MODE="$work/mode"
echo ok > "$FAKE_ENDPOINT_MODE"
python3 "$here/fake-endpoint.py" "$port" 2> "$work/server.log" &
server=$!
sleep 1
sm() { aws secretsmanager "$@" --endpoint-url "http://127.0.0.1:$port" --region us-east-1 --output json; }
mode() { echo "$1" > "$FAKE_ENDPOINT_MODE"; }
arn=arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf
echo '{"Version":"2012-10-17","Statement":[]}' > "$work/p.json"
policy="file://$work/p.json"

mode ok
rec list-secrets-1 sm list-secrets --max-items 5
token=$(sed -n 's/.*"NextToken": "\(.*\)".*/\1/p' "$out/list-secrets-1.out")
rec list-secrets-2 sm list-secrets --max-items 5 --starting-token "$token"
rec get-resource-policy sm get-resource-policy --secret-id "$arn"
rec validate-passed sm validate-resource-policy --resource-policy "$policy"
rec put sm put-resource-policy --secret-id "$arn" --resource-policy "$policy" --block-public-policy
mode nopolicy; rec get-resource-policy-none sm get-resource-policy --secret-id "$arn"
mode changed; rec get-resource-policy-changed sm get-resource-policy --secret-id "$arn"
mode invalid; rec validate-failed sm validate-resource-policy --resource-policy "$policy"
mode malformed; rec validate-malformed sm validate-resource-policy --resource-policy "$policy"
mode public
rec put-public sm put-resource-policy --secret-id "$arn" --resource-policy "$policy" --block-public-policy
mode denied
rec denied sm list-secrets --max-items 5
rec denied-get sm get-resource-policy --secret-id "$arn"
mode throttled; rec throttled sm list-secrets --max-items 5
mode expired; rec expired sm list-secrets --max-items 5
mode notfound; rec notfound sm get-resource-policy --secret-id "$arn"
