#!/usr/bin/env bash
# The demo: newsgraph on the sample articles. Usage: scripts/demo.sh BINARY SAMPLES OUT
# Writes OUT/samples.{graphml,jsonld,dot,nt,gexf} (one graph of every .txt in SAMPLES),
# OUT/samples.svg rendered by Graphviz, and OUT/NAME.graphml and OUT/NAME.svg for each article.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 BINARY SAMPLES OUT" >&2
  exit 2
fi
newsgraph=$1 samples=$2 out=$3

[ -x "$newsgraph" ] || { echo "demo: $newsgraph: not an executable (run make build first)" >&2; exit 1; }
[ -d "$samples" ] || { echo "demo: $samples: no such directory" >&2; exit 1; }
command -v dot >/dev/null || { echo "demo: Graphviz's dot is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }

shopt -s nullglob
articles=("$samples"/*.txt)
[ ${#articles[@]} -gt 0 ] || { echo "demo: no .txt articles in $samples" >&2; exit 1; }
mkdir -p "$out"

# Writes $2 from `dot -Tsvg $1` through a temporary file, so a failure leaves no broken picture.
render() {
  local tmp
  tmp=$(mktemp "$(dirname "$2")/.$(basename "$2").XXXXXX")
  if dot -Tsvg "$1" -o "$tmp"; then
    mv -f "$tmp" "$2"
  else
    rm -f "$tmp"
    echo "demo: dot could not render $1" >&2
    exit 1
  fi
}

wrote=()
"$newsgraph" build -f graphml -f jsonld -f dot -f nt -f gexf -o "$out/samples" "${articles[@]}"
for ext in graphml jsonld dot nt gexf; do wrote+=("$out/samples.$ext"); done
render "$out/samples.dot" "$out/samples.svg"
wrote+=("$out/samples.svg")

for article in "${articles[@]}"; do
  name=$(basename "$article" .txt)
  "$newsgraph" build --quiet -f graphml -f dot -o "$out/$name" "$article"
  render "$out/$name.dot" "$out/$name.svg"
  rm -f "$out/$name.dot"
  wrote+=("$out/$name.graphml" "$out/$name.svg")
done

echo
echo "demo: ${#articles[@]} articles from $samples; wrote ${#wrote[@]} files:"
for f in "${wrote[@]}"; do
  printf '  %-60s %10s bytes\n' "$f" "$(wc -c < "$f")"
done
echo "Open $out/samples.svg in a browser, or $out/samples.gexf in Gephi."
