"""Static files as production serves them: collected with hashed, compressed copies, and sent by
ServeStatic from the ASGI event loop with far-future caching."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import AsyncClient, override_settings

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "servestatic.storage.CompressedManifestStaticFilesStorage"},
}


@pytest.fixture
def collected(tmp_path: Path) -> Path:
    root = tmp_path / "staticfiles"
    with override_settings(STATIC_ROOT=root, STORAGES=PRODUCTION_STORAGES, DEBUG=False):
        call_command("collectstatic", "--noinput", verbosity=0)
    return root


def _hashed_copy(root: Path, name: str) -> str:
    stem, suffix = name.rsplit(".", 1)
    folder = (root / name).parent
    matches = sorted(folder.glob(f"{Path(stem).name}.*.{suffix}"))
    assert matches, f"collectstatic wrote no hashed copy of {name}"
    return str(matches[0].relative_to(root))


def test_a_hashed_static_file_is_served_compressed_and_cached_for_good(collected: Path) -> None:
    hashed = _hashed_copy(collected, "chat/chat.css")
    settings = {
        "STATIC_ROOT": collected,
        "STORAGES": PRODUCTION_STORAGES,
        "DEBUG": False,
        "SERVESTATIC_USE_FINDERS": False,
        "SERVESTATIC_AUTOREFRESH": False,
    }

    async def fetch() -> tuple[int, dict[str, str], bytes, int, int]:
        client = AsyncClient()
        plain = await client.get(f"/static/{hashed}")
        zipped = await client.get(f"/static/{hashed}", headers={"Accept-Encoding": "gzip"})
        missing = await client.get("/static/no-such-file.0123456789ab.js")
        body = b"".join([chunk async for chunk in zipped.streaming_content])  # type: ignore[attr-defined]
        return zipped.status_code, dict(zipped.headers), body, plain.status_code, missing.status_code

    with override_settings(**settings):
        status, headers, body, plain_status, missing_status = asyncio.run(fetch())

    assert (status, plain_status) == (200, 200)
    assert headers["Content-Encoding"] == "gzip"
    assert "immutable" in headers["Cache-Control"]
    assert body[:2] == b"\x1f\x8b"  # gzip's magic number: the compressed copy collectstatic wrote
    assert missing_status == 404
