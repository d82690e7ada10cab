"""python manage.py evaluate_recommendations: the offline evaluation behind `make eval`.

Runs in a throwaway database (like the test suite): loads the three demo lists,
indexes them, then
- pairings: for each dish of ``eval_data/pairings.json``, the share of the top 3
  wines (per demo list) in a style published pairing guidance accepts;
- constraints: every question of ``eval_data/constraints.json`` against every
  list, counting wines shown that break a constraint (must be 0) and wines not on
  that restaurant's list (must be 0).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand
from django.db import connection

from recommendations.demo import demo_data_load
from recommendations.models import MenuItem, Restaurant
from recommendations.pairing import style_matches, wine_profile
from recommendations.question import Constraints, parse_question
from recommendations.recommender import choose, recommend, satisfies

EVAL_DIR = Path(__file__).resolve().parent.parent.parent / "eval_data"


class Command(BaseCommand):
    help = "Offline evaluation of recommendations against the demo wine lists (in a throwaway database)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--keep-database", action="store_true", help="evaluate the configured database instead")

    def handle(self, *args: Any, **options: Any) -> None:
        old_name = connection.settings_dict["NAME"]
        if not options["keep_database"]:
            connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            self._evaluate()
        finally:
            if not options["keep_database"]:
                connection.creation.destroy_test_db(old_name, verbosity=0)

    def _evaluate(self) -> None:
        from recommendations.vector_index import wine_index_sync

        restaurants = [demo.restaurant for demo in demo_data_load(with_users=False)]
        for restaurant in restaurants:
            wine_index_sync(restaurant_id=restaurant.pk)
        self._pairings(restaurants)
        self._constraints(restaurants)

    def _pairings(self, restaurants: list[Restaurant]) -> None:
        entries = json.loads((EVAL_DIR / "pairings.json").read_text(encoding="utf-8"))["entries"]
        good = total = 0
        misses: list[str] = []
        for entry in entries:
            dish = MenuItem(name=entry["dish"], description=entry.get("description", ""), tags=entry.get("tags", []))
            parsed = parse_question(f"a wine for {entry['dish']}")
            for restaurant in restaurants:
                picks, _ = choose(restaurant=restaurant, parsed=parsed, constraints=Constraints(), dishes=[dish], k=3)
                for pick in picks:
                    wine = pick.wine
                    profile = wine_profile(
                        colour=wine.colour, grapes=wine.grapes, description=wine.description, region=wine.region
                    )
                    ok = any(
                        style_matches(criteria, colour=wine.colour, grapes=wine.grapes, profile=profile)
                        for criteria in entry["acceptable_styles"]
                    )
                    good += ok
                    total += 1
                    if not ok:
                        misses.append(
                            f"{entry['dish']} @ {restaurant.slug}: {wine} ({wine.colour}, {', '.join(wine.grapes)})"
                        )
        share = good / total if total else 0.0
        self.stdout.write(
            f"pairings: {good}/{total} top-3 wines in an acceptable style ({share:.1%}) over {len(entries)} dishes x {len(restaurants)} lists"
        )
        for miss in misses[:15]:
            self.stdout.write(f"  miss: {miss}")

    def _constraints(self, restaurants: list[Restaurant]) -> None:
        data = json.loads((EVAL_DIR / "constraints.json").read_text(encoding="utf-8"))
        entries = [entry for entry in data["entries"] if "previous" not in entry]
        shown = violations = off_list = nothing = 0
        for entry in entries:
            for restaurant in restaurants:
                if entry.get("restaurant") not in (None, restaurant.slug):
                    continue
                result = recommend(restaurant=restaurant, query=entry["question"])
                if result.nothing_fits:
                    nothing += 1
                for pick in result.picks:
                    shown += 1
                    if pick.wine.restaurant_id != restaurant.pk:
                        off_list += 1
                    if not pick.alternative and not satisfies(pick.wine, result.constraints):
                        violations += 1
        self.stdout.write(
            f"constraints: {len(entries)} questions x {len(restaurants)} lists, {shown} wines shown, "
            f"{violations} constraint violations, {off_list} wines not on the list, "
            f"{nothing} answers with nothing fitting (labelled alternatives)"
        )
