"""Reading a file the user named: its bytes, or one plain reason it cannot be read.

Without pathlib (a few milliseconds at every start): the commands that read one file
and print a report should start as fast as Python can.
"""

from __future__ import annotations

import os


class Unreadable(Exception):
    """Why a file cannot be read, in words for the user: "no such file"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_limited(path: str | os.PathLike[str], limit: int, *, kind: str, short: str) -> bytes:
    """The bytes of `path`, refused past `limit` before reading them.

    `kind` names what the file should be ("an article"), `short` the same in the size
    message ("an article", "a sheet").
    """
    try:
        if os.path.isdir(path):
            raise Unreadable(f"is a directory, not {kind}")
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limit:
                raise Unreadable(f"{size} bytes, more than the {limit} {short} may have")
            # As many bytes as it says it has, and more while it grows (a pipe says 0):
            # never a buffer of `limit` bytes for a small file.
            data = stream.read(size + 1)
            while len(data) <= limit and (more := stream.read(1 << 20)):
                data += more
    except FileNotFoundError:
        raise Unreadable("no such file") from None
    except PermissionError:
        raise Unreadable("permission denied") from None
    except OSError as error:
        raise Unreadable(f"cannot read: {error.strerror}") from None
    if len(data) > limit:  # a file that grew while it was read, or one that reports no size
        raise Unreadable(f"more than the {limit} bytes {short} may have")
    return data
