#!/bin/bash
# Builds the libFuzzer targets (tests/fuzz/fuzz_*.cpp) with clang++, ASan and UBSan, and runs
# each for SECONDS.
#
#   tests/fuzz/run-fuzzers.sh SECONDS [FUZZ_BUILD_DIR]
#
# FUZZ_BUILD_DIR defaults to build-fuzz/ in the source tree (CTest passes <build>/fuzz-build).
# Seeds: tests/fuzz/corpus/, the policies under tests/data/ and resources/examples/, and, for
# the evaluator, each tests/data/*.jsonl joined to its first policy with a NUL byte. New
# inputs found go to FUZZ_BUILD_DIR/corpus/<fuzzer>/, crashes to FUZZ_BUILD_DIR/artifacts/.
# Exits 0 when clean or when clang++ is absent, non-zero on a build failure or a crash.
set -euo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 SECONDS [FUZZ_BUILD_DIR]" >&2
    exit 2
fi
seconds=$1
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${2:-$src/build-fuzz}

if ! command -v clang++ >/dev/null 2>&1; then
    echo "run-fuzzers: SKIPPED: clang++ not found (libFuzzer needs clang)"
    exit 0
fi

# Every tests/fuzz/fuzz_*.cpp is a fuzzer (as in tests/fuzz/CMakeLists.txt).
fuzzers=()
for f in "$src"/tests/fuzz/fuzz_*.cpp; do
    fuzzers+=("$(basename "$f" .cpp)")
done
mkdir -p "$build"
echo "run-fuzzers: configuring $build"
# -fno-sanitize-recover: a UBSan finding must stop the fuzzer, not scroll by.
CXX=clang++ cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSPS_FUZZ=ON -DSPS_BUILD_GUI=OFF -DSPS_BENCH=OFF -DBUILD_TESTING=ON \
    -DCMAKE_CXX_FLAGS="-fno-sanitize-recover=undefined" >"$build/configure.log" 2>&1 || {
    cat "$build/configure.log" >&2
    exit 1
}
status=0
built=()
for fuzzer in "${fuzzers[@]}"; do
    echo "run-fuzzers: building $fuzzer"
    if cmake --build "$build" --target "$fuzzer" -j2 >"$build/$fuzzer.build.log" 2>&1; then
        built+=("$fuzzer")
    else
        status=1
        echo "run-fuzzers: building $fuzzer FAILED:" >&2
        grep -E 'error|FAILED|undefined reference' "$build/$fuzzer.build.log" | head -n 30 >&2
    fi
done

# Seed corpora, rebuilt on every run from the sources.
seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds/policy" "$seeds/evaluator" "$build/artifacts"
shopt -s nullglob globstar
for f in "$src"/tests/fuzz/corpus/policy/* "$src"/tests/data/**/*.json "$src"/resources/examples/*.json; do
    cp "$f" "$seeds/policy/$(echo "${f#$src/}" | tr / _)"
done
for f in "$src"/tests/fuzz/corpus/evaluator/*; do
    cp "$f" "$seeds/evaluator/"
done
for jsonl in "$src"/tests/data/*.jsonl; do
    policy=$(sed -n 's/^# policy: *//p' "$jsonl" | head -n 1)
    [[ -n $policy && -f $src/tests/data/$policy ]] || continue
    { cat "$src/tests/data/$policy"; printf '\0'; cat "$jsonl"; } >"$seeds/evaluator/$(basename "$jsonl" .jsonl)"
done
cp "$seeds"/policy/* "$seeds/evaluator/" 2>/dev/null || true

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
for fuzzer in "${built[@]}"; do
    corpus=$build/corpus/$fuzzer
    mkdir -p "$corpus"
    # fuzz_evaluator takes "policy NUL requests"; every other fuzzer takes a policy text.
    seedDir=$seeds/policy
    if [[ $fuzzer == fuzz_evaluator ]]; then
        seedDir=$seeds/evaluator
    fi
    echo "run-fuzzers: running $fuzzer for ${seconds}s ($(ls "$seedDir" | wc -l) seeds)"
    if ! "$build/bin/$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=24576 -dict="$src/tests/fuzz/policy.dict" -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$fuzzer-" \
        "$corpus" "$seedDir" >"$build/$fuzzer.log" 2>&1; then
        status=1
        echo "run-fuzzers: $fuzzer FAILED; log $build/$fuzzer.log:" >&2
        grep -v -E '^#[0-9]+' "$build/$fuzzer.log" | tail -n 60 >&2
        ls -l "$build"/artifacts/"$fuzzer"-* >&2 2>/dev/null || true
    else
        grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+.*DONE' "$build/$fuzzer.log" || true
    fi
done
exit $status
