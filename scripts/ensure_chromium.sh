#!/bin/sh
# The browser tests drive Debian's Chromium through Playwright (no browser download).
# Install it when it is missing and we can (root or passwordless sudo, with apt-get);
# otherwise say so: those tests then skip with the same message.
set -u
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium: no $CHROMIUM and no apt-get; the browser tests will be skipped." >&2
    exit 0
fi
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "ensure_chromium: no $CHROMIUM and no root to install it (apt-get install chromium); browser tests will be skipped." >&2
    exit 0
fi
echo "ensure_chromium: installing Debian's chromium for the browser tests..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 \
    || { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1; } \
    || echo "ensure_chromium: apt-get install chromium failed; browser tests will be skipped." >&2
exit 0
