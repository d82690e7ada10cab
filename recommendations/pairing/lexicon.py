"""The food lexicon: what the words of a menu or a diner's question say about a dish.

Each term names one part of a dish (its main ingredient, the cut, how it is cooked,
its sauce or seasoning, the cuisine) with its spellings in English, French, Italian
and Spanish menus, and what it brings to the glass on the scales sommeliers reason
with (WSET's food-and-wine interaction: weight, fat, acidity, salt, chilli heat,
sweetness, smoke and umami). Named dishes are written as their parts, so "moussaka"
is understood the way its description would be.

Nothing here is copied from a source: the facts are the standard ones of the pairing
literature (WSET Level 3 food and wine; Fiona Beckett, *How to Match Food and Wine*;
Dornenburg & Page, *What to Drink with What You Eat*; Wine Folly's pairing guides),
written down for this project. A sommelier can review it without reading code.

Scales: ``weight`` is a step (-2..+2) on the dish's weight; ``fat``, ``acid``,
``salt``, ``heat``, ``sweet``, ``smoke`` and ``umami`` are what the term brings
(0 none .. 3 a lot). ``facets`` are flavours the pairing rules look for:
tomato, cream, butter, cheese, earthy, herbal, pepper, citrus, vinegar, fried, raw,
grilled, smoked, roasted, braised, red_wine, white_wine, garlic, mustard, nutty,
fruit, caramel, custard, chocolate, coffee, soy, coconut, curry, warm_spice, anise,
ginger, starch, cured, egg, bitter, sweet_sour, mineral.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from recommendations.pairing.lexicon_menu import MENU_TERMS
from recommendations.pairing.lexicon_regional import MORE_ALIASES, REGIONAL_DISHES
from recommendations.pairing.lexicon_world import WORLD_DISHES
from recommendations.pairing.terms import FoodTerm, course, cuisine, cut, dish, ing, method, sauce
from recommendations.pairing.text import word_list

__all__ = ["LEXICON", "FoodTerm"]


# fmt: off
MEATS: Final = (
    ing("beef", "rindfleisch, rinderbraten, bull, taureau, govedina, junetina, marhahús, marha, niu rou, niurou, soegogi, gyu, neua, sapi, daging sapi, paleron, rinderfilet, ochsen, ochse, boeuf, bœuf, manzo, ternera, res, vaca, buey, vitellone, carne de res, wagyu, angus, charolais, "
        "red meat, bison, rindfleisch", protein="red_meat"),
    ing("steak", "costata, costata di manzo, costata alla fiorentina, rindersteak, rumpsteak, hüftsteak, huftsteak, bistecca, entrecote, entrecôte, bifteck, chuleton, chuletón, tagliata, pave de boeuf, pavé de bœuf, "
        "striploin, strip steak, new york strip, porterhouse, t-bone, tbone, rump steak, picanha, hanger steak, "
        "onglet, hampe, vacío, entraña, flank steak, skirt steak, bavette, sirloin, contrefilet, faux-filet, tomahawk", protein="red_meat",
        weight=1),
    ing("rib-eye", "ribeye, rib eye, cote de boeuf, côte de bœuf, prime rib, standing rib roast, rib roast, "
        "scotch fillet, rib steak, beef rib steak, entrecote on the bone", protein="red_meat", weight=1, fat=2),
    ing("beef fillet", "filet mignon, tenderloin, filet de boeuf, filetto, solomillo, chateaubriand, tournedos, "
        "beef tenderloin", protein="red_meat", weight=-1),
    ing("minced beef", "balletjes, ballekes, gehaktballen, polpettone, kjøttkaker, kjottkaker, ground beef, beef mince, hache, viande hachee, viande hachée, boeuf hache, bœuf haché, carne picada, macinato, meatball, meatballs, polpette, "
        "albondigas, albóndigas, kofta, koftas, kofte, köfte, meatloaf", protein="red_meat", weight=-1),
    ing("burger", "hamburger, beefburger, smash burger, patty", protein="red_meat", weight=-1,
        facets="starch"),
    ing("beef tartare", "steak tartare, tartare de boeuf, battuta", protein="red_meat",
        weight=-2, facets="raw"),
    ing("brisket", "chadol baegi, chadolbaegi, chadol, klapstuk, pecho, punta de pecho", protein="red_meat", weight=1, fat=2),
    ing("oxtail", "queue de boeuf, coda alla vaccinara, coda, rabo", protein="red_meat", fat=2,
        weight=1, facets="braised"),
    ing("short rib", "costela, costela de boi, costelinha, flanken, flanken ribs, short ribs, costine di manzo, galbi, kalbi", protein="red_meat", weight=1,
        fat=2),
    ing("beef cheek", "ochsenbacke, ochsenbacken, rinderbacke, rinderbacken, joue de boeuf, guancia di manzo, carrillada, carrilladas, carrilleras", protein="red_meat", fat=1),
    ing("lamb", "janjetina, jagnjetina, janjeći, bárány, gosht, gosh, carnero, yebeg, arni, arnaki, borrego, agneau, agnello, abbacchio, cordero, lechazo, mouton, lamm, cabrito, chevreau, capretto",
        # "Goat" alone is the cheese ("warm goat salad"); cooked or cut as meat, it is the animal.
        kinds="mutton, hogget, goat meat, kid goat, grilled goat, roast goat, roasted goat, braised goat, "
        "stewed goat, spiced goat, jerk goat, barbecued goat, goat stew, goat shoulder, leg of goat, "
        "goat leg, goat chops, goat ribs, goat kebab, goat kebabs, goat skewers, goat tacos, goat biryani, "
        "goat karahi", protein="lamb"),
    ing("lamb chop", "noisettes d'agneau, noisette d'agneau, paidakia, lammkotelett, lammkoteletts, costeletas de borrego, lamb chops, lamb cutlet, lamb cutlets, cotelettes d'agneau, côtelettes d'agneau, "
        "costolette d'agnello, scottadito, chuletillas, rack of lamb, carre d'agneau, carré d'agneau",
        protein="lamb"),
    ing("leg of lamb", "lammkeule, gigot, gigot d'agneau, cosciotto, pierna de cordero", protein="lamb"),
    ing("lamb shoulder", "epaule d'agneau, épaule d'agneau, spalla d'agnello, paletilla", protein="lamb", fat=1),
    ing("merguez", "", protein="lamb", fat=2, heat=1, facets="warm_spice"),
    ing("venison", "noisettes de chevreuil, noisette de chevreuil, rehrücken, rehruecken, hirsch, hirschkalb, reh, rehkeule, hirschrücken, chevreuil, cerf, deer, capriolo, cervo, ciervo, venado, wild deer", kinds="elk, reindeer",
        protein="game"),
    ing("wild boar", "wildschwein, sanglier, cinghiale, jabali, jabalí, boar", protein="game", fat=1),
    ing("hare", "lievre, lièvre, lepre, liebre", protein="game", weight=1),
    # Rabbit and the small game birds are white-fleshed and lean: guidance pours Pinot Noir,
    # Gamay or a fuller white, not the firm reds of venison. Pigeon's dark, rich flesh is duck's.
    ing("rabbit", "kaninchen, konijn, kouneli, lapin, coniglio, conejo", protein="poultry", detail="game"),
    ing("pheasant", "faisan, fagiano, faisán", protein="poultry", detail="game"),
    ing("partridge", "perdreau, perdrix, pernice, perdiz", protein="poultry", detail="game"),
    ing("grouse", "becasse, bécasse", kinds="woodcock", protein="game"),
    ing("pigeon", "pigeonneau, piccione, pichón, pichon", kinds="squab", protein="duck"),
    ing("quail", "codornices, caille, quaglia, quaglie, codorniz", protein="poultry", detail="game"),
    ing("guinea fowl", "pintade, faraona, pintada", protein="poultry"),
    ing("game", "gibier, selvaggina, caza, game meat", protein="game"),
    ing("duck", "ped, bebek, itik, ente, entenbrust, entenkeule, canard, anatra, pato, magret, magret de canard, duck breast, duck leg, caneton, duckling",
        protein="duck"),
    ing("goose", "oie, oca, ganso, gans, ganse, gänse, gansbraten, martinsgans, "
        "weihnachtsgans, gänsekeule, gansekeule, ganskeule", protein="duck", fat=1),
    ing("foie gras", "foie, fegato grasso", protein="duck", detail="foie", fat=3, weight=1),
    ing("pork", "svinjetina, svinjina, sertés, pork tomahawk, tomahawk pork chop, tomahawk pork, dwaeji, bondiola, moo, babi, thit, thịt heo, heo, abanico, abanico iberico, abanico ibérico, buta, schäufele, schaufele, schaeufele, filet mignon de porc, solomillo de cerdo, solomillo iberico, solomillo ibérico, filetto di maiale, schweinefilet, schweinelende, echine, échine, echine de porc, échine de porc, lombo de porco, schweinenacken, schweinefleisch, porc, cochon, maiale, cerdo, porco, puerco, schwein, pig, pork loin, pork chop, pork chops, pork steak, pork steaks, pork loin steak, pork shoulder steak, "
        "pork tenderloin, pork shoulder, pork collar, secreto, presa, pluma, lomo de cerdo, carre de porc, "
        "côte de porc",
        protein="pork"),
    ing("pork belly", "poitrine de porc, pancetta di maiale arrosto, panceta, samgyeopsal, siu yuk", protein="pork",
        fat=2),
    ing("suckling pig", "porcelet, maialino, cochinillo, lechon, lechón", protein="pork", fat=2),
    ing("spare ribs", "st louis ribs, st. louis ribs, st louis style ribs, ribs, pork ribs, baby back ribs, travers de porc, costine di maiale, costillas", protein="pork",
        fat=2),
    ing("ham", "jambon, prosciutto cotto, jamon cocido, gammon, ham hock, jarret de porc, ham steak, gammon steak", protein="pork", salt=2,
        facets="cured"),
    ing("cured ham", "pršut, pršuta, dalmatinski pršut, istarski pršut, kraški pršut, prosciutto, prosciutto crudo, jamon, jamón, jamon iberico, jamón ibérico, serrano, "
        "pata negra, speck, bayonne, jambon cru, culatello, coppa, lardo", protein="pork", weight=-1, salt=3,
        fat=1, facets="cured"),
    ing("bacon", "spek, lardons, lardon, smoked bacon, streaky bacon", protein="pork", seasoning=True, fat=2, salt=2,
        smoke=1, facets="cured"),
    ing("pancetta", "guanciale, tocino, panceta curada", protein="pork", seasoning=True, fat=2, salt=2,
        facets="cured"),
    ing("sausage", "kobasica, kobasice, klobasa, klobase, kranjska klobasa, kolbász, kulen, wors, sai krok, sai krok isan, sai krok isaan, worst, worstjes, morcilla de burgos, rostbratwurst, rostbratwürste, rostbratwurste, nürnberger, nurnberger, longganisa, sai ua, saucisse, saucisson chaud, salsiccia, salchicha, bratwurst, wurst, toulouse sausage, "
        "andouillette, boudin, black pudding, morcilla, butifarra, botifarra, cotechino, zampone, banger, bangers, "
        "sweet italian sausage, sweet sausage, mild italian sausage, salsiccia dolce",
        protein="pork", fat=2, salt=1),
    ing("chorizo", "chouriço, linguica, sobrasada, 'nduja, nduja", protein="pork", fat=2, salt=2, heat=1,
        smoke=1, facets="cured"),
    ing("charcuterie", "rillons, rillauds, leverpostej, leverpastej, salumi, saucisson sec, embutidos, cold cuts, salume, rillette, pate, pate en croute, "
        "pâté en croûte, galantine, fromage de tete, head cheese", kinds="salami, saucisson, mortadella, "
        "finocchiona, soppressata, pepperoni, rillettes, terrine, pâté", protein="pork", weight=-1, fat=2, salt=2, facets="cured"),
    ing("veal", "teletina, teleći, borjú, kalbs, kalbfleisch, veau, vitello, ternera lechal, vitella, kalb, calf", protein="veal"),
    ing("veal chop", "veal tomahawk, tomahawk veal chop, cote de veau, côte de veau, costoletta, chuleta de ternera", protein="veal"),
    ing("veal shank", "osso buco, ossobuco, jarret de veau, stinco di vitello, jarrete de ternera", protein="veal",
        weight=1, fat=1, facets="braised"),
    ing("sweetbreads", "ris de veau, animelle, mollejas", protein="veal", fat=2),
    ing("brains", "brain, cervelle, cervelles, cervella, cervello, sesos, hirn", protein="veal", fat=2),
    ing("calf's liver", "kalbsleber, leber, foie de veau, fegato, fegato di vitello, higado, hígado, liver", protein="veal",
        weight=1, facets="bitter"),
    ing("kidney", "rognons, rognone, riñones, kidneys", protein="veal", weight=1),
    ing("chicken", "chkn, chx, chix, piletina, piščanec, csirke, coq, dak, derho, murgh, murg, jaaj, djaj, dajaj, gai, ayam, ave, aves, tebasaki, galletto, kozhi, pollastrino, kotopoulo, hähnchen, haehnchen, hähnchenbrust, hahnchenbrust, hendl, poulet, pollo, frango, poularde, poussin, coquelet, capon, chapon, hen, volaille, gallina, "
        "huhn, chicken breast, chicken thigh, chicken thighs, chicken wings, wings, drumsticks, white meat, "
        "spring chicken, corn-fed chicken, bresse chicken", protein="poultry"),
    ing("turkey", "puretina, purica, pulyka, dinde, tacchino, pavo, truthahn", protein="poultry"),
    ing("chicken liver", "reba, foies de volaille, fegatini, higaditos", protein="poultry", weight=1, fat=1),
)

FISH: Final = (
    ing("fish", "riba, riblji, saengseon, saengsun, pla, ikan, whitefish, maach, mach, machh, meen, isda, backfisch, peixe, psari, psaria, poisson, pesce, pescado, fisch, catch of the day, white fish, fish fillet", protein="fish"),
    ing("salmon", "lax, laks, lachsfilet, salmão, saumon, salmone, salmón, lachs, wild salmon, king salmon, sockeye, salmon steak", protein="fish",
        detail="oily", fat=1),
    ing("tuna", "thon, tonno, atun, atún, ahi, bluefin, yellowfin, bonito, tuna steak, seared tuna", protein="fish", detail="oily",
        weight=1),
    ing("swordfish", "espadon, pesce spada, pez espada, swordfish steak", protein="fish", detail="meaty", weight=1),
    ing("mackerel", "srdele, srdela, sardele, skuša, sanma, saury, godeungeo, haring, maquereau, sgombro, caballa, sardina, sarde, hareng, aringa, arenque, anchovies fresh, "
        "saba, shime saba, shimesaba", kinds="boquerones, sardine, sardines, herring, bluefish", protein="fish", detail="oily", fat=1),
    ing("anchovy", "inćuni, brgljuni, anchovies, anchois, acciughe, alici, anchoas", protein="fish", seasoning=True, salt=3,
        umami=2),
    ing("cod", "kabeljau, dorsch, torsk, cabillaud, merluzzo, bacalao fresco", kinds="haddock, pollock, coley, murray cod, "
        # Australia's deep-water blue-eye trevalla: firm, white and mild like cod (not blue cheese).
        "blue-eye trevalla, blue eye trevalla, blue-eye, blue eye, trevalla, blue-eye cod, blue eye cod",
        protein="fish", detail="lean"),
    ing("salt cod", "bakalar, bakalar na bijelo, bakaliaros, bacalao, bacalhau, baccala, baccalà, morue, brandade, stockfish", protein="fish",
        detail="lean", salt=2),
    ing("hake", "merlu, merluza, nasello, pescada", protein="fish", detail="lean"),
    ing("halibut", "fletan, flétan, ippoglosso, fletán, heilbutt, alabote", protein="fish", detail="lean"),
    ing("sole", "scholle, schollen, seezunge, seezungen, sogliola, lenguado, linguado, dover sole, plie, limande", kinds="plaice, flounder", protein="fish",
        detail="delicate", weight=-1),
    ing("turbot", "rombo, rodaballo, barbue, steinbutt, pregado", kinds="brill", protein="fish", detail="lean"),
    ing("sea bass", "loup, loup de mer, branzino, spigola, lubina, robalo, bass, wolfsbarsch, seebarsch, filet de bar, dos de bar, "
        "bar de ligne, bar sauvage", kinds="barramundi, striped bass",
        protein="fish", detail="lean"),
    ing("sea bream", "pomfret, dorade, daurade, orata, dorada, besugo, pagello, goldbrasse", kinds="snapper, red snapper, porgy",
        protein="fish", detail="lean"),
    ing("monkfish", "rape, seeteufel, tamboril, lotte, rana pescatrice, coda di rospo", protein="fish", detail="meaty"),
    ing("trout", "forelle, forellen, truta, truite, trota, trucha, omble", kinds="char, arctic char", protein="fish", detail="delicate"),
    ing("red mullet", "rouget, triglia, salmonete, saint-pierre, san pietro, gallo", kinds="john dory", protein="fish",
        detail="lean"),
    ing("eel", "paling, anguille, anguilla, anguila, unagi", protein="fish", detail="oily", fat=2),
    ing("smoked salmon", "saumon fume, saumon fumé, salmone affumicato, salmón ahumado, lox",
        protein="fish", detail="oily", salt=2, smoke=1, facets="cured"),
    ing("smoked fish", "smoked sable, smoked sablefish, smoked whitefish, smoked trout, smoked mackerel, smoked haddock, kipper, kippers, finnan haddie",
        protein="fish", detail="oily", salt=2, smoke=2),
    ing("caviar", "roe, fish roe, ikura, tarama, taramasalata", protein="fish",
        detail="briny", weight=-1, salt=3, umami=1),
    # Bottarga is grated over a pasta or a salad like a cheese: a seasoning, not the dish's fish.
    ing("bottarga", "poutargue, botargo, mullet roe, karasumi", protein="fish", detail="briny", seasoning=True,
        salt=3, umami=2),
    ing("catfish", "zanderfilet, zander filet, perche, brochet, luccio, lucio, sandre", kinds="tilapia, perch, pike, zander, carp, walleye, pickerel", protein="fish",
        detail="lean"),
)

SHELLFISH: Final = (
    ing("oyster", "austern, auster, oysters, huitre, huître, huitres, huîtres, ostriche, ostrica, ostras, ostra, fines de claire, "
        "belon, gillardeau, kumamoto, bluepoint", protein="shellfish", detail="briny", weight=-1, salt=2,
        facets="mineral"),
    ing("clam", "machas, clams, palourde, palourdes, vongola, almejas, almeja, coques, berberechos, couteaux, cannolicchi, "
        "navajas, steamers", kinds="cockles, razor clams, quahog", protein="shellfish", detail="briny", salt=1),
    ing("mussel", "muscheln, miesmuscheln, muschel, dagnje, mušule, mussels, moule, moules, cozze, mejillones, mejillon", protein="shellfish", detail="briny",
        salt=1),
    ing("scallop", "jakobsmuscheln, jakobsmuschel, scallops, saint-jacques, coquilles saint-jacques, noix de saint-jacques, capesante, "
        "capasanta, vieiras, vieira, zamburiñas", protein="shellfish", detail="rich", sweet=1),
    ing("lobster", "hummer, lobster tail, lobster tails, homard bleu, homard breton, homard, langouste, aragosta, astice, bogavante, langosta, rock lobster", kinds="crayfish, moreton bay bugs, balmain bugs, bay bugs, slipper lobster",
        protein="shellfish", detail="rich", weight=1, sweet=1),
    ing("crab", "krabben, krabbe, crabe, tourteau, araignee, granchio, granseola, cangrejo, centolla, buey de mar, king crab, "
        "dungeness crab, blue crab, soft-shell crab, soft shell crab, crabmeat", protein="shellfish", detail="rich", sweet=1),
    ing("langoustine", "škampi, langoustines, scampi, cigala, cigalas, dublin bay prawns, norway lobster",
        protein="shellfish", detail="rich", sweet=1),
    ing("prawn", "garnelen, garnele, goong, udang, chemmeen, chingri, chingdi, camarão, camarões, prawns, shrimp, shrimps, crevette, crevettes, gambas, gamba, gamberi, gambero, gamberoni, "
        "camarones, camaron, langostinos, carabineros, ebi", protein="shellfish", detail="rich"),
    ing("squid", "lignje, lignja, lignjice, ika, txipirones, pusit, ojingeo, lulas, lula, kalamarakia, kalamaria, tintenfisch, calamari, calamaro, calamar, calamares, encornet, chipirones, seppia, sepia, seiche, "
        "puntillitas", kinds="cuttlefish", protein="shellfish", detail="cephalopod"),
    ing("octopus", "hobotnica, hobotnice, polvo, htapodi, chtapodi, oktapodi, ochtapodi, krake, poulpe, pieuvre, polpo, polipo, pulpo, tako", protein="shellfish", detail="cephalopod"),
    ing("sea urchin", "oursin, oursins, ricci di mare, erizo, erizos, uni", protein="shellfish", detail="briny",
        salt=2, umami=1),
    ing("snail", "snails, escargot, escargots, lumache, caracoles", protein="shellfish", detail="earthy"),
    ing("shellfish", "seafood, fruits de mer, frutti di mare, mariscos, marisco, crustaceans, crustaces",
        protein="shellfish"),
)

PLANTS: Final = (
    ing("mushroom", "pilze, pilzen, pfifferlinge, steinpilze, gljive, gobe, vargánya, mushrooms, champignon, champignons, funghi, fungo, setas, seta, hongos, champinones, "
        "champiñones, shiitake, oyster mushrooms, button mushrooms, wild mushrooms, mixed mushrooms, enoki",
        protein="mushroom", umami=1, facets="earthy"),
    ing("porcini", "cep, cepes, cèpes, boletus, boletos, penny bun", protein="mushroom", umami=2, facets="earthy"),
    ing("morel", "morels, morilles, morille, spugnole, colmenillas", protein="mushroom", umami=1, facets="earthy"),
    ing("chanterelle", "chanterelles, girolles, girolle, finferli, rebozuelos, cantharellus", protein="mushroom",
        facets="earthy"),
    ing("truffle", "tartufima, tartuf, truffles, truffe, truffes, tartufo, tartufi, trufa, black truffle, white truffle, truffle oil",
        protein="mushroom", seasoning=True, umami=1, facets="earthy"),
    ing("vegetables", "sabzi, sabji, pak, phak, pak ruam, sayur, legumes, légumes, verdure, verduras, vegetable, veg, "
        "crudites, crudités, garden vegetables, seasonal vegetables, primavera", protein="vegetarian",
        weight=-1),
    # A diet, not a dish: "vegetarian lentil stew" is as hearty as a lentil stew (dishes.DIET_LABELS).
    ing("vegetarian", "vegan, veggie, plant-based, plant based, meat-free, meatless, végétarien, végétalien, vegetariano, "
        "vegano, vegetariana, vegana", protein="vegetarian"),
    ing("eggplant", "banjan, bonjan, aubergine, aubergines, melanzane, melanzana, berenjena, berenjenas, brinjal, baingan",
        protein="vegetarian"),
    ing("zucchini", "hobak, aehobak, courgette, courgettes, zucchine, zucchina, calabacin, calabacín, squash blossoms, "
        "courgette flowers, fiori di zucca", protein="vegetarian", weight=-1),
    ing("squash", "butternut, butternut squash, pumpkin, potiron, courge, zucca, calabaza, potimarron, "
        "delicata, sweet potato, sweet potatoes, patate douce, boniato, batata, yam", protein="vegetarian", sweet=1),
    ing("asparagus", "spargel, weißer spargel, weisser spargel, grüner spargel, asperges, asperge, asparagi, esparragos, espárragos, white asparagus, green asparagus",
        protein="vegetarian", weight=-1, facets="bitter"),
    ing("artichoke", "artichauts, artichaut, carciofi, carciofo, alcachofas, alcachofa", protein="vegetarian",
        facets="bitter"),
    ing("tomato", "tomatoes, tomate, tomates, pomodoro, pomodori, pomodorini, heirloom tomatoes, cherry tomatoes, "
        "san marzano, tomato water, tomato consommé, tomato consomme", acid=2, umami=1, facets="tomato"),
    ing("sweet pepper", "bell pepper, bell peppers, red pepper, red peppers, roasted peppers, poivron, poivrons, "
        "peperoni, peperonata, peperone, pimientos, pimiento, piquillo, padron peppers, pimientos de padron, "
        "capsicum", protein="vegetarian", sweet=1, facets="herbal"),
    ing("spinach", "blitva, blitvom, špinat, spenót, sukuma, boerenkool, epinards, épinards, spinaci, espinacas, chard, blettes, bietole, acelgas, kale, cavolo nero, "
        "greens, leafy greens, collard greens", protein="vegetarian", weight=-1, facets="bitter"),
    ing("broccoli", "brocoli, broccoletti, broccolini, broccoli rabe, cime di rapa, friarielli, grelos",
        protein="vegetarian", weight=-1, facets="bitter"),
    ing("cauliflower", "cauli, chou-fleur, cavolfiore, coliflor, romanesco, cauliflower steak, celeriac steak", protein="vegetarian"),
    ing("cabbage", "kupus, zelje, káposzta, rode kool, rodekool, karalahana, rødkål, rodkaal, rotkohl, rotkraut, blaukraut, weißkohl, kohl, aux choux, au chou, chou vert, chou, cavolo, repollo, red cabbage, brussels sprouts, savoy cabbage", protein="vegetarian"),
    ing("sauerkraut", "kiselo zelje, kislo zelje, kiseli kupus, kislim zeljem, kiselim zeljem, kiselim kupusom, savanyú káposzta, zuurkool, choucroute, kraut, fermented cabbage", acid=2, salt=1, facets="vinegar"),
    # Kimchi is cabbage fermented with gochugaru and garlic: sour and salty like sauerkraut, but hot.
    ing("kimchi", "kimchee, kimchi slaw, kkakdugi, radish kimchi, cabbage kimchi", acid=2, salt=1, heat=2,
        facets="vinegar, garlic"),
    ing("potato", "kipfler, kipflers, kartoffel, kartoffeln, krumpir, krompir, krumpli, burgonya, jacket potato, jacket potatoes, jacket spud, spuds, potatis, pommes dauphine, pommes duchesse, pommes purée, pommes puree, pommes mousseline, purè, purè di patate, pure di patate, kartoffelpüree, kartoffelpueree, potatoes, pomme de terre, pommes de terre, patate, patata, patatas, papas, mash, mashed potato, "
        "tatties, hash, potato hash, puree, purée, pomme puree, gratin potatoes, rosti, rösti, hash browns, new potatoes", facets="starch"),
    ing("fries", "mit pommes, pommes rot-weiss, pommes rot weiss, pommes schranke, salli, sali, potato straws, frieten, friet, patat, frites, french fries, chips, patatas fritas, patatine, pommes frites, potato wedges", fat=2, salt=1,
        facets="fried, starch"),
    ing("onion", "onions, oignon, oignons, cipolla, cipolle, cebolla, shallot, shallots, echalote, échalote, "
        "scalogno, leek, leeks, poireau, poireaux, porri, puerro", sweet=1),
    ing("caramelised onion", "caramelised onions, caramelized onion, caramelized onions, onion confit, confit onions, "
        "confit onion, oignons confits, cebolla caramelizada, cipolle caramellate, cipolla caramellata", sweet=1),
    ing("garlic", "ail, aglio, ajo, garlicky, toum, cloves of garlic, clove of garlic, garlic cloves, garlic clove, "
        "gousses d'ail, spicchi d'aglio, dientes de ajo", facets="garlic"),
    ing("beetroot", "beet, beets, betterave, barbabietola, remolacha", protein="vegetarian", sweet=1,
        facets="earthy"),
    ing("carrot", "carrots, carotte, carottes, carota, zanahoria, root vegetables", kinds="parsnip, panais, celeriac, "
        "celeri-rave, turnip, navet", protein="vegetarian", sweet=1),
    ing("fennel", "fenouil, finocchio, hinojo", protein="vegetarian", facets="anise"),
    ing("peas", "matar, pea, petits pois, piselli, guisantes, broad beans, fèves, feves, fave, habas, edamame",
        protein="vegetarian", weight=-1, sweet=1),
    ing("beans", "grah, fižol, pasulj, porotos, bean, haricots, flageolets, fagioli, cannellini, borlotti, judias, judías, alubias, fabes, "
        "black beans, frijoles, feijao, butter beans", protein="vegetarian", detail="legume", weight=1),
    ing("lentils", "lentil, lentilles, lenticchie, lentejas, puy lentils", protein="vegetarian",
        detail="legume", weight=1, facets="earthy"),
    ing("chickpeas", "chickpea, pois chiches, ceci, garbanzos, hummus, houmous, chana, chole",
        protein="vegetarian", detail="legume", weight=1, facets="nutty"),
    ing("tofu", "tahu, stinky tofu, chou doufu, bean curd, tempeh, seitan", protein="vegetarian", weight=-1),
    ing("salad", "kachumbari, kachumber, salada, salat, salade, insalata, ensalada", protein="vegetarian", weight=-2, facets="bitter"),
    # Leaves beside a main are its garnish ("tagliata, rucola e grana", "steak with watercress"): they
    # do not make a steak a salad; "salad" said outright does.
    ing("salad leaves", "leaves, mesclun", kinds="witloof, rocket, arugula, roquette, rucola, frisee, frisée, endive, "
        "chicory, radicchio, lettuce, little gem, watercress, cresson", protein="vegetarian", facets="bitter"),
    ing("cucumber", "concombre, cetriolo, pepino, gherkin, cornichons, cornichon", weight=-1, acid=1),
    ing("avocado", "avocat, aguacate, guacamole, guac", fat=1),
    ing("olives", "olive, olives, olive noire, kalamata, taggiasca, aceitunas, tapenade, niçoise olives, manzanilla olive, manzanilla olives, green olive, green olives, gordal olives, arbequina olives", salt=2, facets="bitter"),
    ing("capers", "caper, câpres, capperi, alcaparras, caperberries", salt=2, acid=1),
    ing("corn", "palenta, žganci, kukuruz, pap, mieliepap, mealie pap, banku, kenkey, ugali, makki di roti, makki ki roti, nshima, sadza, maize, elote, polenta, grits, cornbread", sweet=1, facets="starch"),
    ing("rice", "chawal, challow, chalow, chelow, pilav, pilavı, polo, palau, palaw, gohan, donburi, don, lontong, riz, riso, arroz, riso in bianco, basmati, jasmine rice, sushi rice, pilaf, pilau, rice bowl", facets="starch"),
    ing("pasta", "fuži, pljukanci, šurlice, makaroni, spaghetti, linguine, tagliatelle, fettuccine, pappardelle, penne, rigatoni, "
        "paccheri, orecchiette, trofie, bucatini, tonnarelli, maccheroni, macaroni, fusilli, farfalle, "
        "mafaldine, strozzapreti, pici, noodles, fideos, tagliolini, tajarin, bigoli, "
        "conchiglie, orzo", facets="starch"),
    ing("filled pasta", "žlikrofi, idrijski žlikrofi, sorrentinos, ravioli, raviolo, tortellini, tortelloni, agnolotti, cappelletti, plin, mezzelune, "
        "cannelloni, canelones, ravs, pierogi, dumplings, wontons, jiaozi, momo", facets="starch"),
    ing("gnocchi", "njoki, njokima, njokama, ñoquis, gnudi, canederli", facets="starch"),
    ing("bread", "soldiers, toast soldiers, roggebrood, canapé, canape, canapés, luchi, pão, pao, brot, brötchen, psomi, pain, pane, toast, crostini, bruschetta, croutons, brioche, baguette, sourdough, focaccia, "
        "flatbread, pita, naan, tortilla, tortillas, bun, brioche bun, panini, crouton", facets="starch"),
    ing("pastry", "feuilleté, feuilletés, feuillete, feuilletes, puff pastry, pate feuilletee, pâte feuilletée, en croute, en croûte, pie crust, filo, phyllo, "
        "brik, vol-au-vent, tart shell", fat=1, facets="starch"),
    ing("egg", "anda, ägg, ovo, ovos, ovo estrelado, al tegamino, uova al tegamino, eier, spiegelei, gyeran, eggs, oeuf, œuf, oeufs, œufs, uovo, uova, huevo, huevos, yolk, egg yolk, quail egg, "
        "oeuf mollet, soft-boiled egg, fried egg, fried eggs, poached egg, poached eggs, huevo frito, huevos fritos, "
        "oeuf au plat, œuf au plat, oeufs au plat, œufs au plat, oeuf frit, œuf frit, uovo fritto, uova fritte",
        protein="vegetarian",
        fat=1, facets="egg"),
    ing("nuts", "fıstıklı, fistikli, fıstık, fistik, pistacchi, pistacchio, pistachios, walnuts, noix, noci, nueces, hazelnuts, noisettes, nocciole, avellanas, almonds, amandes, "
        "mandorle, almendras, pistachio, pistachios, pistache, pistacchio, pistacho, pine nuts, pignons, pinoli, "
        "pecans, pecan, peanuts, groundnut, groundnuts, cashews, macadamia, chestnut, chestnuts, marrons, castagne, castañas",
        facets="nutty"),
    ing("seaweed", "nori, kombu, wakame, algues, alghe, algas", salt=1, umami=1, facets="mineral"),
)

DAIRY: Final = (
    ing("cheese", "fromage, fromages, formaggio, formaggi, queso, quesos, queijo, queijos, cheeses, kase, käse, cheese plate, "
        "cheese selection", protein="cheese"),
    ing("goat's cheese", "goat, goat cheese, goats cheese, chevre, chèvre, crottin, crottin de chavignol, "
        "sainte-maure, valencay, valençay, caprino, queso de cabra, rulo de cabra, banon", protein="cheese",
        detail="goat", acid=2),
    ing("blue cheese", "blue, bleu, roquefort, gorgonzola, stilton, cabrales, valdeon, bleu d'auvergne, "
        "fourme d'ambert, danish blue, dolcelatte", protein="cheese", detail="blue", salt=3, fat=2),
    ing("fresh cheese", "skuta, skutni, túró, burrata, mozzarella, mozzarella di bufala, bufala, stracciatella, ricotta, feta, "
        "labneh, cottage cheese, cream cheese, fromage blanc, queso fresco, paneer",
        protein="cheese", detail="fresh", weight=-1),
    # Grilled or fried whole, the salty cheese is a main in its own right (a halloumi burger, saganaki).
    ing("grilling cheese", "", kinds="halloumi, hellim, grilled halloumi, queso de freir",
        protein="cheese", detail="fresh", salt=2),
    # Parmesan and pecorino are grated over a dish like a seasoning ("artichoke, truffle, parmesan, egg yolk");
    # named alone ("Parmigiano Reggiano, 24 months") they are the cheese course still.
    ing("parmesan", "parm, parmigiano, parmigiano-reggiano, parmigiano reggiano, grana padano, pecorino, "
        "pecorino romano", protein="cheese", detail="aged", seasoning=True, salt=2, umami=2),
    ing("aged cheese", "comte, comté, beaufort, gruyere, gruyère, emmental, "
        "mahon, idiazabal, asiago, montasio, tete de moine, ossau-iraty, paski sir, paški sir, pag cheese, tolminc, "
        "tomme, tomme de savoie, cantal, salers, fontina, raclette cheese", protein="cheese", detail="aged", salt=2,
        umami=2),
    # Cheddar, Gouda, Mimolette and Manchego aged long turn firm, crystalline and caramel-sweet: the
    # cheeses a structured red or a Port is poured with, where Comté and Gruyère want the Jura's whites.
    ing("mature hard cheese", kinds="cheddar, aged cheddar, mature cheddar, vintage cheddar, sharp cheddar, "
        "extra sharp cheddar, montgomery cheddar, clothbound cheddar, cabot clothbound, isle of mull cheddar, "
        "farmhouse cheddar, gouda, aged gouda, old gouda, old amsterdam, boerenkaas, mimolette, manchego, "
        "aged manchego, red leicester, zamorano, queso zamorano, queso viejo, queso curado", protein="cheese", detail="mature",
        salt=2, umami=2),
    ing("washed-rind cheese", "epoisses, époisses, munster, maroilles, langres, livarot, pont-l'eveque, "
        "pont-l'évêque, taleggio, vacherin, mont d'or, reblochon, limburger, stinking bishop, washed rind, "
        "washed-rind, washed rind cheese, pungent cheese, stinky cheese, oka, oka cheese, fromage d'oka, "
        "esrom",
        protein="cheese", detail="washed", salt=2, fat=2),
    ing("soft cheese", "brie, brie de meaux, camembert, coulommiers, chaource, brillat-savarin, "
        "triple-cream, triple cream, saint-andre, robiola, tetilla, torta del casar", protein="cheese",
        detail="bloomy", fat=3),
    ing("cream", "vrhnje, tejföl, pavlaka, kajmak, creme, crème, crema, nata, panna, creme fraiche, crème fraîche, double cream, "
        "whipped cream, chantilly, sour cream, smetana", kinds="mascarpone", fat=2, facets="cream"),
    ing("butter", "beurre, burro, mantequilla, brown butter, beurre noisette, ghee, clarified butter, drawn butter, "
        "niter kibbeh, niter kibe, nitir qibe, buttery", weight=1, fat=2, facets="butter"),
    ing("yogurt", "yoğurtlu, yogurtlu, sheep's milk yoghurt, sheep's milk yogurt, sheep's yoghurt, yoghurt, yaourt, yogurt greco, greek yogurt, tzatziki, raita, labne", acid=1, facets="cream"),
    ing("cheese sauce", "mornay, fonduta, melted cheese, gratinated, gratine, gratiné, gratinee, au gratin, "
        "cheesy, mac and cheese sauce, queso dip", fat=2, salt=1, umami=1, facets="cheese"),
)

FRUIT_AND_SWEET: Final = (
    ing("chocolate", "choc, chocolat, cioccolato, cioccolata, chocolate negro, dark chocolate, milk chocolate, "
        "cocoa, cacao, ganache, gianduja, praline, praliné", protein="chocolate", facets="chocolate"),
    ing("white chocolate", "chocolat blanc, cioccolato bianco, chocolate blanco", protein="dessert",
        detail="custard", sweet=3, facets="custard"),
    ing("apple", "apples, pomme, pommes, mela, mele, manzana, manzanas, calvados", sweet=1, acid=1, facets="fruit"),
    ing("pear", "pears, poire, poires, pera, pere, peras, quince, coing, membrillo, cotognata", sweet=1,
        facets="fruit"),
    ing("stone fruit", "pruimen, peach, peaches, peche, pêche, pesca, pesche, melocoton, apricot, apricots, abricot, "
        "albicocca, albaricoque, plum, plums, prune, prunes, pruneau, susina, ciruela, nectarine, mango",
        sweet=1, facets="fruit"),
    ing("cherry", "cherries, cerise, cerises, ciliegia, ciliegie, amarena, griottes, cereza, cerezas, morello",
        sweet=1, acid=1, facets="fruit"),
    ing("berries", "berry, strawberries, strawberry, fraise, fraises, fragole, fresas, raspberries, framboises, "
        "lamponi, frambuesas, blueberries, myrtilles, mirtilli, blackberries, mures, mûres, red fruits, "
        "fruits rouges, frutti di bosco, frutos rojos, cranberry, cranberries, blackcurrant, cassis",
        sweet=1, acid=1, facets="fruit"),
    ing("citrus", "manao, lemonato, lemonata, lemonati, lemonates, lemon, lemons, citron, limone, limon, limón, lime, citron vert, lima, orange zest, "
        "blood orange, grapefruit, pamplemousse, pompelmo, pomelo, yuzu, bergamot, preserved lemon, "
        "citron confit, lemon zest, lemony, citrusy", acid=2, facets="citrus"),
    # A wedge or a squeeze of lemon beside fried or grilled food is a garnish, no sharp sauce: a touch of
    # acidity, not the tang of a lemon butter, a ceviche or a vinaigrette (dishes._citrus_garnish also
    # reads "with lemon" said last so).
    ing("lemon wedge", "lemon wedges, wedge of lemon, wedges of lemon, lemon cheek, lemon cheeks, half a lemon, "
        "squeeze of lemon, a squeeze of lemon, lemon squeeze, lemon to squeeze, lemon on the side, lime wedge, "
        "lime wedges, wedge of lime, lime cheek, lime cheeks, squeeze of lime, lime on the side",
        acid=1, facets="citrus"),
    ing("tropical fruit", "passionfruit, pineapple, ananas, pina, piña, passion fruit, fruit de la passion, maracuja, "
        "papaya, banana, banane, coconut cream", sweet=1, acid=1, facets="fruit"),
    ing("dried fruit", "raisins, raisin, sultanas, dates, dattes, datteri, figs, fig, figues, figue, fichi, "
        "higos, dried apricots, prunes d'agen", sweet=2, facets="fruit"),
    ing("honey", "miel, miele, honeyed, honeycomb", sweet=2),
    ing("caramel", "caramelised, caramelized, dulce de leche, manjar blanco, toffee, butterscotch, salted caramel, cajeta",
        sweet=2, facets="caramel"),
    ing("vanilla", "vanille, vaniglia, vainilla", sweet=1, facets="custard"),
    ing("coffee", "cafe, café, caffe, caffè, espresso, mocha, moka", facets="coffee, bitter"),
    ing("sugar", "sucre, zucchero, azucar, azúcar, syrup, sirop, maple, maple syrup, molasses, candied, "
        "confit fruits, icing", sweet=2),
    ing("jam", "zwetschgenröster, zwetschkenröster, röster, confiture, marmellata, mermelada, compote, chutney, fruit chutney, onion marmalade, "
        "onion jam, mostarda, relish", sweet=2, acid=1, facets="fruit"),
)
# fmt: on

# fmt: off
DESSERTS: Final = (
    ing("dessert", "mizumono, desserts, dolce, dolci, postre, postres, sobremesa, sobremesas, nachtisch, nachspeise, "
        "mignardises, petits fours", protein="dessert"),
    # A pudding is a dessert unless the dish says otherwise: it is no course said outright, for a
    # British or Baltic pudding can be of steak, potato or corn.
    ing("pudding", "puddings, pouding, poudings", protein="dessert"),
    ing("cake", "bolo, kuchen, gateau, gâteau, torta, tarta, pastel, bizcocho, sponge, sponge cake, genoise, layer cake, "
        "cupcake, madeleine, madeleines, financier, financiers, pound cake, loaf cake, kuchen, torte",
        protein="dessert", detail="cake"),
    ing("tart", "tarte, tartelette, crostata, tartaleta, frangipane, bakewell, fruit pie, cherry pie, "
        "blueberry pie, fruit tart, tarte aux fruits", protein="dessert",
        detail="fruit", facets="starch"),
    ing("custard", "lemon posset, pudim, pudim flan, flan napolitano, quindim, quesillo venezolano, creme anglaise, crème anglaise, crema pasticcera, natillas, flan, creme caramel, "
        "crème caramel, pots de creme, pot de creme, pot de crème, pannacotta, bavarois, "
        "blancmange, posset, curd", protein="dessert", detail="custard", facets="custard"),
    ing("mousse", "mousses, semifreddo, parfait, fool, whip", protein="dessert",
        detail="custard", facets="cream"),
    ing("ice cream", "a la mode, à la mode, glace, gelato, gelati, helado, sorbet, sorbetto, sorbete, granita, "
        "frozen yogurt, kulfi, sundae", protein="dessert", detail="ice"),
    ing("cheesecake", "torta di ricotta, torta di ricotta romana, tarta de queso la viña, tarta de queso la vina, tarta de queso, basque cheesecake, cheese cake, new york cheesecake", protein="dessert", detail="custard",
        fat=2, facets="cream"),
    # Not "crisp" alone: on a menu it is how the potatoes or the skin are, not an apple crisp.
    ing("crumble", "cobbler, apple crisp, fruit crisp, berry crisp, brown betty, streusel", protein="dessert",
        detail="fruit"),
    ing("meringue", "meringues, pavlova, vacherin glace, ile flottante, île flottante, "
        "oeufs a la neige, oeufs à la neige", protein="dessert", detail="fruit", sweet=1),
    ing("souffle", "soufflé, souffles", protein="dessert", detail="custard", weight=-1),
    ing("sweet pastries", "pastry cream, choux, eclair, éclairs, eclairs, cream puffs, mille-feuille, "
        "millefeuille, napoleon, paris-brest, saint-honore, croquembouche, cannoli, cannolo, sfogliatella, "
        "churros, beignet, beignets, doughnuts, donuts, bombolone, bomboloni, zeppole, loukoumades",
        protein="dessert", detail="cake", fat=1),
    ing("biscuits", "brandy snaps, brandy snap, anzac biscuits, anzac, tejas, cookies, biscotti, cantucci, shortbread, sables, sablés, amaretti, tuiles, florentines, "
        "polvorones, macarons, macaron", protein="dessert", detail="nut"),
    ing("rice pudding", "khao niao mamuang, riz au lait, arroz con leche, kheer, sticky rice, mango sticky rice", protein="dessert",
        detail="custard"),
    ing("bread pudding", "pain perdu, french toast, torrijas, bread and butter pudding", protein="dessert",
        detail="cake"),
    ing("crepes", "liège waffle, liege waffles, gaufre de liège, belgian waffle, belgian waffles, filloas, filloa, pfannkuchen, palatschinken, roti jala, crepe, crêpe, crêpes, crepes suzette, crêpes suzette, pancakes, pancake, waffles, waffle, "
        "gaufre, gaufres, kaiserschmarrn, blintzes, dutch baby", protein="dessert", detail="cake"),
    ing("sticky toffee pudding", "sticky toffee, toffee pudding, date pudding", protein="dessert",
        detail="caramel", sweet=1, facets="caramel"),
    ing("pecan pie", "treacle tart, tarte au sucre, pumpkin pie, sweet potato pie", protein="dessert",
        detail="caramel", sweet=1, facets="caramel, nutty"),
)

CUTS_AND_METHODS: Final = (
    cut("shank", "chamorro, souris, shanks, jarret, stinco, jarrete, jarrett, knuckle", weight=1, fat=1, facets="braised"),
    cut("cheek", "cheeks, joue, joues, guancia, guance", weight=1, fat=1, facets="braised"),
    cut("belly", "poitrine, ventresca, panza, ventrèche", fat=2),
    cut("loin", "longe, lombo, lonza, medallions, médaillons, medaglioni",
        weight=-1),
    cut("breast", "poitrine de volaille, suprême, supreme, petto, pechuga", weight=-1),
    cut("leg", "cuisse, cuisses, coscia, cosce, muslo, thigh", fat=1),
    cut("neck", "collier, collo, cuello, scrag, neck fillet", fat=1, weight=1),
    cut("shoulder", "epaule, épaule, spalla, paleta", fat=1, weight=1),
    cut("marrow", "bone marrow, moelle, midollo, tuetano, tuétano, os à moelle", fat=3, weight=1),
    ing("beef tendon", "tendon, tendons, gân bò, gan bo, ngau gun", protein="red_meat", fat=1),
    cut("offal", "motsu, lung, lungs, abats, frattaglie, casquería, langue, lingua, "
        "heart, coeur, cuore, corazon", weight=1, fat=1),
    # Tripe is pale, soft and gelatinous whatever animal gave it: the sauce and a light or
    # medium red or a firm white carry it, as with veal (Caen's tripes with cider or Chenin,
    # Rome's trippa with Cesanese, Madrid's callos with young Tempranillo or fino).
    ing("tripe", "honeycomb tripe, tripes, trippa, callos, gras-double, gras double, mondongo, "
        "busecca", protein="veal", fat=2),
    # Tongue on a deli, taquería or bistro menu is ox tongue, unless another animal is named first.
    ing("ox tongue", "tongue, beef tongue, lengua, lengua de res, langue de boeuf, lingua di manzo",
        protein="red_meat", weight=1, fat=1),
    method("raw", "cru, crudo, cruda, crudi, raw bar, tartare, tartar, carpaccio, crudo di, sashimi-style, "
           "on ice, on the half shell, half shell, tataki", weight=-2, facets="raw"),
    method("cured", "cure, salt-cured, marinated raw, gravadlax-style, escabeche, en escabeche",
           weight=-1, acid=2, salt=1, facets="cured, vinegar"),
    method("poached", "courtbouillon, nueng, neung, bhapa, bhapaa, poche, poché, pochee, affogato al, en papillote, papillote, al cartoccio, steamed, "
           "vapeur, a la vapeur, à la vapeur, al vapore, al vapor, boiled, bouilli, lesso, hervido, "
           "court-bouillon, sous vide, sous-vide", weight=-2, facets="poached"),
    method("grilled", "mashwi, meshwi, mishwi, kushi, kushiyaki, yakimono, grilling, nuong, ai ferri, alla piastra, grigliate, grigliati, gegrillt, gegrillte, gegrillter, gegrilltes, vom grill, grelhado, grelhada, grelhados, grelhadas, sta karvouna, tis scharas, scharas, grill, grille, grillé, grillee, alla griglia, grigliato, grigliata, a la plancha, "
           "plancha, a la parrilla, parrilla, asado, a la brasa, brasa, alla brace, chargrilled, char-grilled, "
           "charred, flame-grilled, wood-fired, wood fired, woodfired, over coals, charcoal, robata, "
           "braai, seared over wood, skewers, skewer, brochette, brochettes, spiedini, pinchos, "
           "kebab, kebabs, kebap, kabob, shish, gui, gu-i, robata, robatayaki, robata-grilled", smoke=1, facets="grilled"),
    method("barbecued", "barbecue, bbq, barbeque, smokehouse, pit-smoked, low and slow",
           weight=1, smoke=2, sweet=1, facets="grilled, smoked"),
    method("smoked", "smoker, fume, fumé, fumée, affumicato, affumicata, ahumado, ahumada, smoky, smoke, "
           "hot-smoked, cold-smoked, mesquite, hickory, applewood", smoke=2, facets="smoked"),
    method("roasted", "braten, rostit, rostits, rostida, rostides, ispod peke, pod pekom, under the peka, under the bell, ispod sača, peka, pečena, pečeni, pečen, rôties, roties, rôtis, arrostiti, arrostite, arrostita, arrostito, assado, assada, assados, assadas, no forno, im ofen, ofengebacken, roast, roti, rôti, rotie, rôtie, arrosto, arrostito, al forno, asado al horno, "
           "horno, oven-roasted, spit-roasted, rotisserie, slow-roasted, pan-roasted, roasting",
           facets="roasted"),
    method("seared", "pad, phat, xao, xào, gebraten, gebratene, gebratener, gebratenes, angebraten, poêlées, poelees, snacke, snacké, poele, poêlé, poelee, poêlée, saisi, scottato, sellado, pan-seared, "
           "pan seared, seared, sauteed, sautéed, saute, sauté, saltato, salteado, pan-fried, pan fried, "
           "stir-fried, stir fried, stir-fry, stir fry, wok", facets="roasted"),
    method("braised", "in salmì, in salmi, salmì, salmis, geschmort, geschmorte, geschmorter, geschmortes, brasata, brasati, brasate, spezzatino, estufado, estufada, braise, braisé, braisée, brasato, stufato, stracotto, brasa lenta, estofado, guisado, "
           "guiso, stewed, stew, ragout, ragoût, ragu, ragù, daube, civet, mijote, mijoté, en cocotte, "
           "slow-cooked, slow cooked, slow-braised, pot-roasted, casserole, hotpot, hot pot, potjie, "
           "cassoulet-style", weight=1, fat=1, facets="braised"),
    method("confit", "confite, confited, confitado, slow-cooked in fat", weight=1, fat=2),
    method("butter-poached", "butter poached, poached in butter, beurre monte, beurre monté", fat=2,
           facets="butter"),
    method("fried", "furai, agemono, tiganita, tiganito, tiganites, tiganiti, frittiert, frittierte, frit, fritto, fritti, fried, deep-fried, deep fried, frito, fritos, fritura, "
           "crispy, croustillant, croustillante, croccante, crujiente, battered, beer-battered, "
           "breaded, panko, impanato, rebozado, empanado, milanese, alla milanese, fritter, "
           "fritters, croquettes, katsu", fat=2, salt=1,
           facets="fried"),
    method("baked", "gratinadas, gratinados, gratinada, überbacken, ueberbacken, au four, cuit au four, gratinado, al horno, oven-baked, "
           "in crust, in a salt crust, al sale, a la sal, pie, pot pie, gratin, gratins, casserole dish",
           facets="roasted"),
    method("stuffed", "farcies, involtini, involtino, gefüllt, gefüllte, gefüllter, recheado, recheada, farci, farcie, farcis, ripieno, ripiena, ripieni, ripiene, relleno, rellena, rellenos, filled",
           weight=1),
    method("glazed", "laque, laqué, laquée, lacquered, caramelised glaze, honey-glazed, "
           "sticky", sweet=2, facets="sweet_sour"),
    method("spiced", "epice, épicé, epices, épices, speziato, especiado, aromatic spices, spice-rubbed, "
           "dry rub, rubbed", heat=1, facets="warm_spice"),
    method("spicy", "saap, zaap, zabb, piquant, piccante, picante, fiery, chili-spiked, with a kick, peppery heat, "
           "extra spicy, very spicy, spicy-hot", heat=2),
    method("mild", "mildly, mild spiced, gently spiced, doux", heat=-1),
    method("light", "delicate, delicately, leger, léger, legere, légère, leggero, ligero, lightly dressed",
           weight=-1),
    method("rich", "hearty, indulgent, decadent, unctuous, copieux, ricco, contundente, generous", weight=1,
           fat=1),
    method("cold", "chilled, froid, froide, freddo, fredda, frio, frío, iced", weight=-1),
)

SAUCES: Final = (
    sauce("red wine sauce", "au vin rouge, in rotwein, rotweinsauce, rotweinjus, red wine, vin rouge, vino rosso, vino tinto, al vino tinto, al vino rosso, al vino, bordelaise, marchand de vin, "
          "en meurette, meurette, au vin, red wine jus, red wine reduction, red burgundy, bourguignonne, "
          "barolo, chianti, rioja, port sauce, port jus, madeira sauce, amarone, in malbec, malbec sauce, malbec jus, "
          "in merlot, merlot sauce, merlot jus, in shiraz, shiraz jus, in cabernet, cabernet jus, in pinot noir, "
          "pinot noir sauce, pinot noir jus, in zinfandel, in beaujolais, in valpolicella, in nebbiolo, "
          "in côtes du rhône, in cotes du rhone, in red burgundy, in barbera, in claret, claret jus, claret sauce", weight=1,
          facets="red_wine"),
    sauce("white wine sauce", "weißweinsauce, weissweinsauce, white wine, vin blanc, vino bianco, vino blanco, al vino bianco, al vino blanco, dry white wine, champagne sauce, "
          "riesling sauce, marinière, mariniere, in muscadet, muscadet, au muscadet, in chablis, chablis sauce, "
          "in sauvignon blanc, in chardonnay, chardonnay sauce, in pinot grigio, in vermentino, in albariño, "
          "in albarino, in verdejo, in sancerre, in picpoul, in gewürztraminer, in gewurztraminer", acid=1,
          facets="white_wine"),
    sauce("jus", "jus corsé, jus corse, gravy, demi-glace, demi glace, fond, reduction, jus de viande, sugo d'arrosto, pan juices, "
          "pan sauce, jus gras", weight=1, umami=1),
    sauce("cream sauce", "alla panna, a la creme, à la crème, crémeux, cremeux, cremoso, cremosa, creamy, "
          "velouté, veloute, supreme sauce, sauce suprême, alfredo, normande, a la normande, béchamel, bechamel, "
          "besciamella, besamel, white sauce", weight=1, fat=2, facets="cream"),
    sauce("butter sauce", "beurre blanc, beurre nantais, beurre rouge, meuniere, meunière, hollandaise, "
          "bearnaise, béarnaise, mousseline, brown butter sauce, beurre noisette sauce, sage butter, "
          "burro e salvia", weight=1, fat=2, facets="butter"),
    sauce("tomato sauce", "tomatensaus, marinara, sugo, sugo di pomodoro, salsa di pomodoro, pomarola, passata, "
          "salsa de tomate, tomato sauce, tomato ragu, provencale, provençale, "
          "pizzaiola, puttanesca, arrabbiata, napoletana",
          acid=2, umami=1, facets="tomato, tomato_sauce"),
    # A Spanish sofrito is the slow-cooked base of a stew (onion, garlic, a little tomato), not its sauce.
    sauce("sofrito", "sofregit, un sofrito", acid=1, facets="garlic"),
    sauce("vodka sauce", "alla vodka, vodka cream sauce", fat=2, facets="tomato, cream"),
    sauce("pesto", "pesto genovese, pistou, pesto rosso, herb oil, basil oil", fat=1, facets="herbal, garlic"),
    sauce("green sauce", "al verde, parsley liquor, liquor, salsa verde, sauce verte, chimichurri, gremolata, persillade, mojo verde, zhug, "
          "chermoula, green goddess, herb sauce", acid=1, facets="herbal, garlic"),
    sauce("vinaigrette", "vinaigrette, dressing, vinegar, vinaigre, aceto, vinagre, balsamic, balsamico, "
          "sherry vinegar, red wine vinegar, mignonette, shallot vinegar, ponzu, agrodolce, agrodulce, "
          "gastrique", acid=2, facets="vinegar"),
    sauce("mustard", "senfsosse, senfsoße, senfsauce, senfsoss, sennepssaus, sennepsaus, senapssås, shorshe bata, sorshe bata, shorshe, sorshe, moutarde, senape, mostaza, dijon, grain mustard, whole-grain mustard, à l'ancienne",
          acid=1, heat=1, facets="mustard"),
    sauce("mayonnaise", "mayo, aioli, aïoli, rouille, remoulade, rémoulade, tartare sauce, tartar sauce, "
          "sauce gribiche, gribiche, alioli, allioli", fat=2, facets="garlic"),
    sauce("pepper sauce", "grand veneur, sauce grand veneur, pepe verde, al pepe verde, poivre vert, pfeffersauce, au poivre, sauce au poivre, peppercorn sauce, green peppercorn, green peppercorns, "
          "black pepper, pepper, peppers, peppercorn, peppercorns, poivre, poivre vert, pepe, pepe nero, "
          "pimienta, sichuan pepper, szechuan pepper, cracked pepper, peppery", facets="pepper"),
    sauce("chilli", "prik, phrik, balado, sambal balado, chili, chile, chilli pepper, chili pepper, chillies, chilies, chiles, peperoncino, "
          "piment, piment d'espelette, espelette, cayenne, jalapeno, jalapeño, chipotle, "
          "habanero, scotch bonnet, bird's eye, gochujang, gochugaru, sriracha, harissa, sambal, chili oil, "
          "chilli oil, la jiao, doubanjiang, nduja sauce, arrabbiata sauce, peri-peri, piri piri, "
          "peri peri, piri-piri, hot sauce", heat=2),
    # A pinch of dried flakes over a pasta or a pizza warms it; it does not make it a hot dish.
    sauce("chilli flakes", "chili flakes, red pepper flakes, crushed red pepper, chile flakes, "
          "peperoncino flakes", heat=1),
    # Chilli crisp is chilli fried crisp in oil with garlic and fermented beans: oily, hot and savoury.
    ing("chilli crisp", "chili crisp, chile crisp, chilli crunch, chili crunch, crispy chilli oil, crispy chili oil, "
        "lao gan ma, laoganma", heat=2, fat=2, umami=1, facets="garlic"),
    sauce("fiery chilli", "vindaloo heat, ghost pepper, naga, thai chilli, bird's-eye chilli, extra hot",
          heat=3),
    sauce("soy", "soy sauce, dark soy, dark soy sauce, light soy, light soy sauce, shoyu, tamari, miso, dashi, fish sauce, nam pla, nuoc mam, "
          "oyster sauce, hoisin, black bean sauce, worcestershire", salt=2, umami=2, facets="soy"),
    sauce("sweet and sour", "aigre-doux, sweet-and-sour, sweet and sour, sweet chilli, sweet chili, "
          "agrodolce sauce, pomegranate molasses, plum sauce, char siu glaze, curry ketchup", sweet=2, acid=1,
          facets="sweet_sour"),
    # Tamarind sours a curry, a sinigang or a rasam: sour first, barely sweet (a tamarind glaze with palm sugar,
    # or pad thai's sauce, is sweet and sour for its sugar).
    ing("tamarind", "tamarind paste, tamarind water, tamarind pulp, imli, asam jawa, sampalok", acid=2, sweet=1),
    # Ketchup is a condiment beside the burger or the fries: a touch of sweetness, no sweet-and-sour sauce.
    sauce("ketchup", "tomato ketchup, catsup", sweet=1, acid=1, facets="tomato"),
    # Barbecue sauce is sweet, tangy and smoky: guidance meets it with ripe, jammy reds
    # (Zinfandel, Shiraz), not with the off-dry whites of a Cantonese sweet-and-sour.
    sauce("barbecue sauce", "bbq sauce, barbecue glaze, bbq glaze, carolina sauce, kansas city sauce",
          sweet=2, acid=1, smoke=1, facets="smoked"),
    sauce("curry", "gaeng, kaeng, gulai, curried, kari, masala, garam masala, tikka, makhani, madras, balti, bhuna, "
          "panang, yellow curry, curry paste, curry leaves", heat=1, facets="curry, warm_spice"),
    sauce("coconut", "coconut milk, lait de coco, latte di cocco, leche de coco, santan", fat=2, sweet=1,
          facets="coconut"),
    sauce("warm spices", "cumin, cumino, comino, coriander seed, cinnamon, cannelle, cannella, canela, "
          "cardamom, cardamome, clove, cloves, nutmeg, muscade, allspice, ras el hanout, baharat, za'atar, "
          "zaatar, sumac, five-spice, five spice, star anise, saffron, safran, zafferano, azafran, azafrán, "
          "smoked paprika, sweet paprika, sweet smoked paprika, pimenton, pimentón, pimentón dulce, pimenton dulce, paprika dolce, paprika, turmeric, fenugreek, berbere, dukkah, jerk spice",
          heat=0, facets="warm_spice"),
    sauce("ginger", "gingembre, zenzero, jengibre, galangal, lemongrass, citronnelle, kaffir lime",
          facets="ginger, citrus"),
    sauce("herbs", "loroco, dillsås, dillsas, dill sauce, herb, herbes, fines herbes, herbes de provence, erbe, hierbas, rosemary, romarin, rosmarino, "
          "romero, thyme, thym, timo, tomillo, sage, sauge, salvia, parsley, persil, prezzemolo, perejil, "
          "basil, basilic, basilico, albahaca, tarragon, estragon, dragoncello, dill, aneth, aneto, eneldo, "
          "mint, menthe, menta, hierbabuena, chives, ciboulette, erba cipollina, cilantro, coriander, "
          "coriandre, oregano, origan, marjoram, bay, laurier, alloro, chervil, cerfeuil, lovage, "
          "shiso, thai basil, curry herbs", facets="herbal"),
    sauce("nut sauce", "romesco, salbitxada, satay sauce, satay dressing, peanut sauce, tahini, tahina, sesame, sesame seeds, "
          "gomasio, picada, tarator, almond sauce, walnut sauce, salsa di noci", fat=2,
          facets="nutty"),
    sauce("mushroom sauce", "mushroom gravy, sauce aux champignons, forestiere, forestière, chasseur, duxelles, "
          "ai funghi, con setas, mushroom cream", umami=1, facets="earthy"),
    sauce("anchovy sauce", "bagna cauda, anchoiade, colatura, anchovy butter, salsa di acciughe", salt=3,
          umami=2),
    sauce("cheese topping", "gratinat, gratinats, gratinades, a la parmesana, parmesana, parmesan crust, parmigiano shavings, grated pecorino, cheese crust, gratinéed, "
          "topped with cheese, melted cheddar, vegan cheese, vegan cheddar, plant-based cheese, dairy-free cheese, "
          "cashew cheese, gruyère crouton, gruyere crouton, gruyère croutons, gruyere croutons, "
          "cheese crouton, cheese croutons, cheesy crouton, cheesy croutons, comté crouton, comte crouton",
          salt=1, umami=1, fat=1, facets="cheese"),
    # Not "à l'orange": its elided words leave "orange" alone, and an orange salad is no sauce.
    sauce("fruit sauce", "cherry sauce, orange sauce, sauce a l'orange, orange glaze, orange-glazed, bigarade, "
          "apple sauce, "
          "cranberry sauce, fig jam, apricot glaze, plum glaze, quince paste, membrillo paste, pear chutney, "
          "mango chutney, fruit glaze", sweet=2, acid=1, facets="fruit, sweet_sour"),
    sauce("chocolate sauce", "cocoa sauce", sweet=1, facets="chocolate, warm_spice"),
    # A mole is a long-cooked sauce of dried chillies, chocolate, nuts and spices: it gives a dish
    # weight and a gentle warmth, and it asks for a ripe, soft red (Zinfandel, Grenache, Syrah,
    # Malbec, Carmenère: Wine Folly's and Wine Enthusiast's mole pairings), not a wine for chilli heat.
    sauce("mole", "mole negro, mole rojo, mole coloradito, coloradito, mole sauce, dark mole, mole oaxaqueño",
          weight=1, fat=1, sweet=1, umami=1, facets="chocolate, warm_spice, nutty"),
    sauce("salsa", "pico de gallo, salsa roja, salsa cruda, salsa fresca, salsa criolla, tomato salsa",
          acid=2, heat=1, facets="tomato, herbal"),
    sauce("yogurt sauce", "tzatziki sauce, cacik, yogurt dressing, labneh sauce", acid=1, facets="cream"),
    sauce("salt", "sea salt, fleur de sel, salty, salted, brine, briny, salt-crusted", salt=2),
)
# fmt: on

# fmt: off
CUISINES: Final = (
    cuisine("french", "lorraine, lorrain, vlaamse, belgian, belge, flemish, francais, français, bistro, bistrot, brasserie, provencal, provençal, lyonnais, "
            "alsatian, alsacienne, basque, savoie, savoyard, savoyarde, provence, lyonnaise, nicoise, niçoise, "
            "toulousain, toulousaine, marseillaise, normand, breton, bretonne, perigourdin, périgourdin, "
            "burgundian, bourguignon style, burgundy style, gascon, lyon, alsace, normandy, brittany, auvergnat, "
            "camargue, camarguais, camarguaise"),
    cuisine("italian", "milanaise, a la milanaise, à la milanaise, piemontese, alla piemontese, italiano, italiana, trattoria, osteria, tuscan, toscana, sicilian, siciliana, roman, "
            "romana, neapolitan, piedmontese, venetian, veneziana, ligurian, sardinian, toscano, toscani, pugliese, "
            "calabrese, ligure, sardo, sarda, siciliano, emiliana, emiliano, valdostana, emilian, romagnolo, "
            "lombard, lombardy, lombardo, milanese style, friulian, friulano style, umbrian, apulian, puglian, "
            "abruzzese, calabrian, bolognese style, campanian, sicily, sardinia, tuscany, piedmont, veneto, bresciano, "
            "bresciana, bergamasco, bergamasca, ampezzano, ampezzana"),
    cuisine("spanish", "andalou, andalouse, espanol, español, espanola, española, tapas, pintxos, catalan, catalana, andaluz, "
            "iberian, castilian, castellano, navarrese, extremaduran, aragonese, "
            "andalusian, gallega, galician, vasco, valenciana, madrilena, madrileña, asturiano, asturiana, andaluza, "
            "cordobes, cordobés, cantabro, cántabro, segoviano, riojana, riojano, manchego style, "
            "toledano, toledana, toledanos, toledanas, castellana, segoviana, murciano, murciana, extremeño, extremeña, "
            "leonés, leonesa, aragonesa, gallego, navarro, navarra style, canario, canaria, toledo, menorcan, menorquina, "
            "menorquin"),
    cuisine("portuguese", "transmontana, a transmontana, minhota, a minhota, portugues, português, portuguesa, alentejana, a portuguesa, "
            "alentejano, transmontano, minhoto, algarvio, algarvia, beirão, beirã, bairradino, à bairrada, portuense"),
    cuisine("greek", "hellenic, ellinika, aegean, cretan, corfiot, corfu"),
    cuisine("middle eastern", "gaziantep, antep, karadeniz, lebanese, libanais, levantine, syrian, turkish, turc, persian, iranian, israeli, "
            "mezze, meze, ottoman, afghan, yemeni, georgian, uzbek, central asian", facets="warm_spice"),
    cuisine("north african", "marocaine, a la marocaine, à la marocaine, moroccan, marocain, tunisian, algerian, maghreb", facets="warm_spice"),
    cuisine("indian", "bombay, gujarati, rajasthani, malabar, parsi, bengali style, karachi, lahori, peshawari, indien, indiana, india, punjabi, goan, kerala, south indian, tandoor, tandoori, "
            "pakistani, bangladeshi, sri lankan, hyderabadi, bengali, mughlai, mangalorean, keralan, "
            "udupi, konkani, malvani, coorgi", heat=1, facets="warm_spice, curry"),
    cuisine("thai", "isan, thailandais, thaï, tailandese, tailandesa, isaan", heat=2, facets="citrus, herbal"),
    cuisine("vietnamese", "vietnamien, vietnamita", heat=1, facets="herbal, citrus"),
    cuisine("chinese", "uyghur, uighur, dongbei, shanghai, hong kong, hong kong-style, indo-chinese, xinjiang, xinjiang-style, yunnan, yunnanese, hakka, chinois, cinese, chino, cantonese, cantonais, hunan, shanghainese, hainanese, taiwanese, "
            "mongolian", facets="soy"),
    cuisine("sichuan", "schezwan, schezuan, szechuan, szechwan, sichuanese, chongqing", heat=3, facets="pepper, soy"),
    cuisine("japanese", "hiroshima style, hiroshima-style, osaka style, osaka-style, japonais, giapponese, japones, japonés, izakaya, washoku", facets="soy"),
    cuisine("korean", "coreen, coréen, coreano", heat=2, facets="soy, ginger"),
    cuisine("mexican", "oaxaqueño, oaxaqueños, oaxaqueña, oaxaqueñas, michoacan, michoacano, michoacanas, "
            "jalisco, jalisciense, yucatecan, mexicain, messicano, mexicano, mexicana, tex-mex, oaxacan, yucatan, oaxaca, yucateco, "
            "yucateca", heat=2),
    cuisine("peruvian", "peruvien, péruvien, peruano, nikkei", facets="citrus"),
    cuisine("caribbean", "cuban, jamaican, antillais, creole, créole, cajun, louisiana, new orleans, mauritian, "
            "mauricien, mauricienne, seychellois, reunionese, réunionnais, dominican, dominicana, dominicano, "
            "puerto rican, boricua", heat=2, facets="warm_spice"),
    cuisine("american", "texas, southern, new england, californian, cali, diner-style, soul food, carolina, nashville, texan, "
            "hawaiian, connecticut, connecticut style, maine, new york style, chicago style, detroit style"),
    cuisine("british", "english, scottish, irish, pub, gastropub"),
    cuisine("german", "basler, bundner, bündner, grisons, deutsch, bavarian, austrian, autrichien, viennese, wiener, tyrolean, alpine, swabian, "
            "franconian, palatinate, rhenish, westphalian, berliner, south tyrolean, germany, austria, swiss, "
            "zurich, zürich, zurcher, zürcher, bernese, vaudois"),
    cuisine("central european", "hungarian, hongrois, ungherese, czech, bohemian, polish, slovak, slovenian, "
            "croatian, dalmatian, romanian, bulgarian, serbian, bosnian, balkan, eastern european"),
    cuisine("scandinavian", "nordic, swedish, danish, norwegian, finnish"),
    cuisine("ethiopian", "eritrean", heat=2, facets="warm_spice"),
    cuisine("argentinian", "uruguayo, uruguaya, argentine, argentino, argentina, uruguayan, gaucho"),
    cuisine("brazilian", "bresilien, brésilien, brasileiro"),
    cuisine("indonesian", "padang, betawi, malaysian, malaisien, singaporean, peranakan, balinese", heat=2, facets="coconut"),
)

COURSES: Final = (
    course("starter", "kemia, hassun, sakizuke, zensai, starters, entree, entrée, entrees, antipasto, antipasti, entrante, entrantes, primi, "
           "primo, appetizer, appetiser, appetizers, small plates, hors d'oeuvre, amuse-bouche, tapa, snack"),
    course("main", "teishoku, thali, mains, main course, main dish, plat, plat principal, plats, secondo, secondi, "
           "segundo plato, principal, principales, entree course"),
    course("side", "sides, side dish, accompagnement, contorno, contorni, guarnicion, guarnición"),
    course("soup", "suppe, çorbası, corbasi, çorba, corba, soto, caldillo, suimono, soupe, potage, veloute soup, zuppa, minestra, sopa, crema de, broth, bouillon, brodo, "
           "caldo, consomme, consommé, chowder, bisque", weight=-1),
    course("sandwich", "hero, heroes, tramezzino, tramezzini, butty, butties, sarnie, sarnies, sandwiches, panino, bocadillo, bocata, toastie, croque, roll, sub, hoagie, wrap",
           facets="starch"),
    course("pizza", "pizze, pizzas, flatbread pizza", facets="starch, tomato, tomato_sauce, cheese"),
    course("risotto", "risotti, rizoto, arroz meloso, arroz cremoso, orzotto", weight=1, fat=1,
           facets="starch, cheese"),
    course("noodle soup", "udon, soba, laksa soup, noodle bowl", weight=-1, facets="starch, soy"),
    course("salad course", "insalata mista, ensalada mixta, side salad, salade verte", weight=-2),
)

# Named dishes, written as their parts: "moussaka" is understood the way its description would be.
# fmt: off
DISHES: Final = (
    # French
    dish("boeuf bourguignon", "bœuf bourguignon, beef bourguignon, boeuf a la bourguignonne, bourguignon",
         parts="beef, braised, red wine sauce, bacon, mushroom, onion", cuisine="french"),
    dish("coq au vin", "coq au riesling, poulet au vin", parts="chicken, braised, red wine sauce, bacon, mushroom",
         cuisine="french"),
    dish("blanquette de veau", "blanquette, veal blanquette", parts="veal, poached, cream sauce, mushroom",
         cuisine="french"),
    dish("pot roast", "yankee pot roast, beef pot roast", parts="beef, braised, carrot, potato", cuisine="american"),
    dish("cassoulet", "", parts="duck, confit, sausage, pork belly, beans, braised", cuisine="french", weight=1),
    dish("confit de canard", "duck confit, cuisse de canard confite, canard confit", parts="duck, confit",
         cuisine="french"),
    dish("duck a l'orange", "canard a l'orange, canard à l'orange, caneton a l'orange",
         parts="duck, roasted, fruit sauce", cuisine="french"),
    dish("navarin d'agneau", "navarin", parts="lamb, braised, carrot, peas", cuisine="french"),
    dish("pot-au-feu", "pot au feu, bollito misto, bollito, cocido, cocido madrileno, puchero",
         parts="beef, poached, carrot, potato", cuisine="french"),
    dish("daube provencale", "daube provençale, daube de boeuf", parts="beef, braised, red wine sauce, herbs",
         cuisine="french"),
    dish("steak frites", "steak-frites, steak and chips", parts="steak, grilled, fries", cuisine="french"),
    dish("steak au poivre", "pepper steak, filet au poivre", parts="steak, seared, pepper sauce, cream",
         cuisine="french"),
    dish("choucroute garnie", "choucroute alsacienne", parts="sausage, ham, pork belly, cabbage, potato",
         cuisine="french"),
    dish("tartiflette", "raclette dish, croziflette", parts="potato, washed-rind cheese, bacon, cream, baked",
         cuisine="french", weight=1),
    # Potato and young Tomme or Cantal: no Reblochon, no bacon.
    dish("aligot", "truffade, aligot de l'aubrac", parts="potato, aged cheese, cream, garlic", cuisine="french",
         weight=1),
    dish("raclette", "raclette valaisanne", parts="aged cheese, potato, cured ham, pickles", cuisine="french",
         weight=1),
    dish("fondue", "moitié-moitié, fondue moitié-moitié, fondue savoyarde, cheese fondue, fonduta valdostana", parts="aged cheese, white wine sauce, bread",
         cuisine="french", weight=1),
    dish("gratin dauphinois", "pommes dauphinoise, dauphinoise potatoes, potato gratin, dauphinoise, potato dauphinoise, "
         "potatoes dauphinoise, dauphinoise potato",
         parts="potato, cream, baked", cuisine="french"),
    dish("quiche lorraine", "quiche", parts="egg, cream, bacon, pastry, baked", cuisine="french"),
    dish("croque monsieur", "croque-monsieur, croque madame, croque-madame",
         parts="ham, cheese sauce, bread, egg", cuisine="french"),
    dish("bouillabaisse", "bourride, soupe de poisson, cacciucco, zarzuela, caldeirada, cioppino",
         parts="fish, shellfish, tomato, saffron, fennel, mayonnaise", cuisine="french"),
    dish("moules marinieres", "moules marinières, moules frites, moules a la creme, cozze alla marinara",
         parts="mussel, white wine sauce, garlic, herbs", cuisine="french"),
    dish("sole meuniere", "sole meunière, sole a la meuniere", parts="sole, seared, butter sauce, citrus",
         cuisine="french"),
    dish("quenelles de brochet", "quenelles, quenelle", parts="fish, poached, cream sauce", cuisine="french"),
    dish("coquilles saint-jacques gratinees", "coquilles st jacques", parts="scallop, cream sauce, cheese topping",
         cuisine="french"),
    dish("escargots de bourgogne", "escargots a la bourguignonne", parts="snail, garlic, butter, herbs",
         cuisine="french"),
    dish("soupe a l'oignon", "soupe à l'oignon, french onion soup, onion soup, soupe a l'oignon gratinee",
         parts="onion, jus, bread, aged cheese, soup", cuisine="french"),
    dish("salade nicoise", "salade niçoise, nicoise salad", parts="tuna, egg, olives, anchovy, salad, tomato",
         cuisine="french"),
    # Provence's stewed summer vegetables and their cousins around the Mediterranean, each with its
    # own home: guidance pours that home's rosé or supple red (Provence or southern Rhône with
    # ratatouille, Nero d'Avola or a Sicilian white with caponata, a young Tempranillo with pisto).
    dish("ratatouille", "tian, confit byaldi", parts="eggplant, zucchini, sweet pepper, tomato sauce, herbs",
         cuisine="french"),
    dish("caponata", "caponata siciliana", parts="eggplant, celery, olives, capers, sweet and sour, tomato",
         cuisine="italian"),
    dish("pisto", "pisto manchego, samfaina", parts="sweet pepper, zucchini, tomato sauce, onion, olive oil",
         cuisine="spanish"),
    dish("briam", "briami", parts="zucchini, potato, tomato, olive oil, baked", cuisine="greek"),
    dish("pissaladiere", "pissaladière", parts="onion, anchovy, olives, bread", cuisine="french"),
    # The sauce, not the egg, decides: guidance pours red Burgundy, the wine the sauce is made with.
    dish("oeufs en meurette", "œufs en meurette", parts="egg, red wine sauce, poached, bacon", cuisine="french"),
    dish("creme brulee", "crème brûlée, brulee, brûlée, crema catalana, crema quemada", parts="custard, caramel",
         cuisine="french"),
    dish("tarte tatin", "tatin", parts="tart, apple, caramel", cuisine="french"),
    dish("tarte au citron", "lemon tart, lemon meringue pie, tarte au citron meringuee",
         parts="tart, citrus", cuisine="french"),
    dish("clafoutis", "", parts="custard, cherry", cuisine="french"),
    dish("mousse au chocolat", "chocolate mousse, mousse al cioccolato", parts="chocolate, mousse",
         cuisine="french"),
    dish("fondant au chocolat", "chocolate fondant, molten chocolate cake, lava cake, moelleux au chocolat, "
         "chocolate cake, brownie, brownies, sachertorte, sacher torte, black forest cake, foret noire, "
         "chocolate tart, tarte au chocolat", parts="chocolate, cake", cuisine="french"),
    dish("profiteroles au chocolat", "profiteroles", parts="sweet pastries, ice cream, chocolate", cuisine="french"),
    # Italian
    dish("cacio e pepe", "cacio pepe", parts="pasta, aged cheese, pepper sauce", cuisine="italian"),
    dish("carbonara", "spaghetti carbonara, spaghetti alla carbonara", parts="pasta, pancetta, egg, aged cheese, "
         "pepper sauce", cuisine="italian"),
    dish("amatriciana", "bucatini all'amatriciana, all'amatriciana", parts="pasta, pancetta, tomato sauce, "
         "aged cheese", cuisine="italian"),
    dish("gricia", "pasta alla gricia", parts="pasta, pancetta, aged cheese, pepper sauce", cuisine="italian"),
    dish("bolognese", "lasagne verdi, lasagne verdi alla bolognese, al ragu, al ragù, ragu alla bolognese, ragù alla bolognese, tagliatelle al ragu, spaghetti bolognese, "
         "lasagna, lasagne, lasaña, lasaña boloñesa, lasagne alla bolognese, pastitsio, vincisgrassi, spag bol, spag bog, spaghetti bol", parts="pasta, minced beef, braised, tomato sauce",
         cuisine="italian"),
    dish("vongole", "spaghetti alle vongole, linguine alle vongole, pasta alle vongole",
         parts="pasta, clam, garlic, white wine sauce, herbs", cuisine="italian"),
    dish("pesto trofie", "trofie al pesto, pasta al pesto, trenette al pesto", parts="pasta, pesto",
         cuisine="italian"),
    # Braised with a splash of white wine, but poured a red: Barbera or Nebbiolo in every guide.
    dish("osso buco alla milanese", "ossobuco alla milanese", parts="veal shank, braised, green sauce",
         cuisine="italian"),
    dish("risotto alla milanese", "risotto milanese, saffron risotto", parts="risotto, saffron, butter, aged cheese",
         cuisine="italian"),
    dish("vitello tonnato", "vitel tonne", parts="veal, poached, tuna, mayonnaise, capers, cold",
         cuisine="italian"),
    dish("saltimbocca", "saltimbocca alla romana", parts="veal, cured ham, sage, butter sauce, white wine sauce",
         cuisine="italian"),
    dish("cotoletta alla milanese", "veal milanese, cotoletta, wiener schnitzel, schnitzel, escalope viennoise",
         parts="veal, fried, citrus", cuisine="italian"),
    dish("pollo alla cacciatora", "chicken cacciatore, cacciatore, poulet chasseur",
         parts="chicken, braised, tomato sauce, herbs, mushroom", cuisine="italian"),
    dish("melanzane alla parmigiana", "parmigiana di melanzane, eggplant parmigiana, eggplant parmesan, eggplant parm, aubergine parmigiana, "
         "aubergine parmigiana, parmigiana", parts="eggplant, tomato sauce, fresh cheese, aged cheese, baked",
         cuisine="italian"),
    dish("pizza margherita", "margherita, margarita pizza", parts="pizza, tomato sauce, fresh cheese, herbs",
         cuisine="italian"),
    dish("pizza marinara", "", parts="pizza, tomato sauce, garlic, herbs", cuisine="italian"),
    dish("bistecca alla fiorentina", "fiorentina, florentine steak", parts="steak, grilled", cuisine="italian",
         weight=1),
    dish("porchetta", "", parts="suckling pig, roasted, herbs, garlic", cuisine="italian"),
    # Brescia's spiedo: pork, rabbit and chicken turned for hours on the spit, basted in butter and
    # sage, with polenta (Franciacorta's reds and the Garda Groppello are its wines).
    dish("spiedo bresciano", "spiedo alla bresciana, mixed spit roast, spit-roasted mixed meats", parts="pork, rabbit, "
         "chicken, on the spit, butter, sage", cuisine="italian"),
    dish("fritto misto", "fritto misto di mare, frittura di pesce, fritura de pescado, pescaito frito",
         parts="squid, prawn, fish, fried", cuisine="italian"),
    dish("arancini", "arancine, supplì, suppli, supplì al telefono, suppli al telefono", parts="rice, fried, fresh cheese", cuisine="italian"),
    dish("fegato alla veneziana", "", parts="calf's liver, onion, seared", cuisine="italian"),
    dish("baccala mantecato", "baccalà mantecato, brandade de morue", parts="salt cod, cream, garlic",
         cuisine="italian"),
    dish("carpaccio di manzo", "beef carpaccio", parts="beef tartare, raw, aged cheese, salad, citrus",
         cuisine="italian"),
    dish("caprese", "insalata caprese", parts="fresh cheese, tomato, herbs, salad", cuisine="italian"),
    dish("tiramisu", "tiramisù", parts="custard, coffee, cake, chocolate", cuisine="italian"),
    dish("panna cotta", "", parts="custard, cream", cuisine="italian"),
    dish("zabaione", "zabaglione, sabayon", parts="custard, egg", cuisine="italian"),
    dish("cannoli siciliani", "", parts="sweet pastries, fresh cheese", cuisine="italian"),
    dish("affogato", "", parts="ice cream, coffee", cuisine="italian"),
    # Spanish and Portuguese
    dish("paella valenciana", "", parts="chicken, rabbit, rice, saffron, beans", cuisine="spanish"),
    dish("paella", "paella de marisco, seafood paella, arroz negro, arroz a banda, fideua",
         parts="rice, saffron, shellfish, chicken", cuisine="spanish"),
    dish("gambas al ajillo", "gambas pil pil, garlic prawns, garlic shrimp", parts="prawn, garlic, chilli",
         cuisine="spanish"),
    dish("pulpo a la gallega", "pulpo a feira, polbo a feira", parts="octopus, poached, potato, smoked paprika",
         cuisine="spanish"),
    dish("tortilla espanola", "tortilla española, tortilla de patatas, spanish omelette",
         parts="egg, potato, onion", cuisine="spanish"),
    dish("patatas bravas", "bravas", parts="potato, fried, chilli, mayonnaise", cuisine="spanish"),
    dish("croquetas de jamon", "croquetas", parts="cured ham, fried, cream sauce", cuisine="spanish"),
    dish("fabada asturiana", "fabada", parts="chorizo, sausage, pork belly, beans, braised", cuisine="spanish"),
    dish("rabo de toro estofado", "rabo de toro", parts="oxtail, braised, red wine sauce", cuisine="spanish"),
    dish("cochinillo asado", "", parts="suckling pig, roasted", cuisine="spanish"),
    dish("merluza en salsa verde", "hake in salsa verde, merluza a la vasca", parts="hake, green sauce, clam, "
         "white wine sauce", cuisine="spanish"),
    dish("bacalao al pil pil", "bacalao pil pil", parts="salt cod, garlic, chilli", cuisine="spanish"),
    dish("gazpacho", "salmorejo", parts="tomato, cucumber, cold, soup", cuisine="spanish"),
    dish("bacalhau a bras", "bacalhau à brás", parts="salt cod, egg, fries, onion", cuisine="portuguese"),
    dish("caldo verde", "", parts="kale, potato, chorizo, soup", cuisine="portuguese"),
    dish("frango piri-piri", "piri piri chicken, peri peri chicken, frango assado", parts="chicken, grilled, chilli, "
         "citrus", cuisine="portuguese"),
    dish("pastel de nata", "pasteis de nata, pastéis de nata, portuguese custard tart", parts="custard, pastry",
         cuisine="portuguese"),
    dish("churros con chocolate", "churros y chocolate", parts="sweet pastries, fried, chocolate", cuisine="spanish"),
    # Greek, Middle Eastern, North African
    dish("moussaka", "mousaka, musakka, musaka", parts="minced beef, lamb, eggplant, cream sauce, tomato, baked, "
         "warm spices", cuisine="greek"),
    dish("souvlaki", "gyros, gyro, kebab plate", parts="pork, grilled, yogurt sauce, bread", cuisine="greek"),
    # The döner of a British or German kebab shop is lamb (or beef), not the pork of a Greek gyro.
    dish("doner kebab", "doner, döner, döner kebab, donner kebab, donner", parts="lamb, grilled, yogurt sauce, bread",
         cuisine="middle eastern"),
    dish("spanakopita", "spinach pie, borek, börek", parts="spinach, fresh cheese, pastry, baked",
         cuisine="greek"),
    dish("tiropita", "tyropita, cheese pie, peynirli börek", parts="fresh cheese, egg, pastry, baked", cuisine="greek"),
    dish("kleftiko", "lamb kleftiko", parts="lamb, roasted, garlic, citrus, herbs", cuisine="greek"),
    # Whatever is in it (vegetables, fish, kefta), a tagine is Moroccan and spiced, not just a stew.
    dish("tagine", "tajine", parts="braised, warm spices", cuisine="north african", weight=1),
    dish("lamb tagine", "tajine d'agneau, lamb tajine, tagine d'agneau aux pruneaux",
         parts="lamb, braised, dried fruit, warm spices", cuisine="north african"),
    dish("chicken tagine", "tajine de poulet, poulet aux citrons confits",
         parts="chicken, braised, citrus, olives, warm spices", cuisine="north african"),
    dish("couscous royal", "couscous royale, couscous", parts="lamb, merguez, chicken, vegetables, warm spices, braised",
         cuisine="north african"),
    dish("shawarma", "shawerma, chicken shawarma", parts="chicken, roasted, warm spices, "
         "yogurt sauce, bread", cuisine="middle eastern"),
    dish("kibbeh", "kibbe, kofte kebab, adana kebab, adana kebap, adana, urfa kebab, urfa kebap, lamb kofta", parts="lamb, minced beef, warm spices, grilled",
         cuisine="middle eastern"),
    dish("baba ganoush", "baba ghanoush, moutabal, mutabbal, mutabal", parts="eggplant, smoked, nut sauce, garlic",
         cuisine="middle eastern"),
    dish("baklava", "", parts="sweet pastries, nuts, honey", cuisine="middle eastern"),
    # Indian
    dish("butter chicken", "murgh makhani, chicken makhani", parts="chicken, curry, butter, cream, tomato",
         cuisine="indian"),
    dish("chicken tikka masala", "tikka masala", parts="chicken, grilled, curry, cream, tomato", cuisine="indian"),
    dish("vindaloo", "vindalho", parts="curry, fiery chilli, vinaigrette",
         cuisine="indian"),
    dish("rogan josh", "lamb rogan josh", parts="lamb, curry, braised", cuisine="indian"),
    dish("korma", "kurma, qorma", parts="curry, cream, nut sauce, mild", cuisine="indian"),
    dish("saag paneer", "palak paneer, saag", parts="spinach, fresh cheese, curry", cuisine="indian"),
    dish("tandoori chicken", "chicken tikka, murgh tikka", parts="chicken, grilled, yogurt, warm spices, chilli",
         cuisine="indian"),
    dish("biryani", "biriyani, pulao", parts="rice, warm spices, curry", cuisine="indian"),
    dish("dal makhani", "dal tadka, tarka dal", parts="lentils, butter, cream, warm spices", cuisine="indian"),
    # Dal on an Indian menu is a dish, never plain lentils: tempered with spices and garlic.
    dish("dal", "dhal, daal, dal fry, daal fry", parts="lentils, warm spices, garlic, simmered", cuisine="indian"),
    dish("jalfrezi", "jalfrezy", parts="curry, sweet pepper, tomato, chilli, seared",
         cuisine="indian"),
    # Thai, Vietnamese
    dish("green curry", "thai green curry, gaeng keow wan, kaeng khiao wan",
         parts="curry, coconut, chilli, herbs", cuisine="thai"),
    dish("red curry", "thai red curry, gaeng daeng, panang curry", parts="curry, coconut, chilli", cuisine="thai"),
    dish("massaman curry", "massaman", parts="curry, coconut, nut sauce, warm spices", cuisine="thai"),
    dish("pad thai", "phad thai", parts="pasta, prawn, nut sauce, sweet and sour, egg", cuisine="thai"),
    dish("som tam", "papaya salad, green papaya salad", parts="salad, chilli, citrus, soy", cuisine="thai"),
    dish("larb", "laab, larb moo", parts="pork, chilli, citrus, herbs", cuisine="thai"),
    dish("larb gai", "laab gai, chicken larb", parts="chicken, chilli, citrus, herbs", cuisine="thai"),
    dish("tom yum", "tom yam, tom kha", parts="prawn, soup, chilli, citrus, ginger", cuisine="thai"),
    dish("pho", "phở, pho bo", parts="noodle soup, beef, herbs, ginger", cuisine="vietnamese"),
    dish("banh mi", "bánh mì", parts="bread, pork, pickled, herbs, chilli", cuisine="vietnamese"),
    dish("summer rolls", "goi cuon, fresh rolls, rice paper rolls", parts="prawn, herbs, nut sauce",
         cuisine="vietnamese"),
    # Spring rolls are fried (summer rolls are the fresh ones), whichever kitchen wraps them.
    dish("spring rolls", "spring roll, imperial rolls, nem ran", parts="fried, pastry, vegetables"),
    # Chinese, Japanese, Korean
    dish("peking duck", "pekin duck, canard laque, roast duck pancakes, crispy duck", parts="duck, roasted, "
         "sweet and sour", cuisine="chinese"),
    # Ramen's chashu is pork belly rolled and braised in soy and mirin, not Cantonese honey-glazed char siu.
    dish("chashu", "chashu pork, cha-shu, chāshū", parts="pork belly, braised, soy, mirin", cuisine="japanese"),
    dish("char siu", "cha siu, barbecue pork", parts="pork, roasted, sweet and sour, soy",
         cuisine="chinese"),
    dish("kung pao chicken", "kung pao, kung po, kung po chicken, gong bao chicken", parts="chicken, seared, chilli, nut sauce, soy",
         cuisine="sichuan"),
    dish("mapo tofu", "ma po tofu", parts="tofu, minced beef, chilli, pepper sauce, soy", cuisine="sichuan"),
    dish("sweet and sour pork", "gu lou yuk", parts="pork, fried, sweet and sour", cuisine="chinese"),
    dish("siu mai", "siu mai dumplings, shumai, shao mai, siomai", parts="pork, prawn, filled pasta, poached",
         cuisine="chinese"),
    dish("dim sum", "har gow, dim sum basket",
         parts="filled pasta, prawn, pork, poached", cuisine="chinese"),
    dish("sushi", "nigiri, maki, makizushi, chirashi, temaki, uramaki, hand roll, hand rolls", parts="fish, raw, rice, soy",
         cuisine="japanese"),
    dish("sashimi", "mukozuke, otsukuri, tsukuri", parts="fish, raw, soy", cuisine="japanese"),
    dish("tempura", "", parts="prawn, vegetables, fried", cuisine="japanese"),
    dish("tonkatsu", "katsu curry, katsu sando", parts="pork, fried, sweet and sour",
         cuisine="japanese"),
    dish("teriyaki", "teriyaki glaze, teriyaki sauce", parts="soy, glazed, grilled", cuisine="japanese"),
    dish("ramen", "tonkotsu ramen, tonkotsu, shoyu ramen, miso ramen", parts="noodle soup, pork belly, egg, soy",
         cuisine="japanese"),
    dish("yakitori", "tsukune, negima", parts="chicken, grilled, soy, glazed", cuisine="japanese"),
    dish("bibimbap", "dolsot bibimbap", parts="rice, minced beef, egg, vegetables, chilli", cuisine="korean"),
    dish("bulgogi", "korean barbecue, korean bbq", parts="beef, grilled, soy, sweet and sour", cuisine="korean"),
    dish("korean fried chicken", "yangnyeom chicken, yangnyeom", parts="chicken, fried, chilli, sweet and sour",
         cuisine="korean"),
    # The Americas
    dish("chili con carne", "texas chili, chile con carne, chilli con carne", parts="minced beef, beans, "
         "tomato, chilli, braised, warm spices", cuisine="mexican"),
    dish("bean chilli", "veggie chilli, vegetarian chilli, vegan chilli, three bean chilli, chilli sin carne, "
         "chili sin carne, bean chili, veggie chili, vegetarian chili", parts="beans, tomato, chilli, braised, "
         "warm spices", cuisine="mexican"),
    dish("chili cheese fries", "chilli cheese fries, chili fries, chilli fries",
         parts="minced beef, beans, chilli, cheese topping, fries, fried", cuisine="american"),
    dish("mole poblano", "pollo en mole, chicken mole, chicken in mole", parts="chicken, braised, mole, mild chillies, "
         "warm spices", cuisine="mexican"),
    dish("tacos al pastor", "al pastor", parts="pork, grilled, tropical fruit, chilli, bread", cuisine="mexican"),
    dish("carnitas", "carnitas tacos", parts="pork, confit, citrus, bread", cuisine="mexican"),
    dish("tacos", "tacos de canasta, tacos sudados, tostada, tostadas, taquitos, taco, burrito, burritos, enchiladas, "
         "enchilada, fajitas, tostadas, nachos", parts="bread, salsa, chilli", cuisine="mexican"),
    dish("ceviche", "cebiche, seviche, leche de tigre, tiradito", parts="fish, raw, citrus, chilli",
         cuisine="peruvian"),
    dish("empanadas", "empanadas de pino, empanada de pino, empanada, salteñas, pasties, cornish pasty", parts="pastry, minced beef, baked",
         cuisine="argentinian"),
    dish("asado argentino", "parrillada, parrillada mixta, parrillada argentina, churrasco, churrasco misto, churrascaria", parts="beef, grilled, green sauce",
         cuisine="argentinian", weight=1),
    dish("feijoada", "feijoada completa", parts="pork, sausage, beans, braised", cuisine="brazilian"),
    dish("jerk chicken", "jerk", parts="chicken, grilled, chilli, warm spices", cuisine="caribbean"),
    dish("gumbo", "jambalaya, etouffee, étouffée", parts="shellfish, sausage, rice, chilli, braised",
         cuisine="caribbean"),
    dish("cheeseburger", "cheese burger, bacon cheeseburger, bacon burger", parts="burger, cheese sauce, bread",
         cuisine="american"),
    dish("mac and cheese", "macaroni and cheese, mac n cheese, mac 'n' cheese, macaroni cheese",
         parts="pasta, cheese sauce, cream, baked", cuisine="american"),
    dish("clam chowder", "new england clam chowder, chowda, clam chowda, seafood chowder, seafood chowda", parts="clam, cream, potato, bacon, soup",
         cuisine="american"),
    dish("lobster mac and cheese", "lobster mac, lobster mac n cheese, lobster mac 'n' cheese, lobster macaroni",
         parts="lobster, pasta, cheese sauce, cream, baked", cuisine="american"),
    dish("lobster roll", "", parts="lobster, mayonnaise, bread, butter", cuisine="american"),
    dish("crab cakes", "crab cake", parts="crab, fried, mayonnaise", cuisine="american"),
    dish("buffalo wings", "hot wings, buffalo chicken", parts="chicken, fried, chilli, butter",
         cuisine="american"),
    dish("fried chicken", "southern fried chicken, chicken and waffles, chicken tenders, nuggets",
         parts="chicken, fried", cuisine="american"),
    dish("pulled pork", "bbq pulled pork, pulled pork sandwich", parts="pork shoulder, barbecued, barbecue sauce",
         cuisine="american"),
    dish("barbecue ribs", "bbq ribs, barbecue pork ribs", parts="spare ribs, barbecued, "
         "barbecue sauce", cuisine="american"),
    dish("thanksgiving turkey", "thanksgiving, thanksgiving dinner, roast turkey, turkey dinner", parts="turkey, roasted, fruit sauce, jus",
         cuisine="american"),
    dish("cobb salad", "chef's salad", parts="chicken, salad, bacon, egg, blue cheese, vinaigrette",
         cuisine="american"),
    # Romaine, an anchovy and Parmesan dressing and croutons: no chicken or blue cheese unless said.
    dish("caesar salad", "insalata caesar, ensalada cesar, ensalada césar", parts="salad, caesar dressing, "
         "aged cheese, bread", cuisine="american"),
    dish("apple pie", "apple crumble, apple strudel, strudel, apfelstrudel, apple turnover, apple turnovers, "
         "chausson aux pommes", parts="tart, apple, warm spices", cuisine="american"),
    # British, German, Scandinavian
    dish("fish and chips", "fish & chips, fish n chips", parts="cod, fried, fries", cuisine="british"),
    # Scampi on a pub menu are breaded and fried, like the fish of fish and chips.
    dish("scampi and chips", "scampi & chips, scampi n chips, scampi in a basket, breaded scampi, wholetail scampi",
         parts="langoustine, fried, fries", cuisine="british"),
    dish("shepherd's pie", "", parts="lamb, minced beef, potato, baked, jus", cuisine="british"),
    dish("cottage pie", "hachis parmentier", parts="minced beef, potato, baked, jus", cuisine="british"),
    # The Camargue's gardiane: bull braised for hours in red wine with olives, over rice.
    dish("gardiane", "gardiane de taureau, gardianne, gardiane de boeuf", parts="beef, braised, red wine sauce, olives",
         cuisine="french"),
    # Scotland's mince (beef, as a Scottish menu means it) stewed with onion, over boiled potatoes.
    dish("mince and tatties", "mince n tatties, mince & tatties, mince and potatoes, mince 'n' tatties",
         parts="minced beef, onion, potato, jus", cuisine="british"),
    dish("mixed grill", "", parts="lamb chops, steak, sausage, grilled", cuisine="british"),
    dish("fish pie", "", parts="fish, smoked fish, cream sauce, potato, baked", cuisine="british"),
    dish("beef wellington", "boeuf en croute, filet de boeuf en croute", parts="beef fillet, pastry, mushroom, "
         "roasted", cuisine="british"),
    dish("sunday roast", "roast beef, roast beef and yorkshire pudding", parts="beef, roasted, jus",
         cuisine="british"),
    dish("ploughman's", "ploughmans lunch, ploughman's lunch", parts="aged cheese, ham, bread, jam",
         cuisine="british"),
    dish("sausage and mash", "bangers and mash", parts="sausage, potato, jus", cuisine="british"),
    dish("sauerbraten", "", parts="beef, braised, vinaigrette, dried fruit", cuisine="german"),
    dish("swedish meatballs", "kottbullar, köttbullar", parts="minced beef, cream sauce, jam", cuisine="scandinavian"),
    dish("gravlax", "gravad lax, gravlaks", parts="salmon, cured, herbs, mustard", cuisine="scandinavian"),
    # Cheese and charcuterie plates, eggs, vegetarian classics
    dish("charcuterie board", "planche de charcuterie, tagliere, tabla de embutidos, antipasto misto, "
         "salumi board", parts="charcuterie, bread, cucumber", cuisine=""),
    dish("cheese board", "cheeseboard, cheese boards, plateau de fromages, tagliere di formaggi, tabla de quesos", parts="cheese", cuisine=""),
    dish("eggs benedict", "benedict", parts="egg, poached, butter sauce, ham, bread",
         cuisine="american"),
    dish("omelette", "omelet, omelette aux fines herbes, frittata", parts="egg, herbs, butter", cuisine="french"),
    dish("mushroom wellington", "", parts="mushroom, pastry, roasted", cuisine="british"),
    dish("falafel", "falafel wrap, falafel plate", parts="chickpeas, fried, nut sauce, bread",
         cuisine="middle eastern"),
    dish("stuffed peppers", "peperoni ripieni, pimientos rellenos, gemista, yemista, dolma, dolmades",
         parts="sweet pepper, stuffed, rice, tomato, herbs", cuisine="greek"),
    dish("chicken with morels", "poulet aux morilles, poularde aux morilles, poulet au vin jaune",
         parts="chicken, morel, cream sauce, cooking wine", cuisine="french"),
    dish("toast skagen", "skagenrora, skagen", parts="prawn, mayonnaise, herbs, bread", cuisine="scandinavian"),
    dish("mushroom risotto", "risotto ai funghi, risotto ai porcini, risotto aux champignons",
         parts="risotto, mushroom", cuisine="italian"),
    dish("truffle pasta", "tagliolini al tartufo, tajarin al tartufo", parts="pasta, truffle, butter",
         cuisine="italian"),
)
# fmt: on


# fmt: off
# Everyday kitchen words menus use around the main parts.
KITCHEN: Final = (
    ing("olive oil", "oil, huile d'olive, olio, olio d'oliva, aceite, aceite de oliva, extra virgin olive oil, "
        "evoo", fat=1),
    ing("horseradish", "apfelkren, apple horseradish, raifort, rafano, wasabi root, kren", heat=1, facets="mustard"),
    ing("pomegranate", "grenade, melograno, granada, pomegranate seeds", acid=1, sweet=1, facets="fruit"),
    ing("grapes", "grape, raisin frais, uva, uvas, verjus, verjuice", sweet=1, facets="fruit"),
    ing("spring onion", "verdeo, al verdeo, scallion, scallions, spring onions, green onion, green onions, cebolleta, cipollotto, "
        "chives onion", weight=-1),
    ing("radish", "radishes, radis, ravanelli, rabanitos, daikon", weight=-1, facets="bitter"),
    ing("bean sprouts", "sprouts, beansprouts, germogli", weight=-1),
    ing("portobello", "portobellos, portabella, flat mushrooms, field mushrooms", protein="mushroom", umami=1,
        facets="earthy"),
    ing("melon", "cantaloupe, charentais, honeydew, watermelon, pasteque, anguria, sandia", sweet=1,
        facets="fruit"),
    ing("coleslaw", "slaw, cabbage salad", acid=1, fat=1),
    # Guindillas are the Basque country's mild green peppers, eaten pickled: sharp, not hot.
    ing("pickles", "pickle, pickled, pickled vegetables, giardiniera, achar, branston, chow chow, tsukemono, guindilla, guindillas, piparras, piparra",
        weight=-1, acid=2, salt=1, facets="vinegar"),
    ing("mirin", "sake, rice wine, shaoxing, shaoxing wine, huangjiu", sweet=1, umami=1),
    ing("cooking wine", "riesling, champagne, cider, cidre, sidra, sherry, jerez, fino, manzanilla, vin jaune, "
        "vermouth, noilly prat, prosecco, cava, crémant, cremant, sparkling wine, in sauternes, in moscato, "
        "in tokaji, in muscat, gueuze, geuze, kriek, lambic, beer, ale, lager, pilsner, biere, birra, cerveza", facets="white_wine"),
    # A spirit flamed into a sauce (a brandy cream on a steak, a bourbon glaze on ribs) leaves its
    # depth, not a white wine's acidity: the meat and the sauce decide the colour.
    ing("spirits", "pisco, cognac, armagnac, brandy, grand marnier, cointreau, rum, whisky, whiskey, bourbon, gin, "
        "sloe gin, vodka, tequila, mezcal, "
        "poitín, poteen, scotch whisky, single malt"),
    # A dark beer braise or gravy (carbonnade, Schweinshaxe, beef and Guinness) is brown and malty:
    # it wants a red, or a beer, never the white a splash of lager or cider suggests.
    sauce("dark beer", "trappist, trappist beer, stout, guinness, porter, dark beer, dark ale, brown ale, bock, dunkel, schwarzbier, "
          "beer gravy, dark beer gravy, biere brune, bière brune", weight=1, umami=1),
    method("marinated", "marinate, marinati, escabechada, escabechado, escabechadas, marinade, marinato, marinata, marine, mariné, adobado, adobo, macerated, soused",
           acid=1),
    method("simmered", "nimono, takiawase, simmering, gently cooked, cooked slowly, slow-simmered", weight=1,
           facets="braised"),
    method("dried", "séché, seché, sechée, séchée, salmistrata, salmistrato, air-dried, air dried, dry-cured, essiccato, secado, seco, sun-dried, sundried",
           salt=1, facets="cured"),
    method("tangy", "piquante, sauce piquante, hausfrauenart, sour, sharp, piquant sauce, acidic, zingy, zesty sauce", acid=2),
    # Spanish and Italian "salsa de/di ..." is any sauce, named by what follows ("salsa de ajos y
    # whisky", "salsa di noci"); only a salsa standing alone is the Mexican tomato one.
    sauce("sauce of", "salsa de, salsa di, salsa del, salsa della, salsa al, salsa alla, salsa a la, en su salsa"),
    sauce("spice blend", "jeera, jeera rice, spices, spice mix, mixed spices, masala blend, spice paste, rub, pimento",
          facets="warm_spice"),
    cut("shin", "shins, jarret de boeuf, muscolo, morcillo", weight=1, fat=1, facets="braised"),
)
# fmt: on

_TABLES: Final[tuple[FoodTerm, ...]] = (
    *DISHES,
    *WORLD_DISHES,
    *REGIONAL_DISHES,
    *MEATS,
    *FISH,
    *SHELLFISH,
    *PLANTS,
    *DAIRY,
    *FRUIT_AND_SWEET,
    *DESSERTS,
    *CUTS_AND_METHODS,
    *SAUCES,
    *KITCHEN,
    *MENU_TERMS,
    *CUISINES,
    *COURSES,
)
LEXICON: Final[tuple[FoodTerm, ...]] = tuple(
    replace(term, aliases=(*term.aliases, *word_list(MORE_ALIASES[term.name]))) if term.name in MORE_ALIASES else term
    for term in _TABLES
)
# Every term by its canonical name: how ``DishProfile.words`` are looked up again.
TERMS_BY_NAME: Final[dict[str, FoodTerm]] = {term.name: term for term in LEXICON}
