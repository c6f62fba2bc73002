"""Writing files so that nothing the user wrote is lost: atomically, or not at all.

The text goes to a temporary file in the same directory, is flushed to disk, takes the
old file's permissions (and owner and group, where the process may set them), and
replaces the old file in one rename. A crash, a full disk or an interruption leaves the
old file exactly as it was.

Only a regular file is ever replaced: a device, a FIFO, a socket or a folder is refused,
as `install` refuses to write through what it does not own. A symbolic link is written
through, to the file it points at, so a shared sheet stays shared.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import OutputError

BOM = "\ufeff"


def write_atomically(path: str | Path, text: str, *, replace: bool = False) -> None:
    """Write `text` to `path`; an existing file is replaced only when `replace` is true."""
    if str(path) == "":
        raise OutputError("an empty output file name; give a file, or leave -o out for standard output")
    link = Path(path)
    target = _through_links(link)
    try:
        status: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise OutputError(f"{link}: cannot write here: {error.strerror}") from None
    if link.is_symlink() and status is None and not replace:
        raise OutputError(f"{link}: a symbolic link to a file that does not exist; use --force to create it")
    if status is not None:
        if stat.S_ISDIR(status.st_mode):
            raise OutputError(f"{link}: is a directory")
        if not stat.S_ISREG(status.st_mode):
            raise OutputError(f"{link}: not a regular file (a device, a FIFO or a socket); refusing to replace it")
        if not replace:
            raise OutputError(f"{link}: already exists; use --force to replace it")
    mode = stat.S_IMODE(status.st_mode) if status else _default_mode()
    directory = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name[:200]}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(f"{link}: cannot write here: {error.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        if status is not None:
            with contextlib.suppress(OSError):  # only the owner's own group, unless root: keep what we may
                os.chown(temporary, status.st_uid, status.st_gid)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise OutputError(f"{link}: not written ({error.strerror}); the old file, if any, is unchanged") from None
        raise
    _sync_directory(directory)


def _through_links(path: Path) -> Path:
    """The file a chain of symbolic links leads to (which may not exist yet)."""
    try:
        return Path(os.path.realpath(path)) if path.is_symlink() else path
    except OSError:
        return path


@contextlib.contextmanager
def locked(path: str | Path) -> Iterator[None]:
    """Hold an exclusive lock for `path` from reading it to replacing it, so two merges into
    one sheet at once run one after the other and neither loses the other's facts.

    The lock is a file beside the sheet (`.NAME.lock`), locked with flock where the system
    has it; it is left in place, as removing it would race with the next one to lock it.
    """
    try:
        import fcntl
    except ImportError:  # no flock here (Windows): the rename still keeps each write whole
        yield
        return
    target = _through_links(Path(path))
    lock_path = target.with_name(f".{target.name[:200]}.lock")
    try:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        raise OutputError(f"{path}: cannot lock it for writing ({error.strerror})") from None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


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
