"""python manage.py evaluate_recommendations: the offline evaluation behind `make eval`.

Runs in a throwaway database (like the test suite): loads the three demo lists and the
held-out lists of ``eval_data/lists`` (eight), indexes them, then reports, for the tuning
half and the test half of each set (``recommendations.evaluation.half_of``):

- pairings: the share of the top 3 wines in a style published guidance accepts, each
  dish asked as a menu item (name, description, tags) and as a bare phrase with no menu;
- dialogues: multi-turn conversations, every expectation of every turn;
- constraints: wines shown that break a constraint, wines not on that restaurant's list;
- wines: how each row of a list nobody tuned on (``eval_data/wine_reading``) is read, against
  the style a sommelier wrote for it;
- the words: every answer of all the above checked against the text rubric.

Misses are listed for the tuning half only: the test half is for reporting, never for tuning.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import connection

from config.progress import command_progress
from recommendations import evaluation
from recommendations.demo import demo_data_load
from recommendations.languages import ENGLISH, diner_language
from recommendations.models import Restaurant
from recommendations.pairing.styles import Half
from recommendations.recommender import Recommendations
from recommendations.retrieval.vector_index import wine_index_sync
from recommendations.voice import rubric_problems, write_answer
from recommendations.winelist.imports import wine_list_import


class Command(BaseCommand):
    help = "Offline evaluation of recommendations and answers (in a throwaway database)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--keep-database", action="store_true", help="evaluate the configured database instead")
        parser.add_argument("--misses", type=int, default=25, help="tuning-half misses to list (default 25)")
        parser.add_argument(
            "--only",
            choices=["pairings", "dialogues", "refinements", "constraints", "wines"],
            help="run one part of the evaluation",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        old_name = connection.settings_dict["NAME"]
        if not options["keep_database"]:
            connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            self._evaluate(options)
        finally:
            if not options["keep_database"]:
                connection.creation.destroy_test_db(old_name, verbosity=0)

    def _restaurants(self) -> tuple[list[Restaurant], list[Restaurant]]:
        demo = [loaded.restaurant for loaded in demo_data_load(with_users=False)]
        held_out = []
        for spec in evaluation.held_out_lists():
            restaurant, _ = Restaurant.objects.update_or_create(
                slug=spec["slug"], defaults={"name": spec["name"], "currency": spec["currency"]}
            )
            wine_list_import(restaurant=restaurant, data=spec["csv"].encode("utf-8"))
            held_out.append(restaurant)
        for restaurant in [*demo, *held_out]:
            wine_index_sync(restaurant_id=restaurant.pk)
        return demo, held_out

    def _evaluate(self, options: dict[str, Any]) -> None:

        demo, held_out = self._restaurants()
        words = evaluation.Rate()
        in_their_language = evaluation.Rate()  # of the questions not in English
        broken: list[str] = []

        def answer(result: Recommendations) -> None:
            text = write_answer(result)
            problems = rubric_problems(text, result)
            words.add(not problems)
            if result.understood.language != ENGLISH:
                in_their_language.add(diner_language(text) == result.understood.language)
            if problems and len(broken) < options["misses"]:
                broken.append(f"{result.parsed.text!r}: {'; '.join(problems)}\n      {text}")

        only = options.get("only")
        if only in (None, "pairings"):
            with command_progress("pairings, dish x list", stream=self.stderr) as progress:
                report = evaluation.evaluate_pairings(
                    {"demo": demo, "held-out": held_out}, answer=answer, progress=progress
                )
            self._pairings(report, options)
        by_slug = {restaurant.slug: restaurant for restaurant in [*demo, *held_out]}
        if only in (None, "dialogues"):
            self._dialogues(evaluation.evaluate_dialogues(by_slug, answer=answer), options)
        if only in (None, "refinements"):
            self._refinements(evaluation.evaluate_refinements(by_slug, answer=answer), options)
        if only in (None, "constraints"):
            self._constraints(evaluation.evaluate_constraints([*demo, *held_out], answer=answer))
        if only in (None, "wines"):
            self._wines(options)
        self.stdout.write(f"text rubric: {words} answers break no rule (every chosen wine named, no repeated "
                          "clause or sentence, 35-110 words, no list, no internal numbers)")  # fmt: skip
        for line in broken:
            self.stdout.write(f"  broken: {line}")
        self.stdout.write(f"diner's language: {in_their_language} answers to questions not in English written in "
                          "the diner's language (the rest in English)")  # fmt: skip

    def _pairings(self, report: evaluation.PairingReport, options: dict[str, Any]) -> None:
        self.stdout.write("pairings: share of the top 3 wines in a style published guidance accepts")
        for group in ("demo", "held-out"):
            for mode, label in (("menu", "menu dishes"), ("bare", "bare phrases")):
                tune = report.rate("tune", mode, group)
                test = report.rate("test", mode, group)
                self.stdout.write(f"  {group:8} {label:12}  tuning half {tune}   test half {test}")
        for mode, label in (("menu", "menu dishes"), ("bare", "bare phrases")):
            test = evaluation.Rate()
            for group in ("demo", "held-out"):
                rate = report.rate("test", mode, group)
                test.good, test.total = test.good + rate.good, test.total + rate.total
            self.stdout.write(f"  TEST HALF, all lists, {label}: {test}")
        self.stdout.write(f"  ({report.skipped} dish x list pairs skipped: no acceptable wine on that list)")
        for miss in report.misses[: options["misses"]]:
            self.stdout.write(f"  miss (tuning half): {miss}")

    def _dialogues(self, report: evaluation.DialogueReport, options: dict[str, Any]) -> None:
        halves: tuple[tuple[Half, str], ...] = (("tune", "tuning half"), ("test", "test half"))
        for half, label in halves:
            self.stdout.write(
                f"dialogues, {label}: {report.dialogue_rate(half)} dialogues right in every turn, "
                f"{report.turn_rate(half)} turns"
            )
        for failure in report.failures[: options["misses"]]:
            self.stdout.write(f"  failed (tuning half): {failure}")

    def _refinements(self, report: evaluation.RefinementReport, options: dict[str, Any]) -> None:
        self.stdout.write(
            f"refinements (drier, softer, less oak, nothing from ...; six languages): tuning half "
            f"{report.rate('tune')}   test half {report.rate('test')} follow the diner"
        )
        for failure in report.failures[: options["misses"]]:
            self.stdout.write(f"  not followed (tuning half): {failure}")

    def _wines(self, options: dict[str, Any]) -> None:
        csv_text, truth = evaluation.wine_reading_list()
        restaurant, _ = Restaurant.objects.update_or_create(
            slug="wine-reading", defaults={"name": "Wine reading", "currency": "USD"}
        )
        wine_list_import(restaurant=restaurant, data=csv_text.encode("utf-8"))
        report = evaluation.evaluate_wine_reading(restaurant, truth)
        halves: tuple[tuple[Half, str], ...] = (("tune", "tuning half"), ("test", "test half"))
        for half, label in halves:
            errors = ", ".join(f"{trait} {report.mean_error(half, trait):.2f}" for trait in evaluation.WINE_TRAITS)
            self.stdout.write(
                f"wine reading, {label}: {report.rate(report.close, half)} wines within one step on every trait; "
                f"grapes known {report.rate(report.grapes, half)}; mean error {errors}"
            )
        for miss in report.misses[: options["misses"]]:
            self.stdout.write(f"  misread (tuning half): {miss}")

    def _constraints(self, report: evaluation.ConstraintReport) -> None:
        self.stdout.write(
            f"constraints: {report.questions} questions on every list, {report.shown} wines shown, "
            f"{report.violations} constraint violations, {report.off_list} wines not on the list, "
            f"{report.nothing} answers with nothing fitting (labelled alternatives)"
        )
