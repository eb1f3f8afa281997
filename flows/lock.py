"""One pipeline run at a time per data folder.

The lock is an advisory `flock` on `<data>/.diwan.lock`: the operating system releases it when the
holding process ends, so a crashed run never leaves a stale lock behind. The file itself stays and
says who holds (or last held) it, for the error message.
"""
from __future__ import annotations

import fcntl
import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

LOCK_NAME = ".diwan.lock"


class DataFolderBusy(RuntimeError):
    """Another run holds the data folder."""


@contextmanager
def data_folder_lock(data_dir: Path) -> Iterator[Path]:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DataFolderBusy(
                f"another Diwan run is using the data folder {data_dir} ({_holder(path)}); "
                "wait for it to finish, or point this run at another folder with DIWAN_DATA_DIR"
            ) from None
        holder = {"pid": os.getpid(), "host": socket.gethostname(),
                  "since": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder).encode(), 0)
        yield path
    finally:
        # Closing the descriptor releases the flock.
        os.close(fd)


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        return f"pid {info['pid']} on {info['host']}, started {info['since']}"
    except (OSError, ValueError, KeyError):
        return "holder unknown"
