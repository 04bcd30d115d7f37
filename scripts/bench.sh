#!/usr/bin/env bash
# make bench: the whole run of `newsgraph build -f graphml` (read, extract, merge, write) on
# generated corpora of 10k, 50k and 100k articles at 1 and 2 threads, measured for wall time,
# CPU time and peak memory; one article of 1, 10 and 100 MB (peak memory) and one sentence of
# 1 and 4 MB (time); checks of linearity, of memory against graph size and article size and of
# the graph against the generator's record; then the Google Benchmark figures of bench/micro.
# Prints the tables and writes them to bench/results.md.
#
# Usage: scripts/bench.sh BUILD_DIR [--with-200k] [--quick]
#   --with-200k   also the 200k-article corpus (about 670 MB of JSON Lines)
#   --quick       10k and 20k articles only, one run each, short micro-benchmarks (for trying the script)
# Environment: BENCH_SIZES ("10000 50000 100000"), BENCH_JOBS ("1 2"), BENCH_RUNS (3
#   rounds; each figure is the run of median CPU time among them), BENCH_SEED (1),
#   BENCH_ARTICLE_MB (sizes of the one-article runs, "1 10 100"), BENCH_DATA (where corpora are
#   kept, default BUILD_DIR/bench-data), BENCH_RESULTS
#   (default bench/results.md), BENCH_MICRO_MIN_TIME (seconds, 0.5), BENCH_STRICT=1 to exit 1
#   when a target is missed.
set -euo pipefail

usage() { echo "usage: scripts/bench.sh BUILD_DIR [--with-200k] [--quick]" >&2; exit 2; }
[ $# -ge 1 ] || usage
build=$1
shift
sizes=${BENCH_SIZES:-"10000 50000 100000"}
micro_time=${BENCH_MICRO_MIN_TIME:-0.5}
runs=${BENCH_RUNS:-3}
for arg in "$@"; do
  case $arg in
    --with-200k) sizes="$sizes 200000" ;;
    --quick) sizes=${BENCH_SIZES:-"10000 20000"}; micro_time=${BENCH_MICRO_MIN_TIME:-0.1}; runs=${BENCH_RUNS:-1} ;;
    *) usage ;;
  esac
