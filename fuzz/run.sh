#!/bin/sh
# Runs each fuzz target for FUZZ_SECONDS, seeded from ../shared/testdata (copied
# into the build folder, never into the repository). A crash, hang or
# sanitizer report stops the run with the input that caused it under
# BUILD/fuzz-artifacts/, to be turned into a regression test.
#   sh fuzz/run.sh BUILD_DIR SECONDS [TARGET...]
set -eu
build=$1
seconds=$2
shift 2
targets=${*:-"fuzz_csv_reader fuzz_vcard fuzz_icalendar fuzz_value_parsers"}
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared/testdata"
build=$(cd "$build" && pwd)
mkdir -p "$build/fuzz-artifacts"

seed() { # target corpus-dir
    mkdir -p "$2"
    [ -d "$shared" ] || return 0
    case $1 in
        fuzz_csv_reader) find "$shared" -type f \( -name '*.csv' -o -name '*.tsv' \) -exec cp {} "$2/" \; ;;
        fuzz_vcard) find "$shared/vcard" -type f -exec sh -c 'cp "$1" "$2/$(echo "$1" | md5sum | cut -c1-12)"' _ {} "$2" \; ;;
        fuzz_icalendar) find "$shared/ical" -type f -exec sh -c 'cp "$1" "$2/$(echo "$1" | md5sum | cut -c1-12)"' _ {} "$2" \; ;;
        fuzz_value_parsers)
            # One amount or date per file: the first column of the RMB table, and a few spellings.
            cut -f1 "$shared/rmb_uppercase.tsv" | head -300 | split -l 1 - "$2/amount-"
            for d in 2026-03-02 2026/3/2 2026.3.2 2026年3月2日 20260302 "2026-03-02 09:30" 2026-03-02T01:30:00Z \
                     60% 0.6 "¥1,234.50" "1 234,50 元" PT15M P1DT2H -P1W 99999-01-01; do
                printf '%s' "$d" > "$2/spelling-$(printf '%s' "$d" | md5sum | cut -c1-8)"
            done ;;
    esac
}

status=0
for target in $targets; do
    corpus="$build/fuzz-corpus/$target"
    seed "$target" "$corpus"
    log="$build/fuzz-artifacts/$target.log"
    echo "== $target: $seconds s, $(ls "$corpus" | wc -l) files in the corpus"
    if "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$build/fuzz-artifacts/$target-" "$corpus" >"$log" 2>&1; then
        grep -E "^(#[0-9]+.*DONE|Done|stat::number_of_executed_units)" "$log" | tail -n 2
        echo "   clean"
    else
        tail -n 40 "$log"
        echo "   FOUND A PROBLEM: see $log and $build/fuzz-artifacts/$target-*"
        status=1
    fi
done
exit $status
