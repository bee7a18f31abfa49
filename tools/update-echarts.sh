#!/usr/bin/env bash
# Vendors Apache ECharts from the npm registry: app/src/main/resources/static/vendor/echarts/ receives the
# minified browser build, the licence and the notice of the exact version given, checked against the
# registry's integrity hash by npm. Needs node and npm (Debian: apt-get install npm). Run it to move to
# another version, then update the version in app/src/main/resources/static/vendor/README.md and run the
# browser tests (bin/vigie test). Usage: tools/update-echarts.sh 5.6.0
set -euo pipefail
version="${1:?usage: tools/update-echarts.sh VERSION}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/app/src/main/resources/static/vendor/echarts"
command -v npm >/dev/null 2>&1 || { echo "update-echarts: npm is missing (Debian: apt-get install npm)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "echarts@$version" >/dev/null)
tar -xzf "$work/echarts-$version.tgz" -C "$work"
packaged="$(node -p "require('$work/package/package.json').version")"
[ "$packaged" = "$version" ] || { echo "update-echarts: npm gave $packaged, not $version" >&2; exit 1; }
mkdir -p "$target"
cp "$work/package/dist/echarts.min.js" "$work/package/LICENSE" "$work/package/NOTICE" "$target/"
echo "update-echarts: ECharts $version in $target"
