"""Shared fixtures. Everything here is real: Chroma in a temp dir, the bundled MiniLM
model, spaCy's small English pipeline."""

from __future__ import annotations

import os

import pytest

from assistant.runtime import configure_environment

configure_environment()

from support import DEFAULT_ARTICLE


@pytest.fixture(scope="session")
def embeddings():
    from assistant.embeddings import MiniLMEmbeddings

    return MiniLMEmbeddings()


@pytest.fixture()
def settings(tmp_path, monkeypatch):
    from assistant.settings import Settings

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "state"))
    for key in list(os.environ):
        if key.startswith("ASSISTANT_") and key != "ASSISTANT_DATA_DIR":
            monkeypatch.delenv(key)
    return Settings(data_dir=tmp_path / "state")


@pytest.fixture()
def store(settings, embeddings):
    from assistant.store import Store

    return Store(settings, embeddings=embeddings)


@pytest.fixture(scope="session")
def default_item():
    from ingest.pipeline import process_file

    return process_file(DEFAULT_ARTICLE, 10_000_000)
