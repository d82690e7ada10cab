"""The learned pairing model: its features, its fit, and the weights the product ships."""

from __future__ import annotations

import json

import pytest

from recommendations import evaluation
from recommendations.pairing import dish_profile, pairing_score, wine_profile
from recommendations.pairing.dishes import DishProfile
from recommendations.pairing.learned import WEIGHTS_PATH, PairingModel, dish_features, pairing_model, wine_features
from recommendations.pairing.styles import half_of
from recommendations.pairing.training import Example, ListedWine, fit_pairing_model
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
    dish = dish_profile(name="Green curry of chicken with Thai basil and bird's eye chilli")
    rules = pairing_score(OFF_DRY_RIESLING, dish, wine_colour="white", learned=False)
    blended = pairing_score(OFF_DRY_RIESLING, dish, wine_colour="white")
    learned = model.probability(OFF_DRY_RIESLING, dish, wine_colour="white", rules_score=rules.score)
    assert blended.score == pytest.approx((1 - model.blend) * rules.score + model.blend * learned, abs=1e-3)
    assert blended.reasons == rules.reasons
