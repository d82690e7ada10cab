"""Rules about the code base itself that review alone would let slip."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_DIRS = ("config", "ratelimits", "llm", "chat", "recommendations", "analytics", "textops", "api")
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
    """Every module a file imports, at its top or inside a function alike ("from a import b": a and a.b)."""
    imported: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.add(node.module)
            imported |= {f"{node.module}.{alias.name}" for alias in node.names}
    return imported


def product_modules() -> dict[str, Path]:
    modules: dict[str, Path] = {}
    for app in APP_DIRS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            modules[name] = path
    return modules


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    cycles.append(sorted(group))
    return cycles


def test_no_module_imports_itself_round_a_circle() -> None:
    """Function-level imports count: one that only hides a circle is still a circle."""
    modules = product_modules()
    graph = {
        name: {module for module in imported_modules(path) if module in modules} - {name}
        for name, path in modules.items()
    }

    assert import_cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert import_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


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


# The floors, bottom up: an app imports only from its own floor and below. config sits under
# them all (see below); ratelimits (the request counters every ingress limit keeps) and llm
# (the gateway) import no app at all.
FLOORS = ("ratelimits", "llm", "recommendations", "analytics", "textops", "chat", "api")


def test_every_app_imports_only_from_its_floor_and_below() -> None:
    upward = {
        f"{path.relative_to(ROOT)} imports {module.rsplit('.', 1)[0] if module.count('.') > 1 else module}"
        for floor, app in enumerate(FLOORS)
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts
        for module in imported_modules(path)
        if module.split(".")[0] in FLOORS[floor + 1 :]
    }

    assert upward == set()


# config is the floor under every app (the error shape, the middleware, the request id, the
# log format): only its entry points, the composition root that puts the apps together, may
# name them.
COMPOSITION_ROOT = ("config.asgi", "config.wsgi", "config.urls", "config.celery_app", "config.settings")


def is_composition_root(module: str) -> bool:
    return any(module == root or module.startswith(f"{root}.") for root in COMPOSITION_ROOT)


def test_config_imports_no_app_outside_its_entry_points() -> None:
    offenders = sorted(
        f"{path.relative_to(ROOT)} imports {module}"
        for name, path in product_modules().items()
        if name.split(".")[0] == "config" and not is_composition_root(name)
        for module in imported_modules(path)
        if module.split(".")[0] in FLOORS
    )

    assert offenders == []


def test_the_composition_root_names_modules_that_exist() -> None:
    modules = product_modules()

    assert [root for root in COMPOSITION_ROOT if root not in modules] == []


# Every Python directory of the product that is not a test: the apps, the fault experiments,
# the benchmarks and the scripts.
CODE_DIRS = (*APP_DIRS, "faults", "bench", "scripts")
MAX_FUNCTION_LINES = 80


def long_functions(source: str, *, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, int]]:
    """The functions (and methods, nested ones too) longer than ``limit`` lines, def to last line."""
    return [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > limit
    ]


def test_no_function_outside_the_tests_is_over_80_lines() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name} ({lines} lines)"
        for directory in CODE_DIRS
        for path in sorted((ROOT / directory).rglob("*.py"))
        if "migrations" not in path.parts
        for name, lines in long_functions(path.read_text(encoding="utf-8"))
    ]

    assert offenders == []


def test_the_length_check_sees_a_long_function() -> None:
    body = "\n".join(f"    x{index} = {index}" for index in range(80))

    assert long_functions(f"def short():\n    pass\n\n\nasync def long():\n{body}\n") == [("long", 81)]


# Inside recommendations/, the parts that each know one thing (the list as staff hand it over,
# retrieval, what sits on the tables) sit under the recommender, the conversation and the admin,
# and beside each other: each imports only itself and the app's ground (models, writes, reads).
RECOMMENDATIONS_PARTS = ("winelist", "retrieval", "tablecards")
RECOMMENDATIONS_GROUND = ("models", "services", "selectors", "leases", "task_names")


def test_the_parts_of_recommendations_sit_on_its_ground() -> None:
    offenders = sorted(
        f"{path.relative_to(ROOT)} imports {module}"
        for part in RECOMMENDATIONS_PARTS
        for path in (ROOT / "recommendations" / part).rglob("*.py")
        for module in imported_modules(path)
        if module.startswith("recommendations.") and module.split(".")[1] not in (part, *RECOMMENDATIONS_GROUND)
    )

    assert offenders == []


# The answering pipeline's parts, bottom up: each imports only the parts before it, never the
# package itself, so the pipeline reads one way (its __init__ only gathers the public names).
ANSWERING_PARTS = ("database", "conversations", "composition", "writing", "leases", "storing", "events")


def answering_part(module: str) -> str | None:
    """Which part of chat.answering a module name is ("__init__" for the package), or None."""
    if module != "chat.answering" and not module.startswith("chat.answering."):
        return None
    return (module.split(".")[2:] or ["__init__"])[0]


def test_the_parts_of_the_answering_pipeline_import_only_the_parts_below() -> None:
    offenders = sorted(
        f"chat/answering/{part}.py imports {module}"
        for floor, part in enumerate(ANSWERING_PARTS)
        for module in imported_modules(ROOT / "chat" / "answering" / f"{part}.py")
        if answering_part(module) not in (None, *ANSWERING_PARTS[:floor])
    )

    assert offenders == []


def test_the_answering_pipeline_is_its_listed_parts() -> None:
    parts = {path.stem for path in (ROOT / "chat" / "answering").glob("*.py")}

    assert parts == {"__init__", *ANSWERING_PARTS}
