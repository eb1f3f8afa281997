"""The data folder lock."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from flows.lock import LOCK_NAME, DataFolderBusy, data_folder_lock


def test_a_second_holder_is_refused_with_who_holds_it(tmp_path):
    with data_folder_lock(tmp_path), pytest.raises(DataFolderBusy) as busy, data_folder_lock(tmp_path):
        pass
    message = str(busy.value)
    assert str(tmp_path) in message
    assert f"pid {os.getpid()}" in message
    assert "DIWAN_DATA_DIR" in message


def test_the_lock_is_free_again_after_release(tmp_path):
    with data_folder_lock(tmp_path):
        pass
    with data_folder_lock(tmp_path / "new-folder") as path:
        assert path == tmp_path / "new-folder" / LOCK_NAME
    with data_folder_lock(tmp_path):
        pass


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    script = (
        "import sys, time; from pathlib import Path; from flows.lock import data_folder_lock\n"
        "with data_folder_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DataFolderBusy, match=f"pid {holder.pid}"), data_folder_lock(tmp_path):
            pass
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    with data_folder_lock(tmp_path):
        pass
