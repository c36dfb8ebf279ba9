#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Soak: runs the monkey test (tests/ui/test_monkey.cpp) against the sanitizer build for SECONDS,
# a run of at most two minutes per seed, and prints the figures: seconds, actions, actions per
# kind, sanitizer findings. Any finding or failed run fails the soak (AddressSanitizer aborts,
# UndefinedBehaviorSanitizer halts on the first error); its seed and log are named.
#   tests/soak/monkey_soak.sh [BUILD_DIR] [SECONDS]     (defaults: build/asan, 600)
set -uo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$top/build/asan}
seconds=${2:-600}
monkey="$build/tests/ui/test_monkey"
if [ ! -x "$monkey" ]; then
    echo "no $monkey: build it first (cmake --preset asan && cmake --build --preset asan)" >&2
    exit 2
fi

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 BOUNCENAV_LANG=en
export LSAN_OPTIONS="suppressions=$top/tests/sanitizer/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
logs=$(mktemp -d)
base=${BN_MONKEY_SEED:-$((RANDOM * 32768 + RANDOM))}
start=$SECONDS
runs=0 actions=0 findings=0 failed=0
declare -A perKind=()
while [ $((SECONDS - start)) -lt "$seconds" ]; do
    left=$((seconds - (SECONDS - start)))
    seed=$((base + runs))
    log="$logs/seed-$seed.log"
    BN_MONKEY_SEED=$seed BN_MONKEY_SECONDS=$((left < 120 ? left : 120)) "$monkey" >"$log" 2>&1
    status=$?
    runs=$((runs + 1))
    found=$(grep -cE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$log")
    findings=$((findings + found))
    line=$(grep -E '^monkey: seed [0-9]+, [0-9]+ actions' "$log" | tail -n 1)
    if [ "$status" -ne 0 ] || [ "$found" -ne 0 ] || [ -z "$line" ]; then
        failed=$((failed + 1))
        echo "run $runs, seed $seed: FAILED (exit $status, $found sanitizer findings), log: $log"
        grep -E 'FAIL!|ERROR: |runtime error:|after action' "$log" | head -n 5
        continue
    fi
    n=$(sed -E 's/^monkey: seed [0-9]+, ([0-9]+) actions.*/\1/' <<< "$line")
    actions=$((actions + n))
    kinds=$(sed -E 's/^[^(]*\((.*)\)$/\1/' <<< "$line")
    IFS=',' read -ra pairs <<< "$kinds"
    for pair in "${pairs[@]}"; do
        read -r name count <<< "$pair"
        perKind[$name]=$(( ${perKind[$name]:-0} + count ))
    done
    rm -f "$log"
done
elapsed=$((SECONDS - start))
echo "soak: $elapsed s, $runs runs (seeds $base..$((base + runs - 1))), $actions actions"
for name in $(printf '%s\n' "${!perKind[@]}" | sort); do
    printf '  %-14s %d\n' "$name" "${perKind[$name]}"
done
echo "sanitizer findings: $findings; failed runs: $failed"
[ "$findings" -eq 0 ] && [ "$failed" -eq 0 ] && rmdir "$logs" 2>/dev/null
[ "$findings" -eq 0 ] && [ "$failed" -eq 0 ]
