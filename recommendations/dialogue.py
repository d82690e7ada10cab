"""The conversation rules: what a question means after the ones before it.

A diner's words belong to different owners. The budget and "by the glass" are the
diner's: they hold until the diner changes them. Colour, style, body and grape words
belong to the dish they were said with: a new dish starts a new topic and drops them.
Refinements ("something cheaper?", "lighter?", "another like the second") keep the dish
and everything said and change only what they ask; "cheaper" means below the cheapest
wine just shown, in the colours just shown. What the diner says now always wins.

Pure functions over plain values: the answering pipeline stores the state as JSON on
the conversation, and the evaluation replays dialogues through the same code.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from recommendations.diners import DINER_COLOURS, MAX_DINERS, MAX_DISH_CHARACTERS
from recommendations.languages import ENGLISH, LANGUAGES, diner_language
from recommendations.question import (
    FOCUS,
    OTHERS,
    TALKED,
    Constraints,
    ParsedQuestion,
    Said,
    asks_something_new,
    merge_said,
)

logger = logging.getLogger(__name__)

Refinement = Literal[
    "cheaper", "lighter", "bolder", "like", "other", "about", "chosen", "closing", "staff", "greeting", "alcohol_free"
]
CENT = Decimal("0.01")


@dataclass(frozen=True)
class ShownWine:
    """A wine of the last answer, as the next turn needs it."""

    wine_id: int
    price: Decimal  # on the basis it was asked (glass when by the glass)
    colour: str
    body: int
    # Shown by the bottle for a glass it is not poured by ("anything from Sonoma by the glass?"):
    # "cheaper?" then asks for a cheaper bottle.
    bottle_only: bool = False


@dataclass(frozen=True)
class Budget:
    """A budget as the diner said it."""

    max_price: Decimal | None
    min_price: Decimal | None
    per_glass: bool


@dataclass(frozen=True)
class DialogueState:
    """What the conversation has settled so far, kept between turns."""

    constraints: Constraints = field(default_factory=Constraints)
    dish_ids: tuple[int, ...] = ()
    dish_words: tuple[str, ...] = ()
    shown: tuple[ShownWine, ...] = ()
    turns: int = 0
    focus: int | None = None  # the wine "it" means: the one last talked about, else the first shown
    # The budget the diner said, while "cheaper" has lowered the one in force below it: a new dish
    # goes back to it (the diner's budget persists; "cheaper" was about the wines of that dish).
    budget_said: Budget | None = None
    # The wines passed over with "another?" before those shown, while the diner keeps asking for
    # others: a second "any others?" shows a third set, not the first again.
    passed: tuple[int, ...] = ()
    # Who at the table said they are having which dish, in their words: (("me", "lamb chops"),
    # ("her", "halibut")), so "and just for her, a glass?" means the halibut (see diners.py).
    diners: tuple[tuple[str, str], ...] = ()
    # The colour said for one diner's glass, apart from their dish: (("her", "white"), ("me", "red"))
    # from "a glass each, white for her and red for me"; "hers under 12" then means a white.
    diner_colours: tuple[tuple[str, str], ...] = ()
    # "A glass each" for two dishes: a wine for each and none across both, until a new dish.
    each_their_own: bool = False
    # "A glass of red for me and a bottle of white for the table": (("red", True), ("white", False));
    # "white under 50" then means a bottle of it, "my red" a glass.
    colour_bases: tuple[tuple[str, bool], ...] = ()
    # The language the diner writes in ("fr"), kept for a turn that says too little to tell ("ok?").
    language: str = ENGLISH
    # The wines the last answer was about, when it was about some of those shown ("which is lighter,
    # the first or the third?"): "and the cheaper of the two?" means these.
    talked: tuple[int, ...] = ()

    def as_json(self) -> dict[str, Any]:
        constraints = self.constraints
        return {
            "constraints": {
                "max_price": _money(constraints.max_price),
                "min_price": _money(constraints.min_price),
                "colours": sorted(constraints.colours),
                "by_the_glass": constraints.by_the_glass,
                "sweet": constraints.sweet,
                "style_words": list(constraints.style_words),
                "grapes": list(constraints.grapes),
                "refused_grapes": list(constraints.refused_grapes),
                "refused_names": list(constraints.refused_names),
                "refused_places": list(constraints.refused_places),
                "places": list(constraints.places),
                "appellations": list(constraints.appellations),
                "modest_price": constraints.modest_price,
                "occasion": constraints.occasion,
                "price_per_glass": constraints.price_per_glass,
            },
            "dish_ids": list(self.dish_ids),
            "dish_words": list(self.dish_words),
            "shown": [
                {
                    "id": wine.wine_id,
                    "price": str(wine.price),
                    "colour": wine.colour,
                    "body": wine.body,
                    "bottle_only": wine.bottle_only,
                }
                for wine in self.shown
            ],
            "turns": self.turns,
            "focus": self.focus,
            "passed": list(self.passed),
            "diners": [list(diner) for diner in self.diners],
            "diner_colours": [list(diner) for diner in self.diner_colours],
            "each_their_own": self.each_their_own,
            "colour_bases": [list(basis) for basis in self.colour_bases],
            "language": self.language,
            "talked": list(self.talked),
            "budget_said": None
            if self.budget_said is None
            else {
                "max_price": _money(self.budget_said.max_price),
                "min_price": _money(self.budget_said.min_price),
                "per_glass": self.budget_said.per_glass,
            },
        }

    @classmethod
    def from_json(cls, data: Any) -> DialogueState:
        """The stored state; anything unreadable (an older shape, a hand edit) starts afresh."""
        if not isinstance(data, Mapping):
            return cls()
        try:
            raw = data.get("constraints") or {}
            for bound in ("max_price", "min_price"):
                if raw.get(bound) is not None and _decimal(raw[bound]) is None:
                    raise ValueError(f"not a price: {raw[bound]!r}")
            constraints = Constraints(
                max_price=_decimal(raw.get("max_price")),
                min_price=_decimal(raw.get("min_price")),
                colours=frozenset(str(colour) for colour in raw.get("colours") or ()),
                by_the_glass=bool(raw.get("by_the_glass")),
                sweet=bool(raw.get("sweet")),
                style_words=tuple(str(word) for word in raw.get("style_words") or ()),
                grapes=tuple(str(grape) for grape in raw.get("grapes") or ()),
                refused_grapes=tuple(str(grape) for grape in raw.get("refused_grapes") or ()),
                refused_names=tuple(str(name) for name in raw.get("refused_names") or ()),
                refused_places=tuple(str(place) for place in raw.get("refused_places") or ()),
                places=tuple(str(place) for place in raw.get("places") or ()),
                appellations=tuple(str(name) for name in raw.get("appellations") or ()),
                modest_price=bool(raw.get("modest_price")),
                occasion=bool(raw.get("occasion")),
                price_per_glass=bool(raw.get("price_per_glass")),
            )
            shown = tuple(
                ShownWine(
                    int(item["id"]),
                    _price(item["price"]),
                    str(item["colour"]),
                    int(item["body"]),
                    bool(item.get("bottle_only")),
                )
                for item in data.get("shown") or ()
            )
            return cls(
                constraints=constraints,
                dish_ids=tuple(int(pk) for pk in data.get("dish_ids") or ()),
                dish_words=tuple(str(word) for word in data.get("dish_words") or ()),
                shown=shown,
                turns=int(data.get("turns") or 0),
                focus=int(data["focus"]) if data.get("focus") is not None else None,
                budget_said=_budget(data.get("budget_said")),
                passed=tuple(int(pk) for pk in data.get("passed") or ()),
                diners=_diners(data.get("diners")),
                diner_colours=_diner_colours(data.get("diner_colours")),
                each_their_own=data.get("each_their_own") is True,
                colour_bases=_colour_bases(data.get("colour_bases")),
                language=str(data["language"]) if data.get("language") in LANGUAGES else ENGLISH,
                talked=tuple(int(pk) for pk in data.get("talked") or ()),
            )
        except (AttributeError, KeyError, TypeError, ValueError, ArithmeticError):
            logger.warning("unreadable conversation state ignored: %r", data)
            return cls()


@dataclass(frozen=True)
class Turn:
    """This question, understood in its conversation: what to look for and what it changes."""

    constraints: Constraints  # in force now (the diner's and the topic's)
    dish_ids: tuple[int, ...]
    dish_words: tuple[str, ...]
    new_topic: bool  # a dish named that is not the one talked about
    refinements: tuple[Refinement, ...] = ()
    # Refinements relative to the last answer, applied as filters on top of the constraints.
    same_colours: frozenset[str] = frozenset()  # "cheaper" and "lighter" stay in the colours just shown
    max_body: int | None = None  # "lighter": below the heaviest wine just shown
    min_body: int | None = None  # "bolder": above the lightest
    lead_body: int | None = None  # "lighter" or "bolder": the body of the wine the last answer led with
    lead_wine_id: int | None = None  # a refinement's: the wine the last answer led with, or the one "it" meant
    exclude_wine_ids: frozenset[int] = frozenset()
    only_wine_ids: frozenset[int] = frozenset()  # "the difference between the first two": just those
    # A question about the wines shown, or thanks, leaves them the wines the next question means
    # by "the first" or "the second".
    keep_shown: tuple[ShownWine, ...] = ()
    like_wine_id: int | None = None
    turn_index: int = 0
    budget_said: Budget | None = None  # see DialogueState
    focus: int | None = None  # the wine this turn is about, when it is about one
    passed: tuple[int, ...] = ()  # see DialogueState: kept only by a turn asking for others again
    diners: tuple[tuple[str, str], ...] = ()  # see DialogueState: kept until said anew or started over
    diner_colours: tuple[tuple[str, str], ...] = ()  # see DialogueState
    each_their_own: bool = False  # see DialogueState
    colour_bases: tuple[tuple[str, bool], ...] = ()  # see DialogueState
    # The wines the last answer showed, in order, when the dish stays: "no Pinot Noir" of three
    # wines none of which is one changes nothing, and the answer says so.
    shown_before: tuple[int, ...] = ()
    language: str = ENGLISH  # see DialogueState
    # "Would it work with the schnitzel?", "does the Von der Fels go with the venison?": the wine
    # asked about with the dish, which leads the answer with how it suits the dish.
    fit_wine_id: int | None = None


def _diners(raw: Any) -> tuple[tuple[str, str], ...]:
    """Who has which dish, as stored: pairs of words, within the limits a table has."""
    diners = []
    for pair in raw or ():
        if not (isinstance(pair, list | tuple) and len(pair) == 2 and all(isinstance(word, str) for word in pair)):
            raise ValueError(f"not a diner and a dish: {pair!r}")
        diners.append((pair[0][:MAX_DISH_CHARACTERS], pair[1][:MAX_DISH_CHARACTERS]))
    return tuple(diners[-MAX_DINERS:])


def _diner_colours(raw: Any) -> tuple[tuple[str, str], ...]:
    diners = _diners(raw)
    if any(colour not in DINER_COLOURS for _, colour in diners):
        raise ValueError(f"not a diner and a colour: {raw!r}")
    return diners


def _colour_bases(raw: Any) -> tuple[tuple[str, bool], ...]:
    bases = []
    for pair in raw or ():
        if not (
            isinstance(pair, list | tuple) and len(pair) == 2 and pair[0] in DINER_COLOURS and isinstance(pair[1], bool)
        ):
            raise ValueError(f"not a colour and a basis: {pair!r}")
        bases.append((pair[0], pair[1]))
    return tuple(bases[: len(DINER_COLOURS)])


def _budget(raw: Any) -> Budget | None:
    if raw is None:
        return None
    for bound in ("max_price", "min_price"):
        if raw.get(bound) is not None and _decimal(raw[bound]) is None:
            raise ValueError(f"not a price: {raw[bound]!r}")
    return Budget(_decimal(raw.get("max_price")), _decimal(raw.get("min_price")), bool(raw.get("per_glass")))


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _price(value: Any) -> Decimal:
    """A shown wine's stored price; "NaN" or "Infinity" (which Decimal reads) are refused."""
    number = Decimal(str(value))
    if not number.is_finite():
        raise ValueError(f"not a price: {value!r}")
    return number


