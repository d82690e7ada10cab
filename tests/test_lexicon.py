"""The food lexicon holds together: every named dish's parts are terms, no spelling is two terms."""

from collections import defaultdict

import pytest

from recommendations.pairing.dishes import FOOD_TOKENS, dish_profile, read_food, suits_diet
from recommendations.pairing.lexicon import LEXICON
from recommendations.pairing.text import stem, words_of


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in words_of(phrase))


def test_every_part_of_a_named_dish_is_a_term_of_the_lexicon() -> None:
    parts = {_key(phrase) for term in LEXICON if term.kind != "dish" for phrase in (term.name, *term.aliases)}
    unresolved = [f"{term.name}: {part}" for term in LEXICON for part in term.parts if _key(part) not in parts]
    assert unresolved == []


def test_no_spelling_names_two_different_terms() -> None:
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for term in LEXICON:
        for phrase in (term.name, *term.aliases):
            owners[_key(phrase)].add(term.name)
    shared = {" ".join(key): sorted(names) for key, names in owners.items() if len(names) > 1}
    assert shared == {}


# Words a diner's follow-ups are made of: a lexicon spelling that reads as one of them turns
# "tell me more about the second" into a dish ("s'mores" loses its "s" and its plural).
_CONVERSATION_WORDS = (
    "more", "one", "last", "other", "another", "like", "something", "glass", "bottle", "wine", "red", "white",
    "cheaper", "lighter", "bolder", "first", "second", "third", "same", "different", "please", "thanks", "good",
)  # fmt: skip


def test_no_spelling_reads_as_a_word_of_the_conversation() -> None:
    spellings = {_key(phrase): term.name for term in LEXICON for phrase in (term.name, *term.aliases)}
    clashes = {word: spellings[(stem(word),)] for word in _CONVERSATION_WORDS if (stem(word),) in spellings}
    assert clashes == {}


def test_no_word_of_a_named_dish_is_one_that_wine_names_and_chat_use_for_other_things() -> None:
    # A food word in a wine's name stops the diner naming it ("not Whispering Angel" once
    # "angels on horseback" made "angel" a food word); in chat it makes a dish of "te" or "ceci".
    words = "angel devil mas bath te pa ceci pica marsala jacob vinha pedra preto negro cap bob mat"
    assert {word for word in words.split() if stem(word) in FOOD_TOKENS} == set()


def test_a_named_dish_is_understood_through_its_parts() -> None:
    profile = dish_profile(name="coq au vin")
    assert profile.protein == "poultry"
    assert profile.has("red_wine", "braised")
    assert profile.unknown == ()


def test_another_fish_of_the_same_kind_is_read_like_it_but_named_as_written() -> None:
    barramundi = dish_profile(name="Pan-roasted barramundi", description="lemon butter, greens")
    sea_bass = dish_profile(name="Pan-roasted sea bass", description="lemon butter, greens")
    assert barramundi.subject == "barramundi"
    assert (barramundi.protein, barramundi.detail, barramundi.weight) == (
        sea_bass.protein,
        sea_bass.detail,
        sea_bass.weight,
    )
    assert dish_profile(name="grilled red snapper").subject == "red snapper"
    # A translation still reads in English: "loup de mer" is the sea bass.
    assert dish_profile(name="loup de mer grillé").subject == "sea bass"
    # A cut is named as written, not by the lexicon's label for its group ("prime beef").
    assert dish_profile(name="tri-tip, Santa Maria style").subject == "tri-tip"


def test_a_wrapping_is_the_mains_seasoning_not_the_main() -> None:
    monkfish = dish_profile(name="Roast monkfish wrapped in Parma ham")
    assert (monkfish.protein, monkfish.subject) == ("fish", "monkfish")
    assert dish_profile(name="chicken breast wrapped in pancetta").protein == "poultry"
    assert dish_profile(name="Parma ham with melon").protein == "pork"


def test_a_burger_of_another_meat_or_fish_is_that_meat_or_fish() -> None:
    assert dish_profile(name="chicken burger").protein == "poultry"
    assert dish_profile(name="salmon burger").protein == "fish"
    assert dish_profile(name="burger").protein == "red_meat"
    # A cheese on it is a topping: still beef.
    assert dish_profile(name="blue cheese burger").protein == "red_meat"


