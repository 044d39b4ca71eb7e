#!/bin/sh
# Counts instructions (callgrind) for each row of the table in docs/performance.md: instruction
# counts are the figure that does not depend on the load of the machine.
#
#   cmake --preset bench && cmake --build build-bench          # Release, no GUI
#   tests/bench/callgrind.sh [BUILD_DIR] [ROW...]
#
# BUILD_DIR defaults to build-bench (any Release or RelWithDebInfo build with SPS_BENCH on).
# ROWs: evaluate decisions eval matrix validate1000 validate10000 (default: all). Under
# callgrind a program runs about 50 times slower: validate10000 takes minutes.
set -eu

build=${1:-build-bench}
[ $# -gt 0 ] && shift
rows=${*:-evaluate decisions eval matrix validate1000 validate10000}
bin=$build/bin
for program in secret-policy bench_inputs bench_evaluations; do
    if [ ! -x "$bin/$program" ]; then
        echo "callgrind.sh: $bin/$program is missing: build the targets first" >&2
        exit 2
    fi
done
command -v valgrind > /dev/null || { echo "callgrind.sh: valgrind is not installed" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/bench_inputs" "$work"
arn=arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf

# count ARGS...: runs ARGS under callgrind (standard input from $input, default /dev/null) and
# prints the number of instructions it executed (the events collected, with --toggle-collect).
count() {
    valgrind --tool=callgrind --callgrind-out-file="$work/out" "$@" \
        < "${input:-/dev/null}" > /dev/null 2> "$work/err" || :
    total=$(sed -n 's/^summary: *//p' "$work/out")
    if [ -z "$total" ]; then
        cat "$work/err" >&2
        echo "callgrind.sh: no count for: $*" >&2
        exit 1
    fi
    echo "$total"
}

# per TOTAL N: TOTAL / N, rounded.
per() {
    echo $((($1 + $2 / 2) / $2))
}

# group N: 12345678 -> 12,345,678
group() {
    echo "$1" | sed -e :a -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/; ta'
}

printf '%-62s %16s\n' "row" "instructions"
for row in $rows; do
    case $row in
    evaluate)
        n=$(count --toggle-collect=sps_bench_evaluate_all "$bin/bench_evaluations" explain)
        printf '%-62s %16s\n' "one evaluation, typical policy, with explanation" "$(group "$(per "$n" 20000)")"
        ;;
    decisions)
        n=$(count --toggle-collect=sps_bench_evaluate_all "$bin/bench_evaluations" decisions)
        printf '%-62s %16s\n' "one evaluation, typical policy, decisions only" "$(group "$(per "$n" 20000)")"
        ;;
    eval)
        # The cost of one more request line: (10,000 lines - no line) / 10,000.
        all=$(input="$work/typical-requests.jsonl" count "$bin/secret-policy" eval --policy "$work/typical-policy.json")
        none=$(count "$bin/secret-policy" eval --policy "$work/typical-policy.json")
        printf '%-62s %16s\n' "secret-policy eval, per request line (10,000 lines)" "$(group "$(per $((all - none)) 10000)")"
        ;;
    matrix)
        n=$(count "$bin/secret-policy" matrix "$work/matrix-policy.json" --secret-arn "$arn" --format csv \
            --actions GetSecretValue,DescribeSecret,PutSecretValue,UpdateSecretVersionStage,DeleteSecret)
        printf '%-62s %16s\n' "secret-policy matrix, 20 KB policy, 5 actions, CSV (whole run)" "$(group "$n")"
        ;;
    validate1000 | validate10000)
        statements=${row#validate}
        n=$(count "$bin/secret-policy" validate "$work/lint-$statements.json" --secret-arn "$arn")
        printf '%-62s %16s\n' "secret-policy validate, $statements statements (whole run)" "$(group "$n")"
        ;;
    *)
        echo "callgrind.sh: unknown row $row" >&2
        exit 2
        ;;
    esac
done
