#!/usr/bin/env bash
# Proves the Debian package on a clean system: builds the .deb (cpack -G DEB), makes a minimal Debian 12
# root with debootstrap, installs the package there with apt-get (which must find every dependency), and
# runs ferry inside it.
#
# Usage: installer/linux/test-deb-in-chroot.sh [--build-dir DIR] [--deb FILE] [--suite bookworm] [--keep]
#   --build-dir DIR  a build tree of Ferry (configured and built here when needed; default: ./build-pkg
#                    next to the sources); the package is made there with cpack.
#   --deb FILE       test this package instead of building one.
#   --keep           leave the chroot in place (its path is printed) instead of deleting it.
# Environment: FERRY_CACHE_DIR (default ~/.cache/ferry): the debootstrapped root is kept there as a
# tarball, and the .debs apt downloads in the chroot (apt-archives/), so a rerun takes seconds plus the install.
# FERRY_DEBIAN_MIRROR: the mirror (default: the one this machine's apt uses).
# Needs root, debootstrap and network access to the mirror. Exit: 0 passed, 1 failed, 77 skipped
# (not root, no debootstrap), as ctest's SKIP_RETURN_CODE (installer/CMakeLists.txt, label `package`).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build_dir="$source_dir/build-pkg"
deb=""
suite="bookworm"
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir="$2"; shift 2 ;;
        --deb) deb="$(realpath "$2")"; shift 2 ;;
        --suite) suite="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "test-deb-in-chroot: unknown argument $1" >&2; exit 2 ;;
    esac
done

started=$(date +%s)
say() { printf 'test-deb-in-chroot [%4ss]: %s\n' "$(($(date +%s) - started))" "$*"; }
skip() { say "SKIPPED: $*"; exit 77; }

[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap, chroot, mount)"
command -v debootstrap >/dev/null || skip "needs debootstrap (apt-get install debootstrap)"

arch="$(dpkg --print-architecture)"
cache="${FERRY_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/ferry}"
mkdir -p "$cache/apt-archives/partial"

# The mirror this machine's apt uses (deb822 .sources or one-line sources.list), else Debian's CDN.
host_uri() { # host_uri REGEX: first Debian URI from apt's sources matching REGEX
    {
        grep -hsE '^[[:space:]]*URIs:' /etc/apt/sources.list.d/*.sources | sed -E 's/^[[:space:]]*URIs:[[:space:]]*//' | tr ' ' '\n'
        grep -hsE '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list |
            sed -E 's/^[[:space:]]*deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/'
    } | grep -E "$1" | head -n 1
}
mirror="${FERRY_DEBIAN_MIRROR:-$(host_uri '/debian/?$' || true)}"
mirror="${mirror:-http://deb.debian.org/debian}"
security="$(host_uri '/debian-security/?$' || true)"

# 1. The package.
if [ -z "$deb" ]; then
    say "building the package in $build_dir"
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    cmake --build "$build_dir" --target ferry >/dev/null
    rm -f "$build_dir"/ferry_*.deb
    (cd "$build_dir" && cpack -G DEB >/dev/null)
    debs=("$build_dir"/ferry_*.deb)
    deb="${debs[0]}"
fi
[ -f "$deb" ] || { say "FAILED: no package at $deb"; exit 1; }
say "package: $deb"
version="$(dpkg-deb -f "$deb" Version)"

# 2. A clean Debian root, from the cache when there is one.
tarball="$cache/debootstrap-$suite-$arch-minbase.tar.gz"
root="$(mktemp -d /var/tmp/ferry-chroot.XXXXXX)"
mounted=()
# shellcheck disable=SC2317 # called through the trap
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    if [ "$keep" = 1 ]; then
        say "chroot kept at $root"
    else
        # Only after every mount is gone: never delete through a bind mount.
        if ! findmnt -rno TARGET | grep -q "^$root"; then rm -rf --one-file-system "$root"; fi
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -f "$tarball" ]; then
    say "unpacking the cached $suite root ($tarball)"
    tar -xzf "$tarball" -C "$root" --numeric-owner
