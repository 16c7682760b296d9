#!/usr/bin/env bash
# Benchmark: LP vs ironing oracle per frontier (K = 10^2..10^4, 4 GB heap), then the oracle alone
# up to K = 10^6 in a 256 MB heap. Prints Markdown tables; compare ratios within one run.
# Usage: scripts/bench.sh [LP budget seconds; >= 600 runs the full LP frontier at K = 10^4]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
echo "LP vs oracle (heap 4 GB):"
java -Xmx4g -cp "$cp" org.paretomech.bench.FrontierBenchmark lp "${1:-120}"
echo
echo "Oracle alone (heap 256 MB):"
java -Xmx256m -cp "$cp" org.paretomech.bench.FrontierBenchmark oracle
