"""python manage.py import_wine_list --restaurant SLUG FILE.csv"""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from config.progress import command_progress
from recommendations.models import ImportStatus, Restaurant
from recommendations.winelist import imports
from recommendations.winelist.csv_format import RowError


class Command(BaseCommand):
    help = "Import a wine list from a CSV file into a restaurant (the same import as the admin upload)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", type=Path, help="CSV file, UTF-8, comma-separated")
        parser.add_argument("--restaurant", required=True, help="the restaurant's slug")
        parser.add_argument("--remove-missing", action="store_true", help="remove wines that are not in the file")
        parser.add_argument("--dry-run", action="store_true", help="check the file and report, change nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        restaurant = Restaurant.objects.filter(slug=options["restaurant"]).first()
        if restaurant is None:
            raise CommandError(f"No restaurant with slug '{options['restaurant']}'.")
        path: Path = options["file"]
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from None

        if options["dry_run"]:
            try:
                with command_progress(f"checking {path.name}", stream=self.stderr) as progress:
                    summary = imports.wine_list_import(
                        restaurant=restaurant,
                        data=data,
                        remove_missing=options["remove_missing"],
                        dry_run=True,
                        progress=progress,
                    )
            except imports.WineListRejected as rejection:
                self._fail(path, [str(error) for error in rejection.errors])
            self.stdout.write(f"Dry run, nothing changed. {summary}")
            return

        # The command waits for the result whatever the file's size, so it never queues.
        with command_progress(f"importing {path.name}", stream=self.stderr) as progress:
            wine_import = imports.wine_list_import_create(
                restaurant=restaurant,
                filename=path.name,
                data=data,
                remove_missing=options["remove_missing"],
                run_inline=True,
                progress=progress,
            )
        if wine_import.status == ImportStatus.FAILED:
            self._fail(path, [str(RowError(**error)) for error in wine_import.errors])
        self.stdout.write(
            self.style.SUCCESS(
                f"{restaurant.name}: {wine_import.total_rows} wines in {path.name}: "
                f"{wine_import.created_count} added, {wine_import.updated_count} updated, "
                f"{wine_import.unchanged_count} unchanged, {wine_import.removed_count} removed."
            )
        )

    def _fail(self, path: Path, problems: list[str]) -> None:
        for problem in problems:
            self.stderr.write(f"{path.name}: {problem}")
        raise CommandError(f"{len(problems)} problem(s) in {path.name}; nothing was imported.")
