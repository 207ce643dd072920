# shellcheck shell=bash
# Picks a JDK for the build and for every JVM of the local stack.
#
# Certgate targets Java 21. The machine's default `java` may be older, so:
#   1. $JAVA_HOME, when it holds a JDK >= 21;
#   2. otherwise the newest JDK >= 21 under /usr/lib/jvm;
#   3. otherwise fail and say how to fix it.

CERTGATE_MIN_JAVA=21

# java_major_version HOME: prints the feature version (17, 21, 25, ...) of the JDK in HOME.
java_major_version() {
  local home=$1 version=""
  [[ -x "$home/bin/java" ]] || return 1
  if [[ -r "$home/release" ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release")
  fi
  if [[ -z "$version" ]]; then
    # e.g. openjdk version "21.0.5" 2024-10-15  or  java version "1.8.0_412"
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  [[ -n "$version" ]] || return 1
  version=${version#1.} # 1.8.0 -> 8.0
  printf '%s\n' "${version%%[.+-]*}"
}

# java_is_jdk HOME: true if HOME is a full JDK (the build needs javac).
java_is_jdk() {
  [[ -x "$1/bin/java" && -x "$1/bin/javac" ]]
}

# pick_java: exports JAVA_HOME and sets JAVA (the java binary) to a JDK >= 21, or fails.
pick_java() {
  local candidate major best="" best_major=0
  if [[ -n "${JAVA_HOME:-}" ]]; then
    major=$(java_major_version "$JAVA_HOME" || true)
    if [[ -n "$major" ]] && ((major >= CERTGATE_MIN_JAVA)) && java_is_jdk "$JAVA_HOME"; then
      best=$JAVA_HOME
      best_major=$major
    fi
  fi
  if [[ -z "$best" ]]; then
    for candidate in /usr/lib/jvm/*; do
      [[ -d "$candidate" ]] || continue
      candidate=$(cd -P "$candidate" && pwd) # Debian keeps symlinked aliases of the same JDK
      major=$(java_major_version "$candidate" || true)
      if [[ -z "$major" ]] || ! java_is_jdk "$candidate"; then continue; fi
      if ((major >= CERTGATE_MIN_JAVA && major > best_major)); then
        best=$candidate
        best_major=$major
      fi
    done
  fi
  if [[ -z "$best" ]]; then
    printf 'error: Certgate needs a JDK %s or newer.\n' "$CERTGATE_MIN_JAVA" >&2
    if [[ -n "${JAVA_HOME:-}" ]]; then
      printf '  JAVA_HOME=%s is not one (version %s).\n' "$JAVA_HOME" \
        "$(java_major_version "$JAVA_HOME" 2>/dev/null || echo unknown)" >&2
    fi
    printf '  None was found under /usr/lib/jvm either. Install one (for example: apt-get install openjdk-21-jdk-headless)\n' >&2
    printf '  or point JAVA_HOME at it.\n' >&2
    return 1
  fi
  export JAVA_HOME=$best
  JAVA="$best/bin/java"
  JAVA_MAJOR=$best_major
}