def _topic_dropped(constraints: Constraints) -> Constraints:
    """What survives a new dish: the diner's budget, by-the-glass and dislikes, nothing said about the last dish."""
    return Constraints(
        max_price=constraints.max_price,
        min_price=constraints.min_price,
        by_the_glass=constraints.by_the_glass,
        refused_grapes=constraints.refused_grapes,
        refused_names=constraints.refused_names,
        refused_places=constraints.refused_places,
        modest_price=constraints.modest_price,
        occasion=constraints.occasion,
        price_per_glass=constraints.price_per_glass,
    )


def names_a_dish(parsed: ParsedQuestion) -> bool:
    return bool(parsed.dish_ids or parsed.dish_words)


def _same_dish(parsed: ParsedQuestion, state: DialogueState) -> bool:
    if parsed.dish_ids and state.dish_ids:
        return set(parsed.dish_ids) == set(state.dish_ids)
    if parsed.dish_words and state.dish_words:
        return {word.casefold() for word in parsed.dish_words} == {word.casefold() for word in state.dish_words}
    return False


def _budget_restated(said: Said | None) -> bool:
    """Whether the diner says the budget anew (a bound, none, a number alone, "not too expensive")."""
    return said is not None and (
        said.max_price is not None
        or said.min_price is not None
        or said.any_price
        or said.amount_alone is not None
        or said.modest_price
        or said.start_over
    )


