#!/usr/bin/env bash
# Writes fixtures/kustomize/expected/<folder>.out (a folder's slashes as --): what `kubectl
# kustomize` (kustomize v5.5.0) prints for each folder of fixtures/kustomize/oracle.json, or
# <folder>.error.txt with kustomize's error for a folder marked `fails`. Run it after changing a
# kustomize fixture and commit the output; the oracle test builds the same folders with drydock and
# compares. KUBECTL picks the kubectl (default: the one on PATH, which must embed kustomize v5.5).
set -euo pipefail
cd "$(dirname "$0")/.."

kubectl="${KUBECTL:-kubectl}"
version="$("$kubectl" version --client 2>/dev/null | sed -n 's/^Kustomize Version: //p')"
if [ "$version" != "v5.5.0" ]; then
  echo "$kubectl embeds kustomize ${version:-(unknown)}, not v5.5.0: the expectations are written from v5.5.0" >&2
  exit 2
fi

fixtures=fixtures/kustomize
mkdir -p "$fixtures/expected"
rm -f "$fixtures"/expected/*.out "$fixtures"/expected/*.error.txt
node -e '
  const manifest = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const f of manifest.fixtures) console.log(`${f.folder}\t${f.fails ? "fails" : "builds"}`);
' "$fixtures/oracle.json" | while IFS=$'\t' read -r folder outcome; do
  name="${folder//\//--}"
  if [ "$outcome" = builds ]; then
    # kustomize's deprecation warnings go to stderr; only the objects are kept
    "$kubectl" kustomize "$fixtures/$folder" 2>/dev/null > "$fixtures/expected/$name.out"
  elif "$kubectl" kustomize "$fixtures/$folder" >/dev/null 2>"$fixtures/expected/$name.error.txt"; then
    echo "$folder is marked fails, but kustomize built it" >&2
    exit 1
  else
    # keep kustomize's error, not the log line's time stamp and process id
    sed -n 's/.*"command failed" err="\(.*\)"$/\1/p' "$fixtures/expected/$name.error.txt" > "$fixtures/expected/$name.error.tmp"
    mv "$fixtures/expected/$name.error.tmp" "$fixtures/expected/$name.error.txt"
  fi
  echo "wrote $fixtures/expected/$name.*" >&2
done
