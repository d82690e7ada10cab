"""The Chroma client: embedded (PersistentClient) by default, a server when CHROMA_HOST is set."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI


@cache
def chroma_client() -> ClientAPI:
    # Imported lazily: chromadb takes about a second to import and most processes never need it.
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.CHROMA_HOST:
        return chromadb.HttpClient(host=settings.CHROMA_HOST, port=settings.CHROMA_PORT, settings=chroma_settings)
    settings.CHROMA_PATH.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.CHROMA_PATH), settings=chroma_settings)