def next_turn(parsed: ParsedQuestion, state: DialogueState | None) -> Turn:
    """Apply the conversation rules to a parsed question (parsed without ``previous``)."""
    said = parsed.said
    state = state or DialogueState()
    if said is not None and said.start_over:
        state = DialogueState(turns=state.turns, language=state.language)
    # "What would you drink?" with a dish talked about is the sommelier's pick for that dish; with
    # none, a question about the list, which starts afresh.
    general = (
        said is not None and said.general and not names_a_dish(parsed) and not (state.dish_ids or state.dish_words)
    )
    # "We're vegan, what do you recommend?": the table's diet, not the dish talked about before.
    diet = said is not None and said.diet is not None and not names_a_dish(parsed)
    # "Just a glass of red, no food": no dish, not the one talked about before.
    no_food = said is not None and said.no_food and not names_a_dish(parsed)
    new_topic = (names_a_dish(parsed) and not _same_dish(parsed, state)) or general or diet or no_food
    base = _topic_dropped(state.constraints) if new_topic else state.constraints
    budget_said = None if _budget_restated(said) else state.budget_said
    if new_topic and budget_said is not None:
        base = replace(
            base,
            max_price=budget_said.max_price,
            min_price=budget_said.min_price,
            price_per_glass=budget_said.per_glass,
        )
        budget_said = None
    constraints = merge_said(base, said) if said is not None else parsed.constraints
    # A refinement names no dish: it is still about the one talked about.
    dish_ids, dish_words = (parsed.dish_ids, parsed.dish_words) if new_topic else (state.dish_ids, state.dish_words)
    turn = Turn(
        constraints=replace(constraints, cheaper_than_previous=False),
        dish_ids=dish_ids,
        dish_words=dish_words,
        new_topic=new_topic,
        turn_index=state.turns,
        budget_said=budget_said,
        diners=state.diners,
        diner_colours=state.diner_colours,
        colour_bases=state.colour_bases,
        each_their_own=state.each_their_own and not new_topic,
        shown_before=() if new_topic else tuple(wine.wine_id for wine in state.shown),
        language=diner_language(parsed.text, state.language),
    )
    if (asked := _asked_with_a_dish(said, parsed, state)) is not None:
        return replace(turn, fit_wine_id=asked)
    if said is not None and said.wine_ids and not names_a_dish(parsed):
        # "Is the Cristal worth it?": that wine, about the dish talked about.
        return _about_wines(turn, state, "about", said.wine_ids, bottle_asked=said.by_the_glass is False)
    aside = _aside_of(said, parsed, same_dish=not new_topic)
    if aside is not None:
        # "More bread please", "where's the bathroom?", "hi!": no new wine; the one talked about stays.
        if state.shown:
            return _about_wines(turn, state, aside, [_shown_at(state, FOCUS)])
        return replace(turn, refinements=(aside,))
    if said is None or new_topic or not state.shown:
        return turn
    if said.about_picks and not (said.colours and not any(wine.colour in said.colours for wine in state.shown)):
        # "Is the second one oaky?", "I'll take the first" (0: the last one shown); not "which red
        # is the lightest?" after whites: a red is asked for.
        positions = [position for position in said.about_picks if position <= len(state.shown)]
        wanted = list(dict.fromkeys(wine for position in positions for wine in _shown_all_at(state, position)))
        if wanted:
            return _about_wines(
                turn,
                state,
                "chosen" if said.chosen else "about",
                wanted,
                bottle_asked=said.chosen and said.by_the_glass is False,
            )
    if said.closing:
        # "Thanks, that's all": the wine talked about (or the first shown), for the goodbye to name.
        return _about_wines(turn, state, "closing", [_shown_at(state, FOCUS)])
    return _refined(turn, said, state)


