"""Grapes and appellations: what a wine's grapes, or failing those its name, say about its structure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Final

from recommendations.pairing.text import PhraseTable, word_list, words_of


@dataclass(frozen=True)
class GrapeTraits:
    """Typical structure of a varietal wine (Wine Folly / WSET textbook values)."""

    name: str
    colour: str  # the berry's colour ("red" or "white"), not that of every wine made from it
    body: int  # 1..5
    acidity: int  # 1..5
    tannin: int  # 0..5
    oak: int = 0  # 0..3, how it is usually raised
    sweetness: int = 0
    aliases: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()


def _red(name: str, body: int, acidity: int, tannin: int, oak: int, aliases: str = "", styles: str = "") -> GrapeTraits:
    return GrapeTraits(name, "red", body, acidity, tannin, oak, aliases=word_list(aliases), styles=word_list(styles))


def _white(name: str, body: int, acidity: int, oak: int, aliases: str = "", styles: str = "") -> GrapeTraits:
    return GrapeTraits(name, "white", body, acidity, 0, oak, aliases=word_list(aliases), styles=word_list(styles))


GRAPES: Final[tuple[GrapeTraits, ...]] = (
    # Reds:  name, body, acidity, tannin, oak, aliases, typical style words
    _red("Cabernet Sauvignon", 5, 3, 5, 2, "cabernet, cab, cab sauv", "structured, herbal"),
    _red("Merlot", 4, 3, 3, 2, "", "fruity, plush"),
    _red(
        "Pinot Noir", 2, 4, 2, 1, "pinot nero, spatburgunder, blauburgunder, modri pinot, pinot crni", "earthy, silky"
    ),
    _red("Syrah", 5, 3, 4, 1, "shiraz", "peppery, savoury"),
    _red("Grenache", 3, 2, 2, 1, "garnacha, cannonau, garnatxa", "fruity, spicy"),
    _red("Mourvèdre", 5, 2, 4, 1, "monastrell, mataro", "savoury, earthy"),
    _red("Nebbiolo", 4, 5, 5, 1, "spanna", "earthy, floral"),
    _red("Sangiovese", 3, 5, 4, 1, "brunello, morellino, prugnolo gentile, nielluccio", "savoury, herbal"),
    _red(
        "Tempranillo",
        4,
        3,
        4,
        2,
        "tinto fino, tinta roriz, aragonez, aragones, tinta de toro, tinta del pais, tinto del pais, cencibel, "
        "ull de llebre",
        "savoury",
    ),
    _red("Gamay", 2, 4, 1, 0, "gamay noir", "fruity, juicy"),
    _red("Malbec", 4, 3, 4, 1, "côt", "fruity"),
    _red("Zinfandel", 4, 3, 3, 2, "primitivo, zin, tribidrag, crljenak kastelanski, kratosija", "jammy, spicy"),
    _red("Barbera", 3, 5, 2, 1, "", "juicy"),
    _red("Aglianico", 5, 4, 5, 1, "", "earthy, smoky"),
    _red("Nero d'Avola", 4, 3, 3, 1, "calabrese", "fruity"),
    _red("Cabernet Franc", 3, 4, 3, 1, "cab franc, bouchet", "herbal"),
    _red("Petite Sirah", 5, 3, 5, 2, "durif", "jammy"),
    _red("Petit Verdot", 5, 3, 5, 2),
    _red("Carignan", 3, 4, 3, 1, "carignane, carignano, mazuelo, cariñena, samsó", "savoury"),
    _red("Cinsault", 2, 3, 2, 0, "cinsaut", "fruity"),
    _red("Dolcetto", 3, 2, 3, 0, "", "fruity"),
    _red("Montepulciano", 4, 3, 4, 1, "", "fruity"),
    _red("Corvina", 3, 4, 2, 1, "corvinone", "fruity"),
    _red("Rondinella", 2, 3, 2, 0),
    _red("Negroamaro", 4, 3, 3, 1, "", "earthy"),
    _red("Frappato", 2, 3, 1, 0, "", "fruity, floral"),
    _red("Nerello Mascalese", 3, 4, 3, 1, "nerello cappuccio, nerello", "earthy, smoky"),
    _red("Poulsard", 1, 3, 1, 0, "ploussard", "fruity"),
    _red("Lambrusco", 2, 4, 2, 0, "", "fruity, juicy"),
    _red("Touriga Nacional", 5, 3, 4, 1, "touriga franca", "floral"),
    _red("Pinot Meunier", 2, 4, 1, 0, "meunier, schwarzriesling, müllerrebe", "fruity"),
    _red("Tannat", 5, 4, 5, 2, "", "structured"),
    _red("Blaufränkisch", 3, 4, 3, 1, "lemberger, kékfrankos, frankovka, modra frankinja, frankinja", "peppery"),
    _red("Carmenère", 4, 3, 3, 1, "", "herbal"),
    _red("Pinotage", 4, 3, 3, 1, "", "smoky"),
    _red("Graciano", 4, 4, 4, 1),
    _red("Counoise", 2, 3, 2, 0, "", "peppery"),
    _red("Sagrantino", 5, 4, 5, 2, "", "structured"),
    _red("Mencía", 3, 4, 3, 1, "jaen", "floral"),
    _red("Xinomavro", 3, 5, 4, 1, "", "earthy"),
    _red("Saperavi", 5, 4, 4, 1, "", "fruity"),
    _red("Canaiolo", 2, 3, 2, 0),
    _red("Colorino", 3, 3, 3, 0),
    _red("Malvasia Nera", 3, 3, 2, 0),
    _red("Oseleta", 4, 3, 4, 1),
    _red("Zweigelt", 3, 3, 2, 0, "blauer zweigelt, rotburger", "fruity, juicy"),
    _red("St. Laurent", 3, 3, 2, 1, "sankt laurent, saint laurent", "silky"),
    _red("Lagrein", 4, 3, 3, 1, "", "fruity"),
    _red("Schiava", 1, 3, 1, 0, "vernatsch, trollinger", "fruity, floral"),
    _red("Teroldego", 3, 4, 3, 1, "", "fruity"),
    _red("Trousseau", 2, 4, 2, 0, "bastardo, merenzao", "earthy"),
    _red("Mondeuse", 3, 4, 3, 0, "", "peppery"),
    _red("Agiorgitiko", 3, 3, 3, 1, "st george", "fruity"),
    _red("Baga", 3, 5, 5, 1, "", "earthy"),
    _red("Trincadeira", 3, 3, 3, 1, "tinta amarela", "spicy"),
    _red("Castelão", 3, 3, 3, 1, "periquita", "fruity"),
    _red("Bobal", 3, 3, 3, 1, "", "fruity"),
    _red("Bonarda", 3, 3, 2, 0, "", "fruity, juicy"),
    _red("País", 2, 3, 2, 0, "criolla chica, listan prieto", "earthy"),
    _red("Refosco", 3, 4, 3, 1, "refosco dal peduncolo rosso, teran, terrano, refošk", "herbal"),
    _red("Schioppettino", 3, 4, 2, 0, "", "peppery"),
    _red("Plavac Mali", 4, 3, 4, 1, "plavac", "savoury"),
    _red("Fer Servadou", 3, 3, 3, 0, "mansois, braucol", "peppery"),
    _red("Nerello Cappuccio", 3, 3, 2, 0),
    _red("Tinta Barroca", 4, 2, 3, 0),
    _red("Alicante Bouschet", 4, 3, 4, 1, "garnacha tintorera"),
    _red("Susumaniello", 4, 3, 3, 0),
    _red("Ruché", 3, 3, 2, 0, "", "floral, spicy"),
    _red("Freisa", 3, 4, 4, 0, "", "floral"),
    _red("Grignolino", 2, 4, 3, 0, "", "floral"),
    _red("Pelaverga", 2, 3, 1, 0, "", "peppery"),
    _red("Limnio", 3, 3, 3, 0),
    _red("Mavrodaphne", 4, 3, 3, 1),
    _red("Dornfelder", 3, 3, 2, 1, "", "fruity"),
    _red("Kadarka", 2, 3, 2, 0, "gamza", "fruity, spicy"),
    _red("Öküzgözü", 3, 4, 2, 0, "okuzgozu", "fruity"),
    _red("Boğazkere", 5, 3, 5, 1, "bogazkere", "savoury"),
    _red("Brachetto", 1, 3, 1, 0, "", "aromatic, floral"),
    _red("Piedirosso", 3, 3, 2, 0, "per'e palummo", "fruity"),
    _red("Négrette", 3, 3, 2, 0, "negrette", "floral"),
    _red("Duras", 3, 3, 3, 0, "", "peppery"),
    _red("Grolleau", 2, 3, 1, 0, "groslot", "fruity"),
    _red("Sciaccarellu", 2, 3, 2, 0, "sciaccarello", "peppery, floral"),
    _red("Trepat", 2, 4, 1, 0, "", "fruity"),
    _red("Aleksandrouli", 3, 3, 2, 0, "", "fruity"),
    _red("Hondarrabi Beltza", 2, 4, 2, 0, "hondarribi beltza"),
    _red("Tinta Negra", 3, 4, 2, 0, "tinta negra mole"),
    # Whites:  name, body, acidity, oak, aliases, typical style words
    _white("Chardonnay", 4, 3, 2, "chard, chardy, chardie, chardies, chardys, morillon"),
    _white(
        "Sauvignon Blanc",
        2,
        5,
        0,
        "sauvignon, sauv blanc, sav blanc, savvy b, sauvy b, sav b, fumé blanc",
        "herbal, zesty",
    ),
    _white("Riesling", 2, 5, 0, "", "aromatic, zesty, mineral"),
    _white("Chenin Blanc", 3, 5, 1, "chenin, steen, pineau de la loire", "honeyed"),
    _white("Albariño", 2, 4, 0, "alvarinho", "zesty, mineral"),
    _white("Grüner Veltliner", 2, 4, 0, "grüner, grünen veltliner, grünem veltliner", "peppery, herbal"),
    _white(
        "Pinot Grigio", 2, 3, 0, "pinot gris, pinot grigo, grauburgunder, ruländer, sivi pinot, szürkebarát", "fresh"
    ),
    _white("Viognier", 4, 2, 1, "", "aromatic, floral"),
    _white("Melon de Bourgogne", 1, 4, 0, "muscadet", "mineral"),
    _white("Vermentino", 2, 4, 0, "rolle, pigato, favorita", "herbal, zesty"),
    _white("Gewürztraminer", 4, 2, 0, "gewurz, traminer, traminac", "aromatic, spicy, floral"),
    _white("Sémillon", 3, 3, 1, "", "honeyed"),
    _white(
        "Muscat",
        2,
        3,
        0,
        "moscato, moscatel, muscat blanc, zibibbo, muskateller, hanepoot, muškat, sárgamuskotály, sárga muskotály, muskotály, tamjanika",
        "aromatic, floral",
    ),
    _white("Glera", 1, 4, 0, "prosecco", "fruity, floral"),
    _white("Marsanne", 4, 2, 1, "", "nutty"),
    _white("Roussanne", 4, 3, 1, "", "nutty, herbal"),
    _white("Aligoté", 2, 5, 0, "", "zesty"),
    _white("Picpoul", 1, 5, 0, "piquepoul", "zesty, mineral"),
    _white("Assyrtiko", 3, 5, 0, "", "mineral"),
    _white("Garganega", 2, 3, 0, "grecanico", "nutty"),
    _white("Trebbiano", 2, 4, 0, "ugni blanc, procanico", "fresh"),
    _white("Fiano", 3, 3, 0, "", "nutty"),
    _white("Arneis", 3, 2, 0, "", "floral"),
    _white("Cortese", 2, 4, 0, "", "zesty"),
    _white("Verdicchio", 3, 4, 0, "", "mineral"),
    _white("Pecorino", 3, 4, 0, "", "herbal"),
    _white("Friulano", 3, 3, 0, "tocai friulano, sauvignonasse", "nutty"),
    _white("Carricante", 2, 5, 0, "", "mineral"),
    _white("Catarratto", 2, 3, 0, "", "herbal"),
    _white("Grechetto", 3, 3, 0, "pignoletto"),
    _white("Pinot Blanc", 2, 3, 0, "pinot bianco, weissburgunder, beli pinot"),
    _white("Ribolla Gialla", 3, 4, 0, "ribolla, rebula", "nutty"),
    _white("Rkatsiteli", 3, 4, 0, "", "nutty"),
    _white("Furmint", 3, 5, 0, "šipon, moslavac", "mineral"),
    _white("Hárslevelű", 3, 3, 0, "", "honeyed"),
    _white("Vidal", 3, 4, 0, "vidal blanc"),
    _white("Torrontés", 2, 3, 0, "", "aromatic, floral"),
    _white("Verdejo", 2, 4, 0, "", "herbal"),
    _white("Godello", 3, 4, 1, "gouveio", "mineral"),
    _white("Verdelho", 3, 4, 0, "", "fruity"),
    _white("Xarel·lo", 3, 3, 0, "xarel-lo"),
    _white("Macabeo", 2, 3, 0, "macabeu, viura"),
    _white("Parellada", 1, 4, 0),
    _white("Malvasia", 3, 3, 0, "malvasia bianca, malmsey, malvazija", "aromatic"),
    _white("Vespaiola", 2, 4, 0),
    _white("Savagnin", 3, 5, 1, "heida, païen", "nutty"),
    _white("Clairette", 2, 2, 0),
    _white("Silvaner", 2, 3, 0, "sylvaner"),
    _white("Müller-Thurgau", 2, 3, 0, "rivaner, rizvanac"),
    _white("Greco", 3, 4, 0, "", "mineral"),
    _white("Falanghina", 2, 4, 0, "", "fresh"),
    _white("Verdiso", 1, 4, 0),
    _white("Palomino", 2, 2, 0, "palomino fino, listan blanco", "nutty, saline"),
    _white("Pedro Ximénez", 4, 2, 1, "pedro ximenez, px", "nutty"),
    _white("Hondarrabi Zuri", 1, 5, 0, "hondarribi zuri", "zesty"),
    _white("Loureiro", 1, 4, 0, "", "floral, zesty"),
    _white("Arinto", 2, 5, 0, "pedernã", "zesty, mineral"),
    _white("Encruzado", 3, 4, 1, "", "mineral"),
    _white("Treixadura", 2, 4, 0),
    _white("Chasselas", 1, 2, 0, "fendant, gutedel", "mineral"),
    _white("Petit Manseng", 3, 5, 1, "", "honeyed"),
    _white("Gros Manseng", 3, 4, 0),
    _white("Jacquère", 1, 4, 0, "jacquere", "mineral"),
    _white("Altesse", 2, 4, 0, "roussette", "floral"),
    _white("Moschofilero", 1, 4, 0, "", "aromatic, floral"),
    _white("Malagousia", 3, 3, 0, "malagouzia", "aromatic"),
    _white("Savatiano", 2, 3, 0),
    _white("Scheurebe", 2, 4, 0, "", "aromatic"),
    _white("Kerner", 2, 4, 0, "", "aromatic"),
    _white("Welschriesling", 2, 4, 0, "riesling italico, olaszrizling, graševina, laški rizling"),
    _white("Zierfandler", 3, 4, 0),
    _white("Rotgipfler", 3, 3, 0),
    _white("Muscadelle", 2, 3, 0),
    _white("Colombard", 2, 4, 0, "", "fresh"),
    _white("Mauzac", 2, 3, 0),
    _white("Nosiola", 2, 4, 0),
    _white("Timorasso", 3, 4, 0, "", "mineral"),
    _white("Erbaluce", 2, 5, 0),
    _white("Passerina", 2, 4, 0),
    _white("Coda di Volpe", 3, 3, 0),
    _white("Inzolia", 2, 3, 0, "ansonica"),
    _white("Grillo", 2, 4, 0, "", "zesty"),
    _white("Sauvignon Gris", 3, 3, 0),
    _white("Vitovska", 2, 4, 0),
    _white("Grenache Blanc", 4, 2, 1, "garnacha blanca, grenache gris"),
    _white("Vernaccia", 2, 4, 0),
    _white("Rabigato", 2, 5, 0),
    _white("Antão Vaz", 4, 3, 1, "antao vaz"),
    _white("Avesso", 2, 4, 0),
    _white("Bacchus", 2, 4, 0, "", "aromatic, herbal"),
    _white("Sercial", 2, 5, 1, "esgana cão"),
    _white("Boal", 3, 4, 1, "bual"),
    _white("Airén", 2, 3, 0, "airen"),
    _white("Kisi", 3, 3, 0, "", "aromatic"),
    _white("Mtsvane", 2, 4, 0, "mtsvane kakhuri", "aromatic"),
    _white("Obaideh", 3, 3, 0, "", "nutty"),
    _white("Merwah", 3, 3, 0, "", "nutty"),
    _white("Xynisteri", 2, 3, 0),
    _white("Viosinho", 3, 3, 0),
    # Grapes of the Adriatic, the Balkans, Hungary, Greece, Georgia, Turkey, Iberia's islands and
    # Italy's and France's byways (Oxford Companion to Wine; Robinson, Harding and Vouillamoz,
    # Wine Grapes): what an unfamiliar list prints without a word of description.
    _red("Babić", 4, 3, 4, 1, "", "savoury"),
    _red("Plavina", 2, 3, 2, 0),
    _red("Lasina", 2, 3, 2, 0),
    _red("Vranac", 5, 3, 4, 1, "vranec", "fruity"),
    _red("Prokupac", 3, 3, 3, 1, "", "spicy"),
    _red("Blatina", 3, 3, 3, 1),
    _red("Žametovka", 2, 4, 1, 0),
    _red("Portugieser", 2, 3, 1, 0, "blauer portugieser, kékoportó, portugizac, modra portugalka", "fruity"),
    _red("Blauburger", 3, 3, 3, 1),
    _red("Rösler", 4, 3, 3, 1),
    _red("Mandilaria", 3, 4, 4, 0),
    _red("Kotsifali", 3, 2, 2, 0),
    _red("Liatiko", 2, 3, 2, 0),
    _red("Mavrotragano", 4, 4, 4, 1),
    _red("Vlahiko", 3, 4, 3, 0),
    _red("Limniona", 3, 4, 2, 0, "", "herbal"),
    _red("Mavro", 3, 3, 3, 0, "mavro cyprus"),
    _red("Aladasturi", 2, 4, 2, 0),
    _red("Otskhanuri Sapere", 4, 5, 4, 0),
    _red("Tavkveri", 3, 3, 2, 0),
    _red("Ojaleshi", 3, 4, 3, 0, "", "spicy"),
    _red("Mujuretuli", 3, 3, 2, 0),
    _red("Kalecik Karası", 2, 3, 2, 0, "", "fruity"),
    _red("Sousão", 4, 5, 4, 1, "sousón, vinhão"),
    _red("Alfrocheiro", 3, 3, 3, 1),
    _red("Tinta Cão", 3, 4, 3, 1),
    _red("Prieto Picudo", 4, 3, 3, 1),
    _red("Caiño", 2, 5, 2, 0, "caiño tinto"),
    _red("Brancellao", 2, 4, 1, 0),
    _red("Juan García", 3, 3, 2, 1),
    _red("Moristel", 2, 3, 2, 0),
    _red("Vijariego Negro", 3, 4, 3, 0),
    _red("Listán Negro", 2, 3, 2, 0, "almuñeco", "peppery, earthy"),
    _red("Perricone", 4, 3, 4, 1),
    _red("Cesanese", 3, 3, 3, 1),
    _red("Lacrima di Morro", 3, 3, 2, 0, "lacrima di morro d'alba", "floral"),
    _red("Ciliegiolo", 2, 3, 2, 0, "", "fruity"),
    _red("Gaglioppo", 3, 3, 4, 1),
    _red("Magliocco", 4, 3, 4, 1),
    _red("Nero di Troia", 4, 3, 4, 1, "uva di troia"),
    _red("Casavecchia", 4, 3, 4, 1),
    _red("Tazzelenghe", 3, 5, 4, 1),
    _red("Pignolo", 5, 4, 5, 2),
    _red("Vespolina", 2, 3, 2, 0, "", "peppery"),
    _red("Croatina", 3, 3, 3, 1),
    _red("Uva Rara", 2, 3, 1, 0),
    _red("Abouriou", 3, 3, 3, 0),
    _red("Prunelard", 4, 3, 3, 1),
    _red("Tibouren", 2, 3, 1, 0),
    _red("Persan", 3, 4, 4, 0),
    _red("Pineau d'Aunis", 2, 4, 1, 0, "", "peppery"),
    _red("Humagne Rouge", 3, 3, 3, 1),
    _red("Cornalin", 3, 4, 3, 1),
    _red("Gamaret", 4, 3, 3, 1),
    _red("Garanoir", 3, 3, 2, 1),
    _white("Pošip", 4, 3, 0),
    _white("Zelen", 2, 3, 0, "", "aromatic, herbal"),
    _white("Pinela", 2, 3, 0),
    _white("Žlahtina", 2, 3, 0),
    _white("Grk", 4, 3, 0),
    _white("Maraština", 3, 3, 0, "rukatac"),
    _white("Kujundžuša", 2, 3, 0),
    _white("Bogdanuša", 2, 3, 0),
    _white("Vugava", 4, 2, 0, "", "aromatic"),
    _white("Škrlet", 2, 4, 0),
    _white("Kraljevina", 2, 3, 0),
    _white("Rumeni Plavec", 2, 4, 0),
    _white("Ranina", 3, 3, 0),
    _white("Juhfark", 3, 5, 0, "", "mineral"),
    _white("Kéknyelű", 3, 5, 0),
    _white("Irsai Olivér", 2, 2, 0, "", "aromatic, floral"),
    _white("Cserszegi Fűszeres", 2, 3, 0, "", "aromatic, spicy"),
    _white("Robola", 2, 5, 0, "", "mineral"),
    _white("Vidiano", 3, 4, 0),
    _white("Athiri", 2, 3, 0),
    _white("Roditis", 2, 4, 0),
    _white("Debina", 2, 4, 0),
    _white("Tsolikouri", 3, 4, 0),
    _white("Chinuri", 2, 4, 0),
    _white("Khikhvi", 3, 3, 0, "", "aromatic"),
    _white("Tsitska", 2, 5, 0),
    _white("Krakhuna", 3, 4, 0),
    _white("Narince", 3, 3, 1),
    _white("Fernão Pires", 3, 3, 0, "maria gomes", "aromatic"),
    _white("Bical", 2, 4, 0),
    _white("Cerceal", 2, 5, 0, "cerceal branco"),
    _white("Marmajuelo", 3, 4, 0),
    _white("Albillo", 3, 3, 0, "albillo real"),
    _white("Doña Blanca", 2, 3, 0),
    _white("Vijariego Blanco", 2, 5, 0),
    _white("Bombino Bianco", 2, 3, 0),
    _white("Pallagrello Bianco", 3, 3, 0),
    _white("Ortrugo", 2, 3, 0),
    _white("Bellone", 2, 4, 0),
    _white("Biancolella", 2, 3, 0),
    _white("Albana", 3, 3, 0),
    _white("Nuragus", 2, 3, 0),
    _white("Nasco", 3, 3, 0),
    _white("Torbato", 2, 4, 0),
    _white("Minutolo", 2, 3, 0, "", "aromatic"),
    _white("Verdeca", 2, 3, 0),
    _white("Verduzzo", 3, 3, 0, "verduzzo friulano"),
    _white("Picolit", 4, 3, 0),
    _white("Courbu", 3, 4, 0),
    _white("Len de l'El", 2, 3, 0, "loin de l'oeil"),
    _white("Ondenc", 2, 3, 0),
    _white("Bourboulenc", 2, 3, 0),
    _white("Folle Blanche", 1, 5, 0, "gros plant"),
    _white("Gringet", 2, 4, 0),
    _white("Romorantin", 2, 5, 0),
    _white("Neuburger", 3, 3, 0, "", "nutty"),
    _white("Roter Veltliner", 3, 3, 0),
    _white("Elbling", 1, 5, 0),
    _white("Petite Arvine", 3, 4, 0, "arvine", "mineral"),
    _white("Amigne", 3, 3, 0),
)

# Every spelling, folded: "Mourvèdre", "mourvedre" and "Monastrell" find the same entry.
GRAPE_ALIASES: Final[Mapping[str, GrapeTraits]] = {
    " ".join(words_of(alias)): grape for grape in GRAPES for alias in (grape.name, *grape.aliases)
}
LONGEST_GRAPE_ALIAS: Final = max(len(alias.split()) for alias in GRAPE_ALIASES)


def grape_traits(name: str) -> GrapeTraits | None:
    """The table entry for a grape as a wine list or a diner writes it.

    Exact alias first, then the longest alias inside the name, so "Muscat Blanc
    à Petits Grains" is Muscat, "Trebbiano Abruzzese" is Trebbiano and
    "Cabernet Franc" never falls back to the "cabernet" alias.
    """
    tokens = words_of(name)
    exact = GRAPE_ALIASES.get(" ".join(tokens))
    if exact is not None:
        return exact
    for length in range(min(LONGEST_GRAPE_ALIAS, len(tokens)), 0, -1):
        for start in range(len(tokens) - length + 1):
            grape = GRAPE_ALIASES.get(" ".join(tokens[start : start + length]))
            if grape is not None:
                return grape
    return None


def canonical_grape(name: str) -> str:
    """The table's spelling of a grape, or the name as given when the table does not know it."""
    grape = grape_traits(name)
    return grape.name if grape is not None else name.strip()


