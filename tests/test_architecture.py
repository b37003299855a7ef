"""The folders keep their architecture: imports run one way, no circles, no sprawling modules,
and the policy map in docs/ARCHITECTURE.md names only functions and tests that exist."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("reviews", "publishing", "nelscp")
MAX_LINES = 400
# Data, not code: the fictional demo reports.
EXEMPT = {"reviews/demo_content.py"}


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), i.e. import circles."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in graph.find_modules_directly_imported_by(module):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES, cache_dir=None)


def test_it_has_no_import_circles(graph):
    # Every import counts, those inside functions too: a deferred import is a circle in hiding.
    assert _cycles(graph) == []


def test_reviews_never_imports_publishing(graph):
    chains = graph.find_shortest_chains(importer="reviews", imported="publishing")
    assert chains == set()


def test_the_cycle_finder_finds_a_circle():
    graph = grimp.ImportGraph()
    for module in ("a", "a.x", "a.y", "a.z"):
        graph.add_module(module)
    graph.add_import(importer="a.x", imported="a.y")
    graph.add_import(importer="a.y", imported="a.x")
    graph.add_import(importer="a.y", imported="a.z")
    assert _cycles(graph) == [["a.x", "a.y"]]


def _python_modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" not in relative and relative not in EXEMPT:
                yield relative, path


def test_no_module_is_over_400_lines():
    long = {
        relative: count
        for relative, path in _python_modules()
        if (count := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}


def test_no_file_name_prefix_stands_in_for_a_folder():
    prefixed = [
        relative
        for relative, path in _python_modules()
        if re.match(r"(public|admin|staff)_", path.name)
    ]
    assert prefixed == []


# --- The policy map ---------------------------------------------------------------------------

MAP = ROOT / "docs" / "ARCHITECTURE.md"
CODE = re.compile(r"`([^`]+)`")


def policy_rows() -> list[tuple[str, list[str], list[str]]]:
    """(rule, functions, tests) for each row of the table under '## Policy map'."""
    text = MAP.read_text()
    section = text.split("## Policy map", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not re.fullmatch(r"\d+[a-z]?", cells[0]):
            continue
        rows.append((f"{cells[0]}. {cells[1]}", CODE.findall(cells[3]), CODE.findall(cells[4])))
    return rows


def resolve(dotted: str):
    """The object a dotted path names (module, then attributes); raises when it is missing."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            target = getattr(target, attribute)
        return target
    raise ModuleNotFoundError(dotted)


def names_of_tests(path: str) -> set[str]:
    tree = ast.parse((ROOT / path).read_text())
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    }


def test_the_policy_map_covers_every_rule_with_code_and_a_test():
    rows = policy_rows()
    assert len(rows) >= 9  # DOMAIN.md's rules 1-9, and the ones the system adds
    for rule, functions, tests in rows:
        assert functions, f"rule {rule} names no function"
        assert tests, f"rule {rule} names no test"


def test_every_function_in_the_policy_map_exists():
    missing = []
    for rule, functions, _ in policy_rows():
        for dotted in functions:
            try:
                assert callable(resolve(dotted))
            except (ImportError, AttributeError, AssertionError):
                missing.append(f"{rule}: {dotted}")
    assert missing == []


def test_every_test_in_the_policy_map_exists():
    missing = []
    for rule, _, tests in policy_rows():
        for reference in tests:
            path, _, name = reference.partition("::")
            if not (ROOT / path).is_file() or name not in names_of_tests(path):
                missing.append(f"{rule}: {reference}")
    assert missing == []


def test_the_map_check_notices_a_stale_name():
    with pytest.raises(AttributeError):
        resolve("publishing.services.scheduling.no_such_function")
    assert "test_no_such_test" not in names_of_tests("tests/test_architecture.py")
