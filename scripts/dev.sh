#!/usr/bin/env bash
# Ferry's one-stop developer script for Debian 12 / Ubuntu.
#   scripts/dev.sh run    install what is missing, build, launch Ferry
#   scripts/dev.sh test   install what is missing (test peers too), build, run the whole test suite
#   scripts/dev.sh build  build only (no installs)
#   scripts/dev.sh deps   install the build dependencies only
# Environment: BUILD_DIR (default ./build), BUILD_TYPE (default RelWithDebInfo), CTEST_ARGS (extra ctest args).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
build_type="${BUILD_TYPE:-RelWithDebInfo}"

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev libqt6svg6 qt6-qpa-plugins
    help2man desktop-file-utils appstream qtkeychain-qt6-dev
)

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

build() {
    local launcher=()
    # ccache, where installed, makes rebuilds of other checkouts of the same sources cheap.
    if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${launcher[@]}"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

case "${1:-}" in
    deps)
        install_missing "${build_packages[@]}"
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
        install_missing "${build_packages[@]}"
        bash "$here/scripts/setup-test-peers.sh"
        build
        cd "$build_dir"
        # shellcheck disable=SC2086
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" ${CTEST_ARGS:-}
        ;;
    *)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
