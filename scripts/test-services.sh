#!/usr/bin/env bash
# The Debian packages the test suite drives for real, installed when missing:
#   postgresql      the storage, end-to-end and scale-out tests start a throwaway
#                   cluster from its binaries (tests/databases.py)
#   chromium        the review page is tested in headless Chromium (tests/test_browser.py)
#   fonts-noto-cjk  so that the browser test's screenshot shows Chinese, not boxes
# Needs root or sudo the first time; afterwards it does nothing.
set -euo pipefail

need=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
compgen -G "/usr/share/fonts/opentype/noto/NotoSansCJK*" >/dev/null || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "test-services: please install these Debian packages as root: ${need[*]}" >&2
        exit 1
    fi
    sudo="sudo"
fi
echo "test-services: installing ${need[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
