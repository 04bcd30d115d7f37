#!/usr/bin/env bash
# Installs, from Debian's packages, whatever newsgraph needs to build, test and demo that is
# not already there. Idempotent; uses sudo when not root. Usage: scripts/install-deps.sh
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev rapidjson-dev libpugixml-dev libgtest-dev libgmock-dev libcli11-dev
  libgumbo-dev libbenchmark-dev libjemalloc-dev
  graphviz libgraphviz-dev libxml2-utils
  time python3 python3-networkx python3-igraph python3-rdflib python3-pyld
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
