"""Extractive question answering: the passage of a text that answers, or "not in the text".

A sentence's score mixes its meaning (MiniLM cosine to the question, for the few sentences
sharing most words with it), the words it shares with the question (weighted by BM25 rarity, with the
words guests use for them, and in a text not in English its own words for theirs, from
``textops.glossary``; the words of the question's topics, ``_TOPICS``, count less; the noun after
"which" and a label such as "Set B" count double), and the
kind of fact the question's form asks for (a price for "how much is", a clock time for "what
time", a name for "who", a year or a date for "when did"); titles and legends count less,
and a menu's line also reads as its section's heading ("Mains", "From the grill"). The best
sentence answers, with its better neighbour when that one scores close, and a menu heading
with the lines of its section ("Which rosé do you have?"). The text does not say when:

- the best score is under ANSWER_THRESHOLD (PRESENT_SUBJECT_THRESHOLD for a yes-no question
  whose words are all in the text), and the best sentence does not stand out (STANDOUT_RATIO
  times the next one's score, from STANDOUT_THRESHOLD);
- a question whether a thing is there ("Is there a vegan menu?", "Is it organic?") names it in
  words the text never uses, and the best score is under ABSENT_THING_THRESHOLD;
- a yes-no question asks of something the text never names ("Is the meat halal?"), the
  best score is under ABSENT_SUBJECT_THRESHOLD, and the best sentence does not stand clear of
  the rest by ABSENT_STANDOUT_MARGIN (judged with every sentence embedded);
- the question asks for a price, a time, a count or a strength and the best sentence has none;
- it asks for a price and the best sentence gives one only in a clause about something else
  ("How much are the carnitas?" of "the al pastor tacos, three for $11; skip the carnitas").

``support`` finds the sentences nearest a model's claims, for the check on a model's words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from analytics.sentiment import sentiment_of
from recommendations.pairing.grapes import GRAPE_ALIASES, LONGEST_GRAPE_ALIAS, appellation_of
from recommendations.pairing.text import fold_text, words_of
from textops.extractive import looks_english
from textops.glossary import FOREIGN_WORDS, SAME_MEANING, compound_heads
from textops.sentences import _LIST_MARKER, Span, split_sentences
from textops.types import Answer
from textops.vectors import vectors_of
from textops.words import content_stems, shares_form, word_set

NOT_IN_TEXT = "The text does not say."
# A yes-no question about something the text never names ("Is the meat halal?", "Is there a
# car park?") is answered only by a passage that is plainly about it: its threshold is this.
# Tuning half with its extra questions: 16 more of 83 unanswerable declined for one of 161
# answerable lost ("Does it have a cork or a screwcap?", 0.29); flat from 0.4 to 0.42, the lower kept.
ABSENT_SUBJECT_THRESHOLD = 0.4
# ...unless its best sentence stands this far clear of every other: the words a guest asks in are
# not all in the tables below ("Is it suitable for a wheelchair?" of "The dining room is up a narrow
# flight of stairs."), and a passage that alone comes near the question answers it. Tuning half with
# all its questions: no unanswerable one less declined from 0.12 up (0.1: 3 fewer); 95 fresh
# questions on 12 new texts (issue 13, fifth session), written and scored before the change: 3 more
# of 83 answerable right, none of 12 unanswerable lost. The margin is taken with every sentence
# embedded (only the few likeliest, a sentence left unembedded scores low and the margin is wide:
# 2 unanswerable more answered on the tuning half).
ABSENT_STANDOUT_MARGIN = 0.12
# And one about something the text does name ("Can I bring my own wine?" of a menu saying "BYOB,
# no corkage.") needs less: tuning half with all its questions, 2 of 293 answerable more right
# and 1 of 111 unanswerable less declined, flat from 0.14 to 0.18 (the middle kept).
PRESENT_SUBJECT_THRESHOLD = 0.16
# Whether a thing is there ("Is there a vegan menu?", "Do you have any orange wine?", "Is it
# organic?") asked of a text that never names it: only a passage this plainly about it answers
# (a vegetarian menu is close to a vegan one, and scores up to 0.49). Tuning half with all its
# questions: 7 more of 152 unanswerable declined for 1 of 567 answerable lost; 0.45 to 0.5 alike,
# declining them all loses one more.
ABSENT_THING_THRESHOLD = 0.5
# Words of a question that say nothing of its subject: verbs, qualifiers and nouns any question
# about a restaurant's or a wine's text may use (a wine note need not say "wine").
_GENERIC = word_set(
    "anything something someone anyone anywhere everything thing there here get got have has make made use used "
    "need want like take give go come put keep let know tell ask say pay paid buy bring brought order ordered "
    "serve served serving offer offered find see eat drink sit stay wear apply add added allow allowed help "
    "happen possible available still also extra more less much many other another same different special usual "
    "normal good best own up down out really always ever throw leave try choose arrive start finish "
    "wine restaurant place food dish meal menu table bar guest people person option time day alternative "
    "choice substitute instead kind type sort suitable ok okay fine allowed permitted course suggestion big large "
    "small little "
    # A review's writer: the text is what they said ("Was there anything the reviewer didn't like?").
    "reviewer critic writer author user "
    "recommendation advice idea information detail plato piatto plat gericht opcion opcione opzione opzioni "
    "vin vino wein restaurante ristorante"
)
# Below this QA score the best sentence is not an answer. Tuned with the weights below on the
# tuning half and its extra questions (eval_data/tuning_extra.json; 161 answerable, 83 not),
# weighted to one question in ten unanswerable: accuracy is nearly flat from 0.2 to 0.3, and
# saying "not in the text" of a text that says it was the defect this replaced, so no higher.
ANSWER_THRESHOLD = 0.26
# ...unless it stands out: a question in words the text does not use ("Which dessert
# disappointed?" of "Less successful was a lemon tart") scores low on every sentence, but on the
# one that answers it clearly more than on the next. Tuning half with all its questions: 3 more of
# 567 answerable right, 1 of 152 unanswerable less declined; ratios 1.5 to 1.6 and floors 0.12 to
# 0.18 alike.
STANDOUT_THRESHOLD = 0.15
STANDOUT_RATIO = 1.5

# How a wine note describes its colour, for "colour" and "color" alike.
_COLOUR_WORDS: tuple[str, ...] = (
    "pale", "deep", "straw", "gold", "golden", "ruby", "garnet", "purple", "violet", "crimson", "copper", "amber",
    "salmon", "brick", "opaque",
)  # fmt: skip
# What a menu says of a meat or a dessert: "Is there any meat?" is answered by "a vegetarian menu",
# "Which dessert..." by "the lemon tart".
_MEATS = (
    "beef", "pork", "lamb", "veal", "chicken", "duck", "venison", "game", "ham", "bacon", "sausage", "steak",
    "vegetarian", "vegan", "meat-free",
)  # fmt: skip
_DESSERTS = (
    "pudding", "sweet", "postre", "dolce", "dolci", "tart", "cake", "tiramisu", "sorbet", "gelato", "mousse",
    "crumble", "cheesecake", "brulee", "souffle", "pavlova", "panna", "ice",
)  # fmt: skip
# How diners and guests ask about what restaurant texts say in other words: a question's
# word also matches these (stems, as ``content_stems`` gives them).
_ASKED_AS: dict[str, tuple[str, ...]] = {
    # A guest's plain word for the menu's: "the deer" is the venison, "a spaniel" a dog.
    "deer": ("venison", "roe", "hind"),
    **dict.fromkeys(
        ("spaniel", "labrador", "terrier", "poodle", "retriever", "collie", "dachshund", "puppy", "pup"),
        ("dog", "dogs", "pet", "pets"),
    ),
    # "The new rates" of "the new prices"; "another Yorkshire" of "extra Yorkshire puddings".
    **dict.fromkeys(("rate", "rates", "tariff"), ("price", "prices", "cost", "charge")),
    "another": ("extra", "additional", "more", "second"),
    # "Into the restaurant for dinner" of "not in the dining room".
    "dinner": ("dining", "supper", "evening"),
    # "Sending the empties back" of "returned bottles", "a deposit".
    **dict.fromkeys(("empties", "empty"), ("return", "returned", "deposit", "bottle", "bottles", "back")),
    "strong": ("alcohol", "abv", "vol"),
    "alcohol": ("abv", "vol"),
    "seat": ("stool", "cover", "table", "guest", "seated", "sit"),
    "sit": ("seat", "seated", "table", "guest"),
    "people": ("guest", "person", "seat", "cover"),
    "card": ("cash", "payment", "pay", "contactless"),
    "cash": ("card", "payment", "pay", "contactless"),
    "pay": ("cash", "card", "payment", "bill", "charge", "salary", "wage"),
    "lift": ("stair", "step", "wheelchair", "accessible"),
    "wheelchair": ("accessible", "step", "stair", "lift"),
    "bring": ("corkage", "byo", "byob", "own"),
    "drink": ("drunk", "drinking", "cellar", "age", "window", "best", "bar"),
    "drunk": ("drink", "drinking", "cellar", "age", "window", "best"),
    "ready": ("best", "drink", "drinking", "window"),
    "know": ("inform", "tell", "email", "e-mail", "phone", "call", "write", "confirm", "notify"),
    "allergy": ("allergen", "allergie", "intolerance"),
    "open": ("opening", "opened", "reopen", "hour", "close", "closed"),
    "close": ("closed", "closing", "open", "hour"),
    "cost": ("price", "eur", "euro", "charge", "fee"),
    "price": ("cost", "eur", "euro", "charge", "fee"),
    "costa": ("prezzo", "eur", "euro"),
    "costano": ("prezzo", "eur", "euro"),
    "cuesta": ("precio", "eur", "euro"),
    "cuestan": ("precio", "eur", "euro"),
    "coute": ("prix", "eur", "euro"),
    "coutent": ("prix", "eur", "euro"),
    "kostet": ("preis", "eur", "euro"),
    "kid": ("child", "children", "under"),
    "child": ("children", "kid", "under"),
    "book": ("booking", "reservation", "reserve", "table", "walk-in", "walk-ins"),
    # "Can I reserve a table for Friday?" of "it is walk-ins only".
    "reserve": ("booking", "book", "reservation", "table", "walk-in", "walk-ins"),
    # "How far in advance can I book?" of "bookings open 60 days ahead".
    "advance": ("ahead", "days", "weeks", "before", "release", "released"),
    # A job's closing date: "When do applications close?" of "apply by 15 December".
    **dict.fromkeys(("application", "applications", "apply"), ("apply", "deadline", "closing", "cv", "by")),
    # Little ones: "Do toddlers pay anything?" of "Under-3s eat free".
    **dict.fromkeys(("toddler", "baby", "infant"), ("child", "children", "under", "kid", "baby", "highchair")),
    "sample": ("tasting", "taste", "tour", "flight"),
    # What a place was: "What used to be on the site?" of "in a former hardware store".
    "site": ("building", "premises", "former", "unit", "shop", "store"),
    "coeliac": ("gluten", "gluten-free", "allergen", "allergy", "celiac"),
    "reservation": ("booking", "book", "reserve"),
    "cancel": ("cancellation", "cancelled", "refund", "deposit"),
    "refund": ("deposit", "cancellation", "back", "refundable", "non-refundable"),
    "grape": ("variety", "varietal", "blend", "cepage"),
    "go": ("pair", "pairs", "match", "partner", "alongside", "try", "serve"),
    "pair": ("match", "partner", "alongside", "try", "serve"),
    "pairing": ("pair", "match", "partner", "alongside", "try", "serve"),
    "match": ("pair", "partner", "alongside", "try", "serve"),
    "taste": ("tasting", "palate", "nose", "flavour", "flavor", "finish", "aroma"),
    "closure": ("screwcap", "cork", "stopper"),
    "age": ("aged", "ageing", "aging", "barrel", "cask", "month"),
    "vegetarian": ("(v)", "meat-free", "plant"),
    "vegan": ("plant-based", "(vg)"),
    "dog": ("pet", "animal"),
    "wear": ("dress", "jacket", "attire"),
    "dress": ("wear", "jacket", "attire", "smart"),
    "phone": ("call", "telephone", "number"),
    "email": ("e-mail", "mail", "write"),
    "contact": ("email", "e-mail", "phone", "call", "write", "telephone"),
    "tell": ("email", "e-mail", "phone", "call", "write", "inform"),
    "inform": ("email", "e-mail", "phone", "call", "write", "tell"),
    "park": ("parking", "car"),
    "chef": ("kitchen", "cook", "cooks"),
    "cook": ("chef", "kitchen", "cooking"),
    "owner": ("own", "owned", "family", "run"),
    "run": ("owned", "own", "family"),
    "fee": ("charge", "corkage", "free"),
    "charge": ("fee", "corkage", "free"),
    "cork": ("screwcap", "closure", "stopper"),
    "men": ("gentlemen", "man", "gentleman"),
    "staff": ("team", "server", "waiter", "we"),
    "heat": ("warm", "reheat"),
    "warm": ("heat", "reheat"),
    "promise": ("guarantee", "ensure"),
    "guarantee": ("promise", "ensure"),
    "birthday": ("celebration", "celebrating", "anniversary"),
    "pushchair": ("pram", "buggy", "buggie", "stroller"),
    "pram": ("pushchair", "buggy", "buggie", "stroller"),
    "stroller": ("pram", "buggy", "buggie", "pushchair"),
    "nappy": ("diaper", "baby-changing", "changing"),
    "toilet": ("bathroom", "restroom", "wc", "lavatory"),
    "avoid": ("skip", "miss"),
    "letdown": ("disappointing", "disappointed", "misstep", "weak", "gripe", "quibble", "niggle", "flat", "complaint"),
    "harvest": ("picked", "pick", "vendange", "vendemmia"),
    "pick": ("harvest", "harvested", "picked", "collect"),
    "crush": ("trodden", "tread", "press", "pressed", "foot"),
    "deliver": ("delivery", "delivered"),
    # What a place was before: "a former net loft", "converted from a barn".
    "building": ("former", "converted", "premises"),
    "became": ("former", "converted", "once"),
    "delivery": ("deliver", "delivered"),
    "hold": ("seat", "capacity", "standing", "guest"),
    "capacity": ("seat", "guest", "hold"),
    "wait": ("waited", "queue"),
    "gluten": ("coeliac", "celiac", "gluten-free"),
    "walk": ("walk-in", "queue", "reservation", "booking"),
    "wifi": ("wi-fi", "internet"),
    "outdoor": ("outside", "terrace", "garden", "patio", "courtyard"),
    "outside": ("outdoor", "terrace", "garden", "patio", "courtyard"),
    "terrace": ("outdoor", "outside", "garden", "patio", "courtyard"),
    "glass": ("copa", "verre", "calice", "glas"),
    "bottle": ("bouteille", "bottiglia", "botella", "flasche"),
    "spicy": ("chilli", "chili", "hot", "jalapeno", "pepper"),
    "sparkling": ("fizz", "champagne", "prosecco", "cava", "cremant", "bubble", "brut"),
    "oak": ("barrel", "barrique", "cask", "wood", "fut", "botte", "tonneau"),
    "barrel": ("oak", "barrique", "cask", "wood", "fut", "botte", "vat"),
    "vintage": ("harvest", "annata", "millesime", "cosecha", "vendemmia"),
    "soil": ("clay", "limestone", "chalk", "granite", "marl", "schist", "sand", "slate"),
    "accessible": ("wheelchair", "step-free", "lift", "ramp", "stair", "step"),
    "nut": ("peanut", "almond", "hazelnut", "walnut", "pistachio", "allergen"),
    "dairy": ("milk", "cheese", "butter", "cream", "lactose"),
    "seafood": ("fish", "shellfish", "crab", "oyster", "mussel", "prawn", "lobster", "squid"),
    "starter": ("appetiser", "appetizer", "antipasti", "entree", "start"),
    "tip": ("service", "gratuity"),
    "gratuity": ("service", "tip"),
    "discount": ("off", "reduction", "cheaper", "descuento", "sconto", "remise"),
    "cheaper": ("discount", "off", "reduction", "descuento", "sconto"),
    "award": ("michelin", "star", "prize", "rosette"),
    "recognition": ("award", "michelin", "star", "prize", "rosette"),
    "accolade": ("award", "michelin", "star", "prize", "rosette"),
    "expensive": ("cost", "price", "pay", "spend", "spent", "bill", "head", "cheap"),
    "cheap": ("cost", "price", "pay", "spend", "spent", "bill", "head", "expensive"),
    "pricey": ("cost", "price", "pay", "spend", "spent", "bill", "head", "cheap"),
    "affordable": ("cost", "price", "pay", "spend", "spent", "bill", "head", "cheap"),
    "plastic": ("card", "cash", "payment", "contactless"),
    "plant": ("oat", "almond", "soy", "soya", "vegan", "plant-based"),
    "located": ("street", "road", "lane", "quay", "square", "village", "town"),
    "address": ("street", "road", "lane", "quay", "square"),
    "temperature": ("chilled", "degree"),
    "decant": ("decanting", "decanter", "breathe"),
    "producer": ("domaine", "estate", "bodega", "winery", "quinta", "cascina", "chateau", "house", "grower"),
    "winery": ("producer", "domaine", "estate", "bodega", "quinta", "cascina", "chateau"),
    "estate": ("domaine", "bodega", "winery", "quinta", "cascina", "chateau", "producer"),
    "ferment": ("fermentation", "fermented", "vat", "tank", "steel"),
    "veggie": ("vegetarian", "(v)", "meat-free"),
    "deputy": ("sous", "second", "assistant"),
    # A night's stay is a room's price: "What does it cost to stay the night?" of "£115 a night".
    **dict.fromkeys(("overnight", "sleep"), ("night", "bedroom", "double", "accommodation")),
    # "Is there a night when corkage is free?" of "we waive it entirely on Tuesdays".
    "free": ("waive", "waived", "waives", "complimentary", "gratis"),
    # "Is the fee ever waived?" of "refunded if you buy six bottles".
    "waive": ("free", "refund", "refunded", "deducted", "complimentary"),
    "waived": ("free", "refund", "refunded", "deducted", "complimentary"),
    # "What did they win?" of "was named Restaurant of the Year".
    "win": ("named", "award", "awarded", "prize", "winner", "title"),
    "won": ("named", "award", "awarded", "prize", "winner", "title"),
    # "How many people work there?" of "a team of eleven".
    "work": ("staff", "team", "employ", "employs", "cook", "cooks"),
    # "Which dish impressed the reviewer most?" of "was the best thing we ate".
    **dict.fromkeys(("impressed", "impress", "standout"), ("best", "highlight", "star", "standout", "favourite")),
    "meal": ("kitchen", "dinner", "food", "served", "lunch", "eat"),
    "known": ("speciality", "specialty", "signature", "famous", "specialite", "especialidad", "specialita"),
    "order": ("choice", "choices", "pre-order", "preorder", "select"),
    "extension": ("room", "addition", "annex", "annexe", "new"),
    "keep": ("drink", "drinking", "cellar", "age", "until", "window", "best"),
    "mature": ("matured", "aged", "ripened", "ageing"),
    "matured": ("mature", "aged", "ripened", "ageing"),
    # How a wine note says what a guest asks of it: its colour, sweetness, vessel and partners.
    "colour": ("color", *_COLOUR_WORDS, "rosso", "granato", "reflet"),
    "color": ("colour", *_COLOUR_WORDS),
    "couleur": ("robe", "or", "pale", "reflet", "rubis", "grenat", "pourpre", "dore"),
    "colore": ("rosso", "granato", "paglierino", "rubino", "dorato", "porpora"),
    "sweet": ("sugar", "residual", "dry", "off-dry", "brut", "sec", "dosage", "doux", "medium"),
    "dry": ("sugar", "residual", "sweet", "off-dry", "brut", "sec", "dosage"),
    "sugar": ("sweet", "residual", "dosage", "dry"),
    "oaked": ("oak", "barrel", "barrique", "cask", "wood", "steel", "stainless", "tank", "concrete", "unoaked"),
    "cask": ("barrel", "barrique", "fuder", "botte", "fut", "vat", "oak", "wood"),
    "filter": ("filtration", "unfiltered", "fined", "fining"),
    "filtered": ("filtration", "unfiltered", "fined", "fining", "filter"),
    "fish": (
        "hake",
        "sole",
        "cod",
        "bream",
        "bass",
        "turbot",
        "salmon",
        "trout",
        "mackerel",
        "seafood",
        "monkfish",
        "plaice",
        "tuna",
        "halibut",
    ),
    "abbina": ("ottimo", "abbinamento", "servire", "accompagna", "piatti"),
    # How big: a room's seats, an estate's hectares.
    **dict.fromkeys(("big", "large", "size"), ("tiny", "small", "large", "seat", "seats", "cover", "capacity")),
    # An estate's size: "How large is the domaine?" of "a 9-hectare estate".
    **dict.fromkeys(("estate", "domaine", "vineyard", "farm", "property", "weingut"), ("hectare", "acre", "ha")),
    # "When can we eat there again?" of "reopen on Thursday 27 February".
    "again": ("reopen", "reopens", "reopening", "return", "back", "resume"),
    "credit": ("card", "cash", "payment", "contactless"),
    "projector": ("screen", "presentation"),
    "slide": ("screen", "presentation", "projector"),
    # The days a guest names and the span a text says: "on a Saturday" is "at weekends".
    **dict.fromkeys(("saturday", "sunday"), ("weekend", "week")),
    **dict.fromkeys(("monday", "tuesday", "wednesday", "thursday", "friday"), ("weekday", "week")),
    "weekend": ("saturday", "sunday"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday"),
    "lunch": ("midday", "noon", "lunchtime"),
    "midday": ("lunch", "noon", "lunchtime"),
    "noon": ("lunch", "midday", "lunchtime"),
    "evening": ("dinner", "night", "supper"),
    "shut": ("closed", "close", "closing"),
    # Who may come: "Can I bring my 16-year-old?" of "Over-18s only."
    "minor": ("adult", "child", "children", "under", "age", "over-18", "18s", "21s", "16s"),
    # What someone did before: "What did the founder do before?" of "former marine biologist".
    "before": ("former", "formerly", "previously", "once"),
    "founder": ("founded", "established", "started"),
    "regular": ("member", "members", "loyalty", "club"),
    "stock": ("list", "range", "kind", "carry", "pour"),
    "meat": _MEATS,
    "dessert": _DESSERTS,
    "cellar": ("keep", "age", "ages", "ageing", "aging", "drink", "drinking", "window", "until"),
    # What a phrase of a question asks in one word (see _PHRASES).
    "lead": ("led", "run", "runs", "chef", "head", "owner", "manager", "charge", "helm"),
    "altitude": ("metre", "meter", "elevation", "feet", "foot", "high"),
    "distance": ("minute", "drive", "walk", "km", "kilometre", "mile", "away", "hour"),
    "included": ("include", "includes", "including", "inclusive", "inclusi", "extra", "supplement"),
    "speciality": ("specialty", "special", "signature", "draw", "known", "famous", "highlight"),
    "line": ("queue", "wait"),
    "visit": ("tour", "visitor", "visiting"),
    # A guest who does not come: "Do you charge for no-shows?" of "If fewer guests arrive than booked".
    "show": ("arrive", "missing", "turn"),
    # Paying in the text's own language: "Peut-on payer par carte ?" of "n'accepte pas les cartes".
    "payer": ("carte", "espece", "cheque", "paiement", "reglement"),
    "pagar": ("tarjeta", "efectivo", "pago"),
    "pagare": ("carta", "contanti", "pagamento", "bancomat"),
    "zahlen": ("karte", "bar", "bargeld", "zahlung", "ec-karte"),
}
# A pairing's words: "What does it go with?" is answered by "Excellent with grilled ribeye".
_PAIRED_WITH = (
    "excellent", "lovely", "ideal", "perfect", "classic", "delicious", "good", "great", "ottimo", "perfetto", "parfait",
)  # fmt: skip
# "Which grape is it likened to?" of "often compared to Nebbiolo".
for _asked in ("liken", "compare", "resemble", "similar"):
    _ASKED_AS[_asked] = ("compared", "compare", "likened", "similar", "reminiscent", "resembles", "recalls")
_ASKED_AS["eat"] = ("pair", "match", "partner", "alongside", "serve")  # "What should I eat with it?"
for _asked in ("go", "pair", "pairing", "match", "abbina", "eat"):
    _ASKED_AS[_asked] = (*_ASKED_AS[_asked], *_PAIRED_WITH)
# What a guest's question and a restaurant's, a house's or a wine's text say of one topic in
# different words ("Do you take cards?" of "cash only", "smell" of "nose"): a question's word in
# a group also matches the group's other words, with less weight than the word itself or a word
# ``_ASKED_AS`` gives for it (TOPIC_SHARE). Written by topic from how these texts word things, not
# from the evaluation's misses, so that they stand for wording no question has used yet. They weigh
# in the score only: counted as the question's subject being in the text ("Is there a vegan
# menu?" of a vegetarian one), they answered more unanswerable questions than they saved answerable
# ones (tuning half split again by a hash of the text id: fold B 546 -> 540 of 593 as subject,
# 543 as a thing asked for).
_TOPICS: tuple[frozenset[str], ...] = tuple(
    frozenset(content_stems(words))
    for words in (
        # Paying.
        "card cards credit debit visa mastercard amex maestro cash cashless contactless payment payments cheque cheques",
        # Service charge and tipping.
        "tip tips tipping gratuity gratuities discretionary service",
        # When it is open.
        "open opening hours closed closing shut daily nightly weekday weekdays weekend weekends monday tuesday "
        "wednesday thursday friday saturday sunday lunchtime noon midnight",
        # Booking a table.
        "book booking bookings reservation reservations reserve reserved waitlist waiting queue online advance",
        # Cancelling and deposits.
        "cancel cancelled cancellation cancellations refund refundable deposit deposits notice",
        # Children.
        "child children kid kids baby babies toddler toddlers infant infants family families highchair highchairs "
        "junior teen teenagers youngsters",
        # Animals.
        "dog dogs pet pets animal animals puppy puppies cat cats assistance hound",
        # Getting in.
        "wheelchair wheelchairs accessible accessibility steps stair stairs staircase lift elevator "
        "ramp disabled disability mobility",
        # What to wear.
        "dress dresscode attire wear jacket jackets tie jeans trainers shorts formal smart",
        # Getting there.
        "park parking car carpark garage valet bus train tram metro tube station taxi bike bicycle",
        # Diets: gluten.
        "gluten coeliac celiac wheat",
        # Diets: no meat.
        "vegan vegans vegetarian vegetarians veggie",
        # Allergies.
        "allergy allergies allergen allergens allergic intolerance intolerances nut nuts peanut peanuts dairy "
        "lactose shellfish sesame",
        # Faith.
        "halal kosher",
        # Bringing wine.
        "corkage byo byob",
        # Wine by the glass.
        "glass glasses carafe carafes pichet",
        # The wine list and who keeps it.
        "sommelier sommeliers somm cellar list",
        # Mixed drinks and spirits.
        "cocktail cocktails spirits gin whisky whiskey rum vodka aperitif aperitifs digestif",
        # Drinks without alcohol.
        "mocktail mocktails juice juices soda lemonade kombucha teetotal",
        # Beer.
        "beer beers ale ales lager cider draught",
        # Private dining and events.
        "private hire exclusive event events party parties function functions celebration celebrations birthday "
        "anniversary wedding buyout",
        # The place's history.
        "opened founded established former formerly converted originally history heritage began started dating",
        # Who runs it and cooks.
        "chef chefs cook cooks owner owners proprietor proprietors founder patron manager kitchen brigade",
        # Where the cook learned.
        "trained training apprenticed apprenticeship studied",
        # A wine's nose.
        "nose aroma aromas aromatic smell smells scent scents bouquet perfume perfumed",
        # A wine's palate.
        "palate taste tastes tasting mouth mouthfeel flavour flavours flavor flavors texture",
        # A wine's finish.
        "finish aftertaste lingering lingers",
        # Tannin.
        "tannin tannins tannic grip grippy astringent",
        # Acidity.
        "acidity acid acidic fresh freshness crisp zesty zippy tart bright lively",
        # Oak.
        "oak oaked unoaked barrel barrels barrique barriques cask casks wood wooden foudre tank tanks steel",
        # The vintage.
        "vintage vintages year harvest",
        # The grapes.
        "grape grapes variety varieties varietal blend blended cepage",
        # Where a wine is from.
        "region regions appellation appellations area origin terroir district denomination doc docg aoc ava",
        # Alcohol.
        "alcohol alcoholic abv strength strong proof",
        # Serving temperature.
        "temperature temperatures chilled chill cool cold fridge degree degrees",
        # Decanting.
        "decant decanted decanting decanter breathe aerate",
        # Keeping and ageing.
        "cellaring age ageing aging keep window peak mature maturity",
        # Sweetness.
        "sweet sweetness dry residual sugar",
        # Body.
        "body bodied weight heavy",
    )
)
# A topic's word matching where the question's own word (or a word asked for it) does not counts
# this share of it. Issue 13, the tuning half split again by sha1 of the text id (fold A read, fold B
# the check): fold A 474 -> 476 of 507, fold B 546 -> 546 of 593, unanswerable 167 of 203 declined
# before and after; with ``_ASKED_AS`` and the translations emptied (a stand-in for wording no table
# has seen) 919 -> 921 of 1,100 (unanswerable 172 -> 171). Shares 0.2 to 0.5 alike, 0.7 loses three unanswerable. The groups
# of courses, prices, portions, staff, atmosphere, terraces, takeaway and addresses, first written
# with these, cost fold B one unanswerable question and were left out.
TOPIC_SHARE = 0.4
_TOPIC_OF: dict[str, frozenset[str]] = {}
for _group in _TOPICS:
    for _word in _group:
        _TOPIC_OF[_word] = _TOPIC_OF.get(_word, frozenset()) | _group


def _topic_words(word: str) -> tuple[str, ...]:
    """The other words of ``word``'s topics (``_TOPICS``)."""
    group = _TOPIC_OF.get(word) or _TOPIC_OF.get(_singular(word), frozenset())
    return tuple(sorted(group - {word}))


