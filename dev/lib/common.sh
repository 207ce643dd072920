# shellcheck shell=bash
# Shared helpers of dev/stack: paths, settings, messages, processes, ports and waiting.
#
# Expects CERTGATE_ROOT (the repository root, physical path) to be set before it is sourced.

STACK_DIR="$CERTGATE_ROOT/dev/.stack"
LOG_DIR="$STACK_DIR/logs"
PID_DIR="$STACK_DIR/pids"
LIB_DIR="$STACK_DIR/lib"
RUN_DIR="$STACK_DIR/run"
STACK_ENV_FILE="$STACK_DIR/stack.env"

# ---------------------------------------------------------------------------------------------
# Settings. Every one can be set in the environment of `dev/stack up`; `up` records the values
# it used in dev/.stack/stack.env so that status/down/logs see the same ones.
# ---------------------------------------------------------------------------------------------
STACK_SETTINGS=(
  CERTGATE_PG_VERSION CERTGATE_PG_CLUSTER CERTGATE_PG_PORT
  CERTGATE_KAFKA_PORT CERTGATE_KAFKA_CONTROLLER_PORT
  CERTGATE_SMTP_PORT CERTGATE_IMAP_PORT CERTGATE_MAIL_API_PORT
  CERTGATE_CERT_SERVICE_PORT CERTGATE_NOTIFIER_PORT
  CERTGATE_WEB_HTTP_PORT CERTGATE_WEB_HTTPS_PORT
  CERTGATE_FTP_HTTP_PORT CERTGATE_FTP_EXPLICIT_PORT CERTGATE_FTP_IMPLICIT_PORT
  CERTGATE_FTP_CLIENT_CERT_EXPLICIT_PORT CERTGATE_FTP_CLIENT_CERT_IMPLICIT_PORT
  CERTGATE_FTP_PASSIVE_PORTS
)

# default_setting NAME: the built-in value of a setting.
default_setting() {
  case $1 in
    CERTGATE_PG_VERSION) echo 15 ;;
    CERTGATE_PG_CLUSTER) echo main ;;
    CERTGATE_PG_PORT) echo 5432 ;;
    CERTGATE_KAFKA_PORT) echo 9092 ;;
    CERTGATE_KAFKA_CONTROLLER_PORT) echo 9093 ;;
    CERTGATE_SMTP_PORT) echo 2525 ;;
    CERTGATE_IMAP_PORT) echo 3143 ;;
    CERTGATE_MAIL_API_PORT) echo 8025 ;;
    CERTGATE_CERT_SERVICE_PORT) echo 8080 ;;
    CERTGATE_WEB_HTTP_PORT) echo 8081 ;;
    CERTGATE_NOTIFIER_PORT) echo 8082 ;;
    CERTGATE_FTP_HTTP_PORT) echo 8083 ;;
    CERTGATE_WEB_HTTPS_PORT) echo 8443 ;;
    CERTGATE_FTP_EXPLICIT_PORT) echo 2121 ;;
    CERTGATE_FTP_IMPLICIT_PORT) echo 9990 ;;
    CERTGATE_FTP_CLIENT_CERT_EXPLICIT_PORT) echo 2122 ;;
    CERTGATE_FTP_CLIENT_CERT_IMPLICIT_PORT) echo 9991 ;;
    CERTGATE_FTP_PASSIVE_PORTS) echo 30000-30099 ;;
    *) return 1 ;;
  esac
}

# Timeouts (seconds) and JVM options; not recorded, they only matter while starting.
: "${CERTGATE_SERVICE_TIMEOUT:=120}"
: "${CERTGATE_KAFKA_TIMEOUT:=60}"
: "${CERTGATE_MAIL_TIMEOUT:=30}"
: "${CERTGATE_PG_TIMEOUT:=30}"
: "${CERTGATE_STOP_TIMEOUT:=15}"
: "${CERTGATE_SERVICE_JAVA_OPTS:=}"

# read_recorded_settings: RECORDED[NAME]=VALUE from dev/.stack/stack.env, if it exists.
declare -A RECORDED=()
read_recorded_settings() {
  RECORDED=()
  [[ -f "$STACK_ENV_FILE" ]] || return 0
  local name value
  while IFS='=' read -r name value; do
    [[ $name == CERTGATE_* ]] && RECORDED[$name]=$value
  done <"$STACK_ENV_FILE"
  return 0
}