done
jobs_list=${BENCH_JOBS:-"1 2"}
seed=${BENCH_SEED:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
results=${BENCH_RESULTS:-$root/bench/results.md}
data=${BENCH_DATA:-$build/bench-data}

newsgraph=$build/cli/newsgraph
make_corpus=$build/bench/make_corpus
corpus_check=$build/bench/corpus_check
micro=$build/bench/micro
for b in "$newsgraph" "$make_corpus" "$corpus_check"; do
  [ -x "$b" ] || { echo "bench: $b is missing; build $build first (make bench does)" >&2; exit 1; }
done
timer=/usr/bin/time
[ -x "$timer" ] || { echo "bench: $timer is missing (Debian package 'time'; scripts/install-deps.sh installs it)" >&2; exit 1; }

mkdir -p "$data"
tmp=$(mktemp -d /tmp/newsgraph-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# A corpus of N articles (and its record), made once and kept until make_corpus changes.
corpus() {
  local n=$1 name=$2; shift 2
  local file=$data/$name.jsonl rec=$data/$name.record.json
  if [ ! -s "$file" ] || [ ! -s "$rec" ] || [ "$make_corpus" -nt "$file" ]; then
    echo "bench: generating $n articles ($name)" >&2
    "$make_corpus" -n "$n" --seed "$seed" -o "$file.part" --record "$rec" "$@" 2>/dev/null
    mv "$file.part" "$file"
  fi
  echo "$file"
}

# One record's number field, from the JSON make_corpus wrote.
record_field() { sed -n "s/^  \"$2\": \\([0-9]*\\),\$/\\1/p" "$1"; }

# Runs newsgraph build on a corpus once; prints "wall user sys maxrss_kb".
run_build() {
  local file=$1 jobs=$2 out=$3
  "$timer" -f "%e %U %S %M" -o "$tmp/time" "$newsgraph" build -q -f graphml -o "$out" -j "$jobs" "$file"
  cat "$tmp/time"
}

# Of the lines "wall user sys maxrss_kb" in a file, the one of median CPU time (user + sys).
median_run() {
  local count
  count=$(wc -l <"$1")
  awk '{ print $2 + $3, $0 }' "$1" | sort -g | awk -v m=$(((count + 1) / 2)) 'NR == m { print $2, $3, $4, $5 }'
}

cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
load=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$root" diff --quiet HEAD -- . ':!bench/results.md' 2>/dev/null || commit="$commit (with uncommitted changes)"

header='| articles | input MB | -j | wall s | CPU s | articles/s | MB/s | MB/s per core | peak RSS MB | nodes | edges |'
rule='|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
rows=()
declare -A cpu_per_article rss_of per_core_of identical
echo "$header"
echo "$rule"
# This machine's speed drifts by up to 15% over minutes. So the runs go in rounds, every size
# and -j once a round, and each figure is the run of median CPU time among its rounds: every
# size sees the same stretches of the machine, and no single run decides.
declare -A file_of bytes_of
for n in $sizes; do
  file_of[$n]=$(corpus "$n" "corpus-$n-s$seed")
  bytes_of[$n]=$(stat -c %s "${file_of[$n]}")
done
for ((round = 0; round < runs; ++round)); do
  for n in $sizes; do
    first_out=
    for j in $jobs_list; do
      out=$tmp/out-$n-j$j.graphml
      run_build "${file_of[$n]}" "$j" "$out" >>"$tmp/times-$n-$j"
      [ "$round" -eq 0 ] || { rm -f "$out"; continue; }
      if [ -z "$first_out" ]; then
        first_out=$out
        # The graph of the smallest corpus against the generator's record.
        if [ "$n" = "${sizes%% *}" ]; then
          rec=$data/corpus-$n-s$seed.record.json
          if "$corpus_check" --record "$rec" --graph "$out" >"$tmp/check" 2>&1; then check_result="exact (every node and edge)"
          else check_result="DIFFERS: see corpus_check"; cat "$tmp/check" >&2; fi
        fi
      else
        if cmp -s "$first_out" "$out"; then identical[$n]=yes; else identical[$n]=NO; fi
        rm -f "$out"
      fi
    done
    rm -f "$first_out"
  done
done
for n in $sizes; do
  rec=$data/corpus-$n-s$seed.record.json
  bytes=${bytes_of[$n]}
  nodes=$(record_field "$rec" node_count)
  edges=$(record_field "$rec" edge_count)
  for j in $jobs_list; do
    read -r wall user sys rss < <(median_run "$tmp/times-$n-$j")
    row=$(awk -v n="$n" -v b="$bytes" -v j="$j" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v no="$nodes" -v ed="$edges" 'BEGIN {
      cpu = u + s; if (w <= 0) w = 0.01; if (cpu <= 0) cpu = 0.01;
      printf "| %d | %.1f | %d | %.2f | %.2f | %.0f | %.2f | %.2f | %.0f | %d | %d |", n, b / 1e6, j, w, cpu, n / w, b / 1e6 / w, b / 1e6 / cpu, r / 1024, no, ed }')
    echo "$row"
    rows+=("$row")
    cpu_per_article[$n,$j]=$(awk -v u="$user" -v s="$sys" -v n="$n" 'BEGIN { printf "%.1f", (u + s) / n * 1e6 }')
    rss_of[$n,$j]=$(awk -v r="$rss" 'BEGIN { printf "%.0f", r / 1024 }')
    per_core_of[$n,$j]=$(awk -v b="$bytes" -v u="$user" -v s="$sys" 'BEGIN { c = u + s; if (c <= 0) c = 0.01; printf "%.2f", b / 1e6 / c }')
  done
done

# Memory against text: the smallest corpus's number of articles with four times the text and a
# quarter of the template share, so about the same graph from four times the bytes.
n0=${sizes%% *}
j0=${jobs_list%% *}
heavy=$(corpus "$n0" "textheavy-$n0-s$seed" --min-bytes 8192 --max-bytes 16384 --template-share 0.075)
heavy_rec=$data/textheavy-$n0-s$seed.record.json
for ((round = 0; round < runs; ++round)); do
  run_build "$heavy" "$j0" "$tmp/heavy.graphml" >>"$tmp/times-heavy"
  rm -f "$tmp/heavy.graphml"
done
read -r hw hu hs hrss < <(median_run "$tmp/times-heavy")
heavy_row=$(awk -v n="$n0" -v b="$(stat -c %s "$heavy")" -v j="$j0" -v w="$hw" -v u="$hu" -v s="$hs" -v r="$hrss" \
  -v no="$(record_field "$heavy_rec" node_count)" -v ed="$(record_field "$heavy_rec" edge_count)" 'BEGIN {
  cpu = u + s; if (w <= 0) w = 0.01; if (cpu <= 0) cpu = 0.01;
  printf "| %d (4x text) | %.1f | %d | %.2f | %.2f | %.0f | %.2f | %.2f | %.0f | %d | %d |", n, b / 1e6, j, w, cpu, n / w, b / 1e6 / w, b / 1e6 / cpu, r / 1024, no, ed }')
echo "$heavy_row"

# Large articles: one article of 1, 10 and 100 MB (the samples' prose repeated; 1 and 10 with
# --quick) for peak memory, and one sentence of many mentions of 1 and 4 MB for time, each at
# -j 1. Reading is piece by piece and sentence by sentence, so both should grow linearly.
large_sizes=${BENCH_ARTICLE_MB:-"1 10 100"}
for arg in "$@"; do [ "$arg" = --quick ] && large_sizes=${BENCH_ARTICLE_MB:-"1 10"}; done
make_large() {  # make_large KIND MB FILE: an article of MB MiB, prose (the samples) or one sentence
  /usr/bin/python3 - "$root/samples" "$1" "$2" "$3" <<'EOF2'
import glob, os, sys
samples, kind, mb, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
if kind == "prose":
    unit = "".join(open(f, encoding="utf-8").read() + "\n\n" for f in sorted(glob.glob(os.path.join(samples, "*.txt"))))
else:
    unit = "China condemned North Korea and Russia criticised Japan, "
data = unit.encode() * (mb * 2**20 // len(unit.encode()) + 1)
open(out, "wb").write(data[:mb * 2**20].rsplit(b" ", 1)[0] + b".\n")
EOF2
}
large_rows=()
declare -A large_rss large_cpu
for kind_mb in $(for mb in $large_sizes; do echo "prose:$mb"; done) sentence:1 sentence:4; do
  kind=${kind_mb%%:*}
  mb=${kind_mb##*:}
  file=$data/large-$kind-$mb.txt
  [ -s "$file" ] || make_large "$kind" "$mb" "$file"
  "$timer" -f "%e %U %S %M" -o "$tmp/time" "$newsgraph" build -q -j 1 --max-article-bytes 1G -f graphml \
    -o "$tmp/large.graphml" "$file" 2>/dev/null
  read -r w u sy r <"$tmp/time"
  large_rss[$kind,$mb]=$(awk -v r="$r" 'BEGIN { printf "%.0f", r / 1024 }')
  large_cpu[$kind,$mb]=$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%.2f", u + s }')
  row="| $kind | $mb | $w | ${large_cpu[$kind,$mb]} | ${large_rss[$kind,$mb]} |"
  echo "$row"
  large_rows+=("$row")
  rm -f "$tmp/large.graphml"
done
first_mb=${large_sizes%% *}
last_mb=${large_sizes##* }
article_mem=$(awk -v a="${large_rss[prose,$first_mb]}" -v b="${large_rss[prose,$last_mb]}" -v m0="$first_mb" -v m1="$last_mb" 'BEGIN {
  per = (b - a) / (m1 - m0);
  printf "%d MB for a %d MB article, %d MB for %d MB: %.2f MB more per MB of article -> %s", a, m0, b, m1, per,
    (per <= 10 ? "linear, under 10x the article" : "OVER 10x the article") }')
sentence_time=$(awk -v a="${large_cpu[sentence,1]}" -v b="${large_cpu[sentence,4]}" 'BEGIN {
  r = b / (a > 0 ? a : 0.01);
  printf "%.2f s CPU for a 1 MB sentence, %.2f s for 4 MB (x%.2f) -> %s", a, b, r, (r <= 5.2 ? "linear" : "NOT linear (over 1.3 x 4)") }')

# The checks.
largest=${sizes##* }
linear=$(for n in $sizes; do echo "$n ${cpu_per_article[$n,$j0]}"; done | awk -v base="${cpu_per_article[$n0,$j0]}" '
  { r = $2 / base; printf "%s%d: %.0f µs (x%.2f)", (NR > 1 ? ", " : ""), $1, $2, r; if (r > worst) worst = r }
  END { printf " -> %s", (worst <= 1.3 ? "linear" : "NOT linear (over 1.3x the smallest)") }')
best_core=$(for n in $sizes; do for j in $jobs_list; do echo "${per_core_of[$n,$j]}"; done; done | sort -g | tail -1)
worst_core=$(for n in $sizes; do for j in $jobs_list; do echo "${per_core_of[$n,$j]}"; done; done | sort -g | head -1)
speed_ok=$(awk -v w="$worst_core" 'BEGIN { print (w >= 20 ? "yes" : "no") }')
mem_target=""
mem_ok=yes
if [ -n "${rss_of[100000,$j0]:-}" ]; then
  max100=0
  for j in $jobs_list; do [ "${rss_of[100000,$j]}" -gt "$max100" ] && max100=${rss_of[100000,$j]}; done
  mem_ok=$([ "$max100" -lt 1024 ] && echo yes || echo no)
  mem_target="peak RSS at 100k articles: $max100 MB (target under 1024 MB): $mem_ok"
fi
heavy_mb=$(awk -v r="$hrss" 'BEGIN { printf "%.0f", r / 1024 }')
text_mem=$(awk -v n="$n0" -v a="${rss_of[$n0,$j0]}" -v b="$heavy_mb" 'BEGIN {
  printf "%d MB for the %d-article corpus, %d MB with four times its text (x%.2f)%s", a, n, b, b / a,
    (b / a < 1.5 ? ": memory follows the graph, not the text" : ": memory grows with the text") }')
per_edge=$(for n in $sizes; do
  awk -v n="$n" -v r="${rss_of[$n,$j0]}" -v e="$(record_field "$data/corpus-$n-s$seed.record.json" edge_count)" \
    'BEGIN { printf "%d: %.2f KB  ", n, r * 1024 / e }'; done)
ident=$(for n in $sizes; do echo -n "$n: ${identical[$n]:-n/a}  "; done)

checks=(
  "Throughput per core (input MB per CPU second, all runs): $worst_core to $best_core MB/s (target at least 20): $speed_ok"
  "Time per article at -j $j0 (CPU): $linear"
  "${mem_target:-peak RSS at 100k articles: not measured (100000 not among the sizes)}"
  "Peak RSS against text: $text_mem"
  "Peak RSS per graph edge at -j $j0: $per_edge"
  "Graph of the $n0-article corpus against the generator's record: ${check_result:-not checked}"
  "Output identical at every -j: $ident"
  "Peak RSS against one article's size: $article_mem"
  "Time of one sentence of many mentions: $sentence_time"
)
echo
for c in "${checks[@]}"; do echo "- $c"; done

# Google Benchmark figures.
micro_table=""
if [ -x "$micro" ]; then
  echo
  "$micro" --benchmark_min_time="$micro_time" --benchmark_out="$tmp/micro.json" --benchmark_out_format=json
  micro_table=$(/usr/bin/python3 - "$tmp/micro.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
print("| benchmark | CPU time per iteration | MB/s | other |")
print("|---|---:|---:|---|")
for b in d["benchmarks"]:
    extra = []
    for k, v in b.items():
        if k in ("items_per_second", "tokens/s", "lookups/s", "edges/article", "phrases"):
            extra.append(f"{k} {v:,.0f}" if v >= 100 else f"{k} {v:.1f}")
    mbs = b.get("bytes_per_second")
    print(f"| {b['name']} | {b['cpu_time']:.2f} {b['time_unit']} | {'%.1f' % (mbs / 1e6) if mbs else ''} | {', '.join(extra)} |")
EOF
)
else
  micro_table="bench/micro was not built (Google Benchmark, libbenchmark-dev, not found)."
fi

{
  echo "# newsgraph benchmark results"
  echo
  echo "Written by \`make bench\` (scripts/bench.sh) on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit."
  echo "Machine: $cpu_model, $(nproc) cores; load average at the start: $load."
  echo
  echo "## Whole run: \`newsgraph build -f graphml -o OUT -j N corpus.jsonl\`"
  echo
  echo "Generated corpora (bench/make_corpus, seed $seed): JSON Lines, articles of 2-4 KB of text."
  echo "MB are 10^6 bytes of input; MB/s per core is input MB per CPU second (user + system),"
  echo "which a busy machine does not distort as it does wall time. Peak RSS from /usr/bin/time."
  if [ "$runs" -gt 1 ]; then
    echo "The runs went in $runs rounds, every row once a round (the machine's speed drifts over minutes);"
    echo "each row is its run of median CPU time."
  else
    echo "Each row is one run."
  fi
  echo
  echo "$header"
  echo "$rule"
  for r in "${rows[@]}"; do echo "$r"; done
  echo "$heavy_row"
  echo
  echo "## Large articles: \`newsgraph build -j 1 --max-article-bytes 1G -o OUT article.txt\`"
  echo
  echo "prose: the samples' articles repeated to one article of that many MiB; sentence: one sentence"
  echo "of many mentions (\"China condemned North Korea and Russia criticised Japan, ...\"). One run each."
  echo
  echo "| article | MiB | wall s | CPU s | peak RSS MB |"
  echo "|---|---:|---:|---:|---:|"
  for r in "${large_rows[@]}"; do echo "$r"; done
  echo
  echo "## Checks"
  echo
  for c in "${checks[@]}"; do echo "- $c"; done
  echo
  echo "## Micro-benchmarks (bench/micro, Google Benchmark, one thread)"
  echo
  echo "$micro_table"
} >"$results"
echo
echo "bench: wrote $results"

if [ "${BENCH_STRICT:-0}" = 1 ] && { [ "$speed_ok" != yes ] || [ "$mem_ok" != yes ]; }; then
  echo "bench: a target was missed" >&2
  exit 1
fi
