#!/usr/bin/env sh
# One-command install for a fresh machine: npm dependencies without Electron's binary download
# (package.json's allowScripts skips it; the variable covers npm versions without allowScripts),
# and Chromium for the end-to-end tests when this machine can install Debian packages.
set -eu
cd "$(dirname "$0")/.."

ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
    if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-liberation; then
      echo "Chromium installed for the end-to-end tests."
    else
      echo "Could not install Chromium (no root?): end-to-end tests will be skipped. Install the 'chromium' package to run them."
    fi
  else
    echo "No apt-get here: install Chromium at /usr/bin/chromium to run the end-to-end tests."
  fi
fi

# Where the Electron download is possible, fetch the binary so `npm start` opens the desktop app.
if [ "${SKIP_ELECTRON:-}" = "" ]; then
  node node_modules/electron/install.js >/dev/null 2>&1 \
    && echo "Electron binary installed: npm start opens the desktop app." \
    || echo "Electron binary not downloadable here: npm start serves the app to a browser instead."
fi