# load_settings MODE: sets every setting, then checks them.
#   recorded: the values the stack was started with, else the environment, else the defaults
#             (for status, logs, down);
#   env:      the environment, else the recorded values if KEEP_RECORDED=1, else the defaults (up).
load_settings() {
  local mode=$1 name value
  read_recorded_settings
  for name in "${STACK_SETTINGS[@]}"; do
    if [[ $mode == recorded && -n "${RECORDED[$name]:-}" ]]; then
      value=${RECORDED[$name]}
    elif [[ -n "${!name:-}" ]]; then
      value=${!name}
    elif [[ $mode == env && ${KEEP_RECORDED:-0} == 1 && -n "${RECORDED[$name]:-}" ]]; then
      value=${RECORDED[$name]}
    else
      value=$(default_setting "$name")
    fi
    printf -v "$name" '%s' "$value"
  done
  validate_settings
}

# settings_conflicting_with_recorded: the settings set in the environment to another value than
# the one the running stack was started with.
settings_conflicting_with_recorded() {
  local name
  read_recorded_settings
  for name in "${STACK_SETTINGS[@]}"; do
    if [[ -n "${!name:-}" && -n "${RECORDED[$name]:-}" && "${!name}" != "${RECORDED[$name]}" ]]; then
      printf '%s=%s (running with %s)\n' "$name" "${!name}" "${RECORDED[$name]}"
    fi
  done
  return 0
}

# save_settings: records the values in use for status/down/logs.
save_settings() {
  local name
  mkdir -p "$STACK_DIR"
  {
    echo "# Settings of the running local stack, written by dev/stack up."
    for name in "${STACK_SETTINGS[@]}"; do printf '%s=%s\n' "$name" "${!name}"; done
  } >"$STACK_ENV_FILE"
}

validate_settings() {
  local name value
  for name in "${STACK_SETTINGS[@]}"; do
    value=${!name}
    case $name in
      CERTGATE_PG_VERSION | CERTGATE_PG_CLUSTER)
        [[ $value =~ ^[A-Za-z0-9_.-]+$ ]] || die "$name=$value is not a valid name"
        ;;
      CERTGATE_FTP_PASSIVE_PORTS)
        if ! [[ $value =~ ^([1-9][0-9]*)-([1-9][0-9]*)$ ]] || ((BASH_REMATCH[1] > BASH_REMATCH[2] || BASH_REMATCH[2] > 65535)); then
          die "$name=$value is not a port range like 30000-30099"
        fi
        ;;
      *)
        if ! [[ $value =~ ^[1-9][0-9]*$ ]] || ((value > 65535)); then
          die "$name=$value is not a port number"
        fi
        ;;
    esac
  done
  # No two parts on one port (PostgreSQL's port is the machine's, the others are ours).
  local -A seen=()
  local port first last
  for name in "${STACK_SETTINGS[@]}"; do
    [[ $name == *_PORT ]] || continue
    port=${!name}
    [[ -z "${seen[$port]:-}" ]] || die "$name and ${seen[$port]} are both set to port $port"
    seen[$port]=$name
  done
  first=${CERTGATE_FTP_PASSIVE_PORTS%-*}
  last=${CERTGATE_FTP_PASSIVE_PORTS#*-}
  for port in "${!seen[@]}"; do
    if ((port >= first && port <= last)); then
      die "${seen[$port]}=$port lies in CERTGATE_FTP_PASSIVE_PORTS=$CERTGATE_FTP_PASSIVE_PORTS"
    fi
  done
}

# ---------------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------------
if [[ -t 1 ]]; then
  C_BOLD=$'\e[1m' C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_OFF=$'\e[0m'
else
  C_BOLD='' C_RED='' C_GREEN='' C_YELLOW='' C_OFF=''
fi

# step PART MESSAGE...: a progress line of one part of the stack.
step() {
  local part=$1
  shift
  printf '%s%-13s%s %s\n' "$C_BOLD" "$part" "$C_OFF" "$*"
}
ok() { printf '%s%-13s%s %s%s%s\n' "$C_BOLD" "$1" "$C_OFF" "$C_GREEN" "${*:2}" "$C_OFF"; }
warn() { printf '%swarning:%s %s\n' "$C_YELLOW" "$C_OFF" "$*" >&2; }
error() { printf '%serror:%s %s\n' "$C_RED" "$C_OFF" "$*" >&2; }
die() {
  error "$@"
  exit 1
}

# rel PATH: the path relative to the repository root, for shorter messages.
rel() { printf '%s\n' "${1#"$CERTGATE_ROOT"/}"; }

# now_ms: milliseconds since the epoch.
now_ms() { date +%s%3N; }

# elapsed_since MS: "12.3 s" since the given now_ms value.
elapsed_since() {
  local ms=$(($(now_ms) - $1))
  printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
}

