"""The API's one settings object, read from DIPLOGRAPH_* environment variables."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from graph.store import DEFAULT_STORE_URL

MIB = 1024 * 1024


class Settings(BaseSettings):
    """DIPLOGRAPH_STORE, DIPLOGRAPH_API_KEY, DIPLOGRAPH_REQUIRE_KEY_FOR_READS, ..."""

    model_config = SettingsConfigDict(env_prefix="DIPLOGRAPH_", extra="ignore")

    store: str = Field(
        default=DEFAULT_STORE_URL, description="Store URL: sqlite:///path or neo4j://host:7687")
    api_key: SecretStr | None = Field(
        default=None, description="Key for write routes (X-API-Key); unset disables them.")
    require_key_for_reads: bool = Field(default=False, description="Reads need the key too.")
    # Comma-separated in the environment; empty means no CORS headers at all.
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    max_body_bytes: int = Field(default=MIB, ge=1, le=64 * MIB)
    query_timeout: float = Field(default=10.0, gt=0, le=600, description="Seconds per store query.")
    docs: bool = Field(default=True, description="Serve /docs (offline Swagger UI).")
    cache_mb: int = Field(default=64, ge=0, le=4096, description=(
        "MiB of GET /api/v1 answers kept while the graph is unchanged (api/cache.py); 0: off."))

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [o.strip() for o in value.split(",") if o.strip()]
        return value

    def configured_key(self) -> bytes | None:
        """The API key as bytes, or None when unset or empty (an empty key never matches)."""
        if self.api_key is None:
            return None
        key = self.api_key.get_secret_value()
        return key.encode("utf-8") if key else None
