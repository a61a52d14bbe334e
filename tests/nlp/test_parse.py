import pytest

from titfortat.nlp.parse import load_nlp, normalise, parse


@pytest.mark.parametrize("text,expected", [
    ("Japan ’ s right", "Japan ’s  right"),
    ("the U.S. ’ s plan", "the U.S. ’s  plan"),
    ("Russia ' s involvement", "Russia 's  involvement"),
    ("Japan’s right", "Japan’s right"),  # written as news writes it: left alone
    ("declared persona non grata", "declared persona_non_grata"),
    ("Mr . Sisi has", "Mr.  Sisi has"),  # a title's or an initial's period cut off is joined back
    ("John R . Bass", "John R.  Bass"),
    ("by 5 percent . The", "by 5 percent . The"),  # a sentence's end is left alone
    ("World War I . The", "World War I . The"),  # a roman numeral is no initial
])
def test_normalise_keeps_the_length_and_joins_what_the_parser_would_split(text, expected):
    assert normalise(text) == expected
    assert len(normalise(text)) == len(text)


def test_detached_possessive_is_parsed_as_one_and_shown_as_written():
    text = "Biden defended Japan ’ s right to administer the islands ."
    doc = parse(load_nlp(), text)
    japan = next(t for t in doc if t.text == "Japan")
    assert (japan.dep_, japan.head.text) == ("poss", "right")
    assert doc.user_data["text"] == text


def test_detached_possessive_names_the_target(code):
    (ev,) = code("Biden defended Japan ’ s right to administer the uninhabited Senkaku Islands .")
    assert (ev.target.code, ev.target.text) == ("JPN", "Japan ’ s right")


def test_number_cut_at_its_thousands_is_one_number_again():
    doc = parse(load_nlp(), "Almost 12 , 000 Iraqi Christians and 1 , 200 , 000 others fled on May 5 , 200 more .")
    assert [t.text for t in doc if t.like_num] == ["12 , 000", "1 , 200 , 000", "5", "200"]
    number = doc[1]
    assert (number.tag_, number.dep_, number.head.text) == ("CD", "nummod", "Christians")


def test_number_cut_at_its_decimal_point_is_one_number_and_ends_no_sentence(code):
    doc = parse(load_nlp(), "Germany gave 352 . 5 million euros and 3 , 200 . 5 tonnes in 2015 . 3 people died .")
    assert [t.text for t in doc if t.is_digit or " " in t.text] == ["352 . 5", "3 , 200 . 5", "2015", "3"]
    assert len(list(doc.sents)) == 2
    (ev,) = [e for e in code("USAID provided shelter materials to 1 . 5 million people after the earthquake in "
                             "Haiti .") if e.target]
    assert ev.target.text == "1 . 5 million people"


def test_what_is_declared_is_the_declaring_verbs_object_not_the_subject_of_the_infinitive_after_it(code):
    doc = parse(load_nlp(), "Bolivian authorities declared a state of siege in Bolivia to begin at midnight Friday.")
    state = next(t for t in doc if t.text == "state")
    assert (state.dep_, state.head.text) == ("dobj", "declared")
    (ev,) = code("Bolivian authorities declared a state of siege in Bolivia to begin at midnight Friday.")
    assert (ev.cameo, ev.target.country) == ("1724", "BOL")


def test_subject_after_an_opening_phrase_is_the_main_verbs(code):
    text = ("With the signing of a Memorandum of Understanding (MOU) on Cessation of Hostilities, the Sudanese "
            "government and SPLM/A have agreed to allow unimpeded humanitarian access to all areas.")
    doc = parse(load_nlp(), text)
    government = next(t for t in doc if t.text == "government")
    assert (government.dep_, government.head.text) == ("nsubj", "agreed")
    assert {(e.source.code, e.cameo) for e in code(text, date="2004-06-01")} == {("SDNGOV", "0355"), ("SDNREB", "0355")}
    # or taken for an apposition to a noun of that phrase
    text = ("After an emergency summit in Abuja, the 15-nation Economic Community of West African States (ECOWAS) "
            "demanded the immediate release of President Mohamed Bazoum.")
    community = next(t for t in parse(load_nlp(), text) if t.text == "Community")
    assert (community.dep_, community.head.text) == ("nsubj", "demanded")
    assert [(e.source.code, e.cameo_root) for e in code(text, date="2023-07-31")] == [("IGOWAFWAS", "10")]


