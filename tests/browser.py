"""Debian's Chromium, as the browser tests and scripts/screenshot.py launch it."""

from __future__ import annotations

import shutil

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Headless as root, and quiet on a closed network: without the background-networking flags
# Chromium keeps trying to reach hosts it cannot, at every start.
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
