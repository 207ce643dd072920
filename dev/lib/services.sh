# shellcheck shell=bash
# The four Certgate services of the local stack, each its built Quarkus jar in its own JVM.

SERVICES=(cert-service notifier ftp-gateway web-gateway)

ADMIN_TOKEN_FILE="$STACK_DIR/admin-token"
GATEWAY_TOKEN_FILE="$STACK_DIR/gateway-token"
NOTIFIER_TOKEN_FILE="$STACK_DIR/notifier-token"
MASTER_KEY_FILE="$STACK_DIR/master-key"

# ---------------------------------------------------------------------------------------------
# Secrets: generated once, kept until `down --wipe`.
# ---------------------------------------------------------------------------------------------
new_token() { printf 'cg_%s\n' "$(openssl rand -base64 32 | tr '+/' '-_' | tr -d '=\n')"; }
new_key() { openssl rand -base64 32; }

secrets_ensure() {
  command -v openssl >/dev/null || die "secrets: openssl is needed to generate tokens (apt-get install openssl)"
  local file created=()
  mkdir -p "$STACK_DIR"
  for file in "$ADMIN_TOKEN_FILE" "$GATEWAY_TOKEN_FILE" "$NOTIFIER_TOKEN_FILE" "$MASTER_KEY_FILE"; do
    [[ -s "$file" ]] && continue
    (
      umask 077
      if [[ $file == "$MASTER_KEY_FILE" ]]; then new_key >"$file"; else new_token >"$file"; fi
    )
    created+=("$(basename "$file")")
  done
  chmod 600 "$ADMIN_TOKEN_FILE" "$GATEWAY_TOKEN_FILE" "$NOTIFIER_TOKEN_FILE" "$MASTER_KEY_FILE"
  ((${#created[@]} == 0)) || step secrets "generated ${created[*]} in $(rel "$STACK_DIR")"
}

secret() { tr -d '\n' <"$1"; }

# ---------------------------------------------------------------------------------------------
# What each service gets
# ---------------------------------------------------------------------------------------------

# service_http_port NAME: the port of its HTTP server (health checks).
service_http_port() {
  case $1 in
    cert-service) echo "$CERTGATE_CERT_SERVICE_PORT" ;;
    notifier) echo "$CERTGATE_NOTIFIER_PORT" ;;
    ftp-gateway) echo "$CERTGATE_FTP_HTTP_PORT" ;;
    web-gateway) echo "$CERTGATE_WEB_HTTP_PORT" ;;
  esac
}

# service_port_settings NAME: the settings naming every port it listens on.
service_port_settings() {
  case $1 in
    cert-service) echo CERTGATE_CERT_SERVICE_PORT ;;
    notifier) echo CERTGATE_NOTIFIER_PORT ;;
    ftp-gateway)
      echo CERTGATE_FTP_HTTP_PORT CERTGATE_FTP_EXPLICIT_PORT CERTGATE_FTP_IMPLICIT_PORT \
        CERTGATE_FTP_CLIENT_CERT_EXPLICIT_PORT CERTGATE_FTP_CLIENT_CERT_IMPLICIT_PORT CERTGATE_FTP_PASSIVE_PORTS
      ;;
    web-gateway) echo CERTGATE_WEB_HTTP_PORT CERTGATE_WEB_HTTPS_PORT ;;
  esac
}

# service_ports_text NAME: its ports for status lines.
service_ports_text() {
  local var out=()
  for var in $(service_port_settings "$1"); do out+=("${!var}"); done
  local IFS=,
  printf '%s\n' "${out[*]}"
}

