"""The words of French, Spanish, Italian and German texts for what guests ask in English.

MiniLM reads English; a question in English about a text in another language finds its answer
only by the words the two share. So a question's word also matches its usual translations here
(folded, singular, as ``content_stems`` gives them; a word of five letters or more also matches
the longer words it begins: "gepflanzt" matches "gepflanzte"). The vocabulary is that of the
texts this project reads (restaurant reviews, house policies, wine notes, menus).
"""

from __future__ import annotations

import re
from functools import lru_cache

from recommendations.pairing.text import fold_text

_TRANSLATIONS = {
    # The wine: its vines, grapes, making, ageing and serving.
    "vine": "vigne vid vina vite viti rebe reben rebstock",
    "vineyard": "vignoble vigne parcelle vinedo vigneto weinberg lage",
    "grape": "raisin cepage uva uve traube rebsorte",
    "old": "ans age anos anni alt jahre",
    "aged": "eleve elevage crianza envejecido affinato invecchiato maturato ausbau gereift",
    "ageing": "elevage crianza affinamento invecchiamento maturato ausbau",
    "harvest": "vendange vendanges vendimia vendemmia lese",
    "picked": "vendange cueilli recolte vendimia vendemmia lese gelesen",
    "planted": "plante plantee plantado piantate piantato gepflanzt",
    "farm": "cultive cultivado coltivate coltivato bewirtschaftet",
    "farmed": "cultive cultivado coltivate coltivato bewirtschaftet",
    "made": "produit produite elabore elaborado prodotto erzeugt",
    "produced": "produit produite producido prodotto erzeugt",
    "bottle": "bouteille botella bottiglia flasche",
    "smell": "nez arome nariz naso profumo nase duft",
    "nose": "nez nariz naso nase",
    "aroma": "arome nez nariz naso profumo duft",
    "taste": "bouche gout boca sabor bocca gusto gaumen geschmack",
    "palate": "bouche boca bocca gaumen",
    "temperature": "temperature temperatura temperatur servir servire servieren",
    "soil": "sol terroir suelo suolo boden marne calcaire caliza argile arcilla argilla",
    "altitude": "altitude altitud altitudine hohe metre metro metri meter",
    "winemaker": "vigneron viticulteur enologue enologo winzer kellermeister",
    "alcohol": "alcool alcohol alcol alkohol gradazione grado degre",
    "strong": "alcool alcohol alcol alkohol gradazione grado degre",
    "barrel": "fut barrique barrica botte fass",
    "keep": "garder conserver guardar conservar conservare lagern jusqu hasta fino bis",
    "kept": "garder conserver guardar conservar conservare lagern jusqu hasta fino bis",
    "drunk": "boire beber bere trinken",
    "glass": "verre copa bicchiere calice glas",
    "list": "carte cave carta weinkarte",
    # Who: owners, cooks, staff.
    "owner": "proprietaire propietario proprietario inhaber besitzer",
    "run": "tenu tient dirige gere regenta dirigido gestito gefuhrt leitet encarga kummert",
    "lead": "tenu tient dirige gere regenta dirigido gestito gefuhrt leitet encarga kummert",
    "chef": "chef cuisinier fourneaux cocinero fogones cuoco fornelli koch kuchenchef",
    "cook": "cuisine cuisinier fourneaux cocinero cocina fogones cuoco cucina fornelli koch kocht",
    "kitchen": "cuisine cocina cucina kuche",
    # When: opening, closing, days, meals.
    "open": "ouvert ouvre ouverture abre abrimos abierto aperto apre geoffnet offnet offen",
    "opened": "ouvert ouverture abrio abierto aperto eroffnet",
    "reopen": "rouvert reouverture reabierto riaperto wiedereroffnet",
    "reopened": "rouvert reouverture reabierto riaperto wiedereroffnet",
    "close": "ferme fermeture cierra cerramos cerrado chiuso chiude geschlossen ruhetag",
    "closed": "ferme fermeture cierra cerramos cerrado chiuso chiude geschlossen ruhetag",
    "day": "jour dia giorno tag",
    "lunch": "midi dejeuner almuerzo comida mediodia pranzo mittag mittagessen",
    "dinner": "soir diner cena abendessen abend",
    "evening": "soir soiree diner noche cena sera abend",
    "night": "soir soiree nuit noche cena sera notte abend nacht",
    "midday": "midi dejeuner almuerzo mediodia pranzo mittag mittagessen",
    "noon": "midi mediodia mezzogiorno mittag",
    "shut": "ferme fermeture cierra cerramos cerrado chiuso chiude geschlossen ruhetag",
    "counter": "comptoir bar barra bancone theke tresen",
    "bar": "comptoir barra bancone theke tresen",
    "stool": "tabouret taburete sgabello hocker",
    "deal": "formule menu offre oferta offerta angebot",
    "set": "formule menu fijo fisso",
    "weekend": "week-end fin semana weekend wochenende",
    "wait": "attente attendre espera esperar attesa aspettare wartezeit warten",
    "breakfast": "petit-dejeuner desayuno colazione fruhstuck",
    "holiday": "vacance vacacione vacanze ferien urlaub conge",
    "late": "tard tarde tardi spat madrugada minuit medianoche mezzanotte mitternacht",
    "finish": "fin finir termine finalizacion terminar finire fine ende schluss",
    "end": "fin termine finalizacion terminar finire fine ende schluss",
    "early": "avance antelacion anticipo voraus spatestens",
    "advance": "avance antelacion anticipo voraus spatestens",
    "minute": "minute minuto minuti minuten",
    "hour": "heure hora ora ore stunde stunden",
    "last": "dure duran dura durano dauert",
    # Booking, paying, groups and rooms.
    "book": "reserver reservar prenotare reservieren reservierung",
    "reserve": "reserver reservar prenotare reservieren reservierung",
    "reservation": "reserver reservar reserva prenotare prenotazione reservieren reservierung",
    "phone": "telefon telefonisch telephone telefono appel",
    "reserved": "reserve reservee reservado reservada prenotato reserviert",
    "table": "table mesa tavolo tisch",
    "held": "garde guardamos teniamo halten frei",
    "hold": "accueille acoge capacidad ospita capienza fasst",
    "seat": "couvert place plaza asiento posto coperto platz sitzplatz",
    "room": "salle sala salon comedor raum saal chambre habitacion camera zimmer",
    "people": "personne persona persone person comensal convive ospite gast",
    "guest": "personne persona persone person comensal convive ospite gast",
    "group": "groupe grupo gruppo gruppe",
    "deposit": "acompte arrhes senal deposito caparra anzahlung",
    "cancel": "annuler annulation cancelar cancelacion anular annullare disdetta stornieren stornierung",
    "cancellation": "annulation cancelacion anulacion disdetta stornierung",
    "card": "carte tarjeta carta karte",
    "cash": "espece efectivo contanti bargeld",
    "free": "gratuit gratuite gratis gratuito gratuita kostenlos offert",
    "hire": "location alquiler affitto miete",
    "included": "compris inclus incluido incluida incluye incluso compreso inklusive inbegriffen",
    "choose": "choisir elegir elegirse scegliere wahlen",
    "chosen": "choisi elegido elegirse scelto gewahlt",
    "tell": "informer prevenir avisar informar avvisare informare informieren",
    "tour": "visite visita fuhrung besichtigung",
    "visit": "visite visita besuch besichtigung",
    "parking": "parking aparcamiento parcheggio parkplatz",
    "terrace": "terrasse terraza terrazza",
    "dog": "chien perro cane cani hund hunde",
    "child": "enfant nino bambino kind",
    "children": "enfant nino bambini kinder",
    "music": "musique musica musik",
    # Food and diets.
    "food": "plat plato piatto gericht speise",
    "fish": "poisson pescado pesce fisch pecheur pescador pescatore fischer",
    "meat": "viande carne fleisch",
    "ham": "jambon jamon prosciutto schinken",
    "bread": "pain pan pane brot",
    "cheese": "fromage queso formaggio kase",
    "dessert": "dessert postre dolce nachspeise nachtisch",
    "sweet": "sucre dulce dolce suss",
    "portion": "portion racion porzione",
    "half": "demi demie media medio mezza mezzo halbe",
    "pasta": "pate pasta nudel nudeln",
    "vegetarian": "vegetarien vegetariano vegetarisch",
    "vegan": "vegano vegana",
    "allergy": "allergie alergia allergia allergen",
    "coeliac": "celiaque celiaco celiacos zoliakie",
    "nut": "noix noisette nuez noci nuss nusse",
    "guarantee": "exclure excluir escludere ausschliessen garantir garantizar garantire",
    "overcooked": "trop cuit cuite demasiado hecho stracotto zerkocht",
    "disappointing": "bemol manquait decevant decepcion deludente enttauschend",
    "disappointed": "bemol manquait decevant decepcion deludente enttauschend",
    "drink": "boire beber bere trinken boisson bebida bevanda getrank",
    "price": "prix precio prezzo preis",
    "cost": "prix coute precio cuesta prezzo costa preis kostet",
    "pay": "payer paie pagar pago pagare paga zahlen bezahlen aufpreis",
    "extra": "supplement suplemento sovrapprezzo aufpreis zuschlag",
    "milk": "lait leche latte milch",
    "fried": "frit frite friture fritto frittura frito fritura fritteuse frittiert",
    "speak": "adresser contacter dirigirse hablar rivolgersi parlare wenden sprechen",
    "manager": "directeur directrice responsable encargado encargada gerente direttore direttrice restaurantleiter "
    "restaurantleiterin betriebsleiter betriebsleiterin geschaftsfuhrer geschaftsfuhrerin",
}

