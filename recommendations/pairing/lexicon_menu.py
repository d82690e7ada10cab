"""Everyday menu words beyond the core lexicon: more ingredients, cuts, methods and sauces.

Written from the words real menus use around their dishes ("broiled", "charred",
"sablefish", "gochujang"), each with what it brings to the glass on the scales of
``recommendations.pairing.lexicon``. ``tests/test_lexicon.py`` checks that no spelling
here shadows another term's.
"""

from __future__ import annotations

from typing import Final

from recommendations.pairing.terms import FoodTerm, cut, ing, method, sauce

# fmt: off
MENU_TERMS: Final[tuple[FoodTerm, ...]] = (
    # Taste words: what the menu says the dish tastes of
    method("sweet", "sweetened, lightly sweetened, sweetish, sugary, sugared, dulce, zuccherato, zuccherata, "
           "azucarado, azucarada, sucrée", sweet=1),
    method("citrus zest", "zest, zested, zeste, scorza, scorzetta, ralladura, grated zest, lime zest",
           acid=1, facets="citrus"),
    method("scorching", "fiercely, fiercely hot, blazing hot, scorching hot, searingly hot, fiery hot, "
           "mouth-numbing, numbing, mala, ma la, thai hot, five-chilli", heat=3),
    ing("chilli honey", "hot honey, chili honey, spicy honey, miel picante, miele piccante", sweet=2, heat=1),
    sauce("sour and spicy", "hot and sour, hot & sour, suan la, sour-spicy", acid=2, heat=2),
    method("nut-crusted", "nut crust, nutty crumb", facets="nutty"),
    ing("umami", "umami-rich, marmite, vegemite, yeast extract, nutritional yeast, msg, mushroom powder, "
        "porcini powder, porcini dust", umami=2),
    method("comfort food", "substantial, stick-to-your-ribs, rib-sticking, comforting, loaded, fully loaded",
           weight=1),
    method("herbed", "herb-crusted, herb crust, minted, finas hierbas, persillé, persillée, croûte d'herbes, en croûte d'herbes, en croute d'herbes",
           facets="herbal"),
    sauce("fish-fragrant", "yu xiang, yuxiang", heat=2, sweet=1, acid=1, facets="garlic, ginger"),
    method("creamed", "cream-braised, meloso, melosa", fat=2, facets="cream"),
    method("buttered", "beurrée, imburrato, imburrata, mantecato, mantecata, butter-basted, basted",
           fat=2, facets="butter"),
    method("whipped", "fouetté, fouettée, montato, montata, batido, batida, montada, aerated", fat=1, facets="cream"),
    method("foam", "espuma, espumas, émulsion, emulsified, écume, spuma", weight=-1),
    method("molten", "coulant, cœur coulant, molten centre, molten center, gooey, fondente, cuore fondente, lava",
           fat=1),
    method("melting", "fondant, sweated, softened, wilted, étuvé, étuvée, melty", fat=1),
    method("crisped", "crispy skin, crispy-skinned, crisp skin, crisp-skinned, crackling skin, crocante, crocanti, "
           "crisped up", fat=1, facets="roasted"),
    method("caramelising", "caramélisé, caramélisée, caramelizado, caramelizada, caramelizadas, caramellato, "
           "caramellata, caramellati, caramellizzato, caramellizzata, brûléed, torched sugar, burnt sugar",
           sweet=2, facets="caramel"),
    method("peppered", "pepper-crusted, peppercorn-crusted, black-peppered, poivrée, pepato, pepata, poivrade",
           facets="pepper"),
    method("devilled", "deviled, alla diavola, à la diable, diable, diabla, diablo", heat=1, facets="mustard"),
    # How it is cooked
    method("blistered", "blister, scorched, torched, blowtorched, flame-torched, flamed, flame-kissed, fire-kissed, "
           "aburi", smoke=1, facets="grilled"),
    method("blackened", "cajun-spiced, blackening spice, blackened spice",
           heat=1, smoke=1, facets="warm_spice, roasted"),
    method("broiled", "broil, broiler, under the broiler, under the grill, salamander, gratinato, gratinata, "
           "gratinati, gratinate, yaki, shioyaki, teppanyaki, teppan", facets="roasted"),
    method("flambéed", "flambé, flambée, flambeado, flambeada, flambato, flambata"),
    method("ember-roasted", "ash, cooked in ash, in ash, embers, ember-baked, ash-roasted, ash-baked, fire-roasted, open fire, over fire, "
           "flame-roasted, campfire, coal, a la leña, al rescoldo, rescoldo, sotto la cenere, sous la cendre, "
           "binchotan, hibachi, kamado, sarments, sarments de vigne, vine cuttings, vine prunings",
           smoke=2, facets="grilled, smoked"),
    method("wood-oven", "wood-fired oven, woodfired oven, brick oven, stone oven, wood-roasted, stone-baked, "
           "hearth-baked, hearth, horno de leña, forno a legna, four à bois, feu de bois, clay oven, tandoor oven, "
           "josper, pizza oven", smoke=1, facets="roasted"),
    method("plank-roasted", "cedar plank, cedar-planked, planked, plank", smoke=1, facets="roasted, smoked"),
    method("pit-roasted", "pit, pit-cooked, earth oven, underground oven, umu, kalua, pachamanca",
           weight=1, smoke=2, facets="roasted, smoked"),
    method("on the spit", "spit, à la broche, broche, allo spiedo, spiedo, girarrosto, al asador, asador, trompo, "
           "al trompo", facets="roasted"),
    method("spatchcocked", "spatchcock, butterflied, butterfly, à la crapaudine, crapaudine, al mattone, "
           "under a brick, a la espalda, flattened", facets="roasted"),
    method("twice-cooked", "double-cooked, twice-fried, twice-baked, triple-cooked, thrice-cooked", fat=1),
    method("dry-fried", "gan bian, gan guo, dry-pot", fat=1, facets="fried"),
    method("fermented", "ferment, fermenté, fermentée, fermentato, fermentata, fermentado, fermentada, "
           "lacto-fermented, koji, shio koji, koji-cured, cultured, preserved", acid=1, umami=1),
    method("blanched", "blanchi, blanchie, sbollentato, sbollentata, scalded, escaldado, escaldada", weight=-1),
    method("brined", "brining, saumuré, saumurée, salmuera, en salmuera, in salamoia, salamoia, wet-brined", salt=1),
    method("smashed", "écrasé, écrasée, schiacciate, schiacciato, schiacciati, aplastadas, aplastado, chafadas, "
           "a murro, mashed, smash"),
    method("dry-roasted", "torréfié, torréfiée, torréfiés, torrefatto, torrefatta, tostato, tostata, tostati, "
           "toasté, toastée, toasted rice powder, khao khua, roasted rice powder", facets="nutty"),
    method("hung", "well-hung, dry-aged, dry ageing, madurada, madurado, maturée, maturé, frollata, frollato, "
           "frollatura", umami=1),
    method("affiné", "affinée, curado, curada, semicurado, semicurada, añejo, añeja, stagionato, stagionata, "
           "stagionati, stravecchio, vecchio, viejo, extra-aged, extra mature", umami=1),
    method("mi-cuit", "mi-cuite, half-cooked, semicotto, semi-cotto, semicocido", weight=-1),
    method("long-cooked", "dum pukht, dum, no bafo, seven-hour, sept heures, 7 heures, sette ore, siete horas, overnight, all-day, "
           "cuisson lente, fuego lento, bassa temperatura, baja temperatura, basse température, low temperature",
           weight=1, facets="braised"),
    method("in umido", "umido, in guazzetto, guazzetto, in tegame", weight=1, facets="braised"),
    method("acqua pazza", "all'acqua pazza, in acqua pazza", weight=-1, facets="poached, tomato"),
    method("pan-tossed", "ripassata, ripassato, ripassati, ripassate, in padella, saltati in padella, trifolati, "
           "trifolato, trifolate, saltado, saltada, salteadas, salteada", facets="garlic"),
    method("shallow-fried", "frittura, goreng, sizzled, sizzling, pan-crisped", fat=1, facets="fried"),
    method("floured and fried", "paniert, panierte, panierter, paniertes, a la andaluza, a la romana, enharinado, enharinada, infarinato, infarinata, "
           "alla giudia, giudia, farinée, fritas, fritte, fritta, crumbed, breadcrumbed, panée, empanizado, "
           "empanizada, impanata, impanate", fat=2, facets="fried"),
    method("milk-fed", "de lait, lechal, da latte, lattante, suckling, sottolatte", weight=-1),
    method("clay pot", "en olla, olla, claypot, en cazuela, cazuela, kho, kho to, jjigae, jjim, jorim", weight=1, facets="braised"),
    method("in parchment", "parchment, baked in paper, in carta fata, carta fata, cartoccio",
           weight=-1, facets="poached"),
    method("wrapped", "barded, bardé, enveloped, en chemise, roulade, roulé, rotolo, rollatini, paupiette, "
           "ballotine, ballottine, crépinette, en crépine, parcel"),
    method("potted", "en bocal, vasocottura, in vasocottura, in a jar, mason jar", fat=2, facets="butter"),
    method("skillet", "kratha, mookata, cast iron, skillet-roasted, sizzling platter, sizzler, hot plate, hot stone, ishiyaki, "
           "dolsot", facets="roasted"),
    method("hand-cut", "a cuchillo, al cuchillo, cortado a cuchillo, au couteau, al coltello, knife-cut, "
           "hand-chopped"),
    method("moorish-spiced", "moruno, moruna, a la moruna, moorish", facets="warm_spice"),
    method("fricassee", "fricassé, en fricassée, frikassee", weight=1, fat=1, facets="cream"),
    method("preserved in oil", "sott'olio, sottolio, en aceite, en conserva, conserva, conservas, tinned, canned, "
           "sottoli, sott'oli", fat=1, salt=1),
    method("hay-smoked", "hay, hay-baked, cooked in hay, al fieno, foin, heno", smoke=1, facets="smoked"),
    method("soaked", "imbibé, imbibed, bagnato, bagnata, borracho, borracha, drunken, boozy, steeped"),
    # Cuts
    cut("cutlet", "chop, chuleta, chuletas, côtelette, escalope, scaloppine, scaloppina, scaloppa, scallopini, "
        "paillard, paillarde"),
    cut("rack", "carré, french-trimmed, frenched"),
    cut("saddle", "selle, sella, râble"),
    cut("haunch", "cuissot, gigue, pierna"),
    cut("rump", "rump cap, culotte, aiguillette, quasi, girello, cadera, topside, silverside, eye of round, "
        "sottofesa, fesa, babilla"),
    cut("flank", "falda", fat=1),
    cut("collar", "kama, fish collar, collar bone", fat=1),
    cut("thick fillet", "grenadin, grenadins, pavé, pave, dos de, darne, tronçon, trancio, trancia, rodaja, rodajas, centre-cut, center-cut, "
        "loin fillet"),
    ing("chicken feet", "phoenix claws, chicken claws, chicken paws, fung zao, patas de pollo", protein="poultry",
        fat=1),
    cut("gizzards", "gésiers, durelli, ventrigli, pig's ears, oreja, caul fat, crépine", weight=1, fat=1),
    # Meat, game and poultry
    ing("prime beef", "suadero, ox, kobe, kobe beef, a5 wagyu, rubia gallega, vaca vieja, old cow, bife, entrecot, bistec, "
        "flat iron, tri-tip, denver steak, chuck, chuck eye, zabuton, spinalis, ribeye cap, teres major, coulotte, "
        "cowboy steak, hereford, longhorn, galloway, aberdeen angus, dexter beef, highland beef, fassona, chianina, "
        "limousin beef, delmonico, delmonico steak, featherblade, feather blade", protein="red_meat", weight=1),
    ing("corned beef", "salt beef, pastrami, montreal smoked meat, smoked meat, corned",
        protein="red_meat", salt=2, facets="cured"),
    ing("cured beef", "carne seca, carne de sol, charqui, charque, tasajo, cecina, beef jerky, jerky, pastirma, basturma, pastourma",
        protein="red_meat", weight=-1, salt=2, facets="cured"),
    ing("salt marsh lamb", "saltmarsh lamb, pré-salé, agneau de pré-salé, agneau pré-salé, ternasco", protein="lamb"),
    ing("chivo", "kambing, cabra, capra, chevon, chivito al asador, chivito a la parrilla, chivito asado, "
        "chivito a la llama", protein="lamb"),
    ing("red deer", "", kinds="roe deer, roebuck, fallow deer, sika deer, muntjac, moose, caribou, antelope, springbok, "
        "kudu, kangaroo, roo, roo fillet, ostrich", protein="game"),
    ing("wild duck", "mallard, teal, widgeon, canard sauvage, colvert, germano reale, ánade real", protein="duck"),
    ing("farm chicken", "bresse, poulet de bresse, volaille de bresse, poularde de bresse, label rouge chicken, "
        "label rouge, poulet fermier, volaille fermière, poulet jaune, pollo ruspante, ruspante, pollo de corral, "
        "cappone, guinea hen, cornish hen, cornish game hen", protein="poultry"),
    ing("bird", "fowl", protein="poultry"),
    ing("frogs", "grenouilles, rane", kinds="alligator, gator", protein="poultry", weight=-1),
    ing("liver parfait", "liver pâté, pâté de foie, mousse de foie", protein="poultry", fat=2),
    ing("calf's head", "testina, cabeza de ternera", protein="veal", fat=2),
    ing("pig's head", "trotters, pig's feet, manitas, zampetto, tête de cochon, cabeza de cerdo, morro, snout",
        protein="pork", fat=2),
    ing("iberico pork", "ibérico, ibérica, cerdo ibérico, de bellota, bellota, mangalica, mangalitsa, duroc, "
        "berkshire, kurobuta, tamworth, gloucester old spot, old spot, cinta senese, porc noir de bigorre, "
        "noir de bigorre, kintoa", protein="pork", fat=2),
    ing("pork crackling", "cracklins, cracklin, torreznos, torrezno, pork scratchings, scratchings, chicharrón, chicharrones, grattons, ciccioli, torresmo, "
        "pork rinds, crispy pork skin", protein="pork", seasoning=True, fat=3, salt=2, facets="fried"),
    ing("back bacon", "canadian bacon, peameal bacon, rashers, irish bacon",
        protein="pork", seasoning=True, salt=2, facets="cured"),
    ing("luncheon meat", "spam", protein="pork", seasoning=True, fat=1, salt=2),
    ing("smoked sausage", "rookworst, andouille de vire, andouille de guémené, andouille de guemene, andouille, andouille sausage, kielbasa, kielbasy, morteau, saucisse de morteau, "
        "montbéliard, saucisse de montbéliard, frankfurter, knackwurst, bockwurst, cervelat, tasso, tasso ham",
        protein="pork", fat=2, salt=2, smoke=2),
    ing("fresh sausage", "saucisse de toulouse, luganega, luganiga, salsiccia fresca, cumberland sausage, "
        "cumberland, lincolnshire sausage, chipolata, chipolatas, diots, mici, white pudding, boudin blanc, "
        "salchicha parrillera", protein="pork", fat=2, salt=1),
    ing("spiced sausage", "txistorra, chistorra, longaniza, loukaniko, sucuk, sujuk, chinese sausage, lap cheong, "
        "lap chong, boerewors, salsiccia piccante", protein="pork", fat=2, salt=2, facets="warm_spice"),
    ing("cured sausage", "salame, salamino, salchichón, fuet, cacciatorino, landjaeger, capocollo, capicola, "
        "gabagool, summer sausage, saucisse sèche, rosette, rosette de lyon",
        protein="pork", weight=-1, fat=2, salt=2, facets="cured"),
    ing("spicy salami", "salame piccante, spianata, spianata calabra, ventricina, salamino piccante",
        protein="pork", weight=-1, fat=2, salt=2, heat=1, facets="cured"),
    ing("parma ham", "prosciutto di parma, san daniele, prosciutto di san daniele, jambon de parme, jamón de parma, "
        "culatta, lardo di colonnata, lard de colonnata, jamón de teruel, jabugo, guijuelo",
        protein="pork", weight=-1, fat=1, salt=3, facets="cured"),
    ing("country terrine", "terrine de campagne, pâté de campagne, country pâté, pâté grand-mère, pressé, "
        "pressed terrine", protein="pork", weight=-1, fat=2, salt=2, facets="cured"),
    ing("mince", "hachis"),
    ing("meat", "viande, carne, carni"),
    ing("horse", "horsemeat, horse meat, cheval, viande de cheval, cavallo, carne equina, caballo, potro",
        protein="red_meat"),
    ing("barbary duck", "canette, canette de barbarie, canard de barbarie, muscovy duck, gressingham duck, "
        "aylesbury duck, canard de challans, challans, anatra muta", protein="duck"),
    ing("wood pigeon", "woodpigeon, snipe, ptarmigan, capercaillie, thrush", protein="game", weight=-1),
    ing("duck liver", "foies de canard, foie de canard, fegatini d'anatra", protein="duck", weight=1, fat=1),
    ing("cooked eggs", "oeuf parfait, 63 degree egg, 64 degree egg, onsen egg, onsen tamago, ajitama, "
        "ajitsuke tamago, ramen egg, marinated egg, soy egg, tea egg, century egg, pidan, salted egg, "
        "salted duck egg, salted egg yolk, cured egg yolk, cured yolk, smoked egg yolk, uovo in camicia, oeuf dur, "
        "hard-boiled egg, boiled egg, huevo duro, uovo sodo, uova sode, jammy egg, soft egg, six-minute egg, "
        "tamago, revuelto, huevos revueltos, oeufs brouillés, uova strapazzate, brouillade, scrambled eggs",
        protein="vegetarian", fat=1, facets="egg"),
    ing("duck egg", "goose egg, hen's egg, bantam egg, pullet egg, pheasant egg",
        protein="vegetarian", fat=1, facets="egg"),
    ing("chicken skin", "kawa, torikawa, tori kawa, crispy chicken skin, chicken crackling, chicharrón de pollo",
        protein="poultry", seasoning=True, fat=2, salt=1, facets="fried"),
    ing("forcemeat", "farce, farce fine, sage and onion stuffing, sausage stuffing, chestnut stuffing", weight=1),
    ing("pork jowl", "jowl, pig jowl, papada", protein="pork", fat=2),
    ing("pork floss", "rousong, meat floss", protein="pork", seasoning=True, sweet=1, salt=1),
    # Fish and shellfish
    ing("fish skin", "salmon skin, crispy fish skin, fish skin crisps, crispy salmon skin",
        protein="fish", seasoning=True, fat=2, salt=1, facets="fried"),
    ing("black cod", "sablefish, butterfish, escolar, pez mantequilla, pesce burro",
        protein="fish", detail="rich", fat=2),  # buttery, white-fleshed: rich whites, not the reds of salmon
    ing("yellowtail", "hamachi, kingfish, amberjack, ricciola, seriola, pez limón, sériole, buri, kampachi, "
        "kanpachi", protein="fish", detail="oily"),
    ing("grouper", "mérou, cernia, mero, cherna, garoupa, hapuku, wreckfish", protein="fish", detail="meaty"),
    ing("skate", "skate wing, raie, aile de raie, razza, raya, ray wing", protein="fish", detail="lean"),
    ing("mahi-mahi", "mahi, dolphinfish, lampuga, lampuki, coryphène, wahoo, cobia, marlin",
        protein="fish", detail="meaty"),
    ing("redfish", "red drum, rockfish, ocean perch, rascasse, scorpion fish, scorpionfish, scorfano, cabracho, "
        "grey mullet, gray mullet, mulet, muggine, cefalo, gurnard, grondin, gallinella, rouget grondin",
        protein="fish", detail="lean"),
    ing("meagre", "corvina, maigre, ombrina, croaker, weakfish", protein="fish", detail="lean"),
    ing("whiting", "merlan, merlano, pescadilla, bacaladilla, pouting, lieu jaune, lieu noir, colin, merluzzetto, "
        "basa, pangasius, swai", protein="fish", detail="delicate", weight=-1),
    ing("sea trout", "salmon trout, truite de mer, steelhead, trota salmonata, trucha asalmonada, sewin",
        protein="fish", detail="oily"),
    ing("lemon sole", "megrim, witch sole, cardine", protein="fish", detail="delicate", weight=-1),
    ing("gilt-head bream", "bream, gilthead, gilthead bream, sargo, sargue, pagre, pagro, dentex, dentice, denté, "
        "dentón, pageot", protein="fish", detail="lean"),
    ing("sturgeon", "esturgeon, storione, esturión", protein="fish", detail="meaty"),
    ing("sprats", "hollandse nieuwe, nieuwe haring, brisling, pilchards, espadín, horse mackerel, jack mackerel, chinchard, jurel, suro, saurel, "
        "maatjes", protein="fish", detail="oily", fat=1),
    ing("whitebait", "friture, neonata, gianchetti, bianchetti, chanquetes, smelt, éperlans, paranza, sand eels, "
        "picarel", protein="fish", detail="delicate", weight=-1, facets="fried"),
    ing("tuna belly", "toro hand roll, toro nigiri, toro sashimi, toro roll, toro tartare, toro crudo, otoro, o-toro, "
        "chutoro, chu-toro, ventresca di tonno, ventresca de atún, ventrèche de thon, "
        "tuna ventresca", protein="fish", detail="oily", weight=1, fat=2),
    ing("mojama", "mosciame, cured tuna", protein="fish", seasoning=True, salt=3, umami=2, facets="cured"),
    ing("fish fingers", "fish sticks, fish balls, fishballs, kamaboko, surimi, eomuk, crab sticks",
        protein="fish", detail="lean"),
    ing("cod roe", "smoked cod's roe, mentaiko, tarako, tobiko, masago, lumpfish roe, oeufs de lump, huevas",
        protein="fish", detail="briny", weight=-1, salt=3, umami=1),
    ing("crawfish", "crawdads, mudbugs, écrevisses, gamberi di fiume, cangrejo de río, yabbies",
        protein="shellfish", detail="rich", sweet=1),
    ing("whelk", "bulot, bigorneaux, periwinkles, winkles, sea snails, caracoles de mar",
        kinds="abalone, ormeau, ormeaux, conch, limpets, lapas, percebes, goose barnacles, pouces-pieds",
        protein="shellfish", detail="briny", salt=1),
    ing("tellins", "telline, arselle, veraci, coquinas, tellinas, pipis, vongole veraci, venus clams",
        protein="shellfish", detail="briny", salt=1),
    ing("baby octopus", "seppie, seppioline, seppiette, sepietas, chocos, moscardini, moscardino, pulpitos, "
        "polpetti, totani, totano, chopitos, supions", protein="shellfish", detail="cephalopod"),
    ing("red prawn", "ama ebi, amaebi, sweet shrimp, botan ebi, gamberi rossi, gambero rosso, gamba roja, "
        "gambas rojas, red shrimp, gambero di mazara", protein="shellfish", detail="rich", sweet=1),
    ing("seafood mix", "di mare, del mare, dal mare, del mar, de la mer, frutos del mar", protein="shellfish"),
    ing("squid ink", "nero di seppia, al nero, tinta de calamar, en su tinta, encre de seiche, cuttlefish ink, ink",
        salt=1, umami=2, facets="mineral"),
    ing("oscietra", "osetra, ossetra, beluga caviar, sevruga, kaluga, baerii, avruga, keta, sturgeon caviar",
        protein="fish", detail="briny", weight=-1, salt=3, umami=1),
    ing("spider crab", "araignée de mer, velvet crab, étrille, nécora, nécoras, brown crab, cromer crab, centollo, "
        "blue swimmer crab, mud crab, snow crab, stone crab, jonah crab", protein="shellfish", detail="rich", sweet=1),
    ing("tiger prawns", "king prawns, spot prawns, rock shrimp, brown shrimp, crevettes grises, bouquet prawns, "
        "quisquillas, gamba blanca, gambas blancas, mazzancolle, mazzancolla, gamberetti",
        protein="shellfish", detail="rich"),
    ing("queen scallops", "queenies, hotate, bay scallops, diver scallops, pétoncles, canestrelli, volandeiras, "
        "volandeira", protein="shellfish", detail="rich", sweet=1),
    # Vegetables, leaves, herbs
    ing("heart of palm", "palmito, cœur de palmier, palm heart", weight=-1),
    ing("celery", "céleri, sedano, apio, celery sticks, celery leaves, celery heart", weight=-1, facets="herbal"),
    ing("okra", "quiabo, gombo, bhindi, quimbombó", protein="vegetarian"),
    ing("kohlrabi", "chou-rave, cavolo rapa, colinabo", weight=-1),
    ing("salsify", "gobo, burdock, salsifis, scorzonera, scorsonera", facets="earthy"),
    ing("jerusalem artichoke", "sunchoke, topinambour, topinambur, tupinambo, aguaturma",
        protein="vegetarian", sweet=1, facets="earthy"),
    ing("samphire", "salicorne, salicornia, sea vegetables, sea herbs, sea beet, sea aster, sea purslane, "
        "glasswort, sea asparagus, sea kale, agretti, barba di frate, monk's beard",
        weight=-1, salt=1, facets="mineral"),
    ing("salad leaves", "romaine, romaine hearts, cos, cos lettuce, iceberg, iceberg lettuce, lamb's lettuce, "
        "mâche, valerianella, canónigos, purslane, pourpier, verdolaga, mizuna, tatsoi, pea shoots, microgreens, "
        "micro herbs, micro greens, jeunes pousses, pousses, baby leaves, baby gem, butter lettuce, bibb lettuce, "
        "oakleaf, lollo rosso, escarole, scarola, lechuga, lattuga, laitue, batavia, cogollos, lettuce wraps, "
        "lettuce cups, ssam", weight=-2),
    ing("sorrel", "oseille, acetosa, acedera", acid=1, facets="herbal"),
    ing("bitter greens", "bitter leaves, chicorée, chicorée frisée, cicoria, cicorie, catalogna, dandelion, "
        "dandelion greens, pissenlit, treviso, tardivo, castelfranco, mustard greens, turnip greens, nettles, "
        "ortie, orties, ortica, ortiche, ortigas, wild greens, horta, borage, borragine, borraja",
        weight=-1, facets="bitter"),
    ing("asian greens", "bok choy, bok choi, pak choi, pak choy, pok choi, choy sum, choi sum, gai lan, kai lan, "
        "chinese broccoli, chinese greens, morning glory, water spinach, ong choy, kangkong, chinese cabbage, "
        "napa cabbage, wombok, snow pea shoots, dou miao", weight=-1),
    ing("hispi cabbage", "hispi, sweetheart cabbage, pointed cabbage, january king, spring greens, verza, berza, "
        "brassicas, brassica", protein="vegetarian"),
    ing("tenderstem", "tenderstem broccoli, purple sprouting broccoli, sprouting broccoli, purple sprouting, bimi",
        protein="vegetarian", weight=-1, facets="bitter"),
    ing("cardoon", "cardons, cardi, cardo", protein="vegetarian", facets="bitter"),
    ing("bamboo shoots", "pousses de bambou, germogli di bambù, brotes de bambú, takenoko, menma", weight=-1),
    ing("lotus root", "renkon, lotus, water chestnut, jicama, yam bean", weight=-1),
    ing("green beans", "haricots verts, french beans, runner beans, string beans, fagiolini, judías verdes, vainas, "
        "long beans, snake beans, yardlong beans, mangetout, snow peas, sugar snap peas, sugar snaps, snap peas, "
        "pois gourmands, taccole, flat beans, romano beans, bobby beans, fine beans", protein="vegetarian", weight=-1),
    ing("lima beans", "garrofón, giant beans, judiones, fagioli di spagna, coco beans, haricots coco, tarbais, "
        "haricots tarbais, mogettes, navy beans, pinto beans, kidney beans, red beans, mung beans, charro beans, "
        "frijoles charros, borracho beans, frijoles borrachos, refried beans, frijoles refritos, refritos, pulses, "
        "legumbres, legumi, black-eyed peas, cowpeas, white beans, fagioli bianchi, zolfini, coco de paimpol",
        protein="vegetarian", detail="legume", weight=1),
    ing("split peas", "split pea, yellow split peas, fava, fava beans, santorini fava, cicerchie, cicerchia, "
        "grass peas, beluga lentils, black lentils, red lentils, green lentils, masoor, moong, moong dal, urad, "
        "urad dal, toor dal, chana dal, lenticchie di castelluccio, castelluccio",
        protein="vegetarian", detail="legume", weight=1, facets="earthy"),
    ing("mushy peas", "marrowfat peas, pease pudding, processed peas", sweet=1, facets="starch"),
    ing("sweetcorn", "corn ribs, sweet corn, corn on the cob, choclo, maíz, mazorca, hominy, nixtamal, masa, masa harina, "
        "cornmeal, baby corn, cancha, corn nuts, maíz tostado", sweet=1, facets="starch"),
    ing("plantain", "plátano, plátano macho, plátanos maduros, maduros fritos, banane plantain, camote, kumara, "
        "ube, purple yam, purple sweet potato", sweet=1, facets="starch"),
    ing("cassava", "yuca, manioc, manioca, mandioca, tapioca, tapioca pearls, sago, boba, taro, eddo, malanga, "
        "breadfruit, farofa, cassava fries, yuca frita", facets="starch"),
    ing("jackfruit", "young jackfruit, pulled jackfruit, jaca, jacquier", protein="vegetarian"),
    ing("fried tofu", "tofu puffs, tofu skin, yuba, aburaage, abura-age, inari, bean curd skin, deep-fried tofu",
        protein="vegetarian", fat=1, facets="fried"),
    ing("veggie burger", "vegan burger, bean burger, beyond burger, impossible burger, plant-based burger, "
        "nut roast, nut loaf, lentil loaf", protein="vegetarian", facets="starch"),
    ing("maitake", "hen of the woods, king oyster, king oyster mushroom, king trumpet, eryngii, shimeji, "
        "beech mushrooms, nameko, matsutake, lion's mane, wood ear, wood ear mushrooms, cloud ear, black fungus, "
        "tree ear, snow fungus, straw mushrooms, chicken of the woods, cauliflower mushroom, trompettes, "
        "trompettes de la mort, black trumpet, horn of plenty, pied de mouton, hedgehog mushrooms, mousserons, "
        "pleurotes, puffball, st george's mushroom, blewits, huitlacoche, cuitlacoche, corn smut, ovoli, ovolo, "
        "chiodini, pioppini, cardoncelli, níscalos, rovellons, saffron milk cap, perrechicos, senderuelas, "
        "trompetas de la muerte, setas de cardo, champignons des bois, funghi misti, funghi di bosco, "
        "setas silvestres", protein="mushroom", umami=1, facets="earthy"),
    ing("tartufo bianco", "tartufo bianco d'alba, alba truffle, tartufo nero, truffe noire, truffe blanche, "
        "truffe du périgord, périgord truffle, trufa negra, trufa blanca, summer truffle, tuber melanosporum, "
        "tuber magnatum, tartufata, tartufato, truffled, trufado, truffée",
        protein="mushroom", seasoning=True, umami=1, facets="earthy"),
    ing("black garlic", "ail noir, aglio nero, ajo negro, fermented garlic", sweet=1, umami=1, facets="garlic"),
    ing("wild garlic", "ramsons, ramps, ail des ours, aglio orsino, ajo de oso, wild leek, garlic scapes, "
        "garlic shoots, green garlic, ajetes, ajos tiernos, garlic chives, chinese chives, nira",
        facets="garlic, herbal"),
    ing("red onion", "cipolla di tropea, cipolle di tropea, tropea onion, cipolla rossa, cebolla morada, "
        "cebolla roja, oignon rouge, alliums", sweet=1),
    ing("heritage tomato", "tomates anciennes, pomodori antichi, cœur de bœuf, cuore di bue, datterini, datterino, "
        "piennolo, pachino, tomate rosa, tomates de colgar, tomate raf, oxheart tomato, beefsteak tomato, "
        "green zebra, tomates cerises, tomatoes on the vine, vine tomatoes", acid=2, umami=1, facets="tomato"),
    ing("tomatillo", "green tomato, tomate verde", acid=2, facets="herbal"),
    ing("spring vegetables", "primeurs, potager, dell'orto, de la huerta, huerta, garden peas, garden salad, "
        "légumes primeurs, printanier, printanière, jardinière, macédoine, spring veg", weight=-1),
    ing("swede", "rutabaga, neeps, chou-navet", protein="vegetarian", sweet=1),
    ing("lime leaves", "kaffir lime leaves, kaffir lime leaf, makrut lime leaves, makrut lime, makrut, lime leaf",
        facets="citrus, herbal"),
    ing("banana leaf", "banana leaves, hoja de plátano, hojas de plátano, pandan, pandan leaves, hoja santa, "
        "vine leaves, grape leaves, fig leaves, fig leaf, hoba leaf, lotus leaf, bay leaves, bay leaf",
        facets="herbal"),
    ing("thai herbs", "holy basil, kra pao, krapow, kaprao, sweet basil, thai sweet basil, rau ram, "
        "vietnamese mint, vietnamese coriander, sawtooth coriander, culantro, ngo gai, perilla, perilla leaves, "
        "kkaennip, sesame leaves, mitsuba, rice paddy herb, betel leaves, cha plu, coriander root, cilantro root",
        facets="herbal"),
    ing("lemon verbena", "verveine, verbena, lemon balm, mélisse, melissa, hierba luisa, cedrina, lemon thyme, "
        "lemon myrtle, summer savory, winter savory, sarriette, santoreggia, ajedrea, hyssop, epazote, mentuccia, "
        "nepitella, huacatay, calamint, pennyroyal, poleo, sweet cicely, angelica, woodruff", facets="herbal"),
    ing("rose water", "rosewater, rose petals, rose syrup, eau de rose, acqua di rose, agua de rosas, "
        "orange blossom, orange blossom water, orange flower water, fleur d'oranger, azahar, agua de azahar, "
        "lavender, lavande, lavanda, elderflower, fleur de sureau, sureau, sambuco, fiori di sambuco, hibiscus, "
        "flor de jamaica, chamomile, camomille, camomilla, edible flowers, nasturtium, capucine, jasmine", sweet=1),
    ing("matcha", "matcha green tea, green tea, hojicha, genmaicha, tea, earl grey, chai, masala chai, lapsang, "
        "lapsang souchong, jasmine tea", facets="bitter"),
    # Spices, chillies, pantry
    ing("anise", "aniseed, anis, anice, fennel seed, fennel pollen, wild fennel, finocchietto, "
        "finocchietto selvatico, licorice, liquorice, réglisse, liquirizia, regaliz, ouzo, arak, raki, sambuca, "
        "anisette, absinthe, pastis, pernod", facets="anise"),
    ing("caraway", "caraway seeds, carvi, kümmel, alcaravea, nigella, nigella seeds, kalonji, black onion seeds, "
        "asafoetida, hing, ajwain, carom, black cardamom, mahleb, mahlab, mastic, mastiha, mace, macis, "
        "panch phoron, chaat masala, kasuri methi, methi, tadka, tarka, tempered spices, quatre épices, juniper, "
        "juniper berries, genièvre, ginepro, bacche di ginepro, enebro", facets="warm_spice"),
    ing("curry powder", "vadouvan, colombo, poudre de colombo, curry roux, curry spice, curry-spiced",
        heat=1, facets="curry, warm_spice"),
    ing("pink peppercorns", "pink pepper, baies roses, pepe rosa, pimienta rosa, white pepper, poivre blanc, "
        "pepe bianco, pimienta blanca, long pepper, tellicherry, kampot pepper, voatsiperifery, timut, "
        "timut pepper, mountain pepper, tasmanian pepper, sansho, cubeb, grains of paradise", facets="pepper"),
    ing("achiote", "annatto, recado rojo, achiote paste, urucum, roucou", facets="warm_spice"),
    ing("la vera paprika", "pimentón de la vera, la vera, paprika affumicata, paprika fumé, piment fumé",
        smoke=1, facets="warm_spice"),
    ing("mild chillies", "shishito, shishito peppers, mirchi, friggitelli, banana peppers, poblano, rajas, anaheim, "
        "hatch chile, ancho, ancho chile, ancho chillies, guajillo, guajillo chillies, pasilla, pasilla chillies, "
        "mulato, mulato chillies, ñora, ñoras, choricero, pimiento choricero, "
        "aleppo pepper, aleppo, urfa, urfa biber, pul biber, kashmiri chilli, kashmiri chillies, kashmiri, "
        "ají panca, panca, ají dulce, peppadew, pepperoncini", heat=1),
    ing("red chillies", "hot chilli, hot chillies, hot chili, hot peppers, ají amarillo, rocoto, ají, "
        "chile de árbol, calabrian chili, calabrian chilli, calabrian chillies, fresno, fresno chili, fresno chile, "
        "serrano pepper, serrano chile, serrano chili, cascabel, pequin, tabasco, bird chillies, dried chillies, "
        "dried chilies, dried chilli, dried chili, dried red chillies, chile en polvo, chili powder, chilli powder, "
        "chile powder, shichimi, shichimi togarashi, togarashi, nanami, yuzu kosho, yuzukosho, nam prik, nam phrik, "
        "nam prik pao, chili paste, chilli paste, chilli jam, chili jam, sambal oelek, sambal matah, "
        "shatta, mitmita, aji verde, salsa taquera, chiltepin, piquín", heat=2),
    ing("chili bean paste", "toban djan, toban jan, chilli bean paste, chili bean sauce, chilli bean sauce, "
        "fermented chili bean paste, fermented chilli bean paste", heat=2, salt=2, umami=1, facets="soy"),
    ing("fermented bean paste", "doenjang, ssamjang, yellow bean paste, douchi, fermented black beans, "
        "salted black beans, tianmianjiang, sweet bean sauce, saikyo, saikyo miso, shiro miso, aka miso, "
        "miso paste, natto, sake kasu, sake lees, kasuzuke", salt=2, umami=2, facets="soy"),
    ing("red bean paste", "anko, sweet red bean paste, sweet red bean, adzuki, azuki, adzuki beans, azuki beans, "
        "hong dou", sweet=2),
    ing("dried fish flakes", "bonito flakes, katsuobushi, katsuo, dried bonito, bonito shavings", salt=2, umami=3),
    ing("shrimp paste", "belacan, belachan, kapi, terasi, bagoong, dried shrimp, crevettes séchées, xo sauce, "
        "garum, dried scallop, conpoy", salt=2, umami=3),
    ing("laver", "aonori, ao-nori, nori flakes, seaweed flakes, dulse, sea lettuce, laverbread, hijiki, arame, "
        "kelp, agar, ogonori, sea grapes, umibudo, furikake", salt=1, umami=1, facets="mineral"),
    ing("kokum", "dried lime, loomi, black lime, limu omani, sour orange, naranja agria, bitter orange, "
        "green mango, unripe mango, raw mango, amchur, mango powder, amba", acid=2, facets="citrus"),
    ing("flaky salt", "flaky sea salt, sea salt flakes, salt flakes, maldon, maldon salt, sal en escamas, "
        "escamas de sal, sal maldon, sel, sel gris, gros sel, smoked salt, kala namak, black salt, kosher salt, "
        "rock salt, pink salt, himalayan salt", salt=2),
    ing("virgin olive oil", "huile, virgen extra, aceite virgen extra, extra virgen, extravergine, "
        "olio extravergine, extra vergine, olio evo, huile vierge, arbequina, picual, hojiblanca, cornicabra, "
        "koroneiki", fat=1),
    ing("cooking fat", "lard, saindoux, strutto, manteca, manteca de cerdo, beef dripping, dripping, duck fat, "
        "graisse de canard, goose fat, graisse d'oie, tallow, schmaltz, suet, palm oil, dendê, red palm oil, "
        "coconut oil, sesame oil, toasted sesame oil, rapeseed oil, canola oil, sunflower oil, peanut oil, "
        "groundnut oil, walnut oil, hazelnut oil, pumpkin seed oil, argan oil, mustard oil", fat=2),
    # Fruit, nuts, sweet things
    ing("mandarin", "mandarine, mandarino, mandarina, clementine, satsuma, tangerine, kumquat, calamansi, "
        "seville orange, arancia, arance, naranja, naranjas, orange segments, orange juice, orange peel, agrumes, "
        "agrumi, cítricos, sudachi, kabosu, orange marmalade, marmalade", sweet=1, acid=1, facets="fruit, citrus"),
    ing("fruit", "frutta, fruta, frutas, fresh fruit, fruit salad, macedonia, salade de fruits, ensalada de frutas, "
        "seasonal fruit", sweet=1, acid=1, facets="fruit"),
    ing("rhubarb", "rhubarbe, rabarbaro, ruibarbo, forced rhubarb", acid=2, sweet=1, facets="fruit"),
    ing("exotic fruit", "lychee, litchi, litchis, rambutan, longan, mangosteen, guava, goyave, guayaba, kiwi, "
        "kiwis, kiwifruit, persimmon, kaki, caqui, cachi, dragon fruit, pitaya, star fruit, carambola, feijoa, "
        "soursop, guanábana, lúcuma, chirimoya, cherimoya, tamarillo, physalis, cape gooseberry, acai, jabuticaba, "
        "mamey, sapote, mangue, durian", sweet=1, acid=1, facets="fruit"),
    ing("currants", "lingon, lingonsylt, redcurrant, red currants, whitecurrants, groseille, ribes, grosella, grosellas, gooseberry, "
        "uva spina, lingonberry, airelles, cowberries, cloudberries, sea buckthorn, argousier, olivello spinoso, "
        "elderberries, huckleberries, boysenberries, mulberries, loganberries, tayberries, aronia, haskap, sloe, "
        "sloes, barberries, zereshk, épine-vinette, fraises des bois, wild strawberries, fruits des bois, "
        "groseilles à maquereau", acid=2, sweet=1, facets="fruit"),
    ing("damson", "greengage, reine-claude, mirabelle, quetsche, quetsches, albicocche, susine, prugne, prugna, "
        "pluot", sweet=1, acid=1, facets="fruit"),
    ing("cavaillon melon", "melone, meloni, galia, galia melon, piel de sapo, canary melon, melon de cavaillon, "
        "cavaillon", sweet=1, facets="fruit"),
    ing("candied fruit", "candied peel, candied orange, candied orange peel, candied lemon, mixed peel, pruneaux, "
        "pruneaux d'agen, dried plums, glacé cherries, tutti frutti, frutta candita, canditi, candito, candita, "
        "fruits confits, cedro candito, medjool, medjool dates, mincemeat", sweet=2, facets="fruit"),
    ing("jelly", "fruit jelly, mint jelly, pepper jelly, hot pepper jelly, redcurrant jelly, quince jelly, "
        "crab apple jelly, jello, jell-o, pâte de fruits, cumberland sauce", sweet=2, acid=1, facets="fruit"),
    ing("aspic", "gelée, en gelée, jellied, gelatina, consommé jelly, parsley jelly, pork jelly, ham jelly, meat jelly, "
        "savoury jelly, savory jelly, jellied stock", weight=-1),
    ing("marcona almonds", "marcona, marconas, smoked almonds, salted almonds, spiced nuts, mixed nuts, "
        "brazil nuts, pignoli, granella, granella di pistacchio, nocciola, mandorla, avellana, almendra, pili nuts, "
        "tiger nuts, chufa", facets="nutty"),
    ing("pepitas", "pumpkin seeds, sunflower seeds, pipas, graines de courge, chia, chia seeds, flax, flaxseed, "
        "linseed, everything seasoning, everything bagel seasoning, poppy seeds, hemp seeds, sesamo, mixed seeds, "
        "toasted seeds", facets="nutty"),
    ing("nougat", "torroncino, nougatine, halawa, croquant, brittle, peanut brittle, pralinée, pralines roses, pralin",
        sweet=2, facets="nutty, caramel"),
    ing("chestnut purée", "châtaigne, crème de marrons, marrons glacés, chestnut cream", sweet=1, facets="nutty"),
    ing("toasted coconut", "coconut flakes, desiccated coconut, shredded coconut, coconut chips, coco râpé, "
        "noix de coco, coco, cocco, coconut shavings", sweet=1, facets="coconut"),
    ing("icing sugar", "powdered sugar, confectioners' sugar, sucre glace, zucchero a velo, azúcar glas, "
        "azucar glass, caster sugar, cinnamon sugar, vanilla sugar, pearl sugar, nib sugar", sweet=2),
    ing("brown sugar", "demerara, muscovado, jaggery, gur, palm sugar, panela, piloncillo, rapadura, coconut sugar, "
        "cane sugar, miel de caña, cane syrup, golden syrup, treacle, black treacle, date syrup, silan, agave, "
        "agave syrup, agave nectar, sorghum syrup, rock sugar, cassonade, vergeoise, kuromitsu, gula melaka",
        sweet=2, facets="caramel"),
    ing("fudge", "caramello, caramelo, fudge sauce, hot fudge, penuche", sweet=2, facets="caramel"),
    ing("marshmallow", "guimauve, smores, nubes, marshmallow fluff", sweet=2),
    ing("vanilla pod", "vanilla bean, bourbon vanilla, tahitian vanilla, madagascar vanilla, vanille de madagascar, "
        "vanille bourbon, tonka, tonka bean, fève tonka, haba tonka", sweet=1, facets="custard"),
    ing("cocoa nibs", "cacao nibs, grué de cacao, chocolate chips, choc chip, chocolate shavings, chocolate curls, "
        "cocoa powder, chocolate soil, chocolate crumb, chocolate sprinkles", facets="chocolate, bitter"),
    ing("carob", "algarroba, carruba, caroube", sweet=1, facets="chocolate"),
    ing("chocolate spread", "nutella, hazelnut spread, chocolate hazelnut spread, pâte à tartiner, "
        "crema di nocciole, gianduia, gianduiotto, gianduiotti",
        protein="chocolate", sweet=1, facets="chocolate, nutty"),
    ing("liqueur", "vin santo, vinsanto, liquore, licor, limoncello, amaretto, disaronno, frangelico, kahlúa, tia maria, baileys, "
        "irish cream, kirsch, kirschwasser, poire williams, eau-de-vie, grappa, chartreuse, bénédictine, drambuie, "
        "triple sec, curaçao, maraschino, luxardo, nocino, crème de cassis, crème de menthe, rhum, aquavit, "
        "akvavit, schnapps, rhum agricole", sweet=1),
    # Dairy and cheeses by name
    ing("fior di latte", "sheep's curd, sheep's milk curd, ewe's curd, fiordilatte, buffalo mozzarella, buffalo ricotta, buffalo burrata, provola, scamorza, "
        "stracchino, crescenza, squacquerone, queso oaxaca, oaxaca cheese, quesillo, queso panela, cheese curds, "
        "quark, fromage frais, faisselle, petit-suisse, requesón, mató, brousse, brocciu, manouri, myzithra, "
        "anthotyros, akkawi, nabulsi, queso blanco, queijo minas, requeijão, catupiry",
        protein="cheese", detail="fresh", weight=-1),
    ing("semi-soft cheese", "pleasant ridge reserve, pleasant ridge, ubriaco, formaggio ubriaco, murcia al vino, queso de murcia al vino, yak cheese, churpi, provolone, provolone dolce, provolone piccante, provolone del monaco, caciocavallo, "
        "ragusano, american cheese, monterey jack, jack cheese, pepper jack, colby, havarti, edam, jarlsberg, "
        "leerdammer, swiss cheese, tilsit, fontal, asiago fresco, muenster, queso chihuahua, chihuahua cheese, "
        "morbier, saint-paulin, port-salut, tomme d'abbaye, quartirolo, bel paese", protein="cheese", salt=1),
    ing("smoked cheese", "smoked scamorza, scamorza affumicata, smoked provola, provola affumicata, "
        "smoked mozzarella, mozzarella affumicata, smoked gouda, smoked cheddar, san simón, san simón da costa, "
        "idiazabal ahumado, oscypek", protein="cheese", detail="aged", salt=2, smoke=2),
    ing("hard cheese", "lincolnshire poacher, isle of mull, kirkham's lancashire, lancashire, pecorino toscano stagionato, bra duro, bitto storico, laguiole, salers tradition, prästost, prastost, grana, "
        "wensleydale, lancashire, double gloucester, cheshire, caerphilly, "
        "berkswell, abondance, appenzeller, sbrinz, bitto, castelmagno, raschera, toma piemontese, piave, "
        "fiore sardo, pecorino sardo, pecorino toscano, pecorino di fossa, ricotta salata, cotija, queso cotija, "
        "kefalotyri, kefalograviera, graviera, kasseri, kashkaval, vacche rosse",
        protein="cheese", detail="aged", salt=2, umami=2),
    ing("sheep's cheese", "brebis, fromage de brebis, tomme de brebis, pérail, queso de oveja, oveja, "
        "sheep's milk cheese, ewe's milk cheese, roncal", protein="cheese", detail="aged", salt=2, umami=1),
    ing("goat's milk cheese", "golden cross, ragstone, chabichou, pouligny-saint-pierre, pouligny, selles-sur-cher, picodon, pélardon, "
        "rocamadour, cabécou, mothais, garrotxa, majorero, payoyo, ibores, humboldt fog, monte enebro, caprini, "
        "robiola di capra, tomme de chèvre, goat's curd, chèvre frais", protein="cheese", detail="goat", acid=2),
    ing("bloomy cheese", "harbison, mt tam, mount tam, st jude, saint-marcellin, st marcellin, saint-félicien, neufchâtel, délice de bourgogne, "
        "explorateur, pierre robert, baron bigod, tunworth, la tur, boursault",
        protein="cheese", detail="bloomy", fat=3),
    ing("trappist cheese", "herve, chimay, rollot, vieux-lille, ardrahan, durrus, gubbeen, red hawk, winnimere, "
        "saint-nectaire, st nectaire, formai de mut, puzzone di moena",
        protein="cheese", detail="washed", salt=2, fat=2),
    ing("blue-veined cheese", "colston bassett, colston bassett stilton, harbourne blue, bayley hazen, bayley hazen blue, bleu de gex, bleu des causses, shropshire blue, stichelton, beenleigh blue, maytag, "
        "maytag blue, point reyes, saint agur, gorgonzola dolce, gorgonzola piccante, picón, cashel blue, "
        "bavaria blu, blu di bufala, cambozola", protein="cheese", detail="blue", salt=3, fat=2),
    ing("cheese spread", "pimento cheese, pimiento cheese, cervelle de canut, liptauer, boursin, fromage fort",
        protein="cheese", detail="fresh", fat=2),
    ing("cheese crisp", "parmesan crisp, parmesan tuile, cheese tuile", fat=2, salt=2, umami=2, facets="cheese"),
    ing("mozzarella sticks", "cheese sticks, fried mozzarella, fried cheese, queso frito, mozzarella fritta",
        protein="cheese", detail="fresh", fat=2, salt=1, facets="fried"),
    ing("poppers", "jalapeño poppers, stuffed jalapeños", fat=2, heat=1, facets="fried, cream"),
    sauce("four cheese", "quattro formaggi, three cheese, quatre fromages, cuatro quesos, tres quesos",
          fat=2, salt=2, umami=1, facets="cheese"),
    ing("clotted cream", "clotted, devon cream, cornish cream, kaymak, kaimak, crème double, double crème, malai, "
        "crema di latte, nata montada", fat=3, facets="cream"),
    ing("buttermilk", "babeurre, latticello, suero de mantequilla, kefir, ayran, lassi, doogh, laban, whey, dahi, "
        "kashk, kashke, jameed, skyr", acid=1, facets="cream"),
    ing("milk", "leite, lait, latte, leche, whole milk, condensed milk, sweetened condensed milk, evaporated milk, "
        "lait concentré, milk jam, confiture de lait, leche condensada, latte condensato", fat=1, facets="cream"),
    # Desserts and baking
    ing("creme patissiere", "creme pat, crème diplomate, chiboust, crème chiboust, crème légère, crema diplomatica, "
        "crema pastelera", protein="dessert", detail="custard", facets="custard"),
    ing("frosting", "buttercream, butter cream, cream cheese frosting, cream cheese icing, royal icing, glaçage, "
        "mirror glaze, meringue buttercream", sweet=2, fat=2, facets="cream"),
    sauce("glaze", "glassa, glaseado, glaseada, nappage, lacquer", sweet=2, facets="sweet_sour"),
    ing("cookie", "cookie dough, skillet cookie, snickerdoodle, oatmeal cookie, brutti ma buoni, lebkuchen, "
        "stroopwafel, baci di dama, kourabiedes, ghorayeba, rugelach, hamantaschen, palmier, langues de chat, "
        "mantecados, carquinyolis", protein="dessert", detail="nut"),
    ing("chiffon cake", "muffin, muffins, cruffin, cruffins, babka, krantz cake, devil's food cake, angel food cake, angel cake, bundt, bundt cake, coffee cake, "
        "banana bread, banana cake, lemon drizzle, drizzle cake, battenberg, swiss roll, "
        "torta tres leches, pionono, castella, kugelhopf, kouglof, gugelhupf, gâteau basque, pithivier, "
        "flognarde", protein="dessert", detail="cake"),
    ing("steamed pudding", "sponge pudding, syrup sponge, treacle sponge, sussex pond pudding, clootie dumpling",
        protein="dessert", detail="cake", weight=1),
    ing("entremet", "délice, dacquoise, opéra, marquise, marquise au chocolat, charlotte, succès, trianon",
        protein="dessert", detail="custard"),
    ing("sherbet", "granité, granizado, spoom, ice lolly, popsicle, kakigori, shaved ice, raspado, frozen custard, "
        "soft serve, milkshake, nougat glacé, arctic roll, spumoni, spumone, bombe glacée",
        protein="dessert", detail="ice"),
    ing("fried dough", "luqaimat, sopaipillas pasadas, buñuelos, pestiños, rosquillas, roscos, sopaipillas, frittelle, castagnole, chiacchiere, "
        "crostoli, galani, bugnes, merveilles, oreillettes, funnel cake, malasadas, sufganiyot, koeksisters, "
        "youtiao, elephant ears", protein="dessert", detail="cake", fat=2, facets="fried"),
    ing("griddle cakes", "hotcakes, hot cakes, griddlecakes, silver dollar pancakes, drop scones, scotch pancakes, "
        "pikelets, poffertjes, aebleskiver, hotteok", protein="dessert", detail="cake"),
    ing("tartlet", "tartaletas, barquette", fat=1, facets="starch"),
    sauce("coulis", "", sweet=1, acid=1, facets="fruit"),
    # Breads, grains, starches
    ing("puffed grains", "puffed rice, puffed wild rice, puffed barley, puffed quinoa, popped sorghum, popcorn, "
        "pop corn, palomitas, rice krispies", facets="starch"),
    ing("breadcrumbs", "bread crumbs, crumb, pangrattato, mollica, mollica tostata, chapelure, pan rallado, "
        "toasted crumbs, tempura flakes, tenkasu, tempura bits", facets="starch"),
    ing("crackers", "matzo, matzah, matza, matzoh, oyster crackers, water biscuits, oatcakes, oat cakes, crispbread, knäckebröd, grissini, "
        "breadsticks, taralli, papadum, poppadom, pappadum, papad, prawn crackers, krupuk, kerupuk, rice crackers, "
        "senbei, tortilla chips, totopos, wonton crisps, wonton strips, pita chips, pita crisps, bagel chips",
        salt=1, facets="starch"),
    ing("biscuit base", "graham cracker, graham cracker crust, digestive biscuits, digestives, speculoos, biscoff, "
        "lotus biscuit, gingernut, ginger snaps, gingersnaps, savoiardi, ladyfingers, lady fingers, "
        "boudoir biscuits, galleta, galletas, galleta maría", sweet=1, facets="starch"),
    ing("bagel", "english muffin, crumpet, pretzel, bretzel, croissant, challah, rye bread, rye, "
        "pumpernickel, soda bread, potato bun, split-top bun, milk bun, ciabatta, pain de campagne, pain de mie, "
        "fougasse, tartine, crostone, crostoni, tosta, tostas, montadito, pan de cristal, pan tostado, "
        "pane casereccio, pane carasau, carasau, tigella, frisella, friselle, buttermilk biscuit, "
        "southern biscuits, cheddar biscuits, johnnycake, simit, sando, hot cross buns", facets="starch"),
    ing("chapati", "msemen, msemmen, buss up shut, dhalpuri, thepla, chapatti, paratha, parathas, parotta, kulcha, puri, bhatura, appam, lavash, lavosh, markook, "
        "saj bread, injera, mantou, steamed bun", facets="starch"),
    ing("savoury pancake", "jeon, korean pancake, buchimgae, galette, crispy pancake, spring onion pancake, crespelle",
        facets="starch"),
    ing("whole grains", "quinoa, farro, spelt, épeautre, petit épeautre, barley, pearl barley, orge, bulgur, "
        "bulghur, burghul, boulgour, freekeh, freekah, buckwheat, sarrasin, grano saraceno, kasha, millet, "
        "amaranth, teff, sorghum, wheat berries, ancient grains, grain bowl, buddha bowl, power bowl, "
        "cracked wheat, taragna, farrotto, groats", facets="starch, nutty"),
    ing("rice varieties", "arborio, carnaroli, vialone nano, bomba, bomba rice, calasparra, glutinous rice, "
        "black rice, forbidden rice, red rice, camargue rice, brown rice, nasi, arroz blanco, riz blanc, juk",
        facets="starch"),
    ing("rice cakes", "tteok, garaetteok, nian gao, rice cake sticks", facets="starch"),
    ing("knödel", "kartoffelklößen, klößen, knödeln, kartoffelklöße, kartoffelklösse, kartoffelkloesse, kartoffelknödel, klösse, knoedel, klöße, kloesse, semmelknödel, serviettenknödel, bread dumplings, potato dumplings",
        facets="starch"),
    ing("rice noodles", "woon sen, wun sen, rice vermicelli, glass noodles, cellophane noodles, mung bean noodles, "
        "sweet potato noodles, dangmyeon, hor fun, kway teow, kuay teow, rice sticks, sen yai, sen lek, bihun, "
        "bee hoon, mee, egg noodles, wheat noodles, hand-pulled noodles, biang biang, shirataki, wide rice noodles",
        facets="starch"),
    ing("pasta shapes", "nockerl, nockerln, galuska, galuskas, ferretto, maccheroni al ferretto, fileja, macaronis, casarecce, cavatelli, maltagliati, garganelli, gramigna, calamarata, "
        "mezze maniche, mezzi rigatoni, ziti, candele, spaghettoni, spaghettini, vermicelli, capellini, angel hair, "
        "chitarra, spaghetti alla chitarra, maccheroncini, busiate, scialatielli, gemelli, radiatori, cappellacci, "
        "stringozzi, strangozzi, umbricelli, lasagnette, reginette, ptitim, israeli couscous, pearl couscous, "
        "spätzle, spaetzle, knöpfle, nokedli, halušky, trahana", facets="starch"),
    ing("ravioles", "ravioles du dauphiné, casunziei, tortelli, anolini, caramelle, fagottini, "
        "sacchetti, sacchettini, mezzalune, cjarsons", facets="starch"),
    ing("flour", "farine, farina, harina, maicena, cornflour, cornstarch, fécule, semolina, semola, semoule, "
        "rice flour, chickpea flour, besan, gram flour, batter, pastella, panisse", facets="starch"),
    ing("oats", "oatmeal, porridge, granola, muesli, bircher, bircher muesli, overnight oats, rolled oats, "
        "flapjack", facets="starch, nutty"),
    ing("slider", "", facets="starch"),
    ing("onion rings", "aros de cebolla, anelli di cipolla, beignets d'oignon, bhajis, corn fritters",
        fat=2, salt=1, facets="fried"),
    ing("fingerling potatoes", "fingerling, ratte, grenaille, pommes grenaille, charlotte potatoes, jersey royals, "
        "pink fir apple, anya potatoes, cachelos, baby potatoes, aloo, papa, papas nativas, papa amarilla, "
        "papa criolla, batatas a murro, patate novelle, patatas nuevas", facets="starch"),
    ing("fondant potatoes", "pommes fondantes, boulangère, pommes sarladaises, sarladaise, pommes lyonnaises, "
        "lyonnaise potatoes, pommes darphin, pommes macaire, hasselback potatoes, hasselback, patatas panaderas, "
        "panaderas, patatas a lo pobre, papas a lo pobre, a lo pobre", fat=1, facets="starch"),
    ing("game chips", "potato crisps, potato chips, kettle chips, kettle crisps, pommes pont-neuf, pont-neuf, "
        "pommes allumettes, allumettes, pommes paille, straw potatoes, shoestring fries, matchstick potatoes, "
        "steak fries, chunky chips, triple-cooked chips, thrice-cooked chips, batatas fritas, patatine fritte, "
        "papas fritas, tater tots, tots, home fries, potato cakes",
        fat=2, salt=1, facets="fried, starch"),
    ing("parmentier", "à la parmentier, potato-topped, potato crust", facets="starch"),
    ing("crust", "en croute de, en croûte de, crusted, encrusted, croûte, crosta, costra, in crosta, en costra", facets="roasted"),
    # Sauces, dressings, condiments
    sauce("tare", "kecap, kabayaki sauce, unagi sauce, eel sauce, sweet soy, sweet soy sauce, kecap manis, ketjap manis, "
          "okonomi sauce, okonomiyaki sauce, tonkatsu sauce, takoyaki sauce, "
          "yakisoba sauce, bulldog sauce", sweet=2, salt=2, umami=2, facets="soy, sweet_sour"),
    sauce("tentsuyu", "tsuyu, mentsuyu", salt=1, umami=2, facets="soy"),
    sauce("nuoc cham", "nuoc mam cham, nam jim, nam jim jaew, jaew, prik nam pla",
          acid=2, sweet=1, salt=1, heat=1, facets="citrus"),
    sauce("kewpie mayo", "kewpie, kewpie mayonnaise, japanese mayo, japanese mayonnaise, mayonesa, maionese",
          fat=2, umami=1),
    sauce("ranch", "ranch dressing, creamy dressing, buttermilk dressing, salad cream", fat=2, acid=1, facets="cream"),
    # Blue cheese as a dip or a dressing is the wings' or the salad's sauce, not a cheese course.
    sauce("blue cheese dressing", "blue cheese dip, bleu cheese dressing, bleu cheese dip, blue cheese sauce, "
          "roquefort dressing, stilton dressing", fat=2, salt=2, acid=1, facets="cream"),
    sauce("caesar dressing", "caesar, caesar-style, anchovy dressing", fat=2, salt=1, umami=1, facets="garlic"),
    sauce("cocktail sauce", "marie rose sauce, sauce cocktail, salsa rosa, salsa golf, thousand island, "
          "russian dressing, comeback sauce, special sauce, burger sauce, fry sauce, secret sauce, big mac sauce",
          fat=2, sweet=1, acid=1, facets="sweet_sour"),
    sauce("buffalo sauce", "buffalo, buff, buffalo-style, frank's redhot, wing sauce, hot wing sauce, nashville-style",
          heat=2, fat=1, acid=1, facets="vinegar"),
    sauce("brown sauce", "hp sauce, steak sauce, a1 sauce", sweet=1, acid=1, umami=1, facets="sweet_sour"),
    sauce("malt vinegar", "sarson's, chip shop vinegar, rice vinegar, rice wine vinegar, black vinegar, "
          "chinkiang vinegar, zhenjiang vinegar, cider vinegar, apple cider vinegar, coconut vinegar, umeboshi, "
          "ume, plum vinegar, agresto", acid=2, facets="vinegar"),
    sauce("balsamic glaze", "balsamic reduction, crema di balsamico, vincotto, vin cotto, mosto cotto, arrope",
          sweet=2, acid=1, facets="sweet_sour, vinegar"),
    sauce("sauce vierge", "vierge, ravigote, sauce ravigote, salmoriglio, sammoriglio, ladolemono, citronette",
          acid=2, fat=1, facets="herbal, citrus"),
    sauce("nantua", "sauce nantua, crayfish sauce, sauce américaine, américaine, armoricaine, bisque sauce, "
          "shellfish sauce, lobster sauce, crustacean sauce, beurre de homard, coral butter, beurre corail, corail",
          weight=1, fat=2, umami=1, facets="cream"),
    sauce("perigueux", "sauce périgueux, périgourdine, sauce périgourdine, truffle sauce, truffle jus, "
          "sauce rossini, rossini", weight=1, umami=2, facets="earthy"),
    sauce("nogada", "en nogada, walnut cream", fat=2, sweet=1, facets="nutty"),
    sauce("salsa macha", "macha, ocopa", heat=1, fat=1, facets="nutty"),
    sauce("salsa huancaina", "a la huancaína", heat=1, fat=2, facets="cheese"),
    sauce("mojo", "mojo criollo, mojo de ajo, mojo rojo, mojo picón, mojo sauce", acid=2, facets="garlic, citrus"),
    sauce("salsa brava", "brava, bravas sauce, brava sauce", heat=2, acid=1, facets="tomato"),
    sauce("garlic sauce", "skordalia, agliata, ajada, garlic purée, garlic confit, confit garlic, roasted garlic, "
          "ajo confitado, ail confit, ajillo, al ajillo, ajoaceite", fat=1, facets="garlic"),
    sauce("pil pil", "al pil pil", fat=2, facets="garlic"),
    sauce("marinera", "a la marinera, salsa marinera", acid=1, facets="white_wine, garlic"),
    sauce("vizcaina", "a la vizcaína, salsa vizcaína, bizkaina, biscayenne, chilindrón, al chilindrón",
          sweet=1, umami=1, facets="tomato"),
    sauce("livornese", "alla livornese, alla ghiotta, ghiotta, alla eoliana, eoliana, busara, alla busara, buzara, "
          "la niçoise, livorno style, livorno-style", acid=2, salt=1, umami=1, facets="tomato"),
    # Mauritian and Réunion creole rougaille: tomato cooked down with onion, garlic, ginger, thyme and chilli.
    sauce("rougaille", "rougail, rougailles", acid=1, heat=1, facets="tomato"),
    sauce("hunter's sauce", "a la cazadora, cazadora, alla cacciatora, cacciatora, hunter-style, jägersauce, jäger, "
          "jaeger", weight=1, facets="earthy, tomato"),
    sauce("carpione", "in saor, in carpione, scapece, escabetx", acid=2, sweet=1, facets="vinegar, sweet_sour"),
    sauce("tonnato", "salsa tonnata, tonnata, tonnato sauce", fat=2, salt=1, umami=2),
    sauce("vodka sauce", "alla vodka, pink sauce", acid=1, fat=2, facets="tomato, cream"),
    sauce("green chutney", "mint chutney, coriander chutney, cilantro chutney, hari chutney, pudina chutney, "
          "coconut chutney, chutneys, zhoug, schug, skhug", acid=1, heat=1, facets="herbal"),
    sauce("sesame dressing", "sesame sauce, goma dare, gomadare, goma-ae, gomae, sesame paste, "
          "chinese sesame paste, zhima jiang", fat=2, facets="nutty"),
    sauce("bread sauce", "sauce au pain", fat=1, facets="cream"),
    sauce("compound butter", "bercy, beurre bercy, sauce bercy, maître d'hôtel butter, beurre maître d'hôtel, maître d'hôtel, café de paris butter, "
          "café de paris, beurre salé, beurre demi-sel, demi-sel, burro salato, mantequilla salada, "
          "beurre d'escargot, escargot butter, snail butter", fat=2, facets="butter, herbal"),
    sauce("roux", "dark roux, brown roux, blond roux", weight=1),
    # A stock or a broth is a soup's or a sauce's base: a French onion soup's beef broth is no steak.
    sauce("stock", "fumet, fish stock, chicken stock, veal stock, bone broth, nage, consomé, master stock, caldoso, "
          "beef stock, beef broth, beef bouillon, brown stock, meat stock, lamb stock, ham stock, game stock, "
          "fond de veau, fond brun, "
          "caldosa, pot liquor, potlikker, dashi broth", weight=-1, umami=1),
    sauce("white wine reduction", "au chablis, au vin blanc, sauce au vin blanc, au vin jaune, sauce au vin jaune, au riesling, "
          "au champagne, sauce au champagne", acid=1, facets="white_wine"),
    sauce("port reduction", "port wine reduction, port glaze, port wine sauce, au porto, sauce au porto, al oporto, "
          "porto reduction, marsala, madeira, pedro ximenez, pedro ximénez, px, oloroso, oloroso sherry, "
          "px sherry, vin santo sauce, in tawny port, in ruby port", weight=1, sweet=1, facets="red_wine"),
    sauce("tiger's milk", "lait de tigre, latte di tigre", acid=2, heat=1, facets="citrus"),
    ing("crispy shallots", "fried shallots, crispy onions, fried onions, birista, crispy fried shallots, "
        "french fried onions, cebolla frita, cipolla fritta, oignons frits, röstzwiebeln, roestzwiebeln", sweet=1, fat=1, facets="fried"),
    ing("nopales", "nopal, nopalitos, cactus, cactus paddles", acid=1, weight=-1, facets="herbal"),
    sauce("mint sauce", "sauce à la menthe, salsa alla menta, salsa de menta",
          acid=2, sweet=1, facets="herbal, vinegar"),
    # The South's gravies: sausage gravy is a sauce on a biscuit or a chicken-fried steak, not its main;
    # red-eye gravy is ham drippings with coffee.
    sauce("sausage gravy", "country gravy, cream gravy, white gravy, sawmill gravy", weight=1, fat=2, salt=1,
          facets="cream, pepper"),
    sauce("red-eye gravy", "red eye gravy, redeye gravy", salt=2, umami=1, facets="coffee"),
    sauce("amandine", "almondine, aux amandes, à l'amandine", fat=2, facets="nutty, butter"),
    method("smothered", "smothered in gravy, smothered in onions", weight=1, fat=1, facets="braised"),
    sauce("lyonnaise sauce", "sauce lyonnaise, à la lyonnaise, soubise, sauce soubise, onion soubise, "
          "smothered onions, encebollado, encebollada", sweet=1),
    sauce("ranchero sauce", "salsa ranchera, ranchera, enchilada sauce, red chile sauce, chile colorado",
          heat=1, acid=1, facets="tomato"),
    ing("flaky pastry", "flaky crust, rough puff, pâte brisée, shortcrust, shortcrust pastry, pasta frolla, "
        "pâte sablée, hot water crust, suet pastry, kataifi, kadaif, yufka, pasta sfoglia, hojaldre, masa quebrada, "
        "pâte à foncer", fat=1, facets="starch"),
    ing("timbale", "sformato, sformatino, tortino, tortini, flan de légumes", facets="egg"),
    ing("piccalilli", "picalilli, mustard pickle, atchar, encurtido, encurtida, curtido, sottaceti, sott'aceto, "
        "sottaceto, torshi, turshi, kabees, pickled ginger, gari, beni shoga, takuan, zha cai, ya cai, "
        "preserved mustard greens, do chua, acar, atchara, bread and butter pickles",
        acid=2, salt=1, facets="vinegar"),
    ing("wasabi", "karashi, english mustard, colman's, chinese mustard, japanese mustard, mustard seeds, "
        "black mustard seeds, graines de moutarde", heat=1, facets="mustard"),
)
# fmt: on
