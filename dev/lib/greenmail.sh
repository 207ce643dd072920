# shellcheck shell=bash
# Mail part of the local stack: GreenMail standalone, a real SMTP and IMAP server with a REST API.
# It keeps mail in memory: a restart empties the mailbox.

GREENMAIL_JAR="$LIB_DIR/greenmail/greenmail-standalone.jar"
GREENMAIL_LOG="$LOG_DIR/greenmail.log"
MAIL_USER=admin@certgate.local
MAIL_PASSWORD="admin"

greenmail_start() {
  local marker
  marker=$(part_marker greenmail)
  if GREENMAIL_PID=$(running_pid greenmail "$marker"); then
    step greenmail "already running (pid $GREENMAIL_PID)"
    return 0
  fi
  require_free_ports greenmail CERTGATE_SMTP_PORT CERTGATE_IMAP_PORT CERTGATE_MAIL_API_PORT
  start_detached greenmail "$marker" "$GREENMAIL_LOG" "$RUN_DIR/greenmail" -- \
    "$JAVA" -Xmx128m \
    -Dgreenmail.smtp.hostname=127.0.0.1 "-Dgreenmail.smtp.port=$CERTGATE_SMTP_PORT" \
    -Dgreenmail.imap.hostname=127.0.0.1 "-Dgreenmail.imap.port=$CERTGATE_IMAP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 "-Dgreenmail.api.port=$CERTGATE_MAIL_API_PORT" \
    "-Dgreenmail.users=${MAIL_USER%@*}:$MAIL_PASSWORD@${MAIL_USER#*@}" -Dgreenmail.users.login=email \
    -jar "$GREENMAIL_JAR"
  GREENMAIL_PID=$STARTED_PID
  step greenmail "starting (pid $GREENMAIL_PID), log $(rel "$GREENMAIL_LOG")"
}

greenmail_ready() {
  http_ok "http://127.0.0.1:$CERTGATE_MAIL_API_PORT/api/service/readiness" &&
    port_owned_by "$CERTGATE_SMTP_PORT" "$GREENMAIL_PID" &&
    port_owned_by "$CERTGATE_IMAP_PORT" "$GREENMAIL_PID"
}

greenmail_wait() {
  local t0
  t0=$(now_ms)
  wait_ready greenmail "$GREENMAIL_PID" "$CERTGATE_MAIL_TIMEOUT" "$CERTGATE_SMTP_PORT" "$GREENMAIL_LOG" greenmail_ready || {
    stop_parts greenmail >/dev/null
    return 1
  }
  ok greenmail "ready: SMTP 127.0.0.1:$CERTGATE_SMTP_PORT, IMAP 127.0.0.1:$CERTGATE_IMAP_PORT ($(elapsed_since "$t0"))"
}

greenmail_status() {
  local state=stopped pid=- ready=-
  if GREENMAIL_PID=$(running_pid greenmail "$(part_marker greenmail)"); then
    state=running
    pid=$GREENMAIL_PID
    if greenmail_ready; then ready=ready; else ready="not ready"; fi
  fi
  status_line greenmail "$state" "$pid" "$CERTGATE_SMTP_PORT,$CERTGATE_IMAP_PORT,$CERTGATE_MAIL_API_PORT" "$ready"
}