# ---------------------------------------------------------------------------
# Appellations: a list that prints "Chablis" or "Rioja Gran Reserva" and no grapes
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Appellation:
    """The grapes a place's rules or custom make its wines from, by colour, and its usual style words.

    ``shape`` is what the place's wines are like, in a description's words ("lusciously sweet,
    full-bodied" for Sauternes, "medium-bodied, crisp, unoaked" for Chablis), read before the
    bottle's own description and name, which have the last word.
    """

    names: tuple[str, ...]
    grapes: Mapping[str, tuple[str, ...]]  # colour -> grapes, main grape first
    styles: tuple[str, ...] = ()
    shape: Mapping[str, str] = field(default_factory=dict)  # colour ("*" for every colour) -> words
    # The grapes are what the place mostly grows, not what its rules require: a Napa red is
    # likely a Cabernet, but The Prisoner is a Zinfandel blend, so an answer never says so.
    by_custom: bool = False

    def grapes_for(self, colour: str) -> tuple[str, ...]:
        if colour in self.grapes:
            return self.grapes[colour]
        # A sparkling or sweet wine of a place whose entry only knows still wines: the white grapes.
        return self.grapes.get("white", ()) if colour in ("sparkling", "dessert", "orange") else ()

    def shape_for(self, colour: str) -> str:
        return self.shape.get(colour, self.shape.get("*", ""))


