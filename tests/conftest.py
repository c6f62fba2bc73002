"""Shared test helpers: where the article is, golden files, the CLI as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARTICLE = SHARED / "articles" / "nagorno-karabakh-fresh-fighting.txt"
EVAL = SHARED / "eval"
FACTS = ROOT / "facts.yaml"
GOLDEN = Path(__file__).parent / "golden"
UPDATE_GOLDEN = os.environ.get("FACTSHEET_UPDATE_GOLDEN") == "1"


@pytest.fixture
def article_text() -> str:
    if not ARTICLE.is_file():
        pytest.skip(f"the article is not here ({ARTICLE}); it lives in ../shared, beside the repository")
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def article_path() -> Path:
    if not ARTICLE.is_file():
        pytest.skip(f"the article is not here ({ARTICLE}); it lives in ../shared, beside the repository")
    return ARTICLE


def assert_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; FACTSHEET_UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN / name
    if UPDATE_GOLDEN:
        path.write_bytes(actual.encode("utf-8"))
    expected = path.read_bytes().decode("utf-8")  # as bytes: CSV's "\r\n" line ends are part of the format
    if actual != expected:
        print(f"expected ({path}):\n{expected!r}\nactual:\n{actual!r}")
    assert actual == expected


def run_cli(
    *args: str, stdin: str | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it: a new process, its exit code, stdout and stderr."""
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "factsheet", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd or ROOT,
        env=environment,
        timeout=120,
    )


def run_in_terminal(*args: str, answers: bytes = b"", columns: int = 100) -> tuple[int, str]:
    """The CLI on a terminal (a pty of `columns` columns, COLUMNS unset): its exit code and all it
    printed; `answers` are typed at its prompts."""
    import fcntl
    import pty
    import struct
    import sys
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    environment = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    process = subprocess.Popen(
        [sys.executable, "-m", "factsheet", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=ROOT,
        env={**environment, "NO_COLOR": "1"},
    )
    os.close(follower)
    if answers:
        os.write(leader, answers)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other end closed: all is read
            break
        if not chunk:
            break
        output += chunk
    process.wait(timeout=60)
    os.close(leader)
    return process.returncode, output.decode("utf-8", errors="replace")