else
    say "debootstrap $suite ($arch, minbase) from $mirror (cached afterwards)"
    debootstrap --variant=minbase --arch="$arch" "$suite" "$root" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
        tail -n 20 "$cache/debootstrap.log"
        say "FAILED: debootstrap (log: $cache/debootstrap.log)"
        exit 1
    }
    rm -f "$root"/var/cache/apt/archives/*.deb
    tar -czf "$tarball.part" -C "$root" --numeric-owner . && mv "$tarball.part" "$tarball"
fi

{
    echo "deb $mirror $suite main"
    echo "deb $mirror $suite-updates main"
    if [ -n "$security" ]; then echo "deb $security $suite-security main"; fi
} >"$root/etc/apt/sources.list"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

mount_in() { # mount_in TARGET MOUNT-ARGS...
    local target="$root$1"
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
}
mount_in /proc -t proc proc
mount_in /sys -t sysfs sysfs
mount_in /dev --bind /dev
mount_in /dev/pts --bind /dev/pts
mount_in /var/cache/apt/archives --bind "$cache/apt-archives"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

# 3. Install: apt-get must resolve every dependency the package declares.
cp "$deb" "$root/tmp/"
say "apt-get update"
in_root apt-get -o APT::Sandbox::User=root update -q >"$cache/chroot-apt.log" 2>&1 || { tail -n 20 "$cache/chroot-apt.log"; say "FAILED: apt-get update"; exit 1; }
say "apt-get install ./$(basename "$deb")"
if ! in_root sh -c "cd /tmp && apt-get -o APT::Sandbox::User=root install -y -q --no-install-recommends ./$(basename "$deb")" \
        >>"$cache/chroot-apt.log" 2>&1; then
    tail -n 30 "$cache/chroot-apt.log"
    say "FAILED: the package does not install on a clean $suite (log: $cache/chroot-apt.log)"
    exit 1
fi
# shellcheck disable=SC2016 # dpkg-query's own ${fields}
say "installed: $(in_root dpkg-query -W -f='${Package} ${Version} ${Status}' ferry)"

# 4. Run it.
failures=0
check() { # check DESCRIPTION COMMAND...
    local description="$1" output rc=0
    shift
    output="$(in_root "$@" 2>&1)" || rc=$?
    if [ "$rc" -eq 0 ]; then say "ok:   $description"; else say "FAIL: $description (exit $rc)"; failures=$((failures + 1)); fi
    printf '%s\n' "$output" | head -n 12 | sed 's/^/        | /'
    return 0
}

missing="$(in_root ldd /usr/bin/ferry | grep 'not found' || true)"
if [ -z "$missing" ]; then say "ok:   every shared library of /usr/bin/ferry resolves"; else
    say "FAIL: unresolved libraries:"; echo "$missing"; failures=$((failures + 1)); fi

actual_version="$(in_root ferry --version 2>&1 || true)"
if [ "$actual_version" = "ferry $version" ]; then say "ok:   ferry --version -> $actual_version"; else
    say "FAIL: ferry --version printed '$actual_version', expected 'ferry $version'"; failures=$((failures + 1)); fi

serve_rc=0
serve_help="$(in_root ferry serve --help 2>&1)" || serve_rc=$?
if [ "$serve_rc" -eq 0 ]; then
    say "ok:   ferry serve --help"
    printf '%s\n' "$serve_help" | head -n 12 | sed 's/^/        | /'
else
    say "note: ferry serve --help exited $serve_rc (serve not available yet?): ${serve_help%%$'\n'*}"
    check "ferry --help" ferry --help
fi

for file in /usr/share/applications/io.github.ferry.Ferry.desktop \
            /usr/share/metainfo/io.github.ferry.Ferry.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.ferry.Ferry.svg \
            /usr/share/icons/hicolor/48x48/apps/io.github.ferry.Ferry.png; do
    if [ -f "$root$file" ]; then say "ok:   $file"; else say "FAIL: missing $file"; failures=$((failures + 1)); fi
done

# The window on the offscreen platform for 3 s: the GUI libraries and plugins load (124 = still running).
gui_rc=0
gui_output="$(in_root env QT_QPA_PLATFORM=offscreen timeout 3 ferry 2>&1)" || gui_rc=$?
if [ "$gui_rc" -eq 124 ]; then say "ok:   the main window starts (offscreen) and stays up"; else
    say "FAIL: the main window exited with $gui_rc: ${gui_output%%$'\n'*}"; failures=$((failures + 1)); fi

elapsed=$(($(date +%s) - started))
if [ "$failures" -eq 0 ]; then
    say "PASSED: $(basename "$deb") installs and runs on a clean Debian $suite ($elapsed s)"
    exit 0
fi
say "FAILED: $failures check(s) ($elapsed s)"
exit 1