def _app(
    names: str,
    *,
    red: str = "",
    white: str = "",
    rose: str = "",
    sparkling: str = "",
    dessert: str = "",
    styles: str = "",
    shape: str | Mapping[str, str] = "",
) -> Appellation:
    by_colour = {
        colour: tuple(grape.strip() for grape in grapes.split(";") if grape.strip())
        for colour, grapes in (
            ("red", red),
            ("white", white),
            ("rose", rose),
            ("sparkling", sparkling),
            ("dessert", dessert),
        )
        if grapes
    }
    shapes = {"*": shape} if isinstance(shape, str) else dict(shape)
    return Appellation(
        word_list(names), by_colour, word_list(styles), {colour: words for colour, words in shapes.items() if words}
    )


# Sources: the appellation rules as summarised by Wine Folly, the Oxford Companion to Wine
# and GuildSomm; only the dominant grapes, which is what decides how a wine tastes.
def _by_custom(*appellations: Appellation) -> tuple[Appellation, ...]:
    return tuple(replace(appellation, by_custom=True) for appellation in appellations)


APPELLATIONS: Final[tuple[Appellation, ...]] = (
    # France
    # Chablis is Chardonnay from a cool place, raised in steel: leaner than a Côte de Beaune.
    _app("chablis", white="Chardonnay", styles="mineral, unoaked", shape="medium-bodied, crisp, unoaked"),
    _app("petit chablis", white="Chardonnay", styles="mineral, unoaked", shape="light-bodied, crisp, unoaked"),
    _app(
        "meursault, puligny-montrachet, chassagne-montrachet, montrachet, corton-charlemagne, pouilly-fuisse, "
        "bourgogne blanc, cote de beaune blanc",
        white="Chardonnay",
    ),
    _app(
        "macon, saint-veran, montagny, vire-clesse, pouilly-vinzelles, pouilly-loche",
        white="Chardonnay",
        shape="medium-bodied",
    ),
    _app(
        "bourgogne, burgundy, burgund, borgogna, borgona, gevrey-chambertin, chambolle-musigny, vosne-romanee, nuits-saint-georges, "
        "morey-saint-denis, volnay, beaune, savigny-les-beaune, santenay, mercurey, givry, "
        "marsannay, cote de nuits, cote de beaune, hautes-cotes de nuits, hautes-cotes de beaune, "
        "cote d'or, cote chalonnaise, rully, saint-aubin, auxey-duresses, monthelie, saint-romain, "
        "pernand-vergelesses, ladoix, maranges, echezeaux, "
        "romanee-conti, romanee-saint-vivant, la tache, musigny, clos de la roche, "
        "clos saint-denis, irancy",
        red="Pinot Noir",
        white="Chardonnay",
        rose="Pinot Noir",
    ),
    # Burgundy's sturdiest reds: Pommard, Corton and the big Côte de Nuits grands crus.
    _app(
        "pommard, aloxe-corton, corton, clos de vougeot, chambertin, chambertin-clos de beze, richebourg, "
        "bonnes-mares, clos de tart",
        red="Pinot Noir",
        white="Chardonnay",
        shape={"red": "medium-bodied"},
    ),
    # Morgon and Moulin-à-Vent are the crus that age: more body and tannin than a Fleurie.
    _app("morgon, moulin-a-vent", red="Gamay", styles="fruity", shape={"red": "medium-bodied, ripe tannins"}),
    _app(
        "beaujolais, fleurie, brouilly, cote de brouilly, julienas, chenas, chiroubles, saint-amour, regnie",
        red="Gamay",
        white="Chardonnay",
        styles="fruity",
        shape={"white": "medium-bodied"},
    ),
    _app(
        "champagne, blanc de blancs",
        sparkling="Chardonnay;Pinot Noir;Pinot Meunier",
        rose="Pinot Noir;Chardonnay;Pinot Meunier",
        styles="toasty",
    ),
    # Champagne's still wines.
    _app("coteaux champenois, rose des riceys", red="Pinot Noir", white="Chardonnay", rose="Pinot Noir"),
    _app("cremant de bourgogne", sparkling="Chardonnay;Pinot Noir", rose="Pinot Noir;Gamay"),
    _app("cremant du jura", sparkling="Chardonnay;Pinot Noir"),
    _app("cremant d'alsace", sparkling="Pinot Blanc;Riesling;Pinot Gris"),
    _app("cremant de loire, saumur brut", sparkling="Chenin Blanc;Chardonnay"),
    _app("cremant de limoux, limoux", sparkling="Chardonnay;Chenin Blanc", white="Chardonnay"),
    _app("blanquette de limoux", sparkling="Mauzac"),
    _app(
        "sancerre, pouilly-fume, menetou-salon, quincy, reuilly, touraine sauvignon",
        white="Sauvignon Blanc",
        red="Pinot Noir",
        rose="Pinot Noir",
        styles="mineral",
    ),
    _app("saint-bris, cheverny, touraine", white="Sauvignon Blanc"),
    # Anjou's off-dry rosés: Cabernet Franc, whatever the "Cabernet" in the name suggests.
    _app("cabernet d'anjou, rose d'anjou, cabernet de saumur", rose="Cabernet Franc", styles="off-dry"),
    _app("rose de loire", rose="Cabernet Franc;Grolleau;Gamay"),
    _app(
        "saumur, anjou, anjou villages",
        red="Cabernet Franc",
        white="Chenin Blanc",
        sparkling="Chenin Blanc",
    ),
    _app(
        "vouvray, montlouis, savennieres, anjou blanc, saumur blanc, jasnieres",
        white="Chenin Blanc",
        sparkling="Chenin Blanc",
    ),
    _app("coteaux du layon", dessert="Chenin Blanc"),
    _app("quarts de chaume, bonnezeaux", dessert="Chenin Blanc", shape="lusciously sweet"),
    _app(
        "chinon, bourgueil, saint-nicolas-de-bourgueil, saumur-champigny",
        red="Cabernet Franc",
        rose="Cabernet Franc",
        styles="herbal",
    ),
    _app("muscadet, sevre et maine", white="Melon de Bourgogne", styles="mineral, saline"),
    _app(
        "sauternes, barsac, monbazillac, loupiac, cadillac",
        dessert="Sémillon;Sauvignon Blanc",
        white="Sémillon;Sauvignon Blanc",
        shape="lusciously sweet, full-bodied",
    ),
    _app(
        "pauillac, margaux, saint-julien, saint-estephe, medoc, haut-medoc, graves rouge",
        red="Cabernet Sauvignon;Merlot",
    ),
    _app(
        "saint-emilion, pomerol, fronsac, lalande-de-pomerol, cotes de bourg, bordeaux superieur, blaye, "
        "cotes de blaye, castillon, cotes de castillon",
        red="Merlot;Cabernet Franc",
    ),
    # Pessac-Léognan's whites are barrel-raised Sauvignon and Sémillon, fuller than Entre-Deux-Mers.
    _app(
        "pessac-leognan",
        red="Cabernet Sauvignon;Merlot",
        white="Sauvignon Blanc;Sémillon",
        shape={"white": "medium-bodied, oak-aged"},
    ),
    _app(
        "bordeaux, graves, entre-deux-mers",
        red="Merlot;Cabernet Sauvignon",
        white="Sauvignon Blanc;Sémillon",
        rose="Merlot;Cabernet Franc",
    ),
    _app(
        "chateauneuf-du-pape, gigondas, vacqueyras, rasteau, cotes du rhone, lirac, cotes du ventoux, "
        "cairanne, costieres de nimes, vinsobres, plan de dieu, seguret, sablet, visan, ventoux, luberon, "
        "grignan-les-adhemar",
        red="Grenache;Syrah;Mourvèdre",
        white="Grenache Blanc;Roussanne",
        rose="Grenache;Cinsault",
    ),
    _app("hermitage, cote-rotie, cornas", red="Syrah", white="Marsanne;Roussanne", styles="peppery"),
    # The northern Rhône's wider, lighter-soiled appellations: Syrah of medium body.
    _app(
        "crozes-hermitage, crozes, saint-joseph",
        red="Syrah",
        white="Marsanne;Roussanne",
        styles="peppery",
        shape={"red": "medium-bodied"},
    ),
    _app("beaumes de venise", red="Grenache;Syrah", dessert="Muscat"),
    _app("saint-peray", white="Marsanne;Roussanne", sparkling="Marsanne;Roussanne"),
    # Its "Tradition" is Muscat, sweet and low in alcohol; a "Brut" says otherwise on its label.
    _app("clairette de die", sparkling="Muscat;Clairette", shape="lightly sweet, low alcohol"),
    _app("condrieu, chateau-grillet", white="Viognier", styles="aromatic"),
    _app("tavel", rose="Grenache;Cinsault"),
    _app(
        "bandol",
        red="Mourvèdre;Grenache",
        rose="Mourvèdre;Grenache;Cinsault",
        styles="savoury",
        shape={"red": "firm tannins"},
    ),
    _app(
        "provence, cotes de provence, coteaux d'aix",
        rose="Grenache;Cinsault;Syrah",
        red="Grenache;Syrah",
        shape={"rose": "pale, dry, delicate"},
    ),
    _app(
        "languedoc, corbieres, minervois, faugeres, saint-chinian, pic saint-loup, roussillon, cotes du roussillon, "
        "terrasses du larzac, la clape",
        red="Syrah;Grenache;Carignan;Mourvèdre",
        white="Grenache Blanc",
        rose="Grenache;Cinsault",
    ),
    _app("fitou", red="Carignan;Grenache"),
    _app("collioure", red="Grenache;Mourvèdre;Syrah"),
    _app("picpoul de pinet", white="Picpoul", styles="zesty, saline"),
    _app("cotes de gascogne", white="Colombard;Trebbiano"),
    _app("marcillac", red="Fer Servadou"),
    _app("irouleguy", red="Tannat;Cabernet Franc"),
    _app("saint-mont", red="Tannat", white="Gros Manseng"),
    _app("cahors", red="Malbec", styles="earthy"),
    _app("madiran", red="Tannat", styles="structured"),
    _app("jurancon, pacherenc du vic-bilh, pacherenc", white="Gros Manseng;Petit Manseng", dessert="Petit Manseng"),
    _app(
        "bergerac, cotes de bergerac, pecharmant, buzet, cotes de duras",
        red="Merlot;Cabernet Sauvignon;Cabernet Franc",
        white="Sauvignon Blanc;Sémillon",
        rose="Merlot;Cabernet Franc",
    ),
    _app("gaillac", red="Fer Servadou;Duras;Syrah", white="Mauzac", sparkling="Mauzac"),
    _app("fronton", red="Négrette", rose="Négrette"),
    _app("banyuls, maury, rivesaltes", dessert="Grenache"),
    _app("muscat de beaumes-de-venise, muscat de rivesaltes", dessert="Muscat"),
    _app("vin jaune, chateau-chalon", white="Savagnin", styles="nutty, savoury"),
    _app("arbois, cotes du jura, l'etoile", red="Poulsard;Trousseau;Pinot Noir", white="Chardonnay;Savagnin"),
    _app("alsace, elsass", white="Riesling", red="Pinot Noir"),
    _app("savoie, apremont, chignin", white="Jacquère", red="Mondeuse"),
    _app("chignin-bergeron", white="Roussanne"),
    _app("bugey", red="Gamay;Pinot Noir;Mondeuse", white="Chardonnay;Altesse"),
    # Cerdon is a pink, gently sweet sparkling wine of Gamay and Poulsard.
    _app("cerdon, bugey cerdon", sparkling="Gamay;Poulsard", rose="Gamay;Poulsard", shape="lightly sweet"),
    _app("corse, patrimonio", red="Sangiovese", white="Vermentino", rose="Sangiovese"),
    _app("ajaccio", red="Sciaccarellu", white="Vermentino", rose="Sciaccarellu"),
    # Italy
    _app(
        "barolo, barbaresco, langhe nebbiolo, roero, gattinara, ghemme, valtellina, sforzato, sfursat, "
        "alto piemonte, boca, bramaterra, lessona, carema, sizzano",
        red="Nebbiolo",
        styles="earthy, floral",
    ),
    _app("barbera d'alba, barbera d'asti, nizza", red="Barbera"),
    _app("dolcetto d'alba, dogliani", red="Dolcetto"),
    _app("gavi, cortese di gavi", white="Cortese"),
    _app("roero arneis", white="Arneis"),
    _app(
        "moscato d'asti, asti spumante, asti",
        dessert="Muscat",
        sparkling="Muscat",
        shape="lightly sweet, light-bodied, low alcohol",
    ),
    _app(
        "chianti, chianti classico, rosso di montalcino, vino nobile di montepulciano, rosso di montepulciano, "
        "morellino di scansano, carmignano, montecucco, vino nobile",
        red="Sangiovese",
        styles="savoury",
    ),
    _app("brunello di montalcino, brunello", red="Sangiovese", styles="savoury", shape="full-bodied"),
    _app("bolgheri, super tuscan", red="Cabernet Sauvignon;Merlot"),
    _app("vernaccia di san gimignano", white="Vernaccia"),
    _app("vin santo", dessert="Trebbiano;Malvasia", white="Trebbiano;Malvasia", shape="sweet, full-bodied"),
    _app("amarone, amarone della valpolicella", red="Corvina;Rondinella", styles="rich"),
    _app("valpolicella, valpolicella ripasso", red="Corvina;Rondinella", rose="Corvina;Rondinella"),
    _app(
        "bardolino, bardolino chiaretto, chiaretto",
        red="Corvina;Rondinella",
        rose="Corvina;Rondinella",
        shape="light-bodied",
    ),
    # Recioto is the sweet wine of dried grapes, whether a list files it as red or as dessert.
    _app("recioto, recioto della valpolicella", dessert="Corvina", red="Corvina", shape="sweet, full-bodied"),
    _app("recioto di soave", dessert="Garganega", white="Garganega", shape="sweet"),
    _app("soave", white="Garganega"),
    _app("custoza, bianco di custoza", white="Garganega;Trebbiano"),
    _app("lugana", white="Trebbiano"),
    _app("prosecco, valdobbiadene, conegliano, asolo, cartizze", sparkling="Glera"),
    _app("franciacorta, trento doc, trentodoc", sparkling="Chardonnay;Pinot Noir"),
    _app("lambrusco", red="Lambrusco", sparkling="Lambrusco"),
    _app("alto adige, sudtirol", white="Pinot Grigio", red="Lagrein"),
    _app("teroldego rotaliano", red="Teroldego"),
    _app("oltrepo pavese", red="Barbera;Croatina", sparkling="Pinot Noir"),
    _app("colli tortonesi, derthona", white="Timorasso", red="Barbera"),
    # Schiava's lakes and hills; a Kalterersee "Auslese" is a riper Schiava, not a German Auslese.
    _app("kalterersee, kalterer see, lago di caldaro, caldaro, santa maddalena, st. magdalener", red="Schiava"),
    _app("collio, friuli", white="Friulano;Ribolla Gialla"),
    _app("verdicchio, castelli di jesi", white="Verdicchio"),
    _app("montepulciano d'abruzzo, rosso conero", red="Montepulciano"),
    _app("rosso piceno", red="Montepulciano;Sangiovese"),
    _app("montefalco rosso", red="Sangiovese;Sagrantino"),
    _app("montefalco sagrantino, sagrantino di montefalco", red="Sagrantino", styles="structured"),
    _app("orvieto", white="Trebbiano;Grechetto"),
    _app("frascati", white="Malvasia;Trebbiano", shape="light-bodied"),
    _app("trebbiano d'abruzzo", white="Trebbiano"),
    _app("cerasuolo d'abruzzo, cerasuolo", rose="Montepulciano"),
    _app("taurasi, aglianico del vulture", red="Aglianico", styles="earthy"),
    _app("fiano di avellino", white="Fiano"),
    _app("greco di tufo", white="Greco"),
    _app("lacryma christi", white="Coda di Volpe", red="Piedirosso"),
    _app(
        "etna, etna rosso",
        red="Nerello Mascalese",
        white="Carricante",
        rose="Nerello Mascalese",
        styles="mineral, smoky",
    ),
    _app("cerasuolo di vittoria", red="Nero d'Avola;Frappato"),
    _app("vermentino di gallura, vermentino di sardegna", white="Vermentino"),
    _app("cannonau di sardegna", red="Grenache"),
    _app("salice salentino, salento", red="Negroamaro;Zinfandel", rose="Negroamaro"),
    _app("primitivo di manduria, gioia del colle", red="Zinfandel"),
    _app("marsala", dessert="Grillo"),
    _app("passito di pantelleria", dessert="Muscat", shape="lusciously sweet, full-bodied"),
    _app("pantelleria", white="Muscat", dessert="Muscat"),
    _app("ciro", red="Gaglioppo", white="Greco", rose="Gaglioppo"),
    _app("carignano del sulcis", red="Carignan"),
    # Spain
    _app("rioja", red="Tempranillo;Grenache", white="Macabeo", rose="Grenache", styles="savoury"),
    _app("ribera del duero, cigales, la mancha, valdepenas", red="Tempranillo"),
    _app("toro", red="Tempranillo", shape="full-bodied"),
    # Old, low-yielding Garnacha and Cariñena on slate: fuller and firmer than either grape's table values.
    _app("priorat", red="Grenache;Carignan", styles="mineral", shape={"red": "full-bodied, firm tannins"}),
    _app("montsant", red="Grenache;Carignan", shape={"red": "full-bodied"}),
    _app("bierzo, ribeira sacra", red="Mencía", white="Godello"),
    _app("valdeorras", white="Godello"),
    _app("rias baixas", white="Albariño", styles="saline"),
    _app("ribeiro", white="Treixadura"),
    _app("rueda", white="Verdejo"),
    _app("txakoli, txakolina, getariako", white="Hondarrabi Zuri", rose="Hondarrabi Beltza", styles="zesty"),
    _app("jumilla, yecla, alicante", red="Mourvèdre"),
    _app("navarra, calatayud, campo de borja, carinena", red="Grenache", rose="Grenache"),
    _app("terra alta", white="Grenache Blanc", red="Grenache"),
    _app("utiel-requena", red="Bobal"),
    _app("manchuela", red="Bobal"),
    _app("bullas", red="Monastrell"),
    _app("montilla-moriles, montilla", white="Pedro Ximénez", dessert="Pedro Ximénez"),
    # The Canaries: volcanic Listán from Tenerife, Malvasía from Lanzarote.
    _app(
        "tenerife, tacoronte-acentejo, valle de la orotava, ycoden-daute-isora, abona",
        red="Listán Negro",
        white="Listán Blanco",
    ),
    _app("lanzarote", white="Malvasia", dessert="Malvasia"),
    _app(
        "cava, corpinnat, penedes",
        sparkling="Macabeo;Xarel·lo;Parellada",
        white="Xarel·lo",
        rose="Grenache;Trepat;Pinot Noir",
    ),
    _app(
        "fino, manzanilla, jerez, sherry, amontillado, palo cortado, oloroso", white="Palomino", styles="nutty, saline"
    ),
    _app("pedro ximenez", dessert="Pedro Ximénez", shape="lusciously sweet, full-bodied"),
    _app("malaga", dessert="Muscat"),
    # Portugal
    _app("douro", red="Touriga Nacional;Tempranillo", white="Rabigato"),
    _app("dao", red="Touriga Nacional", white="Encruzado", shape={"red": "medium-bodied"}),
    _app("bairrada", red="Baga"),
    _app("vinho verde, alvarinho", white="Loureiro;Albariño", styles="zesty"),
    _app("alentejo", red="Trincadeira;Aragonez", white="Antão Vaz;Arinto"),
    _app("bucelas", white="Arinto", styles="zesty"),
    _app("colares", white="Malvasia"),
    _app("palmela, peninsula de setubal", red="Castelão"),
    _app("lisboa, tejo", red="Castelão;Touriga Nacional", white="Arinto;Fernão Pires"),
    # Port is sweet, whether a list files it as red or as dessert.
    _app(
        "port, porto, oporto, tawny, ruby port, lbv",
        dessert="Touriga Nacional;Tempranillo",
        red="Touriga Nacional;Tempranillo",
        shape="sweet, full-bodied",
    ),
    # Madeira keeps a bright acidity whatever its sweetness.
    _app("madeira, malmsey, bual, sercial, verdelho", dessert="Malvasia", shape="bright acidity"),
    _app("moscatel de setubal", dessert="Muscat", shape="lusciously sweet"),
    # Germany, Austria, central and eastern Europe, Greece
    # Pelješac's steep southern slopes: Croatia's fullest Plavac Mali.
    _app("dingač, postup", red="Plavac Mali", shape="full-bodied"),
    _app("pelješac", red="Plavac Mali"),
    _app("istria, istra", white="Malvazija Istarska", red="Teran"),
    _app("goriška brda, brda", white="Rebula;Friulano", red="Merlot"),
    _app("vipava", white="Zelen;Pinela;Rebula", red="Merlot"),
    _app("carso, kras", white="Vitovska;Malvazija Istarska", red="Teran"),
    _app(
        "mosel, rheingau, nahe, pfalz, rheinhessen, kabinett, spatlese, auslese, grosses gewachs, saar, ruwer, "
        "mittelrhein, ahr",
        white="Riesling",
        red="Pinot Noir",
    ),
    _app("beerenauslese, trockenbeerenauslese, eiswein, icewine, ice wine", dessert="Riesling"),
    _app("franken, franconia, bocksbeutel", white="Silvaner;Müller-Thurgau", red="Pinot Noir"),
    _app("baden", red="Pinot Noir"),
    _app("wurttemberg", red="Trollinger;Lemberger", white="Riesling"),
    _app(
        "wachau, kamptal, kremstal, weinviertel, traisental, wagram, smaragd, federspiel, steinfeder",
        white="Grüner Veltliner;Riesling",
    ),
    _app("burgenland, mittelburgenland, leithaberg, eisenberg, sudburgenland", red="Blaufränkisch;Zweigelt"),
    _app("carnuntum, neusiedlersee", red="Zweigelt"),
    _app("thermenregion", white="Zierfandler;Rotgipfler"),
    _app("ruster ausbruch, ausbruch", dessert="Welschriesling;Furmint"),
    _app("steiermark, sudsteiermark, styria", white="Sauvignon Blanc"),
    _app("vulkanland", white="Sauvignon Blanc;Welschriesling"),
    _app("tokaji, tokaji aszu, tokaj", dessert="Furmint;Hárslevelű", white="Furmint;Hárslevelű"),
    _app("eger, egri bikaver, bikaver, szekszard, sopron", red="Blaufränkisch"),
    _app("villany", red="Cabernet Franc;Cabernet Sauvignon"),
    _app("somlo", white="Juhfark;Furmint", styles="mineral"),
    _app("badacsony", white="Olaszrizling;Kéknyelű"),
    _app("santorini", white="Assyrtiko", styles="mineral, saline"),
    _app("naoussa", red="Xinomavro"),
    _app("nemea", red="Agiorgitiko"),
    _app("rapsani, goumenissa", red="Xinomavro"),
    _app("patras", white="Roditis", dessert="Mavrodaphne;Muscat"),
    _app("amyndeon, amynteo", red="Xinomavro", rose="Xinomavro"),
    _app("mantinia", white="Moschofilero"),
    _app("retsina", white="Savatiano"),
    _app("samos", dessert="Muscat"),
    _app("commandaria", dessert="Xynisteri", shape="lusciously sweet, full-bodied"),
    _app("mukuzani, napareuli", red="Saperavi"),
    # Georgia's semi-sweet reds.
    _app("kindzmarauli, akhasheni", red="Saperavi", shape="medium sweet"),
    _app("khvanchkara", red="Aleksandrouli", shape="medium sweet"),
    _app("tsinandali", white="Rkatsiteli"),
    _app("kakheti", red="Saperavi", white="Rkatsiteli"),
    _app("bekaa, bekaa valley", red="Cabernet Sauvignon;Syrah;Cinsault", rose="Cinsault;Syrah", white="Obaideh"),
    _app("dole", red="Pinot Noir;Gamay"),
    # Vaud and Valais name their Chasselas by its village: a list writes "Dézaley", not the grape.
    _app(
        "dezaley, lavaux, epesses, calamin, saint-saphorin, yvorne, fechy, mont-sur-rolle, chablais",
        white="Chasselas",
        red="Pinot Noir;Gamay",
        styles="mineral",
    ),
    _app(
        "west sussex, east sussex, kent, hampshire, english sparkling",
        sparkling="Chardonnay;Pinot Noir;Pinot Meunier",
    ),
    # New World places whose grape is a byword
    *_by_custom(
        _app("marlborough", white="Sauvignon Blanc", red="Pinot Noir", rose="Pinot Noir"),
        _app("central otago, martinborough, wairarapa", red="Pinot Noir"),
        _app("barossa, mclaren vale, heathcote", red="Syrah", shape={"red": "oak-aged"}),
        _app("margaret river", red="Cabernet Sauvignon"),
        _app("yarra valley, mornington peninsula", red="Pinot Noir", white="Chardonnay"),
        _app("tasmania", red="Pinot Noir", sparkling="Chardonnay;Pinot Noir"),
        _app("coonawarra", red="Cabernet Sauvignon"),
        # Hunter Semillon is picked early: light, lean and low in alcohol, never oaked.
        _app(
            "hunter valley",
            white="Sémillon",
            red="Syrah",
            shape={"white": "light-bodied, crisp, unoaked, low alcohol"},
        ),
        _app("clare valley, eden valley", white="Riesling"),
        _app("mendoza", red="Malbec", white="Torrontés"),
        _app("valle de uco, uco valley, lujan de cuyo, agrelo, gualtallary", red="Malbec"),
        _app("salta, cafayate, calchaqui", red="Malbec", white="Torrontés"),
        _app("maipo, alto maipo, puente alto", red="Cabernet Sauvignon"),
        _app("colchagua, apalta, cachapoal, rapel", red="Cabernet Sauvignon;Carménère"),
        _app("itata", red="País;Cinsault", white="Muscat"),
        _app("maule", red="Carignan;País"),
        _app("patagonia, rio negro, neuquen", red="Pinot Noir;Malbec"),
        _app("hawke's bay, gimblett gravels", red="Merlot;Syrah;Cabernet Sauvignon", white="Chardonnay"),
        _app("leyda, san antonio, casablanca", white="Sauvignon Blanc", red="Pinot Noir"),
        _app("stellenbosch", red="Cabernet Sauvignon"),
        _app("elgin", white="Sauvignon Blanc;Chardonnay", red="Pinot Noir"),
        _app("swartland", white="Chenin Blanc", red="Syrah"),
        _app("hemel-en-aarde", red="Pinot Noir", white="Chardonnay"),
        _app("constantia", white="Sauvignon Blanc", dessert="Muscat"),
        _app("vin de constance", dessert="Muscat", shape="lusciously sweet"),
        _app("cap classique, methode cap classique", sparkling="Chardonnay;Pinot Noir"),
        # Napa Cabernet is raised in French oak, much of it new.
        _app("napa valley", red="Cabernet Sauvignon", white="Chardonnay", shape={"red": "oak-aged"}),
        _app(
            "oakville, rutherford, stag's leap, stags leap district, howell mountain, spring mountain, mount veeder, "
            "atlas peak, st. helena, calistoga",
            red="Cabernet Sauvignon",
            shape={"red": "oak-aged"},
        ),
        _app("dry creek valley, lodi", red="Zinfandel"),
        _app(
            "russian river valley, russian river, sonoma coast, carneros, los carneros, sta. rita hills, "
            "santa rita hills, santa lucia highlands, anderson valley",
            red="Pinot Noir",
            white="Chardonnay",
        ),
        _app(
            "willamette valley, dundee hills, eola-amity hills, ribbon ridge, chehalem mountains, yamhill-carlton",
            red="Pinot Noir",
            white="Pinot Grigio;Chardonnay",
        ),
        _app("finger lakes", white="Riesling"),
        _app("paso robles", red="Cabernet Sauvignon;Syrah;Zinfandel"),
        _app("santa cruz mountains", red="Pinot Noir;Cabernet Sauvignon", white="Chardonnay"),
        _app("walla walla, columbia valley, red mountain", red="Cabernet Sauvignon;Merlot;Syrah", white="Riesling"),
        _app("rutherglen", dessert="Muscat", shape="lusciously sweet, full-bodied"),
    ),
)
# Folded name -> appellation, longest name first when several match.
_APPELLATION_TABLE: Final = PhraseTable(
    {name: appellation for appellation in APPELLATIONS for name in appellation.names},
    tokens=words_of,
)