def test_a_dish_name_one_slip_from_a_food_is_that_food_but_running_text_is_never_corrected() -> None:
    assert dish_profile(name="cheescake").protein == "dessert"
    assert dish_profile(name="chiken schnitzel").protein == "poultry"
    assert dish_profile(name="octapus").protein == "shellfish"
    assert dish_profile(name="cheescake").unknown == ()
    # A slip that could be another word is left alone, and so is a description.
    assert dish_profile(name="friends").protein is None
    # A slip is a neighbouring key or a vowel for a vowel; another letter makes another word.
    assert dish_profile(name="calimari").protein == "shellfish"
    assert dish_profile(name="chickwn curry").protein == "poultry"
    assert dish_profile(name="pajata").words == ()  # a Roman dish of veal intestines, no potato
    assert dish_profile(name="lopster").protein == "shellfish"  # a letter that sounds alike
    assert dish_profile(name="ossobuko").protein == "veal"
    assert dish_profile(name="Fish", description="I'd rather not say").words == ("fish",)


def test_of_two_mains_as_strong_as_each_other_the_one_named_first_leads() -> None:
    hake = dish_profile(name="Hake, mussels, saffron, fennel")
    assert (hake.protein, hake.subject) == ("fish", "hake")
    assert dish_profile(name="steak and lobster").protein == "red_meat"
    assert dish_profile(name="scallops and black pudding").protein == "shellfish"


def test_tofu_named_before_a_dish_replaces_its_meat() -> None:
    assert dish_profile(name="bao buns").protein == "pork"
    assert dish_profile(name="tofu bao buns").protein == "vegetarian"


def test_a_meat_as_strong_as_a_pancake_or_waffle_is_the_main_not_a_dessert() -> None:
    assert dish_profile(name="crispy duck pancakes").protein == "duck"
    assert dish_profile(name="pancakes").protein == "dessert"
    assert dish_profile(name="chicken and waffles").protein == "poultry"


def test_a_kebab_shop_doner_is_lamb_and_a_tagine_is_spiced_whatever_is_in_it() -> None:
    assert dish_profile(name="doner kebab w chilli sauce").protein == "lamb"
    assert dish_profile(name="gyros").protein == "pork"
    tagine = dish_profile(name="a vegetable tagine")
    assert tagine.protein == "vegetarian"
    assert tagine.has("warm_spice")
    assert tagine.cuisine == "north african"
    assert tagine.weight >= 3  # a braise of roots and pulses, not a delicate plate
    assert dish_profile(name="fish tagine").protein == "fish"


def test_menu_words_for_cheese_and_cuts_read_as_what_they_are() -> None:
    assert dish_profile(name="Queijo Serra da Estrela").protein == "cheese"
    assert dish_profile(name="a washed rind cheese").detail == "washed"
    assert dish_profile(name="rib steak with red wine and marrow sauce").protein == "red_meat"
    assert dish_profile(name="spare ribs").protein == "pork"
    chilli = dish_profile(name="a veggie chilli")
    assert (chilli.protein, chilli.detail) == ("vegetarian", "legume")
    assert dish_profile(name="vincisgrassi").protein == "red_meat"


def test_a_sofrito_is_a_stews_base_not_a_tomato_sauce() -> None:
    clams = dish_profile(name="Fabes con almejas", description="Fabes guisadas con almejas, ajo y un sofrito suave.")
    assert clams.protein == "shellfish"
    assert not clams.has("tomato_sauce")
    assert dish_profile(name="spaghetti al pomodoro", description="salsa di pomodoro").has("tomato_sauce")


def test_leaves_beside_a_steak_are_its_garnish_and_a_french_bar_is_a_sea_bass() -> None:
    assert dish_profile(name="Tagliata di manzo, rucola e grana").weight >= 4
    assert dish_profile(name="steak with rocket").weight == dish_profile(name="steak").weight
    assert dish_profile(name="rocket salad").weight <= 2
    assert dish_profile(name="rocket salad").subject == "rocket"
    assert dish_profile(name="Filet de bar, sauce vierge").protein == "fish"


def test_a_cottage_pie_is_beef_and_a_pizza_names_its_salami_as_written() -> None:
    assert dish_profile(name="cottage pie").protein == "red_meat"
    assert dish_profile(name="shepherd's pie").protein == "lamb"
    pizza = dish_profile(name="pepperoni pizza")
    assert pizza.protein == "pork"
    assert pizza.subject == "pepperoni"  # not "the charcuterie"