# Menu markers that say in a letter what a question asks in a word: "(v)" is vegetarian.
_MARKERS = {"v": "vegetarian", "vg": "vegan", "ve": "vegan", "gf": "gluten", "df": "dairy", "n": "nut"}
_MARKER = re.compile(r"\((v|vg|ve|gf|df|n)\)", re.IGNORECASE)
# A capital letter after a word is a label the words drop as a stray letter: "Set B", "Room 2".
_LABEL = re.compile(r"(?<=[A-Za-z] )([A-HJ-Z])\b(?!['’.])")  # not "I"


def qa_stems(text: str) -> list[str]:
    """``content_stems`` with what QA also matches on: menu markers as words, labels as tokens."""
    stems = content_stems(text)
    stems.extend(_MARKERS[marker.group(1).lower()] for marker in _MARKER.finditer(text))
    stems.extend(f"{label.group(1).lower()}#" for label in _LABEL.finditer(text))  # short: matched exactly
    return stems


# A phrase of a question that asks in several words what one word of ``_ASKED_AS`` does: "who is in
# charge" asks who leads, "can I get my money back" of a refund, "how high up" of an altitude.
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bin charge\b|\blook(?:s|ed|ing)? after\b", re.I), "lead"),
    # "Who has taken the pub over?", "who makes these wines?"
    (
        re.compile(
            r"\b(?:tak(?:e|es|en|ing)|took) (?:[\w']+ ){0,2}over\b|(?<=\bwho )(?:makes|made|produces) (?:(?:the|these|this|its?|their) )?(?:wines?|it|them)\b",
            re.I,
        ),
        "lead",
    ),
    # A guest who never comes: "What if we don't turn up?" of "or do not arrive".
    (
        re.compile(r"\b(?:do|does|did)(?:n['’]t| not) (?:turn|show) up\b|\bfail(?:s|ed)? to (?:turn|show) up\b", re.I),
        "show",
    ),
    (re.compile(r"\bmoney back\b", re.I), "refund"),
    (re.compile(r"\bcosts? nothing\b|\bno charge\b|\bfor free\b", re.I), "free"),
    (re.compile(r"\b(?:stay|spend|sleep)(?:ing)? (?:the|a) night\b|\bstay(?:ing)? over\b", re.I), "overnight"),
    # A late guest's table is "held"; a guest with no booking "walks in".
    (
        re.compile(
            r"\b(?:running|turn up|turning up|arrive|arriving|be|are|we're|we are|i'm) (?:a (?:bit|little) )?late\b",
            re.I,
        ),
        "late hold held table minutes",
    ),
    (
        re.compile(
            r"\b(?:just )?(?:turn|show|rock) up without (?:a )?(?:reservation|booking)\b|\bwithout (?:a )?(?:reservation|booking)\b|"
            r"\bdrop in\b|\bjust walk in\b",
            re.I,
        ),
        "walk-in walk-ins walk",
    ),
    # The vines' age is said as the year they were planted ("this parcel was planted in 1962").
    (
        re.compile(r"\bhow old (?:are|is) (?:the |its |their )?vines?\b|\bage of (?:the )?vines?\b", re.I),
        "vines planted",
    ),
    (re.compile(r"\blet (?:[\w']+ ){0,2}down\b|\b(?:fell|fall|falls|falling) flat\b", re.I), "letdown"),
    # "What time of year can I order the calçots?": the months or the season.
    (re.compile(r"\b(?:what|which) (?:time of (?:the )?year|season|months?)\b", re.I), "when season months"),
    # A price asked in a trader's words: "What are ceps going for at the moment?"
    (re.compile(r"\b(?:going|selling|sell|sold) for\b", re.I), "cost price"),
    (re.compile(r"\bhow high(?: up)?\b", re.I), "how altitude"),
    (re.compile(r"\bhow far(?! ahead| in advance)(?: away)?\b", re.I), "how distance"),
    (re.compile(r"\b(?:part of|come with|comes with)\b", re.I), "included"),
    (re.compile(r"\bused to be\b", re.I), "used to be became"),  # its own words still match
    # A kitchen's ranks: "the new second-in-command" is its sous chef.
    (re.compile(r"\bsecond[- ]in[- ]command\b|\bnumber two\b|\bright[- ]hand (?:man|woman|person)\b", re.I), "deputy"),
    (re.compile(r"\bmother'?s'? day\b", re.I), "mothering sunday"),
    # Feast days as a house's notice dates them: "Valentine's night" is 14 February.
    (re.compile(r"\bvalentine'?s'?(?: day| night)?\b", re.I), "valentine 14 february"),
    (re.compile(r"\bchristmas eve\b", re.I), "christmas eve 24 december"),
    (re.compile(r"\bchristmas day\b", re.I), "christmas day 25 december"),
    (re.compile(r"\bboxing day\b", re.I), "boxing day 26 december"),
    (re.compile(r"\bnew year'?s'? eve\b", re.I), "new year eve 31 december"),
    (re.compile(r"\bnew year'?s'? day\b", re.I), "new year day 1 january"),
    (re.compile(r"\bhallowe'?en\b", re.I), "halloween 31 october"),
    # "The least we'd have to spend", "how much must we spend": a minimum spend.
    (
        re.compile(
            r"\b(?:the )?least (?:we|i|you|one)(?:'d| would| will| must| need| have)? (?:[\w']+ ){0,3}spend\b|"
            r"\bhow much (?:do|would|must|will) (?:we|i) (?:have|need) to spend\b",
            re.I,
        ),
        "minimum spend",
    ),
    # The courses of a set menu said one by one: "a starter, a main and a dessert" is three courses.
    (
        re.compile(
            r"\b(?:a |one )?(?:starter|appetizer|appetiser),? (?:a |one )?main(?: course)?,? (?:and|&|\+|plus) "
            r"(?:a |one )?(?:dessert|pudding)\b",
            re.I,
        ),
        "three courses",
    ),
    (
        re.compile(
            r"\b(?:a |one )?(?:starter|appetizer|appetiser) (?:and|&|\+|plus) (?:a |one )?main(?: course)?\b", re.I
        ),
        "two courses",
    ),
    # "For someone who doesn't eat meat" asks what is vegetarian.
    (
        re.compile(
            r"\b(?:do|does|did|can|will)(?:n['’]t| not) eat (?:any )?meat\b|\bwithout (?:any )?meat\b|\bno meat\b|"
            r"\bnon[- ]meat[- ]eaters?\b",
            re.I,
        ),
        "vegetarian",
    ),
    # A child's age, not a wine's ("the 10-year-old tawny").
    (
        re.compile(
            r"\b(?:(?:my|our|his|her|their|a|an) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"thirteen|fourteen|fifteen|sixteen|seventeen)[- ]year[- ]olds?|teenagers?|teens)\b(?![- ](?:tawny|port|wine|"
            r"whisky|whiskey|rum|cheddar|gouda|vines?|madeira|sherry|malt))",
            re.I,
        ),
        "minor",
    ),
)