# ---------------------------------------------------------------------------
# Wines a list names by their brand or their style alone: "Grange", "Sassicaia", "Dom Pérignon",
# "Tío Pepe", a "Blanc de Noirs". Kept apart from the appellations, which the question reader
# takes for places (and whose words it treats as no wine's own name).
# ---------------------------------------------------------------------------

_CHAMPAGNE_ROSE: Final = "Pinot Noir;Chardonnay;Pinot Meunier"
_LUSCIOUS: Final = "lusciously sweet, full-bodied"

# Sources: the producers' own published blends (usual proportions, main grape first), Jancis
# Robinson's and Wine Folly's profiles of the wines.
NAMED_WINES: Final[tuple[Appellation, ...]] = (
    # Australia
    _app(
        "grange, penfolds grange, grange hermitage",
        red="Syrah;Cabernet Sauvignon",
        shape="full-bodied, firm tannins, new oak",
    ),
    _app("grange des peres", red="Syrah;Mourvèdre;Cabernet Sauvignon", shape="full-bodied"),
    _app("hill of grace, runrig, bin 28, bin 128, bin 150, st henri, the armagh", red="Syrah", shape="full-bodied"),
    _app("bin 707, bin 407", red="Cabernet Sauvignon", shape="full-bodied, firm tannins, oak-aged"),
    # Italy
    _app("sassicaia", red="Cabernet Sauvignon;Cabernet Franc", shape="oak-aged"),
    _app("ornellaia, guado al tasso", red="Cabernet Sauvignon;Merlot;Cabernet Franc", shape="full-bodied, oak-aged"),
    _app("masseto, redigaffi, messorio", red="Merlot", shape="full-bodied, oak-aged"),
    _app("tignanello", red="Sangiovese;Cabernet Sauvignon", shape="oak-aged"),
    _app("solaia", red="Cabernet Sauvignon;Sangiovese", shape="full-bodied, oak-aged"),
    _app("le pergole torte, flaccianello, cepparello, percarlo", red="Sangiovese", shape="oak-aged"),
    _app("occhio di pernice", dessert="Sangiovese", shape="sweet, soft tannins"),
    _app("torcolato", dessert="Vespaiola", shape="lusciously sweet"),
    # Spain and Portugal
    _app("vega sicilia, valbuena", red="Tempranillo;Cabernet Sauvignon", shape="full-bodied, oak-aged"),
    _app("pingus, flor de pingus", red="Tempranillo", shape="full-bodied, oak-aged"),
    _app("tio pepe, la ina, inocente", white="Palomino", shape="bone-dry, light-bodied"),
    _app("la gitana, la guita, solear", white="Palomino", shape="bone-dry, light-bodied"),
    _app("bristol cream", dessert="Palomino;Pedro Ximénez", shape="sweet"),
    _app("mateus, lancers", rose="Baga;Touriga Nacional", shape="off-dry"),
    _app("white port, porto branco, branco port", dessert="Malvasia;Rabigato", white="Malvasia;Rabigato"),
    _app("rainwater", dessert="Tinta Negra", shape="medium sweet"),
    # France
    _app(
        "whispering angel, rock angel, chateau d'esclans, garrus, miraval",
        rose="Grenache;Cinsault;Vermentino",
        shape="pale, dry, delicate",
    ),
    _app("yquem, chateau d'yquem", dessert="Sémillon;Sauvignon Blanc", shape=_LUSCIOUS),
    _app(
        "chateau climens, suduiraut, rieussec, chateau coutet, chateau guiraud, doisy-daene, lafaurie-peyraguey, "
        "chateau de fargues, sigalas rabaud, rabaud-promis, la tour blanche, rayne vigneau",
        dessert="Sémillon;Sauvignon Blanc",
        shape=_LUSCIOUS,
    ),
    _app(
        "chateau lafite, lafite rothschild, chateau latour, mouton rothschild, chateau mouton, haut-brion",
        red="Cabernet Sauvignon;Merlot",
    ),
    _app("petrus, le pin, lafleur, vieux chateau certan", red="Merlot;Cabernet Franc"),
    _app("trevallon", red="Cabernet Sauvignon;Syrah"),
    _app("daumas gassac", red="Cabernet Sauvignon", white="Viognier;Chardonnay"),
    _app("vin de paille", dessert="Chardonnay;Savagnin;Poulsard", shape=_LUSCIOUS),
    _app("pineau des charentes", dessert="Trebbiano;Colombard", shape="sweet"),
    # Champagne houses and their prestige cuvées, by the grape that leads their blends.
    _app(
        "bollinger, krug, louis roederer, cristal, veuve clicquot, pol roger, charles heidsieck, "
        "piper-heidsieck, grande dame, sir winston churchill",
        sparkling="Pinot Noir;Chardonnay;Pinot Meunier",
        rose=_CHAMPAGNE_ROSE,
    ),
    _app(
        "moet, moet & chandon, moet et chandon", sparkling="Pinot Noir;Pinot Meunier;Chardonnay", rose=_CHAMPAGNE_ROSE
    ),
    _app(
        "dom perignon, ruinart, taittinger, comtes de champagne, salon, perrier-jouet, belle epoque, laurent-perrier, "
        "grand siecle, billecart-salmon, deutz, delamotte",
        sparkling="Chardonnay;Pinot Noir",
        rose=_CHAMPAGNE_ROSE,
    ),
    _app("blanc de noirs", sparkling="Pinot Noir;Pinot Meunier", white="Pinot Noir;Pinot Meunier"),
    _app("clos du mesnil, clos d'ambonnay", sparkling="Chardonnay"),
    # The Americas
    _app("opus one", red="Cabernet Sauvignon;Merlot", shape="full-bodied, oak-aged"),
    _app(
        "dominus, screaming eagle, harlan estate, insignia, monte bello, cask 23, quintessa, caymus",
        red="Cabernet Sauvignon",
        shape="full-bodied, oak-aged",
    ),
    _app("geyserville, lytton springs", red="Zinfandel", shape="full-bodied"),
    _app("almaviva, don melchor, sena, montes alpha m", red="Cabernet Sauvignon;Carmenère", shape="full-bodied"),
    _app("clos apalta, purple angel", red="Carmenère", shape="full-bodied"),
    _app("cheval des andes", red="Malbec;Cabernet Sauvignon"),
    _app("domaine chandon, chandon", sparkling="Chardonnay;Pinot Noir", rose="Pinot Noir;Chardonnay"),
    # South Africa, New Zealand, Lebanon
    _app("paul sauer, rubicon", red="Cabernet Sauvignon;Merlot;Cabernet Franc", shape="full-bodied"),
    _app("columella", red="Syrah;Mourvèdre"),
    _app("palladius", white="Chenin Blanc"),
    _app("cape blend", red="Pinotage;Cabernet Sauvignon"),
    _app("cloudy bay", white="Sauvignon Blanc", red="Pinot Noir"),
    # Musar's red is known for its finesse: medium-bodied, fine-grained, long-lived.
    _app(
        "chateau musar, musar",
        red="Cabernet Sauvignon;Cinsault;Carignan",
        white="Obaideh;Merwah",
        shape={"red": "medium-bodied, fine tannins"},
    ),
    # Blends and styles named by a word of the trade.
    _app("gsm", red="Grenache;Syrah;Mourvèdre", rose="Grenache;Syrah;Mourvèdre"),
    _app("ramato", white="Pinot Grigio", rose="Pinot Grigio"),
)
_NAMED_WINE_TABLE: Final = PhraseTable(
    {name: wine for wine in NAMED_WINES for name in wine.names},
    tokens=words_of,
)