def test_chat_names_for_pub_dishes_are_understood() -> None:
    assert dish_profile(name="spag bol").protein == "red_meat"
    assert dish_profile(name="chicken parmy").protein == "poultry"
    assert dish_profile(name="mixed grill").protein in ("lamb", "red_meat")
    assert dish_profile(name="mixed grill").unknown == ()


def test_a_fried_egg_on_top_is_an_egg_not_a_fried_dish() -> None:
    for name in ("Pisto con huevo frito", "asperges, oeuf au plat", "asparagus with a fried egg"):
        profile = dish_profile(name=name)
        assert profile.has("egg"), name
        assert not profile.has("fried"), name


def test_german_portuguese_and_greek_menu_words_read_as_their_parts() -> None:
    duck = dish_profile(name="Gebratene Ente mit Rotkohl")
    assert (duck.protein, duck.unknown) == ("duck", ())
    assert duck.has("roasted")
    squid = dish_profile(name="lulas grelhadas")
    assert (squid.protein, squid.unknown) == ("shellfish", ())
    assert squid.has("grilled")
    assert dish_profile(name="htapodi sta karvouna").protein == "shellfish"
    assert dish_profile(name="dos de cabillaud sur lit de poireaux").unknown == ()


def test_a_bare_bar_is_no_barbecue() -> None:
    # "bar-b-q" once folded to the word "bar": a French sea bass and a Kerala bread read as barbecue.
    bass = dish_profile(name="bar en croûte de sel")
    assert (bass.protein, bass.subject) == ("fish", "bar en croûte de sel")
    assert "barbecued" not in dish_profile(name="malabar parotta").words
    assert "barbecued" not in dish_profile(name="bar nuts").words


def test_a_pork_fillet_or_cheek_is_pork_not_beef() -> None:
    assert dish_profile(name="filet mignon de porc en croûte").protein == "pork"
    assert dish_profile(name="solomillo de cerdo al Pedro Ximénez").protein == "pork"
    assert dish_profile(name="carrillada ibérica").protein == "pork"


def test_a_la_mode_is_ice_cream_on_a_pie_but_a_braise_in_a_french_dish() -> None:
    assert "ice cream" in dish_profile(name="apple pie à la mode").words
    tripes = dish_profile(name="tripes à la mode de Caen")
    assert (tripes.protein, "ice cream" in tripes.words) == ("veal", False)  # tripe reads as a pale meat
    assert dish_profile(name="bœuf à la mode").has("braised")


def test_a_french_or_italian_word_one_slip_from_another_food_is_its_own_food() -> None:
    # "costata" is one letter from "crostata" (a tart), "bleu" in a lobster's name is no blue cheese.
    assert dish_profile(name="costata alla griglia").protein == "red_meat"
    assert "blue cheese" not in dish_profile(name="homard bleu rôti").words
    assert dish_profile(name="fondue bourguignonne").protein == "red_meat"


def test_a_spanish_or_italian_salsa_de_is_any_sauce_and_a_salsa_alone_the_mexican_one() -> None:
    whisky = dish_profile(name="Solomillo de cerdo a la plancha con salsa de ajos y whisky")
    tacos = dish_profile(name="tacos with salsa")

    assert whisky.protein == "pork"
    assert not whisky.has("tomato")
    assert "nut sauce" in dish_profile(name="Pappardelle con salsa di noci").words
    assert tacos.has("tomato")


def test_what_a_contraction_leaves_is_no_unknown_word_and_fra_diavolo_is_hot_tomato() -> None:
    belly = dish_profile(name="we're getting the pork belly")
    shrimp = dish_profile(name="shrimp fra diavolo")

    assert belly.unknown == ()
    assert belly.protein == "pork"
    assert shrimp.protein == "shellfish"
    assert shrimp.spice >= 2
    assert shrimp.has("tomato")


def test_fruit_cooked_with_nothing_beside_it_is_a_dessert_but_not_beside_a_meat_or_cheese() -> None:
    assert dish_profile(name="baked stuffed peaches").protein == "dessert"
    assert dish_profile(name="grilled pineapple").protein == "dessert"
    assert dish_profile(name="pork with baked apples").protein == "pork"
    assert dish_profile(name="grilled peach and burrata").protein == "cheese"


