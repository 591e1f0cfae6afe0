#!/bin/sh
# What make fuzz needs beyond make test: clang 16 (Debian 12's clang 14 lacks
# the C++23 std::expected the core uses) and its libFuzzer/sanitizer runtimes.
set -eu
missing=""
for package in clang-16 libclang-rt-16-dev; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
echo "make fuzz needs:$missing (clang 16 and libFuzzer)"
if [ "$(id -u)" -eq 0 ]; then
    apt-get install -y --no-install-recommends $missing
else
    sudo apt-get install -y --no-install-recommends $missing
fi