# A grape the note compares the wine with, not one it is made of: "think Muscat", "reminiscent of
# Pinot Noir", "as rich as a Chardonnay", "more Syrah than Grenache", "aged in former Chardonnay
# barrels" (the words just before it); "Cabernet-like", "Pinot-style", "Nebbiolo-esque", "a Mission
# fig" (the word just after it).
_COMPARED_BEFORE: Final = frozenset(word_list("like, think, reminiscent, than, as, former, ex, not, no, lovers, fans"))
_COMPARED_AFTER: Final = frozenset(
    word_list("like, style, styled, esque, lovers, fans, barrel, barrels, cask, casks, fig, figs")
)


def grapes_described(description: str) -> tuple[str, ...]:
    """The grapes a wine's note says it is made of ("Cabernet-led", "old-vine Zinfandel with
    Petite Sirah"), longest spelling first; not one it is only compared with ("Pinot-like")."""
    return tuple(dict.fromkeys(grape for grape, _ in grapes_described_as(description)))


def grapes_described_as(description: str) -> tuple[tuple[str, str], ...]:
    """Each grape a note names with the words it used for it: ("Cabernet Sauvignon", "cabernet")
    for a bare "Cabernet", which a place growing Cabernet Franc reads as its own."""
    tokens = words_of(description)
    found: list[tuple[str, str]] = []
    position = 0
    while position < len(tokens):
        for length in range(min(LONGEST_GRAPE_ALIAS, len(tokens) - position), 0, -1):
            grape = GRAPE_ALIASES.get(" ".join(tokens[position : position + length]))
            if grape is not None:
                before = set(tokens[max(0, position - 2) : position])
                after = set(tokens[position + length : position + length + 1])
                if not (before & _COMPARED_BEFORE or after & _COMPARED_AFTER):
                    found.append((grape.name, " ".join(tokens[position : position + length])))
                position += length
                break
        else:
            position += 1
    return tuple(found)