def test_a_bare_asado_or_chili_is_the_meal_but_a_food_cooked_so_is_that_food() -> None:
    assert dish_profile(name="asado").protein == "red_meat"
    assert dish_profile(name="an asado for six").cuisine == "argentinian"
    assert dish_profile(name="cordero asado").protein == "lamb"
    assert dish_profile(name="pimientos asados").protein == "vegetarian"
    assert dish_profile(name="a bowl of chili").protein == "red_meat"
    assert dish_profile(name="chili prawns").protein == "shellfish"


def test_a_puree_of_another_vegetable_fruit_or_nut_is_no_potato() -> None:
    for name in ("Pork belly, apple purée, crackling", "Scallops, cauliflower purée", "purée de panais", "swede mash"):
        assert "potato" not in dish_profile(name=name).words, name
    for name in ("short rib, purée", "sausage and mash", "truffle mash", "cod with a smoked potato purée"):
        assert "potato" in dish_profile(name=name).words, name


def test_a_seasoning_a_named_dish_lists_first_is_its_main() -> None:
    # The bacon of a BLT is no garnish, nor the anchovy of a gilda.
    assert dish_profile(name="BLT").protein == "pork"
    assert dish_profile(name="a BLT sandwich").protein == "pork"
    assert dish_profile(name="gilda").protein == "fish"


def test_a_diet_label_keeps_the_named_mushroom_and_a_potato_keeps_a_dish_savoury() -> None:
    assert dish_profile(name="the vegan option, a mushroom stroganoff").protein == "mushroom"
    assert dish_profile(name="vegetarian lasagne").protein == "vegetarian"
    assert dish_profile(name="potato latkes with apple sauce and sour cream").protein != "dessert"
    assert dish_profile(name="strawberries and cream").protein == "dessert"


def test_mains_in_the_words_of_latin_thai_and_deli_menus() -> None:
    assert dish_profile(name="vacío a la parrilla").protein == "red_meat"
    assert dish_profile(name="tacos de lengua").protein == "red_meat"
    assert dish_profile(name="moqueca de camarão").protein == "shellfish"
    assert dish_profile(name="chivito uruguayo").has("starch")
    assert dish_profile(name="chopped liver").protein == "poultry"
    assert dish_profile(name="pad kra pao gai").protein == "poultry"
    assert dish_profile(name="larb ped").protein == "duck"
    assert dish_profile(name="sate kambing").protein == "lamb"
    assert dish_profile(name="country fried steak with sausage gravy").protein == "red_meat"


def test_the_occasion_of_a_diners_chat_is_no_unknown_word() -> None:
    for name in ("pizza night", "the kids want chicken nuggets", "leftover roast pork", "the oysters to start"):
        assert dish_profile(name=name).unknown == (), name


def test_cooking_words_of_thai_levantine_and_deli_menus_read_with_their_main() -> None:
    # A deli's smoked sable is the fish, no sablé biscuit; "mashwi" is grilled, "pad" stir-fried.
    assert dish_profile(name="smoked sable").protein == "fish"
    chicken = dish_profile(name="jaaj mashwi")
    assert (chicken.protein, chicken.has("grilled")) == ("poultry", True)
    vegetables = dish_profile(name="pad pak ruam")
    assert (vegetables.protein, vegetables.unknown) == ("vegetarian", ())
    assert dish_profile(name="milanesa a caballo").has("egg")


def test_a_slip_near_two_spellings_of_one_food_is_that_food() -> None:
    # "motabal" is one slip from both "moutabal" and "mutabbal": one dish, so no ambiguity.
    assert "baba ganoush" in dish_profile(name="motabal").words
    assert dish_profile(name="vanilia").words == ("vanilla",)
    # A slip near two different foods is still left alone.
    assert dish_profile(name="carbonaa").words == ()


def test_a_dish_of_potato_corn_onion_or_plantain_alone_is_vegetarian() -> None:
    for name in ("potato gratin", "corn chowder", "plátanos fritos", "shishito peppers", "avocado toast"):
        assert dish_profile(name=name).protein == "vegetarian", name
    # A vegetable or egg a named dish holds, with no meat anywhere: pasta alla norma, egg fried rice.
    assert dish_profile(name="pasta alla norma").protein == "vegetarian"
    assert dish_profile(name="egg fried rice").protein == "vegetarian"
    # A truffle is a seasoning beside a main, but a truffle pasta is about it.
    assert dish_profile(name="tajarin al tartufo").protein == "mushroom"
    # Bacon in it, or nothing plant-like said: still no main.
    assert dish_profile(name="kartoffelsalat").protein is None
    assert dish_profile(name="cacio e pepe").protein is None


