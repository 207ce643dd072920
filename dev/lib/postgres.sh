# shellcheck shell=bash
# PostgreSQL part of the local stack: the machine's own cluster (Debian's pg_ctlcluster).
#
# PostgreSQL is a machine service: `down` stops it only if `up` started it (recorded in
# dev/.stack/postgres.started-by-stack). `down --wipe` drops the stack's databases.

PG_ROLE=certgate
PG_PASSWORD=certgate
PG_DATABASES=(certgate certgate_notifier) # cert-service, notifier
PG_STARTED_MARKER="$STACK_DIR/postgres.started-by-stack"

# run_as_postgres COMMAND...: runs a command as the postgres OS user (peer authentication).
run_as_postgres() {
  if [[ "$(id -un)" == postgres ]]; then
    "$@"
  elif ((EUID == 0)); then
    runuser -u postgres -- "$@"
  else
    sudo -n -u postgres -- "$@"
  fi
}

# pg_admin_sql: runs the SQL on standard input as the postgres superuser.
pg_admin_sql() {
  (cd / && run_as_postgres psql -X -q -At -v ON_ERROR_STOP=1 -p "$CERTGATE_PG_PORT" -d postgres "$@")
}

pg_cluster_running() {
  pg_ctlcluster "$CERTGATE_PG_VERSION" "$CERTGATE_PG_CLUSTER" status >/dev/null 2>&1
}

# pg_cluster_pid: the postmaster's PID, from pg_ctlcluster status.
pg_cluster_pid() {
  pg_ctlcluster "$CERTGATE_PG_VERSION" "$CERTGATE_PG_CLUSTER" status 2>/dev/null |
    sed -n 's/.*(PID: \([0-9]*\)).*/\1/p'
}

pg_ready() {
  pg_isready -q -h 127.0.0.1 -p "$CERTGATE_PG_PORT" -t 2
}

pg_require_tools() {
  local tool
  for tool in pg_ctlcluster pg_isready psql; do
    command -v "$tool" >/dev/null ||
      die "postgres: $tool not found; install PostgreSQL $CERTGATE_PG_VERSION (apt-get install postgresql-$CERTGATE_PG_VERSION)."
  done
  [[ -d "/etc/postgresql/$CERTGATE_PG_VERSION/$CERTGATE_PG_CLUSTER" ]] ||
    die "postgres: there is no cluster $CERTGATE_PG_VERSION/$CERTGATE_PG_CLUSTER (pg_lsclusters lists them; see CERTGATE_PG_VERSION, CERTGATE_PG_CLUSTER)."
}

# pg_start_cluster: starts the cluster if it is stopped; records that the stack started it.
pg_start_cluster() {
  if pg_cluster_running; then
    return 0
  fi
  step postgres "starting cluster $CERTGATE_PG_VERSION/$CERTGATE_PG_CLUSTER"
  if ! pg_ctlcluster "$CERTGATE_PG_VERSION" "$CERTGATE_PG_CLUSTER" start >"$LOG_DIR/postgres-start.log" 2>&1; then
    pg_cluster_running || {
      error "postgres: pg_ctlcluster $CERTGATE_PG_VERSION $CERTGATE_PG_CLUSTER start failed."
      show_log_tail "$LOG_DIR/postgres-start.log"
      show_log_tail "/var/log/postgresql/postgresql-$CERTGATE_PG_VERSION-$CERTGATE_PG_CLUSTER.log"
      return 1
    }
  fi
  : >"$PG_STARTED_MARKER"
}

# pg_wait_ready: waits until the server accepts TCP connections on 127.0.0.1.
pg_wait_ready() {
  local deadline=$((SECONDS + CERTGATE_PG_TIMEOUT))
  until pg_ready; do
    if ((SECONDS >= deadline)); then
      error "postgres (port $CERTGATE_PG_PORT) was not ready within ${CERTGATE_PG_TIMEOUT}s (pg_isready -h 127.0.0.1 -p $CERTGATE_PG_PORT)."
      printf '  log: %s\n' "/var/log/postgresql/postgresql-$CERTGATE_PG_VERSION-$CERTGATE_PG_CLUSTER.log" >&2
      show_log_tail "/var/log/postgresql/postgresql-$CERTGATE_PG_VERSION-$CERTGATE_PG_CLUSTER.log"
      return 1
    fi
    sleep 0.3
  done
}