def _rephrased(question: str) -> str:
    """``question`` with its phrases (``_PHRASES``) said in their one word."""
    for phrase, word in _PHRASES:
        question = phrase.sub(word, question)
    return question


def question_stems(question: str, *, english: bool = True) -> list[tuple[str, ...]]:
    """Each content stem of a question with the words a text may use for it instead; for a text
    not in English (``english`` false), also the words of other languages ("fish": "poisson")."""
    asked_in_english = english or reads_english(question)
    return [
        (
            word,
            *_asked_as(word),
            *_forms_of(word),
            *(() if english else _foreign_words(word, asked_in_english=asked_in_english)),
        )
        for word in dict.fromkeys(qa_stems(_rephrased(question)))
    ]


def _singular(word: str) -> str:
    """The stem a table is keyed by, for a plural ``stem`` keeps ("holidays", "saturdays")."""
    return word[:-1] if word.endswith("ys") else word


def _foreign_words(word: str, *, asked_in_english: bool = True) -> tuple[str, ...]:
    """The words of other languages for ``word``, or for its root: "cooking" as "cook"; for a word of
    a question asked in another language, its English word and that word's other translations
    ("cuoco": "chef"; not an English "camera", which is an Italian room)."""
    for root in (word, _singular(word), *(word[: -len(ending)] for ending in ("ing", "ed") if word.endswith(ending))):
        if root in FOREIGN_WORDS:
            return FOREIGN_WORDS[root]
    return () if asked_in_english else SAME_MEANING.get(word, ())


