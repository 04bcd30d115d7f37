#!/bin/sh
# Builds the graph of every article of each DIR with `newsgraph build`, in every format, and
# checks each with check_clients.py CHECKS (a check, several joined by commas, or all: the
# schema, networkx, igraph, Graphviz, rdflib and pyld read it, and all formats carry the same
# graph).
#   check_corpus.sh CHECKS DIR...
# Needs NEWSGRAPH (the executable), NEWSGRAPH_SOURCE_DIR, NEWSGRAPH_SHARED_DIR and PYTHON, as
# tests/CMakeLists.txt sets them. Exits 77 (skipped) when ../shared is not beside the clone and
# a DIR lies in it or a check needs it (the schema does), and while newsgraph has no build
# command. With ../shared there, a missing DIR is a failure.
set -u
: "${NEWSGRAPH:?}" "${NEWSGRAPH_SOURCE_DIR:?}" "${NEWSGRAPH_SHARED_DIR:?}" "${PYTHON:=/usr/bin/python3}"
[ $# -ge 2 ] || { echo "usage: check_corpus.sh CHECKS DIR..." >&2; exit 2; }
checks=$1
shift
if [ ! -d "$NEWSGRAPH_SHARED_DIR" ]; then
  for dir in "$@"; do
    case "$dir" in
      "$NEWSGRAPH_SHARED_DIR"/*)
        echo "SKIPPED: ../shared not found ($NEWSGRAPH_SHARED_DIR: it holds $dir)"
        exit 77 ;;
    esac
  done
  case ",$checks," in
    *,all,*|*,schema,*)
      echo "SKIPPED: ../shared not found ($NEWSGRAPH_SHARED_DIR: it holds the GraphML schema)"
      exit 77 ;;
  esac
fi
if ! "$NEWSGRAPH" build --help 2>&1 | grep -q -- "-f"; then
  echo "newsgraph has no build command yet: skipped"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
articles=0
edges=0
sets=0
for dir in "$@"; do
  if [ ! -d "$dir" ]; then
    echo "FAILED: no directory $dir"
    status=1
    continue
  fi
  sets=$((sets + 1))
  mkdir "$out/$sets"
  for article in "$dir"/*.txt; do
    [ -f "$article" ] || continue
    name=$(basename "$article" .txt)
    for f in graphml jsonld dot nt gexf; do
      if ! "$NEWSGRAPH" build --quiet -f "$f" -o "$out/$sets/$name.$f" "$article"; then
        echo "FAILED: newsgraph build -f $f $article"
        status=1
      fi
    done
    articles=$((articles + 1))
    if ! report=$("$PYTHON" "$NEWSGRAPH_SOURCE_DIR/tests/clients/check_clients.py" "$checks" "$out/$sets/$name" 2>&1); then
      status=1
    fi
    echo "$report"
    n=$(echo "$report" | sed -n 's/^[a-z]*: .*: \([0-9]*\) nodes, \([0-9]*\) edges: ok$/\2/p' | head -n 1)
    edges=$((edges + ${n:-0}))
  done
done
echo "$articles articles, $edges edges in all"
if [ "$articles" -eq 0 ] || [ "$edges" -eq 0 ]; then
  echo "FAILED: no article gave an edge, so nothing was checked"
  status=1
fi
exit $status