# pg_ensure_role_and_databases: the role and the databases, created only when missing, in one
# psql session. Prints nothing but the names of the databases it created.
pg_ensure_role_and_databases() {
  local names out db
  names=$(printf "('%s')," "${PG_DATABASES[@]}")
  names=${names%,}
  out=$(
    pg_admin_sql <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '$PG_ROLE') THEN
    CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;
CREATE TEMPORARY TABLE missing AS
  SELECT v.name FROM (VALUES $names) AS v(name)
  WHERE NOT EXISTS (SELECT FROM pg_database d WHERE d.datname = v.name);
SELECT name FROM missing;
-- CREATE DATABASE cannot run inside a DO block: \gexec runs each statement the query returns.
SELECT format('CREATE DATABASE %I OWNER %I', name, '$PG_ROLE') FROM missing \gexec
SQL
  )
  for db in $out; do step postgres "created database $db"; done
}

# pg_check_login: the services log in with a password over TCP; prove that this works.
pg_check_login() {
  local db out
  for db in "${PG_DATABASES[@]}"; do
    if ! out=$(PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 psql -X -q -At -h 127.0.0.1 -p "$CERTGATE_PG_PORT" \
      -U "$PG_ROLE" -d "$db" -c 'SELECT 1' 2>&1); then
      error "postgres: $PG_ROLE cannot log in to $db on 127.0.0.1:$CERTGATE_PG_PORT with its password:"
      printf '  %s\n' "$out" >&2
      printf '  Check pg_hba.conf: host connections from 127.0.0.1 need scram-sha-256 (or md5).\n' >&2
      return 1
    fi
  done
}

postgres_up() {
  local t0
  t0=$(now_ms)
  pg_require_tools
  pg_start_cluster
  pg_wait_ready
  pg_ensure_role_and_databases
  pg_check_login
  local how="machine service"
  [[ -f "$PG_STARTED_MARKER" ]] && how="started by the stack"
  ok postgres "ready on 127.0.0.1:$CERTGATE_PG_PORT, databases ${PG_DATABASES[*]} ($how, $(elapsed_since "$t0"))"
}

# postgres_down: stops the cluster only if the stack started it.
postgres_down() {
  if [[ ! -f "$PG_STARTED_MARKER" ]]; then
    pg_cluster_running && step postgres "left running (a machine service the stack did not start)"
    return 0
  fi
  if pg_cluster_running; then
    pg_ctlcluster "$CERTGATE_PG_VERSION" "$CERTGATE_PG_CLUSTER" stop >/dev/null
    step postgres "stopped (the stack had started it)"
  fi
  rm -f "$PG_STARTED_MARKER"
}

# postgres_wipe: drops the stack's databases (starting the cluster for it if needed).
postgres_wipe() {
  command -v pg_ctlcluster >/dev/null || return 0
  [[ -d "/etc/postgresql/$CERTGATE_PG_VERSION/$CERTGATE_PG_CLUSTER" ]] || return 0
  local started_here=0 db
  if ! pg_cluster_running; then
    pg_ctlcluster "$CERTGATE_PG_VERSION" "$CERTGATE_PG_CLUSTER" start >/dev/null 2>&1 || {
      warn "postgres: could not start the cluster to drop the databases"
      return 0
    }
    started_here=1
    pg_wait_ready || return 1
  fi
  for db in "${PG_DATABASES[@]}"; do
    pg_admin_sql -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  done
  step postgres "dropped databases ${PG_DATABASES[*]}"
  if ((started_here)); then
    pg_ctlcluster "$CERTGATE_PG_VERSION" "$CERTGATE_PG_CLUSTER" stop >/dev/null
  fi
}

# postgres_status: one status line.
postgres_status() {
  local state=stopped pid=- ready=- note="machine service"
  [[ -f "$PG_STARTED_MARKER" ]] && note="started by the stack"
  if command -v pg_ctlcluster >/dev/null && pg_cluster_running; then
    state=running
    pid=$(pg_cluster_pid)
    if pg_ready; then ready=ready; else ready="not ready"; fi
  fi
  status_line postgres "$state" "$pid" "$CERTGATE_PG_PORT" "$ready" "$note"
}
