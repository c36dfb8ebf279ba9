#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside its own D-Bus session with a real, unlocked gnome-keyring (the secret
# service), in a throw-away HOME, as docs/architecture.md describes.
#   with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME" "$XDG_RUNTIME_DIR"' EXIT
export BN_TEST_HOME=$HOME
dbus-run-session -- sh -c 'eval "$(printf test | gnome-keyring-daemon --unlock --components=secrets)"; exec "$@"' sh "$@"
