#!/bin/sh
# Regenerates the README's screenshots from a fresh demo company, without a
# display (Qt's offscreen platform). Run after `make build`.
set -eu
BUILD=${BUILD_DIR:-build}
OUT=docs/screenshots
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
export HOME="$WORK"            # fresh settings: default window size and columns
"$BUILD/app/qianyue-cli" --lang zh_CN demo --db "$WORK/demo.db" >/dev/null
mkdir -p "$OUT"
for section in customers contracts opportunities; do
    "$BUILD/app/qianyue" --lang zh_CN --database "$WORK/demo.db" --section "$section" --screenshot "$OUT/$section-zh.png"
done
"$BUILD/app/qianyue" --lang en --database "$WORK/demo.db" --section receivables --screenshot "$OUT/receivables-en.png"
"$BUILD/app/qianyue" --lang zh_CN --database "$WORK/demo.db" --section dashboard --screenshot "$OUT/dashboard-zh.png"
"$BUILD/app/qianyue" --lang en --database "$WORK/demo.db" --section dashboard --screenshot "$OUT/dashboard.png"
# The same window at 200 % scaling, as on a HiDPI laptop.
QT_SCALE_FACTOR=2 "$BUILD/app/qianyue" --lang zh_CN --database "$WORK/demo.db" --section contracts --screenshot "$OUT/contracts-200-zh.png"
echo "Screenshots written to $OUT"
