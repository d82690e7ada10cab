"""python manage.py train_pairing_model: fit the learned pairing model (``pairing.learned``).

Runs in a throwaway database like ``evaluate_recommendations``. The examples are the
tuning half of ``eval_data/pairings.json`` only, each dish read twice (as a menu item with
its description and tags, and as the bare phrase a diner would say), against the three
demo lists only: the test half and the held-out lists are never seen, so ``make eval``'s
figures on them stay honest. Beside them, the guidance corpus
(``pairing/guidance_corpus.json``: dishes written from published guidance without reading
the evaluation set) is trained on but never scored; a corpus dish named like an evaluation
dish is left out, so no test dish has its twin in training. The tuning and corpus dishes'
own guidance (their acceptable styles) is written beside the weights, for the nearest
dishes' share of the score. Writes
``recommendations/pairing/learned_weights.json``; the same data gives the same file on
every run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand
from django.db import connection

from recommendations import evaluation
from recommendations.demo import demo_data_load
from recommendations.pairing import dish_profile
from recommendations.pairing.learned import WEIGHTS_PATH
from recommendations.pairing.styles import half_of
from recommendations.pairing.text import fold_text
from recommendations.pairing.training import Example, Guidance, ListedWine, fit_pairing_model
from recommendations.recommender import profile_of
from recommendations.selectors import wines_in_stock

CORPUS_PATH = Path(__file__).resolve().parents[2] / "pairing" / "guidance_corpus.json"


class Command(BaseCommand):
    help = "Fit the learned pairing model on the tuning half and the demo lists (in a throwaway database)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--output",
            type=Path,
            default=WEIGHTS_PATH,
            help="where to write the weights (default: the file the product reads); another path tries a change "
            "without touching the running model",
        )
        parser.add_argument(
            "--without-corpus", action="store_true", help="train on the tuning half alone (to measure the corpus)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        entries = self._entries(with_corpus=not options["without_corpus"])
        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            examples, lists = self._examples(entries)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        corpus = sum(not example.scored for example in examples)
        self.stdout.write(
            f"fitting on {len(examples)} dish readings x list (tuning half and guidance corpus, demo lists), "
            f"{corpus} of them the corpus's"
        )
        fitted = fit_pairing_model(examples, self._guidance(entries))
        trained_on = {
            "half": "tune",
            "dishes": len({example.dish_key for example in examples if example.scored}),
            "corpus_dishes": sum(not scored for _, scored in entries),
            "lists": sorted(lists),
        }
        document = {"trained_on": trained_on, **fitted.as_json()}
        options["output"].write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
        self.stdout.write(
            f"regularisation {fitted.regularisation:g}, blend {fitted.blend:g}; two-fold cross-validated top-3 "
            f"accepted share on the tuning half: rules {fitted.cross_validated['rules']:.1%}, "
            f"rules and model {fitted.cross_validated['rules_and_model']:.1%}; "
            f"guidance of the nearest dishes {fitted.guidance_share:g}"
        )
        if options["verbosity"] > 1:
            for setting, share in fitted.table.items():
                self.stdout.write(f"  {setting}: {share:.1%}")
        self.stdout.write(f"wrote {options['output']}")

    @staticmethod
    def _tuning_entries() -> list[dict[str, Any]]:
        return [entry for entry in evaluation.load("pairings.json")["entries"] if half_of(entry["dish"]) == "tune"]

    @staticmethod
    def _corpus_entries() -> list[dict[str, Any]]:
        """The corpus, without any dish an evaluation dish shares its name or phrase with."""
        if not CORPUS_PATH.exists():
            return []
        evaluated = {
            fold_text(text).strip()
            for entry in evaluation.load("pairings.json")["entries"]
            for text in (entry["dish"], entry.get("phrase") or "")
            if text
        }
        return [
            {**entry, "key": f"corpus: {entry['dish']}"}
            for entry in json.loads(CORPUS_PATH.read_text(encoding="utf-8"))["entries"]
            if not {fold_text(entry["dish"]).strip(), fold_text(entry.get("phrase") or "").strip()} & evaluated
        ]

    def _entries(self, *, with_corpus: bool) -> list[tuple[dict[str, Any], bool]]:
        """Every dish trained on, and whether cross-validation scores it (the tuning half's do)."""
        return [(entry, True) for entry in self._tuning_entries()] + [
            (entry, False) for entry in (self._corpus_entries() if with_corpus else [])
        ]

    @staticmethod
    def _guidance(entries: list[tuple[dict[str, Any], bool]]) -> list[Guidance]:
        return [
            Guidance(
                dish_key=entry.get("key", entry["dish"]),
                dish=dish_profile(
                    name=entry["dish"], description=entry.get("description", ""), tags=entry.get("tags", [])
                ),
                styles=tuple(entry["acceptable_styles"]),
            )
            for entry, _ in entries
        ]

    @staticmethod
    def _examples(entries: list[tuple[dict[str, Any], bool]]) -> tuple[list[Example], list[str]]:
        examples: list[Example] = []
        lists: list[str] = []
        for loaded in demo_data_load(with_users=False):
            lists.append(loaded.restaurant.slug)
            wines = [(wine, profile_of(wine)) for wine in wines_in_stock(restaurant=loaded.restaurant)]
            for entry, scored in entries:
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
                    Example(
                        dish_key=entry.get("key", entry["dish"]),
                        dish=dish,
                        wines=listed,
                        list_key=loaded.restaurant.slug,
                        scored=scored,
                    )
                    for dish in readings
                ]
        return examples, lists