@lru_cache(maxsize=64)
def reads_english(text: str) -> bool:
    """Whether ``text`` is English (once per text: every question on it asks)."""
    return looks_english(text)


def _asked_as(word: str) -> tuple[str, ...]:
    """The words asked for ``word``, or for its root: "harvested" as "harvest" ("picked")."""
    if word in _ASKED_AS or _singular(word) in _ASKED_AS:
        return _ASKED_AS.get(word) or _ASKED_AS[_singular(word)]
    for ending in ("ed", "ing"):
        root = word[: -len(ending)]
        if word.endswith(ending):
            for form in (root, f"{root}e"):  # "aged" as "age"
                if form in _ASKED_AS:
                    return _ASKED_AS[form]
    return ()


def _forms_of(word: str) -> tuple[str, ...]:
    """The forms of a short verb ``shares_form`` (five letters alike) misses: "join" and "joining",
    "heated" and "heat", "baked" and "bake"."""
    if 3 <= len(word) <= 4 and word.isalpha():
        return (f"{word}ing", f"{word}ed")
    for ending in ("ing", "ed"):
        root = word[: -len(ending)]
        if word.endswith(ending) and 3 <= len(root) <= 4 and root.isalpha():
            return (root, f"{root}e")
    return ()


_WEEKDAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|lunedi|lunedì|martedi|"
    r"martedì|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?"
)
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|"
    r"février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|decembre|décembre|enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|"
    r"giugno|luglio|settembre|ottobre|dicembre|januar|februar|juni|juli|oktober|dezember)"
)
# A time of day: "8 p.m.", "19:30", "11h", "noon". (No \b after "a.m.": a dot ends no word.)
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|h\b|uhr\b|heures?\b|horas?\b|o'clock)"
    r"|\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\.\d{2}\b(?=\s*(?:to|until|till|and|-|–))|\b(?:noon|midday|midnight|mezzogiorno|"
    r"mezzanotte|minuit|midi|mediodia|mediodía|medianoche|madrugada|mittag|mitternacht)\b"
    # ...or said from another time: "half an hour before closing", "media hora antes".
    r"|\b(?:half an hour|an hour|\d+ (?:minutes|hours|minuten|stunden|minutos|horas|minuti|ore|heures)|media hora|una hora|une demi-heure|une heure|mezz'ora|un'ora|"
    r"eine halbe stunde|eine stunde)\s+(?:before|after|antes|despues|después|avant|apres|après|prima|dopo|vor|nach)\b",
    re.IGNORECASE,
)
# Opening hours: a time of day, a weekday or a span of them ("daily", "at weekends").
_HOURS = re.compile(rf"{_CLOCK.pattern}|\b{_WEEKDAYS}\b|\b(?:daily|every day|nightly|weekends?|weekdays?)\b", re.I)
# Anything a "when" is answered with: a time, a day, a month, a year, a season, a span.
_TIME = re.compile(
    rf"{_CLOCK.pattern}|\b(?:19|20)\d\d\b|\b{_WEEKDAYS}\b|\b{_MONTHS}\b"
    r"|\b(?:weekends?|weekdays?|daily|nightly|nights?|evenings?|mornings?|afternoons?|lunch(?:time)?|dinner|breakfast|"
    r"days?|weeks?|months?|years?|hours?|minutes?|tonight|today|tomorrow|christmas|easter|spring|summer|autumn|"
    r"winter|season|semana santa|heures?|horas?|uhr|ore|mois|ans?|jours?|meses|años|días|mesi|anni|giorni|"
    r"veille|avance|vispera|víspera|antelacion|antelación|anticipo|vortag|voraus)\b",
    re.IGNORECASE,
)
# A "when" of the past: a year, a month, a date, a season or "ago".
_DATE = re.compile(
    rf"\b(?:1[89]|20)\d\d\b|\b{_MONTHS}\b|\b\d{{1,2}}(?:st|nd|rd|th)\b|\b(?:ago|at night|at dawn|by night|spring|"
    r"summer|autumn|fall|winter|"
    r"printemps|ete|automne|hiver|primavera|verano|otono|invierno|estate|autunno|inverno|fruhling|sommer|herbst)\b",
    re.I,
)
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|"
    r"thousand|dozen|half|couple|handful|deux|trois|quatre|cinq|dix|dos|tres|cuatro|cinco|diez|due|tre|quattro|cinque|"
    r"dieci|zwei|drei|vier|fünf|zehn|six|sept|huit|neuf|onze|douze|quinze|vingt|trente|cent|mille|seis|siete|ocho|"
    r"nueve|doce|quince|veinte|treinta|cien|mil|sei|sette|otto|nove|undici|dodici|quindici|venti|trenta|cento|"
    r"sechs|sieben|acht|neun|zwolf|zwölf|zwanzig|hundert|tausend"
)
_AMOUNT = re.compile(rf"\d|\b(?:{_NUMBER_WORDS}|a few|several|single|double|both|twice|once)\b", re.I)
_MONEY = re.compile(
    r"[$€£¥¢]|\b\d+p\b|\b(?:eur|euros?|usd|gbp|chf|dollars?|pounds?|cents?|pence|free|complimentary|"
    r"no charge|charged?|price[ds]?|same price|included|includes|gratis|gratuit|gratuite|gratuito|gratuita|"
    r"kostenlos|on the house|no extra|supplement)\b",
    re.I,
)
# A price said as a share: "a deposit of 25 %", "a 12.5% service charge".
_SHARE = re.compile(r"\d\s?%|\b(?:per ?cent|pour cent|por ciento|per cento|prozent)\b", re.I)
# What a share paid is of: "a deposit of 25 %", "10% off", "a 12.5% service charge".
_PAID = re.compile(
    r"\b(?:deposit|service|charge|discount|off|tip|gratuity|fee|bill|deposito|depósito|senal|señal|acompte|arrhes|"
    r"caparra|anzahlung|descuento|sconto|remise|rabatt|servicio|servizio|propina|pourboire|mancia|trinkgeld)\b",
    re.I,
)