FOREIGN_WORDS: dict[str, tuple[str, ...]] = {word: tuple(said.split()) for word, said in _TRANSLATIONS.items()}


def _same_meaning() -> dict[str, tuple[str, ...]]:
    """A question asked in the text's own language ("Chi è il cuoco?") may word it as the text does
    not ("lo chef"): each foreign word also matches its English word and that word's other translations."""
    meaning: dict[str, list[str]] = {}
    for english, said in FOREIGN_WORDS.items():
        for word in said:
            meaning.setdefault(word, []).extend(other for other in (english, *said) if other != word)
    return {word: tuple(dict.fromkeys(others)) for word, others in meaning.items()}


SAME_MEANING: dict[str, tuple[str, ...]] = _same_meaning()


# The glossary's noun a German compound ends with, its head: "Nussallergien" is an "allergie",
# "Hafermilch" a "milch", "Aufpreis" a "preis"; not the words before ("Küchenchef" is no "Küche").
# Nouns only (a German noun is written with a capital; no infinitive in -en: "verwenden" is no
# "wenden"), of four letters at least, so "bar" is no part of "Barolo".
_PARTS: frozenset[str] = frozenset(
    word for said in FOREIGN_WORDS.values() for word in said if len(word) >= 4 and not word.endswith("en")
)
_INFLECTIONS = ("", "n", "en", "e", "s", "es", "er")
_REST = 3  # what a compound holds beyond its head, at least
_NOUN = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{6,}\b")


@lru_cache(maxsize=4096)
def compound_parts(word: str) -> tuple[str, ...]:
    """The glossary's nouns ``word`` (folded) ends with, its inflection aside: a compound's head."""
    if len(word) < 4 + _REST:
        return ()
    return tuple(
        part
        for part in _PARTS
        if len(word) - len(part) >= _REST and any(word.endswith(part + ending) for ending in _INFLECTIONS)
    )


def compound_heads(text: str) -> list[str]:
    """The heads of the compound nouns ``text`` writes with a capital ("Nussallergien": "allergie")."""
    return [part for noun in _NOUN.findall(text) for part in compound_parts(fold_text(noun))]
