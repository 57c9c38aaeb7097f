#!/usr/bin/env bash
# Ferry's benchmarks: Ferry's figure, a peer's figure and their ratio, measured in the same run, on
# loopback. Not part of ctest. One command runs them all:
#
#   tests/bench/run-benchmarks.sh [--record] [--profile] [--rounds N] [--only NAMES] [--no-build]
#
#   --record     also write the figures into tests/bench/RESULTS.md (between the GENERATED markers,
#                with the machine and the date; the text around them is kept)
#   --profile    also profile `ferry get` of the big file to /dev/null with perf (if installed)
#   --rounds N   runs per measurement, the median is reported (default 5); competing commands
#                run alternately, so that other load on the machine hits them alike
#   --only NAMES comma-separated subset of: transfer,tcp,parse,listing,pane,mirror,server,servertls,
#                clienttls,stall,window
#   --no-build   use the binaries in the build folder as they are
#
# Environment: FERRY_BENCH_BUILD_DIR (default <source>/build-bench), FERRY_BENCH_SIZE (bytes of the big
# file, default 1 GiB), FERRY_BENCH_ENTRIES (default 100000), FERRY_BENCH_KEEP=1 keeps the work folder.
#
# What it does:
#   1. Configures and builds <build folder> (RelWithDebInfo, -DFERRY_BUILD_BENCHMARKS=ON, no GUI) unless
#      --no-build: the targets ferry, bench_peer, bench_tcp, bench_listing,
#      bench_server_stall, bench_ftps.
#   2. Runs scripts/setup-test-peers.sh (vsftpd, pyftpdlib, curl, lftp, the ferrytest user); installs
#      nothing else. vsftpd logs in a system user and chroots, so the runs need root (sudo is used).
#   3. Starts vsftpd with the integration tests' own configuration (tests/support/vsftpdserver.cpp, through
#      bench_peer) on 127.0.0.1 and a free high port, serving a temporary folder (on tmpfs when /dev/shm
#      has room) with the big file and a folder of FERRY_BENCH_ENTRIES files (sparse: varied sizes and
#      dates, no disk space).
#   4. Benchmarks: (a) download and upload of the big file, ferry vs curl, to a file and to /dev/null;
#      (b) the loopback TCP ceiling (bench_tcp); (c) the listing parsers (bench_listing) and listing the
#      big folder end to end, ferry ls vs curl and lftp, and the remote pane listing it (bench_remote_pane,
#      the window's event-loop stalls and memory; GUI builds only: FERRY_BENCH_BUILD_DIR); (d) Ferry's
#      server (ferry serve) vs vsftpd with curl as the client, and ferry mirror vs lftp mirror: each runs once `ferry serve --help` /
#      `ferry mirror --help` succeed, and prints "skipped: not implemented yet" until then; (e) the worst
#      event-loop stall of Ferry's server running in-process while curl downloads and uploads the big file
#      (bench_server_stall: a 1 ms timer in the server's thread), with the file in the page cache and not.
#      (f) Ferry's server vs vsftpd over FTPS (explicit, PROT P, the same self-signed certificate, session
#      reuse required by both), curl --ssl-reqd as the client, with the TLS version and cipher each used.
#      (g) Ferry's client vs curl --ssl-reqd over FTPS (bench_ftps: its own vsftpd with TLS, session reuse
#      required): ferry get/put and curl on the big file, speeds, ratios and each client's CPU seconds.
#      (h) the window's event-loop stalls while MainWindow downloads and uploads the big file against
#      vsftpd and ferry serve and uploads 2,000 x 4 KiB files to vsftpd (bench_window_transfer, which
#      starts its own servers; GUI builds only: FERRY_BENCH_BUILD_DIR).
#   5. Stops every process it started and removes every temporary file, also on Ctrl-C or failure.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOURCE_DIR="$(cd "${SCRIPT_DIR}/../.." && pwd)"
readonly SCRIPT_DIR SOURCE_DIR
readonly BUILD_DIR="${FERRY_BENCH_BUILD_DIR:-${SOURCE_DIR}/build-bench}"
readonly BIG_SIZE="${FERRY_BENCH_SIZE:-1073741824}"
readonly ENTRIES="${FERRY_BENCH_ENTRIES:-100000}"
readonly RESULTS_FILE="${SCRIPT_DIR}/RESULTS.md"
readonly PYTHON=/usr/bin/python3

FERRY="${BUILD_DIR}/app/ferry"
BENCH_PEER="${BUILD_DIR}/tests/bench/bench_peer"
BENCH_TCP="${BUILD_DIR}/tests/bench/bench_tcp"
BENCH_LISTING="${BUILD_DIR}/tests/bench/bench_listing"
BENCH_SERVER_STALL="${BUILD_DIR}/tests/bench/bench_server_stall"
BENCH_FTPS="${BUILD_DIR}/tests/bench/bench_ftps"
BENCH_REMOTE_PANE="${BUILD_DIR}/tests/bench/bench_remote_pane" # GUI builds only
BENCH_WINDOW_TRANSFER="${BUILD_DIR}/tests/bench/bench_window_transfer" # GUI builds only

record=0
profile=0
rounds=5
only="transfer,tcp,parse,listing,pane,mirror,server,servertls,clienttls,stall,window"
build=1
original_args=("$@")

log() { printf '[bench] %s\n' "$*" >&2; }
die() {
    printf '[bench] error: %s\n' "$*" >&2
    exit 1
}

while (($# > 0)); do
    case "$1" in
    --record) record=1 ;;
    --profile) profile=1 ;;
    --rounds)
        rounds="${2:?--rounds needs a number}"
        shift
        ;;
    --only)
        only="${2:?--only needs a list}"
        shift
        ;;
    --no-build) build=0 ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
        exit 0
        ;;
    *) die "unknown argument $1 (see --help)" ;;
    esac
    shift
done
[[ ${rounds} =~ ^[1-9][0-9]*$ ]] || die "--rounds must be a positive number"

wanted() { [[ ",${only}," == *",$1,"* ]]; }

