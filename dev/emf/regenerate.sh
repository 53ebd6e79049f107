#!/usr/bin/env bash
# Regenerates the EMF model code of io.medreason.dataset from its .genmodel, outside Eclipse.
#
#   dev/emf/regenerate.sh            # from the repository root (or anywhere)
#
# What it does:
#   1. fetches EMF's code generator (org.eclipse.emf.codegen.ecore and what it needs) from Maven Central with
#      `mvn dependency:copy-dependencies` (dev/emf/pom.xml pins the versions) into $EMF_LIB
#      (default ~/.cache/medreason/emf-codegen; downloaded once);
#   2. runs dev/emf/Regenerate.java (a small main) on those jars: it reads
#      bundles/io.medreason.dataset/model/dataset.genmodel and writes the model code to a temporary folder;
#   3. replaces bundles/io.medreason.dataset/src/main/java/io/medreason/dataset/model/ and plugin.xml with it.
# Hand edits in generated files survive only if marked "@generated NOT" - and then only if you merge by hand:
# this script replaces the files (we keep the generated code untouched; behaviour lives in io.medreason.dataset.io etc.).
# Needs: Java 21+ (JAVA_HOME or java on PATH) and Maven.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="$root/bundles/io.medreason.dataset"
lib="${EMF_LIB:-$HOME/.cache/medreason/emf-codegen}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [ ! -f "$lib/.complete" ]; then
  mkdir -p "$lib"
  mvn -q -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$lib"
  touch "$lib/.complete"
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
(cd "$bundle/model" && "$java" -cp "$lib/*" "$here/Regenerate.java" dataset.genmodel io.medreason.dataset "$out")

generated="$out/io.medreason.dataset"
rm -rf "$bundle/src/main/java/io/medreason/dataset/model"
mkdir -p "$bundle/src/main/java/io/medreason/dataset"
cp -r "$generated/src/main/java/io/medreason/dataset/model" "$bundle/src/main/java/io/medreason/dataset/model"
cp "$generated/plugin.xml" "$bundle/plugin.xml"
echo "regenerated $bundle/src/main/java/io/medreason/dataset/model and plugin.xml"
