#!/usr/bin/env bash
# Ferry's one-stop developer script for Debian 12 / Ubuntu.
#   scripts/dev.sh run    install what is missing, build, launch Ferry
#   scripts/dev.sh test   install what is missing (test peers too), then, each with ctest's summary:
#                         build and run the whole test suite; the same under AddressSanitizer + UBSan
#                         (the asan preset, build-asan/); the fuzz targets for a bounded time (the fuzz
#                         preset, build-fuzz/). Fails if any part fails, after running them all.
#   scripts/dev.sh build  build only (no installs)
#   scripts/dev.sh deps   install the build dependencies only
# Environment: BUILD_DIR (default ./build), BUILD_TYPE (default RelWithDebInfo), CTEST_ARGS (extra ctest
# args, every part), TEST_PARTS (default "normal asan fuzz": which parts `test` runs).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
build_type="${BUILD_TYPE:-RelWithDebInfo}"

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev libqt6svg6 qt6-qpa-plugins
    help2man desktop-file-utils appstream qtkeychain-qt6-dev libssl-dev
)
# The fuzz targets: clang and its libFuzzer and sanitizer runtimes.
fuzz_packages=(clang libclang-rt-14-dev)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "dev.sh: need root (or sudo) to run: $*" >&2; exit 1; fi
}

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "dev.sh: installing ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

launcher=()
# ccache, where installed, makes rebuilds of other checkouts of the same sources cheap.
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi

build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${launcher[@]}"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

# run_part NAME COMMAND...: runs one part of `test`, timed, and remembers a failure without stopping.
failed_parts=()
run_part() {
    local name="$1" start=$SECONDS
    shift
    echo "dev.sh: === $name ==="
    if "$@"; then
        echo "dev.sh: === $name passed ($((SECONDS - start)) s) ==="
    else
        echo "dev.sh: === $name FAILED ($((SECONDS - start)) s) ==="
        failed_parts+=("$name")
    fi
}

test_normal() {
    build || return 1
    # shellcheck disable=SC2086
    (cd "$build_dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" ${CTEST_ARGS:-})
}

# The whole suite under AddressSanitizer, LeakSanitizer and UBSan (gcc; the asan preset). Any report fails
# the test that made it. Suppressions (third-party code only) are in tests/sanitizers/.
test_asan() {
    (cd "$here" && cmake --preset asan "${launcher[@]}" && cmake --build --preset asan --parallel "$(nproc)") ||
        return 1
    local supp="$here/tests/sanitizers"
    # shellcheck disable=SC2086
    (cd "$here/build-asan" &&
        ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=0:strict_string_checks=1" \
        LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp" \
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" ${CTEST_ARGS:-})
}

# Every libFuzzer target on its corpus for a bounded time (clang; the fuzz preset; tests/fuzz/README.md).
test_fuzz() {
    (cd "$here" && cmake --preset fuzz "${launcher[@]}" && cmake --build --preset fuzz --parallel "$(nproc)") ||
        return 1
    # shellcheck disable=SC2086
    (cd "$here/build-fuzz" && ctest --output-on-failure -L fuzz ${CTEST_ARGS:-})
}

case "${1:-}" in
    deps)
        install_missing "${build_packages[@]}" "${fuzz_packages[@]}"
        ;;
    build)
        build
        ;;
    run)
        install_missing "${build_packages[@]}"
        build
        shift
        exec "$build_dir/app/ferry" "$@"
        ;;
    test)
        install_missing "${build_packages[@]}" "${fuzz_packages[@]}"
        bash "$here/scripts/setup-test-peers.sh"
        for part in ${TEST_PARTS:-normal asan fuzz}; do
            case "$part" in
                normal) run_part "test suite" test_normal ;;
                asan) run_part "test suite under ASan+UBSan" test_asan ;;
                fuzz) run_part "fuzz smoke run" test_fuzz ;;
                *) echo "dev.sh: unknown part '$part' in TEST_PARTS" >&2; exit 2 ;;
            esac
        done
        if [ ${#failed_parts[@]} -gt 0 ]; then
            echo "dev.sh: FAILED: ${failed_parts[*]}"
            exit 1
        fi
        echo "dev.sh: every part passed"
        ;;
    *)
        sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
