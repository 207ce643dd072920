# shellcheck shell=bash
# Builds what the local stack runs: the services (root build) and the tool jars (dev/tools/pom.xml).

BUILD_LOG="$LOG_DIR/build.log"
TOOLS_LOG="$LOG_DIR/tools.log"

service_jar() { printf '%s/%s/target/quarkus-app/quarkus-run.jar\n' "$CERTGATE_ROOT" "$1"; }

# build_services [force]: ./mvnw install when a service jar is missing (or when forced).
build_services() {
  local force=${1:-0} name missing=()
  for name in "${SERVICES[@]}"; do
    [[ -f "$(service_jar "$name")" ]] || missing+=("$name")
  done
  if ((force == 0 && ${#missing[@]} == 0)); then
    return 0
  fi
  local t0
  t0=$(now_ms)
  if ((${#missing[@]})); then
    step build "not built yet: ${missing[*]}"
  fi
  # The build replaces the jars of running services: stop them; they start again afterwards.
  local -a running=()
  for name in "${SERVICES[@]}"; do
    running_pid "$name" "$(part_marker "$name")" >/dev/null && running+=("$name")
  done
  if ((${#running[@]})); then
    step build "stopping ${running[*]} to rebuild"
    stop_parts "${running[@]}"
  fi
  step build "building: ./mvnw -B -q install -DskipTests (JDK $JAVA_MAJOR), log $(rel "$BUILD_LOG")"
  mkdir -p "$LOG_DIR"
  if ! (cd "$CERTGATE_ROOT" && ./mvnw -B -q install -DskipTests) >"$BUILD_LOG" 2>&1; then
    error "build: ./mvnw install failed."
    printf '  log: %s\n' "$BUILD_LOG" >&2
    show_log_tail "$BUILD_LOG" 30
    return 1
  fi
  for name in "${SERVICES[@]}"; do
    [[ -f "$(service_jar "$name")" ]] || die "build: the build passed but $(rel "$(service_jar "$name")") is missing"
  done
  ok build "done ($(elapsed_since "$t0"))"
}

# fetch_tools: the Kafka broker and GreenMail jars, copied from the Maven repository once.
fetch_tools() {
  if [[ -f "$LIB_DIR/kafka/.complete" && -f "$LIB_DIR/greenmail/.complete" ]]; then
    return 0
  fi
  local t0
  t0=$(now_ms)
  step tools "fetching the Kafka and GreenMail jars into $(rel "$LIB_DIR"), log $(rel "$TOOLS_LOG")"
  mkdir -p "$LOG_DIR"
  rm -rf "$LIB_DIR/kafka" "$LIB_DIR/greenmail"
  if ! (cd "$CERTGATE_ROOT" && ./mvnw -B -q -f dev/tools/pom.xml "-Dstack.lib=$LIB_DIR" \
    dependency:copy-dependencies@kafka dependency:copy-dependencies@greenmail) >"$TOOLS_LOG" 2>&1; then
    error "tools: fetching the jars failed."
    printf '  log: %s\n' "$TOOLS_LOG" >&2
    show_log_tail "$TOOLS_LOG" 30
    return 1
  fi
  [[ -f "$GREENMAIL_JAR" ]] || die "tools: $(rel "$GREENMAIL_JAR") is missing after the fetch"
  compgen -G "$LIB_DIR/kafka/kafka_2.13-*.jar" >/dev/null || die "tools: no Kafka broker jar in $(rel "$LIB_DIR/kafka")"
  : >"$LIB_DIR/kafka/.complete"
  : >"$LIB_DIR/greenmail/.complete"
  ok tools "done ($(elapsed_since "$t0"))"
}