# show_log_tail LOGFILE [LINES]: the last lines of a log, indented, to stderr.
show_log_tail() {
  local log=$1 lines=${2:-20}
  if [[ -s "$log" ]]; then
    printf '  last %s lines of %s:\n' "$lines" "$(rel "$log")" >&2
    tail -n "$lines" "$log" | sed 's/^/  | /' >&2
  else
    printf '  %s is empty or missing.\n' "$(rel "$log")" >&2
  fi
}

# ---------------------------------------------------------------------------------------------
# Processes. A process of the stack is known by its PID file (dev/.stack/pids/NAME.pid) and by
# a marker, a string of its command line (an absolute path of this checkout), so that a PID
# reused by another program is not mistaken for ours. A zombie counts as dead: PID 1 of some
# machines does not reap orphans, so a dead process may linger as one.
# ---------------------------------------------------------------------------------------------

# proc_state PID: the state letter of a process (R, S, D, Z, ...), or fails if there is none.
proc_state() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) } # the command name in parentheses may hold spaces
  printf '%s\n' "${stat%% *}"
}

# proc_cmdline PID: the command line of a process, arguments separated by spaces.
proc_cmdline() {
  tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline"
}

# proc_alive PID [MARKER]: true if the process exists, is not a zombie, and (if given) its command
# line contains MARKER.
proc_alive() {
  local pid=$1 marker=${2:-} state
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  state=$(proc_state "$pid") || return 1
  [[ $state != Z && $state != X ]] || return 1
  [[ -z "$marker" ]] && return 0
  [[ "$(proc_cmdline "$pid")" == *"$marker"* ]]
}

pid_file() { printf '%s/%s.pid\n' "$PID_DIR" "$1"; }

# running_pid NAME MARKER: prints the PID of part NAME if it runs; removes a stale PID file.
# A process with the marker but no PID file (the file was lost) is adopted.
running_pid() {
  local name=$1 marker=$2 file pid
  file=$(pid_file "$name")
  if [[ -f "$file" ]]; then
    pid=$(<"$file")
    if proc_alive "$pid" "$marker"; then
      printf '%s\n' "$pid"
      return 0
    fi
    rm -f "$file"
  fi
  pid=$(find_pids_by_marker "$marker" | head -n 1)
  if [[ -n "$pid" ]]; then
    mkdir -p "$PID_DIR"
    printf '%s\n' "$pid" >"$file"
    printf '%s\n' "$pid"
    return 0
  fi
  return 1
}

# find_pids_by_marker MARKER: every live JVM whose command line contains MARKER.
find_pids_by_marker() {
  local pattern pid
  pattern=$(printf '%s' "$1" | sed 's/[][\\.*^$+?(){}|]/\\&/g')
  for pid in $(pgrep -f -- "$pattern" 2>/dev/null || true); do
    # only JVMs: not shells, editors or tail processes that merely mention the path
    [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == java ]] && proc_alive "$pid" && printf '%s\n' "$pid"
  done
  return 0
}

