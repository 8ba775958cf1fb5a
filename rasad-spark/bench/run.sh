#!/usr/bin/env bash
# Throughput of the Spark job with 1 and 2 local cores against the single-process CLI, on a
# synthetic corpus; then checks that the job and `rasad events` give the same events.
#   rasad-spark/bench/run.sh [ARTICLES] [WORKDIR]      (defaults: 200000, /tmp/rasad-bench)
# Prints wall-clock and CPU seconds per run and milliseconds per article. Needs python3.
# Each run is pinned with taskset to the cores it may use (the CLI and local[1] to one core,
# local[2] to two): unpinned, a "one-core" JVM still runs its garbage collector and JIT compiler on
# the other core, which hides the scaling the second task slot brings.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-200000}"
work="${2:-/tmp/rasad-bench}"
mkdir -p "$work"
corpus="$work/corpus-$n"   # files of 20,000 articles: the CLI takes JSONL files of up to 256 MB
if [ ! -d "$corpus" ]; then
  "$root/rasad-spark/bench/synthetic-corpus.py" "$n" "$work/corpus-$n.tmp"
  mkdir -p "$corpus.tmp.d" && split -l 20000 -d -a 3 --additional-suffix=.jsonl "$work/corpus-$n.tmp" "$corpus.tmp.d/part-"
  rm "$work/corpus-$n.tmp" && mv "$corpus.tmp.d" "$corpus"
fi
(cd "$root" && mvn -B -q -DskipTests -pl rasad-app,rasad-spark -am package >/dev/null)

run() {  # label, stdout file, command...: one line of figures
  local label="$1" out="$2"; shift 2
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "%U %S" "$@" >"$out" 2>"$work/$label.err"
  t1=$(date +%s.%N)
  python3 - "$label" "$t0" "$t1" "$n" "$(tail -1 "$work/$label.err")" "$(uptime | sed 's/.*average: //')" "$work/walls.txt" <<'PY'
import sys
label, t0, t1, n, cpu, load = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
u, s = (float(x) for x in cpu.split()[:2])
wall = t1 - t0
open(sys.argv[7], "a").write("%s %f\n" % (label, wall))
print("%-8s wall %7.1f s %7.0f articles/s %6.2f ms/article | cpu %7.1f s %5.2f ms/article | load after %s"
      % (label, wall, n / wall, 1000 * wall / n, u + s, 1000 * (u + s) / n, load))
PY
}

echo "corpus: $n articles, $(du -h "$corpus" | cut -f1); $(nproc) cores; load before: $(uptime | sed 's/.*average: //')"
rm -f "$work/walls.txt"
run cli "$work/cli.jsonl" taskset -c 0 java -Xss4m -Xmx6g -jar "$root/rasad-app/target/rasad.jar" events "$corpus"
run startup /dev/null taskset -c 0 "$root/scripts/rasad-spark" --cores 1 --out "$work/out-startup" "$root/samples/feed.jsonl"
run local1 /dev/null taskset -c 0 "$root/scripts/rasad-spark" --cores 1 --out "$work/out-1" "$corpus"
run local2 /dev/null taskset -c 0,1 "$root/scripts/rasad-spark" --cores 2 --out "$work/out-2" "$corpus"
python3 - "$work/walls.txt" "$n" <<'PY'
import sys
wall = dict((l.split()[0], float(l.split()[1])) for l in open(sys.argv[1]))
n = int(sys.argv[2])
net1, net2 = wall["local1"] - wall["startup"], wall["local2"] - wall["startup"]
print("net of the %.1f s fixed cost (JVM, Spark context, dictionaries, gazetteer): local[1] %.0f articles/s, "
      "local[2] %.0f articles/s, speed-up %.2fx on 2 cores (%.0f%% of linear)"
      % (wall["startup"], n / net1, n / net2, net1 / net2, 100 * net1 / net2 / 2))
PY
java -Xmx3g -Dlog4j2.configurationFile="$root/rasad-spark/conf/log4j2.properties" \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
  -cp "$(cat "$root/rasad-spark/target/classpath.txt")" "$root/rasad-spark/bench/EventsAsJson.java" "$work/out-2/events" \
  >"$work/spark.jsonl" 2>"$work/events-as-json.err"
python3 "$root/rasad-spark/bench/same-events.py" "$work/cli.jsonl" "$work/spark.jsonl"