# --- 1. build ------------------------------------------------------------------------------------------
build_binaries() {
    local generator=()
    if [[ ! -f ${BUILD_DIR}/CMakeCache.txt ]] && command -v ninja >/dev/null 2>&1; then
        generator=(-G Ninja)
    fi
    log "configuring ${BUILD_DIR}"
    mkdir -p "${BUILD_DIR}"
    cmake -S "${SOURCE_DIR}" -B "${BUILD_DIR}" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DFERRY_BUILD_GUI=OFF -DFERRY_BUILD_TESTS=ON -DFERRY_BUILD_BENCHMARKS=ON >"${BUILD_DIR}/bench-build.log" 2>&1 ||
        die "cmake failed, see ${BUILD_DIR}/bench-build.log"
    if [[ ! -d ${BUILD_DIR}/tests/bench ]]; then
        die "the build does not know tests/bench: the top-level CMakeLists.txt needs the option" \
            "FERRY_BUILD_BENCHMARKS and tests/CMakeLists.txt 'add_subdirectory(bench)' (see tests/bench/RESULTS.md)"
    fi
    log "building ferry and the benchmark programs"
    cmake --build "${BUILD_DIR}" --target ferry bench_peer bench_tcp bench_listing bench_server_stall bench_ftps >>"${BUILD_DIR}/bench-build.log" 2>&1 ||
        die "the build failed, see ${BUILD_DIR}/bench-build.log"
}

if ((build)); then
    build_binaries
fi
for binary in "${FERRY}" "${BENCH_PEER}" "${BENCH_TCP}" "${BENCH_LISTING}" "${BENCH_SERVER_STALL}" "${BENCH_FTPS}"; do
    [[ -x ${binary} ]] || die "${binary} is missing: run without --no-build"
done

