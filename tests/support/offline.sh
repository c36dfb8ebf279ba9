#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with no network at all: a new, empty network namespace (not even loopback up),
# as on a laptop on a train. As root (CI) `unshare -n` does; elsewhere a user namespace lends the
# right. A test that cannot get there fails: it is not skipped.
if unshare -n true 2>/dev/null; then
    exec unshare -n "$@"
fi
exec unshare -r -n "$@"
