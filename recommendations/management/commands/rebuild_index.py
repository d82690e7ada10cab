"""python manage.py rebuild_index [--restaurant SLUG ...] [--from-scratch]"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from config.progress import command_progress
from recommendations.models import Restaurant
from recommendations.retrieval.vector_index import wine_index_sync


class Command(BaseCommand):
    help = (
        "Bring the restaurants' wine vectors in line with their lists, in this process (the same sync the "
        "Celery task runs: only missing or outdated vectors are embedded). --from-scratch drops them first."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--restaurant", action="append", default=[], help="a slug (repeat for several)")
        parser.add_argument(
            "--from-scratch", action="store_true", help="drop each restaurant's vectors first, then embed every wine"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        slugs: list[str] = options["restaurant"]
        restaurants = Restaurant.objects.order_by("slug")
        if slugs:
            restaurants = restaurants.filter(slug__in=slugs)
            missing = sorted(set(slugs) - set(restaurants.values_list("slug", flat=True)))
            if missing:
                raise CommandError(f"No restaurant with slug {', '.join(repr(slug) for slug in missing)}.")
        for restaurant in restaurants:
            with command_progress(f"{restaurant.slug}: embedding", stream=self.stderr) as progress:
                summary = wine_index_sync(
                    restaurant_id=restaurant.pk, progress=progress, from_scratch=options["from_scratch"]
                )
            self.stdout.write(
                f"{restaurant.name}: {summary.embedded} embedded, {summary.removed} removed, "
                f"{summary.unchanged} unchanged."
            )