# A menu line's price written as a bare number after a dash, the currency said once for the whole
# menu ("Shakshuka with feta - 12" under "Prices in euros"): without it "How much is..." of such a
# menu was declined for want of a price (issue 13's fresh texts: 1 of 83 answerable more right;
# tuning half unchanged).
_LISTED_PRICE = re.compile(r"\s[–—-]\s*\d{1,4}(?:[.,]\d{2})?\s*$")


def _holds_price(text: str) -> bool:
    """A price, or a share paid ("a 10% service charge"; not "13% alcohol", nor a blend's "90% Tempranillo")."""
    return bool(_MONEY.search(text) or _LISTED_PRICE.search(text) or (_SHARE.search(text) and _PAID.search(text)))


# A price, with its currency, and what a price is said with: "How many bottles were made?" is no
# question of "Half-bottle EUR 48; bottle EUR 90".
_PRICE_SAID = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$€£¥]|\b(?:eur|euros?|usd|gbp|chf|dollars?|pounds?|pence)\b)|"
    r"(?i:\b(?:eur|usd|gbp|chf|kr)\s?\d[\d,.]*)|\b(?:[A-Z]{0,2}\$|R|Ft)\s?\d[\d,.]*)",
)
# A bottle's size is no count: "Half-bottle EUR 48".
_SIZE_SAID = re.compile(r"\bhalf[- ]bottles?\b|\bhalves\b", re.I)


def _holds_count(text: str) -> bool:
    """A number, or words for one, that is not a price."""
    return bool(_AMOUNT.search(_SIZE_SAID.sub(" ", _PRICE_SAID.sub(" ", text))))


# How a wine is served, as a price is asked for it: "a glass", "un verre", "a magnum". The price of
# one serving does not answer for another ("How much is a glass?" of "Prix à la carte : 95 euros").
_SERVINGS = (
    (
        "glass",
        re.compile(
            r"\b(?:glass(?:es)?|verres?|copas?|calices?|bicchier[ei]|glas|gläser|glaser|flutes?|coupes?|pours?|\d+ ?ml)\b",
            re.I,
        ),
    ),
    ("magnum", re.compile(r"\b(?:magnums?|1[.,]5 ?l(?:itres?|iters?)?)\b", re.I)),
    (
        "half",
        re.compile(
            r"\b(?:half[- ]bottles?|halves|demi-bouteilles?|media botella|mezza bottiglia|37[.,]?5 ?cl|375 ?ml)\b", re.I
        ),
    ),
    ("carafe", re.compile(r"\b(?:carafes?|pichets?|jarras?|caraffa|karaffe|pitchers?)\b", re.I)),
)
_BOTTLE = re.compile(r"\b(?:(?:full |whole )?bottles?|bouteilles?|botellas?|bottiglia|bottiglie|flaschen?)\b", re.I)


def _another_serving(passage: str, question: str) -> bool:
    """Whether the price in ``passage`` is of another serving than the one asked for: a glass, a
    magnum, a half bottle or a carafe the passage does not name, or a bottle when it names only
    other servings ("How much is a full bottle?" of "By the glass $13, carafe $38")."""
    asked = [(name, pattern) for name, pattern in _SERVINGS if pattern.search(question)]
    if asked:
        # A wine list's "£12 / £55" gives the glass and the bottle without naming either.
        named = _BOTTLE.search(passage) or any(pattern.search(passage) for _, pattern in _SERVINGS)
        unnamed = not named and len(_PRICE_SAID.findall(passage)) > 1
        return not unnamed and not any(pattern.search(passage) for _, pattern in asked)
    if _BOTTLE.search(question):
        return not _BOTTLE.search(passage) and any(pattern.search(passage) for _, pattern in _SERVINGS)
    return False


# A person's name: capitalised words, the last not a venue's or a dish's ("the Chart Room", "Set Menu").
_PERSON = re.compile(
    r"\b(?!(?:The|A|An|Our|This|That|Their|Its|At|In|On|For|From|With|To|By)\b)[A-ZÀ-Þ][a-zà-ÿ]+"
    r"(?:\s+[A-ZÀ-Þ][a-zà-ÿ'-]+)*\s+(?!(?:Room|Loft|Hall|Lounge|Street|Road|Lane|Quay|Square|House|Bar|"
    r"Valley|Hill|Farm|Dairy|Estate|Menu|Set|Day|Eve|Year|Cru|Blanc|Noir|Rouge|Reserva|Brut|Kitchen|Table|Garden|"
    r"Terrace|Court|Park|Bay|Coast|Wine|Wines|Cellar|Club|Hotel|Inn|Market)\b)[A-ZÀ-Þ][a-zà-ÿ'-]+\b"
    r"|\b[A-ZÀ-Þ][a-zà-ÿ]+\s+family\b"
)
_PERCENT = re.compile(
    r"\d+(?:[.,]\d+)?\s?(?:%|°(?!\s?[CF])|per ?cent|pour cent|por ciento|per cento|prozent)|\b(?:abv|vol|alcohol|alcool|gradi|grad|"
    r"proof)\b",
    re.I,
)
# A serving temperature: "10-11°C", "12 degrees", "well chilled", "at cellar temperature". With the
# opening hours' kind and the verb-first yes-no questions of Italian and Spanish ("È aperto...?", "¿Es...?"),
# added for issue 13 on one fold of the tuning half (the half split again by a hash of the
# text's id) and kept because the other fold did not move: fold A 565/604 -> 565, fold B 455/496 -> 455.
# A "temperature" or "opening hours" question's answer must say one, as a price's must say a price.
_TEMPERATURE = re.compile(
    r"\d\s?°|\b\d+\s?(?:degrees?|gradi|grados|degres|grad)\b|\b(?:chilled|ice-cold|room temperature|cellar temperature|"
    r"fresco|frais|fresh from the fridge|gekuhlt|temperatura ambiente|temperature ambiante)\b",
    re.I,
)
_DURATION = re.compile(
    rf"\b(?:\d+|{_NUMBER_WORDS}|a|an|a few|several|una?|une|uno|ein|eine)[\s-]+(?:hours?|days?|weeks?|months?|"
    r"years?|minutes?|mins?|nights?|mois|ans?|jours?|semaines?|heures?|meses|años|días|horas?|mesi|anni|giorni|ore|ora|"
    r"monate?|jahre?|tage?|stunden?|minuten|minuti|minutos)\b|\b(?:until|till|within|before|by|after|up to|since|jusqu|hasta|fino|"
    r"overnight|fortnight|decades?|indefinitely)\b"
    r"|\b(?:19|20)\d\d\b",
    re.I,
)
_PLACE = re.compile(
    r"\b(?:in|at|on|from|near|outside|above|below|behind|beside|à|au|en|dans|cerca|vicino|bei)\s+(?:the\s+)?(?-i:[A-ZÀ-Þ])"
    r"|\b(?:street|road|lane|square|quay|avenue|floor|terrace|room|lounge|hall|bathroom|entrance|village|town|city|"
    r"coast|valley|hill|bank|region)\b"
    # ...or how far: "within 30 miles", "two blocks north", "forty minutes' drive".
    r"|\b(?:\d+|[a-z]+) (?:miles?|km|kilometres?|kilometers?|blocks?)\b|\b(?:minutes?'?|hours?'?) (?:drive|walk)\b",
    re.I,
)

# A review's question about what was liked or not is answered by a sentence saying so.
_DISLIKED = re.compile(
    r"\b(?:letdowns?|let (?:[\w']+ ){0,2}down|disappoint\w*|worst|weak(?:est|ness)?|complain\w*|downsides?|drawbacks?|criticis\w*|"
    r"did(?:n't| not) (?:like|enjoy)|not (?:like|enjoy)|dislik\w*|fell short|faults?|avoid|skip|missteps?)\b",
    re.I,
)
# What a review says of a dish that let it down, whatever the sentence's overall tone.
_FOOD_FAULTS = re.compile(
    # ...not one it denies: "crisp and not greasy", "soft without turning soggy".
    r"(?<!\bnot )(?<!\bnever )(?<!\bwithout )(?<!\bwithout turning )(?<!\bnor )"
    r"\b(?:soggy|dry|bland|overcooked|over-cooked|undercooked|greasy|tough|chewy|stale|burnt|rubbery|tasteless|"
    r"lukewarm|too (?:sweet|salty|rich|heavy|sour|bitter|much)|heavy|oversalted|over-salted|watery|skip|avoid|"
    r"missteps?|let ?downs?|disappointing|forgettable|mediocre|gripes?|quibbles?|niggles?|fell flat)\b",
    re.I,
)
_LIKED = re.compile(
    r"\b(?:highlights?|best|standouts?|stand-outs?|favou?rites?|impress\w*|recommend\w*|must[- ]try|"
    r"should (?:i|we) (?:\w+ )?(?:try|order|get|have))\b",
    re.I,
)
# How a review says a dish is the one to have, in words a sentiment lexicon reads as neutral.
_RECOMMENDED = re.compile(
    r"\b(?:the (?:thing|one|dish) to (?:order|have|get)|must[- ]try|do(?:n't| not) miss|worth (?:ordering|the trip))\b",
    re.I,
)


def _names_a_grape(text: str) -> bool:
    """Whether ``text`` names a grape the pairing knowledge knows ("Tempranillo", "Pinot Nero")."""
    words = words_of(text)
    return any(
        " ".join(words[start : start + size]) in GRAPE_ALIASES
        for size in range(1, LONGEST_GRAPE_ALIAS + 1)
        for start in range(len(words) - size + 1)
    )


def _names_a_place(text: str) -> bool:
    return bool(_PLACE.search(text)) or appellation_of(text) is not None


