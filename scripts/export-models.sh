#!/usr/bin/env bash
# Regenerates models/: the reduced-form LP (MATH §2) of every bundled instance in instances/*.json
# as free MPS and CPLEX LP files, for the weights 1,1 (welfare), 1,0 (revenue) and 1,2, and
# models/expected.csv with the optimum of each file from the exact ironing oracle (MATH §3), read
# from the machine-readable "expected:" line that 'paretomech export' puts in every header.
#
#   scripts/export-models.sh            # uses ./paretomech
#   PARETOMECH=/path/to/launcher scripts/export-models.sh
#
# Instances with more than MAX_SUPPORT support points are skipped; the extra weights 1,2 are only
# exported up to EXTRA_SUPPORT points, which keeps models/ near 8 MB. Deterministic: the same
# sources give the same bytes. Only models/*.mps, models/*.lp and models/expected.csv are replaced.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
paretomech="${PARETOMECH:-$root/paretomech}"
MAX_SUPPORT="${MAX_SUPPORT:-1000}"
EXTRA_SUPPORT="${EXTRA_SUPPORT:-400}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
csv="$tmp/expected.csv"
echo "file,instance,buyers,units,support,transfers,lambda_r,lambda_s,scale,objective,revenue,surplus" > "$csv"

# "expected: k1=v1 k2=v2 ..." -> the CSV row for one file
row() {
  local file="$1" line
  line="$(sed -n 's/^[*\\] expected: //p' "$tmp/$file")"
  [ -n "$line" ] || { echo "export-models: no 'expected:' line in $file" >&2; exit 1; }
  printf '%s' "$file"
  for key in instance buyers units support transfers lambda_r lambda_s scale objective revenue surplus; do
    value="$(tr ' ' '\n' <<<"$line" | sed -n "s/^$key=//p")"
    [ -n "$value" ] || { echo "export-models: no $key in the 'expected:' line of $file" >&2; exit 1; }
    printf ',%s' "$value"
  done
  printf '\n'
}

count=0
for instance in instances/*.json; do
  name="$(basename "$instance" .json)"
  for weights in 1,1 1,0 1,2; do
    base="$name-w${weights/,/-}"
    "$paretomech" export "$instance" --weights "$weights" --format mps -o "$tmp/$base.mps" 2>/dev/null
    support="$(sed -n 's/^\* expected: .* support=\([0-9]*\) .*/\1/p' "$tmp/$base.mps")"
    if (( support > MAX_SUPPORT )); then
      echo "export-models: skipping $name (K = $support > $MAX_SUPPORT support points)" >&2
      rm -f "$tmp/$base.mps"
      continue 2
    fi
    if [ "$weights" = 1,2 ] && (( support > EXTRA_SUPPORT )); then
      rm -f "$tmp/$base.mps"
      continue
    fi
    "$paretomech" export "$instance" --weights "$weights" --format lp -o "$tmp/$base.lp" 2>/dev/null
    row "$base.mps" >> "$csv"
    row "$base.lp" >> "$csv"
    count=$((count + 2))
  done
done

mkdir -p models
rm -f models/*.mps models/*.lp models/expected.csv
mv "$tmp"/*.mps "$tmp"/*.lp models/
mv "$csv" models/expected.csv
echo "export-models: wrote $count model files and models/expected.csv ($(du -sh models | cut -f1))" >&2
