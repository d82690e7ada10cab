"""Long commands show their progress: a bar on a terminal, a line per tenth in a log."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from config.progress import command_progress
from recommendations.models import Restaurant, Wine
from recommendations.retrieval.vector_index import IndexSummary, wine_index_drop, wine_index_sync
from tests.csv_files import three_wines, wine_csv, wine_row


def test_off_a_terminal_it_writes_a_plain_line_per_tenth() -> None:
    log = StringIO()

    with command_progress("importing", stream=log) as progress:
        for done in range(101):
            progress(done, 100)

    lines = log.getvalue().splitlines()
    assert lines == [f"importing: {tenth * 10}/100 ({tenth * 10}%)" for tenth in range(11)]
    assert "\r" not in log.getvalue()


def test_it_says_where_it_stopped_when_the_work_ends_early() -> None:
    log = StringIO()

    def embed() -> None:
        with command_progress("embedding", stream=log) as progress:
            progress(0, 40)
            progress(3, 40)
            progress(7, 40)
            progress(9, 40)
            raise RuntimeError("the vector store went away")

    with pytest.raises(RuntimeError):
        embed()

    assert log.getvalue().splitlines() == ["embedding: 0/40 (0%)", "embedding: 7/40 (18%)", "embedding: 9/40 (22%)"]


def test_on_a_terminal_it_draws_a_bar(capsys: pytest.CaptureFixture[str]) -> None:
    with command_progress("embedding", stream=StringIO(), interactive=True) as progress:
        for done in range(0, 51, 10):
            progress(done, 50)

    drawn = capsys.readouterr().err
    assert "embedding" in drawn
    assert "50/50" in drawn
    assert "100%" in drawn


def test_the_import_command_reports_progress_on_stderr(restaurant_a: Restaurant, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(wine_csv([*three_wines(), wine_row(sku="D", name="Fourth")]))
    out, err = StringIO(), StringIO()

    call_command("import_wine_list", str(path), restaurant="bistro-a", stdout=out, stderr=err)

    progress_lines = err.getvalue().splitlines()
    assert progress_lines[0].startswith("importing list.csv: ")
    assert progress_lines[-1] == "importing list.csv: 4/4 (100%)"
    assert out.getvalue().strip().endswith("4 added, 0 updated, 0 unchanged, 0 removed.")


def test_rebuild_index_embeds_only_what_is_missing_then_everything_from_scratch(
    restaurant_a: Restaurant, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(wine_csv(three_wines()))
    call_command("import_wine_list", str(path), restaurant="bistro-a", stdout=StringIO(), stderr=StringIO())
    try:
        assert wine_index_sync(restaurant_id=restaurant_a.pk) == IndexSummary(embedded=3, removed=0, unchanged=0)
        out, err = StringIO(), StringIO()

        call_command("rebuild_index", restaurant=["bistro-a"], stdout=out, stderr=err)
        assert out.getvalue().strip() == "Bistro A: 0 embedded, 0 removed, 3 unchanged."

        out, err = StringIO(), StringIO()
        call_command("rebuild_index", restaurant=["bistro-a"], from_scratch=True, stdout=out, stderr=err)
        assert out.getvalue().strip() == "Bistro A: 3 embedded, 0 removed, 0 unchanged."
        assert err.getvalue().splitlines()[-1] == "bistro-a: embedding: 3/3 (100%)"
        assert Wine.objects.filter(restaurant=restaurant_a).count() == 3
    finally:
        wine_index_drop(restaurant_id=restaurant_a.pk)


def test_rebuild_index_refuses_an_unknown_restaurant(restaurant_a: Restaurant) -> None:
    with pytest.raises(CommandError, match=r"^No restaurant with slug 'nowhere'\.$"):
        call_command("rebuild_index", restaurant=["bistro-a", "nowhere"], stdout=StringIO(), stderr=StringIO())
