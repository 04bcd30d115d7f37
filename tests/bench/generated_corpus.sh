#!/bin/sh
# A generated corpus of 10,000 articles becomes one graph whose nodes (by type and key) and
# edges (by relation, subject, object and mode) are exactly those the generator's record says
# it put in; and the generator is deterministic: the same seed gives the same articles, and a
# shorter corpus is the start of a longer one.
# Usage: generated_corpus.sh MAKE_CORPUS CORPUS_CHECK NEWSGRAPH WORK_DIR
set -eu
[ $# -eq 4 ] || { echo "usage: generated_corpus.sh MAKE_CORPUS CORPUS_CHECK NEWSGRAPH WORK_DIR" >&2; exit 2; }
make_corpus=$1 corpus_check=$2 newsgraph=$3 dir=$4
mkdir -p "$dir"
corpus=$dir/corpus-10k.jsonl record=$dir/record-10k.json graph=$dir/graph-10k.graphml
trap 'rm -f "$corpus" "$record" "$graph" "$dir/corpus-1k.jsonl"' EXIT

"$make_corpus" -n 10000 --seed 7 -o "$corpus" --record "$record"
"$newsgraph" build --quiet -f graphml -o "$graph" -j 2 "$corpus"
"$corpus_check" --record "$record" --graph "$graph"

"$make_corpus" -n 1000 --seed 7 -o "$dir/corpus-1k.jsonl" 2>/dev/null
if ! head -n 1000 "$corpus" | cmp -s - "$dir/corpus-1k.jsonl"; then
  echo "generated_corpus: the first 1000 articles of the 10k corpus differ from a 1k corpus of the same seed" >&2
  exit 1
fi
echo "generated_corpus: ok"
