#!/usr/bin/env bash
# Builds newsgraph's libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in BUILD, then runs each for SECONDS on a copy of its seeds.
# Usage: scripts/fuzz.sh BUILD SECONDS [TARGET...]
#   exit 0   no finding
#   exit 1   a finding (the target, its log and the input that shows it are named), or a
#            build that failed
#   exit 77  clang or libFuzzer is not installed (scripts/install-deps.sh installs them)
# The corpus each target grows is kept in BUILD/fuzz-corpus/TARGET, so later runs go on
# from it; findings go to BUILD/fuzz-findings, logs to BUILD/fuzz-logs. Nothing is written
# to the source tree. Environment: JOBS (build jobs, default 2), CXX (default clang++),
# FUZZ_RUNS and FUZZ_SEED (a repeatable run of that many inputs per target, seed default 1).
set -uo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD SECONDS [TARGET...]" >&2
  exit 2
fi
build=$1
seconds=$2
shift 2
source_dir=$(cd "$(dirname "$0")/.." && pwd)
fuzz_dir=$source_dir/tests/fuzz
cxx=${CXX:-clang++}
case $cxx in *clang*) ;; *) cxx=clang++ ;; esac
cc=${cxx/clang++/clang}

if ! command -v "$cxx" >/dev/null 2>&1; then
  echo "fuzz: $cxx not found; scripts/install-deps.sh installs clang and libclang-rt-14-dev" >&2
  exit 77
fi
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
    "$cxx" -x c++ -fsanitize=fuzzer -o /dev/null - >/dev/null 2>&1; then
  echo "fuzz: $cxx cannot link libFuzzer; install libclang-rt-14-dev" >&2
  exit 77
fi

# Flags libFuzzer runs every target with, and each target's longest input: room for the seeds
# nested past the readers' depth limits (256 for JSON), 3,000 HTML elements deep, huge and
# non-finite numbers, and a sentence of many mentions.
max_len() {
  case $1 in
    fuzz_read_graphml | fuzz_read_jsonld | fuzz_lexicon | fuzz_html) echo 65536 ;;
    fuzz_extractor | fuzz_jsonl) echo 32768 ;;
    fuzz_conllu) echo 4096 ;;
    *) echo 1024 ;;  # the writers: bytes that become a small graph's text
  esac
}
all_targets=(fuzz_extractor fuzz_lexicon fuzz_html fuzz_jsonl fuzz_read_graphml fuzz_read_jsonld
             fuzz_graphml fuzz_jsonld fuzz_dot fuzz_ntriples fuzz_gexf fuzz_conllu)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

start=$(date +%s)
echo "fuzz: building ${targets[*]} in $build" >&2
mkdir -p "$build"
if ! cmake -S "$source_dir" -B "$build" -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -fno-omit-frame-pointer" \
      -DNEWSGRAPH_FUZZ=ON -DNEWSGRAPH_BUILD_TESTS=OFF -DNEWSGRAPH_BUILD_BENCH=OFF >"$build/fuzz-configure.log" 2>&1; then
  cat "$build/fuzz-configure.log" >&2
  echo "fuzz: configuring $build failed" >&2
  exit 1
fi
if ! cmake --build "$build" -j "${JOBS:-2}" --target "${targets[@]}" >"$build/fuzz-build.log" 2>&1; then
  tail -n 40 "$build/fuzz-build.log" >&2
  echo "fuzz: building the fuzz targets failed (log: $build/fuzz-build.log)" >&2
  exit 1
fi
echo "fuzz: built in $(($(date +%s) - start)) s; running each target for $seconds s" >&2

mkdir -p "$build/fuzz-corpus" "$build/fuzz-findings" "$build/fuzz-logs"
# UBSan reports are findings too: stop at the first, with its stack (but see ubsan.supp).
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$fuzz_dir/ubsan.supp
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
failed=()
for target in "${targets[@]}"; do
  corpus=$build/fuzz-corpus/$target
  mkdir -p "$corpus"
  cp -f "$fuzz_dir/seeds/$target"/* "$corpus"/ 2>/dev/null
  log=$build/fuzz-logs/$target.log
  rm -f "$build/fuzz-findings/$target"-*
  # FUZZ_RUNS makes a run repeatable: that many inputs from a fixed seed (SECONDS is then only
  # a cap), as ctest's short run does, so that CI passes or fails the same way every time.
  repeatable=()
  [ -n "${FUZZ_RUNS:-}" ] && repeatable=(-runs="$FUZZ_RUNS" -seed="${FUZZ_SEED:-1}")
  "$build/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" "${repeatable[@]}" -max_len="$(max_len "$target")" \
    -timeout=10 -rss_limit_mb=2048 -dict="$fuzz_dir/newsgraph.dict" -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-findings/$target-" >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  if [ $status -eq 0 ]; then
    echo "fuzz: $target: no finding (${runs:-?} runs, corpus $(ls "$corpus" | wc -l) inputs)" >&2
  else
    failed+=("$target")
    echo "fuzz: $target: FINDING (exit $status); log: $log" >&2
    grep -E -m 8 'ERROR: |SUMMARY: |fuzz check failed|runtime error|Test unit written' "$log" | sed 's/^/  /' >&2
  fi
done

echo "fuzz: done in $(($(date +%s) - start)) s" >&2
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (inputs in $build/fuzz-findings; rerun one as: $build/tests/fuzz/TARGET INPUT)" >&2
  exit 1
fi
