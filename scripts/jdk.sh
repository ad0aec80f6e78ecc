# Finds a JDK >= 21 for Dossier and exports JAVA_HOME and JAVA.
# Sourced by ./dossier, ./run-tests and .ci/run. Order: $JAVA_HOME, then the system's JVM folders
# (newest first), then `java` on the PATH. Stops with a clear message if none is new enough.

dossier_java_version() {
  # Prints the major version of the java at $1 (8 for 1.8), or nothing if it does not run.
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {v=$2; sub(/^1\./, "", v); print v; exit}'
}

dossier_find_jdk() {
  local candidates=() found="" best=0 version home
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for home in /usr/lib/jvm/* /usr/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$home/bin/java" ] && candidates+=("$home")
  done
  if command -v java >/dev/null 2>&1; then
    home="$(cd "$(dirname "$(readlink -f "$(command -v java)")")/.." && pwd)"
    candidates+=("$home")
  fi
  # JAVA_HOME wins when it is new enough; otherwise the newest JDK found.
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    version="$(dossier_java_version "$JAVA_HOME/bin/java")"
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      found="$JAVA_HOME"
    fi
  fi
  if [ -z "$found" ]; then
    for home in "${candidates[@]}"; do
      [ -x "$home/bin/javac" ] || continue
      version="$(dossier_java_version "$home/bin/java")"
      if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$best" ]; then
        best="$version"
        found="$home"
      fi
    done
  fi
  if [ -z "$found" ]; then
    local seen=""
    command -v java >/dev/null 2>&1 && seen=" (java on the PATH is version $(dossier_java_version "$(command -v java)"))"
    echo "dossier: needs a JDK 21 or newer and found none${seen}." >&2
    echo "dossier: install one (for example Temurin 25, or 'apt install openjdk-21-jdk') or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$found"
  export JAVA="$found/bin/java"
}

dossier_find_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "dossier: Maven (mvn) is needed to build Dossier: install Maven 3.8 or newer ('apt install maven')." >&2
    return 1
  fi
}
