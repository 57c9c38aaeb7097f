#!/usr/bin/env bash
# Runs one of Ferry's libFuzzer targets.
#
#   run-fuzzer.sh smoke BINARY CORPUS DICT WORKDIR SECONDS [LIBFUZZER-FLAG...]
#       CI's bounded run (ctest -L fuzz): every input of CORPUS once, then fuzzing for SECONDS. New inputs
#       go to WORKDIR/corpus (the source tree is never written), crashes to WORKDIR/crash-*. Fails on any
#       crash, leak, sanitizer report, timeout or memory blow-up.
#   run-fuzzer.sh long BINARY CORPUS DICT WORKDIR RUNS [LIBFUZZER-FLAG...]
#       The long local run: RUNS executions, one job (-jobs=1 -workers=1, log in WORKDIR/fuzz-0.log),
#       niced; new inputs to WORKDIR/corpus, crashes to WORKDIR. Final statistics (executions, exec/s) at
#       the end of the log.
#   run-fuzzer.sh merge BINARY CORPUS DICT WORKDIR -
#       Adds to CORPUS only those inputs of WORKDIR/corpus that reach code (edges: -use_counters=0, so that
#       reaching known code more often does not count) CORPUS does not; commit them.
#
# Budgets for every input: 10 s (-timeout), 2048 MiB of RSS (-rss_limit_mb), one allocation of at most
# 512 MiB (-malloc_limit_mb): a reply or command the code would collect without bound fails the run.
# Flags after the sixth argument go to libFuzzer as they are (the protocol-level targets: -entropic=0).
set -euo pipefail

mode="$1" amount="$6"
extra=("${@:7}")
mkdir -p "$5/corpus"
binary="$(realpath "$2")" corpus="$(realpath "$3")" dict="$(realpath "$4")" work="$(realpath "$5")"
common=(-dict="$dict" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=512 -print_final_stats=1
    -artifact_prefix="$work/" "${extra[@]}")
# Leak checks per input are cheap for the parsers; the protocol-level targets check at exit.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:handle_abort=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

case "$mode" in
    smoke)
        exec "$binary" "${common[@]}" -max_total_time="$amount" "$work/corpus" "$corpus"
        ;;
    long)
        cd "$work"
        exec nice -n 19 "$binary" "${common[@]}" -runs="$amount" -jobs=1 -workers=1 "$work/corpus" "$corpus"
        ;;
    merge)
        exec nice -n 19 "$binary" -merge=1 -use_counters=0 -artifact_prefix="$work/" "$corpus" "$work/corpus"
        ;;
    *)
        sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