@dataclass(frozen=True)
class Kind:
    """What a question asks for and how a passage shows it holds one.

    ``strict``: a passage without one does not answer ("how much" with no price in it); else
    the kind only weighs in the score ("where": places are said in too many ways).
    """

    name: str
    holds: Callable[[str], object]
    strict: bool


# A question a yes or a no answers ("Is there a lift?", "Can I pay by card?"): what it asks
# about must be in the text; its kind is not a gate (the answer to "does it cost more?" may
# be "the same price").
_YES_NO = re.compile(
    r"^[\s¿¡\"'«]*(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|may|must|has|have|had|est-ce|"
    r"puis-je|peut-on|y a-t-il|hay|tienen|tiene|se puede|puedo|c'e|ci sono|posso|si puo|gibt es|kann|darf|hat|"
    r"haben|ist|sind|sono|hanno|es|esta|estan|son|e(?=\s))\b",
    re.I,
)
# What a review liked or not: asked also as yes or no ("Was anything disappointing?").
_OPINION_KINDS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (
        _DISLIKED,
        Kind("disliked", lambda text: sentiment_of(text).compound <= -0.05 or _FOOD_FAULTS.search(text), False),
    ),
    (_LIKED, Kind("liked", lambda text: sentiment_of(text).compound >= 0.05 or _RECOMMENDED.search(text), False)),
)
# ...asked yes or no, in its plainer words: "Can we avoid the queue?" asks of no verdict.
_YES_NO_OPINION_KINDS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (
        re.compile(
            r"\b(?:disappoint\w*|let (?:[\w']+ ){0,2}down|letdowns?|did(?:n't| not) (?:like|enjoy)|dislik\w*|"
            r"complain\w*|downsides?|drawbacks?|weak points?|criticis\w*)\b",
            re.I,
        ),
        _OPINION_KINDS[0][1],
    ),
    (re.compile(r"\b(?:highlights?|favou?rites?|stand-?outs?|impress\w*)\b", re.I), _OPINION_KINDS[1][1]),
)
# (what the question asks, the kind), first match wins; the question folded (no accents).
_QUESTION_KINDS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (
        re.compile(r"\b(?:(?:tele)?phone number|which number|what number|numero de telephone|telefonnummer)\b", re.I),
        Kind("phone", re.compile(r"\+?\d[\d ().-]{6,}\d").search, True),
    ),
    (
        re.compile(r"\b(?:e-?mail address|which e-?mail|what e-?mail|adresse e-?mail|e-mail-adresse)\b", re.I),
        Kind("email", re.compile(r"\S@\S").search, True),
    ),
    (
        re.compile(
            r"\b(?:(?:what|which|at what|a quelle|a que|a quale|a che|bei welcher|welche) temperatur[aeu]?|how (?:cold|"
            r"chilled)|temperatur[ae]? de service|serving temperature|servier ?temperatur)\b",
            re.I,
        ),
        Kind("temperature", _TEMPERATURE.search, True),
    ),
    (
        re.compile(
            r"\b(?:how strong|how much alcohol|alcohol (?:level|content)|abv|degre d'alcool|quanto alcol|"
            r"gradazione|grado alcoholico|wie viel alkohol|alkoholgehalt)\b",
            re.I,
        ),
        Kind("percent", _PERCENT.search, True),
    ),
    (
        re.compile(
            r"\b(?:how long|how soon|how far ahead|how far in advance|how much notice|how many (?:days|hours|weeks|"
            r"months|years|minutes)|combien de temps|cuanto tiempo|quanto tempo|wie lange)\b",
            re.I,
        ),
        Kind("duration", _DURATION.search, True),
    ),
    (
        re.compile(
            r"\b(?:opening (?:hours|times)|(?:what|which) (?:are )?(?:the|your|its) hours|horarios?(?: de apertura)?|orari|"
            r"heures d'ouverture|offnungszeiten)\b",
            re.I,
        ),
        Kind("hours", _HOURS.search, True),
    ),
    (
        re.compile(
            r"\b(?:what time|how late|how early|a quelle heure|a que hora|a che ora|um wie viel uhr|wann genau)\b", re.I
        ),
        Kind("clock", _CLOCK.search, True),
    ),
    (
        re.compile(
            r"\bhow much (?:is|are|was|were|does|do|did|will|would|extra|more|less|for|to)\b|\bwhat (?:does|do|did|will)"
            r"\b.*\bcost\b|\b(?:cost|price|fee|(?<!in )charge)\b|\bcombien (?:coute|coutent|vaut|faut-il payer)\b|"
            r"\bcuanto (?:cuesta|cuestan|vale|valen|se paga|cobran)\b|\bquanto (?:costa|costano|si paga)\b|"
            r"\b(?:was kostet|wie viel kostet|wie teuer)\b",
            re.I,
        ),
        Kind("money", _holds_price, True),
    ),
    (
        # A past event's or a start's "when" is a year or a date, not "on Sundays" or "at dinner".
        re.compile(
            r"\b(?:what year|which year|what date|which date|what(?:'s| is| was) the date|since when|in what year|"
            r"when (?:did|was|were)\b(?!.*\b(?:open|served|closed)\b"
            r".*\b(?:on|at) (?:weekdays?|weekends?|sundays?|mondays?)\b)|depuis quand|en quelle annee|desde cuando|"
            r"en que ano|da quando|in che anno|seit wann|in welchem jahr)\b",
            re.I,
        ),
        Kind("date", _DATE.search, True),
    ),
    (
        re.compile(
            r"\b(?:when|what year|which year|since when|which days?|what days?|which dates?|what dates?|which months?|"
            r"que dias?|quel jour|quels jours|che giorno|quali giorni|welche[nr]? tag|an welchen tagen|"
            r"what month|by when|until when|quand|jusqu'a quand|cuando|hasta cuando|en que (?:epoca|ano|mes|fecha)|"
            r"quando|fino a quando|in che anno|wann|bis wann|a quelle date|en quelle annee)\b",
            re.I,
        ),
        Kind("time", _TIME.search, True),
    ),
    (
        # Not "how many euros is corkage?": a price.
        re.compile(
            r"\b(?:how many|combien d[e']|cuant[oa]s|quant[ie]|wie viele)\b(?!\s*(?:euros?|eur|pounds?|quid|dollars?|"
            r"bucks|francs?|franchi|francos|dolares|dollari|sterline|pfund|franken)\b)",
            re.I,
        ),
        Kind("count", _holds_count, True),
    ),
    (
        re.compile(
            r"\b(?:how many|how old|what percentage|how big|how large|how much|combien de|combien|cuantos|cuantas|cuanto|quanti|"
            r"quante|quanto|wie viele|wie viel|quel age|a quale altitudine|what size)\b",
            re.I,
        ),
        Kind("amount", _AMOUNT.search, True),
    ),
    (
        re.compile(
            r"\b(?:which|what|main|quel|quelle|que|qual|quale|welche)\b[\w\s'-]{0,20}\b(?:grapes?|variet(?:y|ies|al)|"
            r"cepages?|uvas?|uve|vitigno|rebsorte|traube)\b|\bde quel cepage\b",
            re.I,
        ),
        Kind("grape", _names_a_grape, False),
    ),
    (
        re.compile(r"\b(?:who|whom|whose|which family|qui|quien|quienes|chi|wer)\b", re.I),
        Kind("person", _PERSON.search, False),
    ),
    (
        re.compile(
            r"\b(?:where|which (?:village|town|city|region|country|floor|room)|in which (?:village|town|city|region|"
            r"country|room)|ou se|d'ou|donde|de donde|dove|di dove|wo|woher)\b",
            re.I,
        ),
        Kind("place", _names_a_place, False),
    ),
    *_OPINION_KINDS,
)


# French asks yes or no by inversion: "Le vin est-il filtré ?", "Le restaurant a-t-il une terrasse ?"
_INVERTED = re.compile(r"\b[a-z]+-(?:t-)?(?:il|elle|ils|elles|on)\b")
_FRENCH_ASKING = re.compile(
    r"^[\s¿¡\"'«]*(?:combien|quand|ou|comment|pourquoi|quel|quelle|quels|quelles|qui|que|qu'|quoi|a quel|a quelle|"
    r"de quel|de quelle|depuis|jusqu|avec quel|avec quels|dans quel|lequel|laquelle)",
    re.I,
)


# A condition before the question: "If I can't come, can I get a refund?" asks yes or no.
_CONDITION = re.compile(r"^[\s¿¡\"'«]*(?:if|when|once|si|wenn|se)\b[^,?]*,\s*", re.I)


def is_yes_no(question: str) -> bool:
    folded = _CONDITION.sub("", fold_text(question))
    return bool(_YES_NO.match(folded)) or bool(_INVERTED.search(folded) and not _FRENCH_ASKING.match(folded))


def kind_of(question: str) -> Kind | None:
    """What ``question`` asks for (a price, a time, a name...), or None (a "what" or "why" question, or
    a yes-no one not about a review's likes)."""
    folded = fold_text(question)
    # A yes-no question asks for no fact, but one of a review's likes ("Was there anything they
    # didn't like?") is answered by the sentence that says so.
    for asks, kind in _YES_NO_OPINION_KINDS if is_yes_no(question) else _QUESTION_KINDS:
        if asks.search(folded):
            return kind
    return None


# The score's parts, weighed on the tuning half with its extra questions (a grid; the best
# 82.3% at one question in ten unanswerable, against 80.9% for the 0.7/0.6 first tuned on the
# original 114 questions): meaning (MiniLM cosine), shared words (rarity weighted, with the
# words asked for them), the kind of fact asked for (a time for "when"), and a heading's
# penalty (a title line is near every question and answers few). The penalty re-weighed in issue
# 13's fifth session, the rules since having taken over what it did: tuning half with all its
# questions 884 -> 886 of 941 from 0.03 to 0.07 (a menu's "BYOB, no corkage." and a title's
# "(12 to 3 p.m.)" now answer), 885 at 0; 95 fresh questions unchanged.
_MEANING_WEIGHT = 1.0
_WORDS_WEIGHT = 0.3
_TYPE_WEIGHT = 0.2
_HEADING_PENALTY = 0.05
_FOREIGN_WORDS_WEIGHT = 1.0
# Sentences embedded per question: the ones sharing the most words with it (and the kind of
# fact it asks for). Tuning half: 4 lost 3 right answers of 161 against all, 6 lost one, 8
# none; 6 keeps a cold 2,000-character answer under 50 ms (bench/bench_text_ops.py).
QA_CANDIDATES = 6
LATENCY_BATCH = 4  # texts per ONNX run when a client waits (see embed_array)
# A neighbouring sentence joins the answer when it scores this share of the best one
# (tuning half with its extra questions: 140 of 161 right alone, 145 with it; 19 -> 25 words).
NEIGHBOUR_SHARE = 0.6


@dataclass(frozen=True)
class _Scored:
    span: Span
    score: float
    heading: bool = False  # a title, a section's heading or a legend


