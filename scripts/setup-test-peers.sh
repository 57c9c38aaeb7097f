#!/usr/bin/env bash
# Prepares a Debian 12 / Ubuntu machine for Ferry's integration tests with real FTP peers
# (tests/support: VsftpdServer, PyftpdlibServer, BoardServer). Idempotent: run it as often as you like.
#
#   bash scripts/setup-test-peers.sh        # as root, or as a user with sudo
#
# What it does:
#   1. apt-get installs vsftpd, python3-pyftpdlib, python3-openssl (pyftpdlib's FTPS), openssl (the
#      FTPS tests' certificates), curl, lftp, dbus, gnome-keyring, libsecret-1-0 and
#      libsecret-tools (tests/keychain) if any is missing
#      (one `apt-get update` first, non-interactive, --no-install-recommends). Service start-up during
#      the install is blocked with a temporary /usr/sbin/policy-rc.d, so no daemon takes port 21.
#   2. Stops a system vsftpd daemon (the one on /etc/vsftpd.conf, port 21) if one is running.
#      The test harness starts its own vsftpd instances on loopback high ports with private configs.
#   3. Creates the system user ferrytest (password ferrytest-pw, shell /usr/sbin/nologin) that
#      vsftpd peers log in as. The password is hashed with SHA-512 crypt at the minimum 1,000 rounds,
#      so each PAM login costs well under a millisecond instead of Debian's default yescrypt cost.
#   4. Writes /etc/pam.d/ferry-vsftpd (pam_unix auth + account only: no /etc/ftpusers, no
#      pam_shells, so the nologin shell is fine).
#
# The names below must match tests/support/vsftpdserver.cpp.
set -euo pipefail

readonly TEST_USER="ferrytest"
readonly TEST_PASSWORD="ferrytest-pw"
readonly TEST_HOME="/var/lib/ferrytest"
readonly PAM_SERVICE="ferry-vsftpd"
readonly PAM_FILE="/etc/pam.d/${PAM_SERVICE}"
readonly PACKAGES=(vsftpd python3-pyftpdlib python3-openssl openssl curl lftp dbus gnome-keyring libsecret-1-0
    libsecret-tools)

log() { printf '[setup-test-peers] %s\n' "$*"; }