def test_a_dateline_taken_for_the_subject_gives_it_back(code):
    text = "WARSAW — Poland summoned Russia's ambassador on Sunday."
    doc = parse(load_nlp(), text)
    assert next(t for t in doc if t.text == "Poland").dep_ == "nsubj"
    assert [(e.source.code, e.cameo, e.target.code) for e in code(text, date="2024-03-24")] == [
        ("POL", "114", "RUSDIP")]
    evs = code("BERLIN — Germany on Monday declared 40 staff of the Russian embassy in Berlin undesirable and ordered "
               "them to leave.", date="2022-04-04")
    assert [(e.source.code, e.cameo, e.target.code) for e in evs] == [("DEU", "166", "RUSDIP")]


def test_number_cut_at_its_thousands_stays_in_the_actors_words(code):
    (ev,) = code("About 1 , 100 contract employees went on strike at the Grasberg mine in Indonesia .")
    assert ev.source.text == "About 1 , 100 contract employees"


def test_verb_lemmas_the_packaged_lemmatizer_misses_are_mended():
    doc = parse(load_nlp(), "The rebels waged war and overran the town.")
    assert [t.lemma_ for t in doc if t.tag_.startswith("VB")] == ["wage", "overrun"]


def test_noun_lemmas_the_packaged_lemmatizer_misses_are_mended(code):
    doc = parse(load_nlp(), "Jets struck rebel bases and the headquarters of the tax office over unpaid taxes, "
                            "and the opposition called for new boycotts.")
    assert [t.lemma_ for t in doc if t.lower_ in ("bases", "headquarters", "taxes", "boycotts")] == [
        "base", "headquarters", "tax", "boycott"]
    # so that plural nouns match the patterns written with their singular
    assert {e.cameo for e in code("The Pentagon said it hit five bases used by the militia.")} == {"190"}


def test_a_participle_is_coordinated_with_the_verb_of_its_auxiliary(code):
    # "has ordered X to leave ... and frozen Y": the freeze is done by the subject, not ordered of X
    evs = code("Saudi Arabia has ordered Canada's ambassador to leave within 24 hours and frozen all new trade with "
               "Canada.", date="2018-08-06")
    assert sorted((e.source.country, e.cameo, e.target.country) for e in evs) == [
        ("SAU", "163", "CAN"), ("SAU", "166", "CAN")]


def test_an_object_taken_for_the_subject_of_the_participle_after_it_is_given_back(code):
    doc = parse(load_nlp(), "Peru has granted diplomatic asylum to five Panamanian army officers holed up in a "
                            "diplomatic residence.")
    officers = next(t for t in doc if t.text == "officers")
    assert (officers.dep_, officers.head.text) == ("pobj", "to")
    (ev,) = code("Peru has granted diplomatic asylum to five Panamanian army officers holed up in a diplomatic "
                 "residence since last month's U.S. invasion, the Peruvian embassy said on Tuesday.", date="1990-01-09")
    assert (ev.cameo, ev.target.code, ev.target.text) == ("075", "PANMIL", "five Panamanian army officers")


def test_a_report_hung_on_its_own_subject_is_the_reporting_verbs_clause(code):
    text = "Palestinian youths resorted to throwing stones during demonstrations, officials said on Thursday."
    doc = parse(load_nlp(), text)
    resorted = next(t for t in doc if t.text == "resorted")
    assert (resorted.dep_, resorted.head.text) == ("ccomp", "said")
    assert [c.text for c in resorted.children if c.dep_ == "nsubj"] == ["youths"]
    (ev,) = code("Palestinian youths resorted to throwing stones during demonstrations against the alleged human "
                 "rights violations by the Israeli military, officials said on Thursday.", date="2000-10-05")
    assert (ev.source.code, ev.cameo, ev.target.country) == ("PSECVL", "145", "ISR")
    # a clause of time is no report: "Russia recalled ..., hours after Biden said ..." keeps its own verb
    doc = parse(load_nlp(), "MOSCOW — Russia on Wednesday recalled its ambassador to the United States, hours after "
                            "President Joe Biden said Vladimir Putin would pay a price.")
    assert next(t for t in doc if t.text == "recalled").dep_ != "ccomp"


