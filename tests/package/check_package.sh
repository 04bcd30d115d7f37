#!/bin/sh
# Installs the build into a scratch prefix, builds tests/package/client against it with
# find_package(newsgraph), and runs it: the installed headers, targets and lexicons suffice.
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