def test_a_pulse_burger_is_the_pulse_and_a_caramelised_onion_tart_is_no_dessert() -> None:
    assert dish_profile(name="black bean burger").protein == "vegetarian"
    assert dish_profile(name="burger with a chickpea salad").protein == "red_meat"
    assert dish_profile(name="caramelised onion and goat's cheese tart").protein == "cheese"
    assert dish_profile(name="red onion tarte tatin").protein == "vegetarian"
    assert dish_profile(name="tarte tatin").protein == "dessert"


def test_fruit_with_butter_or_nuts_or_steeped_in_a_spirit_is_a_dessert() -> None:
    assert dish_profile(name="Pear, brown butter, hazelnut").protein == "dessert"
    assert dish_profile(name="cherries in Kirsch").protein == "dessert"
    assert dish_profile(name="peaches in prosecco").protein == "dessert"
    # Mascarpone is a dessert's cream, not the cheese course.
    assert dish_profile(name="Banana bread with mascarpone").protein == "dessert"
    assert dish_profile(name="Damson, black garlic, brown butter").protein != "dessert"
    assert dish_profile(name="Pork belly, apple, hazelnut").protein == "pork"


def test_a_filling_named_in_a_dish_decides_it_and_dutch_dishes_are_their_own() -> None:
    assert dish_profile(name="tamales de rajas con queso").protein == "cheese"
    assert dish_profile(name="tamales de pollo").protein == "poultry"
    assert dish_profile(name="erwtensoep").protein == "pork"
    hachee = dish_profile(name="hachee met rode kool")
    assert (hachee.protein, hachee.has("braised"), hachee.unknown) == ("red_meat", True, ())
    assert "minced beef" in dish_profile(name="steak haché").words
    assert dish_profile(name="curanto").protein == "shellfish"
    assert dish_profile(name="siu mai").protein == "pork"


def test_chilli_crisp_is_a_food_and_a_wine_or_spirit_cooked_in_is_read() -> None:
    bao = dish_profile(name="pork belly bao with chilli crisp")
    assert "chilli crisp" in bao.words
    assert bao.spice >= 2
    assert dish_profile(name="cucumber salad with chili crisp").spice >= 2
    assert dish_profile(name="short rib braised in Malbec").has("red_wine")
    assert dish_profile(name="mussels in Muscadet").unknown == ()
    assert dish_profile(name="venison with sloe gin").unknown == ()


def test_menu_words_of_chinese_korean_indian_turkish_and_british_menus() -> None:
    assert dish_profile(name="shui zhu niu rou").protein == "red_meat"
    assert dish_profile(name="dak bokkeum").protein == "poultry"
    assert dish_profile(name="godeungeo gui").protein == "fish"
    assert dish_profile(name="chicken feet in black bean sauce").protein == "poultry"
    assert dish_profile(name="anda bhurji").protein == "vegetarian"
    assert dish_profile(name="karalahana çorbası").unknown == ()
    assert dish_profile(name="yoğurtlu kebap").protein == "lamb"
    for name in ("Whitby scampi and chips", "Herdwick lamb rump", "Chicken with forty cloves of garlic"):
        assert dish_profile(name=name).unknown == (), name
    assert dish_profile(name="Scotch quail's egg").protein == "pork"


def test_held_out_words_a_korean_pancake_and_beef_shin() -> None:
    # "jeon" is any Korean griddle cake: a courgette one is no seafood pancake.
    assert dish_profile(name="hobak jeon").protein == "vegetarian"
    assert dish_profile(name="haemul pajeon").protein == "shellfish"
    assert dish_profile(name="beef shin in Cabernet jus").protein == "red_meat"
    assert dish_profile(name="corn ribs with lime butter").protein == "vegetarian"
    assert dish_profile(name="blueberry muffin").protein == "dessert"