# "Which street...", "what kind of oak...": the noun after the question word names what answers.
_ASKED_NOUN = re.compile(
    r"\b(?:which|what|quel|quelle|quels|quelles|que|qué|quale|quali|welche[rsn]?)\s+(?:kind of\s+|type of\s+|"
    r"sort of\s+)?([^\W\d_]+)",
    re.I,
)
FOCUS_WEIGHT = 2.0
# A word's rarity is BM25's idf over the text's own sentences, so a word in half of them or more
# ("room" in a text about two rooms) weighs next to nothing against the one word only the answer
# has ("lift"); the floor keeps it a word. Against log(1 + n / (1 + df)) + 0.2: tuning half with all
# its questions 782 -> 782 of 842 right (original questions 109 -> 111 of 114, unanswerable +2,
# answerable -2); floors 0.1 to 0.6 within one question, 0.3 kept.
RARITY_FLOOR = 0.3


def _asked_noun(question: str) -> str | None:
    found = _ASKED_NOUN.search(question)
    if found is None:
        return None
    stems = content_stems(found.group(1))
    return stems[0] if stems else None


def _word_overlap(
    question: list[tuple[str, ...]],
    units: list[list[str]],
    focus: str | None = None,
    topics: list[tuple[str, ...]] | None = None,
) -> list[float]:
    """The share of the question's words (weighted by their rarity among the units) each unit contains.

    A word counts as contained when the unit has it or one of the words asked for it
    (``_ASKED_AS``): "how strong" is answered by the sentence with the alcohol.
    """
    documents = [set(unit) for unit in units]
    frequency = Counter(word for document in documents for word in document)
    count = len(documents)

    def weight(word: str) -> float:
        share = frequency[word]
        rarity = max(0.0, math.log((count - share + 0.5) / (share + 0.5))) + RARITY_FLOOR
        # A label names the one thing asked about; the noun after "which" what answers it.
        return 2 * rarity if word.endswith("#") else FOCUS_WEIGHT * rarity if word == focus else rarity

    total = sum(weight(group[0]) for group in question) or 1.0
    topics = topics or [()] * len(question)

    def matched(group: tuple[str, ...], topic: tuple[str, ...], document: set[str]) -> float:
        if any(shares_form(word, document) for word in group):
            return 1.0
        return TOPIC_SHARE if any(shares_form(word, document) for word in topic) else 0.0

    return [
        sum(weight(group[0]) * matched(group, topic, document) for group, topic in zip(question, topics, strict=True))
        / total
        for document in documents
    ]


def _names_someone_else(unit: str, question: str) -> bool:
    """Whether ``unit`` names a person the question does not: "Who cooks at La Cantina del Porto?"
    is not answered by the sentence that names La Cantina del Porto."""
    asked = fold_text(question)
    return any(fold_text(name.group()) not in asked for name in _PERSON.finditer(unit))


def _kind_bonus(kind: Kind | None, unit: str) -> float:
    if kind is None:
        return 0.0
    return 1.0 if kind.holds(unit) else -0.5


def _scored_sentences(
    text: str, question: str, *, namespace: str = "", embedded: int | None = QA_CANDIDATES
) -> list[_Scored]:
    """Every sentence's score as an answer; only the likeliest few (``embedded``; None: all) are
    embedded (see QA_CANDIDATES)."""
    sentences = split_sentences(text)
    if not sentences:
        return []
    units = [qa_stems(sentence.text) for sentence in sentences]
    heading = [_is_heading(sentence.text) for sentence in sentences]
    # A first line without a full stop is the text's title ("Kōwhai Ridge Sauvignon Blanc 2023, Awatere
    # Valley, Marlborough"): near many questions, the answer to few.
    heading[0] = heading[0] or (
        sentences[0].text[-1] not in ".!?" and text[sentences[0].end : sentences[0].end + 1] == "\n"
    )
    for index in range(1, len(sentences) - 1):
        if heading[index]:  # a menu's line is also what its section's heading says: "Mains", "From the grill"
            for line in _section_of(text, sentences, index):
                units[sentences.index(line)].extend(units[index])
    focus = _asked_noun(question)
    if focus is not None and not any(shares_form(focus, set(unit)) for unit in units):
        focus = None  # "avec quels plats": a noun the text never uses says nothing of where the answer is
    english = reads_english(text)
    if not english:
        # "Nussallergien", "Hafermilch": a word a question's translation names may be part of a compound.
        units = [[*unit, *compound_heads(sentence.text)] for unit, sentence in zip(units, sentences, strict=True)]
    asked_words = question_stems(question, english=english)
    overlap = _word_overlap(asked_words, units, focus, [_topic_words(group[0]) for group in asked_words])
    asked = kind_of(question)
    if asked is not None and asked.name == "person":
        asked = Kind("person", lambda unit: _names_someone_else(unit, question), False)
    kind = [_kind_bonus(asked, sentence.text) for sentence in sentences]
    lexical = [overlap[index] + 0.3 * kind[index] for index in range(len(sentences))]
    candidates = sorted(range(len(sentences)), key=lambda index: -lexical[index])[:embedded]
    meaning = [0.0] * len(sentences)
    vectors = vectors_of(
        [question, *(sentences[index].text for index in candidates)], namespace=namespace, batch_size=LATENCY_BATCH
    )
    for row, index in enumerate(candidates, start=1):
        meaning[index] = float(vectors[row] @ vectors[0])
    words_weight = _WORDS_WEIGHT if english else _FOREIGN_WORDS_WEIGHT
    scale = _MEANING_WEIGHT + words_weight + _TYPE_WEIGHT
    return [
        _Scored(
            sentence,
            (
                _MEANING_WEIGHT * meaning[index]
                + words_weight * overlap[index]
                + _TYPE_WEIGHT * kind[index]
                - _HEADING_PENALTY * heading[index]
            )
            / scale,
            heading[index],
        )
        for index, sentence in enumerate(sentences)
    ]


# A price or a count on a short line makes it a menu's item, not a heading (tuning half with all
# its questions: 2 more of 293 answerable right, none of 111 unanswerable less declined).
_MENU_ITEM = re.compile(r"\d")


# A legend of a menu's markers: "(v) vegetarian, (vg) vegan."
_LEGEND = re.compile(rf"(?:\s*{_MARKER.pattern}\s*[^\W\d_]+[,;.]?)+\s*", re.IGNORECASE)


def _is_heading(text: str) -> bool:
    """A title or a legend ("(v) vegetarian."): near many questions, the answer to none."""
    if _LEGEND.fullmatch(text):
        return True
    words = len(text.split())
    opening = [word for word in re.findall(r"[^\W\d_]+", text)[:3] if len(word) > 1]
    # "TABERNA EL PÓSITO - CARTA DE TAPAS", "GOLDEN WOK - BANQUET SET MENUS (minimum 4 people)"
    shouting = words <= 15 and len(opening) >= 2 and all(word.isupper() for word in opening)
    if shouting:
        return True
    if _MENU_ITEM.search(text):
        return False  # "Pulled pork - $12", "Queso payoyo curado - 9 EUR": a menu's line, its answer
    return words <= 3 or (words <= 6 and text[-1] not in ".!?…")


# A menu section's lines shown under its heading: at most these many.
SECTION_LINES = 8


def _is_list_line(text: str, sentences: list[Span], index: int) -> bool:
    """Whether sentence ``index`` is a whole line of a list: a marker before it, or no full stop."""
    span = sentences[index]
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip() and not _LIST_MARKER.fullmatch(text, line_start, span.start):
        return False  # a second sentence on its line
    return bool(_LIST_MARKER.match(text, line_start)) or span.text[-1] not in ".!?"


def _section_of(text: str, sentences: list[Span], heading: int, *, lists_only: bool = False) -> list[Span]:
    """The lines under the heading at ``heading`` ("Desserts", "Rosé", "Minimum spend").

    A list's section ends at its first line of prose (a menu's notes under its last section);
    a paragraph's at a blank line; both at the next heading. None when the heading does not
    end its line (a title, not a section), and none of a paragraph when ``lists_only``.
    """
    if "\n" not in text[sentences[heading].end : sentences[heading + 1].start]:
        return []
    listed = _is_list_line(text, sentences, heading + 1)
    if lists_only and not listed:
        return []
    section: list[Span] = []
    for index in range(heading + 1, min(len(sentences), heading + 1 + SECTION_LINES)):
        span = sentences[index]
        between = text[sentences[index - 1].end : span.start]
        if _is_heading(span.text) or "\n\n" in between or (listed and not _is_list_line(text, sentences, index)):
            break
        section.append(span)
    return section


# Words that ask for a price, not of what: "cost", "price".
_ASKING = word_set("cost price pay paid charge fee much costa cuesta coute kostet prix prezzo precio")
_CLAUSES = re.compile(r";")


def _said_of_it(sentence: str, question: str, asked: Kind, *, english: bool = True) -> bool:
    """Whether the price asked for is said, in ``sentence``, of what the question asks about.

    A sentence of several clauses ("the al pastor tacos, three for $11; skip the dry carnitas")
    gives the price of what its clause names: the question's words that the sentence has must
    be in one clause with a price, or the price is another thing's. (Tuning half: 2 of 136
    unanswerable more declined, no answerable lost; for times, counts and lengths it lost one.)
    """
    if asked.name != "money":
        return True
    vocabulary = set(qa_stems(sentence))
    wanted = [
        group
        for group in question_stems(question, english=english)
        if group[0] not in _GENERIC and group[0] not in _ASKING and any(shares_form(word, vocabulary) for word in group)
    ]
    parts = _CLAUSES.split(sentence)
    clauses = [clause for clause in parts if asked.holds(clause)]
    if not wanted or not clauses:
        return True
    # "Pork ribs - half rack $28; full rack $52": what the first clause names before its fact
    # is said of the clauses after it too.
    first = _MONEY.search(parts[0])
    head = parts[0][: first.start()] if first else ""
    return any(
        all(any(shares_form(word, set(qa_stems(f"{head} {clause}"))) for word in group) for group in wanted)
        for clause in clauses
    )


# Number words that name a size, not a count: "half bottles" asks of a size the text may not sell.
_SIZES = word_set("half couple handful dozen single double")


def _is_count(word: str) -> bool:
    """A count or an order ("four", "a second coffee"): what it counts is the subject."""
    return word in _ORDINALS or (word not in _SIZES and bool(_AMOUNT.fullmatch(word)))


_ORDINALS = word_set("first second third fourth fifth")


def _subject_absent(text: str, question: str) -> bool:
    """Whether ``question`` asks yes or no of something ``text`` never names (nor in the words asked for it)."""
    if not is_yes_no(question):
        return False
    vocabulary = set(qa_stems(text))
    # "Was anything disappointing?" asks of a review's verdict, whatever words it says it in.
    for opinion, _ in _YES_NO_OPINION_KINDS:
        question = opinion.sub(" ", question)
    return any(
        group[0] not in _GENERIC
        and not _is_count(group[0])  # "a table for four" asks of a table, not of a four
        and not any(shares_form(word, vocabulary) for word in group)
        for group in question_stems(question, english=reads_english(text))
    )


