"""Dishes of menus the first lexicons did not cover, region by region, each with what a cook would
say it is made of (``lexicon_world`` holds the rest of the world's dishes; this table was written
from cookery, not from the evaluation, which no one writing it read). ``MORE_ALIASES`` adds
other spellings to terms the other tables define: "laap" is larb, "sernik" a cheesecake."""

from __future__ import annotations

from typing import Final

from recommendations.pairing.terms import FoodTerm, dish

# fmt: off
REGIONAL_DISHES: Final[tuple[FoodTerm, ...]] = (
    # Cream whipped with sweet wine or sherry, lemon and sugar: light, tangy dairy dessert.
    dish("syllabub", "lemon syllabub", parts="dessert, cream, whipped, citrus, sugar", cuisine="british"),
    # Tall layered sundae of ice cream, fruit, jelly, syrup and whipped cream.
    dish("knickerbocker glory", "knickerbocker glory sundae, layered ice cream sundae",
         parts="dessert, ice cream, fruit, berries, cream", cuisine="british"),
    # Irish pig's trotters simmered until gelatinous, then often breaded and fried; rich, sticky pork.
    dish("crubeens", "crubeen, boiled pigs feet", parts="pork, offal, braised, fried", cuisine="british"),
    # Australian fish-and-chip-shop slice of potato, battered and deep-fried; no shellfish.
    dish("potato scallops", "potato scallop, battered potato slices, potato fritters",
         parts="potato, fried, salt", cuisine=""),
    # Australian takeaway dumpling of pork and cabbage, steamed or deep-fried, with soy.
    dish("dim sims", "dim sim, dimsim, dimmies", parts="pork, cabbage, filled pasta, fried, soy", cuisine=""),
    # Thick set vanilla custard between puff pastry layers, iced on top.
    dish("vanilla slice", "vanilla custard slice, custard slice",
         parts="dessert, custard, vanilla, flaky pastry, icing sugar", cuisine=""),
    # Australian cafe fry-up: eggs, bacon, sausage, mushrooms, grilled tomato, toast.
    dish("big breakfast", "big brekkie, big brekky", parts="sausage, bacon, egg, mushroom, tomato, bread", cuisine=""),
    # Split banana with three scoops of ice cream, chocolate sauce, whipped cream and nuts.
    dish("banana split", "banana splits",
         parts="dessert, ice cream, tropical fruit, chocolate sauce, cream", cuisine="american"),
    # New Mexican stew of pork simmered with roasted green chiles, potato and onion.
    dish("green chile stew", "green chili stew, green chile pork stew",
         parts="pork, braised, mild chillies, potato, onion", cuisine="american"),
    # New Mexican pork marinated and slow-braised in red chile sauce.
    dish("carne adovada", "carne adobada, pork adovada",
         parts="pork, braised, red chillies, garlic, marinated", cuisine="american"),
    # New Mexican lard shortbread cookies with anise and cinnamon sugar.
    dish("biscochitos", "bizcochitos, biscochito, bizcochito",
         parts="dessert, biscuits, anise, warm spices, sugar", cuisine="american"),
    # Rhode Island quahog clams stuffed with chopped clam, bread and chouriço, baked.
    dish("stuffies", "stuffed quahogs, stuffed quahog, stuffie",
         parts="clam, stuffed, breadcrumbs, chorizo, baked", cuisine="american"),
    # New England baked pudding of cornmeal, milk and molasses with ginger and cinnamon; no Indian spicing.
    dish("indian pudding", "hasty pudding, cornmeal pudding",
         parts="dessert, pudding, corn, milk, brown sugar, warm spices", cuisine="american"),
    # New England baked custard with Grape-Nuts cereal; no grapes or nuts.
    dish("grape nut pudding", "grape-nut pudding, grapenut pudding, grape nuts custard",
         parts="dessert, custard, puffed grains, baked", cuisine="american"),
    # Native American deep-fried flatbread, with honey or as a base for savoury toppings; no potato fries.
    dish("fry bread", "frybread, navajo fry bread", parts="fried dough, honey", cuisine="american"),
    # Chicken braised with peppers, tomato, onion and Espelette pepper (piperade).
    dish("poulet basquaise", "poulet a la basquaise, poulet à la basquaise, chicken basquaise",
         parts="chicken, braised, sweet pepper, tomato sauce, onion, chilli", cuisine="french"),
    # Genoise layered with strawberries and mousseline cream.
    dish("fraisier", "fraisier cake, strawberry fraisier",
         parts="dessert, cake, berries, creme patissiere, cream", cuisine="french"),
    # Poitou cheesecake of fresh goat's cheese baked until the top is black; a dessert, not crab.
    dish("tourteau fromager", "tourteau fromagé, poitou goat cheese cake",
         parts="dessert, cake, goat's cheese, baked", cuisine="french"),
    # Auvergne baked terrine-flan of pork, bacon, chard and prunes.
    dish("pounti", "pounti auvergnat", parts="pork, bacon, spinach, dried fruit, egg, baked", cuisine="french"),
    # Aveyron fritters of chopped chard, pork and herbs, pan-fried.
    dish("farçous", "farcous, farçou, farcou", parts="pork, spinach, herbs, savoury pancake, fried", cuisine="french"),
    # Lyonnais crayfish tails gratinated in Nantua (crayfish butter cream) sauce.
    dish("gratin de queues d'ecrevisses",
         "gratin de queues d'écrevisses, gratin de queue d'ecrevisses, crayfish gratin",
         parts="crawfish, nantua, cream sauce, baked", cuisine="french"),
    # Aveyron crown-shaped brioche flavoured with orange-flower water.
    dish("fouace", "fouace aveyronnaise, fouasse", parts="dessert, cake, citrus", cuisine="french"),
    # Lake Como shad, salted and sun-dried, grilled and dressed with oil and vinegar, with polenta.
    dish("missoltini", "missoltino, missultin, missoltini con polenta",
         parts="fish, dried, salt, grilled, vinaigrette", cuisine="italian"),
    # Trentino spinach and bread gnocchi with brown butter, sage and grana.
    dish("strangolapreti", "strangolapreti trentini",
         parts="gnocchi, spinach, bread, butter, parmesan", cuisine="italian"),
    # Trentino beef rump cured in brine and spices, sliced thin raw or briefly grilled, with beans.
    dish("carne salada", "carne salà, carne sala, carne salada trentina",
         parts="cured beef, raw, olive oil", cuisine="italian"),
    # Ligurian layered salad of fish, shellfish and vegetables on ship's biscuit with green sauce.
    dish("cappon magro", "cappun magru",
         parts="fish, shellfish, vegetables, green sauce, egg, bread", cuisine="italian"),
    # Umbrian griddle flatbread split and filled with sausage and greens or prosciutto; not a cake.
    dish("torta al testo", "crescia, torta al testo con salsiccia",
         parts="bread, sausage, bitter greens, cured ham", cuisine="italian"),
    # Marche green olives stuffed with mixed meats, breaded and deep-fried.
    dish("olive all'ascolana", "olive ascolane, olive all ascolana, stuffed fried olives",
         parts="olives, minced beef, pork, stuffed, fried", cuisine="italian"),
    # Abruzzese fritters of pecorino, egg and bread, fried then simmered in tomato sauce.
    dish("pallotte cace e ove", "pallotte cacio e uova, pallotte cacio e ova, cheese and egg balls",
         parts="aged cheese, egg, fried, tomato sauce", cuisine="italian"),
    # Teramo crepes rolled with pecorino and served in hot chicken broth.
    dish("scrippelle 'mbusse", "scrippelle mbusse, scrippelle in brodo",
         parts="savoury pancake, parmesan, stock, soup", cuisine="italian"),
    # Puglian baked layers of rice, potato and raw mussels with pecorino and tomato.
    dish("tiella barese", "riso patate e cozze, patate riso e cozze, tiella di riso patate e cozze",
         parts="rice, potato, mussel, baked, aged cheese, tomato", cuisine="italian"),
    # Lecce shortcrust pastry filled with custard, baked.
    dish("pasticciotto", "pasticciotti, pasticciotto leccese",
         parts="dessert, pastry, creme patissiere, baked", cuisine="italian"),
    # Southern wide pasta ribbons with chickpeas, garlic and oil (ciceri e tria: part fried).
    dish("lagane e ciceri", "ciceri e tria", parts="pasta, chickpeas, garlic, olive oil", cuisine="italian"),
    # Palermo bun of beef spleen and lung fried in lard, with caciocavallo/ricotta or lemon.
    dish("pani ca meusa", "pane con la milza, pani ca' meusa, spleen sandwich",
         parts="offal, beef, bread, fresh cheese, lemon wedge", cuisine="italian"),
    # Neapolitan breaded fritter of bucatini bound in bechamel with ham and peas, deep-fried.
    dish("frittatina di pasta", "frittatine di pasta, frittatina napoletana",
         parts="pasta, cheese sauce, ham, peas, fried", cuisine="italian"),
    # Valencian eel stew with potato, garlic and paprika.
    dish("all i pebre", "allipebre, all-i-pebre, anguila all i pebre",
         parts="eel, potato, garlic, la vera paprika, braised", cuisine="spanish"),
    # Asturian pair of veal escalopes sandwiching ham and cheese, breaded and fried.
    dish("cachopo", "cachopo asturiano, cachopo de ternera",
         parts="veal, cured ham, cheese, stuffed, fried", cuisine="spanish"),
    # Manchego scramble of eggs with chorizo and bacon.
    dish("duelos y quebrantos", "duelos e quebrantos", parts="chorizo, bacon, cooked eggs, fried", cuisine="spanish"),
    # Cuenca hot game paté of hare, partridge, pork liver and bread with spices.
    dish("morteruelo", "morteruelo conquense",
         parts="game, pork, chicken liver, warm spices, bread", cuisine="spanish"),
    # Mussels in a thick spicy bechamel with tomato, breaded and fried in the shell.
    dish("mejillones tigre", "tigres, tigres rabiosos, mejillones rellenos",
         parts="mussel, cream sauce, tomato sauce, breadcrumbs, fried", cuisine="spanish"),
    # Murcian dried broad bean stew with chorizo, ham bone and chilli.
    dish("michirones", "michirones murcianos", parts="chorizo, cured ham, beans, chilli, braised", cuisine="spanish"),
    # Rioja potato and chorizo stew with paprika.
    dish("patatas a la riojana", "patatas riojanas, patatas con chorizo",
         parts="potato, chorizo, la vera paprika, braised", cuisine="spanish"),
    # Fresh anchovy fillets cured in vinegar, dressed with garlic, parsley and oil; not mackerel.
    dish("boquerones en vinagre", "boquerones al vinagre, boquerones en vinagreta, anchoas en vinagre",
         parts="anchovy, cured, vinaigrette, garlic, olive oil", cuisine="spanish"),
    # Layers of sweetened whipped cream and crushed Maria biscuits (Macau/Portugal).
    dish("serradura", "sawdust pudding, serradura pudding",
         parts="dessert, cream, whipped, biscuits", cuisine="portuguese"),
    # Graubünden chard leaves wrapped round spätzle dough with dried sausage, simmered in milky cream and cheese.
    dish("capuns", "capuns grischuns",
         parts="pasta shapes, cured sausage, spinach, cream sauce, aged cheese", cuisine="german"),
    # Bavarian beer-garden mackerel or whitefish on a stick, grilled over embers.
    dish("steckerlfisch", "steckerlfische, fish on a stick",
         parts="mackerel, grilled, ember-roasted, herbs", cuisine="german"),
    # Alpine dense bread of dried pears, figs and nuts with spices.
    dish("kletzenbrot", "früchtebrot, fruchtebrot, hutzelbrot",
         parts="dessert, dried fruit, bread, warm spices, nuts", cuisine="german"),
    # Greek meze of fresh anchovies cured in vinegar with garlic and oil.
    dish("gavros marinatos", "gavros marinatos, gavros marinato, gavro marinato",
         parts="anchovy, cured, vinaigrette, garlic, olive oil", cuisine="greek"),
    # Sifnos lamb or kid baked slowly in a clay pot with red wine and dill.
    dish("mastelo", "mastelo sifnou", parts="lamb, braised, red wine sauce, clay pot, herbs", cuisine="greek"),
    # Whipped feta with hot peppers and oil: salty, creamy, spicy.
    dish("tirokafteri", "htipiti, ktipiti, spicy feta dip", parts="fresh cheese, chilli, olive oil", cuisine="greek"),
    # Rhodes chickpea fritters with tomato, onion and mint.
    dish("pitaroudia", "revithokeftedes, revithokeftedes rhodou",
         parts="chickpeas, tomato, herbs, fried", cuisine="greek"),
    # Istanbul grilled mackerel sandwich with onion and salad.
    dish("balik ekmek", "balık ekmek", parts="mackerel, grilled, bread, onion, salad", cuisine="middle eastern"),
    # Turkish red lentil and bulgur soup with tomato, mint and pepper.
    dish("ezogelin corbasi", "ezogelin çorbası, ezogelin soup, ezogelin",
         parts="lentils, whole grains, tomato, warm spices, soup", cuisine="middle eastern"),
    # Turkish breakfast of sliced sucuk fried with eggs.
    dish("sucuklu yumurta", "sucuk with eggs, sucuk and eggs",
         parts="spiced sausage, egg, fried", cuisine="middle eastern"),
    # Turkish thin griddled flatbread filled with cheese and spinach (or mince or potato).
    dish("gozleme", "gözleme", parts="bread, fresh cheese, spinach, baked", cuisine="middle eastern"),
    # Turkish baked jacket potato mashed with butter and cheese, loaded with toppings.
    dish("kumpir", "kumpir potato", parts="potato, baked, butter, cheese, pickles, corn", cuisine="middle eastern"),
    # Turkish milk pudding with a caramelised scorched base.
    dish("kazandibi", "kazan dibi", parts="dessert, pudding, milk, caramel", cuisine="middle eastern"),
    # Turkish wheat, pulses, dried fruit and nut pudding.
    dish("asure", "aşure, ashure, noah's pudding",
         parts="dessert, whole grains, beans, dried fruit, nuts", cuisine="middle eastern"),
    # Shredded pastry baked with butter and nuts, soaked in syrup.
    dish("kadayif", "tel kadayif, kadayıf",
         parts="dessert, flaky pastry, nuts, sugar, butter", cuisine="middle eastern"),
    # Turkish beef stewed with tomato and onion: a stew, not grilled.
    dish("tas kebab", "tas kebabı, tas kebabi", parts="beef, braised, tomato sauce, onion", cuisine="middle eastern"),
    # Artichokes braised in olive oil and lemon with peas and carrot, served cold.
    dish("zeytinyagli enginar", "zeytinyağlı enginar, artichokes in olive oil",
         parts="artichoke, olive oil, citrus, vegetables, braised, cold", cuisine="middle eastern"),
    # Beans braised in olive oil with tomato and carrot, served cold.
    dish("pilaki", "fasulye pilaki, barbunya pilaki",
         parts="beans, olive oil, tomato, carrot, cold", cuisine="middle eastern"),
    # Turkish white bean salad with onion, parsley, egg and lemon/vinegar dressing.
    dish("piyaz", "fasulye piyazi, piyazi", parts="beans, onion, vinaigrette, herbs, egg", cuisine="middle eastern"),
    # Strained yogurt dip with garlic, mint and dill.
    dish("haydari", "haydari dip", parts="yogurt, garlic, herbs", cuisine="middle eastern"),
    # Kofte wrapped in aubergine slices and baked in tomato sauce.
    dish("islim kebab", "islim kebabı, islim kebabi",
         parts="minced beef, eggplant, tomato sauce, baked", cuisine="middle eastern"),
    # Minced meat and aubergine chunks skewered and grilled.
    dish("patlican kebab", "patlıcan kebabı, patlican kebabi, aubergine kebab",
         parts="minced beef, eggplant, grilled, spiced", cuisine="middle eastern"),
    # Erzurum marinated lamb on a horizontal spit, sliced onto skewers.
    dish("cag kebab", "cağ kebabı, cag kebabi", parts="lamb, on the spit, grilled, bread", cuisine="middle eastern"),
    # Mersin finely chopped beef steamed-fried on a sac, wrapped in lavash with tomato and pepper.
    dish("tantuni", "mersin tantuni",
         parts="beef, pan-tossed, bread, tomato, onion, chilli flakes", cuisine="middle eastern"),
    # Semolina-cheese dough rolled round clotted cream with rose syrup.
    dish("halawet el jibn", "halawet el jiben, halawet al jibn, sweet cheese rolls",
         parts="dessert, fresh cheese, cream, sugar, rose water", cuisine="middle eastern"),
    # Hummus topped with spiced minced lamb and pine nuts.
    dish("hummus bil lahme", "hummus bi lahmeh, hummus with lamb",
         parts="lamb, chickpeas, spiced, olive oil, nuts", cuisine="middle eastern"),
    # Lebanese small spiced lamb/beef sausages pan-fried with lemon and pomegranate molasses.
    dish("makanek", "maqaniq, naqaniq", parts="lamb, spiced sausage, citrus, pomegranate", cuisine="middle eastern"),
    # Yemeni rolled buttery dough slow-baked overnight, with grated tomato and hard eggs.
    dish("jachnun", "jachnoon, jahnun", parts="pastry, butter, baked, tomato, cooked eggs", cuisine="middle eastern"),
    # Crisp shredded pastry filled with ashta cream and syrup.
    dish("osmalieh", "othmanlieh, osmaliyeh",
         parts="dessert, flaky pastry, clotted cream, nuts, sugar", cuisine="middle eastern"),
    # Persian lamb and yellow split pea stew with dried lime and tomato, topped with fried potato.
    dish("gheymeh", "khoresh gheymeh, gheimeh, gheymeh khoresh",
         parts="lamb, split peas, tomato sauce, citrus, braised, fries", cuisine="middle eastern"),
    # Frozen rose-water sorbet with thin rice noodles and lime.
    dish("faloodeh", "paloodeh, faludeh, shirazi faloodeh",
         parts="dessert, sherbet, rice noodles, rose water, citrus", cuisine="middle eastern"),
    # Persian saffron, rose-water and pistachio ice cream.
    dish("bastani", "bastani sonnati, persian ice cream, saffron ice cream",
         parts="dessert, ice cream, rose water, warm spices, nuts", cuisine="middle eastern"),
    # Persian lamb and celery stew with mint, parsley and lemon.
    dish("khoresh karafs", "khoresht karafs, khoresh-e karafs",
         parts="lamb, celery, herbs, braised, citrus", cuisine="middle eastern"),
    # Moroccan warqa triangles filled with spiced meat (or chicken or cheese), fried.
    dish("briouats", "briouat, briwat, briouates",
         parts="flaky pastry, minced beef, warm spices, fried", cuisine="north african"),
    # Algerian hand-cut noodles in white chicken and chickpea broth with cinnamon.
    dish("rechta", "rechta algeroise", parts="pasta, chicken, chickpeas, warm spices, stock", cuisine="north african"),
    # Tunisian beef and liver stew heavy with cumin.
    dish("kamounia", "kamounia tunisienne", parts="beef, offal, braised, warm spices, garlic", cuisine="north african"),
    # West African deep-fried sweet yeast dough balls.
    dish("puff puff", "puff-puff, bofrot, mikate", parts="dessert, fried dough, sugar", cuisine=""),
    # Cameroonian chicken fried then simmered with ripe plantain, vegetables and tomato.
    dish("poulet dg", "poulet directeur general, poulet directeur général, chicken dg",
         parts="chicken, fried, plantain, vegetables, tomato sauce", cuisine=""),
    # South African milk custard tart dusted with cinnamon.
    dish("melktert", "milk tart, melk tert", parts="dessert, tart, custard, warm spices", cuisine=""),
    # East African beef skewers marinated with ginger, garlic and lime, grilled over coals.
    dish("mishkaki", "mshikaki, mishkaki skewers", parts="beef, marinated, grilled, spiced, citrus", cuisine=""),
    # Zanzibar street griddled dough parcel of mince, egg and onion; no tomato or cheese.
    dish("zanzibar pizza", "zanzibar pizzas", parts="minced beef, egg, onion, pastry, fried", cuisine=""),
    # Mozambican cassava leaves stewed with ground peanuts and coconut, often with crab or prawn.
    dish("matapa", "matapa de caranguejo", parts="bitter greens, nut sauce, coconut, prawn", cuisine=""),
    # Ugandan green bananas stewed with tomato and onion.
    dish("matoke", "matooke, matoke stew", parts="plantain, braised, tomato, onion", cuisine=""),
    # Ugandan chicken steamed in banana leaf with groundnut sauce.
    dish("luwombo", "oluwombo, luwombo chicken", parts="chicken, banana leaf, poached, nut sauce", cuisine=""),
    # Nigerian smoky grilled goat tossed in hot pepper and onion.
    dish("asun", "peppered goat, asun goat", parts="lamb, grilled, smoked, fiery chilli, onion", cuisine=""),
    # Kerala prawns in mild coconut milk curry with turmeric, ginger and lime.
    dish("prawn moilee", "chemmeen moilee, prawn molee, prawns moilee",
         parts="prawn, coconut, curry, citrus, ginger, mild", cuisine="indian"),
    # Minced lamb and chana dal patties, pan-fried: not grilled.
    dish("shammi kebab", "shami kebab, shami kabab, shammi kabab",
         parts="lamb, lentils, warm spices, shallow-fried", cuisine="indian"),
    # Lucknowi silky minced lamb seekh kebab, charcoal-grilled.
    dish("kakori kebab", "kakori kabab", parts="lamb, grilled, warm spices", cuisine="indian"),
    # Whole leg of lamb marinated in yogurt and spices, slow-roasted.
    dish("raan", "raan e sikandari, raan-e-sikandari, raan musallam",
         parts="leg of lamb, marinated, roasted, warm spices, yogurt", cuisine="indian"),
    # South Indian sweet milk pudding of rice or vermicelli with cardamom, cashew and jaggery.
    dish("payasam", "payesh, paal payasam, semiya payasam",
         parts="dessert, rice pudding, milk, coconut, nuts", cuisine="indian"),
    # Karnataka gram-flour fudge rich with ghee and sugar.
    dish("mysore pak", "mysore paak", parts="dessert, sugar, butter, flour", cuisine="indian"),
    # Milk fudge (or cashew fudge) with cardamom.
    dish("barfi", "burfi, kaju katli, kaju barfi, pista barfi", parts="dessert, milk, sugar, nuts", cuisine="indian"),
    # Sweet balls of gram flour or boondi with ghee and sugar.
    dish("ladoo", "laddoo, laddu, ladu, besan ladoo, motichoor ladoo",
         parts="dessert, sugar, flour, nuts, butter", cuisine="indian"),
    # Goan many-layered coconut, egg and ghee cake.
    dish("bebinca", "bibik, bebinka", parts="dessert, coconut, custard, cake, butter", cuisine="indian"),
    # Sri Lankan red lentil curry in coconut milk.
    dish("parippu", "parippu curry", parts="lentils, coconut, curry, mild", cuisine="indian"),
    # Sri Lankan steamed coconut-jaggery custard with cardamom.
    dish("watalappan", "wattalappam, watalappam, vattalappam",
         parts="dessert, custard, coconut, brown sugar, warm spices", cuisine="indian"),
    # Newar steamed rice-flour dumpling filled with molasses and sesame.
    dish("yomari", "yomari dumplings", parts="dessert, rice cakes, brown sugar, nuts", cuisine=""),
    # Nepali sour curry of potato, fermented bamboo shoot and black-eyed beans.
    dish("aloo tama", "alu tama", parts="potato, bamboo shoots, beans, curry, tangy", cuisine=""),
    # Isaan grilled marinated pork neck with jaew chilli dip.
    dish("kor moo yang", "kho mu yang, kor moo yang isaan",
         parts="pork, collar, grilled, marinated, chilli", cuisine="thai"),
    # Thai-Muslim chicken biryani with turmeric rice.
    dish("khao mok gai", "khao mok kai", parts="chicken, rice, curry, warm spices, yogurt", cuisine="thai"),
    # Water chestnut 'rubies' in tapioca, in sweet coconut milk over ice.
    dish("tub tim krob", "thap thim krop, tubtim krob", parts="dessert, coconut, sugar, jelly", cuisine="thai"),
    # Thai coconut-rice batter cups cooked in a dimpled pan.
    dish("khanom krok", "kanom krok, coconut rice pancakes",
         parts="dessert, coconut, rice, griddle cakes", cuisine="thai"),
    # Wide rice noodles in thick gravy with pork and Chinese broccoli.
    dish("rad na", "lad na, rat na, raad naa", parts="rice noodles, pork, asian greens, soy, stock", cuisine="thai"),
    # Northern Thai minced pork and tomato chilli dip with raw vegetables.
    dish("nam prik ong", "nam phrik ong", parts="pork, tomato, chilli, vegetables", cuisine="thai"),
    # Hue chewy tapioca dumplings of shrimp and pork belly with nuoc cham.
    dish("banh bot loc", "banh bot loc tran, banh bot loc la, tapioca dumplings",
         parts="prawn, pork belly, filled pasta, nuoc cham", cuisine="vietnamese"),
    # Cambodian pork-bone broth rice-noodle soup with pork and herbs.
    dish("kuy teav", "kuy tiew, kuyteav", parts="noodle soup, rice noodles, pork, stock, herbs", cuisine=""),
    # Cambodian coconut-garlic marinated grilled pork over rice with pickles.
    dish("bai sach chrouk", "bai sach jrouk, bai sach chhrouk",
         parts="pork, grilled, marinated, rice, pickles", cuisine=""),
    # Lao fermented pork and rice sausage, grilled: sour and garlicky.
    dish("sai gok", "sai kok, sai gork", parts="sausage, fermented, garlic, grilled", cuisine=""),
    # Lao fish steamed in banana leaf with herbs and chilli.
    dish("mok paa", "lao steamed fish, mok pla lao",
         parts="fish, banana leaf, poached, thai herbs, spiced", cuisine=""),
    # Nyonya chicken curry with coconut, candlenut and lime leaf.
    dish("chicken curry kapitan", "kari kapitan, curry kapitan, ayam kapitan",
         parts="chicken, curry, coconut, spiced, lime leaves", cuisine="indonesian"),
    # Stingray wing grilled on banana leaf under spicy sambal belacan.
    dish("sambal stingray", "ikan pari bakar, bbq stingray, stingray sambal, grilled stingray",
         parts="skate, grilled, chilli, shrimp paste, banana leaf", cuisine="indonesian"),
    # Water spinach stir-fried with belacan and chilli.
    dish("kangkung belacan", "sambal kangkung, water spinach with shrimp paste",
         parts="vegetables, asian greens, shrimp paste, chilli, pan-tossed", cuisine="indonesian"),
    # Shaved ice with green rice-flour jelly, coconut milk and palm sugar syrup.
    dish("cendol", "chendol, es cendol, dawet", parts="dessert, coconut, brown sugar, jelly", cuisine="indonesian"),
    # Shaved ice with red beans, jellies, sweetcorn, syrup and evaporated milk.
    dish("ais kacang", "ais batu campur, air batu campur",
         parts="dessert, red bean paste, jelly, corn, milk", cuisine="indonesian"),
    # Indonesian shaved ice with fruit, jellies, coconut milk and syrup.
    dish("es campur", "es teler", parts="dessert, tropical fruit, jelly, coconut, sugar", cuisine="indonesian"),
    # Fish in spice paste wrapped in banana leaf, steamed then grilled; not a pepper sauce.
    dish("pepes ikan", "pepes ikan bumbu, pepes ikan kukus",
         parts="fish, banana leaf, spiced, grilled, thai herbs", cuisine="indonesian"),
    # Thick sweet griddle pancake folded over chocolate, peanuts and butter.
    dish("martabak manis", "terang bulan, apam balik",
         parts="dessert, griddle cakes, chocolate, nuts, butter", cuisine="indonesian"),
    # Tofu omelette with peanut sauce, sweet soy and bean sprouts.
    dish("tahu telur", "tahu telor", parts="fried tofu, egg, nut sauce, soy, bean sprouts", cuisine="indonesian"),
    # Filipino chicken or pork braised in tomato sauce with potato and peppers.
    dish("afritada", "chicken afritada, pork afritada, apritada",
         parts="chicken, braised, tomato sauce, potato, sweet pepper", cuisine=""),
    # Filipino larded beef braised in tomato, soy and calamansi.
    dish("mechado", "beef mechado, mitsado", parts="beef, braised, tomato sauce, soy, citrus, potato", cuisine=""),
    # Purple yam jam cooked with coconut and condensed milk.
    dish("ube halaya", "halayang ube, ube jam", parts="dessert, coconut, milk, sugar, butter", cuisine=""),
    # Milkfish butterflied, marinated in vinegar and garlic, fried.
    dish("daing na bangus", "daing na bangus, fried milkfish",
         parts="fish, marinated, vinaigrette, garlic, fried", cuisine=""),
    # Cantonese roast meats: char siu, roast duck/goose and crispy pork.
    dish("siu mei", "siu mei platter, cantonese roast meats, roast meat platter",
         parts="pork, duck, roasted, glaze, soy", cuisine="chinese"),
    # Hunan salt-cured, wood-smoked pork belly, usually stir-fried with chilli and leek.
    dish("la rou", "larou, hunan cured pork, chinese bacon", parts="pork belly, cured, smoked", cuisine="chinese"),
    # Hangzhou river shrimp stir-fried with Longjing green tea leaves: delicate.
    dish("longjing shrimp", "longjing xiaren, dragon well shrimp, longjing prawns",
         parts="prawn, pan-tossed, light", cuisine="chinese"),
    # Glutinous rice balls coated in sesame, filled with sweet bean paste, deep-fried.
    dish("sesame balls", "jian dui, jin deui, sesame seed balls",
         parts="dessert, fried dough, red bean paste", cuisine="chinese"),
    # Cantonese sweet dessert soups (red bean, black sesame, almond).
    dish("tong sui", "tong sui dessert soup, cantonese sweet soup", parts="dessert, sugar, soup", cuisine="chinese"),
    # Sweet adzuki bean soup with dried tangerine peel: a dessert, not a main.
    dish("red bean soup", "red bean sweet soup, hong dou tang",
         parts="dessert, red bean paste, sugar, citrus, soup", cuisine="chinese"),
    # Glutinous rice balls filled with black sesame, in sweet ginger syrup.
    dish("tang yuan", "tangyuan, glutinous rice balls, black sesame rice balls",
         parts="dessert, rice cakes, nut sauce, soup", cuisine="chinese"),
    # Skipjack loin seared over straw, sliced rare, with ponzu and garlic.
    dish("katsuo tataki", "bonito tataki, seared bonito",
         parts="tuna, seared, raw, soy, citrus, garlic", cuisine="japanese"),
    # Whole roe-filled smelt, salt-grilled and eaten whole.
    dish("shishamo", "komochi shishamo, shishamo yaki", parts="whitebait, broiled, cod roe", cuisine="japanese"),
    # Panko-crumbed deep-fried prawns with tartar sauce; no potato fries.
    dish("ebi fry", "ebi furai, fried breaded prawns, ebi furai with tartar",
         parts="prawn, fried, breadcrumbs, mayonnaise", cuisine="japanese"),
    # Agar jelly cubes with sweet bean paste, fruit and black syrup.
    dish("anmitsu", "mitsumame, cream anmitsu", parts="dessert, jelly, red bean paste, fruit", cuisine="japanese"),
    # Korean dumplings of pork, tofu and vegetables (or kimchi), steamed or pan-fried.
    dish("mandu", "mandoo, gun mandu, kimchi mandu", parts="filled pasta, pork, tofu, vegetables", cuisine="korean"),
    # Korean knife-cut wheat noodles in anchovy or clam broth.
    dish("kalguksu", "bajirak kalguksu, knife-cut noodle soup", parts="noodle soup, clam, stock", cuisine="korean"),
    # Oaxacan thick masa cakes with lard, beans, quesillo and salsa.
    dish("memelas", "memela", parts="corn, beans, fresh cheese, salsa", cuisine="mexican"),
    # Yucatecan fish in achiote and sour orange, grilled in banana leaf.
    dish("tikin xic", "tikin-xic, tikin xik, pescado tikin xic",
         parts="fish, achiote, citrus, banana leaf, grilled", cuisine="mexican"),
    # Yucatecan fried bean-stuffed tortillas with shredded turkey and pickled onion.
    dish("panuchos", "panucho", parts="corn, beans, turkey, fried, red onion, achiote", cuisine="mexican"),
    # Yucatecan puffed fried tortillas with turkey, pickled onion and avocado.
    dish("salbutes", "salbut, salbute", parts="corn, fried, turkey, red onion, avocado", cuisine="mexican"),
    # Yucatecan turkey in a black sauce of charred chillies, with pork and egg stuffing.
    dish("chilmole", "pavo en chilmole, chilmole de pavo",
         parts="turkey, braised, red chillies, smoked, pork, cooked eggs", cuisine="mexican"),
    # Northern mixed meats, bacon and chorizo cooked on a plough disc.
    dish("discada", "discada norteña, discada nortena",
         parts="beef, pork, sausage, bacon, chorizo, seared", cuisine="mexican"),
    # Beef stewed in a dried red chile sauce.
    dish("carne con chile colorado", "chile colorado de res, beef chile colorado",
         parts="beef, braised, red chillies, garlic", cuisine="mexican"),
    # Andean guinea pig, fried flat under a stone or roasted, crisp skin.
    dish("cuy", "cuy chactado, cuy al horno, roast guinea pig", parts="rabbit, fried, crisped", cuisine="peruvian"),
    # Peruvian fried fish chunks with lime and salsa criolla; no pork.
    dish("chicharron de pescado", "chicharrón de pescado, chicharron de calamar, chicharrón de mariscos",
         parts="fish, fried, citrus, salsa", cuisine="peruvian"),
    # Peruvian fish steamed in tomato, onion, aji and chicha/beer broth.
    dish("sudado de pescado", "pescado sudado, sudado",
         parts="fish, poached, tomato, onion, chilli", cuisine="peruvian"),
    # Amazonian rice and chicken parcel with turmeric, egg and olive, steamed in bijao leaf.
    dish("juane", "juanes", parts="chicken, rice, banana leaf, cooked eggs, olives, spiced", cuisine="peruvian"),
    # Purple corn jelly-pudding with dried fruit, cinnamon and clove.
    dish("mazamorra morada", "mazamorra", parts="dessert, fruit, dried fruit, warm spices, citrus", cuisine="peruvian"),
    # Scrambled eggs with ham, shoestring potatoes and peas.
    dish("revuelto gramajo", "gramajo, revuelto de gramajo",
         parts="ham, cooked eggs, fries, onion, peas", cuisine="argentinian"),
    # Slab of fresh cheese with quince or sweet-potato paste.
    dish("postre vigilante", "queso y dulce", parts="dessert, fresh cheese, fruit sauce", cuisine="argentinian"),
    # Sao Paulo plate of pork chop, bean-cassava mash, sausage, egg, kale and fried banana.
    dish("virado a paulista", "virado à paulista",
         parts="pork, beans, egg, sausage, cabbage, plantain", cuisine="brazilian"),
    # Amazonian hot tucupi broth with dried shrimp, jambu leaves and tapioca gum.
    dish("tacaca", "tacacá", parts="prawn, cassava, stock, bitter greens, soup", cuisine="brazilian"),
    # Para duck simmered in sour fermented cassava juice with numbing jambu.
    dish("pato no tucupi", "pato ao tucupi, duck in tucupi",
         parts="duck, braised, cassava, bitter greens", cuisine="brazilian"),
    # Moulded cornmeal cake with sardines, prawns, tomato, egg and olives.
    dish("cuscuz paulista", "cuscuz à paulista, cuscuz a paulista",
         parts="corn, fish, prawn, tomato, egg, olives", cuisine="brazilian"),
    # Brazilian bar snack of small chicken pieces fried crisp with garlic.
    dish("frango a passarinho", "frango à passarinho, frango passarinho",
         parts="chicken, fried, garlic", cuisine="brazilian"),
    # Guava paste with fresh Minas cheese.
    dish("romeu e julieta", "goiabada com queijo, romeo and juliet dessert",
         parts="dessert, fresh cheese, fruit sauce", cuisine="brazilian"),
    # Trinidadian curried goat with potato wrapped in dhalpuri roti; meat, not cheese.
    dish("goat roti", "trini goat roti, goat roti wrap", parts="lamb, curry, chapati, potato", cuisine="caribbean"),
    # Curried chicken and potato wrapped in dhalpuri roti; not a roast.
    dish("chicken roti", "curry chicken roti, trini chicken roti, trini roti",
         parts="chicken, curry, chapati, potato", cuisine="caribbean"),
    # French Antilles fish poached in lime, chilli and herb broth.
    dish("blaff", "blaff de poisson, fish blaff", parts="fish, poached, citrus, chilli, herbs", cuisine="caribbean"),
    # Jamaican pinched pastry tart filled with spiced brown-sugar coconut.
    dish("gizzada", "gizzadas, pinch-me-round",
         parts="dessert, tart, toasted coconut, brown sugar, warm spices", cuisine="caribbean"),
    # Finnish baked squeaky fresh cheese, warm with cloudberry jam.
    dish("leipajuusto", "leipäjuusto, juustoleipä, finnish squeaky cheese",
         parts="grilling cheese, baked, jam", cuisine="scandinavian"),
    # Finnish blueberry pie with sour-cream custard.
    dish("mustikkapiirakka", "mustikkapiiras, finnish blueberry pie",
         parts="dessert, tart, berries, cream", cuisine="scandinavian"),
    # Icelandic lamb soup with root vegetables.
    dish("kjotsupa", "kjötsúpa, icelandic lamb soup", parts="lamb, vegetables, swede, soup", cuisine="scandinavian"),
    # Norwegian rolled thin waffle cookies filled with whipped cream.
    dish("krumkake", "krumkaker", parts="dessert, biscuits, cream", cuisine="scandinavian"),
    # Stacked almond-paste ring cake with icing.
    dish("kransekake", "kransekage, almond ring cake",
         parts="dessert, cake, nuts, icing sugar", cuisine="scandinavian"),
    # Norwegian potato dumplings with salted meat, bacon, swede and melted butter.
    dish("raspeballer", "komle, kumle, kumla, raspeball, potetball",
         parts="potato, knödel, ham, bacon, swede, butter", cuisine="scandinavian"),
    # Polish filled doughnuts with rose or plum jam.
    dish("paczki", "pączki, pączek, paczek", parts="dessert, fried dough, jam", cuisine="central european"),
    # Polish yeast roll with sweet poppy seed, honey and nut filling.
    dish("makowiec", "poppy seed roll, makowiec zawijany",
         parts="dessert, cake, nuts, honey", cuisine="central european"),
    # Bite-sized, battered and fried like popcorn: the shrimp or chicken, not the popped corn.
    dish("popcorn shrimp", "popcorn prawns, popcorn prawn", parts="prawn, fried", cuisine="american"),
    dish("popcorn chicken", "chicken popcorn", parts="chicken, fried", cuisine="american"),
    # An Austrian tavern's cold board: cured and smoked meats, cheese, spreads, pickles, bread.
    dish("brettljause", "brettljausn, bretteljause, jausenbrett, jausenbrettl",
         parts="charcuterie, cheese, pickles, bread", cuisine="german"),
    # Flemish cold terrine of chicken, rabbit, veal and pork set in a vinegary jelly, with fries.
    dish("potjevleesch", "potjevlesch, pot'je vleesch, potje vleesch, potjevlees",
         parts="chicken, rabbit, veal, pork, aspic, cold, tangy", cuisine="french"),
    # Savoie smoked pork sausage with cabbage or chard in it, poached, served with potatoes.
    dish("pormonaise", "pormoniers, pormonier, pormonaises",
         parts="smoked sausage, cabbage, spinach, herbs, potato", cuisine="french"),
    # Savoie grated potato cake with bacon, prunes and raisins, baked for hours in a mould.
    dish("farcement", "farçon, farcon, farcement savoyard",
         parts="potato, bacon, dried fruit, baked", cuisine="french"),
    # Aveyron parcels of sheep's tripe filled with ham and garlic, slow-braised in white wine and tomato.
    dish("tripoux", "tripous, tripoux aveyronnais, tripoux de naucelle",
         parts="lamb, tripe, cured ham, garlic, white wine sauce, braised", cuisine="french"),
    # Rouergue dried stockfish mashed with potato, eggs, garlic and walnut oil.
    dish("estofinado", "estofinade, estofi, estoficado",
         parts="salt cod, potato, cooked eggs, garlic, nuts", cuisine="french"),
    # Basque fishermen's soup of fish and shellfish with tomato, pepper and Espelette chilli.
    dish("ttoro", "ttoro basque, tioro, soupe de poisson basque",
         parts="fish, shellfish, tomato, sweet pepper, chilli, soup", cuisine="french"),
    # Marseille lamb tripe parcels and trotters braised in white wine and tomato.
    dish("pieds paquets", "pieds et paquets, pieds-paquets, pieds et paquets marseillais",
         parts="lamb, tripe, offal, white wine sauce, tomato sauce, braised", cuisine="french"),
    # Lyon beef tripe marinated in white wine and mustard, breaded and fried, with gribiche.
    dish("tablier de sapeur", "tabliers de sapeur, tablier de sapeur lyonnais",
         parts="tripe, mustard, breadcrumbs, fried, mayonnaise", cuisine="french"),
    # Monaco fried pasta parcels of chard, ricotta and parmesan.
    dish("barbajuan", "barbajuans, barbagiuan, barbagiuai, barbajuans monegasques",
         parts="filled pasta, spinach, fresh cheese, parmesan, fried", cuisine="french"),
    # Roman rigatoni with sausage, guanciale, tomato and egg-pecorino: carbonara meets amatriciana.
    dish("rigatoni alla zozzona", "zozzona, pasta alla zozzona, la zozzona",
         parts="pasta, sausage, pork jowl, tomato sauce, egg, aged cheese", cuisine="italian"),
    # Vercelli risotto of beans, salami, lard and red wine.
    dish("panissa", "paniscia, paniscia novarese, panissa vercellese",
         parts="rice, beans, cured sausage, bacon, red wine sauce", cuisine="italian"),
    # Milanese meatballs of leftover boiled beef and mortadella, crumbed and fried in butter.
    dish("mondeghili", "mondeghilli, polpette alla milanese, mondeghili milanesi",
         parts="minced beef, forcemeat, breadcrumbs, fried, butter", cuisine="italian"),
    # Amalfi coast ricotta gnocchi in tomato sauce with basil and parmesan.
    dish("'ndunderi", "ndunderi, ndunderi di minori, 'ndunderi di minori",
         parts="gnocchi, fresh cheese, tomato sauce, parmesan, herbs", cuisine="italian"),
    # Basilicata sun-dried sweet peppers flash-fried in oil until crisp.
    dish("peperoni cruschi", "peperoni crusco, peperone crusco, zafarani cruschi",
         parts="sweet pepper, dried, fried, olive oil", cuisine="italian"),
    # Neapolitan baked rice timbale filled with ragu, meatballs, peas and mozzarella.
    dish("sartu di riso", "sartù di riso, sartu, sartù, sartu napoletano",
         parts="rice, tomato sauce, minced beef, peas, fresh cheese, baked", cuisine="italian"),
    # Sardinian carasau bread softened in broth, layered with tomato sauce, pecorino and a poached egg.
    dish("pane frattau", "pane fratau, pani frattau",
         parts="bread, stock, tomato sauce, aged cheese, egg", cuisine="italian"),
    # Valencian roasted red pepper strips with flaked salt cod, garlic and oil.
    dish("esgarraet", "esgarrat, esgarraet valenciano",
         parts="salt cod, sweet pepper, roasted, garlic, olive oil", cuisine="spanish"),
    # Catalan flatbread topped with roasted peppers, aubergine and onion, sometimes anchovy.
    dish("coca de recapte", "coca de recapte catalana, coca d'escalivada, coca de escalivada",
         parts="bread, sweet pepper, eggplant, onion, roasted, anchovy", cuisine="spanish"),
    # Mallorcan layers of fried potato, aubergine and pepper under tomato sauce.
    dish("tumbet", "tombet, tumbet mallorquin, tumbet mallorquín",
         parts="potato, eggplant, sweet pepper, fried, tomato sauce", cuisine="spanish"),
    # Mallorcan fry of lamb or pork offal with potato, peppers, fennel and garlic.
    dish("frit mallorqui", "frit mallorquí, frito mallorquin, frito mallorquín",
         parts="lamb, offal, potato, sweet pepper, fennel, fried", cuisine="spanish"),
    # Navarre and Rioja spring vegetable stew of artichoke, peas, beans and asparagus, finished with a little ham.
    dish("menestra de verduras", "menestra, menestra navarra, menestra riojana, menestra de tudela",
         parts="spring vegetables, artichoke, peas, green beans, asparagus, braised", cuisine="spanish"),
    # La Mancha mash of salt cod, potato, garlic and olive oil with egg and walnuts.
    dish("atascaburras", "ajoarriero manchego, atascaburras manchego",
         parts="salt cod, potato, garlic, olive oil, cooked eggs, nuts", cuisine="spanish"),
    # Jerez stew of chickpeas, beans and chard with pork, chorizo and morcilla.
    dish("berza jerezana", "berza gitana, berza de jerez, berza andaluza",
         parts="pork, chorizo, sausage, chickpeas, beans, cabbage, braised", cuisine="spanish"),
    # Aveiro eels stewed with tomato, onion, white wine and piri-piri, ladled over toasted bread.
    dish("ensopado de enguias", "ensopado de enguia, caldeirada de enguias, eel ensopado",
         parts="eel, braised, tomato sauce, white wine sauce, chilli, bread", cuisine="portuguese"),
    # Azorean beef pot-roast in red wine with allspice and bacon, in an unglazed clay pot.
    dish("alcatra", "alcatra da terceira, alcatra terceirense, alcatra de carne",
         parts="beef, braised, red wine sauce, warm spices, bacon, clay pot", cuisine="portuguese"),
    # Hessian tangy sour-milk cheese marinated in vinegar, oil, onion and caraway, with rye bread.
    dish("handkäs mit musik", "handkaes mit musik, handkas mit musik, handkäse mit musik, handkase mit musik",
         parts="cheese, vinaigrette, onion, caraway, bread", cuisine="german"),
    # North German pears simmered with green beans and bacon, with potatoes.
    dish("birnen bohnen und speck", "birnen bohnen speck, bohnen birnen und speck, pears beans and bacon",
         parts="bacon, pear, green beans, potato, braised", cuisine="german"),
    # Hamburg sweet-sour soup of eel, ham broth, dried fruit, vegetables and dumplings.
    dish("aalsuppe", "hamburger aalsuppe, aalsuppe hamburg, hamburg eel soup",
         parts="eel, ham, dried fruit, vegetables, sweet and sour, soup", cuisine="german"),
    # Westphalian beef stewed with heaps of onion and pepper, sharpened with capers and lemon.
    dish("pfefferpotthast", "potthast, westfälischer pfefferpotthast, westfalischer pfefferpotthast",
         parts="beef, braised, onion, peppered, capers, citrus", cuisine="german"),
    # Valais covered pie of potato, leek, apple and raclette cheese.
    dish("cholera", "choléra, walliser cholera, cholera valaisanne, cholera pie",
         parts="pastry, potato, onion, apple, aged cheese, baked", cuisine="german"),
    # Graubünden buckwheat dumplings with cabbage, bacon, melted cheese and butter.
    dish("pizokel", "pizokels, pizzocals, bizochels, bizochel",
         parts="pasta shapes, cabbage, bacon, aged cheese, butter", cuisine="german"),
    # Dresden sheet cake of yeast base, quark cheesecake layer and a set egg custard top.
    dish("eierschecke", "dresdner eierschecke, eierschecke kuchen",
         parts="dessert, cake, cheesecake, custard", cuisine="german"),
    # Polish boiled potato dumplings with butter, fried onion and bacon.
    dish("kopytka", "kopytko, kopytka ziemniaczane, polish potato dumplings",
         parts="gnocchi, potato, butter, onion, bacon", cuisine="central european"),
    # Silesian beef roulade rolled round bacon, gherkin and onion, braised in gravy.
    dish("rolada śląska", "rolada slaska, rolady śląskie, rolady slaskie, silesian beef roulade",
         parts="beef, stuffed, bacon, pickles, onion, braised, jus", cuisine="central european"),
    # Polish duck blood soup, sweet-sour with vinegar, dried plums and pears.
    dish("czernina", "czarnina, czernina z kaczki, duck blood soup",
         parts="duck, offal, dried fruit, sweet and sour, soup", cuisine="central european"),
    # Polish blood sausage with buckwheat groats, fried with onions or grilled.
    dish("kaszanka", "kaszanka z cebulą, kaszanka z cebula, kiszka, polish blood sausage",
         parts="sausage, offal, whole grains, onion, fried", cuisine="central european"),
    # Hungarian bean soup with smoked pork knuckle, sausage, paprika and sour cream.
    dish("jókai bableves", "jokai bableves, jókai bean soup, jokai bean soup",
         parts="pork, smoked, beans, sausage, la vera paprika, cream, soup", cuisine="central european"),
    # Romanian Easter loaf of lamb offal with spring onion, dill and hard eggs, baked.
    dish("drob de miel", "drob, drob romanesc, drob românesc, drob de miel romanesc",
         parts="lamb, offal, spring onion, herbs, cooked eggs, baked", cuisine=""),
    # Polish apple cake of shortcrust and cinnamon apples, often crumb-topped.
    dish("szarlotka", "szarlotka polska, polish apple cake, jabłecznik, jablecznik",
         parts="dessert, cake, apple, warm spices, crumble", cuisine="central european"),
    # Cretan wedding pilaf cooked in rich goat and rooster broth, finished with lemon and butter.
    dish("gamopilafo", "gamopilafo kritiko, pilafi kritiko, cretan wedding pilaf",
         parts="rice, lamb, chicken, stock, butter, citrus", cuisine="greek"),
    # Cretan pork marinated in vinegar, smoked over herbs, sliced and pan-fried.
    dish("apaki", "apaki kritiko, cretan smoked pork", parts="pork, cured, smoked, vinaigrette, herbs", cuisine="greek"),
    # Cretan snails fried face-down in oil and salt, doused with vinegar and rosemary.
    dish("chochlioi boubouristi", "kochlioi boubouristi, hohlioi boumbouristi, saligaria boubouristi, cretan fried snails",
         parts="snail, fried, olive oil, vinaigrette, herbs", cuisine="greek"),
    # Cypriot lamb with onion, tomato and cumin, slow-baked in an earthenware pot.
    dish("tavas", "tavas kypriakos, cypriot tavas, lamb tavas",
         parts="lamb, onion, tomato, warm spices, clay pot, baked", cuisine="greek"),
    # Bulgarian scramble of eggs with peppers, tomato and sirene cheese.
    dish("mish mash", "mishmash, mish-mash, bulgarian mish mash",
         parts="cooked eggs, sweet pepper, tomato, sheep's cheese, herbs", cuisine=""),
    # Greek Christmas cookies soaked in honey syrup with orange, cinnamon and walnuts.
    dish("melomakarona", "melomakarono, finikia, greek honey cookies",
         parts="dessert, biscuits, honey, citrus, warm spices, nuts", cuisine="greek"),
    # Turkish lamb shank slow-cooked with tomato and onion, over mash or pilaf.
    dish("kuzu incik", "kuzu incik tandır, kuzu incik tandir, kuzu incik kebabı, kuzu incik kebabi",
         parts="lamb, shank, braised, tomato sauce, onion", cuisine="middle eastern"),
    # Turkish tripe soup seasoned at the table with garlic vinegar, butter and chilli.
    dish("işkembe çorbası", "iskembe corbasi, işkembe, iskembe, turkish tripe soup",
         parts="tripe, garlic, vinaigrette, butter, chilli flakes, soup", cuisine="middle eastern"),
    # Egyptian pigeons stuffed with spiced freekeh or rice, poached then roasted crisp in butter.
    dish("hamam mahshi", "hamam mahshy, hamam mahchi, stuffed pigeon egyptian, egyptian stuffed pigeon",
         parts="pigeon, stuffed, whole grains, rice, warm spices, roasted, butter", cuisine="middle eastern"),
    # Levantine meatballs baked in tomato sauce with onions and pine nuts.
    dish("dawood basha", "daoud basha, daoud pasha, dawud basha, dawood pasha",
         parts="minced beef, lamb, tomato sauce, onion, nuts, warm spices", cuisine="middle eastern"),
    # Turkish semolina cookies baked then soaked in lemon syrup, topped with a hazelnut.
    dish("şekerpare", "sekerpare, şeker pare, seker pare",
         parts="dessert, biscuits, sugar, nuts", cuisine="middle eastern"),
    # Moroccan steamed vermicelli or couscous mounded over spiced chicken, with cinnamon, sugar and almonds.
    dish("seffa", "seffa medfouna, seffa au poulet, sfaa, seffa with chicken",
         parts="chicken, pasta, warm spices, sugar, nuts, butter", cuisine="north african"),
    # Algerian chicken (or lamb) stewed with chickpeas in a garlicky paprika and chilli sauce.
    dish("chtitha", "chtitha djej, chtitha lham, chtitha poulet, chtitha algerienne",
         parts="chicken, chickpeas, la vera paprika, chilli, garlic, braised", cuisine="north african"),
    # West African black-eyed pea fritters with onion and chilli, deep-fried.
    dish("akara", "akara balls, kosai, koose, black-eyed pea fritters, bean fritters",
         parts="beans, fried, onion, chilli", cuisine=""),
    # Efik thick soup of pumpkin leaves and waterleaf with beef, stockfish, periwinkles and palm oil.
    dish("edikang ikong", "edikaikong, edikang ikong soup, efere edikang ikong",
         parts="beef, bitter greens, smoked fish, shellfish, cooking fat, chilli", cuisine=""),
    # Lagos mashed soft beans under a dark sauce of dried chilli fried long in palm oil.
    dish("ewa agoyin", "ewa aganyin, agoyin beans, beans and agoyin sauce",
         parts="beans, cooking fat, chilli, onion, fried", cuisine=""),
    # Ivorian ripe plantain fried in palm oil, with chilli and onion sauce.
    dish("alloco", "aloco, allocos, ivorian fried plantain",
         parts="plantain, fried, chilli, onion", cuisine=""),
    # Senegalese millet couscous stirred into sweetened yogurt and cream with vanilla.
    dish("thiakry", "thiacry, chakery, degue, dégué, thiakry dessert",
         parts="dessert, whole grains, yogurt, cream, sugar, vanilla", cuisine=""),
    # Shiraz rice layered with cabbage, herbs and little spiced meatballs.
    dish("kalam polo", "kalam polow, kalam polo shirazi, cabbage rice with meatballs",
         parts="minced beef, rice, cabbage, herbs, warm spices", cuisine="middle eastern"),
    # Persian lamb or chicken stew with dried sour plums, saffron and onion: sweet-sour.
    dish("khoresh alu", "khoresh aloo, khoresht alu, khoresh-e alu, khoresh alu bokhara, persian plum stew",
         parts="lamb, dried fruit, braised, sweet and sour, warm spices, onion", cuisine="middle eastern"),
    # Tabriz giant meatballs of mince, rice and split peas stuffed with dried fruit, nuts and egg, in tomato broth.
    dish("kufteh tabrizi", "koofteh tabrizi, kofta tabrizi, tabriz meatballs",
         parts="minced beef, rice, split peas, herbs, dried fruit, nuts, tomato sauce, cooked eggs",
         cuisine="middle eastern"),
    # Gilan beef kebab marinated in pomegranate molasses, walnuts and herbs, grilled: sour and nutty.
    dish("kabab torsh", "kabab-e torsh, kebab torsh, kabob torsh, sour kebab",
         parts="beef, marinated, pomegranate, nuts, herbs, grilled", cuisine="middle eastern"),
    # Bushehr fish stewed in tamarind with coriander, fenugreek, garlic and chilli.
    dish("ghalieh mahi", "ghalieh mahi bushehri, qalieh mahi, ghalie mahi, persian fish stew",
         parts="fish, tamarind, herbs, chilli, garlic, braised", cuisine="middle eastern"),
    # Rajasthani white lamb curry of yogurt, cream and cashew, mild and rich.
    dish("safed maas", "safed maans, safed mans, white mutton curry, rajasthani safed maas",
         parts="lamb, curry, yogurt, cream, nuts, mild", cuisine="indian"),
    # Bengali festive fish curry: fried rohu in an onion, ginger and yogurt gravy.
    dish("machher kalia", "macher kalia, maacher kalia, mach kalia, fish kalia",
         parts="fish, fried, curry, onion, ginger, yogurt, warm spices", cuisine="indian"),
    # Kolhapuri fiery red mutton curry with dried coconut and a house spice mix.
    dish("tambda rassa", "tambda rassa mutton, kolhapuri tambda rassa, mutton kolhapuri",
         parts="lamb, curry, fiery chilli, warm spices, coconut, stock", cuisine="indian"),
    # Maharashtrian flatbread stuffed with sweet chana dal and jaggery, with ghee and cardamom.
    dish("puran poli", "puranpoli, holige, obbattu, bobbatlu",
         parts="dessert, chapati, lentils, brown sugar, butter, warm spices", cuisine="indian"),
    # Mumbai Bombay duck (a soft lizardfish), semolina-crusted and fried.
    dish("bombil fry", "bombay duck fry, fried bombay duck, bombil rava fry, bombil fish fry",
         parts="fish, fried, flour, chilli, citrus", cuisine="indian"),
    # Malvani chicken curry with coconut and spices, with fried puffy flatbreads.
    dish("kombdi vade", "kombdi vada, malvani kombdi vade, chicken vade",
         parts="chicken, curry, coconut, warm spices, chilli, fried dough", cuisine="indian"),
    # Sri Lankan rice cooked in thick coconut milk, cut in diamonds, with onion-chilli sambol.
    dish("kiribath", "kiri bath, kiri buth, sri lankan milk rice",
         parts="rice, coconut, chilli, onion", cuisine="indian"),
    # Sri Lankan relish of onions caramelised with chilli, Maldive fish and tamarind: sweet and hot.
    dish("seeni sambol", "seeni sambal, sini sambol, sweet onion sambol",
         parts="caramelised onion, chilli, dried fish flakes, tamarind, sweet", cuisine="indian"),
    # Sri Lankan fried aubergine pickled in vinegar, sugar, mustard and chilli.
    dish("wambatu moju", "brinjal moju, eggplant moju, vambotu moju, batu moju",
         parts="eggplant, fried, sweet and sour, mustard, chilli, onion", cuisine="indian"),
    # Kelantan blue rice with herbs, fried fish, toasted coconut, bean sprouts and chilli.
    dish("nasi kerabu", "nasi kerabu kelantan, blue rice, nasi biru",
         parts="rice, herbs, fish, fried, toasted coconut, bean sprouts, chilli", cuisine="indonesian"),
    # Malaysian-Singaporean rice vermicelli in a sweet-sour tamarind chilli gravy with prawn and egg.
    dish("mee siam", "mi siam, mee siam goreng, mee siam kuah",
         parts="rice noodles, tamarind, sweet and sour, chilli, prawn, cooked eggs", cuisine="indonesian"),
    # Thai pork leg stewed in soy and five-spice, over rice with egg and greens.
    dish("khao kha moo", "khao ka moo, khao kha mu, stewed pork leg on rice, thai pork leg rice",
         parts="pork, braised, soy, warm spices, rice, cooked eggs", cuisine="thai"),
    # Vung Tau bite-sized crisp coconut-rice pancakes with shrimp, with herbs and nuoc cham.
    dish("banh khot", "bánh khọt, banh khot vung tau, mini vietnamese pancakes",
         parts="savoury pancake, prawn, coconut, fried, nuoc cham, herbs", cuisine="vietnamese"),
    # Chengdu thick wheat noodles in sweet soy, chilli oil, garlic and sesame paste.
    dish("tian shui mian", "tianshui mian, sweet water noodles, chengdu sweet water noodles",
         parts="pasta, soy, chilli crisp, garlic, nut sauce, sweet", cuisine="sichuan"),
    # Xi'an lamb broth poured over flatbread torn into crumbs, with garlic pickles and chilli.
    dish("yangrou paomo", "yang rou pao mo, yangrou pao mo, lamb paomo, xian lamb paomo",
         parts="lamb, bread, stock, soup, pickles, chilli", cuisine="chinese"),
    # Liuzhou rice noodles in pungent river-snail broth with sour bamboo shoot and chilli oil.
    dish("luosifen", "luo si fen, liuzhou luosifen, liuzhou snail noodles, river snail rice noodles",
         parts="rice noodles, snail, fermented, bamboo shoots, chilli crisp, soup", cuisine="chinese"),
    # Chongqing breakfast wheat noodles in numbing chilli oil with peanuts and greens.
    dish("chongqing xiaomian", "chongqing xiao mian, xiaomian, chongqing small noodles",
         parts="pasta, chilli crisp, garlic, nuts, asian greens, spicy", cuisine="sichuan"),
    # Nagoya grilled eel over rice, eaten plain, with condiments, then with dashi.
    dish("hitsumabushi", "hitsu mabushi, nagoya hitsumabushi, nagoya eel rice",
         parts="eel, grilled, glaze, rice, stock, soy", cuisine="japanese"),
    # Hokkaido mutton grilled on a domed pan with vegetables, dipped in soy sauce.
    dish("jingisukan", "genghis khan, jingisukan nabe, genghis khan barbecue, hokkaido lamb barbecue",
         parts="lamb, grilled, vegetables, onion, soy", cuisine="japanese"),
    # Okinawan stir-fry of bitter melon with tofu, pork and egg.
    dish("goya champuru", "goya chanpuru, gōyā chanpurū, goyaa champuru, bitter melon stir fry",
         parts="bitter greens, pork, tofu, egg, pan-tossed", cuisine="japanese"),
    # Korean pork-bone broth with sliced blood sausage and offal, over rice.
    dish("sundae gukbap", "sundaeguk, sundae-gukbap, sundae soup, korean blood sausage soup",
         parts="sausage, offal, pork, rice, stock, soup", cuisine="korean"),
    # Masan monkfish braised with bean sprouts and minari in hot chilli sauce.
    dish("agujjim", "agwijjim, agu jjim, agwi jjim, braised spicy monkfish, spicy braised monkfish",
         parts="monkfish, braised, bean sprouts, chilli, garlic", cuisine="korean"),
    # Seoul whole chicken simmered at the table with potato, rice cakes and garlic, then noodles.
    dish("dak hanmari", "dakhanmari, dak han mari, whole chicken hotpot",
         parts="chicken, poached, stock, potato, rice cakes, garlic", cuisine="korean"),
    # Yucatecan pork marinated in sour orange, grilled over charcoal, with pickled onion.
    dish("poc chuc", "poc-chuc, pok chuk, cerdo poc chuc",
         parts="pork, marinated, citrus, grilled, red onion", cuisine="mexican"),
    # Oaxacan yellow mole of guajillo and costeño chillies thickened with masa, with chicken and vegetables; no chocolate.
    dish("mole amarillo", "amarillito, mole amarillito, mole amarillo oaxaqueño, mole amarillo oaxaqueno",
         parts="chicken, braised, red chillies, corn, herbs, vegetables", cuisine="mexican"),
    # Raw pen-shell scallops cured in lime with chilli, cucumber and red onion.
    dish("callo de hacha", "callos de hacha, aguachile de callo de hacha, callo de hacha aguachile",
         parts="scallop, raw, citrus, chilli, cucumber, red onion", cuisine="mexican"),
    # Sinaloan shredded pork stewed in ancho chilli, garlic and vinegar, then fried in lard.
    dish("chilorio", "chilorio sinaloense, chilorio de cerdo, chilorio de puerco",
         parts="pork, braised, red chillies, garlic, fried", cuisine="mexican"),
    # Lima stew of diced tripe and potato with yellow aji, turmeric and mint.
    dish("cau cau", "cau-cau, caucau, cau cau de mondongo, cau cau limeño",
         parts="tripe, potato, mild chillies, herbs, braised", cuisine="peruvian"),
    # Arequipa pork marinated in chicha, vinegar and aji panca, slow-cooked in a clay pot.
    dish("adobo arequipeño", "adobo arequipeno, adobo de chancho, adobo de chancho arequipeño",
         parts="pork, marinated, red chillies, vinaigrette, braised, garlic", cuisine="peruvian"),
    # Bogota flank steak simmered until tender, then baked or grilled under tomato-onion hogao.
    dish("sobrebarriga", "sobrebarriga al horno, sobrebarriga en salsa, sobrebarriga bogotana, sobre barriga",
         parts="beef, flank, braised, tomato, onion, baked", cuisine=""),
    # Cali ripe plantain stuffed with fresh cheese, battered and fried: sweet and salty.
    dish("aborrajados", "aborrajado, aborrajados de maduro, aborrajado vallecaucano",
         parts="plantain, fresh cheese, fried, sweet", cuisine=""),
    # Buenos Aires thick pizza stuffed with mozzarella and topped with onion.
    dish("fugazzeta", "fugazzetta, fugazzeta rellena, fugazza con queso",
         parts="bread, onion, cheese topping, fresh cheese, baked", cuisine="argentinian"),
    # Bahian chicken stewed with dried shrimp, peanuts, cashews, ginger and dende palm oil.
    dish("xinxim de galinha", "xinxim, frango xinxim, xin-xin de galinha",
         parts="chicken, braised, prawn, nuts, cooking fat, ginger", cuisine="brazilian"),
    # Minas beans tossed with bacon, sausage, toasted manioc flour, egg and kale.
    dish("feijão tropeiro", "feijao tropeiro, tropeiro, feijão tropeiro mineiro",
         parts="bacon, sausage, beans, cassava, cooked eggs, cabbage", cuisine="brazilian"),
    # Trinidadian salt cod flaked with tomato, onion, hot pepper and oil, with bake.
    dish("buljol", "saltfish buljol, bul jol, brule jol",
         parts="salt cod, tomato, onion, chilli, olive oil", cuisine="caribbean"),
    # Puerto Rican coconut milk pudding set with cornstarch, dusted with cinnamon.
    dish("tembleque", "tembleque de coco, tembleque puertorriqueño, coconut tembleque",
         parts="dessert, pudding, coconut, warm spices", cuisine="caribbean"),
    # Slovak soft, crumbly and tangy sheep's cheese, spread on bread or in halušky.
    dish("bryndza", "brynza, bryndza cheese, slovenská bryndza, slovenska bryndza",
         parts="sheep's cheese, fresh cheese", cuisine="central european"),
    # Brazilian firm squeaky cheese grilled on skewers over coals, often with oregano or molasses.
    dish("queijo coalho", "queijo de coalho, coalho, coalho cheese, queijo coalho assado",
         parts="grilling cheese, grilled", cuisine="brazilian"),
    # Mussels simmered with tomato, ouzo and garlic, finished with crumbled feta.
    dish("midia saganaki", "mydia saganaki, mussels saganaki, mussel saganaki",
         parts="mussel, tomato sauce, fresh cheese, anise, garlic", cuisine="greek"),
    # Corfu veal slices floured and fried, then simmered in white wine, vinegar, garlic and parsley.
    dish("sofrito kerkyraiko", "corfu sofrito, corfiot sofrito, sofrito corfiot, sofrito kerkyraiko veal",
         parts="veal, floured and fried, white wine sauce, vinaigrette, garlic, herbs", cuisine="greek"),
    # Greek walnut and spice cake soaked in sugar syrup.
    dish("karydopita", "karidopita, karythopita, greek walnut cake, walnut syrup cake",
         parts="dessert, cake, nuts, warm spices, sugar", cuisine="greek"),
    # Thin dough ribbons fried into rolls, drenched in honey syrup with walnuts and cinnamon.
    dish("diples", "thiples, greek honey rolls", parts="dessert, fried dough, honey, nuts, warm spices", cuisine="greek"),
    # Istanbul meze of diced liver floured and fried, with sumac onions and parsley.
    dish("arnavut cigeri", "arnavut ciğeri, albanian liver, albanian-style liver, albanian style liver",
         parts="calf's liver, floured and fried, red onion, herbs, warm spices", cuisine="middle eastern"),
    # Pumpkin slow-cooked in its own juice with sugar, topped with walnuts and kaymak or tahini.
    dish("kabak tatlisi", "kabak tatlısı, turkish candied pumpkin, turkish pumpkin dessert",
         parts="dessert, squash, sugar, nuts, clotted cream", cuisine="middle eastern"),
    # Turkish yogurt and rice soup with dried mint butter.
    dish("yayla corbasi", "yayla çorbası, turkish yogurt soup, yogurt and mint soup",
         parts="yogurt, rice, herbs, butter, stock, soup", cuisine="middle eastern"),
    # Ridged choux fritters deep-fried and soaked in lemon syrup.
    dish("tulumba", "tulumba tatlisi, tulumba tatlısı", parts="dessert, fried dough, sugar, citrus",
         cuisine="middle eastern"),
    # Lebanese kibbeh (lamb and bulgur) simmered in a garlicky yogurt sauce with mint.
    dish("kibbeh labanieh", "kibbeh bil laban, kibbeh labniyeh, kibbeh labnieh, labanieh, kibbeh in yogurt",
         parts="lamb, whole grains, yogurt sauce, garlic, herbs", cuisine="middle eastern"),
    # Syrian-Lebanese aubergines stuffed with spiced lamb and pine nuts, baked in tomato sauce.
    dish("sheikh al mahshi", "sheikh el mahshi, sheikh mahshi, shaykh al mahshi, sheikh al mehshi",
         parts="lamb, mince, eggplant, stuffed, nuts, tomato sauce, warm spices", cuisine="middle eastern"),
    # Lebanese bread pudding soaked in orange-blossom syrup, topped with ashta cream and pistachios.
    dish("aish el saraya", "aish al saraya, eish el saraya, aysh as saraya, palace bread pudding",
         parts="dessert, bread pudding, clotted cream, sugar, nuts, rose water", cuisine="middle eastern"),
    # Ramadan pancakes folded round ashta cream or walnuts, fried or not, with syrup.
    dish("atayef", "qatayef, katayef, qatayif, katayif, atayef asafiri",
         parts="dessert, griddle cakes, clotted cream, nuts, sugar, rose water", cuisine="middle eastern"),
    # Persian rice layered with lentils, dates, raisins and fried onion, saffron and butter.
    dish("adas polo", "adas polow, persian lentil rice",
         parts="rice, lentils, dried fruit, caramelised onion, butter, warm spices", cuisine="middle eastern"),
    # Persian rice cooked with diced beef, green beans, tomato and cinnamon, with a tahdig crust.
    dish("lubia polo", "loobia polo, lubia polow, loobia polow, persian green bean rice",
         parts="beef, rice, green beans, tomato, warm spices", cuisine="middle eastern"),
    # Persian wedding rice with candied orange peel, barberries, pistachios, almonds and saffron, served with chicken.
    dish("shirin polo", "shirin polow, javaher polo, javaher polow, jewelled rice, jeweled rice, persian jewelled rice",
         parts="chicken, rice, citrus zest, nuts, dried fruit, warm spices, butter", cuisine="middle eastern"),
    # Persian-Jewish dumplings of chicken and chickpea flour with cardamom, in chicken broth.
    dish("gondi", "gondi nokhodchi, persian chickpea dumplings",
         parts="chicken, chickpeas, warm spices, stock, soup", cuisine="middle eastern"),
    # Georgian beef stewed with tomato, hot pepper, garlic and coriander.
    dish("chashushuli", "chashushuli beef, georgian beef stew",
         parts="beef, braised, tomato, chilli, garlic, herbs, spicy", cuisine="georgian"),
    # Svaneti round bread filled with chopped beef and pork spiced with Svan salt, baked.
    dish("kubdari", "kubdari svanuri, svanetian meat pie, svan meat bread",
         parts="beef, pork, bread, warm spices, onion, baked", cuisine="georgian"),
    # Georgian chicken broth thickened with egg yolks and vinegar or lemon, with coriander.
    dish("chikhirtma", "chikhirtma soup, georgian chicken soup",
         parts="chicken, stock, egg, citrus, herbs, soup", cuisine="georgian"),
    # Georgian bread baked round a filling of mashed kidney beans with butter and onion.
    dish("lobiani", "lobiani bread, georgian bean bread, georgian bean pie",
         parts="bread, beans, butter, onion, baked", cuisine="georgian"),
    # Megrelian rolls of soft young sulguni cheese with mint, in a creamy yogurt and chilli sauce.
    dish("gebzhalia", "gebjalia, gebzhalia cheese rolls", parts="fresh cheese, yogurt sauce, herbs, chilli",
         cuisine="georgian"),
    # Andhra crepe of ground green moong with ginger, chilli and onion.
    dish("pesarattu", "pesarattu dosa, moong dal dosa, green gram dosa, pesarattu upma",
         parts="savoury pancake, lentils, ginger, chilli, onion", cuisine="indian"),
    # Karnataka rice and lentils cooked with vegetables, tamarind and a roasted spice powder, with ghee.
    dish("bisibelebath", "bisi bele bath, bisi bele bhath, bisi bele baath, bisibele bath",
         parts="rice, lentils, tamarind, vegetables, warm spices, butter", cuisine="indian"),
    # Maharashtrian steamed rice-flour dumplings filled with coconut, jaggery and cardamom.
    dish("modak", "modaks, ukadiche modak, modakam",
         parts="dessert, rice, toasted coconut, brown sugar, warm spices, butter", cuisine="indian"),
    # Goan sour and hot curry of shark or other fish with tamarind and red chillies.
    dish("ambot tik", "ambot-tik, goan ambot tik, ambotik",
         parts="fish, curry, tamarind, red chillies, tangy, spicy", cuisine="indian"),
    # Sri Lankan pork cooked dark with dry-roasted curry spices, goraka and vinegar.
    dish("black pork curry", "sri lankan black pork curry, black curry pork",
         parts="pork, curry, warm spices, kokum, braised, spicy", cuisine="indian"),
    # Sri Lankan young jackfruit simmered in coconut milk with roasted curry spices.
    dish("polos curry", "polos ambula, young jackfruit curry, green jackfruit curry",
         parts="jackfruit, curry, coconut, warm spices", cuisine="indian"),
    # Sri Lankan street fritters of lentil batter with whole prawns pressed on top, deep-fried.
    dish("isso vadai", "isso wade, isso vade, isso wadai, prawn vadai, prawn vada",
         parts="prawn, lentils, fried, chilli, onion", cuisine="indian"),
    # Sri Lankan shredded greens tossed with grated coconut, lime, chilli and shallot.
    dish("mallung", "mallum, gotu kola mallung, gotukola mallung",
         parts="bitter greens, toasted coconut, citrus, chilli, onion", cuisine="indian"),
    # Balinese chicken rubbed with a spice paste, wrapped in banana leaf and slow-roasted.
    dish("ayam betutu", "ayam betutu bali, balinese spiced chicken",
         parts="chicken, spice blend, banana leaf, roasted, chilli", cuisine="indonesian"),
    # Betawi rice cooked in coconut milk with lemongrass and lime leaves, with fried shallots and sides.
    dish("nasi uduk", "nasi uduk betawi, jakarta coconut rice",
         parts="rice, coconut, lime leaves, crispy shallots, cooked eggs, chilli", cuisine="indonesian"),
    # Javanese goat stewed in a light curry with sweet soy, cabbage and tomato.
    dish("tongseng", "tongseng kambing, goat tongseng",
         parts="lamb, curry, coconut, soy, cabbage, chilli", cuisine="indonesian"),
    # Lombok young chicken grilled with a fiery paste of chillies, garlic and shrimp paste.
    dish("ayam taliwang", "taliwang chicken, ayam bakar taliwang, ayam goreng taliwang",
         parts="chicken, grilled, red chillies, garlic, shrimp paste, spicy", cuisine="indonesian"),
    # Malay chicken fried, then simmered in a sweet-hot red chilli and tomato sauce.
    dish("ayam masak merah", "masak merah, chicken masak merah",
         parts="chicken, fried, tomato sauce, red chillies, warm spices", cuisine="indonesian"),
    # Terengganu rice steamed with coconut milk and fenugreek, with tuna curry and pickles.
    dish("nasi dagang", "nasi dagang terengganu", parts="rice, coconut, tuna, curry, pickles", cuisine="indonesian"),
    # Kuching rice vermicelli in a sambal-and-coconut broth with prawns, chicken, omelette and lime.
    dish("sarawak laksa", "laksa sarawak, kuching laksa",
         parts="rice noodles, prawn, chicken, coconut, spice blend, chilli, citrus, cooked eggs", cuisine="indonesian"),
    # Nyonya two-layer kuih: steamed glutinous rice under a green pandan custard.
    dish("kuih seri muka", "seri muka, kueh seri muka, kuih salat, kueh salat",
         parts="dessert, rice, coconut, custard, pandan", cuisine="indonesian"),
    # Filipino pork stewed in tomato sauce with saba banana, chickpeas and cabbage.
    dish("pochero", "pocherong baboy, pork pochero, filipino pochero",
         parts="pork, braised, tomato sauce, plantain, chickpeas, cabbage", cuisine="indonesian"),
    # Filipino grilled aubergine flattened, dipped in beaten egg and pan-fried.
    dish("tortang talong", "torta talong, eggplant omelette, eggplant omelet, filipino eggplant omelette",
         parts="eggplant, egg, fried", cuisine="indonesian"),
    # Filipino chocolate glutinous-rice porridge with evaporated milk.
    dish("champorado", "tsampurado, chocolate rice porridge",
         parts="dessert, rice, chocolate, milk, sugar", cuisine="indonesian"),
    # Filipino layers of cashew meringue and French buttercream.
    dish("sans rival", "sansrival, sans rival cake", parts="dessert, meringue, nuts, butter, frosting",
         cuisine="indonesian"),
    # Andong chicken braised in soy and sugar with glass noodles, potato and dried chillies.
    dish("jjimdak", "andong jjimdak, andong-jjimdak, andongjjimdak, braised soy chicken",
         parts="chicken, braised, soy, rice noodles, potato, chilli, sweet", cuisine="korean"),
    # Korean "hangover soup": beef broth with congealed ox blood, cabbage and soybean paste.
    dish("haejangguk", "haejang-guk, hangover soup, seonji haejangguk, ugeoji haejangguk",
         parts="beef, offal, cabbage, fermented bean paste, stock, chilli, soup", cuisine="korean"),
    # Korean pan-fried tofu simmered in soy, chilli flakes, garlic and spring onion.
    dish("dubu jorim", "dubu-jorim, dubujorim, korean braised tofu",
         parts="tofu, soy, chilli flakes, garlic, braised", cuisine="korean"),
    # Raw crab marinated for days in soy sauce with garlic, ginger and chilli.
    dish("ganjang gejang", "ganjang-gejang, soy-marinated crab, soy marinated crab, soy sauce crab",
         parts="crab, raw, soy, marinated, garlic", cuisine="korean"),
    # Korean New Year soup of sliced rice cakes in beef broth with egg and laver.
    dish("tteokguk", "ddeokguk, tteok guk, tteok-guk, korean rice cake soup",
         parts="rice cakes, beef, stock, egg, soup", cuisine="korean"),
    # Tokyo runny griddle pancake of cabbage and dashi batter, often with mentaiko and cheese.
    dish("monjayaki", "monja, monja-yaki, monja yaki", parts="savoury pancake, cabbage, cod roe, cheese, soy",
         cuisine="japanese"),
    # Skewered glutinous rice dumplings, grilled and glazed with sweet soy (mitarashi).
    dish("dango", "mitarashi dango, hanami dango, dangos", parts="dessert, rice cakes, soy, glaze, sugar",
         cuisine="japanese"),
    # Rice balls grilled until crisp and brushed with soy or miso.
    dish("yaki onigiri", "yakionigiri, yaki-onigiri, grilled rice balls, grilled rice ball",
         parts="rice, grilled, soy", cuisine="japanese"),
    # Flounder simmered in soy, sake, mirin and ginger.
    dish("karei nitsuke", "karei no nitsuke, simmered flounder, nitsuke, sakana no nitsuke",
         parts="sole, simmered, soy, mirin, ginger", cuisine="japanese"),
    # Sichuan cold poached chicken shredded under a sesame paste, chilli oil and Sichuan pepper dressing.
    dish("bang bang chicken", "bang bang ji, bangbang chicken, bon bon chicken, bang bang ji si",
         parts="chicken, poached, cold, nut sauce, chilli crisp", cuisine="sichuan"),
    # Sichuan glass noodles braised with minced pork and chilli bean paste ("ants climbing a tree").
    dish("mayi shangshu", "ma yi shang shu, ants climbing a tree, ants climbing trees, ants up a tree",
         parts="pork, mince, rice noodles, chili bean paste, soy", cuisine="sichuan"),
    # Sichuan duck marinated, smoked over tea leaves and camphor wood, steamed then deep-fried.
    dish("zhangcha ya", "zhang cha ya, tea-smoked duck, tea smoked duck, camphor tea duck, sichuan tea-smoked duck",
         parts="duck, smoked, marinated, warm spices, fried", cuisine="sichuan"),
    # Silken tofu pudding served sweet in ginger syrup (the southern way).
    dish("douhua", "dou hua, doufu hua, douhuar, tofu pudding, tau foo fah, tau fu fa, taufufa, tau huay, tofu fa",
         parts="dessert, tofu, sugar, ginger", cuisine="chinese"),
    # Glutinous rice wrapped in bamboo leaves round pork belly, salted egg yolk and mushroom, boiled.
    dish("zongzi", "zong zi, joong, bak chang, bakcang, zhongzi, sticky rice dumpling, sticky rice dumplings",
         parts="rice, pork belly, cooked eggs, mushroom, soy", cuisine="chinese"),
    # Hanoi rice vermicelli cakes with fried tofu, boiled pork and herbs, dipped in fermented shrimp paste.
    dish("bun dau mam tom", "bún đậu mắm tôm, bun dau, bún đậu",
         parts="rice noodles, fried tofu, pork, herbs, shrimp paste", cuisine="vietnamese"),
    # Vietnamese thick tapioca-rice noodles in a thickened crab and shrimp broth.
    dish("banh canh", "bánh canh, banh canh cua, bánh canh cua, vietnamese thick noodle soup",
         parts="rice noodles, crab, prawn, stock, soup", cuisine="vietnamese"),
    # Southern Vietnamese chicken and potato curry with coconut milk and lemongrass, eaten with baguette.
    dish("ca ri ga", "cà ri gà, vietnamese chicken curry",
         parts="chicken, curry, coconut, potato, ginger", cuisine="vietnamese"),
    # Raw beef sliced thin and "cooked" in lime with herbs, fried shallots, peanuts and fish sauce.
    dish("bo tai chanh", "bò tái chanh, vietnamese beef carpaccio, vietnamese rare beef salad",
         parts="beef, raw, citrus, herbs, crispy shallots, nuoc cham", cuisine="vietnamese"),
    # Chicken braised in caramel and fish sauce with plenty of ginger.
    dish("ga kho gung", "gà kho gừng, vietnamese ginger chicken, caramelised ginger chicken, caramelized ginger chicken",
         parts="chicken, braised, ginger, caramel, soy", cuisine="vietnamese"),
    # Mexican beef shank soup with corn on the cob, potato, carrot and cabbage.
    dish("caldo de res", "caldo de res mexicano, mexican beef soup, cocido de res",
         parts="beef, shin, stock, corn, potato, vegetables, soup", cuisine="mexican"),
    # Pork rinds simmered soft in a tangy tomatillo and green chilli sauce.
    dish("chicharron en salsa verde", "chicharrón en salsa verde, chicharron en verde, chicharrón en verde",
         parts="pork crackling, tomatillo, chilli, braised", cuisine="mexican"),
    # Oaxacan tortillas dipped in tomato sauce, folded and topped with fresh cheese, cream and onion.
    dish("entomatadas", "entomatada", parts="tortillas, tomato sauce, fresh cheese, cream, onion", cuisine="mexican"),
    # Roasted poblano strips stewed with onion, corn and cream.
    dish("rajas con crema", "rajas poblanas, rajas poblanas con crema, rajas con crema y elote",
         parts="mild chillies, cream, corn, onion, cheese", cuisine="mexican"),
    # Guadalajara baked milk-and-egg custard with cinnamon and vanilla, browned on top.
    dish("jericalla", "jericallas, jericaya, guadalajara custard",
         parts="dessert, custard, vanilla, warm spices, baked", cuisine="mexican"),
    # Lima spaghetti in a green sauce of basil, spinach and fresh cheese.
    dish("tallarines verdes", "tallarín verde, tallarin verde, tallarines verdes peruanos",
         parts="pasta, pesto, spinach, fresh cheese", cuisine="peruvian"),
    # Andean olluco tubers stewed with dried llama or beef jerky, aji and garlic.
    dish("olluquito", "olluquito con charqui, olluco con charqui, olluquito con carne",
         parts="cured beef, potato, mild chillies, garlic, braised", cuisine="peruvian"),
    # Callao steamed mussels topped with a lime salsa of onion, tomato, corn and aji.
    dish("choros a la chalaca", "choritos a la chalaca, mussels a la chalaca, choros chalacos",
         parts="mussel, poached, citrus, red onion, corn, tomato, chilli", cuisine="peruvian"),
    # Cold sliced octopus under a purple botija-olive mayonnaise.
    dish("pulpo al olivo", "pulpo al olivo peruano, octopus in olive sauce, octopus in olive mayonnaise",
         parts="octopus, olives, mayonnaise, cold", cuisine="peruvian"),
    # Lima breakfast roll of fried pork with fried sweet potato and salsa criolla.
    dish("pan con chicharron", "pan con chicharrón, sanguche de chicharron, sanguche de chicharrón, sandwich de chicharron",
         parts="pork, fried, bread, squash, red onion", cuisine="peruvian"),
    # Minas Gerais chicken stewed with okra, garlic and onion, served with angu.
    dish("frango com quiabo", "frango com quiabo mineiro, chicken with okra",
         parts="chicken, okra, braised, garlic, onion", cuisine="brazilian"),
    # Beef ribs braised with cassava and tomato until the cassava collapses into the sauce.
    dish("vaca atolada", "vaca atolada mineira, costela com mandioca",
         parts="beef, short rib, cassava, tomato, braised", cuisine="brazilian"),
    # Bahian okra stewed with dried shrimp, peanuts, cashews and dende palm oil.
    dish("caruru", "caruru baiano, caruru de camarao, caruru de camarão",
         parts="okra, shrimp paste, nuts, cooking fat, onion", cuisine="brazilian"),
    # Brazilian white hominy corn cooked in milk and coconut milk with cinnamon and peanuts.
    dish("canjica", "canjica de milho, mungunza, mungunzá, munguza, mugunzá",
         parts="dessert, corn, milk, coconut, warm spices, nuts", cuisine="brazilian"),
    # Pernambuco thin sponge rolled many times round guava paste.
    dish("bolo de rolo", "bolo de rolo pernambucano, brazilian swiss roll",
         parts="dessert, cake, jam, sugar", cuisine="brazilian"),
    # Jamaican red kidney beans stewed with salt beef or pig's tail, coconut milk, pimento and small dumplings.
    dish("stew peas", "jamaican stew peas, stew peas and spinners, stewed peas",
         parts="corned beef, pork, beans, coconut, warm spices, braised", cuisine="caribbean"),
    # Caribbean Christmas cake of rum- and wine-soaked dried fruit darkened with burnt sugar.
    dish("black cake", "caribbean black cake, trinidad black cake, jamaican black cake, rum fruit cake",
         parts="dessert, cake, dried fruit, spirits, caramel, warm spices", cuisine="caribbean"),
    # Dominican goat stewed with tomato, peppers, oregano and a little chilli.
    dish("chivo guisado", "chivo guisado dominicano, chivo guisao, dominican goat stew",
         parts="chivo, braised, tomato, herbs, chilli", cuisine="caribbean"),
    # West African pounded cassava and plantain dough, the swallow eaten with soups.
    dish("fufu", "foufou, foofoo, foo foo, fufuo", parts="cassava, plantain", cuisine=""),
    # Ghanaian soup of palm-fruit cream with goat or smoked fish, tomato and hot pepper.
    dish("palm nut soup", "abenkwan, palmnut soup, palm soup",
         parts="lamb, smoked fish, cooking fat, tomato, chilli, soup", cuisine=""),
    # Ghanaian cocoyam-leaf stew with ground egusi seeds, palm oil and smoked fish.
    dish("kontomire stew", "kontomire, palaver sauce, palava sauce, palava stew",
         parts="spinach, nuts, smoked fish, cooking fat, chilli", cuisine=""),
    # Ethiopian lamb stewed with berbere, slow-cooked onions and spiced butter.
    dish("yebeg wat", "yebeg wot, ye beg wat, ye'beg wat, ethiopian lamb stew",
         parts="lamb, braised, warm spices, onion, butter, spicy", cuisine="ethiopian"),
    # Torn injera tossed in berbere sauce and spiced butter.
    dish("firfir", "fir fir, fir-fir, injera firfir, fitfit, fit fit, fit-fit",
         parts="bread, warm spices, butter, onion, spicy", cuisine="ethiopian"),
    # Ethiopian breakfast of shredded flatbread in berbere and spiced butter, with honey.
    dish("chechebsa", "kita firfir, chechebsa with honey, ethiopian chechebsa",
         parts="bread, butter, warm spices, honey", cuisine="ethiopian"),
    # Portuguese boiled octopus salad with onion, coriander, olive oil and vinegar, served cold.
    dish("salada de polvo", "salada de polvo portuguesa, portuguese octopus salad",
         parts="octopus, red onion, vinaigrette, herbs, cold", cuisine="portuguese"),
    # Porto salt cod baked on mashed potato under mayonnaise, with onion.
    dish("bacalhau a ze do pipo", "bacalhau à zé do pipo, bacalhau ze do pipo, bacalhau à ze do pipo",
         parts="salt cod, baked, mayonnaise, potato, onion", cuisine="portuguese"),
    # Seville spinach and chickpeas stewed with garlic, cumin, paprika and fried bread.
    dish("espinacas con garbanzos", "espinacas con garbanzos sevillanas, spinach and chickpeas, spinach with chickpeas",
         parts="spinach, chickpeas, garlic, warm spices, bread, olive oil", cuisine="spanish"),
    # Avila mashed potato with paprika and garlic, topped with crisp torreznos.
    dish("patatas revolconas", "revolconas, patatas meneas, patatas revolcona",
         parts="potato, la vera paprika, garlic, pork crackling", cuisine="spanish"),
    # Andalusian aubergine slices fried crisp and drizzled with cane honey.
    dish("berenjenas con miel",
         "berenjenas fritas con miel, berenjenas con miel de caña, aubergines with honey, fried aubergine with honey, "
         "fried eggplant with honey",
         parts="eggplant, fried, honey", cuisine="spanish"),
    # Ferrara hat-shaped pasta filled with roast pumpkin and parmesan, with butter and sage.
    dish("cappellacci di zucca", "cappellacci ferraresi, cappellacci alla zucca, cappellacci di zucca ferraresi",
         parts="filled pasta, squash, parmesan, butter", cuisine="italian"),
    # Amalfi coast spaghetti with fried zucchini, provolone del monaco, butter and basil.
    dish("spaghetti alla nerano", "spaghetti nerano, pasta alla nerano, spaghetti con zucchine alla nerano",
         parts="pasta, zucchini, fried, semi-soft cheese, butter, herbs", cuisine="italian"),
    # Messina baked pasta with fried aubergine, meat ragù, tomato and caciocavallo.
    dish("pasta 'ncasciata", "pasta ncasciata, pasta 'ncaciata, pasta ncaciata, pasta incasciata",
         parts="pasta, eggplant, fried, tomato sauce, minced beef, aged cheese, baked", cuisine="italian"),
    # Leg of lamb braised for seven hours in white wine with garlic until spoon-tender.
    dish("gigot de sept heures", "gigot de 7 heures, seven-hour lamb, seven hour lamb, 7-hour leg of lamb, 7 hour lamb",
         parts="leg of lamb, long-cooked, white wine sauce, garlic, braised", cuisine="french"),
    # Burgundy river-fish stew in white wine with bacon, garlic and cream.
    dish("pochouse", "pauchouse, pochouse verdunoise",
         parts="fish, white wine sauce, bacon, garlic, cream, braised", cuisine="french"),
    # Czech round yeast buns with a well of sweet curd cheese, plum jam or poppy seed.
    dish("kolache", "kolaches, koláče, kolace, kolach, kolacky",
         parts="dessert, bread, fresh cheese, jam, butter", cuisine="central european"),
    # Polish clear chicken (and beef) broth with carrots and thin noodles.
    dish("rosol", "rosół, rosół z makaronem, rosol z makaronem, polish chicken soup",
         parts="chicken, stock, carrot, pasta, soup", cuisine="central european"),
    # Swedish beef patties mixed with diced pickled beetroot and capers, fried in butter.
    dish("biff a la lindstrom", "biff à la lindström, biff lindström, biff lindstrom, lindström patties",
         parts="minced beef, beetroot, capers, fried, butter", cuisine="scandinavian"),
    # Danish marshmallow-meringue domes on a wafer, dipped in chocolate.
    dish("flodeboller", "flødeboller, flødebolle, flodebolle, danish chocolate marshmallow",
         parts="dessert, marshmallow, chocolate, biscuit base", cuisine="scandinavian"),
    # Savoy Hotel open omelette with smoked haddock, cheese sauce and cream, browned under the grill.
    dish("omelette arnold bennett", "omelet arnold bennett, arnold bennett omelette",
         parts="smoked fish, egg, cheese sauce, cream", cuisine="british"),
    # Welsh vegetarian sausage of Caerphilly cheese, leek and breadcrumbs, fried.
    dish("glamorgan sausage", "glamorgan sausages, selsig morgannwg",
         parts="cheese, onion, breadcrumbs, mustard, fried", cuisine="british"),
)