def grape_named(name: str) -> GrapeTraits | None:
    """The grape a wine's name names, not counting a grape word that is part of a place's name.

    "Vino Nobile di Montepulciano" and "Rosso di Montepulciano" are Sangiovese, though
    Montepulciano is also a grape; "Cabernet d'Anjou" is a rosé of Anjou, not a Cabernet
    Sauvignon. "Montepulciano d'Abruzzo" still reads Montepulciano, from its appellation.
    """
    tokens = words_of(name)
    kept = list(tokens)
    for start, end, _ in _APPELLATION_TABLE.find(tokens):
        if end - start > 1:
            kept[start:end] = [""] * (end - start)
    return grape_traits(" ".join(token for token in kept if token)) if kept != tokens else grape_traits(name)


def appellation_of(*texts: str) -> Appellation | None:
    """The first appellation named in a wine's name, then its region ("Rioja Gran Reserva", "Chablis")."""
    for text in texts:
        found = _APPELLATION_TABLE.find(words_of(text))
        if found:
            return max(found, key=lambda match: match[1] - match[0])[2]
    return None


def sources_of(text: str) -> list[Appellation]:
    """What a text names that implies grapes: brands and styles first ("Grange", "Tío Pepe"), then
    appellations, each the longest name first ("Penfolds Grange Barossa": Grange, then Barossa)."""
    found: list[Appellation] = []
    for table in (_NAMED_WINE_TABLE, _APPELLATION_TABLE):
        matches = sorted(table.find(words_of(text)), key=lambda match: match[0] - match[1])
        found += [entry for _, _, entry in matches if entry not in found]
    return found
