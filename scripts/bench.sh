#!/usr/bin/env bash
# Benchmark: LP vs ironing oracle per frontier, oracle time per call, peak heap (256 MB heap).
# Usage: scripts/bench.sh [LP budget seconds; >= 600 runs the full LP frontier at K = 10^4]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -Xmx256m -XX:ActiveProcessorCount=2 -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.paretomech.bench.FrontierBenchmark "${1:-120}"