# Other spellings of terms defined elsewhere, by the term's name.
MORE_ALIASES: Final[dict[str, str]] = {
    "fried dough": "sopapillas, sopapilla",
    "suckling pig": "spanferkel, spanferkelbraten",
    "muhammara": "mouhammara",
    "clotted cream": "ashta, kashta, qashta",
    "kabab barg": "barg kebab, kabob barg",
    "pap and wors": "pap en vleis, pap and vleis",
    "kottu": "kothu parotta, kothu paratha",
    "congee": "jok, jok moo",
    "sausage": "sai oua, sai aua",
    "larb": "laap",
    "som tam": "tam mak hoong, tum mak hoong, tam som",
    "gai yang": "ping kai, ping gai",
    "skate": "stingray, ikan pari",
    "murtabak": "martabak",
    "fish": "milkfish, bangus",
    "tripe": "tripas, tripitas, tripa",
    "pescado a la veracruzana": "pescado veracruzano",
    "schweinshaxe": "golonka, golonka pieczona",
    "cheesecake": "sernik, sernik krakowski",
    "halaszle": "fisherman's soup, fishermans soup",
    "knödel": "knedliky, knedlíky, knedlik, houskové knedlíky",
    "fresh sausage": "mititei",
    "soft cheese": "murazzano",
    "aged cheese": "bergkase, bergkäse, bergkaese, vorarlberger bergkäse, allgauer emmentaler, allgäuer emmentaler, "
                   "emmentaler",
    "fior di latte": "mizithra",
    "fresh cheese": "beyaz peynir",
    "hard cheese": "tulum peyniri, tulum cheese",
    "blue cheese": "danablu",
}
# fmt: on
