"""The learned pairing model: its features, its fit, and the weights the product ships."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from recommendations import evaluation
from recommendations.pairing import dish_profile, pairing_score, wine_profile
from recommendations.pairing.dishes import DishProfile
from recommendations.pairing.learned import WEIGHTS_PATH, PairingModel, dish_features, pairing_model, wine_features
from recommendations.pairing.styles import half_of, style_matches
from recommendations.pairing.text import fold_text
from recommendations.pairing.training import Example, Guidance, ListedWine, fit_pairing_model
from recommendations.pairing.wines import WineProfile

OFF_DRY_RIESLING = wine_profile(colour="white", grapes=("Riesling",), description="off-dry, aromatic, lime")
OAKED_CHARDONNAY = wine_profile(colour="white", grapes=("Chardonnay",), description="rich, buttery, new oak")
FIRM_CABERNET = wine_profile(colour="red", grapes=("Cabernet Sauvignon",), description="firm tannins, cassis")
SOFT_PINOT = wine_profile(colour="red", grapes=("Pinot Noir",), description="silky, red cherry")


def test_features_describe_parts_and_shape_not_names() -> None:
    dish = dish_profile(name="Pork vindaloo", description="fiercely hot Goan pork curry with vinegar")
    features = dish_features(dish)
    assert "main:pork" in features
    assert "spice>=3" in features
    assert "facet:curry" in features
    assert not any("vindaloo" in feature for feature in features)  # a dish is known by its parts
    # A dish named with no description is read as what it is made of, shared with other dishes.
    moussaka = dish_features(dish_profile(name="moussaka"))
    assert {"part:eggplant", "part:tomato"} <= set(moussaka)
    assert not any("moussaka" in feature for feature in moussaka)
    wine = wine_features(OFF_DRY_RIESLING, "white")
    assert {"colour:white", "sweetness>=1", "grape:Riesling"} <= set(wine)
    # Neighbouring levels share features: body 3 and body 4 differ by one threshold each way.
    assert "body>=3" in wine_features(FIRM_CABERNET, "red")


def _examples() -> list[Example]:
    """Synthetic guidance: chilli heat accepts the off-dry white, red meat the firm red."""
    wines = [(OFF_DRY_RIESLING, "white"), (OAKED_CHARDONNAY, "white"), (FIRM_CABERNET, "red"), (SOFT_PINOT, "red")]
    hot = ["Thai red curry with chilli", "Sichuan chicken with chilli", "Hot vindaloo", "Spicy larb with chilli"]
    beef = ["Grilled ribeye", "Braised beef cheek", "Roast sirloin", "Beef stew"]
    examples = []
    for text in hot + beef:
        accepted = {"Riesling"} if text in hot else {"Cabernet Sauvignon"}
        listed = tuple(
            ListedWine(profile=profile, colour=colour, accepted=bool(set(profile.grapes) & accepted))
            for profile, colour in wines
        )
        examples.append(Example(dish_key=text, dish=dish_profile(name=text), wines=listed))
    return examples


def _learned(model: PairingModel, wine: WineProfile, dish: DishProfile, colour: str) -> float:
    rules = pairing_score(wine, dish, wine_colour=colour, learned=False).score
    return model.probability(wine, dish, wine_colour=colour, rules_score=rules)


def test_fit_learns_guidance_that_carries_to_an_unseen_dish() -> None:
    fitted = fit_pairing_model(_examples())
    model = PairingModel.from_document(fitted.as_json())
    unseen_hot = dish_profile(name="Jungle curry with fresh chilli")
    unseen_beef = dish_profile(name="Beef short rib")
    assert _learned(model, OFF_DRY_RIESLING, unseen_hot, "white") > _learned(model, FIRM_CABERNET, unseen_hot, "red")
    assert _learned(model, FIRM_CABERNET, unseen_beef, "red") > _learned(model, OFF_DRY_RIESLING, unseen_beef, "white")
    assert 0.0 <= fitted.blend <= 1.0
    # Deterministic: the same examples give the same weights.
    assert fit_pairing_model(_examples()).weights == fitted.weights


def test_shipped_weights_were_fitted_on_the_tuning_half_of_the_demo_lists_only() -> None:
    document = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert document["trained_on"]["half"] == "tune"
    held_out = {spec["slug"] for spec in evaluation.held_out_lists()}
    assert not held_out & set(document["trained_on"]["lists"])
    tuning = {
        entry["dish"] for entry in evaluation.load("pairings.json")["entries"] if half_of(entry["dish"]) == "tune"
    }
    assert document["trained_on"]["dishes"] <= len(tuning)
    assert len(document["weights"]) == len(document["dish_features"])
    assert {len(row) for row in document["weights"]} == {len(document["wine_features"])}


def test_the_model_takes_its_share_of_the_pairing_score_and_leaves_the_reasons_to_the_rules() -> None:
    model = pairing_model()
    assert model is not None
    # No textbook classic here (the off-dry Riesling is one for this curry: its rules' score
    # stands), so the blend is what is scored.
    dish = dish_profile(name="Green curry of chicken with Thai basil and bird's eye chilli")
    rules = pairing_score(OAKED_CHARDONNAY, dish, wine_colour="white", learned=False)
    blended = pairing_score(OAKED_CHARDONNAY, dish, wine_colour="white")
    learned = model.probability(OAKED_CHARDONNAY, dish, wine_colour="white", rules_score=rules.score)
    guided = model.guidance(OAKED_CHARDONNAY, dish, wine_colour="white")
    share = model.guidance_share
    expected = ((1 - model.blend) * rules.score + model.blend * learned + share * guided) / (1 + share)
    assert blended.score == pytest.approx(expected, abs=1e-3)
    assert blended.reasons == rules.reasons


def _guided_examples() -> tuple[list[Example], list[Guidance]]:
    """Two kinds of dish with guidance each, on two lists: the guidance names the styles."""
    hot = ["Thai red curry with chilli", "Sichuan chicken with chilli", "Hot vindaloo", "Spicy larb with chilli"]
    beef = ["Grilled ribeye", "Braised beef cheek", "Roast sirloin", "Beef stew"]
    riesling = {"colour": "white", "grapes_any": ["Riesling"]}
    firm_red = {"colour": "red", "min_tannin": 4}
    lists = {
        "one": [(OFF_DRY_RIESLING, "white"), (OAKED_CHARDONNAY, "white"), (FIRM_CABERNET, "red"), (SOFT_PINOT, "red")],
        "two": [(SOFT_PINOT, "red"), (FIRM_CABERNET, "red"), (OAKED_CHARDONNAY, "white"), (OFF_DRY_RIESLING, "white")],
    }
    examples, guidance = [], []
    for text in hot + beef:
        style = riesling if text in hot else firm_red
        dish = dish_profile(name=text)
        guidance.append(Guidance(dish_key=text, dish=dish, styles=(style,)))
        for key, wines in lists.items():
            listed = tuple(
                ListedWine(
                    profile=profile,
                    colour=colour,
                    accepted=style_matches(style, colour=colour, grapes=profile.grapes, profile=profile),
                )
                for profile, colour in wines
            )
            examples.append(Example(dish_key=text, dish=dish, wines=listed, list_key=key))
    return examples, guidance


def test_the_nearest_dishes_guidance_judges_any_wine_by_its_styles() -> None:
    examples, guidance = _guided_examples()
    fitted = fit_pairing_model(examples, guidance)
    document = fitted.as_json()
    assert len(document["guidance"]["dishes"]) == len(guidance)
    model = PairingModel.from_document({**document, "guidance": {**document["guidance"], "share": 0.3}})
    unseen_hot = dish_profile(name="Jungle curry with fresh chilli")
    # A Riesling no list in the data had, read from its label: the guidance's styles still judge it.
    dry_riesling = wine_profile(colour="white", grapes=("Riesling",), description="bone dry, Clare Valley")
    assert model.guidance(dry_riesling, unseen_hot, wine_colour="white") == pytest.approx(1.0)
    assert model.guidance(FIRM_CABERNET, unseen_hot, wine_colour="red") == pytest.approx(0.0)
    unseen_beef = dish_profile(name="Beef short rib")
    assert model.guidance(FIRM_CABERNET, unseen_beef, wine_colour="red") > model.guidance(
        SOFT_PINOT, unseen_beef, wine_colour="red"
    )
    # A dish like none of the guided ones is guided by none of them.
    assert (
        model.guidance(
            FIRM_CABERNET, DishProfile(weight=3, fat=0, acidity=0, sweetness=0, spice=0, saltiness=0), wine_colour="red"
        )
        == 0.0
    )


def test_the_guidance_share_is_chosen_by_cross_validation_and_written_with_the_weights() -> None:
    examples, guidance = _guided_examples()
    fitted = fit_pairing_model(examples, guidance)
    assert any("guidance" in setting for setting in fitted.table)
    assert fitted.guidance_share in (0.0, 0.2, 0.3, 0.45)
    without = fit_pairing_model(examples)
    assert without.guidance == []
    assert without.as_json()["guidance"]["share"] == 0.0
    shipped = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))["guidance"]
    tuning = {
        entry["dish"] for entry in evaluation.load("pairings.json")["entries"] if half_of(entry["dish"]) == "tune"
    }
    # The guidance shipped is the tuning half's and the corpus's, nothing else: the test half stays
    # unseen, and no corpus dish is named like an evaluation dish.
    evaluated = {
        fold_text(text).strip()
        for entry in evaluation.load("pairings.json")["entries"]
        for text in (entry["dish"], entry.get("phrase") or "")
    }
    corpus = {dish["dish"] for dish in shipped["dishes"] if dish["dish"].startswith("corpus: ")}
    assert {dish["dish"] for dish in shipped["dishes"]} - corpus <= tuning
    assert not {fold_text(name.removeprefix("corpus: ")).strip() for name in corpus} & evaluated
    assert shipped["dishes"]
    assert shipped["share"] > 0


def test_the_corpus_is_trained_on_but_never_scored_by_cross_validation() -> None:
    examples = _examples()
    # Corpus dishes whose guidance the rules get wrong: were they scored, the rules' figure would fall.
    contrary = [
        replace(
            example,
            dish_key=f"corpus: {example.dish_key}",
            scored=False,
            wines=tuple(replace(wine, accepted=not wine.accepted) for wine in example.wines),
        )
        for example in examples
    ]
    alone = fit_pairing_model(examples)
    with_corpus = fit_pairing_model([*examples, *contrary])

    assert with_corpus.cross_validated["rules"] == alone.cross_validated["rules"]
    # ...and trained on: the weights are not the same.
    assert with_corpus.weights != alone.weights