def test_fries_beside_a_main_are_its_side_not_how_the_main_is_cooked() -> None:
    for name in ("grilled chicken with fries", "steak frites", "burger and onion rings", "Cheeseburger, fries"):
        profile = dish_profile(name=name)
        assert not profile.has("fried"), name
        assert "fries" in profile.words or "onion rings" in profile.words, name
    assert not dish_profile(name="Grilled ribeye", description="peppercorn butter and fries").has("fried")
    # A fried main still is, and so are fries that are the dish itself.
    for name in ("fish and chips", "fried chicken", "tempura", "chicken katsu with fries", "scampi and chips",
                 "haddock, chips, mushy peas"):  # fmt: skip
        assert dish_profile(name=name).has("fried"), name
    for name in ("sweet potato fries", "halloumi fries", "chili cheese fries", "fries with pulled pork"):
        assert dish_profile(name=name).has("fried"), name


def test_a_lemon_wedge_is_a_garnish_not_a_sharp_sauce() -> None:
    for name in ("grilled sardines with lemon", "sea bass, lemon wedge", "chicken with a squeeze of lemon",
                 "Fritto misto, aioli, lemon"):  # fmt: skip
        assert dish_profile(name=name).acidity <= 1, name
    for name in ("sole with lemon butter", "chicken in lemon sauce", "pollo al limone", "ceviche",
                 "salad with vinaigrette"):  # fmt: skip
        assert dish_profile(name=name).acidity >= 2, name


def test_savoury_dishes_are_not_sweet_for_their_vegetables_or_a_condiment() -> None:
    # A touch of natural sweetness, however many vegetables: no sweet dish.
    for name in ("beef stew with carrots, peas and onions", "lobster, sweetcorn, peas", "pork pie with fruit chutney",
                 "cheeseburger with ketchup", "sweet paprika chicken", "sweet italian sausage and peppers",
                 "pork chop, sweet potato mash, caramelised onions", "sinigang", "fish moilee"):  # fmt: skip
        assert dish_profile(name=name).sweetness <= 1, name
    # A glaze, honey, teriyaki, char siu, a barbecue or sweet chilli sauce are sweet.
    for name in ("honey-glazed ham", "teriyaki chicken", "char siu", "bbq ribs", "sweet chilli chicken",
                 "duck à l'orange"):  # fmt: skip
        assert dish_profile(name=name).sweetness >= 2, name
    assert dish_profile(name="sweetbreads with capers").sweetness == 0


def test_no_phrase_is_read_across_a_comma() -> None:
    # "butter, cream" is no buttercream, "grilled chicken, parmesan" no chicken parmigiana.
    alfredo = dish_profile(name="Fettuccine", description="butter, cream and Parmigiano-Reggiano")
    assert ("frosting" not in alfredo.words, alfredo.sweetness) == (True, 0)
    caesar = dish_profile(name="Chicken Caesar salad", description="Romaine, grilled chicken, parmesan, croutons")
    assert "chicken parmigiana" not in caesar.words
    assert "lemon verbena" not in dish_profile(name="roast chicken", description="lemon, thyme and garlic").words


def test_french_onion_soup_is_no_steak_for_its_beef_broth() -> None:
    for name in ("French onion soup", "French onion soup, beef broth, gruyère crouton", "onion soup gratinée"):
        profile = dish_profile(name=name)
        assert profile.protein not in ("red_meat", "cheese"), name
        assert "soup" in profile.words, name
    assert dish_profile(name="French onion soup", description="beef broth, onions, gruyère crouton").protein != (
        "red_meat"
    )


def test_a_vegetable_named_where_the_meat_was_is_the_main() -> None:
    for name in ("cauliflower shawarma", "aubergine katsu curry", "beetroot burger", "jackfruit rendang",
                 "cauliflower wings"):  # fmt: skip
        assert dish_profile(name=name).protein == "vegetarian", name
    assert dish_profile(name="portobello burger").protein == "mushroom"
    # After the burger, a vegetable is its side: still beef.
    assert dish_profile(name="burger and sweet potato fries").protein == "red_meat"
    assert dish_profile(name="tomato bredie").protein == "lamb"


def test_grated_parmesan_or_bottarga_season_a_dish_and_a_cheese_beside_a_named_dish_tops_it() -> None:
    assert dish_profile(name="Artichoke, truffle, parmesan, egg yolk").protein == "vegetarian"
    assert dish_profile(name="Parmigiano Reggiano, 24 months").protein == "cheese"
    assert dish_profile(name="truffle parmesan fries").protein == "vegetarian"
    assert dish_profile(name="spaghetti alle vongole e bottarga").protein == "shellfish"
    assert dish_profile(name="shakshuka with feta").protein == "vegetarian"
    assert dish_profile(name="Margherita with buffalo mozzarella").protein == "cheese"