def test_the_recipient_of_a_verb_of_giving_hung_inside_its_object_is_given_back(code):
    doc = parse(load_nlp(), "Immigration and Customs Enforcement returned 12 human skulls that date back to A.D. "
                            "640-890 to Peru on April 7, 2010.")
    to = next(t for t in doc if t.text == "to" and t.nbor(1).text == "Peru")
    assert to.head.text == "returned"
    (ev,) = code("ICE returned a silver pendant engraved with the image of Peter the Great to Russian authorities "
                 "in Moscow on March 4, 2010.", date="2010-06-01")
    assert (ev.cameo, ev.target.country) == ("0842", "RUS")
    # the first phrase of a participle is its own: the letter was written to Putin, not sent to him
    doc = parse(load_nlp(), "Russia sent a letter written to Putin by a schoolgirl.")
    assert next(t for t in doc if t.text == "to").head.text == "written"


def test_an_acronym_taken_for_an_adverb_before_a_verb_with_no_subject_is_its_subject(code):
    doc = parse(load_nlp(), "USAID deployed seven search-and-rescue teams to Haiti.")
    usaid = doc[0]
    assert (usaid.dep_, usaid.pos_, usaid.head.text) == ("nsubj", "PROPN", "deployed")
    (ev,) = code("USAID deployed seven search-and-rescue teams to Haiti.", date="2010-01-15")
    assert (ev.source.code, ev.cameo, ev.target.country) == ("USAGOV", "073", "HTI")
    # or for an adjective, after an opening phrase
    (ev,) = code("In cooperation with international partners, USAID provided basic shelter materials to 1.5 million "
                 "people after the earthquake in Haiti.", date="2010-06-01")
    assert (ev.source.code, ev.cameo, ev.target.country) == ("USAGOV", "073", "HTI")
    # an adverb in capitals before a verb that has its subject stays an adverb
    doc = parse(load_nlp(), "ALSO the government deployed troops.")
    assert doc[0].dep_ != "nsubj"


def test_a_root_taken_for_a_noun_with_a_subject_and_an_object_is_a_verb(code):
    doc = parse(load_nlp(), "EU and UN hand over urgently needed essential medical supplies to the Nigerian Government.")
    hand = next(t for t in doc if t.text == "hand")
    assert (hand.tag_, hand.pos_) == ("VBP", "VERB")
    evs = code("EU and UN hand over urgently needed essential medical supplies to the Nigerian Government.",
               date="2019-06-01")
    assert {(e.source.code, e.cameo, e.target.code) for e in evs} == {
        ("IGOEUREEC", "073", "NGAGOV"), ("IGOUNO", "073", "NGAGOV")}
    # vehicles handed over are no weapons unless the text says so
    assert [e.cameo for e in code("Britain handed over 20 armoured vehicles to Ukraine.")] == ["072"]
    assert [e.cameo for e in code("Britain handed over 20 vehicles to Ukraine.")] == ["070"]


def test_a_title_whose_period_was_cut_off_stays_in_the_actors_words(code):
    evs = code("Mr . Sisi has rejected loud appeals to release Aya Hijazi .", date="2017-04-01")
    assert {e.source.text for e in evs} == {"Mr . Sisi"}
    # a bracket closed a little later is kept closed; one left open is left out
    (ev,) = code("The Ethiopian central government has issued an ultimatum to the Tigray People ’ s Liberation Front "
                 "( T . P . L . F . ) .", date="2020-11-20")
    assert ev.target.text == "the Tigray People ’ s Liberation Front ( T . P . L . F . )"
    (ev,) = code("Iran condemned the International Atomic Energy Agency (IAEA.")
    assert ev.target.text == "the International Atomic Energy Agency"


def test_an_object_moved_after_the_as_phrase_is_the_verbs(code):
    text = "Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest in Montenegro."
    doc = parse(load_nlp(), text)
    suppression = next(t for t in doc if t.text == "suppression")
    assert (suppression.dep_, suppression.head.text) == ("dobj", "denounced")
    assert [(e.source.code, e.cameo, e.target.country) for e in code(text)] == [("ALB", "111", "SRB")]
    # an apposition set off by a comma stays one: "described as a partner, the country that ..."
    doc = parse(load_nlp(), "Beijing praised as a true friend Pakistan, its neighbour.")
    assert next(t for t in doc if t.text == "neighbour").dep_ != "dobj"