# --- 2. root, peers --------------------------------------------------------------------------------------
if [[ ${EUID} -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "vsftpd peers need root, and sudo is not available"
    log "vsftpd logs in a system user: continuing as root through sudo (the build stays yours)"
    exec sudo --preserve-env=FERRY_BENCH_BUILD_DIR,FERRY_BENCH_SIZE,FERRY_BENCH_ENTRIES,FERRY_BENCH_KEEP \
        -- bash "${BASH_SOURCE[0]}" "${original_args[@]}" --no-build
fi
log "checking the test peers (scripts/setup-test-peers.sh)"
setup_log="$(mktemp "${TMPDIR:-/tmp}/ferry-bench-setup.XXXXXX")"
if ! bash "${SOURCE_DIR}/scripts/setup-test-peers.sh" >"${setup_log}" 2>&1; then
    cat "${setup_log}" >&2
    rm -f "${setup_log}"
    die "scripts/setup-test-peers.sh failed"
fi
rm -f "${setup_log}"

# --- work folder, clean-up ---------------------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ferry-bench.XXXXXX")"
PEER_PID=""
SERVE_PID=""
SERVE_DIR=""
stop_serve() {
    if [[ -n ${SERVE_PID} ]] && kill -0 "${SERVE_PID}" 2>/dev/null; then
        kill -TERM "${SERVE_PID}" 2>/dev/null || true
        wait "${SERVE_PID}" 2>/dev/null || true
    fi
    SERVE_PID=""
    if [[ -n ${SERVE_DIR} ]]; then
        rm -rf "${SERVE_DIR}"
        SERVE_DIR=""
    fi
}
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_serve
    if declare -F stop_tls_vsftpd >/dev/null; then stop_tls_vsftpd; fi
    if [[ -n ${PEER_PID} ]] && kill -0 "${PEER_PID}" 2>/dev/null; then
        # bench_peer stops vsftpd and its sessions on SIGTERM (and removes the served folder).
        kill -TERM "${PEER_PID}" 2>/dev/null || true
        wait "${PEER_PID}" 2>/dev/null || true
    fi
    if [[ ${FERRY_BENCH_KEEP:-0} == 1 ]]; then
        log "kept ${WORK}"
    else
        rm -rf "${WORK}"
    fi
    exit "${status}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

RESULTS="${WORK}/results.md"
: >"${RESULTS}"
out() { printf '%s\n' "$*" | tee -a "${RESULTS}"; }

# --- measuring -------------------------------------------------------------------------------------------
# measure COMMAND...: runs COMMAND once with its standard output to /dev/null and prints
# "seconds max_rss_kib cpu_seconds": wall time, the peak resident memory of the command and the processor
# time it used (user + system, its children included). Fails if the command fails.
readonly MEASURE_PY='
import resource, subprocess, sys, time
command = sys.argv[1:]
start = time.perf_counter()
done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
if done.returncode != 0:
    sys.stderr.write(done.stderr.decode(errors="replace"))
    sys.exit("command failed (%d): %s" % (done.returncode, " ".join(command)))
print("%.6f %d %.3f" % (seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime))
'
measure() { "${PYTHON}" -c "${MEASURE_PY}" "$@"; }

# median NUMBERS...
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# max NUMBERS...
maximum() { printf '%s\n' "$@" | sort -g | tail -n 1; }
# ratio A B: A / B with two decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
mbps() { awk -v bytes="$1" -v s="$2" 'BEGIN { printf "%.0f", bytes / s / 1e6 }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
seconds3() { awk -v s="$1" 'BEGIN { printf "%.3f", s }'; }

# round_robin PREPARE NAME...: measures the commands in the arrays cmd_NAME, `rounds` times each,
# alternating between them (the order rotates every round) so that other load on the machine hits all of
# them alike. PREPARE (a function, or -) runs before every command, with NAME as its argument.
# Results: R_SECONDS[NAME] (median), R_RSS[NAME] (max, KiB), R_CPU[NAME] (median processor seconds).
declare -A R_SECONDS R_RSS R_CPU
round_robin() {
    local prepare="$1"
    shift
    local names=("$@") order=() name line s r c i
    local -A all_times all_rss all_cpu
    for ((i = 0; i < rounds; ++i)); do
        order=("${names[@]:i % ${#names[@]}}" "${names[@]:0:i % ${#names[@]}}")
        for name in "${order[@]}"; do
            local -n command="cmd_${name}"
            [[ ${prepare} == - ]] || "${prepare}" "${name}"
            line="$(measure "${command[@]}")" || die "measurement failed: ${command[*]}"
            unset -n command
            read -r s r c <<<"${line}"
            all_times[${name}]+=" ${s}"
            all_rss[${name}]+=" ${r}"
            all_cpu[${name}]+=" ${c}"
        done
    done
    for name in "${names[@]}"; do
        # shellcheck disable=SC2086 # word splitting of the collected numbers is wanted
        R_SECONDS[${name}]="$(median ${all_times[${name}]})"
        # shellcheck disable=SC2086
        R_RSS[${name}]="$(maximum ${all_rss[${name}]})"
        # shellcheck disable=SC2086
        R_CPU[${name}]="$(median ${all_cpu[${name}]})"
    done
}

# A command runs when `ferry CMD --help` succeeds and does not say it is not available yet.
ferry_has() {
    local help
    help="$("${FERRY}" "$1" --help 2>&1)" || return 1
    ! grep -qi 'not yet available' <<<"${help}"
}

have_mirror=0
have_serve=0
ferry_has mirror && have_mirror=1
ferry_has serve && have_serve=1

# --- 3. the peer -------------------------------------------------------------------------------------------
peer_args=(--peer vsftpd --dir upload)
if wanted transfer || [[ ${profile} == 1 ]] || { { wanted server || wanted servertls; } && ((have_serve)); }; then
    peer_args+=(--file "big.bin:${BIG_SIZE}")
fi
if wanted listing || wanted pane; then
    peer_args+=(--listing "many:${ENTRIES}")
fi
if wanted mirror && ((have_mirror)); then
    peer_args+=(--files "small:2000:4096" --files "large:200:1048576" --dir mirror-up)
fi
# The served folder lives on tmpfs when there is room, so that uploads measure the transfer, not the
# server's disk (downloads "to a file" still write to the client's disk, in WORK).
PEER_TMPDIR="${TMPDIR:-/tmp}"
shm_free="$(df --output=avail -B1 /dev/shm 2>/dev/null | tail -n 1 || echo 0)"
if [[ ${shm_free} =~ ^[0-9]+$ ]] && ((shm_free > 3 * BIG_SIZE)); then
    PEER_TMPDIR=/dev/shm
fi
log "starting vsftpd (bench_peer ${peer_args[*]}) in ${PEER_TMPDIR}"
coproc PEER { TMPDIR="${PEER_TMPDIR}" exec "${BENCH_PEER}" "${peer_args[@]}" 2>"${WORK}/peer.log"; }
ready=""
if ! read -r -t 600 -u "${PEER[0]}" ready || [[ ${ready} != READY* ]]; then
    cat "${WORK}/peer.log" >&2 || true
    die "vsftpd did not start"
fi
read -r _ HOST PORT FTP_USER FTP_PASSWORD ROOT <<<"${ready}"
readonly URL="ftp://${FTP_USER}:${FTP_PASSWORD}@${HOST}:${PORT}"
log "vsftpd on ${HOST}:${PORT}, serving ${ROOT}"

# --- machine -------------------------------------------------------------------------------------------------
cpu_model="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
memory="$(free -h | awk '/^Mem:/ { print $2 }')"
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
load_before="$(load_average)"
if awk -v l="${load_before%% *}" 'BEGIN { exit !(l > 1.0) }'; then
    log "warning: the machine is busy (load average ${load_before}): other processes share the cores and" \
        "the figures will be lower and noisier than on an idle machine"
fi
out "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -n): ${cpu_model:-unknown CPU}, $(nproc) cores" \
    "(nproc), ${memory} memory (free -h), Linux $(uname -r); load average before the run: ${load_before}."
commit="$(git -C "${SOURCE_DIR}" describe --always --dirty 2>/dev/null || echo 'not from a git checkout')"
out "$("${FERRY}" --version 2>&1 | head -n 1) (${commit}), $(curl --version | head -n 1 | cut -d' ' -f1-2)," \
    "lftp $(lftp --version | head -n 1 | grep -o 'Version [0-9.]*' | cut -d' ' -f2)," \
    "vsftpd $(dpkg-query -W -f='${Version}' vsftpd 2>/dev/null || echo '?')." \
    "Median of ${rounds} runs; MB = 10^6 bytes; ratio = Ferry / peer (above 1: Ferry is faster for speeds," \
    "slower for times); RSS = peak resident memory of the client process."
out ""

# shellcheck disable=SC2034 # used through round_robin's name reference
{
    cmd_tcp_256k=("${BENCH_TCP}" "${BIG_SIZE}" 262144)
    cmd_tcp_16k=("${BENCH_TCP}" "${BIG_SIZE}" 16384)
}

# --- (a) transfers -------------------------------------------------------------------------------------------
download_target="${WORK}/download.bin"
upload_source="${WORK}/upload.bin"
remove_download() {
    rm -f "${download_target}" "${WORK}/.download.bin.ferry-part"
    sync
}
remove_upload() {
    rm -f "${ROOT}/upload/upload.bin"
    sync
}

bench_transfer() {
    local size_mb
    size_mb="$(awk -v b="${BIG_SIZE}" 'BEGIN { printf "%.0f", b / 1048576 }')"
    log "(a) transfers of ${size_mb} MiB: ferry vs curl"
    cp "${ROOT}/big.bin" "${upload_source}"
    mkdir -p "${WORK}/check"

    # Correctness first, once per client and direction, outside the timed runs.
    "${FERRY}" get "${URL}/big.bin" "${WORK}/check/ferry.bin" 2>/dev/null
    cmp -s "${ROOT}/big.bin" "${WORK}/check/ferry.bin" || die "ferry get delivered other bytes"
    rm -f "${WORK}/check/ferry.bin"
    "${FERRY}" put "${upload_source}" "${URL}/upload/" 2>/dev/null
    cmp -s "${upload_source}" "${ROOT}/upload/upload.bin" || die "ferry put stored other bytes"
    remove_upload

    # shellcheck disable=SC2034 # used through round_robin's name reference
    {
        cmd_ferry_null=("${FERRY}" get "${URL}/big.bin" -)
        cmd_curl_null=(curl -sS -o /dev/null "${URL}/big.bin")
        cmd_ferry_file=("${FERRY}" get "${URL}/big.bin" "${download_target}")
        cmd_curl_file=(curl -sS -o "${download_target}" "${URL}/big.bin")
        cmd_ferry_up=("${FERRY}" put "${upload_source}" "${URL}/upload/")
        cmd_curl_up=(curl -sS -T "${upload_source}" "${URL}/upload/upload.bin")
    }
    # The loopback ceiling runs in the same rounds, so that it meets the same load on the machine.
    local null_set=(ferry_null curl_null)
    if wanted tcp; then null_set+=(tcp_256k tcp_16k); fi
    round_robin - "${null_set[@]}"
    round_robin remove_download ferry_file curl_file
    remove_download
    round_robin remove_upload ferry_up curl_up
    remove_upload
    rm -f "${upload_source}"

    out "### (a) One file of ${size_mb} MiB against vsftpd (passive mode)"
    out ""
    out "vsftpd serves a folder in ${PEER_TMPDIR}$([[ ${PEER_TMPDIR} == /dev/shm ]] && echo ' (tmpfs: uploads do not wait for a disk)');" \
        "downloads to a file write to ${WORK%/*} on the client's side."
    out ""
    out "| transfer | ferry MB/s | curl MB/s | ratio | ferry CPU s | curl CPU s | ferry RSS MiB | curl RSS MiB |"
    out "|---|---:|---:|---:|---:|---:|---:|---:|"
    local row label f c
    for row in "null:download to /dev/null (\`ferry get URL -\`)" "file:download to a file" "up:upload (\`ferry put\` / \`curl -T\`)"; do
        label="${row#*:}"
        f="ferry_${row%%:*}"
        c="curl_${row%%:*}"
        out "| ${label} | $(mbps "${BIG_SIZE}" "${R_SECONDS[${f}]}") | $(mbps "${BIG_SIZE}" "${R_SECONDS[${c}]}") |" \
            "$(ratio "${R_SECONDS[${c}]}" "${R_SECONDS[${f}]}") | ${R_CPU[${f}]} | ${R_CPU[${c}]} |" \
            "$(mib "${R_RSS[${f}]}") | $(mib "${R_RSS[${c}]}") |"
    done
    out ""
}

# --- (b) loopback TCP ceiling ----------------------------------------------------------------------------------
bench_tcp() {
    log "(b) loopback TCP ceiling"
    if [[ -z ${R_SECONDS[tcp_256k]:-} ]]; then
        round_robin - tcp_256k tcp_16k
    fi
    out "### (b) Loopback TCP ceiling (bench_tcp: plain sockets, ${BIG_SIZE} bytes from memory, thrown away)"
    out ""
    out "Measured in the same alternating rounds as the downloads to /dev/null above (when both run)."
    out ""
    out "| writes of | MB/s | ferry get to /dev/null, share of this |"
    out "|---|---:|---:|"
    local chunk share
    for chunk in 256k 16k; do
        share="n/a"
        if [[ -n ${R_SECONDS[ferry_null]:-} ]]; then
            share="$(awk -v t="${R_SECONDS[tcp_${chunk}]}" -v f="${R_SECONDS[ferry_null]}" 'BEGIN { printf "%.0f %%", 100 * t / f }')"
        fi
        out "| ${chunk/k/ KiB}$([[ ${chunk} == 256k ]] && echo " (Ferry's chunk)") |" \
            "$(mbps "${BIG_SIZE}" "${R_SECONDS[tcp_${chunk}]}") | ${share} |"
    done
    out ""
}

# --- (c) listings ------------------------------------------------------------------------------------------------
bench_parse() {
    log "(c) listing parsers on ${ENTRIES} generated entries"
    out "### (c) Listing parsers on ${ENTRIES} generated entries (bench_listing, best of ${rounds})"
    out ""
    "${BENCH_LISTING}" "${ENTRIES}" "${rounds}" | tee -a "${RESULTS}" || die "bench_listing failed"
    # The same LIST parse with TZ=UTC: glibc then does not look at /etc/localtime on every local-time
    # conversion. The difference is what those look-ups cost (see RESULTS.md).
    TZ=UTC "${BENCH_LISTING}" --format list "${ENTRIES}" "${rounds}" | sed 's/^| LIST (UNIX) |/| LIST (UNIX), TZ=UTC |/' |
        tee -a "${RESULTS}" || die "bench_listing failed"
    out ""
}

bench_listing() {
    log "(c) listing a folder of ${ENTRIES} files: ferry ls vs curl vs lftp"
    local count
    count="$("${FERRY}" ls "${URL}/many/" | wc -l)"
    [[ ${count} -eq ${ENTRIES} ]] || die "ferry ls listed ${count} of ${ENTRIES} entries"
    count="$(lftp -u "${FTP_USER},${FTP_PASSWORD}" -e "set net:max-retries 1; cls -1 many/; quit" \
        "ftp://${HOST}:${PORT}" | wc -l)"
    [[ ${count} -eq ${ENTRIES} ]] || die "lftp cls listed ${count} of ${ENTRIES} entries"

    local lftp_cls=(lftp -u "${FTP_USER},${FTP_PASSWORD}" -e "set net:max-retries 1; cls -1 many/; quit" "ftp://${HOST}:${PORT}")
    # shellcheck disable=SC2034 # used through round_robin's name reference
    {
        cmd_ferry=("${FERRY}" ls "${URL}/many/")
        cmd_ferry_long=("${FERRY}" ls -l "${URL}/many/")
        cmd_ferry_utc=(env TZ=UTC "${FERRY}" ls "${URL}/many/")
        cmd_curl_list=(curl -sS "${URL}/many/")
        cmd_curl_nlst=(curl -sS -l "${URL}/many/")
        cmd_lftp=("${lftp_cls[@]}")
    }
    round_robin - ferry ferry_long ferry_utc curl_list curl_nlst lftp
    local -A secs rss
    for name in ferry ferry_long ferry_utc curl_list curl_nlst lftp; do
        secs[${name}]="${R_SECONDS[${name}]}"
        rss[${name}]="${R_RSS[${name}]}"
    done

    out "### (c) Listing a folder of ${ENTRIES} files served by vsftpd, end to end"
    out ""
    out "Each client connects, logs in, lists and prints to /dev/null; vsftpd answers LIST (it has no MLSD)."
    out ""
    out "| client | what it does | seconds | RSS MiB | time ferry ls / this (above 1: ferry slower) |"
    out "|---|---|---:|---:|---:|"
    out "| \`ferry ls\` | LIST, parse, print names | $(seconds3 "${secs[ferry]}") | $(mib "${rss[ferry]}") | 1.00 |"
    out "| \`ferry ls -l\` | LIST, parse, print long lines | $(seconds3 "${secs[ferry_long]}") | $(mib "${rss[ferry_long]}") |" \
        "$(ratio "${secs[ferry]}" "${secs[ferry_long]}") |"
    out "| \`TZ=UTC ferry ls\` | the same, without glibc's time-zone file checks | $(seconds3 "${secs[ferry_utc]}") |" \
        "$(mib "${rss[ferry_utc]}") | $(ratio "${secs[ferry]}" "${secs[ferry_utc]}") |"
    out "| \`curl URL/\` | LIST, print raw lines (no parsing) | $(seconds3 "${secs[curl_list]}") | $(mib "${rss[curl_list]}") |" \
        "$(ratio "${secs[ferry]}" "${secs[curl_list]}") |"
    out "| \`curl -l URL/\` | NLST, print names | $(seconds3 "${secs[curl_nlst]}") | $(mib "${rss[curl_nlst]}") |" \
        "$(ratio "${secs[ferry]}" "${secs[curl_nlst]}") |"
    out "| \`lftp cls -1\` | LIST, parse, print names | $(seconds3 "${secs[lftp]}") | $(mib "${rss[lftp]}") |" \
        "$(ratio "${secs[ferry]}" "${secs[lftp]}") |"
    out ""
}

# The remote pane (GUI build only: the script's own build has no GUI, so point FERRY_BENCH_BUILD_DIR at a
# build with it): the window's event-loop stalls and memory while it lists the folder of ENTRIES files.
bench_pane() {
    out "### (c) The remote pane listing the folder of ${ENTRIES} files (bench_remote_pane, median of ${rounds})"
    out ""
    if [[ ! -x ${BENCH_REMOTE_PANE} ]]; then
        log "(c) remote pane: skipped: ${BENCH_REMOTE_PANE} is missing (a build without the GUI)"
        out "skipped: bench_remote_pane is not built (the build has no GUI)"
        out ""
        return
    fi
    log "(c) the remote pane listing ${ENTRIES} files"
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "${BENCH_REMOTE_PANE}" "${URL}/many/" --rounds "${rounds}" |
        tee -a "${RESULTS}" || die "bench_remote_pane failed"
    out ""
}

# --- (h) the window during transfers ------------------------------------------------------------------------------
# bench_window_transfer starts vsftpd (tests/support) and `ferry serve` itself; its files (the window's
# download of the big file's size, the servers' stored uploads) go where the peer's do (tmpfs when there is
# room): vsftpd's session user must reach them, and an upload measures the window, not the disk.
bench_window() {
    local size_mib
    size_mib="$(awk -v b="${BIG_SIZE}" 'BEGIN { printf "%d", b / 1048576 }')"
    ((size_mib > 0)) || size_mib=1
    out "### (h) The window's event-loop stalls during transfers (bench_window_transfer, ${size_mib} MiB, median of ${rounds})"
    out ""
    if [[ ! -x ${BENCH_WINDOW_TRANSFER} ]]; then
        log "(h) window: skipped: ${BENCH_WINDOW_TRANSFER} is missing (a build without the GUI)"
        out "skipped: bench_window_transfer is not built (the build has no GUI)"
        out ""
        return
    fi
    log "(h) the window's stalls while it transfers ${size_mib} MiB and 2,000 small files"
    TMPDIR="${PEER_TMPDIR}" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "${BENCH_WINDOW_TRANSFER}" \
        --rounds "${rounds}" --size "${size_mib}" --ferry "${FERRY}" 2>"${WORK}/window.log" |
        tee -a "${RESULTS}" || die "bench_window_transfer failed: $(tail -n 5 "${WORK}/window.log")"
    out ""
}

# --- (d) not implemented yet: mirror, Ferry's server ---------------------------------------------------------------
# `ferry mirror` (app/mirrorcommand.cpp) takes its arguments in this order:
#   ferry mirror --parallel 4 URL/DIR/ LOCALDIR     (download)
#   ferry mirror --parallel 4 LOCALDIR URL/DIR/     (upload: the URL is the target)
MIRROR_SET=""
# clear_mirror_local/remote WHO: removes ferry's copy (WHO ferry_*), lftp's (lftp_*) or both (all).
clear_mirror_local() {
    [[ $1 == lftp* ]] || rm -rf "${WORK}/ferry-${MIRROR_SET}"
    [[ $1 == ferry* ]] || rm -rf "${WORK}/lftp-${MIRROR_SET}"
}
clear_mirror_remote() {
    [[ $1 == lftp* ]] || rm -rf "${ROOT}/mirror-up/ferry-${MIRROR_SET}"
    [[ $1 == ferry* ]] || rm -rf "${ROOT}/mirror-up/lftp-${MIRROR_SET}"
}

bench_mirror() {
    out "### (d) Mirror against vsftpd, 4 in parallel: ferry vs lftp"
    out ""
    if ! ((have_mirror)); then
        log "(d) mirror: skipped: not implemented yet"
        out "skipped: not implemented yet (\`ferry mirror --help\` does not succeed)"
        out ""
        return
    fi
    log "(d) mirror: ferry vs lftp, 2000 x 4 KiB and 200 x 1 MiB, both directions"
    out "| folder | direction | ferry s | lftp s | ratio (lftp / ferry, above 1: ferry faster) |"
    out "|---|---|---:|---:|---:|"
    local lftp_site=(lftp -u "${FTP_USER},${FTP_PASSWORD}")
    local set label
    for set in small large; do
        MIRROR_SET="${set}"
        label="$([[ ${set} == small ]] && echo '2000 x 4 KiB' || echo '200 x 1 MiB')"
        cp -r "${ROOT}/${set}" "${WORK}/source-${set}"
        # shellcheck disable=SC2034 # used through round_robin's name reference
        {
            cmd_ferry_down=("${FERRY}" mirror --parallel 4 "${URL}/${set}/" "${WORK}/ferry-${set}")
            cmd_lftp_down=("${lftp_site[@]}" -e "set net:max-retries 1; mirror --parallel=4 ${set} ${WORK}/lftp-${set}; quit"
                "ftp://${HOST}:${PORT}")
            cmd_ferry_up=("${FERRY}" mirror --parallel 4 "${WORK}/source-${set}" "${URL}/mirror-up/ferry-${set}/")
            cmd_lftp_up=("${lftp_site[@]}" -e
                "set net:max-retries 1; mirror -R --parallel=4 ${WORK}/source-${set} mirror-up/lftp-${set}; quit"
                "ftp://${HOST}:${PORT}")
        }
        # The last run of each command leaves its copy: ferry's must equal the original.
        round_robin clear_mirror_local ferry_down lftp_down
        diff -rq "${ROOT}/${set}" "${WORK}/ferry-${set}" >/dev/null || die "ferry mirror downloaded another tree"
        clear_mirror_local all
        round_robin clear_mirror_remote ferry_up lftp_up
        diff -rq "${WORK}/source-${set}" "${ROOT}/mirror-up/ferry-${set}" >/dev/null ||
            die "ferry mirror uploaded another tree"
        clear_mirror_remote all
        rm -rf "${WORK}/source-${set}"
        out "| ${label} | download | $(seconds3 "${R_SECONDS[ferry_down]}") | $(seconds3 "${R_SECONDS[lftp_down]}") |" \
            "$(ratio "${R_SECONDS[lftp_down]}" "${R_SECONDS[ferry_down]}") |"
        out "| ${label} | upload | $(seconds3 "${R_SECONDS[ferry_up]}") | $(seconds3 "${R_SECONDS[lftp_up]}") |" \
            "$(ratio "${R_SECONDS[lftp_up]}" "${R_SECONDS[ferry_up]}") |"
    done
    out ""
}

# Ferry's server (`ferry serve DIR --bind ADDR --port 0 --user NAME:PASSWORD:rw`, stopped by SIGTERM) and
# vsftpd serve the same file from the same kind of folder (tmpfs when there is room); curl is the client.
clear_served_uploads() {
    rm -f "${SERVE_DIR}/upload/upload.bin" "${ROOT}/upload/upload.bin"
    sync
}

bench_server() {
    out "### (d) Ferry's server vs vsftpd, curl as the client"
    out ""
    if ! ((have_serve)); then
        log "(d) server: skipped: not implemented yet"
        out "skipped: not implemented yet (\`ferry serve --help\` says it is not available)"
        out ""
        return
    fi
    log "(d) server: ferry serve vs vsftpd, curl downloading and uploading the big file"
    SERVE_DIR="$(mktemp -d "${PEER_TMPDIR}/ferry-bench-serve.XXXXXX")"
    mkdir -p "${SERVE_DIR}/upload"
    cp "${ROOT}/big.bin" "${SERVE_DIR}/big.bin"
    local serve_port="" waited=0
    "${FERRY}" serve "${SERVE_DIR}" --bind 127.0.0.1 --port 0 --user bench:bench-pw:rw >"${WORK}/serve.log" 2>&1 &
    SERVE_PID=$!
    until [[ -n ${serve_port} ]]; do
        kill -0 "${SERVE_PID}" 2>/dev/null || die "ferry serve exited: $(cat "${WORK}/serve.log")"
        ((waited++ < 100)) || die "ferry serve did not start listening within 10 seconds"
        sleep 0.1
        serve_port="$(sed -n 's/.*Listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "${WORK}/serve.log" | head -n 1)"
    done
    local served="ftp://bench:bench-pw@127.0.0.1:${serve_port}"
    # shellcheck disable=SC2034 # used through round_robin's name reference
    {
        cmd_serve_down=(curl -sS -o /dev/null "${served}/big.bin")
        cmd_vsftpd_down=(curl -sS -o /dev/null "${URL}/big.bin")
        cmd_serve_up=(curl -sS -T "${SERVE_DIR}/big.bin" "${served}/upload/upload.bin")
        cmd_vsftpd_up=(curl -sS -T "${SERVE_DIR}/big.bin" "${URL}/upload/upload.bin")
    }
    round_robin - serve_down vsftpd_down
    round_robin clear_served_uploads serve_up vsftpd_up
    clear_served_uploads
    stop_serve
    out "| transfer (${BIG_SIZE} bytes) | ferry serve MB/s | vsftpd MB/s | ratio |"
    out "|---|---:|---:|---:|"
    out "| download to /dev/null | $(mbps "${BIG_SIZE}" "${R_SECONDS[serve_down]}") |" \
        "$(mbps "${BIG_SIZE}" "${R_SECONDS[vsftpd_down]}") | $(ratio "${R_SECONDS[vsftpd_down]}" "${R_SECONDS[serve_down]}") |"
    out "| upload | $(mbps "${BIG_SIZE}" "${R_SECONDS[serve_up]}") | $(mbps "${BIG_SIZE}" "${R_SECONDS[vsftpd_up]}") |" \
        "$(ratio "${R_SECONDS[vsftpd_up]}" "${R_SECONDS[serve_up]}") |"
    out ""
}

# --- (f) Ferry's server vs vsftpd over FTPS ----------------------------------------------------------------
# Both serve the big file from the same folder (bench_peer's, tmpfs when there is room) with the same
# certificate (the self-signed ECDSA P-256 one `ferry serve` makes, in a data folder of this run) and both
# require data connections to resume the control session (vsftpd's default, --tls-require-reuse); curl,
# explicit FTPS with PROT P (--ssl-reqd), is the client. vsftpd runs on a configuration of its own here
# (the tests' one plus ssl_enable), on 127.0.0.1 and a free port.
TLS_VSFTPD_PID=""
stop_tls_vsftpd() {
    if [[ -n ${TLS_VSFTPD_PID} ]] && kill -0 "${TLS_VSFTPD_PID}" 2>/dev/null; then
        kill -TERM "${TLS_VSFTPD_PID}" 2>/dev/null || true
        wait "${TLS_VSFTPD_PID}" 2>/dev/null || true
    fi
    TLS_VSFTPD_PID=""
}
free_port() { "${PYTHON}" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
tls_cipher() { curl -sS -v --ssl-reqd -k -o /dev/null "$1" 2>&1 | sed -n 's/.*SSL connection using \(.*\)$/\1/p' | head -n 1; }

bench_server_tls() {
    out "### (f) Ferry's server vs vsftpd over FTPS (explicit, PROT P, session reuse required), curl as the client"
    out ""
    if ! ((have_serve)); then
        out "skipped: \`ferry serve\` is not available"
        out ""
        return
    fi
    log "(f) server over FTPS: ferry serve vs vsftpd (ssl_enable), curl --ssl-reqd downloading and uploading the big file"
    SERVE_DIR="$(mktemp -d "${PEER_TMPDIR}/ferry-bench-serve.XXXXXX")"
    mkdir -p "${SERVE_DIR}/upload"
    cp "${ROOT}/big.bin" "${SERVE_DIR}/big.bin"
    local serve_port="" waited=0 certificate
    XDG_DATA_HOME="${WORK}/xdg" "${FERRY}" serve "${SERVE_DIR}" --bind 127.0.0.1 --port 0 --user bench:bench-pw:rw \
        --tls-require-reuse -v >"${WORK}/serve-tls.log" 2>&1 &
    SERVE_PID=$!
    until [[ -n ${serve_port} ]]; do
        kill -0 "${SERVE_PID}" 2>/dev/null || die "ferry serve exited: $(cat "${WORK}/serve-tls.log")"
        ((waited++ < 100)) || die "ferry serve did not start listening within 10 seconds"
        sleep 0.1
        serve_port="$(sed -n 's/.*Listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "${WORK}/serve-tls.log" | head -n 1)"
    done
    certificate="$(sed -n 's/^Certificate (self-signed[^)]*): //p' "${WORK}/serve-tls.log" | head -n 1)"
    [[ -f ${certificate} ]] || die "ferry serve printed no certificate file: $(cat "${WORK}/serve-tls.log")"

    local vsftpd_dir="${WORK}/vsftpd-tls" vsftpd_port passive_start
    mkdir -p "${vsftpd_dir}/empty"
    chmod 755 "${vsftpd_dir}/empty"
    vsftpd_port="$(free_port)"
    passive_start=$((40000 + RANDOM % 20000))
    cat >"${vsftpd_dir}/vsftpd.conf" <<CONF
listen=YES
listen_ipv6=NO
listen_address=127.0.0.1
listen_port=${vsftpd_port}
background=NO
anonymous_enable=NO
local_enable=YES
write_enable=YES
local_umask=022
chroot_local_user=YES
allow_writeable_chroot=YES
local_root=${ROOT}
secure_chroot_dir=${vsftpd_dir}/empty
pam_service_name=ferry-vsftpd
userlist_enable=NO
session_support=NO
pasv_enable=YES
pasv_min_port=${passive_start}
pasv_max_port=$((passive_start + 100))
connect_from_port_20=NO
isolate=NO
isolate_network=NO
seccomp_sandbox=NO
ssl_enable=YES
rsa_cert_file=${certificate}
rsa_private_key_file=${certificate%/*}/key.pem
CONF
    vsftpd "${vsftpd_dir}/vsftpd.conf" >"${WORK}/vsftpd-tls.log" 2>&1 &
    TLS_VSFTPD_PID=$!
    local served="ftp://bench:bench-pw@127.0.0.1:${serve_port}"
    local vsftpd_url="ftp://${FTP_USER}:${FTP_PASSWORD}@127.0.0.1:${vsftpd_port}"
    waited=0
    until curl -sS --ssl-reqd -k --max-time 5 -l "${vsftpd_url}/" >/dev/null 2>&1; do
        kill -0 "${TLS_VSFTPD_PID}" 2>/dev/null || die "vsftpd (TLS) exited: $(cat "${WORK}/vsftpd-tls.log")"
        ((waited++ < 50)) || die "vsftpd (TLS) did not answer within 10 seconds"
        sleep 0.2
    done
    local serve_cipher vsftpd_cipher
    serve_cipher="$(tls_cipher "${served}/big.bin")"
    vsftpd_cipher="$(tls_cipher "${vsftpd_url}/big.bin")"
    # Correctness first, outside the timed runs: the bytes over TLS, both ways.
    curl -sS --ssl-reqd -k -o "${WORK}/tls-check.bin" "${served}/big.bin"
    cmp -s "${ROOT}/big.bin" "${WORK}/tls-check.bin" || die "ferry serve delivered other bytes over TLS"
    rm -f "${WORK}/tls-check.bin"
    curl -sS --ssl-reqd -k -T "${SERVE_DIR}/big.bin" "${served}/upload/upload.bin"
    cmp -s "${SERVE_DIR}/big.bin" "${SERVE_DIR}/upload/upload.bin" || die "ferry serve stored other bytes over TLS"
    clear_served_uploads
    # shellcheck disable=SC2034 # used through round_robin's name reference
    {
        cmd_tlsserve_down=(curl -sS --ssl-reqd -k -o /dev/null "${served}/big.bin")
        cmd_tlsvsftpd_down=(curl -sS --ssl-reqd -k -o /dev/null "${vsftpd_url}/big.bin")
        cmd_tlsserve_up=(curl -sS --ssl-reqd -k -T "${SERVE_DIR}/big.bin" "${served}/upload/upload.bin")
        cmd_tlsvsftpd_up=(curl -sS --ssl-reqd -k -T "${SERVE_DIR}/big.bin" "${vsftpd_url}/upload/upload.bin")
    }
    round_robin - tlsserve_down tlsvsftpd_down
    round_robin clear_served_uploads tlsserve_up tlsvsftpd_up
    clear_served_uploads
    local resumed
    resumed="$(grep -c 'TLS session resumed' "${WORK}/serve-tls.log" || true)"
    stop_tls_vsftpd
    stop_serve
    out "TLS as curl reports it: ferry serve ${serve_cipher:-?}, vsftpd ${vsftpd_cipher:-?}. curl CPU s: the" \
        "processor time of the client (its share of the encryption), not the server's."
    out ""
    out "| transfer (${BIG_SIZE} bytes) | ferry serve MB/s | vsftpd MB/s | ratio | curl CPU s (ferry / vsftpd) |"
    out "|---|---:|---:|---:|---:|"
    out "| download to /dev/null | $(mbps "${BIG_SIZE}" "${R_SECONDS[tlsserve_down]}") |" \
        "$(mbps "${BIG_SIZE}" "${R_SECONDS[tlsvsftpd_down]}") | $(ratio "${R_SECONDS[tlsvsftpd_down]}" "${R_SECONDS[tlsserve_down]}") |" \
        "${R_CPU[tlsserve_down]} / ${R_CPU[tlsvsftpd_down]} |"
    out "| upload | $(mbps "${BIG_SIZE}" "${R_SECONDS[tlsserve_up]}") | $(mbps "${BIG_SIZE}" "${R_SECONDS[tlsvsftpd_up]}") |" \
        "$(ratio "${R_SECONDS[tlsvsftpd_up]}" "${R_SECONDS[tlsserve_up]}") | ${R_CPU[tlsserve_up]} / ${R_CPU[tlsvsftpd_up]} |"
    out ""
    out "ferry serve logged ${resumed} data connections as resumed, none refused (reuse was required on both" \
        "servers)."
    out ""
}

# --- (g) Ferry's client vs curl over FTPS -------------------------------------------------------------------------
# bench_ftps starts its own vsftpd with TLS (the tests' configuration, session reuse required, a self-signed
# P-256 certificate that ferry pins and curl takes with -k) and serves its own copy of the big file from
# PEER_TMPDIR; it stops vsftpd and removes its files itself. It prints a Markdown table (medians of the
# rounds, pairs alternating) after a heading and the TLS version and cipher each client negotiated.
bench_client_tls() {
    log "(g) client over FTPS: ferry get/put vs curl --ssl-reqd, vsftpd with TLS (bench_ftps)"
    out "### (g) Ferry's client vs curl over FTPS (explicit, PROT P, session reuse required), vsftpd as the server"
    out ""
    TMPDIR="${PEER_TMPDIR}" "${BENCH_FTPS}" --ferry "${FERRY}" --size "${BIG_SIZE}" --rounds "${rounds}" \
        >"${WORK}/ftps.md" 2>"${WORK}/ftps.log" || die "bench_ftps failed: $(tail -n 5 "${WORK}/ftps.log")"
    # Without bench_ftps's own heading; the rest (negotiated TLS, the table) as it printed it.
    tail -n +3 "${WORK}/ftps.md" | tee -a "${RESULTS}"
    out ""
    out "CPU s: processor seconds (user + system) of the client process, median of the rounds."
    out ""
}

# --- (e) event-loop stall of the in-process server ----------------------------------------------------------------
# bench_server_stall prints, per direction, "summary download  median M MB/s (A to B); worst gap: median X ms, max
# Y ms; most CPU between two ticks Z ms; N rounds".
bench_stall() {
    log "(e) event-loop stall of Ferry's in-process server (bench_server_stall), curl as the client"
    out "### (e) Event-loop stall of Ferry's server in-process (bench_server_stall), curl as the client"
    out ""
    out "FtpServer runs in the benchmark's own thread and serves a folder in ${WORK%/*}; a 1 ms timer in that" \
        "thread records the gaps between its ticks while curl downloads the file of ${BIG_SIZE} bytes to" \
        "/dev/null and uploads one. \"Cold\": the sparse file is evicted from the page cache before each" \
        "download, so the kernel zero-fills it on the way (as on the first read of a new sparse file). The most" \
        "processor time between two ticks is the work done in one stretch, without the waits for a core that" \
        "other load on the machine adds to the gaps."
    out ""
    out "| file | direction | MB/s (median) | worst gap ms (median of the rounds / max) | most CPU between two ticks ms |"
    out "|---|---|---:|---:|---:|"
    local mode label line direction
    for mode in warm cold; do
        local args=(--size "${BIG_SIZE}" --rounds "${rounds}" --dir "${WORK}")
        label="sparse, in the page cache"
        if [[ ${mode} == cold ]]; then
            args+=(--cold --only down)
            label="sparse, cold"
        fi
        "${BENCH_SERVER_STALL}" "${args[@]}" >"${WORK}/stall-${mode}.txt" 2>&1 ||
            die "bench_server_stall failed: $(cat "${WORK}/stall-${mode}.txt")"
        while read -r line; do
            direction="$(awk '{ print $2 }' <<<"${line}")"
            out "| ${label} | ${direction} | $(sed -E 's/.* median ([0-9]+) MB\/s.*/\1/' <<<"${line}") |" \
                "$(sed -E 's/.*worst gap: median ([0-9.]+) ms, max ([0-9.]+) ms.*/\1 \/ \2/' <<<"${line}") |" \
                "$(sed -E 's/.*between two ticks ([0-9.]+) ms.*/\1/' <<<"${line}") |"
        done < <(grep '^summary ' "${WORK}/stall-${mode}.txt")
    done
    out ""
}

# --- profile ---------------------------------------------------------------------------------------------------------
profile_download() {
    if ! command -v perf >/dev/null 2>&1; then
        log "--profile: perf is not installed, skipped"
        return
    fi
    log "profiling ferry get of the big file to /dev/null"
    perf record -q -g -o "${WORK}/perf.data" -- "${FERRY}" get "${URL}/big.bin" - >/dev/null 2>"${WORK}/perf.log" ||
        die "perf record failed: $(cat "${WORK}/perf.log")"
    printf '\nHottest symbols of ferry get (perf, self time):\n' >&2
    perf report -i "${WORK}/perf.data" --stdio --no-children --sort dso,symbol --percent-limit 1.5 2>/dev/null |
        grep -E '^ +[0-9]' | head -n 30 >&2
}

start_seconds=${SECONDS}
if wanted transfer; then bench_transfer; fi
if wanted tcp; then bench_tcp; fi
if wanted parse; then bench_parse; fi
if wanted listing; then bench_listing; fi
if wanted pane; then bench_pane; fi
if wanted mirror; then bench_mirror; fi
if wanted server; then bench_server; fi
if wanted servertls; then bench_server_tls; fi
if wanted clienttls; then bench_client_tls; fi
if wanted stall; then bench_stall; fi
if wanted window; then bench_window; fi
if ((profile)); then profile_download; fi
log "done in $((SECONDS - start_seconds)) s"
out "Load average after the run: $(load_average) (1, 5, 15 minutes; above 1 other work shared the cores)."

# --- record ----------------------------------------------------------------------------------------------------------
if ((record)); then
    begin='<!-- BEGIN GENERATED by run-benchmarks.sh --record -->'
    end='<!-- END GENERATED -->'
    if [[ ! -f ${RESULTS_FILE} ]] || ! grep -qF "${begin}" "${RESULTS_FILE}"; then
        printf '# Benchmark results\n\n%s\n%s\n' "${begin}" "${end}" >>"${RESULTS_FILE}"
    fi
    "${PYTHON}" - "${RESULTS_FILE}" "${RESULTS}" "${begin}" "${end}" <<'EOF'
import sys
path, generated, begin, end = sys.argv[1:5]
text = open(path, encoding="utf-8").read()
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
body = open(generated, encoding="utf-8").read().rstrip("\n")
open(path, "w", encoding="utf-8").write(head + begin + "\n" + body + "\n" + end + tail)
EOF
    if [[ -n ${SUDO_UID:-} ]]; then
        chown "${SUDO_UID}:${SUDO_GID:-${SUDO_UID}}" "${RESULTS_FILE}"
    fi
    log "recorded in ${RESULTS_FILE}"
fi
