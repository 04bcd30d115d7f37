#!/bin/sh
# Builds the graph of every article of the dev corpus (../shared/corpus/dev) and of samples/
# with `newsgraph build`, in every format, and checks each with check_clients.py: the schema,
# networkx, igraph, Graphviz, rdflib and pyld read it, and all formats carry the same graph.
# Needs NEWSGRAPH (the executable), NEWSGRAPH_SOURCE_DIR, NEWSGRAPH_SHARED_DIR and PYTHON, as
# tests/CMakeLists.txt sets them. Exits 77 (skipped) while newsgraph has no build command.
set -u
: "${NEWSGRAPH:?}" "${NEWSGRAPH_SOURCE_DIR:?}" "${NEWSGRAPH_SHARED_DIR:?}" "${PYTHON:=/usr/bin/python3}"
if ! "$NEWSGRAPH" build --help 2>&1 | grep -q -- "-f"; then
  echo "newsgraph has no build command yet: skipped"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
articles=0
edges=0
for article in "$NEWSGRAPH_SHARED_DIR"/corpus/dev/*.txt "$NEWSGRAPH_SOURCE_DIR"/samples/*.txt; do
  [ -f "$article" ] || continue
  name=$(basename "$article" .txt)
  for f in graphml jsonld dot nt gexf; do
    if ! "$NEWSGRAPH" build -f "$f" -o "$out/$name.$f" "$article"; then
      echo "FAILED: newsgraph build -f $f $article"
      status=1
    fi
  done
  articles=$((articles + 1))
  if ! report=$("$PYTHON" "$NEWSGRAPH_SOURCE_DIR/tests/clients/check_clients.py" all "$out/$name" 2>&1); then
    status=1
  fi
  echo "$report"
  n=$(echo "$report" | sed -n 's/^agreement: .*: \([0-9]*\) nodes, \([0-9]*\) edges: ok$/\2/p')
  edges=$((edges + ${n:-0}))
done
echo "$articles articles, $edges edges in all"
if [ "$articles" -eq 0 ] || [ "$edges" -eq 0 ]; then
  echo "FAILED: no article gave an edge, so nothing was checked"
  status=1
fi
exit $status
