#!/usr/bin/env bash
# Benchmark: LP vs ironing oracle per frontier (K = 10^2..10^4, 4 GB heap; at 10^4 the LP frontier
# is estimated from one GLOP solve), then the oracle alone up to K = 10^6 in a 256 MB heap. Prints
# Markdown tables; compare ratios within one run.
# Usage: scripts/bench.sh [quick | LP budget seconds, default 120]
#   quick: LP at K = 100 and the oracle up to 10^5 only (under a minute);
#   an LP frontier is traced in full when one solve times the solves it needs fits the budget,
#   else estimated from that one solve (GLOP at K = 10^4).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=""
budget="${1:-120}"
if [ "${1:-}" = quick ]; then mode=quick; budget=30; fi
mvn -q -B test-compile dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
# exec-free children: a signal to this script (Ctrl-C, timeout) stops the running JVM too.
trap 'kill 0' INT TERM
echo "LP vs oracle (heap 4 GB):"
java -Xmx4g -cp "$cp" org.paretomech.bench.FrontierBenchmark lp "$budget" $mode &
wait $!
echo
echo "Oracle alone (heap 256 MB):"
java -Xmx256m -cp "$cp" org.paretomech.bench.FrontierBenchmark oracle 0 $mode &
wait $!
