"""Named dishes of the world's kitchens, each written as its parts.

A dish here is understood the way its menu description would be: "pastitsio" is pasta,
minced beef, a cream sauce and cheese, baked. Only dishes whose parts the lexicon knows
are listed; ``tests/test_lexicon.py`` checks that every part resolves and that no
spelling shadows another term's.
"""

from __future__ import annotations

from typing import Final

from recommendations.pairing.terms import FoodTerm, dish

# fmt: off
WORLD_DISHES: Final[tuple[FoodTerm, ...]] = (
    # French: regional, bistro and brasserie
    dish("tarte flambee", "tarte flambée, flammekueche, flammkuchen", parts="fresh cheese, bacon, cream, onion, "
         "bread, baked", cuisine="french"),
    dish("baeckeoffe", "baekeoffe, baeckaoffa, backeofe", parts="pork, lamb, beef, potato, onion, white wine sauce, "
         "braised", cuisine="french", weight=1),
    dish("axoa", "axoa de veau, axoa d'espelette", parts="veal, braised, sweet pepper, onion, espelette",
         cuisine="french"),
    dish("garbure", "garbure bearnaise, garbure béarnaise", parts="duck, confit, ham, cabbage, beans, soup",
         cuisine="french", weight=1),
    dish("potee auvergnate", "potée auvergnate, potee, potée", parts="pork, sausage, cabbage, potato, carrot, "
         "poached", cuisine="french"),
    dish("petit sale aux lentilles", "petit salé aux lentilles, petit sale, petit salé", parts="pork belly, "
         "lentils, sausage, braised", cuisine="french"),
    dish("carbonnade flamande", "stoverij, vlaamse stoverij, carbonnades flamandes, carbonade flamande, stoofvlees, carbonnade",
         parts="beef, braised, dark beer, onion, sugar, mustard", cuisine="french", weight=1),
    dish("waterzooi", "waterzooi de poulet, gentse waterzooi", parts="chicken, poached, cream sauce, carrot, onion",
         cuisine="french"),
    dish("tete de veau", "tête de veau, testina di vitello, tete de veau sauce gribiche", parts="veal, offal, "
         "poached, gribiche, capers", cuisine="french"),
    dish("poule au pot", "poule-au-pot", parts="chicken, poached, stuffed, carrot, onion", cuisine="french",
         weight=1),
    dish("cuisses de grenouilles", "frogs legs, frog legs, frog's legs, cuisses de grenouille, ancas de rana, rane "
         "fritte", parts="chicken, seared, garlic, butter, herbs", cuisine="french", weight=-1),
    dish("salade lyonnaise", "frisee aux lardons, frisée aux lardons", parts="salad, bacon, egg, poached, "
         "vinaigrette", cuisine="french"),
    dish("gougeres", "gougères, gougere, gougère", parts="aged cheese, pastry, baked", cuisine="french",
         weight=-1),
    dish("cheese souffle", "souffle au fromage, soufflé au fromage, cheese soufflé, twice-baked souffle, "
         "twice baked cheese souffle", parts="egg, aged cheese, baked", cuisine="french"),
    dish("pan bagnat", "pan-bagnat", parts="tuna, bread, egg, olives, anchovy, tomato, olive oil", cuisine="french"),
    dish("socca", "farinata, farinata di ceci", parts="chickpeas, olive oil, baked, pepper sauce", cuisine="french"),
    dish("grand aioli", "grand aïoli, aioli garni, aïoli garni, aioli provencal", parts="salt cod, potato, "
         "carrot, egg, mayonnaise", cuisine="french", weight=1),
    dish("soupe au pistou", "", parts="beans, vegetables, pesto, soup", cuisine="french"),
    dish("tournedos rossini", "filet rossini, filetto alla rossini", parts="beef fillet, foie gras, truffle, "
         "red wine sauce, bread", cuisine="french", weight=1),
    dish("lievre a la royale", "lièvre à la royale, hare royale", parts="hare, braised, foie gras, red wine sauce, "
         "truffle", cuisine="french", weight=1),
    dish("poulet vallee d'auge", "poulet vallée d'auge, chicken vallee d'auge", parts="chicken, cream sauce, apple, "
         "cider, mushroom", cuisine="french"),
    dish("vichyssoise", "creme vichyssoise, crème vichyssoise", parts="potato, onion, cream, cold, soup",
         cuisine="french"),
    dish("potage parmentier", "soupe parmentier", parts="potato, onion, soup", cuisine="french"),
    dish("pommes anna", "pommes de terre anna", parts="potato, butter, baked", cuisine="french"),
    dish("pommes boulangere", "pommes boulangère, boulangere potatoes, boulangère potatoes", parts="potato, onion, "
         "jus, baked", cuisine="french"),
    dish("jambon persille", "jambon persillé, jambon persille de bourgogne", parts="ham, herbs, white wine sauce, "
         "cold", cuisine="french"),
    dish("pieds de cochon", "pig's trotters, pigs trotters, pied de cochon, zampetti, manitas de cerdo",
         parts="pork, offal, braised, mustard", cuisine="french"),
    dish("bouchee a la reine", "bouchée à la reine, bouchees a la reine", parts="chicken, sweetbreads, cream sauce, "
         "mushroom, pastry", cuisine="french"),
    dish("oeufs en cocotte", "œufs en cocotte, eggs en cocotte, shirred eggs, oeuf cocotte", parts="egg, cream, "
         "baked", cuisine="french"),
    dish("steak hache", "steak haché", parts="minced beef, seared, fries", cuisine="french"),
    dish("lobster thermidor", "homard thermidor, thermidor", parts="lobster, cream sauce, mustard, aged cheese, "
         "brandy, baked", cuisine="french", weight=1),
    dish("tourtiere", "tourtière, tourtiere quebecoise", parts="pork, minced beef, pastry, warm spices, baked",
         cuisine="french"),
    dish("coulibiac", "koulibiac, kulebyaka, coulibiac de saumon", parts="salmon, rice, egg, mushroom, pastry, "
         "baked", cuisine="french"),
    dish("mont d'or chaud", "boite chaude, boîte chaude, baked vacherin, vacherin chaud", parts="washed-rind cheese, "
         "baked, white wine sauce, potato", cuisine="french", weight=1),
    dish("chicken liver parfait", "chicken liver pate, chicken liver pâté, chicken liver mousse, parfait de foies "
         "de volaille", parts="chicken liver, butter, madeira, bread, jam", cuisine="french"),
    dish("far breton", "far aux pruneaux", parts="custard, prunes, baked", cuisine="french"),
    dish("kouign-amann", "kouign amann, kouignamann", parts="sweet pastries, butter, caramel", cuisine="french"),
    dish("canele", "canelé, canele de bordeaux, cannelé, caneles, canelés", parts="cake, vanilla, caramel, rum",
         cuisine="french"),
    dish("baba au rhum", "rum baba, baba al rum, babà, savarin", parts="cake, rum, sugar, cream", cuisine="french"),
    dish("poire belle helene", "poire belle-hélène, pear belle helene, poires belle helene", parts="pear, poached, "
         "chocolate sauce, ice cream", cuisine="french"),
    dish("peche melba", "fraises melba, melba, pêche melba, peach melba, pesca melba", parts="stone fruit, poached, berries, ice cream",
         cuisine="french"),
    dish("galette des rois", "king's cake frangipane, pithivier sucré", parts="sweet pastries, pastry, nuts",
         cuisine="french"),
    dish("galette complete", "galette complète, buckwheat galette, galette de sarrasin, galette bretonne",
         parts="ham, aged cheese, egg, crepes", cuisine="french"),
    dish("tarte tropezienne", "tarte tropézienne, la tropezienne", parts="cake, custard, cream, sugar",
         cuisine="french"),
    dish("opera cake", "gateau opera, gâteau opéra", parts="cake, chocolate, coffee", cuisine="french"),
    dish("mont blanc", "mont-blanc, montebianco, monte bianco", parts="meringue, chestnut, cream", cuisine="french"),
    dish("tarte normande", "tarte aux pommes normande", parts="tart, apple, custard, cream", cuisine="french"),
    dish("charlotte russe", "charlotte aux fraises, charlotte aux poires, charlotte aux framboises",
         parts="mousse, cake, berries", cuisine="french"),
    dish("tarte bourdaloue", "poires bourdaloue", parts="tart, pear, frangipane", cuisine="french"),
    dish("religieuse", "religieuses, religieuse au chocolat", parts="sweet pastries, custard, chocolate",
         cuisine="french"),
    dish("baked alaska", "omelette norvegienne, omelette norvégienne", parts="ice cream, meringue, cake",
         cuisine="french"),
    dish("sole veronique", "sole véronique, filets de sole veronique", parts="sole, poached, white wine sauce, "
         "cream sauce, grapes", cuisine="french"),
    dish("boudin noir aux pommes", "boudin noir, boudin aux pommes, boudin noir et pommes", parts="black pudding, "
         "apple, potato, butter", cuisine="french"),
    # French: more bistro and brasserie
    dish("coq au vin jaune", "poularde au vin jaune", parts="chicken, braised, white wine sauce, "
         "cream sauce, morel", cuisine="french", weight=1),
    dish("bar en croute de sel", "bar en croûte de sel, loup en croute de sel, loup en croûte de sel",
         parts="sea bass, baked, salt", cuisine="french"),
    dish("steak diane", "", parts="steak, seared, cream sauce, mustard, spirits, jus", cuisine="french"),
    dish("cordon bleu", "cordon-bleu, veal cordon bleu, escalope cordon bleu", parts="veal, ham, aged cheese, "
         "floured and fried", cuisine="french"),
    dish("cafe gourmand", "café gourmand", parts="coffee, dessert, cake, mousse", cuisine="french"),
    dish("buche de noel", "bûche de noël, yule log, buche, bûche", parts="cake, chocolate, cream", cuisine="french"),
    dish("cheese straws", "pailles au fromage, allumettes au fromage", parts="aged cheese, pastry, baked",
         cuisine="french"),
    dish("fondue bourguignonne", "fondue chinoise, fondue à l'huile", parts="beef, fried, mayonnaise",
         cuisine="french"),
    dish("crespelle alla fiorentina", "crespelle ricotta e spinaci", parts="savoury pancake, spinach, fresh cheese, "
         "cream sauce, baked", cuisine="italian"),
    dish("oreja a la plancha", "oreja de cerdo a la plancha, orelha", parts="pork, offal, grilled, "
         "garlic", cuisine="spanish"),
    dish("boeuf a la mode", "bœuf à la mode, boeuf mode", parts="beef, braised, red wine sauce, carrot, onion",
         cuisine="french", weight=1),
    dish("tripes a la mode de caen", "tripes à la mode de caen, tripes a la mode, tripes à la mode",
         parts="tripe, braised, cider, carrot, onion", cuisine="french", weight=1),
    dish("foie gras terrine", "terrine de foie gras, foie gras au torchon, foie gras en terrine, foie gras de canard "
         "en terrine, terrine de foie gras au torchon, torchon de foie gras", parts="foie gras, cold, brioche",
         cuisine="french"),
    dish("tielle setoise", "tielle sétoise, tielle", parts="octopus, squid, tomato sauce, pastry, baked",
         cuisine="french"),
    dish("seiche a la setoise", "seiche à la sétoise, rouille de seiche, encornets à la sétoise", parts="squid, "
         "braised, tomato sauce, garlic sauce", cuisine="french"),
    dish("creme du barry", "crème du barry, crème dubarry, veloute du barry", parts="cauliflower, cream, soup",
         cuisine="french"),
    dish("salade landaise", "salade perigourdine, salade périgourdine, salade gasconne", parts="duck, foie gras, gizzards, salad, nuts",
         cuisine="french"),
    dish("calisson", "calissons, calissons d'aix", parts="nuts, candied fruit, sugar", cuisine="french"),
    dish("coupe colonel", "colonel", parts="ice cream, citrus, spirits", cuisine="french"),
    dish("dame blanche", "coupe dame blanche", parts="ice cream, vanilla, chocolate sauce, cream", cuisine="french"),
    dish("cafe liegeois", "café liégeois, chocolat liégeois, chocolat liegeois", parts="ice cream, coffee, cream",
         cuisine="french"),
    # Italian: Tuscany
    dish("ribollita", "zuppa di cavolo nero", parts="beans, cavolo nero, bread, vegetables, olive oil, soup",
         cuisine="italian"),
    dish("pappa al pomodoro", "pappa col pomodoro", parts="tomato, bread, olive oil, basil, soup", cuisine="italian"),
    dish("panzanella", "panmolle", parts="bread, tomato, cucumber, onion, basil, vinaigrette, salad",
         cuisine="italian"),
    dish("peposo", "peposo all'imprunetina, peposo alla fornacina", parts="beef, braised, red wine sauce, "
         "pepper sauce, garlic", cuisine="italian", weight=1),
    dish("crostini toscani", "crostini di fegatini, crostini neri", parts="chicken liver, bread, capers, "
         "anchovy", cuisine="italian"),
    dish("trippa alla fiorentina", "lampredotto, trippa alla romana", parts="tripe, tomato sauce, "
         "braised, aged cheese", cuisine="italian"),
    dish("arista", "arista di maiale, arista alla fiorentina", parts="pork, roasted, rosemary, garlic",
         cuisine="italian"),
    dish("fagioli all'uccelletto", "fagioli all uccelletto", parts="beans, tomato sauce, sage, garlic",
         cuisine="italian"),
    dish("castagnaccio", "", parts="cake, chestnut, rosemary, pine nuts, raisins", cuisine="italian"),
    dish("panforte", "panpepato, panforte di siena", parts="cake, nuts, dried fruit, honey, warm spices",
         cuisine="italian"),
    dish("ricciarelli", "ricciarelli di siena", parts="biscuits, almonds, sugar", cuisine="italian"),
    dish("brodetto", "brodetto di pesce, brodetto all'anconetana, brodetto alla vastese", parts="fish, shellfish, "
         "tomato, vinaigrette, braised, soup", cuisine="italian"),
    dish("cima alla genovese", "cima genovese, cima ripiena", parts="veal, stuffed, egg, peas, poached, cold",
         cuisine="italian"),
    dish("torta pasqualina", "pascualina, torta pascualina", parts="spinach, fresh cheese, egg, pastry, baked", cuisine="italian"),
    dish("zuccotto", "zuccotto fiorentino", parts="cake, cream, chocolate, candied fruit, liqueur", cuisine="italian"),
    dish("ragu bianco", "al ragu bianco, al ragù bianco, ragù bianco, ragu in bianco, tagliatelle al ragù bianco, "
         "tagliatelle al ragu bianco, ragù in bianco", parts="minced beef, pork, braised, white wine sauce",
         cuisine="italian"),
    dish("crostata di visciole", "", parts="tart, cherry, jam", cuisine="italian"),
    dish("struffoli", "", parts="fried dough, honey, candied fruit", cuisine="italian"),
    dish("pardulas", "pardule, casadinas", parts="sweet pastries, fresh cheese, citrus, sugar", cuisine="italian"),
    # Italian: Rome and Lazio
    dish("carciofi alla giudia", "jewish-style artichokes, jewish artichokes", parts="artichoke, fried, olive oil",
         cuisine="italian"),
    dish("puntarelle", "puntarelle alla romana, puntarelle in salsa di alici", parts="salad, anchovy sauce, garlic, "
         "vinaigrette", cuisine="italian"),
    dish("vignarola", "vignarola romana", parts="artichoke, peas, broad beans, guanciale, onion, braised",
         cuisine="italian"),
    dish("maritozzo", "maritozzi, maritozzo con la panna", parts="sweet pastries, bread, cream", cuisine="italian"),
    dish("penne alla vodka", "vodka pasta, pasta alla vodka, rigatoni alla vodka, penne vodka, vodka penne, "
         "rigatoni vodka, vodka rigatoni", parts="pasta, tomato sauce, cream",
         cuisine="italian"),
    dish("spaghetti aglio e olio", "aglio e olio, aglio olio e peperoncino, aglio olio", parts="pasta, garlic, "
         "olive oil, chilli", cuisine="italian"),
    # Italian: Naples, Campania and the south
    # Italian-American: "fra diavolo" is the devil's own tomato sauce, chilli-hot, for shellfish.
    dish("fra diavolo", "alla fra diavolo, fra' diavolo", parts="tomato sauce, chilli, garlic", cuisine="italian"),
    dish("pasta alla norma", "alla norma, pasta alla norma siciliana", parts="pasta, eggplant, tomato sauce, "
         "ricotta, basil", cuisine="italian"),
    dish("pasta con le sarde", "bucatini con le sarde, pasta chi sardi", parts="pasta, sardines, fennel, raisins, "
         "pine nuts, saffron", cuisine="italian"),
    dish("cassata", "cassata siciliana", parts="cake, ricotta, dried fruit, sugar, chocolate", cuisine="italian"),
    dish("sfincione", "sfincione palermitano", parts="bread, tomato sauce, onion, anchovy, aged cheese, baked",
         cuisine="italian"),
    dish("pesto alla trapanese", "busiate alla trapanese, pasta alla trapanese", parts="pasta, tomato, almonds, "
         "garlic, basil", cuisine="italian"),
    dish("panelle", "pane e panelle", parts="chickpeas, fried, bread", cuisine="italian"),
    dish("impepata di cozze", "impepata", parts="mussel, pepper sauce, garlic, herbs", cuisine="italian"),
    dish("polpo alla luciana", "polpi alla luciana, polpo affogato", parts="octopus, braised, tomato sauce, "
         "olives, capers", cuisine="italian"),
    dish("pastiera", "pastiera napoletana", parts="tart, ricotta, dried fruit, sugar", cuisine="italian"),
    dish("gnocchi alla sorrentina", "gnocchi sorrentina", parts="gnocchi, tomato sauce, mozzarella, basil, baked",
         cuisine="italian"),
    dish("pizza diavola", "diavola", parts="pizza, pepperoni, chilli, tomato sauce, mozzarella", cuisine="italian"),
    dish("pizza capricciosa", "capricciosa, pizza quattro stagioni, quattro stagioni", parts="pizza, ham, mushroom, "
         "artichoke, olives, mozzarella", cuisine="italian"),
    dish("calzone", "calzoni", parts="pizza, ricotta, ham, mozzarella, baked", cuisine="italian"),
    dish("panzerotti", "panzerotto", parts="bread, mozzarella, tomato, fried", cuisine="italian"),
    dish("mozzarella in carrozza", "", parts="mozzarella, bread, egg, fried", cuisine="italian"),
    dish("spaghetti allo scoglio", "allo scoglio, linguine allo scoglio", parts="pasta, shellfish, clam, mussel, "
         "prawn, tomato, white wine sauce", cuisine="italian"),
    dish("pescatora", "alla pescatora, spaghetti alla pescatora, risotto alla pescatora", parts="shellfish, "
         "tomato sauce, white wine sauce, garlic", cuisine="italian"),
    dish("insalata di mare", "seafood salad, salpicon de marisco, salpicón de mariscos", parts="squid, prawn, "
         "octopus, citrus, olive oil, cold", cuisine="italian"),
    # Italian: Piedmont, Lombardy, the Veneto and the north
    dish("brasato al barolo", "manzo al barolo, brasato al vino rosso", parts="beef, braised, red wine sauce",
         cuisine="italian", weight=1),
    dish("agnolotti del plin", "agnolotti al sugo d'arrosto, plin al sugo d'arrosto", parts="filled pasta, veal, "
         "pork, jus, butter", cuisine="italian"),
    dish("carne cruda all'albese", "carne cruda, battuta al coltello, carne cruda alla piemontese",
         parts="beef tartare, raw, olive oil, citrus, truffle", cuisine="italian"),
    dish("bonet", "bunet, bonet piemontese", parts="custard, chocolate, amaretti, caramel", cuisine="italian"),
    dish("risotto all'amarone", "risotto al amarone, risotto all amarone", parts="risotto, red wine sauce, "
         "aged cheese", cuisine="italian"),
    dish("cassoeula", "casoeula, cazzoeula", parts="pork, sausage, cabbage, braised", cuisine="italian", weight=1),
    dish("pizzoccheri", "pizzoccheri della valtellina", parts="pasta, cabbage, potato, butter, aged cheese, sage",
         cuisine="italian", weight=1),
    dish("polenta concia", "polenta taragna, polenta uncia", parts="polenta, aged cheese, butter", cuisine="italian",
         weight=1),
    dish("bigoli in salsa", "bigoli con le acciughe", parts="pasta, anchovy, onion", cuisine="italian"),
    dish("sarde in saor", "sardines in saor, sardele in saor, saor", parts="sardines, fried, onion, vinaigrette, "
         "raisins, pine nuts", cuisine="italian"),
    dish("risi e bisi", "risi bisi", parts="rice, peas, pancetta, aged cheese, butter", cuisine="italian"),
    dish("baccala alla vicentina", "baccalà alla vicentina, bacalà alla vicentina", parts="salt cod, braised, "
         "onion, anchovy, aged cheese, polenta", cuisine="italian"),
    dish("moeche", "moleche, moeche fritte", parts="crab, fried", cuisine="italian"),
    dish("seppie al nero", "seppie in nero, seppie col nero, squid in ink, chipirones en su tinta, "
         "calamares en su tinta", parts="squid, braised, white wine sauce, garlic", cuisine="italian"),
    dish("risotto al nero di seppia", "risotto nero, black risotto, squid ink risotto", parts="risotto, squid, "
         "white wine sauce", cuisine="italian"),
    dish("panettone", "pandoro, colomba, colomba pasquale", parts="cake, dried fruit, butter",
         cuisine="italian"),
    dish("torta della nonna", "", parts="tart, custard, pine nuts", cuisine="italian"),
    dish("zuppa inglese", "", parts="custard, cake, cooking wine, chocolate", cuisine="italian"),
    dish("sbrisolona", "torta sbrisolona, sbrisolina", parts="biscuits, almonds, butter", cuisine="italian"),
    dish("torta caprese", "caprese al cioccolato", parts="chocolate, cake, almonds", cuisine="italian"),
    dish("baked ziti", "ziti al forno", parts="pasta, tomato sauce, fresh cheese, baked", cuisine="italian"),
    # Italian: Emilia-Romagna, Liguria, Sardinia, Abruzzo and Italian-American
    dish("tortellini in brodo", "tortellini en brodo, cappelletti in brodo, anolini in brodo", parts="filled pasta, "
         "pork, cured ham, aged cheese, soup", cuisine="italian"),
    dish("gnocco fritto", "torta fritta, crescentine fritte", parts="bread, fried, charcuterie", cuisine="italian"),
    dish("erbazzone", "erbazzone reggiano", parts="spinach, aged cheese, pastry, baked", cuisine="italian"),
    dish("piadina", "piada, piadina romagnola", parts="bread, cured ham, fresh cheese, rocket", cuisine="italian"),
    dish("focaccia di recco", "focaccia col formaggio, focaccia al formaggio", parts="fresh cheese, bread, "
         "olive oil, baked", cuisine="italian"),
    dish("pansoti", "pansotti, pansoti al sugo di noci", parts="filled pasta, spinach, ricotta, walnut sauce",
         cuisine="italian"),
    dish("porceddu", "porcheddu, porceddu sardo", parts="suckling pig, roasted, herbs", cuisine="italian"),
    dish("malloreddus", "gnocchetti sardi, malloreddus alla campidanese", parts="pasta, sausage, tomato sauce, "
         "pecorino, saffron", cuisine="italian"),
    dish("fregola", "fregula, fregola con arselle, fregola ai frutti di mare", parts="pasta, clam, tomato, "
         "olive oil", cuisine="italian"),
    # Sardinia's seadas: a fried pastry of fresh pecorino and lemon zest, under warm bitter honey.
    dish("seadas", "sebadas, sevadas, sardinian cheese pastry, fried cheese pastry with honey, "
         "sardinian fried cheese pastry", parts="sweet pastries, fresh cheese, honey, fried", cuisine="italian"),
    dish("frico", "frico friulano, frico croccante", parts="aged cheese, potato, fried", cuisine="italian",
         weight=1),
    dish("arrosticini", "arrosticini abruzzesi, rustelle", parts="lamb, grilled, skewers", cuisine="italian"),
    dish("minestrone", "minestrone alla genovese, minestrone di verdure", parts="vegetables, beans, pasta, tomato, "
         "soup", cuisine="italian"),
    dish("prosciutto e melone", "prosciutto and melon, jambon melon, melon con jamon, "
         "melon au jambon", parts="cured ham, melon", cuisine="italian"),
    dish("bresaola", "bresaola della valtellina, bündnerfleisch, bundnerfleisch, viande des grisons, "
         "cecina de leon, cecina de león", parts="beef, dried, aged cheese, citrus", cuisine="italian",
         weight=-1),
    dish("braciole", "braciola, braciole napoletane", parts="beef, stuffed, tomato sauce, braised, aged cheese",
         cuisine="italian"),
    dish("chicken parmigiana", "chicken parmesan, chicken parm, pollo alla parmigiana, "
         "chicken parma, chicken parmo, chicken parmy, chicken parmi, parmo", parts="chicken, fried, tomato sauce, mozzarella, aged cheese", cuisine="american",
         weight=1),
    dish("spaghetti alla puttanesca", "alla puttanesca, pasta puttanesca, penne alla puttanesca, pasta alla puttanesca",
         parts="pasta, tomato sauce, anchovy, olives, capers, chilli, garlic", cuisine="italian"),
    dish("fettuccine alfredo", "fettuccine all'alfredo, fettuccine al burro, pasta alfredo, fettucine alfredo",
         parts="pasta, butter, aged cheese, cream", cuisine="italian"),
    dish("pizza bianca", "pizza bianca romana, white pizza, pizza blanca", parts="pizza, olive oil, rosemary, salt", cuisine="italian"),
    dish("chicken piccata", "piccata, veal piccata, piccata di vitello, scaloppine al limone", parts="chicken, seared, "
         "citrus, capers, butter sauce, white wine sauce", cuisine="italian"),
    dish("chicken francese", "francese, veal francese", parts="chicken, egg, floured and fried, citrus, butter sauce, "
         "white wine sauce", cuisine="italian"),
    dish("veal parmigiana", "veal parm, veal parmesan, vitello alla parmigiana", parts="veal, fried, tomato sauce, "
         "fresh cheese, aged cheese", cuisine="italian"),
    # Spanish: Catalonia, the Basque Country, Galicia, Madrid and Andalusia
    dish("pan con tomate", "pa amb tomaquet, pa amb tomàquet, pan tumaca, pan amb tomaquet", parts="bread, tomato, "
         "olive oil, garlic", cuisine="spanish"),
    dish("escalivada", "escalibada", parts="eggplant, sweet pepper, onion, roasted, olive oil", cuisine="spanish"),
    dish("calcots", "calçots, calcotada, calçotada", parts="onion, grilled, romesco", cuisine="spanish"),
    dish("suquet de peix", "suquet, suquet de pescado", parts="fish, potato, braised, picada, saffron, garlic",
         cuisine="spanish"),
    dish("esqueixada", "esqueixada de bacalla, esqueixada de bacallà", parts="salt cod, raw, tomato, olives, "
         "onion", cuisine="spanish"),
    dish("botifarra amb mongetes", "butifarra con judias, butifarra con alubias, botifarra amb seques",
         parts="sausage, grilled, beans", cuisine="spanish"),
    dish("mar i muntanya", "mar y montaña, mar y montana, mar i muntanya de pollastre", parts="chicken, prawn, "
         "braised, picada", cuisine="spanish"),
    dish("xato", "xató, xatonada", parts="salt cod, salad, anchovy, romesco", cuisine="spanish"),
    dish("marmitako", "marmitxako, marmitako de bonito", parts="tuna, potato, sweet pepper, tomato, braised",
         cuisine="spanish"),
    dish("txangurro", "changurro, txangurro a la donostiarra, txangurro relleno", parts="crab, baked, tomato sauce, "
         "brandy", cuisine="spanish"),
    dish("kokotxas", "cocochas, kokotxas al pil pil, kokotxas en salsa verde", parts="hake, cheek, green sauce, "
         "garlic", cuisine="spanish"),
    dish("bacalao al ajoarriero", "ajoarriero, bacalao ajoarriero, bacalao al ajo arriero", parts="salt cod, garlic, "
         "sweet pepper, tomato, olive oil", cuisine="spanish"),
    dish("bacalao a la vizcaina", "bacalao a la vizcaína, bacalao vizcaina, bacalao a la biscaina", parts="salt cod, "
         "sweet pepper, onion, tomato sauce", cuisine="spanish"),
    dish("txuleta", "txuleton, txuletón, chuleta de vaca vieja", parts="steak, grilled, salt", cuisine="spanish",
         weight=1),
    dish("alubias de tolosa", "alubias rojas de tolosa, alubias rojas con sacramentos", parts="chorizo, beans, "
         "sausage, pork belly, braised", cuisine="spanish"),
    dish("flamenquin", "flamenquín, flamenquines", parts="pork, cured ham, fried", cuisine="spanish"),
    dish("huevos a la flamenca", "huevos flamencos", parts="egg, chorizo, tomato sauce, baked",
         cuisine="spanish", weight=1),
    dish("papas arrugadas", "papas arrugás, papas arrugas, papas con mojo", parts="potato, salt, mojo verde, chilli",
         cuisine="spanish"),
    dish("cazon en adobo", "cazón en adobo, bienmesabe", parts="fish, marinated, fried, cumin", cuisine="spanish"),
    dish("callos a la madrilena", "callos a la madrileña, callos madrilenos, callos madrileños", parts="tripe, "
         "chorizo, braised, smoked paprika", cuisine="spanish", weight=1),
    # Served with jamón (or chorizo): the ham decides, as fino, cava or a young red say.
    dish("huevos rotos", "huevos estrellados, huevos rotos con jamon", parts="cured ham, egg, fries, fried",
         cuisine="spanish"),
    dish("empanada gallega", "empanada de atun, empanada de atún, empanada de bonito", parts="pastry, tuna, "
         "sweet pepper, onion, baked", cuisine="spanish"),
    dish("lacon con grelos", "lacón con grelos", parts="ham, grelos, potato, chorizo, poached", cuisine="spanish"),
    dish("caldo gallego", "caldo galego", parts="beans, greens, potato, ham, soup", cuisine="spanish"),
    dish("migas", "migas extremenas, migas extremeñas, migas manchegas", parts="bread, fried, chorizo, garlic, "
         "sweet pepper", cuisine="spanish"),
    dish("pollo al ajillo", "pollo al ajillo con patatas", parts="chicken, seared, garlic, white wine sauce",
         cuisine="spanish"),
    dish("conejo al ajillo", "conill all i oli, conejo al salmorejo", parts="rabbit, seared, garlic, "
         "white wine sauce, herbs", cuisine="spanish"),
    dish("insalata russa", "ensaladilla rusa, ensaladilla, olivier salad, salade olivier, russian salad, "
         "salade russe", parts="potato, mayonnaise, peas, carrot, egg", cuisine="spanish"),
    dish("sopa de ajo", "sopa castellana, sopa de ajo castellana", parts="garlic, bread, egg, cured ham, "
         "paprika, soup", cuisine="spanish"),
    dish("lomo embuchado", "caña de lomo, cana de lomo, lomo curado, lomo iberico", parts="pork, dried, "
         "smoked paprika", cuisine="spanish", weight=-1),
    dish("leche frita", "", parts="custard, fried, cinnamon", cuisine="spanish"),
    dish("tarta de santiago", "torta de santiago", parts="cake, almonds", cuisine="spanish"),
    dish("turron", "turrón, torrone, turron de jijona, turrón de alicante", parts="biscuits, almonds, honey",
         cuisine="spanish"),
    dish("ensaimada", "ensaimadas, ensaimada mallorquina", parts="sweet pastries, sugar", cuisine="spanish"),
    dish("merluza a la koskera", "merluza koskera, merlu koskera, koskera", parts="hake, green sauce, clam, "
         "asparagus, egg, white wine sauce", cuisine="spanish"),
    dish("lechazo asado", "lechazo asado al horno, cordero lechal asado, lechazo al horno", parts="lamb, milk-fed, "
         "roasted", cuisine="spanish"),
    dish("cordero asado", "paletilla de cordero asada, paletilla asada, pierna de cordero asada, cordero al horno",
         parts="lamb, roasted", cuisine="spanish"),
    dish("pollo asado", "pollo asado al horno", parts="chicken, roasted, garlic, herbs",
         cuisine="spanish"),
    dish("pollo en pepitoria", "gallina en pepitoria, pepitoria", parts="chicken, braised, nuts, egg, white wine sauce, "
         "warm spices", cuisine="spanish"),
    dish("carrillada iberica", "carrillada ibérica, carrilleras ibericas, carrilleras ibéricas, carrillada de cerdo, "
         "carrilleras de cerdo, joue de porc, joues de porc, guancia di maiale, pork cheeks, pork cheek",
         parts="pork, cheek, braised", cuisine="spanish"),
    dish("gilda", "gildas, banderilla, banderillas", parts="anchovy, olives, pickles, salt", cuisine="spanish"),
    dish("zorza", "xorza, raxo, raxo de cerdo", parts="pork, marinated, fried, garlic, warm spices",
         cuisine="spanish"),
    dish("porrusalda", "porrusalda con bacalao, purrusalda", parts="onion, potato, salt cod, soup",
         cuisine="spanish"),
    dish("tortillitas de camarones", "tortillitas de camarón, shrimp fritters", parts="prawn, flour, fried, "
         "spring onion", cuisine="spanish"),
    dish("arroz del senyoret", "arròs del senyoret, arroz senyoret, arroz del señorito", parts="shellfish, rice, "
         "warm spices", cuisine="spanish"),
    dish("romesco de peix", "romesco de pescado, peix", parts="fish, nut sauce, sweet pepper, braised",
         cuisine="spanish"),
    dish("escudella", "escudella i carn d'olla, escudella barrejada, carn d'olla", parts="pork, beef, chicken, "
         "sausage, pasta, chickpeas, soup", cuisine="spanish", weight=1),
    dish("tocino de cielo", "tocinillo de cielo, tocinillos de cielo", parts="custard, egg, caramel, sugar",
         cuisine="spanish"),
    dish("quesada pasiega", "quesada", parts="cheesecake, fresh cheese, citrus", cuisine="spanish"),
    dish("miguelitos", "miguelitos de la roda", parts="sweet pastries, custard, sugar", cuisine="spanish"),
    dish("roscon de reyes", "roscón de reyes, roscón, roscon", parts="bread, candied fruit, cream, sugar",
         cuisine="spanish"),
    dish("bartolillos", "", parts="sweet pastries, custard, fried", cuisine="spanish"),
    dish("sobao pasiego", "sobaos, sobao", parts="cake, butter, citrus", cuisine="spanish"),
    # Portuguese
    dish("bacalhau com natas", "bacalhau con natas", parts="salt cod, cream sauce, potato, baked",
         cuisine="portuguese"),
    dish("bacalhau a gomes de sa", "bacalhau à gomes de sá, bacalhau gomes de sa", parts="salt cod, potato, onion, "
         "egg, olives, baked", cuisine="portuguese"),
    dish("pasteis de bacalhau", "pastéis de bacalhau, bolinhos de bacalhau, salt cod fritters, accras de morue, "
         "acras de morue, buñuelos de bacalao, bunuelos de bacalao", parts="salt cod, potato, fried, herbs",
         cuisine="portuguese"),
    dish("francesinha", "francesinha do porto", parts="bread, steak, ham, sausage, cheese sauce, egg, beer",
         cuisine="portuguese", weight=1),
    dish("cataplana", "cataplana de marisco, cataplana de ameijoas", parts="clam, pork, chorizo, tomato, braised",
         cuisine="portuguese"),
    dish("carne de porco a alentejana", "carne de porco à alentejana, porco a alentejana, porco à alentejana",
         parts="pork, clam, potato, fried, garlic, white wine sauce", cuisine="portuguese"),
    dish("cozido a portuguesa", "cozido à portuguesa, cozido", parts="beef, pork, sausage, cabbage, potato, poached",
         cuisine="portuguese", weight=1),
    dish("sardinhas assadas", "sardinhas grelhadas, sardinhas na brasa, "
         "sardinhada", parts="sardines, grilled, salt, olive oil", cuisine="portuguese"),
    dish("polvo a lagareiro", "polvo à lagareiro, polvo lagareiro", parts="octopus, roasted, potato, olive oil, "
         "garlic", cuisine="portuguese"),
    dish("bifana", "bifanas", parts="pork, marinated, bread, garlic", cuisine="portuguese"),
    dish("prego", "prego no pao, prego no pão, prego roll", parts="beef, bread, garlic", cuisine="portuguese"),
    dish("leitao a bairrada", "leitão à bairrada, leitao assado, leitão", parts="suckling pig, roasted, "
         "pepper sauce, garlic", cuisine="portuguese"),
    dish("ameijoas a bulhao pato", "amêijoas à bulhão pato, ameijoas bulhao pato, bulhao pato", parts="clam, "
         "garlic, coriander, citrus, olive oil", cuisine="portuguese"),
    dish("arroz doce", "arroz doce portugues", parts="rice pudding, cinnamon", cuisine="portuguese"),
    dish("pao de lo", "pão de ló, pao-de-lo", parts="cake, egg, sugar", cuisine="portuguese"),
    dish("serra da estrela", "queijo serra da estrela, queijo da serra, azeitao, azeitão", parts="soft cheese",
         cuisine="portuguese"),
    dish("queijo sao jorge", "queijo da ilha, queijo são jorge, sao jorge, são jorge", parts="hard cheese",
         cuisine="portuguese"),
    dish("acorda", "açorda, açorda de marisco, acorda de marisco, açorda alentejana", parts="bread, garlic, egg, "
         "herbs, shellfish, soup", cuisine="portuguese"),
    dish("tripas a moda do porto", "tripas à moda do porto, dobrada", parts="beef, offal, beans, sausage, braised",
         cuisine="portuguese", weight=1),
    dish("chanfana", "chanfana de cabra", parts="lamb, braised, red wine sauce, garlic", cuisine="portuguese",
         weight=1),
    dish("rojoes", "rojões, rojões à minhota, rojoes a minhota", parts="pork, fried, marinated, white wine sauce, "
         "garlic", cuisine="portuguese"),
    dish("bitoque", "", parts="steak, egg, fries, garlic", cuisine="portuguese"),
    dish("peixinhos da horta", "", parts="green beans, flour, fried", cuisine="portuguese"),
    dish("pataniscas", "pataniscas de bacalhau",
         parts="salt cod, fried, potato, herbs", cuisine="portuguese"),
    dish("ovos moles", "ovos moles de aveiro", parts="custard, egg, sugar", cuisine="portuguese"),
    dish("toucinho do ceu", "toucinho do céu", parts="cake, nuts, egg, sugar", cuisine="portuguese"),
    dish("queijadas", "queijada, queijadas de sintra", parts="tart, fresh cheese, sugar, warm spices",
         cuisine="portuguese"),
    dish("bolo de bolacha", "", parts="biscuits, coffee, cream, sugar", cuisine="portuguese"),
    dish("beijinho", "beijinhos", parts="caramel, toasted coconut, sugar", cuisine="brazilian"),
    # Greek
    dish("stifado", "stifatho, stifado beef, kouneli stifado", parts="beef, braised, onion, red wine sauce, "
         "warm spices", cuisine="greek"),
    dish("spetsofai", "spetsofaï, spetzofai", parts="sausage, sweet pepper, tomato, onion, braised", cuisine="greek"),
    dish("pastitsada", "pastitsada corfu", parts="beef, braised, tomato sauce, warm spices, pasta", cuisine="greek"),
    dish("kokoretsi", "kokorec, kokoreç", parts="lamb, offal, grilled, herbs, citrus", cuisine="greek"),
    dish("giouvetsi", "youvetsi, yiouvetsi, giouvetsi lamb, kritharaki", parts="lamb, orzo, tomato sauce, baked, "
         "aged cheese", cuisine="greek"),
    dish("horiatiki", "greek salad, horiatiki salata, choriatiki, salade grecque, insalata greca, "
         "ensalada griega", parts="salad, feta, tomato, cucumber, olives, onion, olive oil", cuisine="greek"),
    dish("dakos", "ntakos, koukouvagia", parts="bread, tomato, feta, olive oil, oregano", cuisine="greek"),
    dish("fasolada", "fasoulada", parts="beans, tomato, carrot, olive oil, soup", cuisine="greek"),
    dish("avgolemono", "avgolemono soup, kotosoupa avgolemono", parts="chicken, rice, egg, citrus, soup",
         cuisine="greek"),
    dish("keftedes", "keftedakia", parts="minced beef, fried, mint, onion", cuisine="greek"),
    dish("soutzoukakia", "soutzoukakia smyrneika, smyrna meatballs", parts="minced beef, tomato sauce, cumin, "
         "braised", cuisine="greek"),
    dish("bifteki", "biftekia", parts="minced beef, grilled, feta, herbs", cuisine="greek"),
    dish("giouvarlakia", "youvarlakia, giouvarlakia avgolemono", parts="minced beef, rice, egg, citrus, soup",
         cuisine="greek"),
    dish("melitzanosalata", "melitzanosalata dip, greek eggplant dip", parts="eggplant, roasted, garlic, "
         "olive oil, vinaigrette", cuisine="greek"),
    dish("gigantes plaki", "gigantes, gigandes", parts="butter beans, tomato sauce, baked, herbs",
         cuisine="greek"),
    dish("saganaki", "cheese saganaki, flaming cheese, kefalograviera saganaki", parts="aged cheese, fried, citrus",
         cuisine="greek"),
    dish("garides saganaki", "shrimp saganaki, prawn saganaki, prawns saganaki", parts="prawn, tomato sauce, feta, "
         "baked", cuisine="greek"),
    dish("kakavia", "greek fish soup, psarosoupa", parts="fish, potato, citrus, olive oil, soup", cuisine="greek"),
    dish("galaktoboureko", "galatopita", parts="custard, filo, sugar, citrus", cuisine="greek"),
    dish("bougatsa", "bougatsa thessalonikis", parts="custard, filo, sugar, cinnamon", cuisine="greek"),
    dish("kontosouvli", "kontosouvli hirino", parts="pork, on the spit, citrus, oregano", cuisine="greek"),
    dish("arni lemonato", "arnaki lemonato, lamb lemonato", parts="lamb, roasted, citrus, garlic, herbs, potato",
         cuisine="greek"),
    dish("kotopoulo lemonato", "chicken lemonato, kotopoulo sto fourno", parts="chicken, roasted, citrus, garlic, "
         "herbs, potato", cuisine="greek"),
    dish("psari plaki", "plaki, fish plaki, bakaliaros plaki", parts="fish, baked, tomato sauce, onion, olive oil",
         cuisine="greek"),
    dish("bakaliaros skordalia", "bakaliaros me skordalia, bakaliaros tiganitos", parts="salt cod, fried, "
         "garlic sauce, potato", cuisine="greek"),
    dish("kolokithokeftedes", "kolokythokeftedes, zucchini fritters, courgette fritters", parts="zucchini, "
         "fresh cheese, herbs, fried", cuisine="greek"),
    dish("sheftalia", "seftali kebab, şeftali kebabı", parts="pork, sausage, grilled, herbs, onion", cuisine="greek"),
    dish("afelia", "", parts="pork, braised, red wine sauce, warm spices", cuisine="greek"),
    dish("kokkinisto", "moschari kokkinisto, kokinisto", parts="beef, braised, tomato sauce, warm spices",
         cuisine="greek", weight=1),
    dish("revithada", "revithia, revithia sto fourno", parts="chickpeas, baked, onion, citrus, olive oil",
         cuisine="greek"),
    dish("fakes", "fakes soupa, faki", parts="lentils, soup, tomato, vinaigrette", cuisine="greek"),
    dish("hortopita", "", parts="spinach, bitter greens, fresh cheese, pastry, baked", cuisine="greek"),
    dish("ekmek kataifi", "ekmek kadaif", parts="flaky pastry, custard, cream, sugar", cuisine="greek"),
    dish("portokalopita", "", parts="cake, citrus, pastry, sugar", cuisine="greek"),
    # Turkish
    dish("manti", "mantı, mantu, manty", parts="lamb, filled pasta, yogurt sauce, garlic", cuisine="turkish"),
    dish("iskender kebab", "iskender, iskender kebap, iskender kebabı", parts="lamb, grilled, bread, tomato sauce, "
         "yogurt, butter", cuisine="middle eastern", weight=1),
    dish("lahmacun", "lahmajoun, lahmajun, armenian pizza", parts="bread, minced beef, tomato, herbs, baked",
         cuisine="middle eastern"),
    dish("pide", "turkish pide, turkish pizza, kiymali pide", parts="bread, minced beef, fresh cheese, egg, baked",
         cuisine="middle eastern"),
    dish("karniyarik", "karnıyarık", parts="minced beef, eggplant, stuffed, tomato, baked", cuisine="middle eastern"),
    dish("hunkar begendi", "hünkar beğendi, hünkâr beğendi, sultan's delight", parts="lamb, braised, eggplant, "
         "cheese sauce", cuisine="middle eastern", weight=1),
    dish("imam bayildi", "imambayildi, imam bayıldı, imam baildi", parts="eggplant, stuffed, tomato, onion, "
         "olive oil", cuisine="middle eastern"),
    dish("testi kebab", "testi kebabı, pottery kebab", parts="lamb, braised, tomato, sweet pepper",
         cuisine="middle eastern"),
    dish("menemen", "", parts="egg, tomato, sweet pepper, chilli", cuisine="middle eastern"),
    dish("cilbir", "çılbır, turkish eggs", parts="egg, yogurt, butter, chilli", cuisine="middle eastern"),
    dish("mercimek corbasi", "mercimek çorbası, mercimek, turkish lentil soup", parts="lentils, soup, butter, "
         "chilli", cuisine="middle eastern"),
    dish("midye dolma", "midye dolması, stuffed mussels", parts="mussel, stuffed, rice, warm spices",
         cuisine="middle eastern"),
    dish("kunefe", "künefe, kanafeh, knafeh, kunafa, knafe", parts="sweet pastries, fresh cheese, sugar, nuts",
         cuisine="middle eastern"),
    dish("sutlac", "sütlaç, firin sutlac", parts="rice pudding, cinnamon", cuisine="middle eastern"),
    dish("cevapi", "ćevapi, cevapcici, ćevapčići, cevapčiči, pljeskavica", parts="minced beef, grilled, onion, "
         "bread", cuisine=""),
    dish("burek", "bureks, burek sa mesom", parts="pastry, minced beef, onion, baked", cuisine=""),
    dish("shish kebab", "şiş kebap, sis kebap, shish kabob, shish kabab, lamb shish kebab", parts="lamb, grilled, "
         "onion, sweet pepper", cuisine="middle eastern"),
    dish("beyti kebab", "beyti, beyti kebap", parts="lamb, grilled, bread, tomato sauce, yogurt, butter",
         cuisine="middle eastern"),
    dish("kuzu tandir", "kuzu tandır, tandir kebab, tandır kebabı", parts="lamb, roasted, bread",
         cuisine="middle eastern", weight=1),
    dish("lokum", "turkish delight, loukoumi, rahat lokum", parts="jelly, sugar, nuts, rose water", cuisine="middle eastern"),
    dish("su boregi", "su böreği, su borek", parts="pastry, fresh cheese, butter, baked", cuisine="turkish"),
    dish("sigara boregi", "sigara böreği, sigara borek, sigara börek", parts="pastry, fresh cheese, fried, herbs",
         cuisine="turkish"),
    dish("mucver", "mücver", parts="zucchini, egg, herbs, fresh cheese, fried", cuisine="turkish"),
    dish("kisir", "kısır", parts="whole grains, tomato, herbs, pomegranate, salad", cuisine="turkish"),
    dish("ezme", "acılı ezme, acili ezme", parts="tomato, sweet pepper, onion, chilli, pomegranate, salad",
         cuisine="turkish"),
    dish("ali nazik", "alinazik, ali nazik kebab", parts="lamb, eggplant, smoked, yogurt, garlic", cuisine="turkish"),
    dish("etli ekmek", "", parts="minced beef, bread, baked, tomato", cuisine="turkish"),
    dish("midye tava", "fried mussels", parts="mussel, fried, garlic sauce", cuisine="turkish"),
    dish("hamsi tava", "hamsi", parts="boquerones, fried, corn", cuisine="turkish"),
    dish("tavuk gogsu", "tavuk göğsü", parts="custard, milk, sugar, warm spices", cuisine="turkish"),
    # Levantine, Persian and Middle Eastern
    dish("fattoush", "fattouch, fattouche", parts="salad, bread, fried, tomato, cucumber, herbs, sumac, "
         "vinaigrette", cuisine="middle eastern"),
    dish("tabbouleh", "tabouleh, taboule, taboulé, tabbouli, tabouli", parts="herbs, salad, tomato, citrus, "
         "olive oil", cuisine="middle eastern"),
    dish("ful medames", "foul medames, ful mudammas, foul moudammas", parts="beans, garlic, citrus, olive oil, cumin",
         cuisine="middle eastern"),
    dish("manakish", "manakeesh, manaqish, manoushe, man'oushe, zaatar manakish", parts="bread, za'atar, olive oil, "
         "baked", cuisine="middle eastern"),
    dish("shish taouk", "shish tawook, shish tauk, tavuk sis, tavuk şiş", parts="chicken, grilled, garlic, yogurt, "
         "citrus", cuisine="middle eastern"),
    dish("musakhan", "msakhan, musakhan chicken", parts="chicken, roasted, onion, sumac, bread, pine nuts",
         cuisine="middle eastern"),
    dish("maqluba", "maqlooba, maqlubeh, makloubeh", parts="chicken, rice, eggplant, cauliflower, warm spices",
         cuisine="middle eastern"),
    dish("mansaf", "", parts="lamb, braised, yogurt, rice, nuts", cuisine="middle eastern", weight=1),
    dish("kafta", "kefta, kafta kebab, kafta mishwi, kefta kebab", parts="minced beef, lamb, grilled, herbs, onion",
         cuisine="middle eastern"),
    dish("kibbeh nayyeh", "kibbe nayye, raw kibbeh", parts="lamb, raw, herbs, olive oil", cuisine="middle eastern"),
    dish("shakshuka", "shakshouka, chakchouka, chakchouka tunisienne", parts="egg, tomato sauce, "
         "sweet pepper, chilli, cumin", cuisine="middle eastern"),
    dish("sabich", "sabih, sabich sandwich", parts="eggplant, fried, egg, bread, tahini", cuisine="middle eastern"),
    dish("mujaddara", "mujadara, mejadra, mujadarra", parts="lentils, rice, onion, fried", cuisine="middle eastern"),
    dish("fatteh", "fattet hummus, fatteh hummus, fatteh djaj, fatteh bil laban", parts="chickpeas, bread, fried, yogurt, tahini",
         cuisine="middle eastern"),
    dish("warak enab", "warak dawali, warak inab, stuffed vine leaves, stuffed grape leaves, yaprak sarma",
         parts="rice, herbs, citrus, olive oil", cuisine="middle eastern"),
    dish("fesenjan", "fesenjoon, khoresh fesenjan, khoresht fesenjan", parts="chicken, braised, walnut sauce, "
         "pomegranate molasses", cuisine="middle eastern"),
    dish("ghormeh sabzi", "khoresh ghormeh sabzi, ghormeh sabzi stew", parts="lamb, braised, herbs, beans, citrus",
         cuisine="middle eastern"),
    dish("tahdig", "tah dig, tahchin", parts="rice, fried, saffron, yogurt", cuisine="middle eastern"),
    dish("chelow kabab", "chelo kabab, chelo kebab, chelow kebab, kabab koobideh, koobideh, kubideh",
         parts="minced beef, lamb, grilled, rice, saffron", cuisine="middle eastern"),
    dish("joojeh kabab", "jujeh kabab, joojeh kebab", parts="chicken, grilled, saffron, citrus, yogurt",
         cuisine="middle eastern"),
    dish("zereshk polo", "zereshk polo ba morgh, barberry rice", parts="chicken, rice, saffron, berries",
         cuisine="middle eastern"),
    dish("maamoul", "ma'amoul, mamoul", parts="biscuits, dates, nuts", cuisine="middle eastern"),
    dish("halva", "halvah, helva, halwa, tahini halva", parts="dessert, tahini, sugar", cuisine="middle eastern"),
    dish("muhallebi", "muhallabia, mahalabia, malabi, muhallabieh", parts="custard, cream, nuts",
         cuisine="middle eastern"),
    dish("kabsa", "kabsah, machboos, majboos, chicken kabsa, kabsa dajaj", parts="chicken, rice, warm spices, "
         "dried fruit, nuts", cuisine="middle eastern"),
    dish("mandi", "lamb mandi, laham mandi, mandi rice", parts="lamb, rice, smoked, warm spices",
         cuisine="middle eastern"),
    dish("sayadieh", "sayadiyeh, sayyadieh, siyadiyeh", parts="fish, rice, onion, warm spices, nuts",
         cuisine="middle eastern"),
    dish("samke harra", "samak harra, samkeh harra", parts="fish, baked, chilli, tahini, herbs, citrus",
         cuisine="middle eastern"),
    dish("shish barak", "shishbarak, shish barak bi laban", parts="filled pasta, lamb, yogurt sauce, simmered",
         cuisine="middle eastern"),
    dish("khoresh bademjan", "khoresht bademjan, khoresh-e bademjan, khoresht-e bademjan", parts="lamb, eggplant, "
         "tomato sauce, braised, saffron, sweet and sour", cuisine="middle eastern"),
    dish("dizi", "abgoosht, abgusht, ab gusht", parts="lamb, chickpeas, beans, potato, tomato, braised, soup",
         cuisine="middle eastern", weight=1),
    dish("sabzi polo mahi", "sabzi polo ba mahi, sabzi polo mahi tabeh", parts="fish, fried, rice, herbs",
         cuisine="middle eastern"),
    dish("ash reshteh", "aash reshteh, ash-e reshteh", parts="beans, lentils, noodle soup, herbs, yogurt, onion",
         cuisine="middle eastern"),
    dish("mirza ghasemi", "mirza ghassemi, mirza qasemi", parts="eggplant, smoked, garlic, tomato, egg",
         cuisine="middle eastern"),
    dish("baghali polo", "baghali polo ba mahiche, baqali polo", parts="lamb, shank, rice, beans, herbs, warm spices",
         cuisine="middle eastern"),
    dish("arayes", "arayes kafta", parts="bread, minced beef, grilled, warm spices", cuisine="middle eastern"),
    dish("sfeeha", "sfiha, sfeeha baalbakiyeh, lahm bi ajeen", parts="minced beef, lamb, bread, baked, pomegranate",
         cuisine="middle eastern"),
    dish("batata harra", "batata harrah", parts="potato, fried, chilli, garlic, herbs", cuisine="middle eastern"),
    dish("hummus beiruti", "", parts="chickpeas, herbs, garlic, chilli, citrus", cuisine="middle eastern"),
    dish("kousa mahshi", "mahshi, kousa mahshi bil laban, stuffed zucchini, stuffed courgettes", parts="minced beef, "
         "zucchini, stuffed, rice, tomato sauce", cuisine="middle eastern"),
    dish("hawawshi", "", parts="minced beef, bread, baked, chilli, onion", cuisine="middle eastern"),
    dish("kuku sabzi", "kookoo sabzi, kuku", parts="egg, herbs, nuts, baked", cuisine="middle eastern"),
    dish("sabzi khordan", "", parts="herbs, fresh cheese, bread, radish", cuisine="middle eastern"),
    dish("ouzi", "lamb ouzi, uzi, qouzi, quzi", parts="lamb, roasted, rice, nuts, warm spices",
         cuisine="middle eastern", weight=1),
    dish("shakriyeh", "shakriyyeh, laban immo, laban ummo", parts="lamb, braised, yogurt sauce, rice",
         cuisine="middle eastern"),
    # The grill of a Levantine restaurant: lamb and kafta skewers with shish taouk.
    dish("mashawi", "mashawi mix, mixed mashawi, mashawi platter", parts="lamb, chicken, grilled, garlic sauce, "
         "bread", cuisine="middle eastern"),
    dish("saleeg", "saleeq", parts="chicken, rice, milk, butter", cuisine="middle eastern"),
    dish("harees", "harissa pudding, hareesa, jareesh", parts="whole grains, lamb, butter, warm spices",
         cuisine="middle eastern"),
    dish("basbousa", "basboussa, revani, namoura, hareeseh", parts="cake, flour, sugar, nuts, orange blossom",
         cuisine="middle eastern"),
    dish("makdous", "makdous bil zeit", parts="eggplant, nuts, chilli, garlic, preserved in oil",
         cuisine="middle eastern"),
    dish("kibbeh bil sanieh", "kibbeh bil saniyeh, kibbeh bil saniyeh, kibbeh sanieh, baked kibbeh, tray kibbeh",
         parts="lamb, whole grains, pine nuts, onion, baked, warm spices", cuisine="middle eastern"),
    # Gulf stews over bread: margoog's dough is cooked in the stew, thareed's bread soaks it up.
    dish("margoog", "marqooq, margooga", parts="lamb, vegetables, flour, braised, warm spices",
         cuisine="middle eastern"),
    dish("thareed", "tharid, thareeda", parts="lamb, bread, vegetables, braised, warm spices", cuisine="middle eastern"),
    dish("balaleet", "balalit", parts="dessert, pasta, egg, saffron, sugar, cardamom", cuisine="middle eastern"),
    # North African
    dish("umm ali", "om ali, oum ali", parts="bread pudding, pastry, cream, nuts, raisins", cuisine="north african"),
    dish("koshari", "koshary, kushari, kushary", parts="lentils, rice, pasta, tomato sauce, chickpeas, onion, fried",
         cuisine="north african"),
    dish("pastilla", "bastilla, b'stilla, bisteeya, pastilla au poulet", parts="chicken, pastry, almonds, "
         "warm spices, sugar", cuisine="north african"),
    dish("rfissa", "rfissa dajaj, trid", parts="chicken, lentils, bread, warm spices, soup", cuisine="north african"),
    dish("harira", "harira soup, chorba", parts="lamb, lentils, chickpeas, tomato, warm spices, soup",
         cuisine="north african"),
    dish("mechoui", "méchoui, mechoui d'agneau", parts="lamb, roasted, warm spices, cumin", cuisine="north african"),
    dish("kefta tagine", "tajine kefta, tagine kefta, kefta mkaouara, tajine de kefta", parts="minced beef, "
         "tomato sauce, egg, braised, warm spices", cuisine="north african"),
    dish("brik a l'oeuf", "brik à l'œuf, brick a l'oeuf, tunisian brik, brik au thon", parts="egg, tuna, pastry, "
         "fried, capers", cuisine="north african"),
    dish("lablabi", "leblebi, lablebi", parts="chickpeas, soup, garlic, chilli, cumin", cuisine="north african"),
    dish("zaalouk", "zaalouk salad, zalouk", parts="eggplant, tomato, garlic, cumin, olive oil",
         cuisine="north african"),
    dish("tanjia", "tangia, tanjia marrakchia", parts="beef, braised, preserved lemon, warm spices",
         cuisine="north african", weight=1),
    dish("mrouzia", "tajine mrouzia", parts="lamb, braised, honey, raisins, almonds, warm spices",
         cuisine="north african"),
    dish("bissara", "bessara, bissara soup", parts="split peas, soup, olive oil, cumin", cuisine="north african"),
    dish("taktouka", "tektouka, chlada", parts="sweet pepper, tomato, garlic, warm spices, olive oil",
         cuisine="north african"),
    dish("ojja", "ojja tunisienne", parts="egg, tomato sauce, harissa, garlic",
         cuisine="north african"),
    dish("makroudh", "makrout, maqrout", parts="sweet pastries, flour, dates, honey, fried", cuisine="north african"),
    dish("chebakia", "chbakia, shebakia", parts="fried dough, sesame, honey, orange blossom", cuisine="north african"),
    dish("salade mechouia", "salade méchouia, mechouia, slata mechouia", parts="sweet pepper, grilled, tomato, "
         "garlic, olive oil, warm spices", cuisine="north african"),
    # Ethiopian
    dish("doro wat", "doro wot, doro wet, doro wett", parts="chicken, braised, berbere, chilli, egg, butter",
         cuisine="ethiopian"),
    dish("tibs", "tibbs, awaze tibs, zilzil tibs", parts="beef, seared, onion, chilli, butter", cuisine="ethiopian"),
    dish("kitfo", "kitfo leb leb", parts="beef tartare, raw, butter, chilli, warm spices", cuisine="ethiopian"),
    dish("shiro", "shiro wat, shiro wot", parts="chickpeas, braised, berbere, garlic", cuisine="ethiopian"),
    dish("misir wat", "misir wot, misir wet, yemisir wat", parts="lentils, braised, berbere, onion",
         cuisine="ethiopian"),
    dish("gored gored", "gored-gored", parts="beef, raw, butter, mitmita", cuisine="ethiopian"),
    dish("beyaynetu", "yetsom beyaynetu, fasting platter", parts="lentils, split peas, chickpeas, bitter greens, "
         "injera, warm spices", cuisine="ethiopian"),
    # An alicha is the mild, turmeric-yellow stew, without the berbere of a wat.
    dish("alicha", "alicha wat, alicha wot, alecha", parts="braised, turmeric, ginger, garlic, onion",
         cuisine="ethiopian"),
    dish("kik alicha", "kik alicha wat, yekik alicha, yellow split pea stew", parts="split peas, turmeric, onion, "
         "braised", cuisine="ethiopian"),
    dish("gomen", "ye'abesha gomen, gomen wat, ethiopian collard greens", parts="spinach, bitter greens, garlic, "
         "ginger, braised, butter", cuisine="ethiopian"),
    # Indian: north
    dish("chole bhature", "chole bhatura, chana bhatura", parts="chickpeas, curry, bread, fried", cuisine="indian"),
    dish("rajma", "rajma chawal, rajma masala", parts="beans, curry, tomato, rice", cuisine="indian"),
    dish("aloo gobi", "aloo gobhi, alu gobi", parts="cauliflower, potato, curry, turmeric", cuisine="indian"),
    dish("baingan bharta", "baingan ka bharta, bharta, begun bharta", parts="eggplant, smoked, tomato, onion, "
         "warm spices, chilli", cuisine="indian"),
    dish("malai kofta", "malai kofta curry", parts="paneer, potato, fried, cream sauce, curry, nuts",
         cuisine="indian"),
    dish("matar paneer", "mattar paneer, mutter paneer", parts="paneer, peas, curry, tomato", cuisine="indian",
         weight=1),
    dish("kadai paneer", "karahi paneer, kadhai paneer", parts="paneer, sweet pepper, curry, chilli",
         cuisine="indian", weight=1),
    dish("chicken karahi", "karahi, karahi chicken, kadai chicken, kadhai chicken, chicken kadai, chicken kadhai",
         parts="chicken, curry, tomato, chilli, ginger", cuisine="indian"),
    dish("nihari", "nehari, nalli nihari", parts="beef, braised, shin, curry, warm spices", cuisine="indian",
         weight=1),
    dish("haleem", "haleem ghost, daleem", parts="beef, lentils, braised, warm spices", cuisine="indian"),
    dish("keema", "keema matar, qeema, kheema, keema curry", parts="minced beef, curry, peas, chilli",
         cuisine="indian"),
    dish("seekh kebab", "sheekh kebab, seekh kabab, seekh kebabs", parts="lamb, minced beef, grilled, warm spices, "
         "chilli", cuisine="indian"),
    dish("pasanda", "lamb pasanda", parts="lamb, curry, cream, almonds, mild", cuisine="indian"),
    dish("dopiaza", "do pyaza, dopiazza, do piaza", parts="curry, onion, chilli", cuisine="indian"),
    dish("dhansak", "dhanshak, mutton dhansak", parts="lamb, curry, lentils, sweet and sour, chilli",
         cuisine="indian"),
    dish("phaal", "phall, phal curry", parts="curry, fiery chilli", cuisine="indian"),
    dish("samosa", "samosas, samoosa", parts="pastry, potato, peas, fried, warm spices", cuisine="indian"),
    dish("pakora", "pakoras, pakodas, onion bhaji, onion bhajis, bhaji, bhajia", parts="chickpeas, onion, "
         "fried, warm spices", cuisine="indian"),
    dish("chaat", "papri chaat, aloo chaat, bhel puri, pani puri, golgappa, puchka, dahi puri", parts="chickpeas, "
         "potato, yogurt, tamarind, chilli, fried", cuisine="indian"),
    dish("amritsari fish", "amritsari machli, fish amritsari", parts="fish, fried, warm spices, chilli",
         cuisine="indian"),
    dish("pav bhaji", "pao bhaji", parts="vegetables, potato, butter, curry, bread", cuisine="indian"),
    dish("vada pav", "wada pav, batata vada", parts="potato, fried, bread, chilli", cuisine="indian"),
    dish("kathi roll", "kati roll, kathi rolls", parts="chicken, grilled, bread, curry, onion",
         cuisine="indian"),
    dish("mulligatawny", "mulligatawny soup", parts="chicken, curry, lentils, apple, soup", cuisine="indian"),
    dish("gulab jamun", "gulab jamuns, kala jamun", parts="sweet pastries, fried, sugar, cardamom",
         cuisine="indian"),
    dish("rasmalai", "ras malai, rasgulla, rasagola", parts="custard, paneer, cardamom, pistachio",
         cuisine="indian"),
    dish("gajar halwa", "gajar ka halwa, carrot halwa", parts="dessert, carrot, sugar, ghee, nuts, cardamom",
         cuisine="indian"),
    dish("jalebi", "jalebis, jilapi, zulbia", parts="sweet pastries, fried, sugar, saffron", cuisine="indian"),
    dish("karahi gosht", "lamb karahi, mutton karahi, gosht karahi, karahi lamb", parts="lamb, curry, tomato, chilli, "
         "ginger", cuisine="indian"),
    dish("bhuna gosht", "gosht bhuna, bhuna lamb, lamb bhuna", parts="lamb, curry, onion, tomato, seared",
         cuisine="indian"),
    dish("paya", "siri paya, paaya, lamb trotters, paya curry", parts="lamb, offal, soup, warm spices",
         cuisine="indian", weight=1),
    dish("galouti kebab", "galawati kebab, galouti kabab", parts="lamb, warm spices, seared, bread", cuisine="indian"),
    dish("reshmi kebab", "reshmi kabab, murgh reshmi kebab, reshmi tikka", parts="chicken, cream, yogurt, grilled, "
         "mild", cuisine="indian"),
    dish("hyderabadi biryani", "hyderabadi dum biryani, kacchi biryani, gosht biryani, mutton biryani", parts="lamb, "
         "rice, warm spices, yogurt, crispy shallots", cuisine="indian"),
    dish("kadhi pakora", "kadhi, kadhi chawal, kadi pakora, punjabi kadhi", parts="yogurt, flour, curry, fried",
         cuisine="indian"),
    dish("sarson ka saag", "sarson da saag, saag makki", parts="spinach, bitter greens, butter, ginger, garlic",
         cuisine="indian", weight=1),
    dish("chapli kebab", "chapli kabab, peshawari chapli kebab", parts="minced beef, warm spices, tomato, chilli, "
         "fried", cuisine="indian"),
    dish("bihari kebab", "bihari boti, bihari kabab", parts="beef, marinated, grilled, warm spices, yogurt",
         cuisine="indian"),
    dish("sajji", "balochi sajji, lamb sajji", parts="lamb, on the spit, salt, rice", cuisine="indian"),
    dish("shahi paneer", "paneer shahi korma", parts="paneer, cream sauce, nuts, curry, mild", cuisine="indian"),
    dish("macher jhol", "machher jhol, maacher jhol, bengali fish curry", parts="fish, curry, potato, tomato, "
         "warm spices", cuisine="indian"),
    dish("saag aloo", "aloo saag, sag aloo, palak aloo, aloo palak", parts="spinach, potato, curry",
         cuisine="indian"),
    dish("dhokla", "khaman dhokla, khaman", parts="chickpeas, poached, mustard, chilli, sweet and sour",
         cuisine="indian"),
    dish("misal pav", "misal, misal paav", parts="lentils, curry, chilli, onion, bread", cuisine="indian"),
    # Indian: south, Goa, Bengal and Sri Lanka
    dish("masala dosa", "dosa, dosai, dosas, rava dosa", parts="lentils, rice, potato, curry, coconut",
         cuisine="indian"),
    dish("sambar", "sambhar, idli sambar, idli, idlis", parts="lentils, curry, tamarind, vegetables",
         cuisine="indian"),
    dish("rasam", "rasam soup, tomato rasam", parts="tamarind, tomato, pepper sauce, lentils, soup",
         cuisine="indian"),
    dish("avial", "aviyal", parts="vegetables, coconut, yogurt, curry leaves", cuisine="indian",
         weight=1),
    dish("fish moilee", "meen moilee, fish molee, meen molee, kerala fish curry, meen curry", parts="fish, curry, "
         "coconut, tamarind, chilli", cuisine="indian"),
    dish("chicken chettinad", "chettinad chicken, chettinad", parts="chicken, curry, pepper sauce, coconut, chilli",
         cuisine="indian"),
    dish("chicken 65", "chicken sixty five", parts="chicken, fried, chilli, curry leaves", cuisine="indian"),
    dish("xacuti", "chicken xacuti, xacuti de galinha", parts="chicken, curry, coconut, warm spices, chilli",
         cuisine="indian"),
    dish("cafreal", "chicken cafreal, galinha cafreal", parts="chicken, green sauce, chilli, grilled",
         cuisine="indian"),
    dish("balchao", "prawn balchao, balchão", parts="prawn, chilli, vinegar, sweet and sour", cuisine="indian"),
    dish("chingri malai curry", "chingri malaikari, prawn malai curry, malai prawn curry", parts="prawn, curry, "
         "coconut, mild", cuisine="indian"),
    dish("shorshe ilish", "sorshe ilish, shorshe maach", parts="fish, mustard, chilli, "
         "curry", cuisine="indian"),
    dish("kottu", "kottu roti, koththu, kothu roti", parts="bread, chicken, egg, vegetables, curry, chilli",
         cuisine="indian"),
    dish("kosha mangsho", "kosha mangso, kosha mangsha", parts="lamb, curry, onion, braised, warm spices",
         cuisine="indian", weight=1),
    dish("patra ni machhi", "patrani machhi, patra ni machi", parts="fish, green chutney, banana leaf, steamed",
         cuisine="indian"),
    dish("beef ularthiyathu", "kerala beef fry, beef ularthiyadu, beef olathiyathu", parts="beef, seared, coconut, "
         "curry leaves, warm spices", cuisine="indian", weight=1),
    dish("sorpotel", "pork sorpotel, sarapatel, goan sorpotel", parts="pork, offal, vinegar, curry, chilli",
         cuisine="indian", weight=1),
    dish("gobi manchurian", "cauliflower manchurian, manchurian", parts="cauliflower, fried, sweet and sour, chilli, "
         "soy", cuisine="indian"),
    dish("koliwada", "prawn koliwada, fish koliwada, koliwada prawns", parts="prawn, fried, warm spices, chilli",
         cuisine="indian"),
    dish("dal baati churma", "dal baati, baati", parts="lentils, bread, butter, sugar", cuisine="indian"),
    dish("handi", "chicken handi, handi chicken, mutton handi", parts="chicken, curry, cream, clay pot",
         cuisine="indian"),
    dish("undhiyu", "", parts="vegetables, beans, potato, eggplant, warm spices", cuisine="indian"),
    dish("poha", "kanda poha, aval", parts="rice, onion, potato, nuts, warm spices", cuisine="indian"),
    dish("upma", "rava upma", parts="flour, onion, chilli, nuts", cuisine="indian"),
    dish("pongal", "ven pongal, khara pongal", parts="rice, lentils, butter, pepper sauce", cuisine="indian"),
    dish("meen pollichathu", "karimeen pollichathu, pollichathu", parts="fish, banana leaf, warm spices, coconut, "
         "baked", cuisine="indian"),
    dish("neer dosa", "", parts="rice, savoury pancake, coconut", cuisine="indian"),
    dish("kori rotti", "kori roti", parts="chicken, curry, coconut, rice cakes", cuisine="indian"),
    dish("bafat", "pork bafat, bafath", parts="pork, curry, vinaigrette, chilli", cuisine="indian"),
    dish("rava fried fish", "rava fry, rava fish fry, rava fried prawns", parts="fish, flour, fried, chilli",
         cuisine="indian"),
    dish("aloo dum", "dum aloo, dum aloo kashmiri, luchi aloo dum", parts="potato, curry, braised", cuisine="indian"),
    dish("mishti doi", "misti doi", parts="yogurt, sugar, caramel", cuisine="indian"),
    dish("sandesh", "sondesh", parts="dessert, fresh cheese, sugar, nuts", cuisine="indian"),
    dish("shrikhand", "", parts="dessert, yogurt, sugar, warm spices, nuts", cuisine="indian"),
    # Thai
    dish("pad kra pao", "pad krapow, pad kaprao, phat kaphrao, pad gaprao, holy basil stir-fry, pad krapow moo, "
         "pad kra pao moo, pad kaprao moo", parts="pork, seared, thai basil, chilli, egg, rice", cuisine="thai"),
    dish("pad see ew", "pad see eiw, phat si io, pad siew", parts="pasta, seared, soy, broccoli, egg",
         cuisine="thai"),
    dish("drunken noodles", "pad kee mao, pad ki mao, phat khi mao", parts="pasta, seared, chilli, thai basil, soy",
         cuisine="thai"),
    dish("khao soi", "khao soy, kao soi", parts="chicken, noodle soup, curry, coconut, chilli", cuisine="thai"),
    dish("khao pad", "khao phat, thai fried rice, khao pad sapparot", parts="rice, seared, egg, fish sauce, citrus",
         cuisine="thai"),
    dish("tom kha gai", "tom kha kai, tom ka gai", parts="chicken, coconut, galangal, citrus, chilli, soup",
         cuisine="thai"),
    dish("gai yang", "kai yang, isaan grilled chicken", parts="chicken, grilled, marinated, chilli, fish sauce",
         cuisine="thai"),
    dish("moo ping", "mu ping, thai grilled pork skewers", parts="pork, grilled, glazed, soy", cuisine="thai"),
    dish("crying tiger", "suea rong hai, seua rong hai, nam tok neua, nam tok", parts="beef, grilled, chilli, "
         "citrus, herbs", cuisine="thai"),
    dish("yam nua", "yum nua, yam neua, thai beef salad", parts="beef, grilled, salad, chilli, citrus, herbs",
         cuisine="thai"),
    dish("gaeng som", "kaeng som, gaeng som pla, thai sour curry, orange curry", parts="fish, curry, tamarind, "
         "chilli", cuisine="thai"),
    dish("jungle curry", "gaeng pa, kaeng pa, gaeng pah", parts="curry, fiery chilli, herbs, vegetables",
         cuisine="thai"),
    dish("gaeng hung lay", "gaeng hang lay, kaeng hung lay, kaeng hang le, hung lay curry, hang lay curry", parts="pork belly, curry, ginger, "
         "tamarind", cuisine="thai"),
    dish("tod mun pla", "tod man pla, thot man pla, thai fish cakes, thai fishcakes", parts="fish, fried, curry, "
         "herbs, sweet chilli", cuisine="thai"),
    dish("yum woon sen", "yam woon sen, glass noodle salad", parts="prawn, pasta, salad, chilli, citrus, herbs",
         cuisine="thai"),
    dish("cashew chicken", "gai pad med mamuang, kai phat met mamuang", parts="chicken, seared, cashews, soy, "
         "chilli", cuisine="thai"),
    dish("pla rad prik", "pla lad prik, pla rad phrik", parts="fish, fried, sweet and sour, chilli", cuisine="thai"),
    dish("tom yum goong", "tom yum kung, tom yam goong, tom yam kung, tom yum gung", parts="prawn, soup, chilli, "
         "citrus, ginger, herbs", cuisine="thai"),
    dish("gaeng keow wan gai", "gaeng keow wan kai, kaeng khiao wan kai, green curry with chicken", parts="chicken, "
         "curry, coconut, chilli, herbs", cuisine="thai"),
    dish("pad prik king", "pad prik khing, phat phrik khing", parts="pork, seared, green beans, curry, chilli",
         cuisine="thai", weight=1),
    dish("kai jeow", "khai jiao, kai jiao, khai jeow, thai omelette, thai omelet", parts="egg, fried, fish sauce, rice",
         cuisine="thai"),
    dish("pla pao", "pla phao, pla pow, thai salt-crusted fish", parts="fish, grilled, salt, lemongrass, herbs",
         cuisine="thai"),
    dish("moo krob", "moo grob, mu krop, moo krop, thai crispy pork belly", parts="pork belly, fried, salt",
         cuisine="thai"),
    dish("boat noodles", "kuay teow reua, kuaytiao ruea, boat noodle soup", parts="beef, noodle soup, offal, "
         "warm spices, chilli", cuisine="thai"),
    dish("pad woon sen", "phat wun sen, stir-fried glass noodles", parts="rice noodles, seared, egg, vegetables, soy",
         cuisine="thai"),
    # Vietnamese
    dish("bun cha", "bún chả, bun cha ha noi", parts="pork, grilled, pasta, herbs, fish sauce, citrus",
         cuisine="vietnamese"),
    dish("bun bo hue", "bún bò huế, bun bo", parts="noodle soup, beef, chilli, lemongrass", cuisine="vietnamese"),
    dish("bun thit nuong", "bún thịt nướng, bun thit nuong cha gio", parts="pork, grilled, pasta, herbs, nuts, "
         "fish sauce", cuisine="vietnamese"),
    dish("cha gio", "chả giò, vietnamese spring rolls", parts="pork, prawn, fried, herbs, "
         "fish sauce", cuisine="vietnamese"),
    dish("banh xeo", "bánh xèo, vietnamese crepe, vietnamese pancake", parts="prawn, pork, bean sprouts, fried, "
         "herbs, fish sauce", cuisine="vietnamese"),
    dish("com tam", "cơm tấm, broken rice, com tam suon", parts="pork, grilled, rice, egg, fish sauce",
         cuisine="vietnamese"),
    dish("ca kho to", "cá kho tộ, ca kho, caramelised fish, caramelized fish, vietnamese caramel fish",
         parts="catfish, braised, caramel, fish sauce, pepper sauce", cuisine="vietnamese"),
    dish("thit kho", "thịt kho, thit kho trung, thit kho tau", parts="pork belly, braised, caramel, egg, "
         "fish sauce, coconut", cuisine="vietnamese"),
    dish("bo luc lac", "bò lúc lắc, shaking beef", parts="beef, seared, pepper sauce, soy, onion",
         cuisine="vietnamese"),
    dish("bo kho", "bò kho, vietnamese beef stew", parts="beef, braised, star anise, carrot, lemongrass",
         cuisine="vietnamese"),
    dish("canh chua", "canh chua ca, vietnamese sour soup", parts="fish, soup, tamarind, pineapple, herbs",
         cuisine="vietnamese"),
    dish("banh cuon", "bánh cuốn", parts="filled pasta, pork, mushroom, poached, fish sauce", cuisine="vietnamese"),
    dish("pho ga", "phở gà, pho gà, chicken pho", parts="chicken, noodle soup, herbs, ginger", cuisine="vietnamese"),
    dish("cha ca la vong", "chả cá lã vọng, cha ca thang long, cha ca, chả cá", parts="fish, fried, turmeric, dill, "
         "rice noodles, peanuts", cuisine="vietnamese"),
    dish("ga nuong", "gà nướng, ga nuong xa, vietnamese grilled chicken", parts="chicken, grilled, lemongrass, "
         "fish sauce", cuisine="vietnamese"),
    dish("bun rieu", "bún riêu, bun rieu cua, crab noodle soup", parts="crab, noodle soup, tomato, shrimp paste",
         cuisine="vietnamese"),
    dish("nem nuong", "nem nướng, vietnamese grilled pork sausage", parts="pork, grilled, herbs, rice noodles, "
         "peanut sauce", cuisine="vietnamese"),
    dish("hu tieu", "hủ tiếu, hu tieu nam vang, hu tiu", parts="pork, prawn, noodle soup, herbs", cuisine="vietnamese"),
    dish("bun bo nam bo", "bún bò nam bộ, bun bo xao", parts="beef, seared, rice noodles, herbs, peanuts, nuoc cham",
         cuisine="vietnamese"),
    dish("malabar parotta", "kerala parotta, malabar paratha, kerala porotta, porotta", parts="chapati, fried, "
         "butter", cuisine="indian"),
    dish("hor mok", "hor mok pla, haw mok", parts="fish, curry, coconut, egg, poached", cuisine="thai"),
    dish("pad pak bung", "pak bung fai daeng, morning glory stir fry, water spinach stir fry", parts="spinach, "
         "seared, garlic, chilli, soy", cuisine="thai"),
    dish("xoi ga", "xôi gà", parts="rice, chicken, crispy shallots", cuisine="vietnamese"),
    # Not a bare "che": Italian says it in every sentence ("qualcosa che costa meno?").
    dish("che ba mau", "chè ba màu", parts="dessert, beans, jelly, coconut, sugar", cuisine="vietnamese"),
    dish("bo la lot", "bò lá lốt, beef in betel leaves, beef la lot", parts="minced beef, grilled, betel leaves, "
         "nuts, fish sauce", cuisine="vietnamese"),
    dish("goi ga", "gỏi gà, vietnamese chicken salad", parts="chicken, poached, salad, cabbage, herbs, nuoc cham",
         cuisine="vietnamese"),
    # Leaf-wrapped bites of dried shrimp, coconut, peanuts, lime and chilli under a palm-sugar sauce.
    dish("miang kham", "miang kam, miang pla", parts="betel leaves, prawn, dried shrimp, toasted coconut, nuts, "
         "ginger, citrus, chilli, palm sugar", cuisine="thai"),
    # Salt and pepper squid, prawns or chicken: floured, fried, then tossed with salt, pepper and chilli.
    dish("salt and pepper squid", "salt & pepper squid, salt and pepper calamari, salt & pepper calamari",
         parts="squid, floured and fried, salt, pepper sauce, chilli", cuisine="chinese"),
    dish("salt and pepper prawns", "salt & pepper prawns, salt and pepper shrimp, salt & pepper shrimp",
         parts="prawn, floured and fried, salt, pepper sauce, chilli", cuisine="chinese"),
    dish("salt and pepper chicken", "salt & pepper chicken, salt and pepper chicken wings, salt and pepper wings",
         parts="chicken, floured and fried, salt, pepper sauce, chilli", cuisine="chinese"),
    dish("tom saap", "tom zaap, tom saep", parts="pork, soup, chilli, citrus, herbs", cuisine="thai"),
    dish("goong ob woon sen", "kung ob woon sen, goong op woon sen, prawns baked with glass noodles",
         parts="prawn, baked, rice noodles, ginger, soy, pepper sauce", cuisine="thai"),
    dish("xiu mai", "xíu mại, banh mi xiu mai", parts="pork, tomato sauce, poached", cuisine="vietnamese"),
    dish("banh beo", "bánh bèo", parts="rice cakes, prawn, fish sauce, poached", cuisine="vietnamese"),
    dish("ca chien", "cá chiên, ca chien gion, cá chiên giòn", parts="fish, fried, fish sauce", cuisine="vietnamese"),
    dish("ga xao sa ot", "gà xào sả ớt, lemongrass chilli chicken", parts="chicken, seared, lemongrass, chilli, "
         "fish sauce", cuisine="vietnamese"),
    dish("canh chua ca loc", "canh chua cá lóc", parts="fish, soup, tamarind, pineapple, herbs", cuisine="vietnamese"),
    # Chinese: Cantonese, Sichuan, Hunan, Shanghai, Beijing and Chinese-American
    dish("xiaolongbao", "xiao long bao, xiaolong bao, soup dumplings", parts="pork, filled pasta, poached, soy",
         cuisine="chinese"),
    dish("chow mein", "chow mien, lo mein, chowmein", parts="pasta, seared, soy, vegetables", cuisine="chinese"),
    dish("chop suey", "chopsuey", parts="vegetables, seared, soy, bean sprouts", cuisine="chinese",
         weight=1),
    dish("egg fried rice", "fried rice, chahan, chaufa, arroz chaufa",
         parts="rice, seared, egg, soy, spring onion", cuisine="chinese"),
    dish("wonton soup", "wonton noodle soup, wanton mee, wonton mee, won ton soup", parts="filled pasta, pork, "
         "prawn, soup", cuisine="chinese"),
    dish("hot and sour soup", "suan la tang, hot & sour soup", parts="tofu, mushroom, vinegar, pepper sauce, chilli, "
         "egg, soup", cuisine="chinese", weight=1),
    dish("congee", "jook, rice porridge, okayu, bubur ayam, chao ga", parts="rice, poached, ginger, soy",
         cuisine="chinese"),
    dish("cheung fun", "chee cheong fun, rice noodle rolls, cheong fun", parts="pasta, prawn, soy, poached",
         cuisine="chinese"),
    dish("char siu bao", "banh bao, cha siu bao, char siu buns, baozi", parts="bread, pork, poached, "
         "sweet and sour, soy", cuisine="chinese"),
    dish("gua bao", "bao bun, bao buns, bao, pork belly bao, hirata buns", parts="pork belly, bread, braised, soy, "
         "pickles, peanuts", cuisine="chinese"),
    dish("egg tart", "egg tarts, dan tat, daan taat, egg custard tart", parts="custard, pastry", cuisine="chinese"),
    dish("turnip cake", "lo bak go, radish cake, lo bak gou", parts="radish, sausage, fried", cuisine="chinese"),
    dish("beef chow fun", "beef ho fun, gon chow ngau ho, chow fun, ho fun", parts="beef, pasta, seared, soy, "
         "bean sprouts", cuisine="chinese"),
    dish("egg roll", "egg rolls", parts="pork, cabbage, fried, pastry", cuisine="chinese"),
    dish("general tso's chicken", "general tso chicken, general tao chicken, orange chicken, sesame chicken",
         parts="chicken, fried, sweet and sour, chilli, soy", cuisine="chinese"),
    dish("moo shu pork", "mu shu pork, moo shu, mu shu", parts="pork, seared, egg, mushroom, hoisin",
         cuisine="chinese"),
    dish("egg foo young", "egg foo yung, egg fu yung, fu yung hai, foo young", parts="egg, fried, bean sprouts, "
         "jus", cuisine="chinese"),
    dish("crispy chilli beef", "crispy chili beef, crispy shredded beef", parts="beef, fried, "
         "sweet and sour, chilli", cuisine="chinese"),
    dish("dan dan noodles", "dandan noodles, dan dan mian, dandan mian", parts="pasta, pork, chilli, sichuan pepper, "
         "sesame, soy", cuisine="sichuan"),
    dish("twice-cooked pork", "twice cooked pork, hui guo rou, huiguo rou", parts="pork belly, seared, chilli, "
         "soy, leek", cuisine="sichuan"),
    dish("fish-fragrant eggplant", "fish fragrant eggplant, yu xiang qiezi, yu xiang qie zi, yuxiang eggplant, "
         "fish fragrant aubergine", parts="eggplant, seared, chilli, garlic, ginger, sweet and sour",
         cuisine="sichuan"),
    dish("shui zhu yu", "water boiled fish, water-boiled fish, sichuan boiled fish, shuizhu yu", parts="fish, "
         "simmered, fiery chilli, sichuan pepper", cuisine="sichuan"),
    dish("la zi ji", "laziji, chongqing chicken, chongqing spicy chicken", parts="chicken, fried, "
         "fiery chilli, sichuan pepper", cuisine="sichuan"),
    dish("dry-fried green beans", "dry fried green beans, gan bian si ji dou, sichuan green beans", parts="beans, "
         "fried, chilli, garlic, soy", cuisine="sichuan"),
    dish("sichuan hotpot", "sichuan hot pot, chongqing hotpot, chongqing hot pot, mala hot pot, mala xiang guo, "
         "malatang", parts="beef, fiery chilli, sichuan pepper, mushroom", cuisine="sichuan"),
    dish("saliva chicken", "kou shui ji, mouthwatering chicken, mouth-watering chicken", parts="chicken, "
         "cold, chilli, sichuan pepper, sesame", cuisine="sichuan"),
    dish("chilli oil wontons", "chili oil wontons, hong you chao shou, spicy wontons, sichuan wontons",
         parts="filled pasta, pork, chilli, sichuan pepper, soy", cuisine="sichuan"),
    dish("hong shao rou", "red braised pork, red-braised pork, red braised pork belly, dongpo pork, dong po rou",
         parts="pork belly, braised, soy, caramel, shaoxing", cuisine="chinese", weight=1),
    dish("lion's head meatballs", "lion's head, shizi tou, lion head meatballs", parts="pork, braised, cabbage, soy",
         cuisine="chinese"),
    dish("drunken chicken", "zui ji, shaoxing drunken chicken", parts="chicken, cold, shaoxing",
         cuisine="chinese"),
    dish("sheng jian bao", "shengjian bao, shengjian mantou, pan-fried pork buns", parts="bread, pork, fried, soy",
         cuisine="chinese"),
    dish("scallion pancake", "scallion pancakes, cong you bing, green onion pancake", parts="bread, spring onion, "
         "fried", cuisine="chinese"),
    dish("beggar's chicken", "jiaohua ji, beggars chicken", parts="chicken, baked, stuffed, mushroom, soy",
         cuisine="chinese"),
    dish("lanzhou beef noodles", "lanzhou lamian, niu rou mian, niurou mian, taiwanese beef "
         "noodle soup", parts="beef, noodle soup, chilli, herbs", cuisine="chinese"),
    dish("cumin lamb", "xinjiang lamb skewers, chuanr, chuan'r, yang rou chuan, cumin lamb skewers", parts="lamb, grilled, "
         "cumin, chilli", cuisine="chinese"),
    dish("three cup chicken", "san bei ji, sanbeiji", parts="chicken, braised, soy, shaoxing, thai basil, ginger",
         cuisine="chinese"),
    dish("lu rou fan", "lu rou fan taiwanese, braised pork rice, minced pork rice", parts="pork belly, braised, "
         "soy, rice", cuisine="chinese"),
    dish("mooncake", "mooncakes, moon cake, moon cakes", parts="cake, nuts, sugar, egg", cuisine="chinese"),
    dish("hainanese chicken rice", "khao man gai, khao mun gai, kao man gai, com ga hai nam, chicken rice hainanese",
         parts="chicken, poached, rice, ginger, chilli, soy", cuisine="chinese"),
    dish("suan cai yu", "fish with pickled cabbage, pickled cabbage fish, sour cabbage fish, fish in sour soup",
         parts="fish, pickles, chilli, pepper sauce, soup", cuisine="sichuan", weight=1),
    dish("mapo doufu", "ma po doufu, mapo dou fu, ma po dou fu", parts="tofu, minced beef, chilli, pepper sauce, soy",
         cuisine="sichuan"),
    dish("biang biang noodles", "biangbiang noodles, biang biang mian, youpo chemian, oil-splashed noodles",
         parts="pasta, chilli, garlic, vinegar, spring onion", cuisine="chinese"),
    dish("roujiamo", "rou jia mo, rou jia mou, chinese hamburger, chinese burger", parts="pork, braised, bread, "
         "warm spices", cuisine="chinese"),
    dish("lo mai gai", "lo mai kai, nuo mi ji, sticky rice in lotus leaf, glutinous rice chicken", parts="chicken, "
         "glutinous rice, sausage, mushroom, lotus leaf, steamed", cuisine="chinese"),
    dish("claypot rice", "clay pot rice, bo zai fan, bao zai fan", parts="rice, chinese sausage, chicken, soy, "
         "clay pot", cuisine="chinese"),
    dish("typhoon shelter crab", "typhoon shelter style crab, bi feng tang crab", parts="crab, fried, garlic, chilli, "
         "fermented black beans", cuisine="chinese"),
    dish("crispy aromatic duck", "aromatic crispy duck", parts="duck, fried, five spice, plum sauce, spring onion, "
         "cucumber, savoury pancake", cuisine="chinese"),
    dish("yangzhou fried rice", "yeung chow fried rice, yang chow fried rice, special fried rice", parts="rice, "
         "seared, pork, prawn, egg, peas, spring onion", cuisine="chinese"),
    dish("squirrel fish", "squirrel-shaped mandarin fish, song shu gui yu, sweet and sour squirrel fish",
         parts="fish, fried, sweet and sour, tomato", cuisine="chinese"),
    dish("egg drop soup", "egg flower soup, dan hua tang", parts="egg, soup, ginger, spring onion", cuisine="chinese"),
    dish("crab rangoon", "crab rangoons, crab puffs", parts="crab, fresh cheese, filled pasta, fried",
         cuisine="chinese"),
    dish("singapore noodles", "singapore rice noodles, singapore vermicelli, xing zhou mi fen", parts="rice noodles, "
         "prawn, pork, egg, curry, seared", cuisine="chinese"),
    # Japanese
    # Dumplings and fried morsels that diners name with no main: the main they are made with.
    dish("karaage", "kara-age, karaage chicken, tori karaage", parts="chicken, fried, soy, ginger",
         cuisine="japanese"),
    dish("gyoza", "gyozas, potstickers, pot stickers, guotie", parts="pork, filled pasta, seared, soy, garlic",
         cuisine="japanese"),
    dish("okonomiyaki", "okonomi-yaki, hiroshima okonomiyaki", parts="cabbage, pork belly, egg, fried, mayonnaise, "
         "sweet and sour", cuisine="japanese"),
    dish("takoyaki", "tako yaki", parts="octopus, fried, mayonnaise, sweet and sour", cuisine="japanese"),
    dish("sukiyaki", "", parts="beef, simmered, soy, mirin, tofu, egg", cuisine="japanese"),
    dish("shabu-shabu", "shabu shabu, shabushabu", parts="beef, poached, ponzu, sesame", cuisine="japanese"),
    dish("unadon", "unagi don, unaju, unagi kabayaki, kabayaki", parts="eel, grilled, glazed, rice, soy",
         cuisine="japanese"),
    dish("katsudon", "katsu don, katsudon bowl", parts="pork, fried, egg, rice, soy", cuisine="japanese"),
    dish("oyakodon", "oyako don, oyako donburi", parts="chicken, egg, rice, soy, onion", cuisine="japanese"),
    dish("gyudon", "gyu don, gyudon beef bowl, japanese beef bowl", parts="beef, onion, rice, soy, mirin",
         cuisine="japanese"),
    dish("chawanmushi", "chawan mushi, chawan-mushi", parts="egg, poached, dashi, prawn, mushroom",
         cuisine="japanese"),
    dish("agedashi tofu", "agedashi dofu, agedashi", parts="tofu, fried, dashi, radish", cuisine="japanese"),
    dish("nasu dengaku", "nasu miso dengaku, dengaku, miso aubergine, miso eggplant", parts="eggplant, grilled, "
         "glazed, miso", cuisine="japanese"),
    dish("black cod miso", "miso black cod, miso cod, gindara saikyo yaki, saikyo yaki, saikyo miso cod",
         parts="fish, grilled, miso, glazed, mirin", cuisine="japanese", weight=1),
    dish("tamagoyaki", "dashimaki, dashimaki tamago, japanese omelette, tamago yaki", parts="egg, dashi, mirin, "
         "sugar", cuisine="japanese"),
    dish("onigiri", "omusubi, japanese rice balls", parts="rice, seaweed, fish, salt", cuisine="japanese"),
    dish("yakisoba", "yaki soba", parts="pasta, seared, pork, cabbage, sweet and sour", cuisine="japanese"),
    dish("yakiniku", "japanese bbq, japanese barbecue", parts="beef, grilled, soy, sweet and sour",
         cuisine="japanese"),
    dish("chicken nanban", "nanban, tori nanban", parts="chicken, fried, vinegar, tartare sauce",
         cuisine="japanese"),
    dish("kushikatsu", "kushiage, kushi katsu", parts="pork, fried, skewers, sweet and sour", cuisine="japanese"),
    dish("oden", "kanto-daki", parts="fish, simmered, egg, radish, dashi", cuisine="japanese"),
    dish("nikujaga", "niku jaga", parts="beef, potato, onion, soy, mirin", cuisine="japanese"),
    dish("zaru soba", "zaru udon, cold soba, mori soba", parts="pasta, cold, soy, seaweed", cuisine="japanese"),
    dish("japanese curry", "kare raisu, katsu kare, japanese curry rice", parts="curry, rice, potato, carrot, "
         "mild", cuisine="japanese"),
    dish("mochi", "daifuku, daifuku mochi, mochi ice cream", parts="dessert, rice, sugar", cuisine="japanese"),
    dish("dorayaki", "", parts="crepes, beans, sugar", cuisine="japanese", weight=-1),
    dish("california roll", "california rolls, california maki", parts="crab, avocado, cucumber, rice, seaweed",
         cuisine="japanese"),
    dish("gyukatsu", "gyu katsu, gyu-katsu, beef katsu", parts="beef, fried, breadcrumbs", cuisine="japanese"),
    dish("kitsune udon", "kitsune soba", parts="noodle soup, fried tofu, soy", cuisine="japanese"),
    dish("ikura don", "ikuradon, ikura donburi, salmon roe bowl, salmon roe rice bowl", parts="fish roe, rice, soy",
         cuisine="japanese"),
    dish("kaisendon", "kaisen don, kaisen donburi, sashimi bowl, sashimi rice bowl", parts="tuna, salmon, prawn, raw, "
         "rice, soy, wasabi", cuisine="japanese"),
    dish("tonjiru", "ton jiru, butajiru, buta jiru, pork miso soup", parts="pork belly, miso, soup, vegetables",
         cuisine="japanese"),
    dish("omurice", "omu rice, omuraisu, omelette rice, omelet rice", parts="rice, chicken, egg, ketchup",
         cuisine="japanese"),
    dish("korokke", "japanese croquettes, japanese croquette", parts="potato, minced beef, fried, breadcrumbs",
         cuisine="japanese"),
    dish("spicy tuna roll", "spicy tuna maki, spicy tuna hand roll, tuna roll, tekka maki, tekkamaki",
         parts="tuna, raw, rice, seaweed, mayonnaise, chilli", cuisine="japanese"),
    dish("dragon roll", "dragon maki", parts="eel, prawn, fried, avocado, rice, glazed", cuisine="japanese"),
    dish("rainbow roll", "rainbow maki", parts="fish, salmon, tuna, crab, avocado, rice, raw", cuisine="japanese"),
    dish("spider roll", "spider maki", parts="crab, fried, rice, avocado, mayonnaise", cuisine="japanese"),
    dish("philadelphia roll", "philly roll", parts="smoked salmon, soft cheese, rice, cucumber", cuisine="japanese"),
    dish("sashimi moriawase", "moriawase, sashimi platter, assorted sashimi", parts="fish, raw, soy, wasabi",
         cuisine="japanese"),
    dish("tsukemen", "tsuke men, dipping ramen", parts="pasta, pork belly, soy, egg, cold", cuisine="japanese"),
    dish("takowasa", "tako wasabi, tako-wasa", parts="octopus, raw, wasabi, soy", cuisine="japanese"),
    dish("ika geso", "geso karaage, ika geso karaage, ika karaage, geso age", parts="squid, fried, soy",
         cuisine="japanese"),
    dish("hiyayakko", "hiya yakko", parts="tofu, cold, soy, ginger, spring onion", cuisine="japanese"),
    dish("buta kakuni", "kakuni", parts="pork belly, braised, soy, mirin, sugar", cuisine="japanese", weight=1),
    dish("menchi katsu", "menchikatsu", parts="minced beef, pork, fried, breadcrumbs", cuisine="japanese"),
    dish("hambagu", "hambāgu, hamburg steak, hambagu steak", parts="minced beef, seared, jus", cuisine="japanese"),
    dish("nabeyaki udon", "", parts="noodle soup, prawn, fried, egg, chicken", cuisine="japanese"),
    dish("yose nabe", "yosenabe", parts="fish, shellfish, chicken, tofu, simmered, soup", cuisine="japanese"),
    dish("ochazuke", "chazuke", parts="rice, salmon, seaweed, soup", cuisine="japanese"),
    dish("taiyaki", "", parts="cake, red bean paste", cuisine="japanese"),
    # Yakitori pieces beyond the thigh: the gizzard and heart, pork belly, ox tongue, each grilled with salt.
    dish("sunagimo", "sunazuri, hatsu, chicken hearts, chicken gizzards", parts="chicken, offal, grilled, salt",
         cuisine="japanese"),
    dish("butabara", "butabara kushi, buta bara", parts="pork belly, grilled, salt", cuisine="japanese"),
    dish("gyutan yaki", "gyutan, gyu tan, grilled ox tongue", parts="ox tongue, grilled, salt, citrus",
         cuisine="japanese"),
    dish("sunomono", "kyuri sunomono, su no mono", parts="cucumber, seaweed, vinaigrette, sugar", cuisine="japanese"),
    dish("aji fry", "aji furai, aji-fry", parts="sprats, floured and fried, tonkatsu sauce", cuisine="japanese"),
    dish("saba misoni", "saba miso ni, saba no misoni, mackerel miso ni, saba miso", parts="mackerel, simmered, "
         "fermented bean paste, ginger", cuisine="japanese"),
    dish("shogayaki", "buta shogayaki, buta no shogayaki, shoga yaki, ginger pork", parts="pork, seared, ginger, soy",
         cuisine="japanese"),
    dish("yudofu", "yu dofu", parts="tofu, poached, seaweed, soy", cuisine="japanese"),
    dish("kinpira gobo", "kinpira", parts="salsify, carrot, seared, soy, sugar, sesame", cuisine="japanese"),
    # Korean
    dish("japchae", "chapchae, jabchae", parts="pasta, beef, vegetables, soy, sesame, seared", cuisine="korean"),
    dish("kimchi jjigae", "kimchi stew, kimchi-jjigae, kimchi chigae", parts="pork belly, kimchi, tofu, chilli, "
         "braised", cuisine="korean"),
    dish("sundubu jjigae", "soondubu jjigae, sundubu, soondubu", parts="tofu, shellfish, egg, chilli, simmered",
         cuisine="korean"),
    dish("doenjang jjigae", "doenjang chigae, soybean paste stew", parts="tofu, vegetables, miso, braised, chilli",
         cuisine="korean"),
    dish("tteokbokki", "ddeokbokki, topokki, dukbokki, tteok-bokki", parts="rice cakes, gochujang, sweet and sour, "
         "fish sauce", cuisine="korean"),
    dish("galbi jjim", "galbijjim, kalbi jjim, braised short ribs korean", parts="short rib, braised, soy, "
         "sweet and sour, carrot", cuisine="korean", weight=1),
    dish("dakgalbi", "dak galbi, dak-galbi, chuncheon dakgalbi", parts="chicken, seared, gochujang, cabbage, "
         "sweet and sour", cuisine="korean"),
    dish("samgyetang", "samgye-tang, samgyetang soup, ginseng chicken soup", parts="chicken, poached, stuffed, rice, "
         "garlic, soup", cuisine="korean"),
    dish("pajeon", "haemul pajeon, seafood pancake",
         parts="shellfish, onion, fried, soy", cuisine="korean"),
    dish("naengmyeon", "mul naengmyeon, bibim naengmyeon, naeng myun", parts="noodle soup, cold, beef, vinegar, "
         "cucumber, egg", cuisine="korean"),
    dish("bossam", "bo ssam, bo-ssam", parts="pork belly, kimchi, garlic", cuisine="korean"),
    dish("jokbal", "jok bal, korean braised trotters", parts="pork, braised, soy, ginger", cuisine="korean"),
    dish("kimbap", "gimbap, kimbab", parts="rice, seaweed, egg, vegetables, ham, sesame", cuisine="korean"),
    dish("yukhoe", "yukhwe, yuk hwe, korean beef tartare", parts="beef tartare, raw, sesame, pear, egg",
         cuisine="korean"),
    dish("budae jjigae", "army stew, army base stew, budae-jjigae", parts="sausage, ham, kimchi, pasta, chilli, "
         "cheese, braised", cuisine="korean"),
    dish("galbitang", "seolleongtang, gomtang, galbi tang, seolleong tang", parts="beef, soup, simmered, "
         "spring onion", cuisine="korean"),
    dish("jeyuk bokkeum", "jeyuk-bokkeum, dwaeji bulgogi, spicy pork bulgogi, pork bulgogi", parts="pork, seared, "
         "gochujang, sweet and sour, soy", cuisine="korean"),
    dish("bingsu", "patbingsu, bingsoo, pat bingsu", parts="ice cream, sugar, beans, berries", cuisine="korean"),
    dish("dak bulgogi", "dakbulgogi, chicken bulgogi", parts="chicken, grilled, soy, sweet and sour, chilli",
         cuisine="korean"),
    dish("nakji bokkeum", "nakji-bokkeum, nakji bokkeumbap", parts="baby octopus, seared, chilli, onion, vegetables",
         cuisine="korean", weight=1),
    dish("kimchijeon", "kimchi pancake, kimchi jeon, kimchi buchimgae", parts="kimchi, onion, fried",
         cuisine="korean"),
    dish("gamjatang", "gamja-tang, pork bone soup", parts="pork, potato, chilli, soup, braised", cuisine="korean",
         weight=1),
    dish("ojingeo bokkeum", "ojingeo-bokkeum, spicy stir-fried squid", parts="squid, seared, chilli, sweet and sour",
         cuisine="korean"),
    dish("dakdoritang", "dak bokkeum tang, dakbokkeumtang, dak dori tang", parts="chicken, braised, chilli, potato",
         cuisine="korean"),
    dish("kongguksu", "kong guksu", parts="pasta, cold, beans, soup", cuisine="korean"),
    # Indonesian, Malaysian, Singaporean and Filipino
    dish("rendang", "beef rendang, rendang daging, randang", parts="beef, braised, coconut, chilli, warm spices, "
         "lemongrass", cuisine="indonesian", weight=1),
    dish("nasi goreng", "nasi goreng ayam, nasi goreng kampung", parts="rice, seared, egg, chilli, soy, "
         "sweet and sour", cuisine="indonesian"),
    dish("mie goreng", "mee goreng, bakmi goreng, mi goreng", parts="pasta, seared, egg, chilli, soy",
         cuisine="indonesian"),
    dish("sate ayam", "satay, sate, saté, satay ayam, chicken satay, satay skewers, chicken sate, sate madura", parts="chicken, grilled, peanut sauce, soy",
         cuisine="indonesian"),
    dish("gado-gado", "gado gado, pecel, ketoprak", parts="vegetables, tofu, egg, peanut sauce, potato",
         cuisine="indonesian"),
    dish("soto ayam", "soto ayam lamongan", parts="chicken, soup, turmeric, ginger, egg, pasta",
         cuisine="indonesian"),
    dish("babi guling", "balinese suckling pig", parts="suckling pig, roasted, warm spices, chilli",
         cuisine="indonesian"),
    dish("ayam goreng", "ayam goreng kuning, ayam goreng berempah", parts="chicken, fried, warm spices",
         cuisine="indonesian"),
    dish("bakso", "baso, bakso soup", parts="minced beef, noodle soup", cuisine="indonesian"),
    dish("nasi lemak", "", parts="rice, coconut, anchovy, egg, peanuts, sambal", cuisine="indonesian"),
    dish("assam laksa", "penang laksa, asam laksa", parts="mackerel, noodle soup, tamarind, chilli, pineapple",
         cuisine="indonesian"),
    dish("char kway teow", "char kuey teow, char koay teow, fried kway teow", parts="pasta, prawn, seared, sausage, "
         "egg, soy, chilli", cuisine="indonesian"),
    dish("roti canai", "roti prata, roti canai curry", parts="bread, curry, butter", cuisine="indonesian"),
    dish("chilli crab", "chili crab, singapore chilli crab, singapore chili crab", parts="crab, chilli, tomato, "
         "sweet and sour, egg", cuisine="indonesian"),
    dish("black pepper crab", "pepper crab, singapore pepper crab", parts="crab, pepper sauce, butter, soy",
         cuisine="indonesian"),
    dish("bak kut teh", "bah kut teh, pork rib soup", parts="spare ribs, simmered, soup, garlic, warm spices, "
         "pepper sauce", cuisine="indonesian"),
    dish("ikan bakar", "ikan panggang, ikan bakar jimbaran", parts="fish, grilled, chilli, soy, citrus",
         cuisine="indonesian"),
    dish("pisang goreng", "banana fritters, goreng pisang, maruya", parts="banana, fried, sugar",
         cuisine="indonesian"),
    dish("chicken adobo", "adobong manok, adobo chicken, chicken adobo filipino", parts="chicken, braised, vinegar, "
         "soy, garlic, pepper sauce", cuisine=""),
    dish("sinigang", "sinigang na baboy, sinigang na hipon", parts="pork, soup, tamarind, tomato, onion", cuisine=""),
    dish("kare-kare", "kare kare, karekare", parts="oxtail, braised, peanut sauce, vegetables", cuisine=""),
    dish("sisig", "pork sisig, sizzling sisig", parts="pork, offal, seared, chilli, citrus, egg", cuisine=""),
    dish("binagoongan", "pork binagoongan, binagoongang baboy", parts="pork belly, shrimp paste, braised, garlic, "
         "tomato, chilli, vinaigrette, sugar", cuisine=""),
    dish("lumpia", "lumpiang shanghai, lumpia shanghai", parts="pork, fried, pastry, sweet chilli", cuisine=""),
    dish("pancit", "pancit canton, pancit bihon, pansit", parts="pasta, seared, chicken, vegetables, soy",
         cuisine=""),
    dish("halo-halo", "halo halo, haluhalo", parts="ice cream, tropical fruit, beans, sugar", cuisine=""),
    dish("ayam bakar", "ayam bakar madu, ayam panggang", parts="chicken, grilled, kecap manis, chilli",
         cuisine="indonesian"),
    dish("ayam penyet", "ayam penyet sambal, ayam geprek", parts="chicken, fried, sambal", cuisine="indonesian"),
    dish("rawon", "rawon surabaya, nasi rawon", parts="beef, soup, nuts, warm spices, braised", cuisine="indonesian"),
    dish("murtabak", "martabak telur, murtabak daging", parts="pastry, minced beef, egg, onion, fried, curry",
         cuisine="indonesian"),
    dish("otak-otak", "otak otak, otah, otah-otah", parts="fish, coconut, chilli, banana leaf, grilled",
         cuisine="indonesian"),
    dish("sambal udang", "udang sambal, sambal prawns, sambal goreng udang", parts="prawn, sambal, seared",
         cuisine="indonesian"),
    dish("asam pedas", "ikan asam pedas, ikan assam pedas, assam pedas", parts="fish, tamarind, chilli, braised",
         cuisine="indonesian"),
    dish("kaya toast", "kaya butter toast, roti kaya", parts="bread, butter, jam, coconut", cuisine="indonesian"),
    dish("bak chor mee", "bak chor mee pok, minced pork noodles, mee pok", parts="pasta, pork, vinegar, mushroom, "
         "chilli", cuisine="indonesian"),
    dish("curry laksa", "laksa, laksa lemak, curry mee, nyonya laksa, katong laksa, laksa curry", parts="prawn, noodle soup, "
         "coconut, curry, chilli, fried tofu", cuisine="indonesian"),
    dish("crispy pata", "crispy pata filipino", parts="trotters, fried, vinegar, soy", cuisine=""),
    dish("bistek tagalog", "bistek, bistek filipino, filipino beefsteak", parts="beef, seared, soy, citrus, onion",
         cuisine=""),
    dish("tinola", "tinolang manok, chicken tinola", parts="chicken, soup, ginger, vegetables", cuisine="", weight=1),
    dish("bulalo", "bulalo soup", parts="beef, marrow, soup, corn, vegetables", cuisine="", weight=1),
    dish("kinilaw", "kinilaw na isda, kilawin", parts="fish, raw, vinegar, citrus, ginger, chilli", cuisine=""),
    dish("pinakbet", "pakbet, pinakbet tagalog", parts="vegetables, eggplant, squash, okra, shrimp paste, braised",
         cuisine=""),
    dish("dinuguan", "dinuguang baboy, pork blood stew", parts="pork, offal, vinegar, chilli, braised",
         cuisine="", weight=1),
    dish("kaldereta", "caldereta, kalderetang kambing, goat kaldereta", parts="goat meat, braised, tomato sauce, "
         "sweet pepper, potato", cuisine="", weight=1),
    dish("palabok", "pancit palabok, pancit luglug", parts="rice noodles, prawn, pork, egg, shrimp paste", cuisine=""),
    dish("chicken inasal", "inasal, inasal na manok, manok inasal", parts="chicken, grilled, marinated, citrus, "
         "vinegar, achiote", cuisine=""),
    dish("lechon kawali", "lechon carajay", parts="pork belly, fried, vinegar", cuisine=""),
    dish("sop buntut", "sup buntut, indonesian oxtail soup", parts="oxtail, soup, vegetables, warm spices",
         cuisine="indonesian"),
    dish("bebek betutu", "betutu, bebek betutu bali", parts="duck, warm spices, banana leaf, roasted, chilli",
         cuisine="indonesian"),
    dish("sate lilit", "sate lilit ikan", parts="fish, coconut, warm spices, grilled", cuisine="indonesian"),
    dish("fish head curry", "curry fish head, singapore fish head curry", parts="fish, curry, tamarind, okra, eggplant",
         cuisine="indonesian"),
    dish("bicol express", "bicol express pork", parts="pork, coconut, chilli, shrimp paste, braised",
         cuisine=""),
    dish("mee rebus", "mi rebus", parts="pasta, egg, curry, sweet and sour", cuisine="indonesian"),
    dish("rojak", "rujak", parts="salad, tropical fruit, cucumber, shrimp paste, nut sauce, sweet and sour",
         cuisine="indonesian"),
    dish("lontong sayur", "", parts="rice cakes, vegetables, coconut, curry", cuisine="indonesian"),
    dish("adobong pusit", "squid adobo", parts="squid, braised, vinaigrette, soy, squid ink", cuisine="indonesian"),
    dish("paksiw na isda", "paksiw", parts="fish, poached, vinaigrette, ginger", cuisine="indonesian"),
    dish("laing", "", parts="spinach, coconut, chilli, shrimp paste", cuisine="indonesian"),
    dish("arroz caldo", "lugaw, goto", parts="chicken, rice, ginger, soup", cuisine="indonesian"),
    dish("tocilog", "pork tocino, tocino de cerdo filipino", parts="pork, cured, sweet, rice, egg, fried", cuisine="indonesian"),
    dish("longsilog", "", parts="longganisa, rice, egg, garlic", cuisine="indonesian"),
    dish("bibingka", "", parts="cake, rice cakes, coconut, egg", cuisine="indonesian"),
    dish("turon", "", parts="tropical fruit, pastry, fried, caramel", cuisine="indonesian"),
    dish("opor ayam", "opor", parts="chicken, coconut, curry, mild, lemongrass", cuisine="indonesian"),
    dish("nasi campur", "nasi padang, nasi rames, mixed rice", parts="rice, chicken, curry, vegetables, chilli",
         cuisine="indonesian"),
    dish("klepon", "kelepon, onde-onde", parts="rice cakes, palm sugar, toasted coconut, pandan", cuisine="indonesian"),
    dish("sayur lodeh", "lodeh", parts="vegetables, coconut, curry, soup", cuisine="indonesian"),
    dish("sate padang", "satay padang", parts="beef, offal, grilled, curry, chilli", cuisine="indonesian"),
    dish("soto betawi", "", parts="beef, offal, coconut, milk, soup, warm spices", cuisine="indonesian"),
    # Mexican
    dish("cochinita pibil", "pibil, puerco pibil, cochinita", parts="pork, braised, citrus, warm spices, pickles",
         cuisine="mexican"),
    dish("barbacoa", "barbacoa de res, barbacoa tacos", parts="beef, braised, chilli, "
         "warm spices", cuisine="mexican", weight=1),
    dish("birria", "birria de res, birria tacos", parts="beef, braised, chilli, "
         "warm spices, jus", cuisine="mexican", weight=1),
    # Hidalgo's barbacoa is mutton, pit-roasted in maguey leaves; quesabirria's tortillas are griddled with cheese.
    dish("barbacoa de borrego", "barbacoa de hoyo, barbacoa hidalguense", parts="lamb, pit-roasted, braised, "
         "chilli, warm spices", cuisine="mexican", weight=1),
    dish("quesabirria", "quesabirrias, quesatacos de birria", parts="beef, braised, chilli, warm spices, jus, "
         "cheese sauce, bread, fried", cuisine="mexican", weight=1),
    dish("enmoladas", "enmolada", parts="chicken, bread, chocolate sauce, chilli, fresh cheese", cuisine="mexican"),
    dish("enfrijoladas", "enfrijolada", parts="beans, bread, fresh cheese, cream, chilli", cuisine="mexican"),
    dish("pambazo", "pambazos", parts="bread, fried, chorizo, potato, chilli, salad", cuisine="mexican"),
    dish("torta ahogada", "tortas ahogadas", parts="pork, confit, bread, tomato sauce, chilli", cuisine="mexican"),
    dish("tacos gobernador", "taco gobernador", parts="prawn, cheese sauce, bread, chilli, sweet pepper",
         cuisine="mexican"),
    dish("molletes", "mollete", parts="bread, beans, cheese sauce, salsa, baked", cuisine="mexican"),
    dish("papadzules", "papadzul", parts="egg, bread, nut sauce, tomato sauce", cuisine="mexican"),
    dish("pan de muerto", "pan de muertos", parts="sweet pastries, bread, orange blossom, sugar", cuisine="mexican"),
    dish("pozole", "posole, pozole rojo, pozole verde, pozole blanco", parts="pork, corn, chilli, soup, radish",
         cuisine="mexican"),
    dish("tamales", "tamal, tamale, tamales de puerco", parts="corn, pork, chilli, poached", cuisine="mexican"),
    # The meatless tamales: strips of poblano with cheese, beans, or sweet fresh corn.
    dish("tamales de rajas", "tamales de rajas con queso, tamal de rajas, tamales de queso, tamales de rajas con "
         "crema", parts="fresh cheese, corn, mild chillies, poached, cream", cuisine="mexican"),
    dish("tamales de frijol", "tamal de frijol, bean tamales", parts="beans, corn, chilli, poached", cuisine="mexican"),
    dish("tamales de elote", "tamal de elote, uchepos, sweet corn tamales", parts="sweetcorn, poached, cream, sugar",
         cuisine="mexican"),
    dish("chiles en nogada", "chile en nogada", parts="minced beef, sweet pepper, stuffed, walnut sauce, "
         "pomegranate, dried fruit", cuisine="mexican"),
    dish("chiles rellenos", "chile relleno, chiles rellenos de queso", parts="sweet pepper, stuffed, fresh cheese, "
         "fried, tomato sauce", cuisine="mexican"),
    dish("chilaquiles", "chilaquiles rojos, chilaquiles verdes", parts="tortilla, fried, salsa, egg, cream, "
         "fresh cheese", cuisine="mexican"),
    dish("huevos rancheros", "huevos divorciados", parts="egg, fried, tortilla, salsa, beans", cuisine="mexican"),
    dish("sopa de tortilla", "tortilla soup, sopa azteca", parts="tomato, chilli, tortilla, fried, avocado, cream, "
         "soup", cuisine="mexican"),
    dish("carne asada", "carne asada tacos, arrachera", parts="beef, grilled, citrus, salsa", cuisine="mexican"),
    dish("tinga", "tinga de pollo, chicken tinga, tinga poblana", parts="chicken, braised, tomato sauce, chipotle, "
         "smoked", cuisine="mexican"),
    dish("mole verde", "pollo en mole verde, mole verde de pepita, pipian verde, pipián", parts="chicken, "
         "green sauce, nut sauce, chilli", cuisine="mexican"),
    dish("pescado a la veracruzana", "huachinango a la veracruzana, veracruzana, snapper veracruz",
         parts="red snapper, tomato sauce, olives, capers, chilli", cuisine="mexican"),
    dish("pescado zarandeado", "zarandeado, pescado sarandeado", parts="fish, grilled, chilli, citrus",
         cuisine="mexican"),
    dish("camarones a la diabla", "shrimp a la diabla, camarones diabla, a la diabla", parts="prawn, chilli, "
         "tomato sauce", cuisine="mexican"),
    dish("tlayuda", "tlayudas, clayuda", parts="tortilla, beans, fresh cheese, beef, grilled", cuisine="mexican",
         weight=-1),
    dish("sopes", "sope, gorditas, gordita, huaraches, huarache", parts="corn, beans, salsa, fresh cheese, cream",
         cuisine="mexican"),
    dish("esquites", "elote en vaso, mexican street corn, elote asado", parts="corn, mayonnaise, fresh cheese, "
         "chilli, citrus", cuisine="mexican"),
    dish("menudo", "pancita, menudo rojo", parts="tripe, chilli, soup", cuisine="mexican"),
    dish("coctel de camaron", "coctel de camarones, cóctel de camarón, campechana, mexican shrimp cocktail",
         parts="prawn, cold, tomato, avocado, citrus, chilli", cuisine="mexican"),
    dish("tres leches", "pastel de tres leches, tres leches cake, torta de tres leches", parts="cake, cream, "
         "custard, sugar", cuisine="mexican"),
    dish("sopa de lima", "sopa de lima yucateca, yucatan lime soup", parts="chicken, soup, citrus, bread, chilli",
         cuisine="mexican"),
    dish("aguachile de camaron", "aguachile, aguachile verde, aguachile de camarón, shrimp aguachile", parts="prawn, raw, citrus, "
         "chilli, cucumber, onion", cuisine="mexican"),
    dish("machaca", "machaca con huevo, machacado con huevo", parts="beef, dried, egg, chilli, onion, tomato",
         cuisine="mexican"),
    dish("carne en su jugo", "carne en su jugo tapatia", parts="beef, bacon, beans, soup, onion", cuisine="mexican"),
    dish("quesadilla", "quesadillas", parts="bread, semi-soft cheese, seared, salsa", cuisine="mexican"),
    dish("queso fundido", "queso flameado, choriqueso", parts="semi-soft cheese, baked, bread, chilli",
         cuisine="mexican"),
    dish("enchiladas verdes", "enchiladas suizas, enchiladas de pollo", parts="chicken, bread, tomatillo, "
         "green sauce, cream, fresh cheese, baked", cuisine="mexican"),
    dish("flautas", "flautas de pollo, taquitos dorados", parts="chicken, bread, fried, cream, salsa",
         cuisine="mexican"),
    dish("pescado a la talla", "", parts="fish, grilled, chilli, citrus, "
         "garlic", cuisine="mexican"),
    dish("breakfast burrito", "breakfast burritos, breakfast taco, breakfast tacos", parts="chorizo, egg, potato, "
         "aged cheese, bread, salsa", cuisine="mexican"),
    dish("seven layer dip", "7 layer dip, seven-layer dip, layered bean dip", parts="beans, avocado, cream, salsa, "
         "aged cheese", cuisine="mexican"),
    dish("capirotada", "", parts="bread pudding, dried fruit, nuts, fresh cheese, warm spices", cuisine="mexican"),
    dish("bionico", "", parts="fruit, cream, yogurt, nuts", cuisine="mexican"),
    dish("atole", "champurrado", parts="corn, milk, sugar, warm spices, chocolate", cuisine="mexican"),
    dish("panqueques con dulce de leche", "panqueques, panqueque", parts="crepes, caramel", cuisine="argentinian"),
    # Peruvian and South American
    dish("lomo saltado", "lomito saltado", parts="beef, seared, fries, tomato, onion, soy, rice", cuisine="peruvian"),
    dish("aji de gallina", "ají de gallina", parts="chicken, cream sauce, chilli, nuts, aged cheese",
         cuisine="peruvian"),
    dish("causa", "causa limena, causa limeña, causa rellena", parts="potato, chilli, citrus, chicken, mayonnaise, "
         "avocado", cuisine="peruvian"),
    dish("anticuchos", "anticucho, anticuchos de corazon, anticuchos de corazón", parts="beef, offal, grilled, "
         "chilli, vinegar", cuisine="peruvian"),
    # Bolivia's shared platter: beef and sausage fried with onion, tomato and locoto over chips.
    dish("pique macho", "pique a lo macho", parts="beef, sausage, fried, onion, tomato, chilli, fries, egg",
         cuisine="bolivian"),
    dish("pollo a la brasa", "peruvian chicken, peruvian roast chicken, pollo a la brasa peruano",
         parts="chicken, roasted, warm spices, green sauce, fries", cuisine="peruvian"),
    dish("seco de cordero", "seco de res, seco de carne, seco norteño", parts="lamb, braised, coriander, beer, beans",
         cuisine="peruvian"),
    dish("papa a la huancaina", "papas a la huancaina, papa a la huancaína, huancaina, huancaína",
         parts="potato, cheese sauce, chilli, egg, olives", cuisine="peruvian"),
    dish("rocoto relleno", "rocotos rellenos", parts="minced beef, sweet pepper, stuffed, fiery chilli, aged cheese, "
         "baked", cuisine="peruvian"),
    dish("chupe de camarones", "chupe, chupe de mariscos", parts="prawn, soup, cream, potato, chilli, egg",
         cuisine="peruvian"),
    dish("suspiro limeno", "suspiro a la limeña, suspiro limeño, suspiro de limeña", parts="caramel, meringue, "
         "custard", cuisine="peruvian"),
    dish("picarones", "picaron", parts="sweet pastries, squash, fried, sugar", cuisine="peruvian"),
    dish("choripan", "choripán, choripanes", parts="chorizo, grilled, bread, chimichurri", cuisine="argentinian"),
    # "A caballo": a fried egg rides on top.
    dish("milanesa a caballo", "bife a caballo, milanesa con huevo frito", parts="beef, fried, egg, fries",
         cuisine="argentinian"),
    # The lomito: Córdoba's sandwich of thin beef fillet, ham, cheese and a fried egg.
    dish("lomito", "lomito completo, lomito sandwich, sandwich de lomito, lomito al pan", parts="beef fillet, bread, "
         "ham, cheese sauce, egg, salad", cuisine="argentinian"),
    dish("arroz carreteiro", "carreteiro", parts="rice, cured beef, onion, garlic", cuisine="brazilian"),
    dish("baiao de dois", "baião de dois", parts="rice, beans, cured beef, fresh cheese", cuisine="brazilian"),
    dish("caldillo de congrio", "congrio frito, congrio", parts="fish, soup, tomato, potato, onion", cuisine=""),
    dish("mixiote", "mixiote de carnero, mixiote de borrego, mixiotes", parts="lamb, poached, chilli, warm spices, "
         "banana leaf", cuisine="mexican"),
    dish("arroz a la tumbada", "arroz tumbada", parts="shellfish, rice, tomato, braised, herbs", cuisine="mexican"),
    dish("milanesa", "milanesa de carne, milanesa de ternera, milanesa de res", parts="beef, fried, citrus",
         cuisine="argentinian"),
    dish("milanesa a la napolitana", "milanesa napolitana, milanesa a la napo", parts="beef, fried, tomato sauce, "
         "ham, mozzarella", cuisine="argentinian"),
    dish("matambre", "matambre arrollado", parts="beef, stuffed, egg, vegetables, roasted",
         cuisine="argentinian"),
    dish("matambre a la pizza", "matambrito a la pizza", parts="beef, grilled, tomato sauce, fresh cheese, herbs",
         cuisine="argentinian"),
    # The crosscut ribs of every parrilla, grilled slow over embers.
    dish("asado de tira", "tira de asado, tira asado", parts="short rib, grilled, salt", cuisine="argentinian",
         weight=1),
    dish("asado con cuero", "vaquillona con cuero", parts="beef, pit-roasted, grilled", cuisine="argentinian",
         weight=1),
    # Achuras: the offal of the asado, grilled crisp before the meat.
    dish("chinchulines", "chinchulín, chinchulin, achuras, tripa gorda", parts="beef, offal, grilled, citrus",
         cuisine="argentinian"),
    dish("carbonada criolla", "carbonada, carbonada en zapallo", parts="beef, braised, squash, corn, stone fruit, "
         "sweet potato", cuisine="argentinian", weight=1),
    # The Uruguayan chivito is no kid goat: a steak sandwich with ham, bacon, cheese and a fried egg.
    dish("chivito", "chivito uruguayo, chivito al pan, chivito canadiense, chivito al plato", parts="steak, ham, "
         "bacon, cheese sauce, egg, bread, mayonnaise", cuisine="argentinian"),
    dish("pastel de papa", "pastel de papas", parts="minced beef, potato, olives, egg, baked", cuisine="argentinian"),
    dish("completo", "completo italiano, completos", parts="smoked sausage, bread, avocado, tomato, mayonnaise",
         cuisine=""),
    dish("chorrillana", "", parts="fries, beef, seared, onion, egg", cuisine=""),
    dish("porotos granados", "porotos con riendas", parts="beans, corn, squash, basil, braised", cuisine=""),
    dish("locro", "locro criollo, locro argentino", parts="corn, squash, beans, pork, chorizo, braised",
         cuisine="argentinian", weight=1),
    dish("humitas", "humita, humita en chala", parts="corn, fresh cheese, onion, poached", cuisine="argentinian"),
    dish("alfajores", "alfajor, alfajores de maicena", parts="biscuits, dulce de leche, coconut",
         cuisine="argentinian"),
    dish("provoleta", "provoleta a la parrilla, provolone alla griglia", parts="aged cheese, grilled, oregano, "
         "chilli", cuisine="argentinian"),
    dish("bife de chorizo", "bife de lomo, bife ancho, ojo de bife", parts="steak, grilled, "
         "chimichurri", cuisine="argentinian", weight=1),
    dish("pastel de choclo", "pastel de choclo chileno", parts="corn, minced beef, chicken, olives, egg, baked",
         cuisine=""),
    dish("moqueca", "moqueca baiana, moqueca de peixe, moqueca capixaba", parts="fish, "
         "coconut, tomato, sweet pepper, braised, olive oil", cuisine="brazilian"),
    dish("moqueca de camarao", "moqueca de camarão, moqueca de camaroes, moqueca de camarões, shrimp moqueca",
         parts="prawn, coconut, tomato, sweet pepper, braised, cooking fat", cuisine="brazilian"),
    dish("galinhada", "galinhada goiana", parts="chicken, rice, turmeric, braised", cuisine="brazilian"),
    dish("escondidinho", "escondidinho de carne seca, escondidinho de frango", parts="cured beef, cassava, "
         "cheese sauce, baked", cuisine="brazilian", weight=1),
    dish("coxinha", "coxinhas, coxinha de frango", parts="chicken, fried, potato, fresh cheese", cuisine="brazilian"),
    dish("pao de queijo", "pão de queijo, chipa", parts="aged cheese, bread, baked", cuisine="brazilian", weight=-1),
    dish("vatapa", "vatapá", parts="prawn, nut sauce, coconut, bread", cuisine="brazilian"),
    dish("acaraje", "acarajé", parts="beans, fried, prawn, chilli", cuisine="brazilian"),
    dish("bobo de camarao", "bobó de camarão", parts="prawn, coconut, potato, braised", cuisine="brazilian"),
    dish("brigadeiro", "brigadeiros, negrinho", parts="chocolate, caramel, butter", cuisine="brazilian", weight=-1),
    dish("arepa", "arepas", parts="corn, fresh cheese, avocado",
         cuisine=""),
    dish("reina pepiada", "arepa reina pepiada, arepa de reina pepiada", parts="chicken, avocado, mayonnaise, corn",
         cuisine=""),
    dish("bandeja paisa", "bandeja montañera, bandeja montanera", parts="pork belly, beans, minced beef, sausage, "
         "egg, rice, avocado", cuisine="", weight=1),
    dish("ajiaco", "ajiaco santafereño, ajiaco santafereno, ajiaco bogotano", parts="chicken, potato, corn, "
         "cream, capers, soup", cuisine=""),
    dish("sancocho", "sancocho de gallina, sancocho trifasico", parts="chicken, potato, corn, herbs, soup",
         cuisine="caribbean"),
    dish("pabellon criollo", "pabellón criollo", parts="beef, braised, beans, rice, banana, fried", cuisine=""),
    dish("hallacas", "hallaca, hayacas", parts="corn, pork, chicken, olives, raisins, banana leaf, poached",
         cuisine=""),
    # Caribbean
    dish("ropa vieja", "ropa vieja cubana", parts="beef, braised, tomato sauce, sweet pepper, onion",
         cuisine="caribbean"),
    dish("picadillo", "picadillo cubano, picadillo a la habanera", parts="minced beef, tomato sauce, olives, raisins, "
         "braised", cuisine="caribbean"),
    dish("cuban sandwich", "cubano, sandwich cubano, medianoche", parts="pork, ham, aged cheese, pickles, "
         "mustard, bread", cuisine="caribbean"),
    dish("pernil", "pernil asado, mojo pork, lechon asado cubano", parts="pork shoulder, roasted, citrus, garlic, "
         "herbs", cuisine="caribbean"),
    dish("mofongo", "mofongo relleno", parts="pork belly, banana, fried, garlic", cuisine="caribbean"),
    dish("arroz con gandules", "arroz con gandules puerto rico", parts="rice, beans, pork, warm spices",
         cuisine="caribbean"),
    dish("curry goat", "curried goat, goat curry, jamaican curry goat", parts="goat meat, curry, chilli, potato",
         cuisine="caribbean"),
    dish("ackee and saltfish", "ackee & saltfish, saltfish and ackee, ackee", parts="salt cod, onion, sweet pepper, "
         "scotch bonnet, tomato", cuisine="caribbean"),
    dish("brown stew chicken", "brown stewed chicken, jamaican brown stew chicken", parts="chicken, braised, soy, "
         "sweet pepper, chilli", cuisine="caribbean"),
    dish("escovitch fish", "escoveitch fish, escovitch, escoveitch, escabeche jamaicano", parts="fish, fried, "
         "onion, carrot, chilli, vinegar", cuisine="caribbean"),
    dish("jamaican patty", "jamaican patties, jamaican beef patty", parts="minced beef, pastry, curry, chilli, "
         "baked", cuisine="caribbean"),
    dish("rice and peas", "jamaican rice and peas", parts="rice, beans, coconut, warm spices", cuisine="caribbean"),
    dish("callaloo", "callalloo, calalu", parts="spinach, coconut, chilli, soup", cuisine="caribbean"),
    dish("conch fritters", "conch fritter, fried conch, cracked conch", parts="shellfish, fried, chilli, mayonnaise",
         cuisine="caribbean"),
    dish("tostones", "patacones, tostones de platano", parts="banana, fried, salt", cuisine="caribbean"),
    dish("griot", "griyo, haitian griot", parts="pork, fried, citrus, vinegar, chilli", cuisine="caribbean"),
    dish("pelau", "chicken pelau, trinidad pelau", parts="chicken, rice, beans, coconut, caramelising, braised",
         cuisine="caribbean"),
    dish("bake and shark", "shark and bake, bake n shark", parts="fish, fried, bread, chilli, herbs",
         cuisine="caribbean"),
    dish("cou cou and flying fish", "flying fish and cou cou, coucou and flying fish, cou cou, cou-cou", parts="fish, "
         "corn, okra, tomato sauce", cuisine="caribbean"),
    dish("pepperpot", "pepper pot, guyanese pepperpot, pepper pot stew", parts="beef, pork, braised, warm spices, "
         "chilli, caramelising", cuisine="caribbean", weight=1),
    dish("oil down", "grenada oil down, oildown", parts="pork, cured, chicken, coconut, cassava, vegetables, braised",
         cuisine="caribbean"),
    dish("pastelon", "pastelón, pastelon de platano, plantain lasagna", parts="plantain, minced beef, fresh cheese, "
         "baked", cuisine="caribbean"),
    dish("diri ak djon djon", "diri djon djon, djon djon rice, riz djon djon", parts="rice, mushroom, herbs",
         cuisine="caribbean"),
    dish("accras", "accra, acras, accras de poisson, akra", parts="salt cod, fried, herbs, chilli",
         cuisine="caribbean"),
    dish("vaca frita", "vaca frita cubana", parts="beef, fried, onion, citrus, garlic", cuisine="caribbean"),
    dish("la bandera", "la bandera dominicana", parts="chicken, braised, rice, beans", cuisine="caribbean"),
    dish("doubles", "trini doubles", parts="chickpeas, curry, bread, fried, chilli", cuisine="caribbean"),
    dish("festival", "jamaican festival", parts="corn, fried, sugar", cuisine="caribbean"),
    dish("bammy", "bammies", parts="cassava, fried", cuisine="caribbean"),
    dish("johnny cakes", "journey cakes", parts="corn, fried, bread", cuisine="caribbean"),
    dish("maduros", "", parts="plantain, fried, caramel", cuisine="caribbean"),
    dish("moros y cristianos", "moros, congri", parts="beans, rice, onion", cuisine="caribbean"),
    dish("jalea", "jalea mixta", parts="fish, shellfish, fried, onion, citrus", cuisine="peruvian"),
    dish("parihuela", "", parts="fish, shellfish, soup, chilli", cuisine="peruvian"),
    dish("carapulcra", "", parts="pork, potato, nuts, chilli, braised", cuisine="peruvian"),
    # American: the South, Louisiana, barbecue, New England, diners and delis
    dish("shrimp and grits", "shrimp n grits, shrimp 'n' grits, prawns and grits", parts="prawn, grits, butter, "
         "bacon, cheese sauce, chilli", cuisine="american"),
    dish("chicken fried steak", "chicken-fried steak, country fried steak, country-fried steak", parts="steak, "
         "fried, cream sauce, pepper sauce", cuisine="american", weight=1),
    dish("biscuits and gravy", "biscuits & gravy, sausage gravy and biscuits", parts="bread, sausage, cream sauce, "
         "pepper sauce", cuisine="american", weight=1),
    dish("hush puppies", "hushpuppies, hush puppy", parts="corn, fried, onion", cuisine="american"),
    dish("fried green tomatoes", "fried green tomato", parts="tomato, fried, cornbread, mayonnaise",
         cuisine="american"),
    dish("hoppin' john", "hoppin john, hopping john", parts="beans, rice, ham, onion", cuisine="american"),
    dish("red beans and rice", "red beans & rice", parts="beans, sausage, rice, braised, chilli",
         cuisine="caribbean"),
    dish("po' boy", "po boy, po-boy, poboy, po boys, po' boys", parts="prawn, fried, bread, remoulade, salad",
         cuisine="caribbean"),
    dish("muffuletta", "muffaletta, muffuletta sandwich, muffaletta sandwich", parts="charcuterie, cured ham, "
         "aged cheese, olives, bread", cuisine="caribbean"),
    dish("blackened redfish", "blackened fish, blackened catfish, blackened snapper", parts="fish, seared, chilli, "
         "warm spices, butter", cuisine="caribbean"),
    dish("crawfish boil", "crayfish boil, crab boil, seafood boil, shrimp boil, low country boil, lowcountry boil, "
         "frogmore stew", parts="shellfish, poached, corn, potato, sausage, chilli, warm spices", cuisine="caribbean"),
    dish("dirty rice", "cajun dirty rice, rice dressing", parts="rice, chicken liver, minced beef, chilli, "
         "warm spices", cuisine="caribbean"),
    dish("bananas foster", "banana foster", parts="banana, caramel, rum, ice cream", cuisine="american"),
    dish("king cake", "gateau des rois, king cakes", parts="cake, cinnamon, sugar", cuisine="american"),
    # Texas barbecue: brisket rubbed with salt and black pepper, smoked over post oak, no sauce.
    dish("texas brisket", "texas-style brisket, texas style brisket, bbq brisket, barbecue brisket, "
         "smoked brisket", parts="brisket, smoked, barbecued, pepper sauce, salt", cuisine="american", weight=1),
    dish("burnt ends", "brisket burnt ends, burnt ends brisket", parts="brisket, barbecued, barbecue sauce",
         cuisine="american", weight=1),
    dish("brunswick stew", "", parts="chicken, pork, corn, beans, tomato, braised, barbecued", cuisine="american"),
    dish("clambake", "clam bake, new england clambake, new england clam bake", parts="lobster, clam, corn, potato, "
         "poached", cuisine="american"),
    dish("boston baked beans", "baked beans, new england baked beans", parts="beans, baked, bacon, molasses",
         cuisine="american"),
    dish("manhattan clam chowder", "manhattan chowder", parts="clam, tomato, potato, soup", cuisine="american"),
    dish("boston cream pie", "", parts="cake, custard, chocolate", cuisine="american"),
    dish("chicken pot pie", "chicken potpie, chicken pot pies", parts="chicken, "
         "cream sauce, pastry, carrot, peas, baked", cuisine="american"),
    dish("philly cheesesteak", "cheesesteak, philly cheese steak, cheese steak sandwich, philly steak",
         parts="steak, seared, cheese sauce, onion, bread", cuisine="american"),
    dish("reuben", "reuben sandwich, reuben on rye", parts="brisket, cured, sauerkraut, aged cheese, mayonnaise, "
         "bread", cuisine="american"),
    dish("pastrami on rye", "pastrami sandwich, hot pastrami sandwich", parts="brisket, cured, smoked, pepper sauce, "
         "mustard, bread", cuisine="american"),
    dish("corned beef hash", "corned beef hash and eggs", parts="brisket, cured, potato, fried, egg",
         cuisine="american"),
    dish("corned beef and cabbage", "boiled beef and cabbage", parts="brisket, cured, poached, "
         "cabbage, potato", cuisine="british"),
    dish("sloppy joe", "sloppy joes", parts="minced beef, tomato sauce, sweet and sour, bread", cuisine="american"),
    dish("chicken and dumplings", "chicken & dumplings, chicken n dumplings, chicken and dumplins", parts="chicken, "
         "poached, dumplings, cream sauce", cuisine="american"),
    dish("chicken a la king", "chicken à la king", parts="chicken, cream sauce, mushroom, "
         "sweet pepper", cuisine="american"),
    dish("waldorf salad", "salade waldorf, insalata waldorf", parts="salad, apple, walnuts, mayonnaise",
         cuisine="american"),
    dish("wedge salad", "iceberg wedge, wedge salad with blue cheese", parts="salad, blue cheese, bacon, tomato",
         cuisine="american"),
    dish("nashville hot chicken", "nashville chicken, nashville hot, hot chicken sandwich", parts="chicken, fried, "
         "fiery chilli, pickles, bread", cuisine="american"),
    dish("banana pudding", "banana puddin, nanner pudding, nana pudding, naner pudding", parts="custard, banana, biscuits", cuisine="american"),
    dish("red velvet cake", "red velvet, red velvet cupcakes", parts="cake, chocolate, cream cheese",
         cuisine="american"),
    dish("carrot cake", "carrot cakes, gateau aux carottes, torta di carote", parts="cake, carrot, walnuts, "
         "cinnamon, cream cheese", cuisine="american"),
    dish("strawberry shortcake", "shortcake, shortcakes", parts="cake, strawberries, cream", cuisine="american"),
    dish("mud pie", "mississippi mud pie, mississippi mud cake", parts="chocolate, tart, cream", cuisine="american"),
    dish("hot dog", "chilli dog, chilli dogs, hot dogs, hotdog, hotdogs, chili dog, chili dogs, corn dog, corn dogs", parts="sausage, bread, "
         "mustard, pickles", cuisine="american"),
    dish("turkey club", "turkey club sandwich", parts="turkey, bacon, salad, tomato, mayonnaise, bread",
         cuisine="american"),
    dish("club sandwich", "chicken club, club sarnie, clubhouse sandwich, club sandwiches", parts="chicken, bacon, salad, tomato, mayonnaise, "
         "bread", cuisine="american"),
    dish("blt", "blt sandwich, bacon lettuce and tomato, bacon lettuce tomato", parts="bacon, salad, tomato, "
         "mayonnaise, bread", cuisine="american"),
    dish("grilled cheese", "grilled cheese sandwich, cheese toastie, toasted cheese sandwich", parts="aged cheese, "
         "bread, butter, seared", cuisine="american", weight=-1),
    dish("loco moco", "", parts="burger, rice, egg, jus", cuisine="american"),
    dish("kalua pig", "kalua pork, kalua pua'a", parts="pork shoulder, smoked, roasted, salt", cuisine="american"),
    dish("poke bowl", "poke, poké, ahi poke, poke bowls, ahi poke bowl, poké bowl", parts="tuna, raw, rice, soy, avocado, seaweed",
         cuisine="american"),
    dish("deviled eggs", "devilled eggs, oeufs mimosa, œufs mimosa, uova ripiene, huevos rellenos", parts="egg, "
         "mayonnaise, mustard, paprika", cuisine="american"),
    dish("oysters rockefeller", "oyster rockefeller, huitres rockefeller", parts="oyster, baked, butter, spinach, "
         "herbs, bread", cuisine="american"),
    dish("shrimp scampi", "prawn scampi, shrimp scampi pasta, linguine scampi", parts="prawn, garlic, butter, "
         "white wine sauce, pasta", cuisine="american"),
    dish("clams casino", "clam casino", parts="clam, bacon, sweet pepper, butter, baked", cuisine="american"),
    dish("surf and turf", "surf & turf, surf n turf, surf 'n' turf, reef and beef", parts="steak, lobster, grilled, "
         "butter", cuisine="american", weight=1),
    dish("matzo ball soup", "matzah ball soup, matzo balls, kneidlach, knaidlach", parts="chicken, soup, bread, egg, "
         "poached", cuisine="american"),
    dish("poutine", "poutine quebecoise, poutine québécoise", parts="fries, fresh cheese, jus", cuisine="",
         weight=1),
    dish("cincinnati chili", "cincinnati chilli, skyline chili, three-way chili, 3-way chili", parts="minced beef, "
         "warm spices, tomato sauce, pasta, aged cheese", cuisine="american"),
    dish("tuna melt", "tuna melts", parts="tuna, mayonnaise, aged cheese, bread, seared", cuisine="american"),
    dish("patty melt", "patty melts", parts="burger, onion, aged cheese, bread, seared", cuisine="american"),
    dish("french dip", "french dip sandwich, beef dip", parts="beef, roasted, jus, bread", cuisine="american"),
    dish("beer can chicken", "beer butt chicken, beer-can chicken", parts="chicken, roasted, cooking wine, "
         "spice blend", cuisine="american"),
    dish("potato skins", "loaded potato skins", parts="potato, baked, aged cheese, bacon, cream",
         cuisine="american"),
    dish("key lime pie", "key lime tart", parts="tart, citrus, custard, biscuit base, cream", cuisine="american"),
    dish("breakfast sandwich", "breakfast sandwiches, breakfast roll, egg mcmuffin, bacon egg and cheese, bec, bacon "
         "egg and cheese sandwich", parts="egg, bacon, aged cheese, bread", cuisine="american"),
    dish("poached pears", "poached pear, poires pochees, poires pochées, poire pochée, pere al vino, pere cotte, "
         "peras al vino, pears in red wine, pears poached in red wine", parts="pear, poached, red wine sauce, sugar, "
         "warm spices", cuisine="french"),
    dish("eggs florentine", "oeufs florentine, œufs florentine", parts="egg, poached, butter sauce, spinach, bread",
         cuisine="american"),
    dish("eggs royale", "eggs royal, eggs benedict with smoked salmon, eggs hemingway", parts="smoked salmon, egg, "
         "poached, butter sauce, bread", cuisine="american"),
    dish("almond croissant", "croissant aux amandes, almond croissants, cornetto alle mandorle", parts="sweet pastries, "
         "nuts, butter, sugar", cuisine="french"),
    dish("crab benedict", "crab cake benedict, lobster benedict", parts="crab, egg, poached, butter sauce, bread",
         cuisine="american"),
    dish("frito pie", "walking taco, frito chili pie", parts="minced beef, corn, fried, beans, aged cheese, chilli",
         cuisine="american"),
    dish("toasted ravioli", "st. louis toasted ravioli, fried ravioli", parts="filled pasta, minced beef, fried, "
         "tomato sauce", cuisine="american"),
    dish("hot brown", "kentucky hot brown", parts="turkey, bacon, cheese sauce, tomato, bread, baked",
         cuisine="american"),
    dish("goetta", "", parts="pork, whole grains, fried", cuisine="american"),
    dish("scrapple", "pon haus", parts="pork, offal, corn, fried", cuisine="american"),
    dish("spam musubi", "musubi", parts="ham, luncheon meat, rice, seaweed, soy", cuisine="american"),
    dish("chicken bog", "", parts="chicken, rice, sausage", cuisine="american"),
    dish("she-crab soup", "she crab soup", parts="crab, cream, caviar, spirits, soup", cuisine="american"),
    dish("spiedies", "chicken spiedies, spiedie", parts="chicken, marinated, grilled, bread", cuisine="american"),
    dish("beef on weck", "", parts="beef, roasted, bread, horseradish, jus", cuisine="american"),
    dish("whoopie pie", "whoopie pies", parts="chocolate, cake, cream", cuisine="american"),
    dish("shoofly pie", "shoo-fly pie", parts="tart, sugar, warm spices", cuisine="american"),
    dish("chess pie", "lemon chess pie", parts="tart, custard, sugar, butter", cuisine="american"),
    dish("hummingbird cake", "", parts="cake, tropical fruit, nuts, fresh cheese", cuisine="american"),
    dish("blondie", "blondies", parts="cake, brown sugar, butter, white chocolate", cuisine="american"),
    dish("apple fritter", "apple fritters, beignets aux pommes", parts="fried dough, apple, sugar, warm spices",
         cuisine="american"),
    dish("seitan wings", "vegan wings, seitan nuggets", parts="tofu, fried, buffalo sauce", cuisine="american"),
    # Pizza with the pink tomato-and-cream vodka sauce of penne alla vodka, no spirit.
    dish("vodka pizza", "pizza alla vodka, vodka pie, vodka sauce pizza", parts="pizza, vodka sauce", cuisine="american"),
    dish("avocado toast", "avo toast, avocado on toast, smashed avo, smashed avocado on toast", parts="avocado, bread",
         cuisine=""),
    dish("garlic bread", "cheesy garlic bread", parts="bread, garlic, butter", cuisine=""),
    dish("cauliflower wings", "buffalo cauliflower, cauliflower bites, cauliflower popcorn", parts="cauliflower, fried, "
         "buffalo sauce", cuisine="american"),
    # Bacon (or sausage) and a fried egg in a soft roll: Australia's and Britain's breakfast roll, no egg roll.
    dish("bacon and egg roll", "bacon & egg roll, bacon egg roll, egg and bacon roll, bacon and egg sandwich, "
         "bacon and egg muffin", parts="bacon, egg, bread",
         cuisine="british"),
    # White clam pizza, New Haven's: clams, garlic, olive oil and grated cheese, no tomato.
    dish("white clam pizza", "white clam pie, clam pizza, clam pie", parts="clam, pizza, garlic, olive oil, parmesan",
         cuisine="american"),
    # Tapas bars' pinchos morunos: pork skewers in a Moorish spice marinade.
    dish("pinchos morunos", "pinchitos morunos, pincho moruno, pinchito moruno, pinchitos", parts="pork, grilled, "
         "moorish-spiced", cuisine="spanish"),
    dish("dwaeji galbi", "dwaeji-galbi, pork galbi", parts="spare ribs, grilled, soy, sweet and sour", cuisine="korean"),
    dish("muhammara", "mhammara, muhammara dip", parts="sweet pepper, nut sauce, warm spices", cuisine="middle eastern"),
    dish("lechon manok", "", parts="chicken, roasted, herbs, citrus", cuisine="indonesian"),
    dish("lau lau", "laulau", parts="pork, fish, banana leaf, poached", cuisine="american"),
    dish("chicken long rice", "", parts="chicken, rice noodles, ginger, soup", cuisine="american"),
    dish("haupia", "", parts="coconut, custard, sugar", cuisine="american"),
    dish("shave ice", "hawaiian shave ice", parts="ice cream, fruit, sugar", cuisine="american"),
    dish("lamington", "lamingtons", parts="cake, chocolate, toasted coconut", cuisine="british"),
    dish("hokey pokey ice cream", "hokey pokey", parts="ice cream, caramel", cuisine="british"),
    dish("green lipped mussels", "green-lipped mussels, green lip mussels", parts="mussel", cuisine="british"),
    # British and Irish: pies, pub classics, Scotland, Wales and puddings
    dish("steak and ale pie", "steak pie, beef and ale pie, steak & ale pie", parts="beef, braised, ale, pastry, "
         "jus, baked", cuisine="british", weight=1),
    dish("steak and kidney pie", "steak and kidney pudding, steak & kidney pie, steak and kidney", parts="beef, "
         "kidney, braised, pastry, jus, baked", cuisine="british", weight=1),
    dish("toad in the hole", "toad-in-the-hole", parts="sausage, baked, egg, jus", cuisine="british"),
    dish("yorkshire pudding", "yorkshire puddings, yorkies", parts="egg, baked, jus", cuisine="british"),
    dish("bubble and squeak", "bubble & squeak", parts="potato, cabbage, fried", cuisine="british"),
    dish("full english", "full english breakfast, fry up, fry-up, full irish, full scottish, ulster fry, "
         "english breakfast", parts="sausage, bacon, egg, fried, beans, mushroom, tomato, bread", cuisine="british"),
    # Named American and European dishes a menu or a diner names without saying what is in them.
    dish("chicken tetrazzini", "tetrazzini, turkey tetrazzini, chx tetrazzini", parts="chicken, pasta, cream sauce, "
         "mushroom, cheese topping, baked", cuisine="american"),
    dish("chimichanga", "chimichangas, chimi", parts="tortilla, fried, beans, cheese", cuisine="mexican"),
    dish("steak oscar", "veal oscar, oscar style", parts="beef fillet, crab, bearnaise, asparagus", cuisine="american"),
    dish("chicken vesuvio", "vesuvio", parts="chicken, roasted, potato, garlic, white wine sauce, peas",
         cuisine="american"),
    # In a British pub, chicken under barbecue sauce, bacon and melted cheese.
    dish("hunter's chicken", "hunters chicken, hunter chicken", parts="chicken, barbecue sauce, bacon, cheese, baked",
         cuisine="british"),
    dish("crab louie", "crab louis, shrimp louie", parts="crab, salad, mayonnaise, egg, cold", cuisine="american"),
    dish("chile verde", "chili verde, pork chile verde, chile verde de puerco", parts="pork, chilli, braised, "
         "tomatillo", cuisine="mexican"),
    dish("gaisburger marsch", "gaisburger", parts="beef, braised, potato, spaetzle, onion, stock", cuisine="german"),
    dish("pannfisch", "hamburger pannfisch", parts="white fish, fried, potato, mustard", cuisine="german"),
    dish("strammer max", "strammer maxe", parts="ham, egg, bread, fried", cuisine="german"),
    dish("pochas", "pochas riojanas, pochas a la riojana, pochas con chorizo", parts="beans, chorizo, braised, pepper",
         cuisine="spanish"),
    dish("spaghetti all'assassina", "assassina, spaghetti all assassina, spaghetti assassina", parts="pasta, "
         "tomato sauce, chilli, fried", cuisine="italian"),
    dish("dino ribs", "dinosaur ribs, beef plate ribs, plate ribs, beef ribs", parts="short rib, smoked, barbecue",
         cuisine="american"),
    dish("steak tips", "sirloin tips, beef tips", parts="beef, grilled, marinated", cuisine="american"),
    # A Victorian savoury: creamy scrambled egg on toast with anchovy butter, not the game bird.
    dish("scotch woodcock", "scotch woodcocks", parts="egg, anchovy, bread, butter, cream", cuisine="british"),
    # Adelaide's meat pie upturned in a bowl of pea soup.
    dish("pie floater", "pie floaters, floater", parts="minced beef, pastry, peas, soup, baked", cuisine=""),
    dish("scotch egg", "scotch eggs, scotch quail egg, scotch quail's egg, scotch quail eggs", parts="sausage, egg, fried", cuisine="british"),
    dish("sausage roll", "sausage rolls, cumberland sausage roll, pork sausage roll", parts="sausage, pastry, baked", cuisine="british"),
    dish("pork pie", "pork pies, melton mowbray pork pie", parts="pork, pastry, cold, baked", cuisine="british"),
    dish("lancashire hotpot", "lancashire hot pot, lamb hotpot", parts="lamb, braised, potato, onion, baked",
         cuisine="british"),
    dish("irish stew", "irish lamb stew", parts="lamb, braised, potato, onion, carrot", cuisine="british"),
    dish("dublin coddle", "coddle", parts="sausage, bacon, potato, onion, simmered", cuisine="british"),
    dish("colcannon", "", parts="potato, cabbage, butter, spring onion", cuisine="british"),
    dish("boxty", "boxty pancakes", parts="potato, fried, butter", cuisine="british"),
    dish("beef and guinness stew", "guinness stew, beef and guinness pie, beef & guinness stew", parts="beef, "
         "braised, guinness, carrot, onion", cuisine="british", weight=1),
    dish("haggis", "haggis neeps and tatties, haggis neeps tatties", parts="lamb, offal, "
         "warm spices, pepper sauce, potato, turnip", cuisine="british", weight=1),
    dish("cullen skink", "", parts="smoked fish, potato, cream, onion, soup", cuisine="british"),
    dish("cock-a-leekie", "cock a leekie, cockaleekie", parts="chicken, leek, prunes, soup", cuisine="british"),
    dish("scotch broth", "", parts="lamb, vegetables, soup, simmered", cuisine="british"),
    dish("kedgeree", "kedgeree breakfast", parts="smoked fish, rice, egg, curry, butter", cuisine="british"),
    dish("welsh rarebit", "welsh rabbit, rarebit, buck rarebit", parts="aged cheese, cheese sauce, bread, ale, "
         "mustard", cuisine="british"),
    dish("cawl", "welsh cawl", parts="lamb, leek, potato, carrot, soup", cuisine="british"),
    dish("pie and mash", "pie mash and liquor, pie and liquor", parts="minced beef, pastry, potato, parsley",
         cuisine="british"),
    dish("jellied eels", "jellied eel", parts="eel, poached, cold, vinegar", cuisine="british"),
    dish("coronation chicken", "poulet couronnement", parts="chicken, mayonnaise, curry, dried fruit, cold",
         cuisine="british"),
    dish("cauliflower cheese", "cauliflower cheese bake", parts="cauliflower, cheese sauce, baked",
         cuisine="british"),
    dish("pigs in blankets", "pigs in a blanket, pigs in blanket", parts="sausage, bacon, roasted", cuisine="british"),
    dish("potted shrimps", "potted shrimp, morecambe bay potted shrimps", parts="prawn, butter, warm spices",
         cuisine="british"),
    dish("devilled kidneys", "deviled kidneys, devilled lamb's kidneys", parts="kidney, seared, mustard, cayenne, "
         "bread", cuisine="british"),
    dish("fishcakes", "fish cakes, fish cake, fishcake, salmon fishcakes", parts="fish, potato, fried, herbs",
         cuisine="british"),
    dish("prawn cocktail", "shrimp cocktail, prawn cocktail starter, marie rose", parts="prawn, cocktail sauce, "
         "salad, cold", cuisine="british"),
    dish("trifle", "sherry trifle, english trifle", parts="custard, cake, berries, cream, sherry", cuisine="british"),
    dish("spotted dick", "spotted dog", parts="cake, dried fruit, custard", cuisine="british"),
    dish("jam roly-poly", "jam roly poly, roly poly, roly-poly", parts="cake, jam, custard", cuisine="british"),
    dish("summer pudding", "summer puddings", parts="berries, bread, sugar", cuisine="british"),
    dish("christmas pudding", "plum pudding, figgy pudding", parts="cake, dried fruit, warm spices, brandy",
         cuisine="british"),
    dish("mince pies", "mince pie, minced pies", parts="pastry, dried fruit, warm spices, sugar", cuisine="british"),
    dish("scones", "scone, cream tea, scones with clotted cream", parts="cake, jam, cream", cuisine="british"),
    dish("victoria sponge", "victoria sandwich, victoria sponge cake", parts="cake, jam, cream", cuisine="british"),
    dish("cranachan", "", parts="dessert, cream, raspberries, honey, whisky", cuisine="british"),
    # Budapest's Gundel pancakes: crêpes rolled round walnuts and raisins, under a dark chocolate and rum sauce.
    dish("gundel palacsinta", "gundel pancakes, gundel crepes, gundel pancake", parts="dessert, crepes, walnuts, "
         "raisins, chocolate sauce, rum", cuisine="central european"),
    # Piedmont's finanziera: cockscombs, sweetbreads, veal and chicken livers with porcini, in a
    # Marsala-and-vinegar sauce (Barbera and Nebbiolo are its wines).
    dish("finanziera", "finanziera piemontese, piedmontese finanziera", parts="sweetbreads, chicken liver, veal, "
         "porcini, vinegar, madeira", cuisine="italian"),
    dish("faggots", "faggots and peas, faggots and mushy peas, faggots in gravy", parts="pork, offal, onion, jus, "
         "braised", cuisine="british"),
    # Australian and British pub plates: beef-and-onion patties in gravy; the potato-and-cheese
    # pie of the Land Army; Glasgow's sweet-sour chicken curry; the Halifax kebab with its sweet
    # garlic sauce.
    dish("rissoles", "rissole, beef rissoles, rissoles and mash", parts="minced beef, onion, fried, jus", cuisine="british"),
    dish("homity pie", "homity", parts="vegetarian, potato, onion, garlic, cream, mature hard cheese, pastry, baked",
         cuisine="british"),
    # Not "chasni" alone: the sugar syrup of jalebi and gulab jamun.
    dish("chicken chasni", "chasni chicken, chicken chasni curry", parts="chicken, grilled, yogurt, curry, cream sauce, sweet and sour, "
         "fruit sauce, mild", cuisine="indian"),
    dish("donair", "halifax donair, donairs, donair wrap", parts="minced beef, warm spices, grilled, bread, tomato, "
         "onion, garlic sauce", cuisine=""),
    dish("arbroath smokie", "arbroath smokies", parts="smoked fish, butter", cuisine="british"),
    dish("banoffee pie", "banoffee, banoffi pie, banoffee tart", parts="tart, tropical fruit, caramel, cream, "
         "biscuit base", cuisine="british"),
    dish("eton mess", "", parts="meringue, berries, cream", cuisine="british"),
    dish("chip butty", "chip buttie, chip sandwich, chip barm", parts="fries, bread, butter", cuisine="british"),
    dish("cornish yarg", "yarg, wild garlic yarg", parts="semi-soft cheese", cuisine="british"),
    dish("bakewell tart", "bakewell pudding, cherry bakewell", parts="tart, jam, nuts, berries", cuisine="british"),
    dish("lamb henry", "lamb henrys", parts="lamb, shank, braised, jus", cuisine="british", weight=1),
    dish("stargazy pie", "starry gazey pie", parts="boquerones, pastry, egg, potato, baked", cuisine="british"),
    dish("pan haggerty", "panhaggerty", parts="potato, onion, aged cheese, fried", cuisine="british"),
    dish("eccles cake", "eccles cakes, chorley cake", parts="sweet pastries, dried fruit", cuisine="british"),
    dish("millionaire's shortbread", "millionaires shortbread, caramel shortbread", parts="biscuits, caramel, "
         "chocolate", cuisine="british"),
    dish("parkin", "yorkshire parkin", parts="cake, ginger, sugar, oats", cuisine="british"),
    dish("barmbrack", "bairín breac, tea brack", parts="bread, dried fruit, warm spices, sugar", cuisine="british"),
    dish("grillades and grits", "grillades, grillades & grits", parts="veal, braised, tomato sauce, sweet pepper, "
         "roux, corn", cuisine="caribbean", weight=1),
    dish("boudin balls", "boudin boulettes, fried boudin", parts="sausage, rice, fried, chilli", cuisine="caribbean"),
    dish("monte cristo", "monte cristo sandwich", parts="ham, turkey, cheese sauce, bread, fried, jam, sugar",
         cuisine="american"),
    # The New York bodega's chopped cheese: minced beef and onions melted with cheese on a hero roll.
    dish("chopped cheese", "chop cheese, chopped cheese sandwich", parts="minced beef, seared, onion, cheese sauce, "
         "bread", cuisine="american"),
    dish("eggs in purgatory", "uova in purgatorio, eggs in hell", parts="egg, poached, tomato sauce, chilli",
         cuisine="italian"),
    dish("shrimp creole", "creole shrimp, shrimp creole sauce", parts="prawn, tomato sauce, sweet pepper, celery, "
         "chilli, rice", cuisine="caribbean"),
    dish("italian sub", "italian hoagie, italian grinder, italian hero", parts="cured sausage, charcuterie, "
         "semi-soft cheese, salad, vinaigrette, bread", cuisine="american"),
    # Jewish deli and Ashkenazi home cooking
    dish("chopped liver", "gehakte leber, chopped chicken liver", parts="chicken liver, egg, onion, cooking fat",
         cuisine=""),
    dish("gefilte fish", "gefilte fisch, gefillte fish", parts="fish, poached, onion, carrot, horseradish",
         cuisine=""),
    dish("cholent", "chulent, tcholent, hamin, dafina", parts="beef, beans, potato, whole grains, braised, egg",
         cuisine="", weight=1),
    dish("knish", "knishes, potato knish", parts="pastry, potato, onion, baked", cuisine=""),
    dish("potato kugel", "kartoffel kugel, kugel", parts="potato, onion, egg, cooking fat, baked", cuisine=""),
    dish("noodle kugel", "lokshen kugel, lokshen pudding", parts="dessert, pasta, fresh cheese, egg, sugar, raisins, "
         "baked", cuisine=""),
    dish("kreplach", "kreplech", parts="filled pasta, minced beef, onion, poached", cuisine=""),
    dish("tzimmes", "tsimmes, tzimmis", parts="carrot, dried fruit, honey, braised", cuisine=""),
    dish("matzo brei", "matzah brei, matzo brie, matzoh brei", parts="egg, crackers, fried, butter", cuisine=""),
    dish("stuffed derma", "kishke, kishka, kishkes", parts="beef, offal, flour, cooking fat, onion, baked",
         cuisine=""),
    dish("kasha varnishkes", "kasha varnishkas, kasha with bow ties", parts="whole grains, pasta, onion, "
         "cooking fat", cuisine=""),
    # German, Austrian and Swiss
    dish("tafelspitz", "", parts="beef, poached, horseradish, apple, potato", cuisine="german"),
    dish("schweinshaxe", "schweinshaxn, eisbein, haxe, pork knuckle, stelze, schweinestelze", parts="pork, roasted, "
         "shank, sauerkraut, jus", cuisine="german", weight=1),
    dish("schweinebraten", "schweinsbraten, krustenbraten", parts="pork, roasted, jus, dark beer, cabbage",
         cuisine="german"),
    dish("rouladen", "rinderrouladen, rinderroulade, beef olives, beef roulade, roulade de boeuf", parts="beef, "
         "stuffed, bacon, pickles, mustard, braised, jus", cuisine="german"),
    dish("konigsberger klopse", "königsberger klopse, klopse", parts="minced beef, cream sauce, capers, potato",
         cuisine="german"),
    dish("currywurst", "curry wurst", parts="sausage, curry ketchup, curry", cuisine="german"),
    dish("leberkase", "leberkäse, leberkäs, leberkas, fleischkase, fleischkäse", parts="pork, baked, mustard, bread",
         cuisine="german"),
    dish("weisswurst", "weißwurst, weisswurst fruhstuck, weißwurstfrühstück", parts="sausage, veal, poached, "
         "mustard, bread", cuisine="german"),
    dish("kartoffelsalat", "german potato salad, schwabischer kartoffelsalat", parts="potato, vinaigrette, onion, "
         "bacon, cold", cuisine="german"),
    dish("maultaschen", "schwabische maultaschen, schwäbische maultaschen", parts="filled pasta, pork, spinach, "
         "onion", cuisine="german"),
    dish("kasespatzle", "käsespätzle, kaesespaetzle, kasespaetzle, kasknopfle, käsknöpfle, cheese spaetzle",
         parts="aged cheese, pasta, onion, fried, butter", cuisine="german", weight=1),
    dish("hasenpfeffer", "hasenpfeffer stew, hasen pfeffer", parts="hare, braised, red wine sauce, pepper sauce",
         cuisine="german"),
    dish("labskaus", "lobscouse, scouse, lapskaus", parts="brisket, cured, potato, beetroot, egg, herring",
         cuisine="german"),
    dish("himmel und erde", "himmel un aad, himmel un ääd", parts="black pudding, potato, apple, onion",
         cuisine="german"),
    dish("zurcher geschnetzeltes", "zürcher geschnetzeltes, geschnetzeltes, zuri gschnatzlets, emince de veau "
         "zurichoise, émincé de veau à la zurichoise", parts="veal, seared, cream sauce, mushroom, "
         "white wine sauce", cuisine="german"),
    dish("alplermagronen", "älplermagronen, alpine macaroni", parts="aged cheese, pasta, potato, cream, onion, apple",
         cuisine="german", weight=1),
    dish("zwiebelkuchen", "onion tart alsacienne, tarte a l'oignon, tarte à l'oignon", parts="onion, bacon, cream, "
         "pastry, baked", cuisine="german"),
    dish("wurstsalat", "wurstsalat schweizer art, salade de cervelas", parts="sausage, vinaigrette, onion, pickles, "
         "aged cheese", cuisine="german"),
    dish("grune sosse", "grüne soße, grüne sosse, frankfurter grune sosse, frankfurter grüne soße, grie soss",
         parts="egg, green sauce, potato, sour cream", cuisine="german"),
    dish("obatzda", "obatzter, obazda", parts="soft cheese, butter, onion, paprika", cuisine="german"),
    dish("linzer torte", "linzertorte, linzer tart", parts="tart, nuts, jam, cinnamon", cuisine="german"),
    dish("salzburger nockerl", "salzburger nockerln", parts="souffle, meringue, berries", cuisine="german"),
    dish("bienenstich", "bee sting cake", parts="cake, custard, almonds, honey", cuisine="german"),
    dish("kasekuchen", "käsekuchen, quarkkuchen, topfentorte", parts="cheesecake, vanilla", cuisine="german"),
    dish("rote grutze", "rote grütze, rodgrod med flode, rødgrød med fløde", parts="berries, custard, sugar",
         cuisine="german"),
    dish("dobos torte", "dobostorta, dobos torta, dobosh torte", parts="cake, chocolate, caramel", cuisine=""),
    dish("kassler", "kasseler, kassler rippchen, kasseler rippchen", parts="pork, loin, smoked, cured, sauerkraut",
         cuisine="german", weight=2),
    dish("zwiebelrostbraten", "rostbraten, wiener zwiebelrostbraten", parts="beef, seared, onion, fried, jus",
         cuisine="german"),
    dish("backhendl", "wiener backhendl, backhuhn, steirisches backhendl", parts="chicken, fried, breadcrumbs",
         cuisine="german"),
    dish("germknodel", "germknödel", parts="sweet pastries, jam, custard, butter", cuisine="german"),
    dish("saumagen", "pfälzer saumagen, pfalzer saumagen", parts="pork, sausage, potato, stuffed, roasted",
         cuisine="german"),
    dish("bratkartoffeln", "bratkartoffel, german fried potatoes", parts="potato, fried, bacon, onion",
         cuisine="german"),
    dish("grunkohl mit pinkel", "grünkohl mit pinkel, grünkohl, grunkohl, gruenkohl", parts="smoked sausage, kale, "
         "pork, potato, braised", cuisine="german", weight=1),
    dish("black forest gateau", "black forest gâteau, schwarzwälder kirschtorte, schwarzwalder kirschtorte, "
         "black forest torte", parts="chocolate, cake, cherry, cream, kirsch", cuisine="german"),
    dish("hirschgulasch", "hirschragout, rehragout, wildgulasch, rehgulasch", parts="venison, braised, "
         "red wine sauce, warm spices", cuisine="german", weight=1),
    dish("rindergulasch", "rindsgulasch, saftgulasch, fiakergulasch, wiener saftgulasch", parts="beef, braised, "
         "onion, warm spices", cuisine="german", weight=1),
    dish("kalbsgulasch", "kalbsrahmgulasch, kalbsragout", parts="veal, braised, onion, warm spices, cream sauce",
         cuisine="german"),
    dish("wildschweinbraten", "wildschweinkeule, wildschweinrücken", parts="wild boar, roasted, red wine sauce, "
         "jus", cuisine="german", weight=1),
    dish("forelle mullerin", "forelle müllerin, forelle müllerin art, forelle nach müllerin art, forelle mullerin "
         "art", parts="trout, floured and fried, butter sauce, citrus", cuisine="german"),
    dish("kalbsschnitzel", "wiener kalbsschnitzel, schnitzel wiener art", parts="veal, floured and fried, citrus",
         cuisine="german"),
    dish("schweinefilet im speckmantel", "filet im speckmantel, im speckmantel, speckmantel", parts="pork, bacon, "
         "wrapped, roasted", cuisine="german"),
    dish("marillenknodel", "marillenknödel, zwetschgenknödel, zwetschgenknodel, topfenknödel, topfenknodel",
         parts="stone fruit, knödel, breadcrumbs, butter, sugar", cuisine="german"),
    dish("stollen", "christstollen, dresdner stollen, weihnachtsstollen", parts="bread, dried fruit, nuts, butter, "
         "icing sugar", cuisine="german"),
    dish("vacherin fribourgeois", "vacherin fribourgeois aop", parts="semi-soft cheese", cuisine="german"),
    dish("zwiebelsuppe", "zwiebelrahmsuppe", parts="onion, jus, bread, soup, aged cheese", cuisine="german"),
    dish("leberknodelsuppe", "leberknödelsuppe, leberknödel, leberknodel", parts="calf's liver, knödel, soup",
         cuisine="german"),
    dish("frittatensuppe", "flädlesuppe, fladlesuppe", parts="beef, soup, crepes", cuisine="german"),
    dish("rindsuppe", "rinderbrühe, rinderbruhe, rindssuppe", parts="beef, poached, soup", cuisine="german"),
    dish("ochsenschwanzsuppe", "", parts="oxtail, soup, spirits", cuisine="german"),
    dish("sauerkrautsuppe", "", parts="sauerkraut, sausage, cream, soup", cuisine="german"),
    dish("kaspressknodel", "kaspressknödel, kasknödel, kasnocken", parts="aged cheese, knödel, fried, soup",
         cuisine="german"),
    dish("tiroler grostl", "tiroler gröstl, gröstl, grostl", parts="potato, beef, onion, fried, egg",
         cuisine="german"),
    dish("schlutzkrapfen", "schlutzkrapfn, schlutzer", parts="filled pasta, spinach, fresh cheese, butter",
         cuisine="german"),
    dish("krautfleckerl", "", parts="pasta, cabbage, onion", cuisine="german"),
    dish("wurzelfleisch", "steirisches wurzelfleisch", parts="pork, poached, carrot, horseradish",
         cuisine="german"),
    dish("beuschel", "salonbeuschel, kalbsbeuschel, saure lunge", parts="veal, offal, cream sauce, braised",
         cuisine="german"),
    dish("kalbsrahmbraten", "kalbsbraten", parts="veal, roasted, cream sauce", cuisine="german"),
    dish("schweinskopfsulze", "schweinskopfsülze, sülze, sulze", parts="pig's head, aspic, vinaigrette",
         cuisine="german"),
    dish("matjes hausfrauenart", "matjes nach hausfrauenart, matjesfilet hausfrauenart", parts="mackerel, pickles, cream, "
         "apple, onion", cuisine="german"),
    dish("bismarckhering", "bismarck herring, bismarck hering", parts="mackerel, pickles, onion", cuisine="german"),
    dish("scholle finkenwerder art", "finkenwerder scholle", parts="plaice, bacon, fried, potato",
         cuisine="german"),
    dish("dampfnudeln", "dampfnudel, buchteln", parts="cake, custard, butter", cuisine="german"),
    dish("zwetschgenkuchen", "zwetschgendatschi, pflaumenkuchen", parts="cake, stone fruit", cuisine="german"),
    dish("topfenstrudel", "", parts="sweet pastries, fresh cheese, sugar, dried fruit", cuisine="german"),
    dish("esterhazy torte", "esterházy torte, esterhazy schnitten", parts="cake, nuts, custard", cuisine="german"),
    dish("gamalost", "gammelost", parts="blue-veined cheese", cuisine="scandinavian"),
    dish("brunost", "gjetost, geitost, mysost, brown cheese", parts="semi-soft cheese, caramel", cuisine="scandinavian"),
    # Scandinavian and Finnish
    dish("janssons frestelse", "jansson's temptation, janssons temptation, jansson's frestelse", parts="potato, "
         "anchovy, cream, onion, baked", cuisine="scandinavian"),
    dish("pickled herring", "rollmops, rollmop, sill på tre sätt, sill pa tre satt, sild på tre måder, sill, inlagd sill, matjes, matjessill, sursild, sild, marinated herring, hareng marine",
         parts="herring, pickles, onion", cuisine="scandinavian"),
    dish("farikal", "fårikål, får i kål", parts="lamb, cabbage, simmered, pepper sauce", cuisine="scandinavian"),
    dish("kalops", "kalopsgryta", parts="beef, braised, allspice, onion, bay", cuisine="scandinavian", weight=1),
    dish("lutefisk", "lutfisk, lipeäkala", parts="salt cod, poached, butter, bacon, peas", cuisine="scandinavian"),
    dish("pytt i panna", "pyttipanna, pyttipannu, biksemad", parts="potato, fried, beef, onion, egg",
         cuisine="scandinavian"),
    dish("smorgastarta", "smörgåstårta, sandwich cake, voileipakakku", parts="prawn, smoked salmon, mayonnaise, "
         "bread, egg", cuisine="scandinavian"),
    dish("frikadeller", "frikadellen, frikadelle, danish meatballs", parts="minced beef, pork, fried, potato, jus",
         cuisine="scandinavian"),
    dish("stegt flaesk", "stegt flæsk, stegt flaesk med persillesovs, stegt flæsk med persillesovs",
         parts="pork belly, fried, potato, cream sauce, parsley", cuisine="scandinavian"),
    dish("flaeskesteg", "flæskesteg, danish roast pork", parts="pork, roasted, jus, red cabbage",
         cuisine="scandinavian"),
    dish("lohikeitto", "finnish salmon soup, laxsoppa", parts="salmon, potato, cream, soup, dill",
         cuisine="scandinavian"),
    dish("poronkaristys", "poronkäristys, sauteed reindeer, sautéed reindeer", parts="venison, seared, potato, "
         "berries", cuisine="scandinavian"),
    dish("karjalanpiirakka", "karjalanpiirakat, karelian pasty, karelian pasties, karelian pies", parts="pastry, "
         "rice, butter, egg", cuisine="scandinavian"),
    dish("kanelbullar", "kanelbulle, cinnamon buns, cinnamon bun, cinnamon rolls, cinnamon roll, korvapuusti, "
         "kardemummabullar, kardemummabulle, cardamom bun, cardamom buns, morning bun, morning buns, cardamom knot, "
         "cardamom knots, cinnamon knot, cinnamon knots",
         parts="cake, cinnamon, sugar, butter", cuisine="scandinavian"),
    dish("prinsesstarta", "prinsesstårta, princess cake", parts="cake, custard, cream, berries",
         cuisine="scandinavian"),
    dish("semla", "semlor, fastlagsbulle, laskiaispulla", parts="sweet pastries, almonds, cream",
         cuisine="scandinavian"),
    dish("risalamande", "ris a l'amande, riz a l'amande, ris à l'amande", parts="rice pudding, almonds, cherry, "
         "cream", cuisine="scandinavian"),
    dish("fiskesuppe", "norwegian fish soup, bergen fish soup, fisksoppa", parts="fish, prawn, cream, carrot, soup",
         cuisine="scandinavian", weight=1),
    dish("fiskeboller", "fiskebollar, fiskbullar, norwegian fish balls", parts="fish, poached, cream sauce",
         cuisine="scandinavian"),
    dish("pinnekjott", "pinnekjøtt, pinnekjot", parts="lamb, cured, dried, poached, swede",
         cuisine="scandinavian", weight=1),
    dish("rakfisk", "rakefisk", parts="trout, fermented, potato, onion, cream", cuisine="scandinavian"),
    dish("surstromming", "surströmming", parts="herring, fermented, bread, potato, onion", cuisine="scandinavian"),
    dish("raggmunk", "raggmunk med flask, raggmunk med fläsk", parts="potato, fried, pork belly, berries",
         cuisine="scandinavian"),
    dish("kalakukko", "", parts="fish, pork, bread, baked", cuisine="scandinavian"),
    dish("plokkfiskur", "plokkfisk, icelandic fish stew", parts="cod, potato, onion, butter, cream sauce",
         cuisine="scandinavian"),
    dish("hakarl", "hákarl, fermented shark", parts="fish, fermented", cuisine="scandinavian"),
    dish("smorrebrod", "smørrebrød, smorrebrød, open sandwich, open-faced sandwich", parts="bread, butter, "
         "mackerel, pickles, egg", cuisine="scandinavian"),
    dish("vasterbotten", "västerbotten, västerbottensost, vasterbottensost", parts="hard cheese",
         cuisine="scandinavian"),
    dish("kaldolmar", "kåldolmar, kåldolmer", parts="minced beef, cabbage, stuffed, jam", cuisine="scandinavian"),
    dish("wallenbergare", "wallenberg", parts="veal, minced beef, cream, fried, potato, peas", cuisine="scandinavian"),
    dish("lax med dillsas", "lax med dillsås, laks med dillsaus", parts="salmon, poached, herbs, cream sauce, potato",
         cuisine="scandinavian"),
    dish("smalahove", "", parts="lamb, offal, smoked, poached", cuisine="scandinavian"),
    dish("tarteletter", "tarteletter med høns i asparges", parts="chicken, asparagus, cream sauce, pastry",
         cuisine="scandinavian"),
    dish("kladdkaka", "", parts="chocolate, cake, cream", cuisine="scandinavian"),
    dish("pierogi ruskie", "ruskie, pierogi ruskie z cebulką", parts="filled pasta, potato, fresh cheese, onion, "
         "butter", cuisine=""),
    dish("pierogi z miesem", "pierogi z mięsem, meat pierogi", parts="filled pasta, minced beef, onion, butter",
         cuisine=""),
    dish("barszcz z uszkami", "uszka, uszkami", parts="beetroot, soup, filled pasta, mushroom", cuisine=""),
    dish("flaki", "flaczki, flaki wołowe", parts="tripe, soup, warm spices", cuisine="", weight=1),
    dish("zrazy", "zrazy zawijane", parts="beef, stuffed, bacon, pickles, braised", cuisine="", weight=1),
    dish("toltott paprika", "töltött paprika, punjene paprike, ardei umpluti", parts="sweet pepper, stuffed, "
         "minced beef, rice, tomato sauce", cuisine=""),
    dish("porkolt", "pörkölt, marhapörkölt, marhaporkolt", parts="beef, braised, onion, warm spices", cuisine="",
         weight=1),
    dish("smazeny syr", "smažený sýr, vyprážaný syr", parts="semi-soft cheese, floured and fried, "
         "mayonnaise", cuisine=""),
    dish("trdelnik", "trdelník, kurtoskalacs, kürtőskalács, chimney cake", parts="sweet pastries, sugar, warm spices",
         cuisine=""),
    dish("mamaliga", "mămăligă, mamaliguta, mămăliguță", parts="corn, butter, fresh cheese", cuisine=""),
    dish("ciorba de burta", "ciorbă de burtă, ciorba", parts="beef, offal, soup, cream, garlic", cuisine=""),
    dish("papanasi", "papanași, papanaşi", parts="fried dough, fresh cheese, jam, cream", cuisine=""),
    # The Adriatic, Slovenia, the Balkans and Hungary (Croatian, Slovene, Serbian and Hungarian
    # menus in their own words).
    dish("pasticada", "pašticada, dalmatinska pašticada", parts="beef, braised, red wine sauce", cuisine=""),
    dish("brodet", "brudet, brodet s palentom", parts="fish, braised, tomato", cuisine=""),
    dish("crni rizot", "crni rižot, crni rižoto, rižot od sipe", parts="squid ink, squid, risotto", cuisine=""),
    dish("raznjici", "ražnjići", parts="pork, grilled, onion", cuisine=""),
    dish("zeljanica", "", parts="spinach, fresh cheese, pastry", cuisine=""),
    dish("soparnik", "", parts="spinach, onion, garlic, pastry", cuisine=""),
    dish("struklji", "štruklji, štrukli, zagorski štrukli, štrukle", parts="filled pasta, fresh cheese, cream, baked",
         cuisine=""),
    dish("jota", "jota triestina, jota carsolina", parts="pork, beans, sauerkraut, soup", cuisine=""),
    dish("ricet", "ričet", parts="whole grains, beans, ham, soup", cuisine=""),
    dish("manestra", "maneštra, istarska maneštra, bobići", parts="beans, sweetcorn, cured ham, soup", cuisine=""),
    dish("bograc", "bograč", parts="beef, pork, braised, warm spices, sweet pepper", cuisine=""),
    dish("cobanac", "čobanac", parts="beef, pork, braised, warm spices, chilli", cuisine=""),
    dish("fis paprikas", "fiš paprikaš, riblji paprikaš", parts="catfish, soup, warm spices, chilli", cuisine=""),
    dish("mlinci", "mlincima, purica s mlincima", parts="turkey, roasted, pasta", cuisine=""),
    dish("turos csusza", "túrós csusza", parts="pasta, fresh cheese, bacon, cream", cuisine=""),
    dish("rakott krumpli", "rakott burgonya", parts="potato, sausage, cream, baked", cuisine=""),
    dish("gibanica", "", parts="pastry, fresh cheese, egg, baked", cuisine=""),
    # Sweet: doughnuts, fritters, strudels, nut rolls and cream slices.
    dish("prekmurska gibanica", "", parts="pastry, fresh cheese, nuts, apple, dried fruit, sugar", cuisine=""),
    dish("fritule", "fritole, frittelle veneziane", parts="fried dough, dried fruit, citrus, spirits, icing sugar",
         cuisine=""),
    dish("krafne", "krofne, krafna, krofna, fánk, pokladnice", parts="fried dough, jam, sugar", cuisine=""),
    dish("krostule", "kroštule, hrostule, hroštule", parts="fried dough, icing sugar", cuisine=""),
    dish("palacinke", "palačinke, palačinka, palacsinta", parts="crepes, jam, sugar", cuisine=""),
    dish("strudla", "štrudla, štrudl, savijača, rétes", parts="apple, pastry, warm spices, sugar", cuisine=""),
    dish("rozata", "rožata", parts="custard, caramel", cuisine=""),
    dish("kremsnita", "kremšnita, kremna rezina, blejska kremna rezina, krémes", parts="custard, pastry, cream, "
         "icing sugar", cuisine=""),
    dish("potica", "orehnjača, makovnjača, orahnjača, povitica, bejgli", parts="cake, nuts, honey, sugar",
         cuisine=""),
    dish("smokvenjak", "", parts="dried fruit, nuts, warm spices, sugar", cuisine=""),
    dish("paprenjaci", "paprenjak", parts="sweet pastries, honey, warm spices, nuts", cuisine=""),
    dish("kiflice", "vanilin kiflice, vanilice", parts="sweet pastries, nuts, vanilla, icing sugar", cuisine=""),
    dish("rigo jancsi", "rigó jancsi", parts="chocolate, cake, cream", cuisine=""),
    dish("zserbo", "zserbó, gerbeaud, gerbeaud szelet", parts="cake, nuts, jam, chocolate", cuisine=""),
    dish("somloi galuska", "somlói galuska, somlói", parts="cake, chocolate, custard, cream, nuts, spirits",
         cuisine=""),
    dish("tufahija", "", parts="apple, nuts, sugar, cream", cuisine=""),
    dish("churchkhela", "", parts="nuts, dried fruit, sugar", cuisine=""),
    dish("beshbarmak", "besbarmak, naryn", parts="lamb, pasta, onion, stock", cuisine=""),
    dish("chebureki", "cheburek, chiburekki", parts="minced beef, lamb, pastry, fried", cuisine=""),
    dish("papet vaudois", "papet, papet vaudois aux poireaux", parts="smoked sausage, onion, potato, cream, braised",
         cuisine="german"),
    # Swiss cheese fritters from the Vaud: Gruyère on bread, fried.
    dish("malakoff", "malakoffs, malakoff vinzel", parts="aged cheese, bread, fried", cuisine="german"),
    dish("berner platte", "bernerplatte", parts="smoked sausage, ham, pork belly, beef, sauerkraut, beans, potato, "
         "poached", cuisine="german", weight=1),
    dish("engadiner nusstorte", "bündner nusstorte, nusstorte, engadine nut tart", parts="tart, nuts, caramel, "
         "honey", cuisine="german"),
    dish("zuger kirschtorte", "zuger kirsch torte", parts="cake, liqueur, meringue, nuts", cuisine="german"),
    dish("basler mehlsuppe", "mehlsuppe", parts="flour, onion, stock, aged cheese, soup", cuisine="german"),
    dish("bundner gerstensuppe", "bündner gerstensuppe, gerstensuppe", parts="whole grains, cured beef, smoked sausage, "
         "vegetables, cream, soup", cuisine="german"),
    # Eastern European, Russian, Caucasus and Balkan
    dish("borscht", "borsch, borshch, barszcz, bortsch, borsht", parts="beetroot, soup, cabbage, sour cream",
         cuisine="", weight=1),
    dish("pelmeni", "pelmen, siberian dumplings", parts="filled pasta, minced beef, pork, butter, sour cream",
         cuisine=""),
    dish("varenyky", "vareniki, varenyki", parts="filled pasta, potato, onion, sour cream", cuisine=""),
    dish("beef stroganoff", "stroganoff, boeuf stroganoff, bœuf stroganoff, beef stroganov, befstroganov",
         parts="beef, seared, cream sauce, mushroom, mustard", cuisine=""),
    dish("chicken kiev", "chicken kyiv, poulet kiev, kotlety po-kievski", parts="chicken, fried, butter, garlic, "
         "herbs", cuisine=""),
    dish("blini", "blinis, bliny, blini with caviar", parts="caviar, crepes, sour cream", cuisine=""),
    dish("shashlik", "shashlyk, szaszlyk, shashlik kebab", parts="lamb, grilled, marinated, onion", cuisine=""),
    dish("solyanka", "solianka, selyanka", parts="charcuterie, pickles, olives, tomato, soup", cuisine="",
         weight=1),
    dish("shchi", "shchi soup, russian cabbage soup", parts="cabbage, soup, beef, sour cream", cuisine="", weight=1),
    dish("pirozhki", "piroshki, pirojki, pirozhok", parts="bread, minced beef, fried, onion", cuisine=""),
    dish("bigos", "hunter's stew, hunters stew", parts="sauerkraut, sausage, pork, braised, mushroom", cuisine="",
         weight=1),
    dish("zurek", "żurek, sour rye soup", parts="sausage, egg, soup, tangy", cuisine=""),
    dish("kotlet schabowy", "schabowy, polish pork cutlet", parts="pork, fried", cuisine=""),
    dish("latkes", "latke, potato pancakes, potato pancake, placki ziemniaczane, draniki, kartoffelpuffer, "
         "reibekuchen, bramboraky", parts="potato, onion, egg, fried, sour cream", cuisine=""),
    dish("svickova", "svíčková, svickova na smetane, svíčková na smetaně", parts="beef, braised, cream sauce, "
         "carrot, cranberries", cuisine=""),
    dish("goulash", "gulyas, gulyás, gulasch, gulaschsuppe, goulash soup, gulyásleves, gulyasleves",
         parts="beef, braised, paprika, onion, sweet pepper", cuisine="", weight=1),
    dish("chicken paprikash", "paprikash, paprikas csirke, paprikás csirke, csirkepaprikas, csirkepaprikás",
         parts="chicken, braised, paprika, sour cream, onion", cuisine=""),
    dish("hortobagyi palacsinta", "hortobágyi palacsinta, hortobagy pancakes, hortobágyi pancakes",
         parts="veal, braised, paprika, sour cream, crepes", cuisine="central european"),
    dish("langos", "lángos", parts="bread, fried, garlic, sour cream, aged cheese", cuisine=""),
    dish("halaszle", "halászlé, hungarian fish soup", parts="carp, paprika, chilli, soup, "
         "sweet pepper", cuisine="", weight=1),
    dish("lecso", "lecsó, letscho", parts="sweet pepper, tomato, onion, paprika", cuisine=""),
    dish("sarma", "sarmale, golabki, gołąbki, holubtsi, golubtsy, kohlrouladen, krautwickel, toltott kaposzta, "
         "töltött káposzta, holishkes, holishkas, stuffed cabbage rolls, cabbage rolls, stuffed cabbage, stuffed cabbage leaves", parts="minced beef, cabbage, stuffed, rice, "
         "tomato sauce", cuisine=""),
    dish("khachapuri", "khachapuri adjaruli, adjarian khachapuri, adjaruli khachapuri, imeruli khachapuri", parts="fresh cheese, bread, "
         "egg, butter, baked", cuisine="", weight=1),
    dish("khinkali", "", parts="filled pasta, minced beef, pork, pepper sauce, herbs", cuisine=""),
    dish("satsivi", "chicken satsivi", parts="chicken, walnut sauce, warm spices, cold", cuisine=""),
    dish("chkmeruli", "shkmeruli, chicken shkmeruli", parts="chicken, fried, garlic, cream", cuisine=""),
    dish("syrniki", "sirniki, tvorog pancakes", parts="crepes, fresh cheese, sour cream, jam", cuisine=""),
    dish("medovik", "honey cake, russian honey cake", parts="cake, honey, cream", cuisine=""),
    dish("herring under a fur coat", "shuba, dressed herring, selyodka pod shuboy", parts="herring, beetroot, "
         "potato, mayonnaise, egg", cuisine=""),
    dish("chakapuli", "chakhapuli", parts="lamb, braised, tarragon, white wine sauce, plum", cuisine=""),
    dish("chicken tabaka", "tabaka, tsitsila tabaka, chicken tapaka, tapaka", parts="chicken, fried, garlic",
         cuisine=""),
    dish("lobio", "lobio tkemali, georgian bean stew", parts="beans, walnuts, herbs, warm spices", cuisine=""),
    dish("kotlety", "kotleta, kotlet mielony, russian cutlets, kotleti", parts="minced beef, pork, fried, breadcrumbs",
         cuisine=""),
    dish("ukha", "ukha soup, russian fish soup", parts="fish, soup, potato, onion, dill", cuisine=""),
    dish("kholodets", "holodets, studen, galareta, zimne nozki", parts="pork, offal, aspic, cold, garlic", cuisine=""),
    dish("vepro knedlo zelo", "vepřo knedlo zelo, veprova pecene", parts="pork, roasted, knödel, sauerkraut",
         cuisine="central european"),
    dish("banitsa", "banica, banitza", parts="pastry, fresh cheese, egg, baked", cuisine=""),
    dish("kavarma", "bulgarian kavarma", parts="pork, braised, onion, mushroom, sweet pepper, clay pot", cuisine=""),
    dish("shopska salad", "shopska salata, shopska", parts="salad, tomato, cucumber, sweet pepper, onion, fresh cheese",
         cuisine=""),
    dish("chakhokhbili", "chakhokbili, chakhokhbili chicken", parts="chicken, braised, tomato, onion, herbs",
         cuisine="georgian"),
    dish("mtsvadi", "mtsvadi shashlik", parts="pork, grilled, onion, pomegranate",
         cuisine="georgian"),
    dish("pkhali", "phkali, mkhali", parts="spinach, beetroot, nuts, garlic, herbs", cuisine="georgian"),
    dish("badrijani nigvzit", "badrijani, nigvziani badrijani, georgian eggplant rolls", parts="eggplant, fried, "
         "nuts, garlic, herbs", cuisine="georgian"),
    dish("ojakhuri", "odjakhuri", parts="pork, potato, fried, onion, herbs", cuisine="georgian"),
    # West and East Africa
    dish("jollof rice", "jollof, party jollof, benachin", parts="rice, tomato sauce, sweet pepper, chilli, "
         "warm spices", cuisine=""),
    dish("thieboudienne", "thiéboudienne, ceebu jen, thieboudiene, thiebou dieune", parts="fish, rice, "
         "tomato sauce, vegetables", cuisine=""),
    dish("chicken yassa", "yassa, poulet yassa, yassa poulet", parts="chicken, onion, citrus, mustard, braised",
         cuisine=""),
    dish("mafe", "maafe, mafé, domoda, groundnut stew, peanut stew", parts="beef, nut sauce, tomato, braised, chilli",
         cuisine=""),
    # Ghana's light soup of chicken or goat in ground peanut and tomato, with chilli.
    dish("groundnut soup", "nkatenkwan, peanut soup, groundnut soup, nkate nkwan", parts="chicken, nut sauce, tomato, "
         "chilli, soup", cuisine=""),
    dish("egusi soup", "egusi", parts="beef, nuts, spinach, chilli, braised", cuisine=""),
    dish("suya", "beef suya, suya skewers", parts="beef, grilled, nuts, chilli, warm spices", cuisine=""),
    dish("nyama choma", "", parts="goat meat, grilled, smoked", cuisine=""),
    dish("chakalaka", "", parts="vegetables, beans, tomato, chilli, warm spices", cuisine=""),
    dish("bunny chow", "mutton bunny, mutton bunny chow", parts="lamb, bread, curry, chilli", cuisine=""),
    dish("molokhia", "mloukhieh, mulukhiyah, molokheya, mloukhia", parts="chicken, soup, garlic, herbs", cuisine=""),
    dish("kedjenou", "poulet kedjenou, chicken kedjenou", parts="chicken, braised, tomato, onion, chilli, clay pot",
         cuisine=""),
    dish("kelewele", "spicy fried plantain", parts="plantain, fried, ginger, chilli, warm spices", cuisine=""),
    dish("sukuma wiki", "", parts="kale, onion, tomato, seared", cuisine=""),
    dish("attieke poisson", "attiéké poisson, attieke with grilled fish, attieke and fish", parts="fish, grilled, "
         "cassava, onion, tomato, chilli", cuisine=""),
    dish("potjiekos", "potjiekos lamb", parts="lamb, braised, vegetables, potato, clay pot", cuisine="", weight=1),
    dish("sosaties", "sosatie", parts="lamb, marinated, grilled, curry, dried fruit, onion", cuisine=""),
    # Central Asia and Afghanistan
    dish("plov", "palov, osh, uzbek plov", parts="rice, lamb, carrot, warm spices", cuisine=""),
    dish("lagman", "laghman, lagmann", parts="pasta, lamb, sweet pepper, tomato, chilli", cuisine=""),
    dish("bolani", "", parts="bread, fried, potato, herbs", cuisine=""),
    dish("kashk-e bademjan", "kashke bademjan, kashk bademjan", parts="eggplant, yogurt, onion, nuts",
         cuisine=""),
    # The Balkans, the Low Countries and Sweden
    dish("ajvar", "", parts="sweet pepper, eggplant, garlic, roasted", cuisine=""),
    dish("stoemp", "", parts="potato, vegetables, butter", cuisine=""),
    dish("kroppkakor", "kroppkaka, palt, pitepalt", parts="potato, pork, bacon, butter", cuisine=""),
    # Andalusia, Portugal and Latin America
    dish("ajoblanco", "ajo blanco", parts="soup, nuts, garlic, cold", cuisine=""),
    dish("porra antequerana", "porra", parts="soup, tomato, bread, cold", cuisine=""),
    dish("pringa", "pringá", parts="pork, beef, sausage, bread, braised", cuisine=""),
    dish("alheira", "alheira de mirandela", parts="chicken, sausage, bread, garlic, smoked", cuisine=""),
    dish("cachapa", "cachapas", parts="corn, fresh cheese, butter", cuisine=""),
    dish("pabellon criollo", "pabellón criollo, pabellon", parts="beef, braised, beans, rice", cuisine=""),
    dish("pupusa", "pupusas, pupusa revuelta, pupusas revueltas", parts="corn, fresh cheese, beans, pork", cuisine=""),
    dish("mohinga", "mohinga fish noodle soup", parts="fish, noodle soup, onion, thai herbs", cuisine=""),
    dish("tea leaf salad", "laphet thoke, lahpet thoke", parts="salad, nuts, bean sprouts, citrus, chilli", cuisine=""),
    dish("shan noodles", "shan khauk swe", parts="pasta, chicken, tomato, nuts", cuisine=""),
    dish("fish amok", "amok trey, amok", parts="fish, curry, coconut, banana leaf, poached", cuisine=""),
    dish("lok lak", "beef lok lak, loc lac", parts="beef, seared, pepper sauce, citrus, salad", cuisine=""),
    dish("nom banh chok", "num banh chok", parts="rice noodles, fish, curry, herbs", cuisine=""),
    dish("khao piak sen", "", parts="chicken, noodle soup, ginger, crispy shallots", cuisine=""),
    dish("or lam", "", parts="beef, braised, vegetables, herbs, chilli", cuisine=""),
    dish("thukpa", "", parts="noodle soup, chicken, vegetables, chilli", cuisine=""),
    dish("dal bhat", "dal bhat tarkari", parts="lentils, rice, curry, vegetables", cuisine="indian"),
    dish("sel roti", "", parts="fried dough, rice, sugar", cuisine="indian"),
    dish("hoppers", "appa, egg hoppers, egg hopper", parts="savoury pancake, coconut, egg", cuisine="indian"),
    dish("string hoppers", "idiyappam, indiappa", parts="rice noodles, coconut, curry", cuisine="indian"),
    dish("lamprais", "lamprai", parts="rice, chicken, minced beef, egg, curry, banana leaf", cuisine="indian"),
    dish("pol sambol", "pol sambola, coconut sambol", parts="toasted coconut, chilli, onion, citrus", cuisine="indian"),
    dish("fish ambul thiyal", "ambul thiyal", parts="tuna, curry, kokum, pepper sauce", cuisine="indian"),
    dish("chai tow kway", "chye tow kway, fried carrot cake, carrot cake singapore, chai tow kueh", parts="rice cakes, "
         "radish, egg, fried, soy", cuisine="indonesian"),
    dish("popiah", "", parts="vegetables, savoury pancake, egg, prawn, sweet and sour", cuisine="indonesian"),
    dish("ngoh hiang", "lor bak, loh bak", parts="pork, prawn, warm spices, fried", cuisine="indonesian"),
    dish("guo bao rou", "guobaorou", parts="pork, fried, sweet and sour", cuisine="chinese"),
    dish("di san xian", "", parts="eggplant, potato, sweet pepper, fried, soy", cuisine="chinese"),
    dish("crossing the bridge noodles", "guoqiao mixian, yunnan rice noodles, mixian", parts="rice noodles, "
         "chicken, noodle soup", cuisine="chinese"),
    dish("dapanji", "da pan ji, big plate chicken", parts="chicken, potato, braised, chilli, pasta", cuisine="chinese"),
    dish("yong tau foo", "yong tau fu, yong tofu", parts="tofu, stuffed, fish, soup", cuisine="chinese"),
    dish("hakka salt baked chicken", "salt baked chicken, yim guk gai", parts="chicken, salt, baked, ginger",
         cuisine="chinese"),
    # East and Southeast Asia
    dish("hokkien mee", "hokkien noodles, hokkien prawn mee", parts="pasta, prawn, pork, soy, fried", cuisine=""),
    dish("cao lau", "cao lầu", parts="pasta, pork, herbs, soy", cuisine=""),
    dish("mi quang", "mì quảng", parts="pasta, prawn, pork, herbs, nuts", cuisine=""),
    dish("jjajangmyeon", "jajangmyeon, jajangmyun, zhajiangmian, zha jiang mian", parts="pasta, pork, soy, onion",
         cuisine=""),
    dish("jianbing", "jian bing", parts="bread, egg, soy, herbs", cuisine=""),
    dish("uttapam", "uthappam, oothappam, uttappam", parts="bread, onion, tomato, chilli", cuisine=""),
    dish("laal maas", "lal maas, rajasthani laal maas", parts="lamb, curry, red chillies, yogurt", cuisine=""),
    # Dutch and Flemish
    dish("stamppot", "boerenkool stamppot, stamppot boerenkool, stamppot met rookworst, zuurkool stamppot, "
         "andijviestamppot", parts="potato, spinach, smoked sausage, butter", cuisine="", weight=1),
    # The Amsterdam snack bar's kapsalon: döner meat on fries under melted cheese and salad.
    dish("kapsalon", "", parts="lamb, fries, fried, cheese sauce, salad, garlic sauce", cuisine=""),
    dish("patatje oorlog", "patat oorlog, friet oorlog", parts="fries, mayonnaise, nut sauce, onion", cuisine=""),
    dish("hutspot", "", parts="carrot, potato, onion, butter", cuisine=""),
    dish("bitterballen", "bitterbal, kroket, kroketten, rundvleeskroket", parts="beef, cream sauce, floured and fried, "
         "mustard", cuisine=""),
    dish("garnalenkroketten", "croquettes aux crevettes, croquettes de crevettes grises, garnaalkroketten",
         parts="tiger prawns, cream sauce, floured and fried, citrus", cuisine="french"),
    dish("tomate crevette", "tomates crevettes, tomaat garnaal", parts="tomato, tiger prawns, mayonnaise, stuffed",
         cuisine="french"),
    dish("paling in 't groen", "paling in het groen, anguilles au vert, anguille au vert", parts="eel, herbs, "
         "sorrel, white wine sauce, braised", cuisine="french"),
    dish("kibbeling", "lekkerbekje", parts="cod, floured and fried, mayonnaise", cuisine=""),
    dish("oliebollen", "oliebol, smoutebollen, beignets de carnaval", parts="fried dough, raisins, icing sugar",
         cuisine=""),
    dish("frikandel", "frikandellen, frikandel speciaal", parts="sausage, minced beef, fried, mayonnaise",
         cuisine=""),
    dish("uitsmijter", "uitsmijter ham kaas", parts="egg, fried, ham, aged cheese, bread", cuisine=""),
    dish("chicons au gratin", "chicons au jambon, witloof met ham en kaas, endives au jambon", parts="salad leaves, "
         "ham, cheese sauce, baked", cuisine="french"),
    # Elsewhere: South Africa, the Low Countries
    dish("biltong", "droewors, droëwors", parts="beef, dried, warm spices", cuisine=""),
    dish("bobotie", "", parts="minced beef, curry, dried fruit, egg, baked", cuisine=""),
    dish("malva pudding", "", parts="cake, caramel, cream, jam", cuisine=""),
    dish("split pea soup", "ärtsoppa, artsoppa, pea and ham soup", parts="ham, peas, simmered, soup", cuisine="",
         weight=1),
    # The Dutch pea soup is thick with pork and smoked sausage, and served with rye bread and bacon.
    dish("erwtensoep", "snert, erwtensoep met rookworst", parts="pork, peas, smoked sausage, simmered, soup",
         cuisine="", weight=1),
    # Dutch hachee is beef stewed with onions, vinegar, bay and cloves (the French haché is minced).
    dish("hachee", "hollandse hachee, dutch hachee, runderhachee, draadjesvlees", parts="beef, braised, onion, "
         "vinegar, warm spices", cuisine="", weight=1),
    # Sichuan, Hunan, Shanghai, Dongbei and Uyghur
    dish("shui zhu niu rou", "shuizhu niurou, water-boiled beef, boiled beef in chilli oil, sichuan boiled beef",
         parts="beef, poached, chilli, pepper sauce, cabbage", cuisine="sichuan"),
    dish("fuqi feipian", "fu qi fei pian, husband and wife lung slices, husband and wife beef", parts="beef, offal, "
         "cold, chilli, pepper sauce, nuts", cuisine="sichuan"),
    dish("zhong dumplings", "zhong shui jiao, zhong shuijiao", parts="pork, filled pasta, chilli, sweet and sour, "
         "garlic", cuisine="sichuan"),
    dish("duo jiao yu tou", "fish head with chopped chillies, steamed fish head with chopped chillies, "
         "duojiao fish head", parts="fish, poached, red chillies, pickles, garlic", cuisine="sichuan"),
    dish("mao's red braised pork", "chairman mao's red braised pork, mao shi hong shao rou, mao style pork",
         parts="pork belly, braised, soy, caramel, chilli", cuisine="chinese"),
    dish("suan cai bai rou", "suancai bairou, pork with pickled cabbage, pork and sauerkraut stew", parts="pork belly, "
         "sauerkraut, simmered, pasta", cuisine="chinese"),
    dish("shanghai fried noodles", "shanghai noodles, cu chao mian", parts="pasta, pork, cabbage, soy, seared",
         cuisine="chinese"),
    dish("hairy crab", "shanghai hairy crab, mitten crab, da zha xie", parts="crab, poached, ginger, vinegar",
         cuisine="chinese"),
    dish("samsa", "uyghur samsa, uzbek samsa, tandir samsa", parts="lamb, pastry, onion, baked, warm spices",
         cuisine="chinese"),
    dish("uyghur polo", "polu, uyghur pilaf", parts="lamb, rice, carrot, warm spices", cuisine="chinese"),
    # Japanese bowls, pots and set meals
    dish("tempura don", "tendon tempura bowl, ten don, tempura donburi", parts="prawn, fried, rice, soy",
         cuisine="japanese"),
    dish("tekkadon", "tekka don, tekka donburi, maguro don", parts="tuna, raw, rice, soy", cuisine="japanese"),
    dish("chanko nabe", "chankonabe, chanko", parts="chicken, simmered, tofu, vegetables, stock", cuisine="japanese"),
    dish("motsunabe", "motsu nabe", parts="offal, beef, simmered, cabbage, garlic, chilli, soy", cuisine="japanese"),
    dish("nabe", "nabemono, hot pot nabe", parts="simmered, stock, vegetables, tofu", cuisine="japanese"),
    dish("hokke", "hokke shioyaki, hokke yaki, grilled atka mackerel", parts="mackerel, grilled, salt",
         cuisine="japanese"),
    # Korean stir-fries and griddle cakes
    dish("dak bokkeum", "dakbokkeum, dak bokkeumtang", parts="chicken, braised, gochujang, potato, "
         "carrot", cuisine="korean"),
    dish("bokkeum", "bokkeumbap", parts="seared, gochujang", cuisine="korean"),
    dish("bindaetteok", "nokdu jeon, mung bean pancake", parts="beans, savoury pancake, pork, fried, kimchi",
         cuisine="korean"),
    # Indian regional, Parsi and Indo-Chinese
    dish("varutha curry", "varutharacha curry, varuthathu", parts="curry, toasted coconut, warm spices, chilli",
         cuisine="indian"),
    dish("mirchi ka salan", "mirchi salan", parts="mild chillies, curry, nuts, sesame, tamarind",
         cuisine="indian"),
    dish("double ka meetha", "shahi tukda, shahi tukra", parts="bread pudding, fried, sugar, nuts, warm spices",
         cuisine="indian"),
    dish("bagara baingan", "baghare baingan", parts="eggplant, curry, nuts, sesame, tamarind", cuisine="indian"),
    dish("alur dom", "aloor dom, luchi alur dom", parts="potato, curry, warm spices", cuisine="indian"),
    dish("pindi chole", "pindi chana, pindi chhole", parts="chickpeas, curry, warm spices, chilli",
         cuisine="indian"),
    dish("laccha paratha", "lachha paratha", parts="chapati, butter",
         cuisine="indian"),
    dish("khandvi", "khandvi rolls", parts="chickpeas, yogurt, sesame, coconut, chilli", cuisine="indian"),
    dish("gatte ki sabzi", "gatte ki sabji, gatta curry", parts="chickpeas, yogurt, curry, warm spices",
         cuisine="indian"),
    dish("ker sangri", "kair sangri", parts="beans, dried fruit, pickles, warm spices, chilli", cuisine="indian"),
    dish("goshtaba", "gushtaba", parts="lamb, mince, yogurt sauce, warm spices", cuisine="indian"),
    dish("rista", "ristha", parts="lamb, mince, curry, chilli", cuisine="indian"),
    dish("yakhni", "yakhni pulao, yakhni pilaf, mutton yakhni, kashmiri yakhni", parts="lamb, yogurt sauce, "
         "warm spices, braised", cuisine="indian"),
    dish("sali boti", "salli boti, sali marghi, salli murgh", parts="lamb, curry, dried fruit, fries",
         cuisine="indian"),
    dish("khichdi", "kitchari, khichri, khichuri, kichdi", parts="rice, lentils, butter, warm spices",
         cuisine="indian"),
    dish("anda bhurji", "egg bhurji, akuri, parsi akuri, anda curry", parts="egg, onion, tomato, chilli, "
         "warm spices", cuisine="indian"),
    dish("aloo tikki", "aloo tikki chaat, tikki, ragda pattice", parts="potato, fried, warm spices, chilli",
         cuisine="indian"),
    dish("chicken lollipop", "chicken lollipops, drums of heaven", parts="chicken, fried, chilli, sweet and sour",
         cuisine="chinese"),
    dish("dragon chicken", "dragon prawns", parts="chicken, fried, chilli, sweet and sour, nuts", cuisine="chinese"),
    dish("hakka noodles", "veg hakka noodles, chilli garlic noodles", parts="pasta, vegetables, soy, chilli, seared",
         cuisine="chinese"),
    # Pakistani, Afghan and Persian
    dish("karachi biryani", "sindhi biryani", parts="chicken, rice, warm spices, potato, chilli", cuisine="indian"),
    dish("kabuli pulao", "kabuli palaw, qabili palau, qabili palaw, qabuli pulao, kabuli palau", parts="lamb, rice, "
         "carrot, dried fruit, nuts", cuisine="middle eastern"),
    dish("ashak", "aushak", parts="filled pasta, spring onion, yogurt sauce, herbs", cuisine="middle eastern"),
    dish("chopan kebab", "chopan kabob, chopan kabab", parts="lamb chop, grilled, salt", cuisine="middle eastern"),
    dish("kabab barg", "chelo kabab barg, barg kabab, kebab barg", parts="lamb, grilled, saffron, butter, rice",
         cuisine="middle eastern"),
    dish("sholeh zard", "shole zard, sholezard", parts="rice pudding, saffron, nuts, warm spices",
         cuisine="middle eastern"),
    # Turkish regional and the Caucasus
    dish("yoğurtlu kebap", "yogurtlu kebab, yoğurtlu kebab, yogurtlu kebap", parts="lamb, grilled, yogurt sauce, "
         "bread, butter", cuisine="middle eastern"),
    dish("fıstıklı kebap", "antep fıstıklı kebap, fistikli kebap, pistachio kebab", parts="lamb, mince, nuts, "
         "grilled", cuisine="middle eastern"),
    dish("içli köfte", "icli kofte, içli köftesi", parts="lamb, mince, whole grains, nuts, fried",
         cuisine="middle eastern"),
    dish("çiğ köfte", "cig kofte, çiğ köfte dürüm", parts="whole grains, chilli, herbs, citrus, salad",
         cuisine="middle eastern"),
    dish("hamsili pilav", "hamsi pilavı, hamsili pilavı", parts="anchovies fresh, rice, nuts, baked",
         cuisine="middle eastern"),
    dish("muhlama", "kuymak, mıhlama, kuymak with cheese", parts="fresh cheese, corn, butter, cheese sauce", cuisine="middle eastern"),
    dish("katmer", "gaziantep katmer", parts="dessert, pastry, nuts, clotted cream, sugar", cuisine="middle eastern"),
    dish("khash", "khashi, kalle pache, kaleh pacheh", parts="beef, offal, soup, garlic", cuisine="middle eastern"),
    # Ethiopian and Eritrean, West and East Africa, South Africa
    dish("zigni", "zighni, zigni beef, tsebhi zigni", parts="beef, braised, berbere, onion, butter",
         cuisine="ethiopian"),
    dish("tsebhi derho", "tsebhi dorho, tsebhi", parts="chicken, braised, berbere, onion, egg", cuisine="ethiopian"),
    dish("pepper soup", "nigerian pepper soup, goat pepper soup, assorted meat pepper soup", parts="goat meat, soup, "
         "red chillies, warm spices", cuisine=""),
    dish("red red", "red-red", parts="beans, plantain, tomato, chilli", cuisine=""),
    dish("waakye", "", parts="rice, beans, chilli, fried", cuisine=""),
    dish("mandazi", "maandazi, mahamri", parts="fried dough, coconut, warm spices, sugar", cuisine=""),
    dish("bredie", "tomato bredie, waterblommetjie bredie, lamb bredie", parts="lamb, braised, tomato, onion, "
         "warm spices", cuisine=""),
    dish("pap and wors", "pap en wors, pap and boerewors", parts="boerewors, corn, tomato sauce, grilled",
         cuisine=""),
    # The Philippines, the Pacific and Hawaii
    dish("tapsilog", "tapa silog, beef tapa", parts="beef, dried, rice, garlic, egg, fried", cuisine=""),
    dish("longsilog", "longganisa silog, tosilog", parts="sausage, rice, garlic, egg, fried", cuisine=""),
    dish("lomi lomi salmon", "lomi salmon, lomilomi salmon", parts="salmon, cured, tomato, onion, cold", cuisine=""),
    dish("huli huli chicken", "huli-huli chicken, huli huli", parts="chicken, grilled, sweet and sour, soy, ginger",
         cuisine=""),
    dish("kokoda", "kokoda fish", parts="fish, raw, citrus, coconut, chilli", cuisine=""),
    dish("ika mata", "ota ika, poisson cru", parts="fish, raw, citrus, coconut, cucumber", cuisine=""),
    dish("hangi", "hāngī, umu feast", parts="pork, lamb, chicken, potato, squash, pit-roasted", cuisine="", weight=1),
    # Chiloé's curanto: shellfish, pork, sausage and potato bread cooked over hot stones in a pit.
    dish("curanto", "curanto en olla, curanto al hoyo", parts="clam, mussel, pork, sausage, potato, pit-roasted",
         cuisine="", weight=1),
    # Central America and the Caribbean
    dish("gallo pinto", "gallopinto", parts="beans, rice, onion, sweet pepper, herbs", cuisine=""),
    dish("casado", "casado tico, casado con pollo, casado con carne", parts="rice, beans, plantain, salad, beef",
         cuisine=""),
    dish("baleadas", "baleada, baleada sencilla", parts="bread, beans, fresh cheese, cream", cuisine=""),
    dish("vigorón", "vigoron", parts="pork crackling, cassava, coleslaw, tomato", cuisine=""),
    dish("pepián", "pepian, pepián de pollo, pepian de pollo", parts="chicken, braised, chilli, sesame, tomato",
         cuisine=""),
    dish("kak'ik", "kakik, kak ik", parts="turkey, soup, chilli, herbs", cuisine=""),
    dish("hilachas", "", parts="beef, braised, tomato sauce, potato", cuisine=""),
    dish("sopa de caracol", "conch soup, caracol", parts="conch, soup, coconut, plantain", cuisine=""),
    # Italian and French regional
    dish("casoncelli", "casonsei, casoncelli alla bergamasca", parts="filled pasta, beef, sausage, butter, "
         "herbs, pancetta", cuisine="italian"),
    dish("passatelli", "passatelli in brodo", parts="pasta, aged cheese, breadcrumbs, stock", cuisine="italian"),
    # Naples' genovese is beef cooked for hours with onions; the basil pesto is "pesto alla genovese".
    dish("genovese napoletana", "alla genovese, ragù alla genovese, ragu alla genovese, ragù genovese, genovese "
         "napoletana", parts="beef, onion, braised, white wine sauce", cuisine="italian"),
    dish("bombette", "bombette pugliesi", parts="pork, cheese, pancetta, grilled", cuisine="italian"),
    dish("culurgiones", "culurgionis, culurgiones al pomodoro", parts="filled pasta, potato, aged cheese, herbs",
         cuisine="italian"),
    dish("kig ha farz", "kig-ha-farz", parts="pork, simmered, cabbage, whole grains, butter", cuisine="french"),
    dish("cotriade", "cotriade bretonne", parts="fish, simmered, potato, onion, soup", cuisine="french"),
    dish("ficelle picarde", "ficelles picardes", parts="ham, crepes, mushroom, cream, cheese sauce", cuisine="french"),
    # British and the bakery
    dish("cheese and onion pasty", "cheese and onion pie, cheese and onion pasties, cheese & onion pasty, cheese and "
         "onion slice", parts="aged cheese, onion, pastry, baked", cuisine="british"),
    dish("cheese scone", "cheese scones, cheddar scone, savoury scone, savory scone", parts="aged cheese, butter, "
         "bread, baked", cuisine="british"),
    dish("pupusas de queso", "pupusa de queso, pupusas de queso y loroco, pupusa de queso con loroco, pupusas de "
         "frijol con queso", parts="fresh cheese, corn, beans, herbs", cuisine=""),
    dish("piperade", "pipérade, piperade basquaise", parts="sweet pepper, tomato, onion, chilli, braised",
         cuisine="french"),
    # Onions, shallots or tomatoes under caramel and pastry: a savoury tarte tatin.
    dish("onion tarte tatin", "red onion tarte tatin, shallot tarte tatin, tarte tatin aux échalotes, tarte tatin aux "
         "oignons, tomato tarte tatin, tarte tatin de tomates", parts="caramelised onion, pastry, butter, baked",
         cuisine="french"),
    # Any root or bulb caramelised under the pastry the same way: savoury, whatever goes beside it.
    dish("vegetable tarte tatin", ", ".join(f"{vegetable} {tatin}" for vegetable in (
        "carrot", "heritage carrot", "beetroot", "beet", "fennel", "endive", "chicory", "parsnip", "leek",
        "celeriac", "cauliflower", "vegetable", "root vegetable", "heirloom tomato", "cherry tomato")
        for tatin in ("tarte tatin", "tatin")),
         parts="vegetables, caramelised onion, pastry, butter, baked", cuisine="french"),
    # Catalan cannelloni of the Sunday roast's meat under béchamel, baked for Sant Esteve.
    # Bare "canelones" is any cannelloni (spinach, tuna): only the Catalan names say the meat.
    dish("canelons", "canelons de rostit, canelons gratinats, canelones de carne, canelones a la catalana, "
         "canelons de carn, canelones de rustido", parts="filled pasta, pork, veal, chicken, cream sauce, cheese topping, baked",
         cuisine="spanish"),
    dish("son-in-law eggs", "son in law eggs, kai look keuy, khai luk khoei", parts="egg, fried, tamarind, "
         "crispy shallots, chilli", cuisine="thai"),
    dish("champ", "poundies, cally", parts="potato, spring onion, butter, cream", cuisine="british"),
    dish("wu gok", "woo kok, taro puffs, taro dumplings", parts="pork, cassava, fried", cuisine="chinese"),
    dish("fun guo", "fun gor, fen guo, chiu chow dumplings", parts="pork, prawn, filled pasta, nuts, poached",
         cuisine="chinese"),
    dish("liang pi", "liangpi, cold skin noodles", parts="pasta, cold, chilli, vinegar, sesame", cuisine="chinese"),
    dish("west lake fish", "xi hu cu yu, west lake vinegar fish", parts="fish, poached, vinegar, sweet and sour",
         cuisine="chinese"),
    dish("ishikari nabe", "ishikari", parts="salmon, simmered, soy, tofu, vegetables", cuisine="japanese"),
    dish("jjamppong", "jjambbong, champon, champong", parts="shellfish, noodle soup, chilli, pork", cuisine="korean"),
    dish("mercimek köftesi", "mercimek koftesi, lentil kofte, lentil köfte", parts="lentils, whole grains, herbs, "
         "salad", cuisine="middle eastern"),
    dish("borani banjan", "borani banjan, burani bonjan, borani bademjan", parts="eggplant, yogurt, tomato, garlic",
         cuisine="middle eastern"),
    dish("kharcho", "", parts="beef, soup, nuts, rice, chilli", cuisine="middle eastern"),
    dish("ajapsandali", "ajapsandal", parts="eggplant, sweet pepper, tomato, herbs, braised", cuisine="middle eastern"),
    dish("key wat", "key wot, sega wat, siga wot, beef wat", parts="beef, braised, berbere, chilli, onion, butter",
         cuisine="ethiopian"),
    dish("atakilt wat", "atkilt wat, atakilt wot, tikil gomen", parts="cabbage, potato, carrot, turmeric, braised",
         cuisine="ethiopian"),
    dish("ofada stew", "ayamase, designer stew", parts="beef, braised, sweet pepper, chilli, olive oil", cuisine=""),
    dish("moambe", "muamba, chicken muamba, poulet moambe, muamba de galinha", parts="chicken, braised, nut sauce, "
         "chilli", cuisine=""),
    dish("saimin", "", parts="noodle soup, pork, egg, spring onion", cuisine=""),
    dish("cemita poblana", "cemita, cemitas", parts="bread, pork, avocado, fresh cheese, chilli", cuisine="mexican"),
    dish("bostock", "", parts="sweet pastries, bread, nuts, sugar, orange blossom, baked", cuisine="french"),
    # Portuguese: rice dishes, salt cod, petiscos and Alentejo stews
    dish("arroz de pato", "arroz de pato a antiga, arroz de pato à antiga, portuguese duck rice", parts="duck, rice, "
         "chorizo, bacon, baked", cuisine="portuguese", weight=1),
    dish("arroz de marisco", "arroz de mariscos, portuguese seafood rice", parts="shellfish, prawn, clam, crab, rice, "
         "tomato, herbs", cuisine="portuguese"),
    dish("arroz de cabidela", "cabidela, frango de cabidela, galinha de cabidela, galinha à cabidela", parts="chicken, "
         "rice, offal, vinegar, braised", cuisine="portuguese", weight=1),
    dish("papas de sarrabulho", "sarrabulho, arroz de sarrabulho", parts="pork, offal, sausage, whole grains, "
         "warm spices, braised", cuisine="portuguese", weight=1),
    dish("lampreia a bordalesa", "lampreia à bordalesa, arroz de lampreia, lampreia", parts="eel, red wine sauce, "
         "rice, braised", cuisine="portuguese", weight=1),
    dish("espetada madeirense", "espetada, espetadas, espetada de vaca", parts="beef, garlic, herbs, grilled, "
         "on the spit", cuisine="portuguese"),
    dish("bacalhau a lagareiro", "bacalhau à lagareiro, bacalhau lagareiro", parts="salt cod, olive oil, garlic, "
         "potato, roasted", cuisine="portuguese"),
    dish("frango no churrasco", "frango de churrasco, frango assado na brasa, frango na brasa", parts="chicken, "
         "grilled, chilli, garlic, citrus", cuisine="portuguese"),
    dish("frango na pucara", "frango na púcara, frango na pucara de alcobaca", parts="chicken, port reduction, ham, "
         "onion, braised", cuisine="portuguese"),
    dish("arroz de tamboril", "arroz de tamboril e camarao, arroz de tamboril e camarão", parts="monkfish, prawn, "
         "rice, tomato, herbs", cuisine="portuguese"),
    dish("arroz de polvo", "arroz de polvo malandrinho", parts="octopus, rice, tomato, onion, olive oil",
         cuisine="portuguese"),
    dish("polvo guisado", "polvo estufado", parts="octopus, braised, red wine sauce, potato, tomato",
         cuisine="portuguese"),
    dish("feijoada de marisco", "seafood feijoada", parts="beans, shellfish, prawn, clam, tomato, braised",
         cuisine="portuguese", weight=1),
    dish("caril de gambas", "caril de camarao, caril de camarão, caril de gambas mocambicano", parts="prawn, curry, "
         "coconut, chilli", cuisine="portuguese"),
    dish("moelas guisadas", "moelas, moelas estufadas", parts="gizzards, tomato, chilli, braised",
         cuisine="portuguese"),
    dish("cabrito assado", "cabrito assado no forno, roast kid", parts="chivo, roasted, garlic, white wine sauce, "
         "potato", cuisine="portuguese", weight=1),
    dish("chourico assado", "chouriço assado, chouriço à bombeiro, chourico a bombeiro, flaming chorizo",
         parts="chorizo, flambéed, spirits", cuisine="portuguese"),
    dish("favas a portuguesa", "favas guisadas, favas à portuguesa", parts="beans, chorizo, bacon, herbs, braised",
         cuisine="portuguese"),
    dish("ervilhas com ovos", "ervilhas guisadas com ovos", parts="peas, egg, poached, chorizo, onion",
         cuisine="portuguese", weight=-1),
    dish("lulas recheadas", "lulas recheadas a portuguesa", parts="squid, stuffed, chorizo, rice, tomato sauce",
         cuisine="portuguese"),
    dish("choco frito", "chocos fritos, choco frito de setubal, choco frito de setúbal", parts="squid, fried, citrus",
         cuisine="portuguese"),
    dish("cozido das furnas", "cozido das furnas acores", parts="beef, pork, chicken, sausage, cabbage, potato, "
         "long-cooked", cuisine="portuguese", weight=1),
    dish("morcela assada", "morcela, morcela de arroz", parts="sausage, roasted, warm spices", cuisine="portuguese"),
    dish("ensopado de borrego", "ensopado de cordeiro", parts="lamb, braised, bread, herbs, garlic",
         cuisine="portuguese", weight=1),
    dish("bolo do caco", "bolo do caco com manteiga de alho", parts="bread, garlic, butter, herbs",
         cuisine="portuguese", weight=-1),
    dish("chispe com feijao", "chispe com feijão, chispe, chispalhada", parts="pork, offal, beans, cabbage, braised",
         cuisine="portuguese", weight=1),
    dish("cachupa", "cachupa rica, katxupa", parts="corn, beans, pork, sausage, braised", cuisine="", weight=1),
    # Greek: tavernas, pies and ladera
    dish("bougiourdi", "bouyiourdi, mpougiourdi, bouyourdi", parts="sheep's cheese, tomato, chilli flakes, baked",
         cuisine="greek"),
    dish("papoutsakia", "papoutsakia melitzanes", parts="eggplant, stuffed, minced beef, cream sauce, baked",
         cuisine="greek", weight=1),
    dish("tomatokeftedes", "domatokeftedes, greek tomato fritters", parts="tomato, herbs, flour, fried",
         cuisine="greek", weight=-1),
    dish("bourdeto", "bourdetto, burdeto", parts="fish, braised, tomato sauce, chilli, onion", cuisine="greek"),
    dish("kotopita", "kotopitta, greek chicken pie", parts="chicken, pastry, aged cheese, baked", cuisine="greek"),
    dish("exochiko", "exohiko, lamb exochiko, arni exochiko", parts="lamb, pastry, sheep's cheese, baked",
         cuisine="greek", weight=1),
    dish("lahanodolmades", "lahanodolmathes, cabbage dolmades", parts="cabbage, stuffed, minced beef, rice, egg, "
         "citrus", cuisine="greek"),
    dish("fasolakia", "fasolakia ladera, fasolakia lathera", parts="green beans, tomato, olive oil, braised, potato",
         cuisine="greek", weight=-1),
    dish("spanakorizo", "spanakoryzo", parts="spinach, rice, citrus, herbs, olive oil", cuisine="greek", weight=-1),
    dish("prassorizo", "prasorizo, prasoryzo", parts="onion, rice, citrus, olive oil", cuisine="greek", weight=-1),
    dish("kreatopita", "kreatopitta", parts="minced beef, lamb, pastry, warm spices, baked", cuisine="greek",
         weight=1),
    dish("strapatsada", "kagianas, kayanas, strapatsatha", parts="egg, tomato, sheep's cheese, olive oil",
         cuisine="greek", weight=-1),
    dish("sfakianes pites", "sfakiani pita, sfakianes pittes", parts="fresh cheese, pastry, honey, fried",
         cuisine="greek"),
    dish("kalitsounia", "kaltsounia", parts="fresh cheese, pastry, herbs, baked", cuisine="greek", weight=-1),
    dish("mageiritsa", "magiritsa", parts="lamb, offal, soup, egg, citrus, herbs", cuisine="greek"),
    dish("patsas", "patsa, patsas soup", parts="tripe, soup, garlic, vinegar", cuisine="greek"),
    dish("marides tiganites", "marides, gavros tiganitos", parts="whitebait, fried, citrus", cuisine="greek",
         weight=-1),
    dish("chtapodi krasato", "htapodi krasato, oktapodi krasato, octopus in red wine", parts="octopus, "
         "red wine sauce, braised, tomato", cuisine="greek"),
    dish("kolokythoanthoi", "kolokithoanthi, kolokythoanthoi gemistoi", parts="zucchini, stuffed, rice, herbs",
         cuisine="greek", weight=-1),
    dish("boureki", "bourekia, chaniotiko boureki", parts="zucchini, potato, fresh cheese, herbs, baked",
         cuisine="greek"),
    # Balkan: Serbian, Bulgarian, Croatian, Bosnian, Albanian, Romanian
    dish("djuvec", "đuveč, djuveč, duvec, giuvetch, gjuvech, gyuvech, ghiveci", parts="pork, rice, sweet pepper, "
         "tomato, vegetables, baked", cuisine="central european"),
    dish("karadjordjeva snicla", "karađorđeva šnicla, karadjordjeva, karađorđeva, karadjordjeva schnitzel",
         parts="veal, stuffed, cream, fried, mayonnaise", cuisine="central european", weight=1),
    dish("podvarak", "podvarak sa curetinom, podvarak sa ćuretinom", parts="sauerkraut, pork, smoked, baked",
         cuisine="central european", weight=1),
    dish("prebranac", "prebanac, tavce gravce, tavče gravče", parts="beans, onion, warm spices, baked",
         cuisine="central european"),
    dish("satarash", "sataraš, sataras", parts="sweet pepper, tomato, onion, braised", cuisine="central european",
         weight=-1),
    dish("cufte u sosu", "ćufte, cufte, ćufte u paradajz sosu, cufte u paradajz sosu", parts="minced beef, "
         "tomato sauce, braised", cuisine="central european"),
    dish("pihtije", "piktije, pihtija", parts="pork, offal, aspic, garlic, cold", cuisine="central european"),
    dish("proja", "proja sa sirom", parts="corn, fresh cheese, egg, baked", cuisine="central european"),
    dish("sremska kobasica", "sremska", parts="spiced sausage, smoked, grilled", cuisine="central european"),
    dish("rolovana vesalica", "rolovana vešalica, vešalica, vesalica", parts="pork, grilled, bacon, fresh cheese, "
         "stuffed", cuisine="central european"),
    dish("riblja corba", "riblja čorba, fis corba", parts="fish, catfish, soup, warm spices, tomato",
         cuisine="central european"),
    dish("gregada", "gregada hvarska", parts="fish, potato, white wine sauce, olive oil, braised",
         cuisine="central european"),
    dish("krompirusa", "krompiruša", parts="potato, pastry, onion, baked", cuisine="central european"),
    dish("bosanski lonac", "bosnian pot", parts="beef, lamb, cabbage, potato, vegetables, braised, long-cooked",
         cuisine="central european", weight=1),
    dish("begova corba", "begova čorba", parts="chicken, okra, soup, cream, egg", cuisine="central european"),
    dish("klepe", "bosnian klepe", parts="filled pasta, minced beef, yogurt, garlic", cuisine="central european"),
    dish("sogan dolma", "sogan-dolma, sogandolma", parts="onion, stuffed, minced beef, rice, baked",
         cuisine="central european"),
    dish("svinsko s zele", "svinsko sas zele", parts="pork, sauerkraut, braised, warm spices",
         cuisine="central european", weight=1),
    dish("drob sarma", "drob sarmi", parts="lamb, offal, rice, egg, yogurt, baked", cuisine="central european",
         weight=1),
    dish("shkembe chorba", "škembe čorba, skembe corba, shkembe", parts="tripe, soup, garlic, vinegar, chilli flakes",
         cuisine="central european"),
    dish("kurban chorba", "kurban čorba", parts="lamb, soup, vegetables, rice", cuisine="central european"),
    dish("kapama", "bansko kapama, kapama bansko", parts="pork, chicken, sausage, sauerkraut, rice, baked",
         cuisine="central european", weight=1),
    dish("kyopolou", "kyopoolu, kiopoolu", parts="eggplant, smoked, sweet pepper, garlic, olive oil",
         cuisine="central european", weight=-1),
    dish("lyutenitsa", "lutenica, ljutenica, lyutenica", parts="sweet pepper, tomato, roasted, chilli",
         cuisine="central european", weight=-1),
    dish("kebapche", "kebapcheta, kebabche", parts="minced beef, pork, warm spices, grilled",
         cuisine="central european"),
    dish("chushki burek", "chushka burek, chushki byurek", parts="sweet pepper, stuffed, fresh cheese, egg, fried",
         cuisine="central european"),
    dish("sirene po shopski", "sirene po shopski v gyuveche", parts="sheep's cheese, tomato, egg, sweet pepper, "
         "baked, clay pot", cuisine="central european"),
    dish("patatnik", "rhodope patatnik", parts="potato, sheep's cheese, onion, egg, baked",
         cuisine="central european"),
    dish("kachamak", "kačamak, cacamak", parts="corn, fresh cheese, cream, butter", cuisine="central european"),
    dish("tikvenik", "bulgarian pumpkin banitsa", parts="squash, pastry, nuts, sugar, warm spices, baked",
         cuisine="central european"),
    dish("fergese", "fërgesë, fergese tirane, fërgesë tirane", parts="sweet pepper, fresh cheese, tomato, baked",
         cuisine="central european"),
    dish("tave kosi", "tavë kosi, tava kosi, elbasan tava", parts="lamb, yogurt, egg, rice, baked",
         cuisine="central european", weight=1),
    dish("tave dheu", "tavë dheu", parts="calf's liver, offal, fresh cheese, tomato, baked",
         cuisine="central european"),
    dish("flija", "flia", parts="pastry, cream, butter, baked", cuisine="central european"),
    dish("ciorba de perisoare", "ciorbă de perișoare, ciorba de perisoare", parts="minced beef, rice, soup, "
         "vegetables, tangy", cuisine="central european"),
    dish("tochitura", "tochitură, tochitura moldoveneasca, tochitură moldovenească", parts="pork, sausage, egg, corn, "
         "sheep's cheese, fried", cuisine="central european", weight=1),
    dish("zacusca", "zacuscă", parts="eggplant, sweet pepper, tomato, onion, roasted", cuisine="central european",
         weight=-1),
    dish("fasole cu carnati", "fasole cu cârnați, fasole cu ciolan", parts="beans, smoked sausage, tomato, braised",
         cuisine="central european", weight=1),
    dish("tocanita", "tocăniță, tocana, tocană", parts="pork, onion, tomato, warm spices, braised",
         cuisine="central european"),
    dish("varza calita", "varză călită", parts="cabbage, braised, tomato, herbs, pork", cuisine="central european"),
    dish("pastrama de oaie", "pastramă de oaie", parts="lamb, cured, smoked, grilled, garlic",
         cuisine="central european"),
    dish("chiftele", "chiftele romanesti, chiftele marinate", parts="minced beef, pork, herbs, fried",
         cuisine="central european"),
    # Central European: Czech, Slovak, Hungarian, Polish
    dish("bryndzove halusky", "bryndzové halušky", parts="gnocchi, sheep's cheese, bacon",
         cuisine="central european", weight=1),
    dish("segedinsky gulas", "segedínský guláš, szegediner gulasch, szekelygulyas, székelygulyás, szekely goulash",
         parts="pork, sauerkraut, cream, warm spices, braised", cuisine="central european", weight=1),
    dish("spanelsky ptacek", "španělský ptáček, spanish birds czech", parts="beef, stuffed, bacon, egg, pickles, "
         "braised", cuisine="central european", weight=1),
    dish("koprova omacka", "koprovka, koprová omáčka", parts="cream sauce, herbs, egg, beef, knödel",
         cuisine="central european"),
    dish("moravsky vrabec", "moravský vrabec", parts="pork, roasted, garlic, caraway, sauerkraut, knödel",
         cuisine="central european", weight=1),
    dish("nakladany hermelin", "nakládaný hermelín, pickled hermelin", parts="bloomy cheese, marinated, onion, "
         "chilli, olive oil", cuisine="central european"),
    dish("rajska omacka", "rajská omáčka", parts="beef, tomato sauce, sweet, knödel", cuisine="central european"),
    dish("utopenci", "utopenec", parts="smoked sausage, pickles, vinegar, onion, cold", cuisine="central european"),
    dish("kulajda", "kulajda soup", parts="mushroom, potato, egg, cream, herbs, soup", cuisine="central european"),
    dish("kapustnica", "kapustnica soup, slovak sauerkraut soup", parts="sauerkraut, smoked sausage, mushroom, soup",
         cuisine="central european"),
    # Hungarian and Polish
    dish("harcsapaprikas", "harcsapaprikás, catfish paprikash", parts="catfish, cream sauce, warm spices, chilli",
         cuisine="central european"),
    dish("babgulyas", "babgulyás, bean goulash soup", parts="beans, beef, smoked sausage, warm spices, soup",
         cuisine="central european", weight=1),
    dish("rakott kaposzta", "rakott káposzta, kolozsvari rakott kaposzta, kolozsvári rakott káposzta",
         parts="sauerkraut, pork, rice, smoked sausage, cream, baked", cuisine="central european", weight=1),
    dish("paprikas krumpli", "paprikás krumpli", parts="potato, smoked sausage, onion, warm spices, braised",
         cuisine="central european"),
    dish("brassoi apropecsenye", "brassói aprópecsenye, brassoi", parts="pork, potato, fried, garlic, warm spices",
         cuisine="central european", weight=1),
    dish("ciganypecsenye", "cigánypecsenye, gypsy roast", parts="pork, grilled, bacon, garlic, fries",
         cuisine="central european", weight=1),
    dish("pacalporkolt", "pacalpörkölt, tripe porkolt", parts="tripe, braised, onion, warm spices, chilli",
         cuisine="central european"),
    dish("marha vadas", "vadas marhahus, vadas marhahús", parts="beef, cream sauce, carrot, mustard, sweet, "
         "knödel", cuisine="central european", weight=1),
    dish("placki po wegiersku", "placki po węgiersku", parts="potato, fried, pork, braised, warm spices",
         cuisine="central european", weight=1),
    dish("zupa ogorkowa", "zupa ogórkowa, polish pickle soup", parts="pickles, potato, cream, herbs, soup",
         cuisine="central european"),
    dish("kapusniak", "kapuśniak", parts="sauerkraut, pork, potato, soup", cuisine="central european"),
    dish("kluski slaskie", "kluski śląskie, silesian dumplings", parts="potato, gnocchi, jus",
         cuisine="central european"),
    dish("zapiekanka", "zapiekanki", parts="bread, mushroom, cheese topping, ketchup, baked",
         cuisine="central european"),
    dish("kaczka z jablkami", "kaczka z jabłkami, polish roast duck with apples", parts="duck, roasted, apple, "
         "herbs", cuisine="central european", weight=1),
    dish("pierogi ruskie", "ruskie pierogi", parts="filled pasta, potato, fresh cheese, caramelised onion",
         cuisine="central european"),
    # German, Austrian, Swiss, Luxembourgish
    dish("jagerschnitzel", "jägerschnitzel, jaegerschnitzel", parts="pork, floured and fried, mushroom sauce",
         cuisine="german", weight=1),
    dish("zigeunerschnitzel", "paprikaschnitzel", parts="pork, floured and fried, sweet pepper, tomato sauce",
         cuisine="german"),
    dish("rahmschnitzel", "schnitzel in rahmsauce", parts="pork, seared, cream sauce, mushroom", cuisine="german",
         weight=1),
    dish("schupfnudeln", "fingernudeln, bubespitzle", parts="potato, gnocchi, sauerkraut, bacon, seared",
         cuisine="german", weight=1),
    dish("linsen mit spatzle", "linsen mit spätzle, linsen spätzle und saitenwürstle", parts="lentils, pasta, "
         "sausage, vinegar", cuisine="german", weight=1),
    dish("saure nierle", "saure nieren, saure nierchen", parts="kidney, tangy, cream sauce, vinegar",
         cuisine="german"),
    dish("saure kutteln", "saure kuttle", parts="tripe, braised, vinegar, red wine sauce", cuisine="german"),
    dish("brathering", "bratheringe, gebratener hering", parts="mackerel, fried, marinated, vinegar, onion, cold",
         cuisine="german"),
    dish("mettbrotchen", "mettbrötchen, hackepeter", parts="pork, raw, onion, bread", cuisine="german"),
    dish("thuringer rostbratwurst", "thüringer rostbratwurst, thuringer bratwurst", parts="fresh sausage, grilled, "
         "mustard", cuisine="german"),
    dish("nurnberger rostbratwurst", "nürnberger rostbratwurst, nurnberger bratwurst, nürnberger würstchen, "
         "drei im weggla", parts="fresh sausage, grilled, herbs, sauerkraut", cuisine="german"),
    dish("kasekrainer", "käsekrainer, käsekrainer würstel, käsewurst", parts="smoked sausage, cheese, grilled, mustard",
         cuisine="german", weight=1),
    dish("spundekas", "spundekäs", parts="fresh cheese, cream, warm spices, onion", cuisine="german"),
    dish("erdapfelgulasch", "erdäpfelgulasch, kartoffelgulasch", parts="potato, smoked sausage, warm spices, braised",
         cuisine="german"),
    dish("blunzengrostl", "blunzengröstl, blunzn, blunze", parts="sausage, potato, onion, fried", cuisine="german",
         weight=1),
    dish("backhendlsalat", "steirischer backhendlsalat", parts="chicken, floured and fried, salad leaves, "
         "vinaigrette", cuisine="german"),
    dish("schinkenfleckerl", "schinkenfleckerln", parts="pasta, ham, egg, baked", cuisine="german"),
    dish("karntner kasnudeln", "kärntner kasnudeln, kasnudeln", parts="filled pasta, fresh cheese, potato, herbs, "
         "butter", cuisine="german"),
    dish("selchfleisch", "geselchtes, selchfleisch mit sauerkraut", parts="pork, smoked, sauerkraut, knödel",
         cuisine="german", weight=1),
    dish("kaspressknodel", "kaspressknödel, kasspressknödel", parts="bread, aged cheese, fried, soup",
         cuisine="german"),
    dish("chaschuechli", "chäschüechli, käseküchlein", parts="aged cheese, egg, cream, pastry, baked",
         cuisine="german"),
    dish("papet vaudois", "papet vaudois saucisse aux choux", parts="onion, potato, cream, smoked sausage, braised",
         cuisine="german", weight=1),
    dish("berner platte", "bernerplatte", parts="pork, smoked, beef, sausage, sauerkraut, beans, potato",
         cuisine="german", weight=1),
    dish("rieslingspaschteit", "rieslingspaschtéit, riesling pie luxembourg", parts="pork, veal, pastry, "
         "white wine sauce, aspic, baked", cuisine="german"),
    dish("gromperekichelcher", "gromperekichelchen, luxembourg potato fritters", parts="potato, onion, herbs, fried",
         cuisine="german"),
    dish("feierstengszalot", "feierstengzalot", parts="beef, cold, pickles, vinaigrette, onion, egg",
         cuisine="german"),
    dish("traipen", "träipen", parts="sausage, apple sauce, potato, fried", cuisine="german", weight=1),
    dish("bouneschlupp", "bouneschlupp luxembourg", parts="green beans, potato, bacon, soup", cuisine="german"),
    # Nordic and Baltic
    dish("boller i karry", "boller i karrysauce", parts="pork, minced beef, curry, cream sauce, rice",
         cuisine="scandinavian"),
    dish("hakkebof", "hakkebøf, hakkebøf med bløde løg", parts="minced beef, seared, caramelised onion, jus, potato",
         cuisine="scandinavian"),
    dish("braendende kaerlighed", "brændende kærlighed", parts="potato, bacon, onion, butter",
         cuisine="scandinavian", weight=1),
    dish("aebleflaesk", "æbleflæsk", parts="pork belly, fried, apple, sugar", cuisine="scandinavian"),
    dish("skipperlabskovs", "skipper labskovs", parts="beef, potato, braised, butter, pickles", cuisine="scandinavian",
         weight=1),
    dish("stjerneskud", "stjerneskud smorrebrod", parts="fish, fried, prawn, smoked salmon, caviar, mayonnaise, "
         "bread", cuisine="scandinavian", weight=-1),
    dish("dyrlaegens natmad", "dyrlægens natmad", parts="bread, chicken liver, cured beef, aspic",
         cuisine="scandinavian"),
    dish("sjomansbiff", "sjömansbiff, sailor's beef", parts="beef, potato, onion, dark beer, braised",
         cuisine="scandinavian", weight=1),
    dish("polsa", "pölsa", parts="offal, pork, whole grains, onion, warm spices, pickles", cuisine="scandinavian"),
    dish("laxpudding", "laxpudding med smält smör, lax pudding", parts="salmon, cured, potato, egg, cream, butter, "
         "baked", cuisine="scandinavian", weight=1),
    dish("isterband", "isterband med dillstuvad potatis", parts="smoked sausage, fermented, potato, cream sauce, herbs",
         cuisine="scandinavian"),
    dish("karjalanpaisti", "karelian hot pot, karelian stew", parts="beef, pork, braised, warm spices, long-cooked",
         cuisine="scandinavian", weight=1),
    dish("maksalaatikko", "finnish liver casserole", parts="calf's liver, rice, dried fruit, sweet, baked",
         cuisine="scandinavian"),
    dish("kaalilaatikko", "finnish cabbage casserole", parts="cabbage, minced beef, rice, sweet, baked",
         cuisine="scandinavian"),
    dish("loimulohi", "flamed salmon, loimulohi salmon", parts="salmon, ember-roasted, salt", cuisine="scandinavian"),
    dish("mulgikapsad", "mulgi kapsad, mulgi sauerkraut stew", parts="sauerkraut, pork, whole grains, braised",
         cuisine="scandinavian", weight=1),
    dish("verivorst", "verivorstid, estonian blood sausage", parts="sausage, whole grains, roasted, berries",
         cuisine="scandinavian", weight=1),
    dish("cepelinai", "cepelinas, zeppelins lithuanian, didzkukuliai, didžkukuliai", parts="potato, filled pasta, "
         "pork, cream, bacon", cuisine="central european", weight=1),
    dish("saltibarsciai", "šaltibarščiai, lithuanian cold beet soup", parts="beetroot, buttermilk, cucumber, egg, "
         "herbs, cold, soup", cuisine="central european", weight=-1),
    dish("kugelis", "bulvių plokštainis, potato kugel lithuanian", parts="potato, bacon, onion, cream, baked",
         cuisine="central european", weight=1),
    dish("kibinai", "kibinas, karaite pasties", parts="lamb, pastry, onion, baked", cuisine="central european"),
    # Caucasus and Central Asia
    dish("chanakhi", "chanakhi stew", parts="lamb, eggplant, tomato, potato, herbs, clay pot, braised",
         cuisine="middle eastern", weight=1),
    dish("kupati", "kupaty, georgian kupati", parts="spiced sausage, pork, offal, grilled", cuisine="middle eastern"),
    dish("elarji", "elardzhi", parts="corn, fresh cheese, butter", cuisine="middle eastern", weight=1),
    dish("khorovats", "armenian khorovats, armenian barbecue", parts="pork, lamb, grilled, ember-roasted, onion",
         cuisine="middle eastern", weight=1),
    dish("ghapama", "armenian stuffed pumpkin", parts="squash, stuffed, rice, dried fruit, honey, butter, baked",
         cuisine="middle eastern"),
    dish("qutab", "gutab, kutab, qutabs", parts="bread, herbs, minced beef, butter", cuisine="middle eastern"),
    dish("dushbara", "dushpara", parts="filled pasta, lamb, soup, herbs, vinegar", cuisine="middle eastern"),
    dish("azerbaijani piti", "shaki piti", parts="lamb, chickpeas, warm spices, soup, clay pot",
         cuisine="middle eastern", weight=1),
    dish("lavangi", "levengi, lavangi toyug, chicken lavangi", parts="chicken, stuffed, nuts, pomegranate, onion, "
         "baked", cuisine="middle eastern"),
    dish("kuurdak", "kuurdak kyrgyz, kuyrdak", parts="lamb, offal, onion, fried", cuisine="", weight=1),
    # Levant, North Africa
    dish("fatayer", "fatayer bi sabanekh, fatayer sabanekh", parts="spinach, pastry, onion, citrus, baked",
         cuisine="middle eastern", weight=-1),
    dish("kafteji", "kaftaji, kefteji", parts="sweet pepper, squash, potato, egg, fried, chilli",
         cuisine="north african"),
    dish("mhajeb", "mahjouba, m'hadjeb, mhadjeb", parts="bread, tomato, onion, chilli", cuisine="north african"),
    # West, Central and East Africa
    dish("moin moin", "moi moi, moyin moyin", parts="beans, sweet pepper, onion, egg, poached", cuisine=""),
    dish("efo riro", "efo riro stew", parts="spinach, beef, braised, chilli, sweet pepper, cooking fat", cuisine="",
         weight=1),
    dish("banga soup", "ofe akwu, banga stew", parts="fish, beef, braised, cooking fat, chilli, soup", cuisine="",
         weight=1),
    dish("ogbono soup", "ogbono", parts="beef, fish, braised, cooking fat, chilli, soup, okra", cuisine="", weight=1),
    dish("ndole", "ndolé, ndole camerounais", parts="bitter greens, nut sauce, beef, prawn, braised", cuisine="",
         weight=1),
    dish("mukimo", "kenyan mukimo", parts="potato, peas, corn, spinach, smashed", cuisine=""),
    dish("githeri", "kenyan githeri", parts="corn, beans, onion, tomato, braised", cuisine=""),
    # Caribbean
    dish("alcapurrias", "alcapurria", parts="plantain, cassava, minced beef, stuffed, fried", cuisine="caribbean"),
    dish("bacalaitos", "bacalaito", parts="salt cod, flour, fried", cuisine="caribbean"),
    dish("carne guisada", "carne guisada puertorriqueña, carne guisada puertorriquena", parts="beef, braised, "
         "sofrito, potato, olives", cuisine="caribbean", weight=1),
    dish("arroz con pollo", "arroz con pollo cubano", parts="chicken, rice, sofrito, warm spices, dark beer, "
         "sweet pepper", cuisine="caribbean"),
    dish("mangu", "mangú, los tres golpes, tres golpes", parts="plantain, smashed, red onion, vinegar, fried, "
         "cured sausage", cuisine="caribbean"),
    dish("locrio", "locrio de pollo, locrio de salami", parts="rice, chicken, sofrito, tomato", cuisine="caribbean"),
    dish("jamaican rundown", "run down, rundown, run dun", parts="mackerel, coconut, braised, onion, chilli",
         cuisine="caribbean"),
    dish("pikliz", "pikliz haitian", parts="cabbage, carrot, vinegar, fiery chilli", cuisine="caribbean", weight=-1),
    # Latin America
    dish("tacu tacu", "tacutacu", parts="beans, rice, fried, egg, salsa", cuisine="peruvian", weight=1),
    dish("lechona", "lechona tolimense", parts="suckling pig, stuffed, rice, peas, roasted", cuisine="", weight=1),
    dish("changua", "changua bogotana", parts="milk, egg, poached, spring onion, bread, soup", cuisine="",
         weight=-1),
    dish("charquican", "charquicán", parts="beef, squash, potato, corn, braised, egg", cuisine=""),
    dish("tutu de feijao", "tutu de feijão, tutu a mineira, tutu à mineira", parts="beans, bacon, sausage, flour",
         cuisine="brazilian", weight=1),
    # South Asia: Nepali, Bhutanese, Sri Lankan, Indian regional
    dish("choila", "chhoila, buff choila, newari choila", parts="red meat, grilled, chilli, garlic, olive oil, "
         "warm spices", cuisine="indian"),
    dish("sekuwa", "sekuwa nepali, chicken sekuwa", parts="chicken, marinated, warm spices, grilled",
         cuisine="indian"),
    dish("gundruk", "gundruk ko jhol, gundruk soup", parts="bitter greens, fermented, tangy, soup", cuisine="indian",
         weight=-1),
    dish("ema datshi", "ema datse", parts="fiery chilli, cheese sauce, onion", cuisine="indian"),
    dish("kewa datshi", "kewa datse", parts="potato, cheese sauce, chilli", cuisine="indian"),
    dish("phaksha paa", "phaksha pa, pork phaksha", parts="pork, chilli, radish, braised", cuisine="indian"),
    dish("litti chokha", "litti", parts="bread, whole grains, eggplant, smoked, potato, butter", cuisine="indian"),
    dish("gongura mamsam", "gongura mutton, gongura gosht", parts="lamb, tangy, curry, chilli", cuisine="indian",
         weight=1),
    # South-East Asia: Burmese, Lao, Cambodian, Indonesian, Malaysian
    dish("nam khao", "naem khao, crispy rice salad", parts="rice, fried, fermented, pork, citrus, herbs",
         cuisine="thai"),
    dish("samlor korko", "samlor kor ko, somlor korkor", parts="pork, vegetables, fish-fragrant, ginger, soup",
         cuisine=""),
    dish("gudeg", "gudeg jogja", parts="jackfruit, coconut, brown sugar, chicken, egg, braised", cuisine="indonesian"),
    dish("pempek", "empek-empek, pempek palembang", parts="fish, fried, vinegar, brown sugar, chilli",
         cuisine="indonesian"),
    dish("nasi kandar", "nasi kandar penang", parts="rice, curry, chicken, fried", cuisine="indonesian", weight=1),
    dish("ayam percik", "ayam golek, ayam percik kelantan", parts="chicken, grilled, coconut, warm spices, chilli",
         cuisine="indonesian"),
    # China, Japan, Korea
    dish("guo bao rou", "dongbei guo bao rou, guobaorou", parts="pork, fried, sweet and sour, vinegar",
         cuisine="chinese"),
    dish("white cut chicken", "bai qie ji, baiqieji, white chopped chicken, pak cham kai", parts="chicken, poached, "
         "ginger, spring onion, cold", cuisine="chinese", weight=-1),
    dish("oyster omelette", "orh luak, oh chien, o-a-tsian, oyster omelet", parts="oyster, egg, fried, chilli",
         cuisine="chinese"),
    dish("buri daikon", "buri-daikon", parts="yellowtail, radish, simmered, soy, ginger", cuisine="japanese"),
    # Spain and Italy
    dish("cocido maragato", "cocido maragato de astorga", parts="pork, beef, chicken, sausage, chickpeas, cabbage, "
         "long-cooked", cuisine="spanish", weight=1),
    dish("carcamusas", "carcamusa, carcamusas toledanas", parts="pork, tomato, peas, braised, chilli",
         cuisine="spanish"),
    dish("zarangollo", "zarangollo murciano", parts="zucchini, onion, egg, olive oil", cuisine="spanish", weight=-1),
    dish("trinxat", "trinxat de la cerdanya", parts="cabbage, potato, bacon, garlic, fried", cuisine="spanish"),
    dish("fricando", "fricandó, fricando de vedella", parts="veal, braised, mushroom, sofrito", cuisine="spanish",
         weight=1),
    dish("sarde a beccafico", "sarde alla beccafico", parts="mackerel, stuffed, breadcrumbs, dried fruit, nuts, "
         "baked", cuisine="italian"),
    dish("pici all'aglione", "pici aglione, pici con l'aglione", parts="pasta, tomato sauce, garlic",
         cuisine="italian"),
    dish("ragu napoletano", "ragù napoletano, ragu alla napoletana, ragù alla napoletana", parts="beef, pork, "
         "tomato sauce, braised, long-cooked", cuisine="italian", weight=1),
    dish("pollo alla scarpariello", "chicken scarpariello, scarpariello", parts="chicken, sausage, sweet pepper, "
         "vinegar, garlic", cuisine="italian"),
    dish("pasta e fagioli", "pasta fagioli, pasta e fasule, pasta fazool", parts="pasta, beans, tomato, soup",
         cuisine="italian"),
    # Britain and America
    dish("stovies", "scottish stovies", parts="potato, onion, beef, jus", cuisine="british", weight=1),
    dish("shrimp de jonghe", "shrimp dejonghe, prawns de jonghe", parts="prawn, baked, garlic, butter, sherry, "
         "breadcrumbs", cuisine="american"),
    dish("chicken divan", "chicken divine, divan", parts="chicken, broccoli, cream sauce, cheese, baked, breadcrumbs",
         cuisine="american"),
    dish("queen of puddings", "queen's pudding", parts="custard, breadcrumbs, jam, meringue, baked", cuisine="british"),
    # Germany's butcher's plate after the autumn slaughter: blood and liver sausage, boiled belly, sauerkraut.
    dish("schlachtplatte", "schlachtschüssel, metzelsuppe platte, butcher's platter, butchers platter, "
         "butcher's plate", parts="sausage, black pudding, pork belly, sauerkraut, potato", cuisine="german"),
    dish("semur daging", "semur, semur ayam, beef semur", parts="beef, braised, tare, warm spices, onion",
         cuisine="indonesian"),
    dish("isso curry", "isso kari, isso", parts="prawn, curry, coconut", cuisine="indian"),
    dish("dimlama", "dimlyama, basma", parts="lamb, braised, vegetables, potato, cabbage", weight=1),
    dish("boeuf a la ficelle", "bœuf à la ficelle, beef on a string", parts="beef fillet, poached, broth",
         cuisine="french"),
)
# fmt: on
