#!/bin/sh
# Runs a test binary against a private keyring: a D-Bus session bus of its own (dbus-run-session) with a
# gnome-keyring-daemon (the Secret Service that QtKeychain reaches through libsecret) whose fresh login
# keyring is unlocked with a known password, in a temporary HOME and XDG folders. The developer's own
# session bus, keyring and settings are never touched, and everything is removed afterwards: the daemon
# ends with the bus when the test exits.
#
#   tests/keychain/run-with-keyring.sh TEST_BINARY [ARGUMENTS...]
#
# The test learns what it got from the environment:
#   FERRY_KEYCHAIN_PRIVATE=1   the private keyring is up and unlocked
#   FERRY_KEYCHAIN_SKIP=TEXT   it is not, and why (a tool is missing, the daemon failed): the test skips
#                              its keychain cases with that reason
#   FERRY_KEYCHAIN_WORK=DIR    the temporary folder that holds HOME and the XDG folders
# Packages (Debian): dbus (dbus-run-session), gnome-keyring, libsecret-1-0 (loaded by QtKeychain);
# scripts/setup-test-peers.sh installs them, with libsecret-tools (secret-tool) for debugging.
set -eu

if [ "$#" -lt 1 ]; then
    echo "usage: $0 TEST_BINARY [ARGUMENTS...]" >&2
    exit 2
fi

# Inside the private session (second stage): unlock the keyring, then become the test.
if [ "${FERRY_KEYRING_STAGE:-}" = inner ]; then
    unset FERRY_KEYRING_STAGE
    # --unlock reads the password on standard input, creates the login keyring with it if there is none,
    # and starts the daemon in the background on this session bus.
    if printf '%s' "${FERRY_KEYRING_PASSWORD}" |
        gnome-keyring-daemon --unlock --components=secrets >"${FERRY_KEYCHAIN_WORK}/daemon.env" \
            2>"${FERRY_KEYCHAIN_WORK}/daemon.log"; then
        export FERRY_KEYCHAIN_PRIVATE=1
    else
        FERRY_KEYCHAIN_SKIP="gnome-keyring-daemon --unlock failed: $(tr '\n' ' ' <"${FERRY_KEYCHAIN_WORK}/daemon.log")"
        export FERRY_KEYCHAIN_SKIP
    fi
    unset FERRY_KEYRING_PASSWORD
    exec "$@"
fi

missing=""
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "${tool}" >/dev/null 2>&1; then
        missing="${missing:+${missing}, }${tool}"
    fi
done
if [ -n "${missing}" ]; then
    FERRY_KEYCHAIN_SKIP="${missing} not found (Debian packages dbus and gnome-keyring; scripts/setup-test-peers.sh installs them)"
    export FERRY_KEYCHAIN_SKIP
    exec "$@"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/ferry-keyring.XXXXXX")"
# shellcheck disable=SC2317 # called by the trap
cleanup() { rm -rf "${work}"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "${work}/home" "${work}/config" "${work}/data" "${work}/cache" "${work}/runtime"
chmod 700 "${work}" "${work}/runtime"

export HOME="${work}/home"
export XDG_CONFIG_HOME="${work}/config"
export XDG_DATA_HOME="${work}/data"
export XDG_CACHE_HOME="${work}/cache"
export XDG_RUNTIME_DIR="${work}/runtime"
export FERRY_KEYCHAIN_WORK="${work}"
export FERRY_KEYRING_PASSWORD="ferry-keyring-test"
export FERRY_KEYRING_STAGE=inner
# Nothing from the caller's desktop session: no display to prompt on, no other bus, no other keyring.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK \
    XDG_CURRENT_DESKTOP XDG_SESSION_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION \
    FERRY_KEYCHAIN_PRIVATE FERRY_KEYCHAIN_SKIP || true

status=0
dbus-run-session -- sh "$0" "$@" || status=$?
exit "${status}"
