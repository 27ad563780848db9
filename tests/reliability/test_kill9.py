"""Killing a writer with SIGKILL at random moments never loses or tears a commit.

Each round forks a child that opens the database through the app's engine (WAL,
``synchronous=FULL``) and commits batches of accounts, each batch one unit of work,
writing the batch number to a pipe after each commit returns (the acknowledgement).
The parent kills it after a random delay, then checks the file: ``integrity_check``
ok, every acknowledged batch complete, no batch partly present. Rounds run on the same
file, so each one also recovers the previous round's hot WAL.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy.orm import configure_mappers

from kam.domain import Account
from kam.store import Database
from kam.store.engine import make_engine

pytestmark = [
    pytest.mark.reliability,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)"),
]

ROUNDS = int(os.environ.get("KAM_KILL_ROUNDS", "200"))
BATCH = 12


def _writer(path: Path, round_no: int, ack_fd: int) -> None:
    """The child: commit batches until killed."""
    url = f"sqlite:///{path}"
    db = Database(url=url, engine=make_engine(url), user="writer")
    batch = 0
    while True:
        with db.session() as session:
            for i in range(BATCH):
                code = f"R{round_no:03d}B{batch:04d}I{i:02d}"
                session.add(Account(code=code, name=f"批次 {round_no}-{batch}", notes="x" * 40))
        os.write(ack_fd, f"{round_no}:{batch}\n".encode())
        batch += 1


def _read_acks(fd: int, buffer: bytearray) -> None:
    while select.select([fd], [], [], 0)[0]:
        chunk = os.read(fd, 65536)
        if not chunk:
            return
        buffer.extend(chunk)


def _one_round(path: Path, round_no: int, rng: random.Random) -> set[tuple[int, int]]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_fd)
        try:
            _writer(path, round_no, write_fd)
        finally:
            os._exit(0)
    os.close(write_fd)
    buffer = bytearray()
    # Wait for the first commit so every round writes, then kill at a random moment.
    deadline = time.monotonic() + 30
    while b"\n" not in buffer and time.monotonic() < deadline:
        select.select([read_fd], [], [], 0.05)
        _read_acks(read_fd, buffer)
    time.sleep(rng.uniform(0, 0.03))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    _read_acks(read_fd, buffer)
    os.close(read_fd)
    acked = set()
    for line in buffer.decode().splitlines():
        r, b = line.split(":")
        acked.add((int(r), int(b)))
    assert acked, "the writer never committed"
    return acked


def test_sigkill_during_writes_loses_nothing_acknowledged(db_path: Path) -> None:
    configure_mappers()  # once here, not in every child
    rng = random.Random(8)
    acknowledged: set[tuple[int, int]] = set()
    for round_no in range(ROUNDS):
        acknowledged |= _one_round(db_path, round_no, rng)
        con = sqlite3.connect(db_path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", round_no
            sizes = Counter(
                (int(code[1:4]), int(code[5:9]))
                for (code,) in con.execute("SELECT code FROM account")
            )
        finally:
            con.close()
        assert all(n == BATCH for n in sizes.values()), f"a torn batch in round {round_no}"
        missing = acknowledged - set(sizes)
        assert not missing, f"acknowledged batches lost: {sorted(missing)[:5]}"
