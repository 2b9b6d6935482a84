"""Helpers shared by tests (importable because pytest puts tests/ on the path)."""

from __future__ import annotations

import socket
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
DEFAULT_ARTICLE = ROOT / "data" / "articles" / "allies-ukraine-us-backing.md"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