def _asked_with_a_dish(said: Said | None, parsed: ParsedQuestion, state: DialogueState) -> int | None:
    """ "Would it work with the schnitzel?", "does the second one go with the venison?", "would the
    Von der Fels work with the trout?": the one wine asked about with a dish, by its name or where
    it was shown."""
    if said is None or not said.fit_asked or not names_a_dish(parsed):
        return None
    if said.wine_ids:
        return said.wine_ids[0]
    if said.grapes or said.appellations:
        return None  # "would the Grüner Veltliner go with the venison?": the list's, by that name
    positions = [position for position in said.about_picks if position in (FOCUS, 0) or 0 < position <= 3]
    if len(positions) != 1 or not state.shown or positions[0] > len(state.shown):
        return None
    return _shown_at(state, positions[0])


# "I'm having the parmigiana but I don't drink", "she's pregnant": the one who asks drinks no wine
# (not "a wine for the lamb, and something alcohol-free for my wife").
_NOT_DRINKING = re.compile(
    r"\b(?:(?:i|we|she|he)(?:'m| am|'s| is|'re| are)? (?:don'?t|do not|doesn'?t|does not|can'?t|cannot|won'?t) drink|"
    r"not drinking|(?:i'?m|she'?s|i am|she is) pregnant|designated driver|(?:i'?m|i am) driving|teetotal|sober)\b",
    re.IGNORECASE,
)


