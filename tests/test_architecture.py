"""Rules about the code base itself that review alone would let slip."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_DIRS = ("config", "chat", "recommendations", "analytics")
MODEL_CLIENT_IMPORT = re.compile(r"^\s*(import|from)\s+(openai|llama_cpp)\b", re.MULTILINE)


def test_only_the_gateway_imports_model_clients() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for app in APP_DIRS
        for path in (ROOT / app).rglob("*.py")
        if MODEL_CLIENT_IMPORT.search(path.read_text(encoding="utf-8")) and path.parent != ROOT / "chat" / "gateway"
    ]

    assert offenders == []


def test_the_gateway_does_import_them() -> None:
    providers = (ROOT / "chat" / "gateway" / "providers.py").read_text(encoding="utf-8")

    assert MODEL_CLIENT_IMPORT.search(providers)