# Re-run through sudo when not root.
if [[ ${EUID} -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        log "not root: re-running with sudo"
        exec sudo -- bash "${BASH_SOURCE[0]}" "$@"
    fi
    log "error: must run as root (and sudo is not available)" >&2
    exit 1
fi

# --- 1. packages --------------------------------------------------------------------------------
package_installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" == "installed" ]]
}

missing=()
for package in "${PACKAGES[@]}"; do
    if package_installed "${package}"; then
        log "package ${package}: already installed"
    else
        missing+=("${package}")
    fi
done

if ((${#missing[@]} > 0)); then
    # Keep maintainer scripts from starting vsftpd on port 21 (no systemd here; invoke-rc.d would
    # run /etc/init.d/vsftpd start). Only add our own policy file, never touch an existing one.
    policy_file="/usr/sbin/policy-rc.d"
    own_policy=0
    if [[ ! -e ${policy_file} ]]; then
        printf '#!/bin/sh\n# temporary, from Ferry scripts/setup-test-peers.sh\nexit 101\n' >"${policy_file}"
        chmod 0755 "${policy_file}"
        own_policy=1
        trap 'rm -f "${policy_file}"' EXIT
        log "blocking service start-up during the install with a temporary ${policy_file}"
    fi
    export DEBIAN_FRONTEND=noninteractive
    log "apt-get update"
    apt-get update -q
    log "apt-get install ${missing[*]}"
    apt-get install -y -q --no-install-recommends "${missing[@]}"
    if ((own_policy)); then
        rm -f "${policy_file}"
        trap - EXIT
    fi
fi

# --- 2. no system vsftpd daemon -----------------------------------------------------------------
# Only the package's daemon: a vsftpd started without arguments or on /etc/vsftpd.conf. The
# harness's own instances always get a config file under a temporary folder and are left alone.
stop_system_vsftpd() {
    local dir pid cmdline stopped=0
    # /proc rather than pgrep: procps is not on a minimal Debian image.
    for dir in /proc/[0-9]*; do
        [[ "$(cat "${dir}/comm" 2>/dev/null || true)" == "vsftpd" ]] || continue
        pid="${dir#/proc/}"
        cmdline="$(tr '\0' ' ' <"${dir}/cmdline" 2>/dev/null || true)"
        cmdline="${cmdline% }"
        if [[ ${cmdline} == "/usr/sbin/vsftpd" || ${cmdline} == "/usr/sbin/vsftpd /etc/vsftpd.conf" \
            || ${cmdline} == "vsftpd" ]]; then
            log "stopping the system vsftpd daemon (pid ${pid}, '${cmdline}')"
            kill -TERM "${pid}" 2>/dev/null || true
            stopped=1
        fi
    done
    if ((stopped)); then
        rm -f /var/run/vsftpd/vsftpd.pid
    else
        log "no system vsftpd daemon running"
    fi
}
stop_system_vsftpd

# --- 3. test user -------------------------------------------------------------------------------
if getent passwd "${TEST_USER}" >/dev/null; then
    log "user ${TEST_USER}: exists"
else
    log "creating system user ${TEST_USER} (home ${TEST_HOME}, shell /usr/sbin/nologin)"
    useradd --system --user-group --create-home --home-dir "${TEST_HOME}" \
        --shell /usr/sbin/nologin --comment "Ferry FTP test peer" "${TEST_USER}"
fi

# The password is set only when the stored hash does not already verify, so reruns change nothing.
current_hash="$(getent shadow "${TEST_USER}" | cut -d: -f2 || true)"
# shellcheck disable=SC2016 # a literal crypt prefix, nothing to expand
if [[ ${current_hash} == '$6$rounds=1000$'* ]] \
    && [[ "$(perl -e 'print crypt($ARGV[0], $ARGV[1])' "${TEST_PASSWORD}" "${current_hash}")" == "${current_hash}" ]]; then
    log "user ${TEST_USER}: password already set (cheap SHA-512 crypt hash)"
else
    log "setting the password of ${TEST_USER} (SHA-512 crypt, 1000 rounds: fast logins)"
    printf '%s:%s\n' "${TEST_USER}" "${TEST_PASSWORD}" | chpasswd --crypt-method SHA512 --sha-rounds 1000
fi
# Never expire the account or the password (pam_unix account checks these).
chage --mindays 0 --maxdays -1 --inactive -1 --expiredate -1 "${TEST_USER}"

# --- 4. PAM service -----------------------------------------------------------------------------
pam_content="# PAM service for Ferry's vsftpd test peers (written by scripts/setup-test-peers.sh).
# pam_unix only: no /etc/ftpusers list, no pam_shells, no session modules.
auth     required  pam_unix.so
account  required  pam_unix.so
session  required  pam_permit.so
"
if [[ -f ${PAM_FILE} ]] && [[ "$(cat "${PAM_FILE}")" == "$(printf '%s' "${pam_content}")" ]]; then
    log "PAM service ${PAM_FILE}: up to date"
else
    log "writing PAM service ${PAM_FILE}"
    printf '%s' "${pam_content}" >"${PAM_FILE}"
    chmod 0644 "${PAM_FILE}"
fi

# --- summary ------------------------------------------------------------------------------------
log "vsftpd: $(command -v vsftpd || echo /usr/sbin/vsftpd)"
log "pyftpdlib: $(/usr/bin/python3 -c 'import pyftpdlib; print(pyftpdlib.__ver__)')" \
    "(for /usr/bin/python3)"
log "curl: $(curl --version 2>/dev/null | sed -n '1s/^curl \([^ ]*\).*/\1/p')," \
    "lftp: $(lftp --version 2>/dev/null | sed -n '1s/.*Version \([^ ]*\).*/\1/p')"
log "done"
