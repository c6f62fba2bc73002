"""Writing files so that nothing the user wrote is lost: atomically, or not at all.

The text goes to a temporary file in the same directory, is flushed to disk, takes the
old file's permissions, and replaces the old file in one rename. A crash, a full disk
or an interruption leaves the old file exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from .errors import OutputError


def write_atomically(path: str | Path, text: str, *, replace: bool = False) -> None:
    """Write `text` to `path`; an existing file is replaced only when `replace` is true."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory")
    exists = target.exists()
    if exists and not replace:
        raise OutputError(f"{target}: already exists; use --force to replace it")
    mode = stat.S_IMODE(target.stat().st_mode) if exists else _default_mode()
    directory = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(f"{target}: cannot write here: {error.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise OutputError(f"{target}: not written ({error.strerror}); the old file, if any, is unchanged") from None
        raise
    _sync_directory(directory)


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _sync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a directory be synced
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