# "Is there a vegan menu?", "Do you have any orange wine?", "Y a-t-il une terrasse ?": the words
# after these name the thing whose presence is asked (up to a preposition or the end).
_EXISTENCE = re.compile(
    r"(?:^[\s¿¡\"'«]*(?:is there|are there|do (?:you|they) (?:have|serve|offer|sell|make|do|stock|supply|carry|deliver|grow|import|pour)|have you got|"
    r"does (?:it|the \w+) (?:have|offer|serve|come with)|y a-t-il|avez-vous|proposez-vous|hay(?! que)|tienen|"
    r"tiene|ofrecen|c'e|ci sono|avete|gibt es|haben sie)|\b(?:a-t-il|a-t-elle|ont-ils|propose-t-il)(?=\s+(?:un|une|des|du|de la)\s))\s+"
    r"(?:(?:any|some|a|an|the|un|une|des|du|de la|una|uno|unos|unas|einen|eine|ein|dei|delle|degli)\s+)?"
    r"(?P<thing>[^?]*?)\s*(?:\b(?:for|at|on|in|with|to|from|near|by|during|and|or|pour|avec|para|con|per|fur|"
    r"mit)\b|[?,]|$)",
    re.I,
)
# "Is it vegan?", "Is the honey organic?": the last word names the quality asked of it.
_QUALITY = re.compile(r"^\s*(?:is|are) (?:it|they|the \w+(?: \w+)?) (?P<thing>[\w-]+)\s*\??\s*$", re.I)


def _thing_absent(text: str, question: str) -> bool:
    """Whether a question about something's presence names it in words ``text`` never uses:
    "Is there a kosher menu?" of a text with no "kosher" (nor a word asked for it)."""
    folded = fold_text(question)
    found = _EXISTENCE.search(folded) or _QUALITY.match(folded)
    if found is None:
        return False
    vocabulary = set(qa_stems(text))
    return any(
        group[0] not in _GENERIC and not any(shares_form(word, vocabulary) for word in group)
        for group in question_stems(found.group("thing"), english=reads_english(text))
    )


def _too_weak(text: str, question: str, best: float, scores: list[float], *, heading: bool = False) -> bool:
    """Whether the best sentence, scoring ``best`` of all ``scores``, is too weak to answer (a
    ``heading`` never stands out: a title is near every question)."""
    if best < ABSENT_THING_THRESHOLD and _thing_absent(text, question):
        return True
    yes_no = is_yes_no(question)
    absent = _subject_absent(text, question)
    runner_up = sorted(scores)[-2] if len(scores) > 1 else 0.0
    if best < ABSENT_SUBJECT_THRESHOLD and absent:
        return heading or best < STANDOUT_THRESHOLD or best - runner_up < ABSENT_STANDOUT_MARGIN
    if best >= (PRESENT_SUBJECT_THRESHOLD if yes_no and not absent else ANSWER_THRESHOLD):
        return False
    return yes_no or heading or best < STANDOUT_THRESHOLD or best < STANDOUT_RATIO * max(runner_up, 0.0)


# Who wrote a letter or a notice: its last line names them ("With best wishes, / Jenna Pascoe").
_WRITTEN = r"(?:it|this|the (?:letter|note|notice|e-?mail|message|newsletter|announcement))"
_AUTHOR = re.compile(
    rf"\bwho (?:wrote|signed|sent) {_WRITTEN}\b|\bwho (?:is|was) {_WRITTEN} (?:from|signed by|written by)\b|"
    r"\bwho is the (?:author|writer|sender)\b|\bfrom whom\b"
)
# A signature: a short last line of its own, naming someone ("— Chef-patron Marguerite Doyle").
SIGNATURE_WORDS = 8


def _signature(text: str, last: Span) -> bool:
    own_line = text[: last.start].rstrip(" \t").endswith("\n")
    return own_line and len(last.text.split()) <= SIGNATURE_WORDS and bool(_PERSON.search(last.text))


# Where a question asks a second thing: "..., and can the dog stay?", "...? E podemos levar...?",
# "... - which way do we come in". The split is at the last such joint; each side keeps 3+ words.
_SECOND_ASK = re.compile(
    r"(?:,?\s+(?:and|&|e|et|y|und)\s+|\?\s+(?:(?:and|e|et|y|und)\s+)?|\s+[-–—]\s+)"
    r"(?=(?:what|when|where|who|how|which|why|is|are|do|does|did|can|could|will|would|should|was|were|"
    r"quanto|quando|dove|chi|come|quale|que|quel|quelle|quand|combien|cuanto|cuando|donde|quien|como|cual|"
    r"podemos|posso|pode|wann|wie|wo|wer|kann|gibt)\b)",
    re.IGNORECASE,
)
_MIN_ASK_WORDS = 3
_BETWEEN = re.compile(r"\b(?:between|entre|tra|fra|zwischen)\b", re.IGNORECASE)
# A second passage joins the answer only when it answers its half clearly (the first is already
# judged by the whole question's thresholds).
SECOND_ASK_SCORE = 0.4


def two_asks(question: str) -> tuple[str, str] | None:
    """The two questions of a question that asks two things, if it does."""
    joints = list(_SECOND_ASK.finditer(question.strip().rstrip("?")))
    if not joints or _BETWEEN.search(question[: joints[-1].start()]):
        return None  # "the difference between the tasting menu and what you serve at lunch" is one ask
    first, second = question[: joints[-1].start()].strip(), question[joints[-1].end() :].strip()
    if min(len(first.split()), len(second.split())) < _MIN_ASK_WORDS:
        return None
    return first, second


def answer(text: str, question: str, *, namespace: str = "") -> Answer:
    """The passage that answers ``question``; for a question asking two things, the passage of the
    second too when it lies elsewhere in the text (both quoted, in the text's order)."""
    whole = _answer_one(text, question, namespace=namespace)
    asks = two_asks(question)
    if not whole.found or whole.source is None or asks is None:
        return whole
    held = whole.source
    for ask in asks:
        part = _answer_one(text, ask, namespace=namespace)
        other = part.source
        apart = other is not None and (other.end <= held.start or other.start >= held.end)
        if part.found and other is not None and apart and part.score >= SECOND_ASK_SCORE:
            first, second = sorted((held, other), key=lambda span: span.start)
            return replace(whole, answer=f"{first.text} {second.text}", also=other)
    return whole


def _answer_one(text: str, question: str, *, namespace: str = "") -> Answer:
    """The passage of ``text`` that answers ``question``, or "not in the text".

    The passage is the best sentence, with its better neighbour when that one scores at
    least NEIGHBOUR_SHARE of it: answers often run over two sentences ("closed from 9 to
    16 February." "We reopen on the 17th."). It is one span of the text, offsets included.
    """
    scored = _scored_sentences(text, question, namespace=namespace)
    if not scored:
        return Answer(answer=NOT_IN_TEXT, found=False, score=0.0, source=None)
    ranked = sorted((item.score for item in scored), reverse=True)
    if (
        ranked[0] < ABSENT_SUBJECT_THRESHOLD
        and ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0) >= ABSENT_STANDOUT_MARGIN
        and _subject_absent(text, question)
    ):
        # Whether the best sentence stands clear of the rest (ABSENT_STANDOUT_MARGIN) is judged
        # against every sentence's meaning, not only the few sharing words with the question (a
        # sentence left unembedded scores low and widens the margin).
        scored = _scored_sentences(text, question, namespace=namespace, embedded=None)
    asked = kind_of(question)
    # A title is near every question: when a price, a time or a count is asked for, one without it
    # does not answer ("LOWFIELD FARM HARVEST SUPPER" above "Saturday 21 September, 7 p.m.").
    answering = [
        index
        for index, item in enumerate(scored)
        if not (item.heading and asked is not None and asked.strict and not asked.holds(item.span.text))
    ] or list(range(len(scored)))
    best_index = max(answering, key=lambda index: scored[index].score)
    signed = bool(_AUTHOR.search(fold_text(question))) and _signature(text, scored[-1].span)
    if signed:  # "Who wrote the letter?": the name it is signed with
        best_index = len(scored) - 1
    best = scored[best_index]
    score = round(max(0.0, min(1.0, best.score)), 3)
    # A title is near every question: it is no rival to the sentence that answers (``_too_weak``).
    rivals = [scored[index].score for index in answering if not scored[index].heading or index == best_index]
    if not signed and _too_weak(text, question, best.score, rivals, heading=best.heading):
        return Answer(answer=NOT_IN_TEXT, found=False, score=score, source=None, closest=best.span)
    passage = [best.span]
    neighbours = [index for index in (best_index - 1, best_index + 1) if 0 <= index < len(scored)]
    if neighbours:
        neighbour = scored[max(neighbours, key=lambda index: scored[index].score)]
        if neighbour.score >= NEIGHBOUR_SHARE * best.score:
            passage = sorted([best.span, neighbour.span], key=lambda span: span.start)
    sentences = [item.span for item in scored]
    for heading in (best_index, sentences.index(passage[-1])):
        if 0 < heading < len(sentences) - 1 and _is_heading(sentences[heading].text):  # the first line is a title
            section = _section_of(text, sentences, heading, lists_only=True)
            if section:
                passage = [*passage[: passage.index(sentences[heading]) + 1], *section]
                break
    start, end = passage[0].start, passage[-1].end
    if (
        asked is not None
        and asked.strict
        and not _said_of_it(best.span.text, question, asked, english=reads_english(text))
    ):
        return Answer(answer=NOT_IN_TEXT, found=False, score=score, source=None, closest=best.span)
    if asked is not None and asked.strict and not asked.holds(best.span.text):
        return Answer(answer=NOT_IN_TEXT, found=False, score=score, source=None, closest=best.span)
    if asked is not None and asked.name == "money" and _another_serving(text[start:end], question):
        return Answer(answer=NOT_IN_TEXT, found=False, score=score, source=None, closest=best.span)
    return Answer(answer=text[start:end], found=True, score=score, source=Span(start, end, text[start:end]))


def support(text: str, claims: Sequence[str], *, namespace: str = "", top: int = 1) -> list[tuple[list[Span], float]]:
    """For each claim (a model's sentence): the ``top`` sentences of ``text`` nearest in meaning,
    nearest first, and how near the nearest is."""
    sentences = split_sentences(text)
    if not sentences or not claims:
        return [([], 0.0) for _ in claims]
    vectors = vectors_of([sentence.text for sentence in sentences], namespace=namespace)
    claim_vectors = vectors_of(list(claims), namespace=namespace)
    similarity = claim_vectors @ vectors.T
    supported: list[tuple[list[Span], float]] = []
    for row in range(len(claims)):
        order = np.argsort(-similarity[row])[:top]
        supported.append(([sentences[int(index)] for index in order], float(similarity[row, order[0]])))
    return supported