def _not_drinking(text: str) -> bool:
    return bool(_NOT_DRINKING.search(text)) and not re.search(r"\b(?:wines?|pair|goes with)\b", text, re.IGNORECASE)


def _aside_of(said: Said | None, parsed: ParsedQuestion, *, same_dish: bool) -> Refinement | None:
    """What a message says besides the wine, when it asks nothing of the wine."""
    if said is None or asks_about_wine(said):
        return None
    if not names_a_dish(parsed) or (same_dish and said.asked_of_the_food):
        # "Is the fish served whole?" of the dish talked about: for the staff, as "more bread" is.
        return _aside(said)
    if said.alcohol_free and _not_drinking(parsed.text):
        # "I'm having the parmigiana but I don't drink: anything non-alcoholic?": the dish is the
        # diner's, the question is the drink; no wine answers it.
        return "alcohol_free"
    return None


def _aside(said: Said) -> Refinement | None:
    """What a message says besides the wine: a greeting, or a request for the staff."""
    if said.greeting:
        return "greeting"
    if said.alcohol_free:
        return "alcohol_free"
    return "staff" if said.for_the_staff or said.asked_of_the_food else None


def asks_about_wine(said: Said) -> bool:
    """Whether the message says anything about the wine, beside what it asks the staff or the greeting."""
    return asks_something_new(said) or bool(
        said.style_words or said.sweet is not None or said.by_the_glass is not None or said.about_picks
    )


def _shown_all_at(state: DialogueState, position: int) -> list[int]:
    """The wines a position means: one, for ``OTHERS`` all those shown but the one in focus, for
    ``TALKED`` those the last answer was about (else the first two shown)."""
    if position == TALKED:
        return list(state.talked) or [shown.wine_id for shown in state.shown[:2]]
    if position == OTHERS:
        focus = _shown_at(state, FOCUS)
        return [shown.wine_id for shown in state.shown if shown.wine_id != focus]
    return [_shown_at(state, position)]


def _shown_at(state: DialogueState, position: int) -> int:
    """The wine at a 1-based position of those shown (0: the last; ``FOCUS``: the one "it" means)."""
    if position == FOCUS:
        return state.focus if state.focus is not None else state.shown[0].wine_id
    return state.shown[position - 1].wine_id


def _about_wines(
    turn: Turn, state: DialogueState, refinement: Refinement, wine_ids: Sequence[int], *, bottle_asked: bool = False
) -> Turn:
    """A turn about given wines, under the constraints already in force: what the question says
    ("oaky") asks about them and changes nothing, and the wines shown stay the ones "the first"
    and "the second" mean. The first of them is the one "it" means next. A bottle asked of one
    ("a bottle of the second one") prices bottles from now on."""
    return replace(
        turn,
        # What the question refuses, or names again after refusing it ("the gramona then"), holds;
        # so does a glass asked for ("can I get that by the glass?": glasses from now on).
        constraints=replace(
            state.constraints,
            refused_names=turn.constraints.refused_names,
            by_the_glass=not bottle_asked and (state.constraints.by_the_glass or turn.constraints.by_the_glass),
        ),
        refinements=(refinement,),
        only_wine_ids=frozenset(wine_ids),
        keep_shown=state.shown,
        focus=wine_ids[0] if wine_ids else None,
        passed=state.passed,  # "tell me about the first one" between two "any others?"
    )


