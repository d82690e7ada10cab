"""The Chroma client: embedded (PersistentClient) by default, a server when CHROMA_HOST is set."""

from __future__ import annotations

import threading
from functools import cache
from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI


# Two first requests building the client at once raced inside chromadb (one of them failed
# and ranked without vector search); built once, under a lock.
_client_lock = threading.Lock()


def chroma_client() -> ClientAPI:
    with _client_lock:
        return _chroma_client()


@cache
def _chroma_client() -> ClientAPI:
    # Imported lazily: chromadb takes about a second to import and most processes never need it.
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.CHROMA_HOST:
        return chromadb.HttpClient(host=settings.CHROMA_HOST, port=settings.CHROMA_PORT, settings=chroma_settings)
    settings.CHROMA_PATH.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.CHROMA_PATH), settings=chroma_settings)
