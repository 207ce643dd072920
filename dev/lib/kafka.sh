# shellcheck shell=bash
# Kafka part of the local stack: one Apache Kafka broker in KRaft mode (broker and controller in
# one JVM), from the jars dev/tools/pom.xml copies to dev/.stack/lib/kafka.

KAFKA_DIR="$STACK_DIR/kafka"
KAFKA_DATA_DIR="$KAFKA_DIR/data"
KAFKA_CONFIG="$KAFKA_DIR/server.properties"
KAFKA_CLUSTER_ID_FILE="$KAFKA_DIR/cluster-id"
KAFKA_LOG="$LOG_DIR/kafka.log"
KAFKA_ADMIN_LOG="$LOG_DIR/kafka-admin.log"
KAFKA_TOPICS=(certgate.cert-events certgate.gateway-status)
KAFKA_TOPIC_PARTITIONS=3

kafka_classpath() { printf '%s\n' "$LIB_DIR/kafka/*"; }

# kafka_tool MAIN_CLASS ARGS...: runs a Kafka command line tool, quietly, output to the admin log.
kafka_tool() {
  "$JAVA" -Xmx128m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$(kafka_classpath)" "$@" >>"$KAFKA_ADMIN_LOG" 2>&1
}

# kafka_write_config: server.properties for a single node (written at every start, from the ports).
kafka_write_config() {
  mkdir -p "$KAFKA_DATA_DIR"
  cat >"$KAFKA_CONFIG" <<EOF
# Written by dev/stack at every start: edit dev/lib/kafka.sh instead.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CERTGATE_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$CERTGATE_KAFKA_PORT,CONTROLLER://127.0.0.1:$CERTGATE_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$CERTGATE_KAFKA_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$KAFKA_DATA_DIR

# one node: every internal topic has one replica
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0

# After a crash the controller refuses the restarted broker until the old session expires
# (9 s by default); a shorter session makes the restart after a crash quicker.
broker.heartbeat.interval.ms=1000
broker.session.timeout.ms=4000
EOF
}

# kafka_random_uuid: a cluster id as `kafka-storage.sh random-uuid` makes one (16 random bytes,
# URL-safe base64 without padding, not starting with "-"), without starting a JVM for it.
kafka_random_uuid() {
  local id
  while :; do
    id=$(openssl rand 16 | base64 | tr '+/' '-_' | tr -d '=\n')
    [[ $id =~ ^[A-Za-z0-9_][A-Za-z0-9_-]{21}$ && $id != AAAAAAAAAAAAAAAAAAAAAA && $id != AAAAAAAAAAAAAAAAAAAAAQ ]] && break
  done
  printf '%s\n' "$id"
}

# kafka_format: formats the data folder once (a new cluster id), keeps it afterwards.
kafka_format() {
  [[ -f "$KAFKA_DATA_DIR/meta.properties" ]] && return 0
  local id
  if [[ -s "$KAFKA_CLUSTER_ID_FILE" ]]; then
    id=$(<"$KAFKA_CLUSTER_ID_FILE")
  else
    id=$(kafka_random_uuid)
    printf '%s\n' "$id" >"$KAFKA_CLUSTER_ID_FILE"
  fi
  step kafka "formatting $(rel "$KAFKA_DATA_DIR") (cluster id $id)"
  kafka_tool kafka.tools.StorageTool format --ignore-formatted -t "$id" -c "$KAFKA_CONFIG" || {
    error "kafka: formatting the data folder failed."
    show_log_tail "$KAFKA_ADMIN_LOG"
    return 1
  }
}

# kafka_start: starts the broker unless it runs; sets KAFKA_PID.
kafka_start() {
  local marker
  marker=$(part_marker kafka)
  if KAFKA_PID=$(running_pid kafka "$marker"); then
    step kafka "already running (pid $KAFKA_PID)"
    return 0
  fi
  require_free_ports kafka CERTGATE_KAFKA_PORT CERTGATE_KAFKA_CONTROLLER_PORT
  kafka_write_config
  kafka_format
  # A crash may leave the data folder's .lock file behind; the lock itself died with the process.
  start_detached kafka "$marker" "$KAFKA_LOG" "$RUN_DIR/kafka" -- \
    "$JAVA" -Xmx256m -Xms256m \
    -Dorg.slf4j.simpleLogger.showDateTime=true \
    "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss,SSS" \
    -cp "$(kafka_classpath)" kafka.Kafka "$KAFKA_CONFIG"
  KAFKA_PID=$STARTED_PID
  step kafka "starting (pid $KAFKA_PID), log $(rel "$KAFKA_LOG")"
}

kafka_ready() {
  port_owned_by "$CERTGATE_KAFKA_PORT" "$KAFKA_PID" && grep -q 'Kafka Server started' "$KAFKA_LOG" 2>/dev/null
}

# kafka_create_topics: the application topics, created if missing (in parallel: a JVM each).
kafka_create_topics() {
  local topic failed _ missing=0
  # One node: a topic exists when its first partition has a folder. Saves two JVM starts.
  for topic in "${KAFKA_TOPICS[@]}"; do
    [[ -d "$KAFKA_DATA_DIR/$topic-0" ]] || missing=1
  done
  ((missing)) || return 0
  for _ in 1 2 3; do
    local -a pids=()
    for topic in "${KAFKA_TOPICS[@]}"; do
      kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$CERTGATE_KAFKA_PORT" \
        --create --if-not-exists --topic "$topic" \
        --partitions "$KAFKA_TOPIC_PARTITIONS" --replication-factor 1 &
      pids+=($!)
    done
    failed=0
    for topic in "${pids[@]}"; do wait "$topic" || failed=1; done
    ((failed == 0)) && return 0
    sleep 1
  done
  error "kafka: creating the topics ${KAFKA_TOPICS[*]} failed."
  printf '  log: %s\n' "$KAFKA_ADMIN_LOG" >&2
  show_log_tail "$KAFKA_ADMIN_LOG"
  return 1
}

# kafka_wait: waits for the broker, then creates the topics.
kafka_wait() {
  local t0
  t0=$(now_ms)
  wait_ready kafka "$KAFKA_PID" "$CERTGATE_KAFKA_TIMEOUT" "$CERTGATE_KAFKA_PORT" "$KAFKA_LOG" kafka_ready || {
    stop_parts kafka >/dev/null
    printf '  If its data is damaged, dev/stack down --wipe starts afresh (all local state is lost).\n' >&2
    return 1
  }
  kafka_create_topics
  ok kafka "ready on 127.0.0.1:$CERTGATE_KAFKA_PORT, topics ${KAFKA_TOPICS[*]} ($(elapsed_since "$t0"))"
}

kafka_wipe() {
  rm -rf "$KAFKA_DIR"
}

kafka_status() {
  local state=stopped pid=- ready=-
  if KAFKA_PID=$(running_pid kafka "$(part_marker kafka)"); then
    state=running
    pid=$KAFKA_PID
    if port_owned_by "$CERTGATE_KAFKA_PORT" "$pid"; then ready=ready; else ready="not ready"; fi
  fi
  status_line kafka "$state" "$pid" "$CERTGATE_KAFKA_PORT,$CERTGATE_KAFKA_CONTROLLER_PORT" "$ready"
}