def test_a_white_pizza_has_no_tomato_and_a_dish_may_be_written_with_a_comma() -> None:
    assert not dish_profile(name="pizza bianca with potato and rosemary").has("tomato", "tomato_sauce")
    clam = dish_profile(name="white clam pizza")
    assert (clam.protein, clam.has("tomato")) == ("shellfish", False)
    assert dish_profile(name="pizza margherita").has("tomato_sauce")
    haggis = dish_profile(name="Haggis, neeps and tatties")
    assert (haggis.protein, haggis.unknown) == ("lamb", ())
    assert "spaghetti aglio e olio" in dish_profile(name="Spaghetti aglio, olio e peperoncino").words


def test_sixth_probe_words_korean_bbq_tapas_german_and_australian_menus() -> None:
    assert dish_profile(name="dwaeji galbi").protein == "pork"
    assert dish_profile(name="chadol baegi").protein == "red_meat"
    assert dish_profile(name="pinchos morunos").protein == "pork"
    assert dish_profile(name="Moreton Bay bugs with garlic butter").protein == "shellfish"
    assert dish_profile(name="kangaroo loin with beetroot").subject == "kangaroo"
    assert dish_profile(name="saba shioyaki").subject == "mackerel"
    assert "fries" in dish_profile(name="Currywurst mit Pommes").words
    assert dish_profile(name="Sauerbraten mit Kartoffelklößen").unknown == ()
    assert "egg roll" not in dish_profile(name="bacon and egg roll with barbecue sauce").words
    assert dish_profile(name="Tagliatelle al ragù bianco").unknown == ()
    assert not dish_profile(name="Tagliatelle al ragù bianco").has("tomato_sauce")


def test_held_out_words_and_a_cheese_topping_a_dish_of_its_own() -> None:
    assert dish_profile(name="Tomahawk pork chop, apple mostarda").protein == "pork"
    assert dish_profile(name="Celeriac cooked in ash, truffle, hazelnut").subject == "celeriac"
    lentils = dish_profile(name="Lentil and walnut loaf with mushroom gravy")
    assert (lentils.protein, lentils.unknown) == ("vegetarian", ())
    assert dish_profile(name="Tofu scramble with spinach on toast").unknown == ()
    assert dish_profile(name="Pisco-cured sea bass tiradito").unknown == ()
    # A cheese after a dish with its own main and no cheese of its own tops it; its own cheese named is not.
    assert dish_profile(name="Avocado toast with feta, chilli flakes and a poached egg").protein == "vegetarian"
    assert dish_profile(name="Tteokbokki with cheese").protein == "vegetarian"
    assert dish_profile(name="Croziflette au reblochon").protein == "cheese"
    vodka = dish_profile(name="Vodka pizza")
    assert ("spirits" not in vodka.words, vodka.has("cream")) == (True, True)


def test_croatian_slovene_and_hungarian_menu_words_read_as_their_parts() -> None:
    lamb = dish_profile(name="Janjetina ispod peke")
    assert (lamb.protein, lamb.subject, lamb.unknown) == ("lamb", "lamb", ())
    assert lamb.has("roasted")
    sausage = dish_profile(name="Kranjska klobasa s kislim zeljem")
    assert (sausage.protein, sausage.unknown) == ("pork", ())
    assert "sauerkraut" in sausage.words
    assert "squid ink" in dish_profile(name="Crni rižot").words
    assert dish_profile(name="Pašticada s njokima").protein == "red_meat"
    assert dish_profile(name="Jota triestina").protein == "pork"


def test_an_adriatic_fritter_one_slip_from_a_fish_fry_is_a_dessert() -> None:
    # "fritule" is one letter from "friture" (whitebait): Croatia's Christmas fritters, sweet.
    for name in ("Fritule", "krafne", "Kremšnita", "Palačinke"):
        profile = dish_profile(name=name)
        assert profile.protein == "dessert", name
        assert profile.sweetness >= 2, name


