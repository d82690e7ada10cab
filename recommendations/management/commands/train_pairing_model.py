"""python manage.py train_pairing_model: fit the learned pairing model (``pairing.learned``).

Runs in a throwaway database like ``evaluate_recommendations``. The examples are the
tuning half of ``eval_data/pairings.json`` only, each dish read twice (as a menu item with
its description and tags, and as the bare phrase a diner would say), against the three
demo lists only: the test half and the held-out lists are never seen, so ``make eval``'s
figures on them stay honest. The tuning dishes' own guidance (their acceptable styles) is
written beside the weights, for the nearest dishes' share of the score. Writes
``recommendations/pairing/learned_weights.json``; the same data gives the same file on
every run.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand
from django.db import connection

from recommendations import evaluation
from recommendations.demo import demo_data_load
from recommendations.pairing import dish_profile
from recommendations.pairing.learned import WEIGHTS_PATH
from recommendations.pairing.styles import half_of
from recommendations.pairing.training import Example, Guidance, ListedWine, fit_pairing_model
from recommendations.recommender import profile_of
from recommendations.selectors import wines_in_stock


class Command(BaseCommand):
    help = "Fit the learned pairing model on the tuning half and the demo lists (in a throwaway database)."

    def handle(self, *args: Any, **options: Any) -> None:
        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            examples, lists = self._examples()
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        self.stdout.write(f"fitting on {len(examples)} dish readings x list (tuning half, demo lists)")
        fitted = fit_pairing_model(examples, self._guidance())
        trained_on = {
            "half": "tune",
            "dishes": len({example.dish_key for example in examples}),
            "lists": sorted(lists),
        }
        document = {"trained_on": trained_on, **fitted.as_json()}
        WEIGHTS_PATH.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
        self.stdout.write(
            f"regularisation {fitted.regularisation:g}, blend {fitted.blend:g}; two-fold cross-validated top-3 "
            f"accepted share on the tuning half: rules {fitted.cross_validated['rules']:.1%}, "
            f"rules and model {fitted.cross_validated['rules_and_model']:.1%}; "
            f"guidance of the nearest dishes {fitted.guidance_share:g}"
        )
        if options["verbosity"] > 1:
            for setting, share in fitted.table.items():
                self.stdout.write(f"  {setting}: {share:.1%}")
        self.stdout.write(f"wrote {WEIGHTS_PATH}")

    @staticmethod
    def _tuning_entries() -> list[dict[str, Any]]:
        return [entry for entry in evaluation.load("pairings.json")["entries"] if half_of(entry["dish"]) == "tune"]

    def _guidance(self) -> list[Guidance]:
        return [
            Guidance(
                dish_key=entry["dish"],
                dish=dish_profile(
                    name=entry["dish"], description=entry.get("description", ""), tags=entry.get("tags", [])
                ),
                styles=tuple(entry["acceptable_styles"]),
            )
            for entry in self._tuning_entries()
        ]

    def _examples(self) -> tuple[list[Example], list[str]]:
        entries = self._tuning_entries()
        examples: list[Example] = []
        lists: list[str] = []
        for loaded in demo_data_load(with_users=False):
            lists.append(loaded.restaurant.slug)
            wines = [(wine, profile_of(wine)) for wine in wines_in_stock(restaurant=loaded.restaurant)]
            for entry in entries:
                listed = tuple(
                    ListedWine(profile=profile, colour=wine.colour, accepted=evaluation.acceptable(entry, wine))
                    for wine, profile in wines
                )
                if not any(wine.accepted for wine in listed):
                    continue
                readings = (
                    dish_profile(
                        name=entry["dish"], description=entry.get("description", ""), tags=entry.get("tags", [])
                    ),
                    dish_profile(name=entry.get("phrase") or entry["dish"]),
                )
                examples += [
                    Example(dish_key=entry["dish"], dish=dish, wines=listed, list_key=loaded.restaurant.slug)
                    for dish in readings
                ]
        return examples, lists
