#!/bin/sh
# Installs the build into a scratch prefix, builds tests/package/client against it with
# find_package(newsgraph), and runs it: the installed headers, targets and lexicons suffice;
# and checks that the exported extractor target links no HTML parser.
# Usage: check_package.sh BUILD_DIR
set -eu
build=$1
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cmake --install "$build" --prefix "$scratch/prefix" >"$scratch/install.log" 2>&1 || { cat "$scratch/install.log"; exit 1; }
cmake -S "$here/client" -B "$scratch/client" -DCMAKE_PREFIX_PATH="$scratch/prefix" \
  -DCMAKE_BUILD_TYPE=Release >"$scratch/configure.log" 2>&1 || { cat "$scratch/configure.log"; exit 1; }
cmake --build "$scratch/client" >"$scratch/build.log" 2>&1 || { cat "$scratch/build.log"; exit 1; }
out=$("$scratch/client/client")
echo "$out"
echo "$out" | grep -q "^China criticizes " || { echo "check_package: no 'China criticizes' edge" >&2; exit 1; }
# The extractor takes documents and links no HTML parser; reading files is newsgraph::ingest's.
targets=$(find "$scratch/prefix" -name newsgraph-targets.cmake | head -n 1)
grep -q "add_library(newsgraph::ingest " "$targets" || { echo "check_package: no newsgraph::ingest target in $targets" >&2; exit 1; }
extract_links=$(awk '/^set_target_properties\(newsgraph::extract /,/^\)/' "$targets")
[ -n "$extract_links" ] || { echo "check_package: no properties of newsgraph::extract in $targets" >&2; exit 1; }
if echo "$extract_links" | grep -qi gumbo; then
  echo "check_package: newsgraph::extract links gumbo: $extract_links" >&2; exit 1
fi