# service_env NAME: fills SERVICE_ENV with the VAR=VALUE environment of a service.
service_env() {
  local cert_service_url="http://127.0.0.1:$CERTGATE_CERT_SERVICE_PORT"
  local jdbc="jdbc:postgresql://127.0.0.1:$CERTGATE_PG_PORT"
  SERVICE_ENV=(
    "QUARKUS_PROFILE=prod"
    "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$CERTGATE_KAFKA_PORT"
  )
  case $1 in
    cert-service)
      SERVICE_ENV+=(
        "QUARKUS_HTTP_PORT=$CERTGATE_CERT_SERVICE_PORT"
        "QUARKUS_DATASOURCE_JDBC_URL=$jdbc/certgate"
        "QUARKUS_DATASOURCE_USERNAME=$PG_ROLE"
        "QUARKUS_DATASOURCE_PASSWORD=$PG_PASSWORD"
        "CERTGATE_MASTER_KEY=$(secret "$MASTER_KEY_FILE")"
        "CERTGATE_BOOTSTRAP_ADMIN_TOKEN=$(secret "$ADMIN_TOKEN_FILE")"
        "CERTGATE_BOOTSTRAP_GATEWAY_TOKEN=$(secret "$GATEWAY_TOKEN_FILE")"
        "CERTGATE_BOOTSTRAP_NOTIFIER_TOKEN=$(secret "$NOTIFIER_TOKEN_FILE")"
      )
      ;;
    notifier)
      SERVICE_ENV+=(
        "QUARKUS_HTTP_PORT=$CERTGATE_NOTIFIER_PORT"
        "QUARKUS_DATASOURCE_JDBC_URL=$jdbc/certgate_notifier"
        "QUARKUS_DATASOURCE_USERNAME=$PG_ROLE"
        "QUARKUS_DATASOURCE_PASSWORD=$PG_PASSWORD"
        "QUARKUS_MAILER_HOST=127.0.0.1"
        "QUARKUS_MAILER_PORT=$CERTGATE_SMTP_PORT"
        "QUARKUS_MAILER_FROM=certgate@certgate.local"
        "CERTGATE_NOTIFIER_RECIPIENTS=$MAIL_USER"
        "CERTGATE_CERT_SERVICE_URL=$cert_service_url"
        "CERTGATE_CERT_SERVICE_TOKEN=$(secret "$NOTIFIER_TOKEN_FILE")"
      )
      ;;
    ftp-gateway)
      SERVICE_ENV+=(
        "QUARKUS_HTTP_PORT=$CERTGATE_FTP_HTTP_PORT"
        "CERTGATE_CERT_SERVICE_URL=$cert_service_url"
        "CERTGATE_CERT_SERVICE_TOKEN=$(secret "$GATEWAY_TOKEN_FILE")"
        "CERTGATE_FTP_EXPLICIT_PORT=$CERTGATE_FTP_EXPLICIT_PORT"
        "CERTGATE_FTP_IMPLICIT_PORT=$CERTGATE_FTP_IMPLICIT_PORT"
        "CERTGATE_FTP_CLIENT_CERT_EXPLICIT_PORT=$CERTGATE_FTP_CLIENT_CERT_EXPLICIT_PORT"
        "CERTGATE_FTP_CLIENT_CERT_IMPLICIT_PORT=$CERTGATE_FTP_CLIENT_CERT_IMPLICIT_PORT"
        "CERTGATE_FTP_PASSIVE_PORTS=$CERTGATE_FTP_PASSIVE_PORTS"
      )
      ;;
    web-gateway)
      SERVICE_ENV+=(
        "QUARKUS_HTTP_PORT=$CERTGATE_WEB_HTTP_PORT"
        "CERTGATE_WEB_HTTPS_PORT=$CERTGATE_WEB_HTTPS_PORT"
        "CERTGATE_CERT_SERVICE_URL=$cert_service_url"
        "CERTGATE_CERT_SERVICE_TOKEN=$(secret "$GATEWAY_TOKEN_FILE")"
      )
      ;;
  esac
}

service_log() { printf '%s/%s.log\n' "$LOG_DIR" "$1"; }
service_health_url() { printf 'http://127.0.0.1:%s/q/health/ready\n' "$(service_http_port "$1")"; }

# ---------------------------------------------------------------------------------------------
# Start, wait, status
# ---------------------------------------------------------------------------------------------
declare -A SERVICE_PIDS=()

# service_start NAME: starts a service unless it runs.
service_start() {
  local name=$1 marker pid
  marker=$(part_marker "$name")
  if pid=$(running_pid "$name" "$marker"); then
    SERVICE_PIDS[$name]=$pid
    step "$name" "already running (pid $pid)"
    return 0
  fi
  # shellcheck disable=SC2046 # the settings are plain words
  require_free_ports "$name" $(service_port_settings "$name")
  service_env "$name"
  local -a opts=(--enable-native-access=ALL-UNNAMED -Xmx256m)
  if [[ -n "$CERTGATE_SERVICE_JAVA_OPTS" ]]; then
    local -a extra
    read -r -a extra <<<"$CERTGATE_SERVICE_JAVA_OPTS"
    opts+=("${extra[@]}")
  fi
  start_detached "$name" "$marker" "$(service_log "$name")" "$RUN_DIR/$name" "${SERVICE_ENV[@]}" -- \
    "$JAVA" "${opts[@]}" -jar "$(service_jar "$name")"
  SERVICE_PIDS[$name]=$STARTED_PID
  step "$name" "starting (pid $STARTED_PID), log $(rel "$(service_log "$name")")"
}

# services_wait NAME...: waits for services started together; reports every one that fails.
services_wait() {
  local name t0 deadline remaining failed=0
  t0=$(now_ms)
  deadline=$((SECONDS + CERTGATE_SERVICE_TIMEOUT))
  for name in "$@"; do
    remaining=$((deadline - SECONDS))
    ((remaining > 0)) || remaining=1
    if wait_ready "$name" "${SERVICE_PIDS[$name]}" "$remaining" "$(service_http_port "$name")" \
      "$(service_log "$name")" http_ok "$(service_health_url "$name")"; then
      ok "$name" "ready on http://127.0.0.1:$(service_http_port "$name") ($(elapsed_since "$t0"))"
    else
      stop_parts "$name" >/dev/null
      failed=1
    fi
  done
  return "$failed"
}

service_status() {
  local name=$1 state=stopped pid=- ready=- code
  if pid=$(running_pid "$name" "$(part_marker "$name")"); then
    state=running
    code=$(http_status "$(service_health_url "$name")")
    case $code in
      200) ready=ready ;;
      000) ready="not ready (no answer)" ;;
      *) ready="not ready (HTTP $code)" ;;
    esac
  else
    pid=-
    [[ -f "$(service_jar "$name")" ]] || ready="not built"
  fi
  status_line "$name" "$state" "$pid" "$(service_ports_text "$name")" "$ready"
}
