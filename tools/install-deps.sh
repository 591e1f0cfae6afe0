#!/bin/sh
# Installs the Debian 12 packages Qianyue needs to build, test and run,
# and only those that are missing. Used by `make run` and `make test`.
set -eu

# package: why it is needed
PACKAGES="
cmake:build system
ninja-build:build tool
g++:C++23 compiler
qt6-base-dev:Qt 6 Core, Gui, Widgets, Sql
qt6-charts-dev:dashboard charts
libqt6opengl6-dev:required by Qt Charts CMake package
libxkbcommon-dev:keyboard support looked for by Qt Gui CMake package
qt6-tools-dev:Qt Linguist CMake support
qt6-tools-dev-tools:Qt tools
qt6-l10n-tools:lupdate and lrelease for translations
qt6-translations-l10n:Chinese text in Qt's own dialogs
libqt6sql6-sqlite:SQLite driver for QtSql
libqt6svg6:the application icon (SVG)
libgl-dev:OpenGL headers required by Qt Gui's CMake package
catch2:unit test framework
desktop-file-utils:checks the .desktop file in tests
appstream:checks the AppStream metainfo in tests
dpkg-dev:computes the .deb dependencies in make package
fonts-noto-cjk:Chinese characters on screen and in printed documents
poppler-utils:pdftotext, pdfinfo and pdffonts check printed documents in tests
python3-vobject:an independent vCard and iCalendar parser checks exports in tests
python3-icalendar:an independent iCalendar parser checks exports in tests
"

missing=""
for entry in $(echo "$PACKAGES" | sed 's/:.*//'); do
    status=$(dpkg-query -W -f='${Status}' "$entry" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $entry" ;;
    esac
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "Qianyue needs these Debian packages, which are not installed yet:"
for entry in $missing; do
    why=$(echo "$PACKAGES" | grep "^$entry:" | sed 's/^[^:]*://')
    echo "  $entry - $why"
done

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
else
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# shellcheck disable=SC2086
$SUDO apt-get install -y --no-install-recommends $missing