@pytest.mark.parametrize(
    ("name", "description", "vegetarian", "vegan"),
    [
        ("Vegan burger", "plant patty, brioche bun", True, True),
        ("Halloumi burger", "grilled halloumi, pepper relish", True, False),
        ("Bean burger", "black bean patty, salsa", True, True),
        ("Penne", "cream sauce, peas", True, False),
        ("Butternut squash soup", "sage, pumpkin seeds", True, True),
        ("Cheeseburger", "beef patty, cheddar", False, False),
        ("Chef's tasting", "", False, False),
    ],
)
def test_a_dish_suits_a_diet_as_the_menu_labels_it_or_as_its_words_read(
    name: str, description: str, vegetarian: bool, vegan: bool
) -> None:
    profile = dish_profile(name=name, description=description)
    label = f"{name} {description}"
    assert suits_diet(profile, "vegetarian", label=label) is vegetarian
    assert suits_diet(profile, "vegan", label=label) is vegan


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hühnerfrikassee", {"chicken", "fricassee"}),
        ("gänsebraten", {"goose", "roasted"}),
        ("buff cauli w blue cheese dip", {"cauliflower", "blue cheese dressing"}),
    ],
)
def test_german_compounds_and_chat_words_are_read_from_their_parts(text: str, names: set[str]) -> None:
    assert names <= {term.name for term in read_food(text).terms}


@pytest.mark.parametrize("word", ["planche", "piesporter"])
def test_a_linking_sound_joins_only_words_of_four_letters_or_more(word: str) -> None:
    assert read_food(word).terms == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("german butchers platter", {"schlachtplatte"}),
        ("indonesian sweet soy beef stew", {"beef", "tare"}),
        ("delmonico steak with onion rings", {"prime beef"}),
        ("crispy-skin snapper, kipfler potatoes", {"potato"}),
        ("chicken with forty cloves of garlic", {"chicken", "garlic"}),
        ("blue-eye trevalla, pipis, white wine", {"cod"}),
        ("brescia mixed spit roast", {"spiedo bresciano"}),
        ("mauritian sausage rougaille", {"sausage", "rougaille", "caribbean"}),
        ("ghanaian groundnut soup", {"groundnut soup"}),
        ("zamorano cheese", {"mature hard cheese"}),
        ("salt cod livorno style", {"salt cod", "livornese"}),
        ("menorcan lobster stew", {"lobster", "spanish"}),
        ("mince n tatties", {"mince and tatties"}),
        ("camargue bull stew", {"beef", "braised", "french"}),
        ("gardiane de taureau", {"gardiane"}),
        ("piedmontese finanziera", {"finanziera"}),
        ("gundel pancakes", {"gundel palacsinta"}),
        ("sardinian fried cheese pastry with honey", {"seadas"}),
    ],
)
def test_named_dishes_cuts_and_phrases_from_unseen_menus(text: str, names: set[str]) -> None:
    assert names <= {term.name for term in read_food(text).terms}


def test_cloves_of_garlic_are_no_warm_spice() -> None:
    assert "warm spices" not in {term.name for term in read_food("chicken with forty cloves of garlic").terms}


def test_a_blue_eyed_fish_is_no_blue_cheese() -> None:
    assert "blue cheese" not in {term.name for term in read_food("blue eye trevalla").terms}
    assert "blue cheese" in {term.name for term in read_food("pear, walnut and blue cheese salad").terms}


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Muscheln", "mussel"),
        ("Garnelen", "prawn"),
        ("Austern", "oyster"),
        ("Hummer", "lobster"),
        ("Rindfleisch", "beef"),
        ("Steinpilze", "mushroom"),
        ("Kabeljau", "cod"),
        ("Jakobsmuscheln", "scallop"),
        ("Kaninchen", "rabbit"),
    ],
)
def test_german_menu_words_for_common_foods(word: str, name: str) -> None:
    assert name in {term.name for term in read_food(word).terms}


def test_a_cheese_rind_is_no_beef() -> None:
    assert "beef" not in {term.name for term in read_food("washed rind cheese, lemon rind").terms}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("boquerones en vinagre", "boquerones en vinagre"),  # cured anchovies, not mackerel
        ("potato scallops", "potato scallops"),  # no shellfish
        ("tourteau fromager", "tourteau fromager"),  # a goat's cheese cake, not crab
        ("laap", "larb"),
        ("sernik", "cheesecake"),
        ("bergkäse", "aged cheese"),
    ],
)
def test_regional_dishes_and_spellings_read_as_what_a_cook_means(text: str, name: str) -> None:
    assert name in {term.name for term in read_food(text).terms}


def test_a_regional_dessert_is_a_dessert() -> None:
    from recommendations.pairing import dish_profile

    assert dish_profile(name="Syllabub", description="", tags=[]).protein == "dessert"