def test_an_infinitive_hung_on_the_time_a_verb_gives_is_the_verbs(code):
    doc = parse(load_nlp(), "Saudi Arabia gave Qatari diplomats 48 hours to leave.")
    leave = next(t for t in doc if t.text == "leave")
    assert (leave.dep_, leave.head.text) == ("xcomp", "gave")
    evs = code("Saudi Arabia gave Qatari diplomats 48 hours to leave.", date="2017-06-05")
    assert [(e.source.code, e.cameo, e.target.code) for e in evs] == [("SAU", "166", "QATDIP")]
    # or on the relative clause that ends the one given it
    text = ("West African leaders gave the soldiers who seized power in Niger one week to reinstate President Mohamed "
            "Bazoum.")
    reinstate = next(t for t in parse(load_nlp(), text) if t.text == "reinstate")
    assert (reinstate.dep_, reinstate.head.text) == ("xcomp", "gave")
    assert "139" in {e.cameo for e in code(text, date="2023-07-31")}
    # ordinary people given time to leave are deported, not envoys expelled
    evs = code("The Saudi government gave Qatari citizens two weeks to leave the kingdom.", date="2017-06-05")
    assert [(e.cameo, e.target.code) for e in evs] == [("174", "QATCVL")]
    # a time word a pattern names is part of the act: "eased curfew hours"
    evs = code("Saudi Arabia eased curfew hours it had imposed on several cities during Ramadan.")
    assert [e.cameo for e in evs] == ["0813"]


def test_a_present_verb_with_nothing_of_a_clause_after_a_prepositions_object_is_a_noun(code):
    doc = parse(load_nlp(), "Twenty Indian soldiers were killed in the Galwan Valley clash on June 15.")
    clash = next(t for t in doc if t.text == "clash")
    assert (clash.dep_, clash.pos_) == ("pobj", "NOUN")
    assert code("Twenty Indian soldiers were killed in the Galwan Valley clash on June 15.") == []
    # a verb with a subject of its own stays one
    doc = parse(load_nlp(), "Police said protesters in the capital clash with troops every night.")
    assert next(t for t in doc if t.text == "clash").pos_ == "VERB"


def test_a_name_coordinated_with_a_titled_name_is_its_conjunct_not_its_modifier(code):
    doc = parse(load_nlp(), "President Donald Trump and North Korean leader Kim Jong Un signed a joint statement.")
    trump, un = (next(t for t in doc if t.text == w) for w in ("Trump", "Un"))
    assert (trump.dep_, trump.head.text, un.dep_, un.head.text) == ("nsubj", "signed", "conj", "Trump")
    evs = code("President Donald Trump and North Korean leader Kim Jong Un signed a joint statement in Singapore.",
               date="2018-06-12")
    assert sorted((e.source.code, e.cameo, e.target.code) for e in evs) == [
        ("PRKGOV", "057", "USAGOV"), ("USAGOV", "057", "PRKGOV")]
    evs = code("Putin and Turkish President Recep Tayyip Erdogan agreed on a ceasefire in Idlib.", date="2020-03-05")
    assert sorted(e.source.code for e in evs) == ["RUSGOV", "TURGOV"]
    # a name that does modify the next ("the Trump administration and Congress") is left alone
    doc = parse(load_nlp(), "The Trump administration and Congress agreed on a budget.")
    assert next(t for t in doc if t.text == "Trump").head.text == "administration"


def test_what_a_verb_was_done_to_named_in_a_free_relative_is_its_object(code):
    doc = parse(load_nlp(), "Azerbaijan launched what it called an anti-terrorist operation on Tuesday.")
    operation = next(t for t in doc if t.text == "operation")
    assert (operation.dep_, operation.head.text) == ("dobj", "launched")
    evs = code("Azerbaijan launched what it called an anti-terrorist operation on Tuesday.", date="2023-09-20")
    assert [(e.source.code, e.cameo_root) for e in evs] == [("AZE", "19")]  # (no criticism by Azerbaijan)
    evs = code("Indian warplanes struck what New Delhi described as a militant training camp near Balakot in Pakistan.",
               date="2019-02-26")
    assert [(e.source.code, e.cameo_root, e.target.country) for e in evs] == [("INDMIL", "19", "PAK")]