# start_detached NAME MARKER LOG CWD [VAR=VALUE ...] -- COMMAND...: starts a long-running process
# in its own session, immune to hang-ups, output to LOG (the previous log is kept as LOG.1), and
# records its PID. Environment values are exported, not passed on a command line (secrets).
start_detached() {
  local name=$1 marker=$2 log=$3 cwd=$4
  shift 4
  local -a env_vars=()
  while (($#)) && [[ $1 != -- ]]; do
    env_vars+=("$1")
    shift
  done
  shift # --
  mkdir -p "$PID_DIR" "$LOG_DIR" "$cwd"
  [[ -f "$log" ]] && mv -f "$log" "$log.1"
  (
    cd "$cwd" || exit 1
    # The stack's own settings are not the process's business; it gets exactly env_vars.
    unset "${STACK_SETTINGS[@]}" KEEP_RECORDED CERTGATE_ROOT CERTGATE_SERVICE_TIMEOUT CERTGATE_KAFKA_TIMEOUT \
      CERTGATE_MAIL_TIMEOUT CERTGATE_PG_TIMEOUT CERTGATE_STOP_TIMEOUT CERTGATE_SERVICE_JAVA_OPTS
    local kv
    for kv in "${env_vars[@]}"; do export "${kv?}"; done
    # Without job control this subshell is no process group leader, so setsid does not fork
    # and the PID stays that of the JVM.
    # fd 9 is dev/stack's lock: the process must not keep it.
    exec setsid nohup "$@" >>"$log" 2>&1 </dev/null 9>&-
  ) &
  local pid=$!
  printf '%s\n' "$pid" >"$(pid_file "$name")"
  # The command line changes at exec: wait until it is the JVM's, to record the right PID.
  local i
  for ((i = 0; i < 50; i++)); do
    proc_alive "$pid" "$marker" && break
    proc_alive "$pid" || break
    sleep 0.02
  done
  STARTED_PID=$pid
}

# stop_parts NAME...: stops parts by their PID files: SIGTERM, up to CERTGATE_STOP_TIMEOUT
# seconds, then SIGKILL. Parts are stopped together. Uses part_marker NAME from dev/stack.
stop_parts() {
  local -a names=() pids=()
  local name pid marker
  for name in "$@"; do
    marker=$(part_marker "$name")
    if pid=$(running_pid "$name" "$marker"); then
      names+=("$name")
      pids+=("$pid")
      kill -TERM "$pid" 2>/dev/null || true
    else
      rm -f "$(pid_file "$name")"
    fi
  done
  ((${#pids[@]})) || return 0
  local deadline=$((SECONDS + CERTGATE_STOP_TIMEOUT)) i left
  while :; do
    left=0
    for i in "${!pids[@]}"; do
      proc_alive "${pids[$i]}" && left=$((left + 1))
    done
    ((left == 0 || SECONDS >= deadline)) && break
    sleep 0.2
  done
  for i in "${!pids[@]}"; do
    name=${names[$i]}
    pid=${pids[$i]}
    if proc_alive "$pid"; then
      warn "$name (pid $pid) did not stop within ${CERTGATE_STOP_TIMEOUT}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      for ((left = 0; left < 50; left++)); do
        proc_alive "$pid" || break
        sleep 0.1
      done
    fi
    rm -f "$(pid_file "$name")"
    step "$name" "stopped (pid $pid)"
  done
}

# ---------------------------------------------------------------------------------------------
# Ports
# ---------------------------------------------------------------------------------------------

# port_listeners PORT [LAST_PORT]: the `ss` lines of TCP listeners on a port or range.
port_listeners() {
  local first=$1 last=${2:-$1}
  if ((first == last)); then
    ss -Hltnp "sport = :$first" 2>/dev/null
  else
    ss -Hltnp "( sport >= :$first and sport <= :$last )" 2>/dev/null
  fi
}

# port_owned_by PORT PID: true if process PID listens on PORT.
port_owned_by() {
  [[ "$(port_listeners "$1")" == *"pid=$2,"* ]]
}

# describe_listeners PORT [LAST]: "pid 123: command line" of whoever listens there (the end of a
# long command line, where a JVM's main class or jar is).
describe_listeners() {
  local pid cmd
  for pid in $(port_listeners "$@" | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u); do
    cmd=$(proc_cmdline "$pid")
    cmd=${cmd% }
    ((${#cmd} <= 110)) || cmd="...${cmd: -107}"
    printf 'pid %s: %s\n' "$pid" "$cmd"
  done
}

# require_free_ports PART VAR...: fails if a port (or range) named by a setting is taken.
require_free_ports() {
  local part=$1 var value first last busy=0
  shift
  for var in "$@"; do
    value=${!var}
    first=${value%-*}
    last=${value#*-}
    if [[ -n "$(port_listeners "$first" "$last")" ]]; then
      error "$part: port $value is in use by another process; set $var to another port (or stop it)."
      describe_listeners "$first" "$last" | sed 's/^/  /' >&2
      busy=1
    fi
  done
  return "$busy"
}

# ---------------------------------------------------------------------------------------------
# Waiting
# ---------------------------------------------------------------------------------------------

# wait_ready PART PID TIMEOUT PORT LOG CHECK...: waits until the command CHECK... succeeds.
# Fails with a clear report when the process dies or the time is up.
wait_ready() {
  local part=$1 pid=$2 timeout=$3 port=$4 log=$5
  shift 5
  local deadline=$((SECONDS + timeout))
  while :; do
    if "$@"; then return 0; fi
    if ! proc_alive "$pid"; then
      report_failure "$part" "$port" "$log" "exited during start-up"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      report_failure "$part" "$port" "$log" "was not ready within ${timeout}s"
      return 1
    fi
    sleep 0.5
  done
}

# report_failure PART PORT LOG REASON: what failed, where, and the end of its log.
report_failure() {
  local part=$1 port=$2 log=$3 reason=$4
  error "$part (port $port) $reason."
  printf '  log: %s\n' "$log" >&2
  show_log_tail "$log" 20
}

# http_status URL: the HTTP status code of a GET (000 if there is no answer).
http_status() {
  curl -s -o /dev/null --max-time 3 -w '%{http_code}' "$1" 2>/dev/null || true
}

# http_ok URL: true if a GET answers 200.
http_ok() {
  [[ "$(http_status "$1")" == 200 ]]
}