def _refined(turn: Turn, said: Said, state: DialogueState) -> Turn:
    """Refinements relative to the wines just shown."""
    shown = list(state.shown)
    colours = frozenset(wine.colour for wine in shown)
    constraints = turn.constraints
    refinements: list[Refinement] = []
    same_colours: frozenset[str] = frozenset()
    max_body = min_body = None
    exclude: set[int] = set()
    like_wine_id = None
    budget_said = turn.budget_said
    passed: tuple[int, ...] = ()
    if said.cheaper_than_previous:
        cheapest = min(wine.price for wine in shown)
        if constraints.by_the_glass and all(wine.bottle_only for wine in shown):
            # Bottles were shown for a glass not poured: cheaper than those bottles, by the bottle.
            constraints = replace(constraints, by_the_glass=False)
        budget_said = budget_said or Budget(constraints.max_price, constraints.min_price, constraints.price_per_glass)
        # "Cheaper" lowers the ceiling below what was shown and drops any floor.
        constraints = replace(
            constraints, max_price=cheapest - CENT, min_price=None, price_per_glass=constraints.by_the_glass
        )
        refinements.append("cheaper")
        same_colours = colours
    # The wine the answer led with (or the one "it" meant): the wines lighter (fuller) than it
    # are ranked first, so "lighter in body" is said of a wine lighter than the lead, not of one
    # only lighter than the heaviest shown.
    lead_body = next((wine for wine in shown if wine.wine_id == state.focus), shown[0]).body
    if said.lighter and not said.bolder:
        max_body = max(wine.body for wine in shown) - 1
        refinements.append("lighter")
        same_colours = same_colours or colours
    elif said.bolder:
        min_body = min(wine.body for wine in shown) + 1
        refinements.append("bolder")
        same_colours = same_colours or colours
    if said.like_pick is not None and said.like_pick <= len(shown):
        target = shown[said.like_pick - 1]
        like_wine_id = target.wine_id
        same_colours = frozenset({target.colour})
        refinements.append("like")
        exclude.update(wine.wine_id for wine in shown)
    elif said.other or said.cheaper_than_previous or said.lighter or said.bolder:
        exclude.update(wine.wine_id for wine in shown)
        if said.other:
            refinements.append("other")
            passed = tuple(dict.fromkeys((*state.passed, *(wine.wine_id for wine in shown))))
            exclude.update(passed)
    if said.refused_pick is not None and said.like_pick is None:
        # "Not the first one": the others shown stay, with one more in its place (not one passed
        # over before with "another?"). "The last" is the last of however many were shown.
        refused = shown[min(said.refused_pick, len(shown)) - 1].wine_id
        passed = tuple(dict.fromkeys((*(passed or state.passed), refused)))
        exclude.update(passed)
        if "other" not in refinements:
            refinements.append("other")
        same_colours = same_colours or colours
    if said.colours or said.refused_colours or said.any_colour:
        same_colours = frozenset()  # the diner named colours: theirs win
    return replace(
        turn,
        constraints=constraints,
        refinements=tuple(refinements),
        same_colours=same_colours,
        max_body=max_body,
        lead_body=lead_body if max_body is not None or min_body is not None else None,
        min_body=min_body,
        lead_wine_id=state.focus if state.focus is not None else shown[0].wine_id,
        exclude_wine_ids=frozenset(exclude),
        like_wine_id=like_wine_id,
        budget_said=budget_said,
        passed=passed,
    )


def state_after(turn: Turn, shown: Sequence[ShownWine]) -> DialogueState:
    """The state the next question starts from."""
    return DialogueState(
        constraints=turn.constraints,
        dish_ids=turn.dish_ids,
        dish_words=turn.dish_words,
        shown=turn.keep_shown or tuple(shown),
        turns=turn.turn_index + 1,
        focus=turn.focus if turn.keep_shown else (shown[0].wine_id if shown else None),
        budget_said=turn.budget_said,
        passed=turn.passed,
        diners=turn.diners,
        diner_colours=turn.diner_colours,
        each_their_own=turn.each_their_own,
        colour_bases=turn.colour_bases,
        language=turn.language,
        talked=tuple(wine.wine_id for wine in shown) if turn.keep_shown else (),
    )