def test_a_past_tense_after_a_passive_reported_clause_is_the_reporting_verbs_conjunct(code):
    doc = parse(load_nlp(), "Islamabad denied that any camp had been hit and accused India of violating its airspace.")
    accused = next(t for t in doc if t.text == "accused")
    assert (accused.dep_, accused.head.text) == ("conj", "denied")
    evs = code("Islamabad denied that any camp had been hit and accused India of violating its airspace.",
               date="2019-02-26")
    assert ("PAKGOV", "112", "IND") in [(e.source.code, e.cameo, e.target and e.target.code) for e in evs]
    # a tense it can share stays: "said the diplomats had been expelled and had left"
    doc = parse(load_nlp(), "Russia said the diplomats had been expelled and had left the country.")
    assert next(t for t in doc if t.text == "left").head.text == "expelled"


def test_a_country_after_neighbouring_is_the_prepositions_object(code):
    # (as tokenised corpora write it, with a space before the full stop: the parse the repair mends)
    text = ("The White House is willing to offer some military assistance to Turkey to assist an insurgency "
            "against neighboring Syria .")
    doc = parse(load_nlp(), text)
    syria, neighboring = (next(t for t in doc if t.text == w) for w in ("Syria", "neighboring"))
    assert (syria.dep_, syria.head.text, neighboring.dep_, neighboring.head.text) == ("pobj", "against", "amod", "Syria")
    evs = code(text, date="2012-08-01")
    assert [(e.source.code, e.cameo_root, e.target.country) for e in evs] == [("USAGOV", "03", "TUR")]  # not Syria


def test_a_past_tense_after_a_verb_in_the_bare_form_is_the_reporting_verbs_conjunct(code):
    text = ("China on Saturday demanded that Washington revoke a planned $1.1 billion arms sale to Taiwan and threatened "
            "unspecified countermeasures.")
    threatened = next(t for t in parse(load_nlp(), text) if t.text == "threatened")
    assert (threatened.dep_, threatened.head.text) == ("conj", "demanded")
    assert {e.source.country for e in code(text, date="2022-09-04") if e.cameo_root == "13"} == {"CHN"}


def test_a_past_tense_after_a_judgment_of_a_thing_is_the_reporting_verbs_conjunct(code):
    text = "Foreign Secretary Jeremy Hunt said the seizure was unacceptable and demanded that Iran release the ship."
    demanded = next(t for t in parse(load_nlp(), text) if t.text == "demanded")
    assert (demanded.dep_, demanded.head.text) == ("conj", "said")  # not the seizure's demand
    assert [(e.source.code, e.cameo_root, e.target and e.target.country) for e in code(text, date="2019-07-20")] == [
        ("GBRGOV", "11", None), ("GBRGOV", "10", "IRN")]  # (the judgment too is Hunt's)
    evs = code("Prime Minister Mark Rutte said the remarks were unacceptable and demanded an apology from Ankara.",
               date="2017-03-12")
    assert ("NLDGOV", "10", "TUR") in [(e.source.code, e.cameo_root, e.target and e.target.country) for e in evs]
    # a person judged may do it: "said the minister was angry and demanded an apology"
    angry = parse(load_nlp(), "Hunt said the minister was angry and demanded an apology.")
    assert next(t for t in angry if t.text == "demanded").head.text == "was"


@pytest.mark.parametrize("text, verb, expected", [
    ("MOSCOW — Russia on Friday summoned envoys from more than 20 countries.", "summoned", "2018-03-30"),
    ("The EU's diplomatic chief on Monday bluntly rejected the suggestion.", "rejected", "2018-03-26"),
    ("An Istanbul court on March 13 sentenced the journalist to prison.", "sentenced", "2018-03-13"),
])
def test_a_day_hung_on_the_subject_is_the_verbs(code, text, verb, expected):
    # wire order, "Russia on Friday summoned": the parser hangs the day on the subject, and the act had the
    # publication date (a Saturday)
    on = next(t for t in parse(load_nlp(), text) if t.lower_ == "on")
    assert on.head.text == verb
    (ev,) = code(text, date="2018-03-31")
    assert ev.date == expected


def test_an_acronym_taken_for_a_participle_on_the_noun_before_it_is_its_name(code):
    text = "The West African bloc ECOWAS on Sunday imposed sanctions on Niger."
    ecowas = next(t for t in parse(load_nlp(), text) if t.text == "ECOWAS")
    assert (ecowas.dep_, ecowas.head.text, ecowas.tag_) == ("appos", "bloc", "NNP")
    assert [(e.source.code, e.cameo, e.target.code, e.date) for e in code(text, date="2023-07-31")] == [
        ("IGOWAFWAS", "163", "NER", "2023-07-30")]


