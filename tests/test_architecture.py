"""Rules about the code base itself that review alone would let slip."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_DIRS = ("config", "llm", "chat", "recommendations", "analytics", "textops", "api")
MODEL_CLIENT_IMPORT = re.compile(r"^\s*(import|from)\s+(openai|llama_cpp)\b", re.MULTILINE)


def test_only_the_gateway_imports_model_clients() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for app in APP_DIRS
        for path in (ROOT / app).rglob("*.py")
        if MODEL_CLIENT_IMPORT.search(path.read_text(encoding="utf-8")) and path.parent != ROOT / "llm"
    ]

    assert offenders == []


def test_the_gateway_does_import_them() -> None:
    providers = (ROOT / "llm" / "providers.py").read_text(encoding="utf-8")

    assert MODEL_CLIENT_IMPORT.search(providers)


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at its top or inside a function alike."""
    imported: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.add(node.module)
    return imported


def test_the_gateway_is_the_ground_floor() -> None:
    """llm/ imports no app of ours: analytics subscribes to its calls, restaurants shape its requests."""
    apps_above = ("chat", "recommendations", "analytics", "api", "textops")
    offenders = sorted(
        f"{path.relative_to(ROOT)} imports {module}"
        for path in (ROOT / "llm").rglob("*.py")
        for module in imported_modules(path)
        if module.split(".")[0] in apps_above
    )

    assert offenders == []


def test_text_operations_sit_below_the_http_edge() -> None:
    offenders = sorted(
        f"{path.relative_to(ROOT)} imports {module}"
        for path in (ROOT / "textops").rglob("*.py")
        for module in imported_modules(path)
        if module.split(".")[0] in ("api", "chat")
    )

    assert offenders == []