def test_a_day_read_into_the_name_after_its_preposition_is_the_prepositions(code):
    text = "On Thursday Maduro ordered the army to close the border, and by nightfall President Nicolas Maduro had " \
           "broken off diplomatic relations with neighbouring Colombia."
    thursday = next(t for t in parse(load_nlp(), text) if t.text == "Thursday")
    assert (thursday.dep_, thursday.head.text) == ("pobj", "On")
    evs = code(text, date="2019-02-24")
    assert [(e.source.text, e.date) for e in evs] == [("Maduro", "2019-02-21"),
                                                       ("President Nicolas Maduro", "2019-02-24")]


def test_an_adjective_after_a_named_object_is_what_it_is_called(code):
    doc = parse(load_nlp(), "Islamabad called New Delhi's steps immature and hasty.")
    immature = next(t for t in doc if t.text == "immature")
    assert (immature.dep_, immature.head.text) == ("oprd", "called")
    assert not code("Islamabad called New Delhi's steps immature and hasty.", date="2025-04-24")  # no phone call


@pytest.mark.parametrize("text, thing, name", [
    ("The State Department called the Russian move a provocation.", "move", "provocation"),
    ("Washington called the Russian offer a publicity stunt.", "offer", "stunt"),  # "offer" tagged a verb
])
def test_a_named_thing_read_as_a_clause_is_the_naming_verbs_object(code, text, thing, name):
    doc = parse(load_nlp(), text)
    noun, called = next(t for t in doc if t.text == thing), next(t for t in doc if t.text == name)
    assert (noun.dep_, noun.head.text, noun.pos_, called.dep_, called.head.text) == (
        "dobj", "called", "NOUN", "oprd", "called")
    assert [(e.source.country, e.cameo, e.target.country) for e in code(text, date="2016-10-07")] == [
        ("USA", "111", "RUS")]


def test_the_one_summoned_is_the_object_and_the_protest_the_summoners(code):
    text = "BEIJING - Vice Foreign Minister He Yafei summoned U.S. Ambassador Jon Huntsman to lodge a strong protest."
    doc = parse(load_nlp(), text)
    envoy, lodge = next(t for t in doc if t.text == "Huntsman"), next(t for t in doc if t.text == "lodge")
    assert (envoy.dep_, envoy.head.text, lodge.dep_, lodge.head.text) == ("dobj", "summoned", "advcl", "summoned")
    assert [(e.source.code, e.cameo, e.target.code) for e in code(text, date="2010-01-30")] == [
        ("CHNGOV", "114", "USADIP")]


def test_the_day_of_a_month_is_no_count_of_the_noun_after_it(code):
    (ev,) = code("On May 13 troops opened fire on protesters in Andijan.", date="2005-07-31")
    assert (ev.source.text, ev.date) == ("troops", "2005-05-13")
    # (a count after its verb stays a count)
    (ev,) = code("Israel released 13 prisoners on May 2.", date="2005-07-31")
    assert ev.target.text == "13 prisoners"


def test_a_gerund_complement_with_an_object_is_a_verb(code):
    text = ("Turkish troops crossed into northern Syria on Sunday, a day after Turkish warplanes began bombing "
            "positions of the YPG militia in Afrin, Prime Minister Binali Yildirim said.")
    bombing = next(t for t in parse(load_nlp(), text) if t.text == "bombing")
    assert (bombing.tag_, bombing.pos_, bombing.lemma_) == ("VBG", "VERB", "bomb")
    assert [(e.source.code, e.cameo, e.target.code) for e in code(text, date="2018-01-22")] == [
        ("TURMIL", "195", "SYRREB")]


def test_a_past_tense_after_an_infinitive_goes_to_the_verb_it_completes(code):
    text = ("SEOUL — North Korea vowed on Monday to take firm action of justice against the United States and "
            "rejected new U.N. sanctions as a violent violation of its sovereignty.")
    rejected = next(t for t in parse(load_nlp(), text) if t.text == "rejected")
    assert (rejected.dep_, rejected.head.text) == ("conj", "vowed")
    assert [(e.cameo, e.modality) for e in code(text, date="2017-08-07")] == [("130", "threatened"),
                                                                              ("120", "asserted")]  # not vowed
