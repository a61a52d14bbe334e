"""Resolve the noun phrase at a clause's subject or object to an Actor.

For one parsed document, `DocumentActors` finds the dictionary phrases once, then for a head token
(the noun the parser made subject or object) it:

1. takes the noun phrase around the head: its left modifiers (determiners, numbers, adjectives,
   compounds, possessives: "27 Russian diplomats", "Russia's foreign ministry", "Deputy Foreign
   Minister Sergei Ryabkov") and, when those name no country, the "of / in / from" phrase after it
   ("authorities in Oklahoma", "the foreign ministry of Iran");
2. reads the country, organisation or person from the dictionary phrases inside it (the one nearest
   the head wins), and the sector from the generic noun at its head (diplomats -> DIP, troops -> MIL);
3. falls back on the article: a pronoun takes the actor it refers to, a bare "the ministry" or "the
   diplomats" takes the country of the last actor of that sector, a surname alone takes the person
   named in full before;
4. remembers what it resolved, for the sentences that follow.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import chain

from ..model import Actor, Location
from .dictionary import (AGENT, CAPITAL, COUNTRY, DEMONYM, INSTRUMENT, METONYM, ORG, PERSON, PLACE, ActorDictionary,
                         Entry, Match)
from ..nlp.parse import DASHES, dateline_dash, main_participle, prep_objects, surface
from ..nlp.dates import timeline_words
from ..nlp.tree import conjuncts, main_verb
from .gazetteer import coordinates, lookup_place, place

NP_LEFT = {"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod", "predet", "case", "nn", "npadvmod"}
PLACE_SPAN_PREPS = {"in", "at"}  # in an actor's words only with a named place: "the U.S. Embassy in Athens"
# envoys whose post is not part of the words that name them: "summoned the Chinese ambassador in Berlin"
POSTED_ENVOYS = {"ambassador", "ambassadors", "envoy", "envoys", "affaires", "consul", "attache", "attaché"}
NP_RIGHT_PREPS = {"of", "in", "from", "for", "across", "throughout"}
SPAN_PREPS = {"of", "in", "at", "to", "from"}
TIME_UNITS = {"minute", "hour", "day", "week", "month", "year", "moment"}
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "last", "next", "this", "past", "ago", "earlier", "later", "today", "yesterday", "tonight", "late",
              "early", "mid", "decade", "weekend", "morning", "afternoon", "evening", "night"}
LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "around", "off", "across", "throughout"}
PARTITIVES = {"member", "members", "group", "groups", "delegation", "team", "one", "some", "many", "most", "majority",
              "part", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "ten", "tens", "million",
              "millions", "score", "scores", "number", "supporter", "supporters", "representative",
              "representatives", "contingent", "unit", "units", "crowd", "crowds", "band", "rest", "several",
              "all", "both", "each", "two", "three", "few", "deployment", "batch", "patch", "wave", "detachment",
              "squad", "platoon", "battalion", "column", "convoy", "flotilla"}
HOMELAND_NOUNS = {"country", "nation", "homeland", "motherland"}  # "his country": the owner's country
# "The kingdom also recalled its envoy": a state told before, by the kind of state it is
STATE_NOUNS = {"country", "nation", "kingdom", "republic", "emirate", "sultanate", "monarchy"}
NEIGHBOUR_NOUNS = {"neighbour", "neighbor"}  # "its southern neighbour": a state named before, not the owner's
# "The bloc said it would broaden its sanctions": an organisation told before, by the kind of body it is
BODY_NOUNS = {"bloc", "alliance", "grouping", "group", "organisation", "organization"}
GROUP_NOUNS = {"group", "organisation", "organization"}  # (also a body of no state: "Hamas said ... The group")
GROUP_SECTORS = {"REB", "NGO", "PTY", "OPP", "IGO", "MED", "HRI", "LAB", "REL"}
MONARCHY_NOUNS = {"kingdom", "emirate", "sultanate", "monarchy"}
MONARCHIES = {"SAU", "GBR", "JOR", "MAR", "BHR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "KHM", "BTN", "LSO",
              "SWZ", "TON", "QAT", "KWT", "ARE", "OMN", "BRN", "JPN", "LIE", "MCO", "AND", "LUX"}
ALLEGIANCE_WORDS = {"loyal", "faithful"}
WEAPON_NOUNS = {"drone", "missile", "rocket", "bomb", "shell", "projectile", "munition", "grenade", "torpedo", "cannon",
                "bullet", "shot", "salvo", "volley", "flare", "laser"}
AFFILIATION_VERBS = {"affiliate", "align"}  # "workers affiliated with", "militias aligned with"
SPEAKS_FOR_OWNER = {"office", "camp", "campaign", "aide", "entourage", "team"}  # "the governor's office"
PRONOUNS = {"he", "she", "him", "her", "it", "they", "them", "we", "us", "i", "who", "which", "that", "its",
            "their", "his", "whose"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "i"}
# titles a bare "the king", "the emir" names someone by: the last person named with it
TITLE_WORDS = {"king", "queen", "emir", "sultan", "prince", "princess", "monarch", "pope", "president", "chancellor",
               "premier", "ayatollah", "sheikh", "shah"}
INSTITUTION_NOUNS = {"court", "ministry", "government", "parliament", "council", "office", "agency", "embassy",
                     "army", "military", "police", "committee", "commission", "tribunal", "department", "service",
                     "administration", "cabinet", "assembly", "senate", "congress", "legislature", "regime", "junta"}
# documents and processes named after the city where they were made: no actor ("the Algiers agreement")
DOCUMENT_NOUNS = {"agreement", "accord", "treaty", "protocol", "declaration", "convention", "process", "format",
                  "communique", "memorandum", "charter", "statute"}
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}  # in what someone says: the one who says it
SAYING_VERBS = {"say", "tell", "add", "state", "declare", "write", "insist", "stress", "announce", "confirm"}
RELATIVE = {"who", "which", "that", "whom"}
DIPLOMATIC = {"DIP"}
CLASH_NOUNS = {"clash", "skirmish", "firefight", "gunfight", "battle", "fighting", "confrontation", "exchange"}
FLEEING_VERBS = {"flee", "escape"}
PART_NOUNS = {"part", "area", "region", "outskirts", "district", "province", "town", "city", "village", "territory"}
OWNER_PREPS = {"of", "from", "by", "for"}  # "the call of the European Parliament", "a camp for Congolese refugees"
# Sectors whose unnamed members act in their own country: "police in Cairo", "President Bashir ... in Sudan"
ORGAN_SECTORS = {"GOV", "LEG", "MIL", "JUD", "COP"}  # a state's bodies, named as proper names or not
DOMESTIC_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "CVL", "LAB", "EDU", "MED", "REL", "BUS",
                    "CRM", "ELI", "HRI"}


STANCE_PREFIXES = {"anti", "pro"}
# "Serb-held parts of Bosnia", "Israeli-occupied territory": a place held by that people, not of its country
HELD_SUFFIXES = {"held", "controlled", "occupied"}
# "a Russian-brokered agreement", "Egyptian-mediated talks": who brought the parties together, none of them
BROKERED_SUFFIXES = {"brokered", "mediated"}
BACKING_SUFFIXES = HELD_SUFFIXES | {"backed", "supported", "sponsored", "funded", "armed", "allied", "aligned"}
# "the two sides", "both countries": the last two countries named, of the kind the noun says
PAIR_NOUNS = {"side": None, "country": None, "nation": None, "neighbour": None, "neighbor": None, "leader": "GOV",
              "government": "GOV", "president": "GOV", "minister": "GOV", "army": "MIL", "military": "MIL"}
# Countries whose people's family name is written first in English-language news ("Kim Jong-un", "Xi Jinping")
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "KHM"}
UNKNOWN_COUNTRY = "---"  # the CAMEO convention for an actor whose country the text does not give
UNPLACED_LABELS = {"ORG", "PERSON", "NORP"}  # named actors kept without a country (DocumentActors.unplaced)


def _unclaused(tok) -> list[int]:
    """The words of `tok`'s phrase without the relative clauses inside it ("Odin Sanchez, a former Colombian
    congressman the rebels have held", "a unit of China's biggest shipping company that was accused of ...")."""
    out = [tok.i]
    for child in tok.children:
        if child.dep_ != "relcl":
            out.extend(_unclaused(child))
    return out


def _suffixed(doc, m: Match, suffixes) -> bool:
    """A name joined by a hyphen to one of `suffixes`: "Serb-held", "Iranian-backed"."""
    return m.end + 1 < len(doc) and doc[m.end].text in DASHES and doc[m.end + 1].lower_ in suffixes


def known(actor: Actor) -> bool:
    """A country or an organisation, not only a kind of actor ("---REB")."""
    return bool(actor.country) or bool(actor.code and not actor.code.startswith(UNKNOWN_COUNTRY))


def dateline_tokens(doc) -> set[int]:
    """Tokens of a dateline opening a sentence ("MOSCOW —", "LONDON, March 14 (wire) —"): a place, not an actor.
    Whatever stands in brackets there is the agency's tag ("(wire)", "(dpa)")."""
    out: set[int] = set()
    for sent in doc.sents:
        # (and the day a timeline's entry opens with: "Sept. 12 - State Councillor Dai Bingguo summons ...")
        out.update(t.i for t in timeline_words(sent))
        toks = [t for t in sent if not t.is_space][:12]
        bracketed = set()
        depth = 0
        for t in toks:
            depth += t.text == "("
            if depth and t.text not in "()":
                bracketed.add(t.i)
            depth -= t.text == ")" and depth > 0
        for k, tok in enumerate(toks):
            if tok.text in DASHES and k > 0:
                head = toks[:k]
                if not dateline_dash(tok) or (tok.text == "-" and not _hyphened_dateline(head, bracketed)):
                    break
                words = [t for t in head if t.is_alpha]
                if words and words[0].is_upper and all(t.is_upper or t.is_punct or t.like_num or t.ent_type_ == "DATE"
                                                      or t.text[:1].isupper() or t.i in bracketed for t in head):
                    out.update(t.i for t in head)
                break
            if not (tok.is_upper or tok.is_punct or tok.like_num or tok.text[:1].isupper() or tok.i in bracketed):
                break
    return out


def _hyphened_dateline(head: list, bracketed: set[int]) -> bool:
    """Whether the words before a hyphen are a dateline's: a place in capitals ("SEOUL -"), or a city in capitals and
    its country, before an agency's tag or not ("LAHORE, Pakistan (Reuters) -", "SUVA, Fiji -"); not "US Vice -
    President"."""
    words = [t for t in head if t.is_alpha]
    placed = len(head) > 2 and head[1].text == "," and len(words) <= 4
    return all(t.is_upper or t.ent_type_ == "DATE" or t.i in bracketed
               or ((bracketed or placed) and words[0].is_upper and t.text[:1].isupper()) for t in words)


def opening_places(doc) -> dict[int, object]:
    """For each token of a sentence that opens with a place phrase and a comma ("In Khartoum, the army said ..."),
    that phrase's preposition: read once for the document, not for every actor the sentence names."""
    out: dict[int, object] = {}
    for sent in doc.sents:
        first = sent[0]
        if first.dep_ == "prep" and first.lower_ == "in" and first.head.i == sent.root.i and \
                first.right_edge.i + 1 < len(doc) and doc[first.right_edge.i + 1].text == ",":
            out.update((t.i, first) for t in sent)
    return out


@dataclass
class Resolved:
    actor: Actor
    head: int  # token index of the head
    start: int  # token span of the noun phrase
    end: int
    person: bool = False  # a named person (for he/she)

    def as_place(self) -> Resolved:
        """A capital named as where something happens ("struck targets in Kyiv"): the country, not its
        government. A copy: the resolution the document keeps for the word is left as it was."""
        a = self.actor
        if a.sector != "GOV":
            return self
        return replace(self, actor=Actor(a.text, a.span, a.country, a.country, None, a.name))

    def worded(self, doc, lo: int, hi: int) -> Resolved:
        """The same actor in the words of tokens lo..hi-1 ("Jordan and Britain", "Japan's right"). A copy."""
        span = doc[lo:hi]
        return replace(self, actor=replace(self.actor, text=surface(doc, span.start_char, span.end_char),
                                           span=(span.start_char, span.end_char)))

    def placed(self, country: str, name: str | None = "", code: str | None = None, sector: str | None = "") -> Resolved:
        """The same words and kind of actor (or `sector`), of `country`: code country + sector ("RUSDIP")."""
        a = self.actor
        sector = a.sector if sector == "" else sector
        return replace(self, actor=Actor(a.text, a.span, code or country + (sector or ""), country, sector,
                                         a.name if name == "" else name))


NAMING_STATES = {COUNTRY, DEMONYM, CAPITAL, METONYM, PERSON}


class DocumentActors:
    """Actor resolution over one parsed document, with memory of the actors already seen."""

    def __init__(self, doc, dictionary: ActorDictionary, date: str | None = None):
        self.doc = doc
        self.date = date
        self.dictionary = dictionary
        self.datelines = dateline_tokens(doc)
        self.openings = opening_places(doc)
        found = dictionary.matches(doc)
        # the words of phrases that name no one ("a state of emergency", "the Iranian football team"): no actor is
        # headed there, whatever country a modifier names
        self.nameless = {i for m in found if m.names_no_one for i in range(m.start, m.end)}
        self._no_ones: set = set()  # the spans of actors their words say are of no one country
        found = [m for m in found if not m.names_no_one]
        # "anti-Syria", "pro-Russian": a stance towards a country, not membership of it; "Serb-held": whose hold;
        # "Russian-brokered": whose mediation
        self.matches = [m for m in found if m.start not in self.datelines and not (
            m.start >= 2 and doc[m.start - 1].text in DASHES and doc[m.start - 2].lower_ in STANCE_PREFIXES) and not (
            _suffixed(doc, m, HELD_SUFFIXES | BROKERED_SUFFIXES) and m.best(date).kind in (COUNTRY, DEMONYM))]
        # the country of the article's dateline ("ALGIERS —"): where the story is, for officials it leaves unnamed;
        # none where it names two ("ABUJA/NIAMEY —": which is whose, the text must say)
        homes = {e.country for m in found if m.start in self.datelines
                 for e in [m.best(date)] if e.kind in (COUNTRY, CAPITAL, PLACE) and e.country}
        self.home = homes.pop() if len(homes) == 1 else None
        # the countries the document names: which of two cities of one name it means ("Tripoli", Lebanon's)
        self.named = {e.country for m in self.matches for e in [m.best(date)]
                      if e.kind in (COUNTRY, DEMONYM) and e.country}
        self.matches = [self._other_city(m) for m in self.matches]
        self.by_token: dict[int, Match] = {}
        for m in self.matches:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        self.ent_label = {}
        for ent in doc.ents:
            for tok in ent:
                self.ent_label[tok.i] = (ent.label_, ent)
        self.memory: list[tuple[Actor, bool, bool]] = []  # (actor, is a person, was a subject), in order
        self.plural: set = set()  # spans of actors named by a plural noun ("U.S. states"): not "it"
        self.people: dict[str, Actor] = {}  # surname -> actor of a person named before
        self._cache: dict[int, Resolved | None] = {}
        self._owned: dict[int, Resolved | None] = {}
        self._placed: dict[int, Resolved] = {}  # actors of no country placed by where a clause put them
        self._where: dict[tuple[int, ...], tuple[Location, object] | None] = {}  # see `_located`

    def states_named(self) -> list[Actor]:
        """The states the text names, by name, people, capital or seat of power, in order: whom an act that names
        no one may be aimed at (see `fill_counterparts`)."""
        found = []
        for m in self.matches:
            e = m.best(self.date)
            last = self.doc[m.end - 1]
            where = last.dep_ == "pobj" and last.head.lower_ in LOCATION_PREPS  # "In Brussels, EU ministers ..."
            if e.country and e.kind in NAMING_STATES and not where:
                found.append(self._actor(m.start, m.end, e.country, None, None, e.name))
        return found

    def _other_city(self, m: Match) -> Match:
        """A capital's name, in a text that names another country with a large city of that name and not the
        capital's own, is that city ("Tripoli" in a report on Lebanon)."""
        e = m.best(self.date)
        if e.kind != CAPITAL or e.country in self.named:
            return m
        found = place(self.doc[m.start:m.end].text, self.named, self.date)
        if found is None or found[0] == e.country or found[0] not in self.named:
            return m
        return replace(m, entries=(Entry(METONYM, found[1], country=found[0]),))

    # ------------------------------------------------------------------ noun phrase
    def _left(self, head) -> list:
        toks = [head]
        for child in head.lefts:
            if child.dep_ in NP_LEFT:
                # (not a dateline the parser hung on the name after it: "DUBAI - Saudi Arabia, Egypt ... cut ties")
                toks.extend(t for t in child.subtree if t.i not in self.datelines)
        return toks

    def phrase_span(self, head, proper: bool) -> tuple[int, int]:
        """Token bounds [lo, hi] of the noun phrase that names an actor: its left modifiers, an appositive
        name ("his Lebanese counterpart, Michel Aoun"), and for a common noun its "of / in / at / to / from"
        phrases and participles ("the U.S. Embassy in Athens", "the missiles fired by the Israeli military");
        never a relative clause, nor one inside those phrases. A proper name ("Russia", "Sergei Lavrov") is its own
        phrase."""
        toks = [t.i for t in self._left(head)]
        for child in head.rights:
            if child.dep_ == "appos" and (child.pos_ == "PROPN" or child.ent_type_ == "PERSON") and not any(
                    c.dep_ == "conj" for c in child.children) and not (head.tag_ == "NNS" and child.tag_ == "NNP"):
                # (not a list: "The United States, India, Israel"; nor one person for many: "will expel 23 Russian
                # diplomats, Prime Minister Theresa May told parliament")
                toks.extend(_unclaused(child))
            elif proper and child.dep_ == "prep" and child.lower_ == "of" and any(
                    p.dep_ == "pobj" and p.pos_ == "PROPN" and (p.i in self.by_token or p.ent_type_ in ("GPE", "ORG"))
                    for p in child.children):
                toks.extend(t.i for t in child.subtree)  # "President Recep Tayyip Erdogan of Turkey"
            elif proper:
                continue
            elif child.dep_ == "prep" and self._in_words(child, head):
                toks.extend(_unclaused(child))
            elif child.dep_ == "acl" and child.tag_ == "VBN" and not main_participle(child) and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in child.children):
                # (not a participle the tagger hung on its subject: "Thousands ... protested", "strikes killed ...";
                # nor a clause of its own: "an announcement that it had opened corridors")
                toks.extend(t.i for t in child.subtree)
        lo, hi = min(toks), max(toks)
        # keep it contiguous and within the sentence
        sent = head.sent
        return max(lo, sent.start), min(hi, sent.end - 1)

    def _in_words(self, prep, head) -> bool:
        """Whether a common noun's prepositional phrase is part of the words that name the actor: "the foreign
        ministry of Iran", "the U.S. Embassy in Athens"; a place only when named, and never an envoy's post."""
        if prep.lower_ not in SPAN_PREPS or any(c.dep_ == "pcomp" for c in prep.children):
            return False  # (nor what is said of it: "accused the commodore of ripping up ...")
        if prep.lower_ not in PLACE_SPAN_PREPS:
            return True
        return self._names_place(prep) and head.lower_ not in POSTED_ENVOYS

    def _names_place(self, prep) -> bool:
        """"the U.S. Embassy in Athens", not "gunmen in reaction" or "air strikes in the area"."""
        return any(p.dep_ == "pobj" and (p.i in self.by_token or p.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP"))
                   for p in prep.children)

    def _right_preps(self, head) -> list:
        out = []
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in NP_RIGHT_PREPS:
                out.append(child)
            elif child.dep_ == "prep" and child.lower_ == "at" and any(
                    p.dep_ == "pobj" and p.ent_type_ == "ORG" for p in child.children):
                out.append(child)  # "judges at the International Criminal Court" (not "protesters at the embassy")
            elif child.dep_ == "appos":
                out.append(child)
            elif (child.dep_ == "amod" and child.lower_ in ALLEGIANCE_WORDS) or (
                    child.dep_ == "acl" and child.lemma_.lower() in AFFILIATION_VERBS):
                # "militants loyal to Abu Musab al-Zarqawi", "workers affiliated with the Serbian union": whose
                out.extend(p for p in child.children if p.dep_ == "prep" and p.lower_ in ("to", "with"))
        return out

    def unplaced(self, head) -> Resolved | None:
        """A named actor no table places ("the Earth Liberation Front", "Britta Nielsen"): its words under the
        CAMEO code for an unknown actor, "---", so the event keeps who acted even when the dyad is unknown."""
        label = self.ent_label.get(head.i)
        if head.pos_ != "PROPN" or head.i in self.datelines or label is None or label[0] not in UNPLACED_LABELS:
            return None
        lo, hi = self.phrase_span(head, proper=True)
        for ent in head.sent.ents:  # the whole name: "the Office of Inspector General"
            if ent.start <= head.i < ent.end:
                lo, hi = min(lo, ent.start), max(hi, ent.end - 1)
        lo, hi = self._trim(lo, hi)
        return Resolved(self._unknown(lo, hi), head.i, lo, hi + 1, label[0] == "PERSON")

    def unknown_place(self, head) -> Resolved | None:
        """A place no table knows, or a part of one ("a curfew in parts of Kashmir"): where an act was done, its
        words under the unknown code, "---"."""
        named = head
        if head.lemma_.lower() in PART_NOUNS:
            named = next(iter(prep_objects(head, ("of",))), head)
        if named.pos_ != "PROPN" or named.ent_type_ not in ("GPE", "LOC", "FAC") or named.i in self.datelines:
            return None
        lo, hi = self._trim(*self.phrase_span(head, proper=named.i == head.i))
        return Resolved(self._unknown(lo, hi), head.i, lo, hi + 1)

    def site(self, head, around=()) -> Resolved | None:
        """A thing that is attacked, named by what it is and where ("the mosque in Mosul", or with the place on the
        verb: "attacked an army camp in western Kabul"): the whole phrase, of the country where it is, the thing's
        own place first, then those `around` it. None if no place gives a country."""
        if head.pos_ != "NOUN" or head.i in self.by_token or head.lemma_.lower() in WEAPON_NOUNS:
            return None  # (what is fired is no site: "launched 300 drones and missiles at Israel")
        where = prep_objects(head, LOCATION_PREPS, rights=True)
        found = self._located(where) or self._located(around)
        if found is None or not found[0].country:
            return None
        lo, hi = self._trim(*self.phrase_span(head, proper=False))
        return Resolved(self._actor(lo, hi + 1, found[0].country, None, None, None), head.i, lo, hi + 1)

    def a_people(self, head) -> bool:
        """`head` names people by their nationality alone ("Five Americans", "Iranians"): ordinary people, not a
        state or its officials."""
        m = self.by_token.get(head.i)
        return head.tag_ in ("NNS", "NNPS") and m is not None and m.best(self.date).kind == DEMONYM

    def thing_standing_for_owner(self, head) -> bool:
        """`head` names a thing, not an actor, though it may stand for its owner: a weapon ("the Indian bombs") or a
        thing named with its owner ("Ethiopia's giant dam")."""
        return self._weapon(head) or self._owners_thing(head)

    def _owners_thing(self, head) -> bool:
        """`head` names a thing that stands for its owner ("Canada's call"), not an actor by its own words."""
        return head.pos_ == "NOUN" and head.i not in self.by_token and any(c.dep_ == "poss" for c in head.children)

    def _weapon(self, head) -> bool:
        """`head` names an attack or a weapon ("a car bomb", "the missile attack"), which may stand for its attacker."""
        m = self.by_token.get(head.i)
        return m is not None and any(e.kind == INSTRUMENT for e in m.entries)

    def attacker(self, head) -> Resolved | None:
        """For "a car bomb", "a suicide attack by X" as the subject of a violent act: X, or an unnamed attacker;
        for "a clash with X" ("soldiers were killed in a clash with Chinese troops"): X, the other side."""
        if head.lemma_.lower() in CLASH_NOUNS:
            return next((r for p in prep_objects(head, ("with",)) for r in [self.resolve(p)] if r is not None), None)
        if not self._weapon(head):
            return None
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found = self.resolve(pobj)
                        if found is not None:  # "A car bombing by the Islamic State": the whole phrase, X's code
                            lo, hi = self.phrase_span(head, proper=False)
                            hi = max(hi, max(t.i for t in prep.subtree))
                            return replace(found.worded(self.doc, lo, hi + 1), head=head.i, start=lo, end=hi + 1)
        lo = min(t.i for t in self._left(head))
        span = self.doc[lo:head.i + 1]
        actor = Actor(text=surface(self.doc, span.start_char, span.end_char), span=(span.start_char, span.end_char),
                      code=UNKNOWN_COUNTRY, country=None, sector=None, name="unidentified attacker")
        return Resolved(actor, head.i, lo, head.i + 1)

    def _entries(self, tokens) -> list[tuple[Match, Entry]]:
        seen, out = set(), []
        for tok in sorted(tokens, key=lambda t: t.i):
            m = self.by_token.get(tok.i)
            if m is not None and id(m) not in seen and all(e.kind != INSTRUMENT for e in m.entries):
                seen.add(id(m))
                out.append((m, m.best(self.date)))
        # "Montenegro Municipality Association (AKK) officials": a bracketed word after a name abbreviates it
        glosses = [(m, e) for m, e in out if self._bracketed(m)]
        if glosses and len(glosses) < len(out):
            out = [me for me in out if me not in glosses]
        return out

    def _bracketed(self, m: Match) -> bool:
        doc = self.doc
        return 0 < m.start and m.end < len(doc) and doc[m.start - 1].text == "(" and doc[m.end].text == ")"

    def _place(self, tokens) -> tuple[Entry, int, int] | None:
        """A sub-national place named in the tokens and known to the gazetteer."""
        for tok in tokens:
            if tok.i in self.by_token:
                continue
            bounds = self._place_words(tok, ("GPE", "LOC"))
            if bounds is not None:
                found = lookup_place(self.doc[bounds[0]:bounds[1]].text, self.named, self.date)
                if found:
                    return Entry(PLACE, found[1], country=found[0]), bounds[0], bounds[1]
        return None

    def _place_words(self, tok, labels) -> tuple[int, int] | None:
        """Token bounds of the place name `tok` is part of: an entity the recogniser labelled a place, or a
        proper noun it missed (or took for an organisation) right after "in", "near" ... ("civilians in Bucha")."""
        label = self.ent_label.get(tok.i)
        if label and (label[0] in labels or (label[0] == "NORP" and tok.pos_ == "PROPN" and tok.dep_ == "pobj")):
            return label[1].start, label[1].end  # "the town of Samarra" is sometimes read as a people
        if (label is None or label[0] == "ORG") and tok.pos_ == "PROPN" and tok.dep_ == "pobj" \
                and tok.head.lower_ in LOCATION_PREPS:
            lo = min([tok.i, *(c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")])
            return lo, tok.i + 1
        return None

    # ------------------------------------------------------------------ resolution
    def resolve(self, head) -> Resolved | None:
        if head.i in self._cache:
            return self._cache[head.i]
        # (a phrase met again while it is being resolved, as a pronoun's antecedent through its own owner, is
        # nothing at that depth: the resolution does not go round in a circle)
        self._cache[head.i] = None
        res = self._resolve(head)
        self._cache[head.i] = res
        if res is not None:
            # (an attack standing for its attacker is no subject "it" may stand for: "Pakistan said Tuesday's Iranian
            # missile attack killed two children. On Wednesday it recalled its ambassador")
            # (nor a thing standing for its owner: "the ministry said Canada's call was interference. It warned ...")
            self.remember(res.actor, res.person, not self.thing_standing_for_owner(head) and (
                head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass"))
            ))  # ("Saudi Arabia and Iran agreed")
            if (head.tag_ == "NNS" or (head.tag_ == "NNPS" and res.actor.sector)) and not head.text.isupper():
                # "officials", "the Philippine vessels", not "the United States" or "the Philippines", nor an
                # acronym the tagger reads as a plural ("ECOWAS said it would ...")
                self.plural.add(res.actor.span)
        return res

    def resolve_all(self, head, owner: bool = False, named: bool = False) -> list[Resolved]:
        """One actor per country when coordinated modifiers name several: "Russian and Ukrainian ministers".
        With `owner`, a thing that names its owner stands for the owner (see `owned`); with `named`, a name no
        table places is kept under the unknown code (see `unplaced`)."""
        pair = self._pair(head)
        if pair:
            return pair
        res = self.resolve(head)
        pair = self._pairs_own(head, res)
        if pair:
            return pair
        included = self._included(head, res)
        if included:
            return included
        group = self._their_group(head, res)
        if group:
            return group
        if res is None:
            if owner:
                res = self.owned(head)
            if res is None and named:
                res = self.unplaced(head)
            return [res] if res is not None else []
        # the coordinated modifiers ("Russian and Ukrainian ministers", "UK and EU negotiators") or "of" objects
        # ("the armies of Brazil and Argentina")
        mods = [m for m in head.lefts if m.dep_ in ("amod", "compound", "poss", "nmod")]
        mods += [o for p in head.rights if p.dep_ == "prep" and p.lower_ in ("of", "from") for o in p.children
                 if o.dep_ == "pobj"]  # (or "from" objects: "troops from India and China")
        org = res.actor.sector in ("IGO", "NGO")
        for mod in mods:
            # (and those it includes: "the ambassadors of 10 Western countries, including the United States, Germany
            # and France")
            chain = [mod, *[c for c in mod.subtree if (c.dep_ == "conj" or (c.dep_ == "pobj" and c.head.lower_ ==
                                                                             "including")) and c.head.i != head.i]]
            if any(c.dep_ == "cc" for c in mod.children):  # "UK and EU negotiators", parsed as two modifiers
                chain += [m for m in mods if mod.i < m.i < head.i]
            each, countries = [], set()  # one actor per country or organisation named, in the phrase's words
            for tok in chain:
                m = self.by_token.get(tok.i)
                e = m.best(self.date) if m is not None else None
                if e is None:
                    continue
                if e.kind in (COUNTRY, DEMONYM, CAPITAL) and e.country and e.country not in countries:
                    countries.add(e.country)
                    each.append(res.placed(e.country, name=None, code=e.country if org else None))
                elif e.kind == ORG and not e.country and len(chain) > 1 and not m.start <= head.i < m.end:
                    whose = self.resolve(tok)
                    if whose is not None:
                        each.append(replace(whose, actor=replace(whose.actor, text=res.actor.text,
                                                                 span=res.actor.span),
                                            head=res.head, start=res.start, end=res.end))
            if len(each) >= 2:
                return each
        return [res]

    def _their_group(self, head, res: Resolved | None) -> list[Resolved]:
        """"They" said of several by the ones who say it, each: "The leaders of Britain, France and Germany said that
        they regretted the U.S. decision" (the pronoun resolves to one of them)."""
        if res is None or head.lower_ not in ("they", "their", "them") or head.pos_ != "PRON":
            return []
        clause = next((a for a in head.ancestors if a.dep_ == "ccomp"), None)
        if clause is None or head.sent.start > clause.head.i:
            return []
        speakers = [t for c in clause.head.children if c.dep_ == "nsubj" for t in conjuncts(c)]
        group = [r for t in speakers if t.i < head.i and t.lower_ not in PRONOUNS for r in self.resolve_all(t)]
        if len(group) < 2 or not any(r.actor.code == res.actor.code for r in group):
            return []
        return [self._copy(head, r.actor, r.person) for r in group]

    def _pairs_own(self, head, res: Resolved | None) -> list[Resolved]:
        """"The two countries' foreign ministers", "troops from the two sides": the pair's, each, in the whole phrase's
        words and of its kind."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None) or next((
            o for p in head.rights if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for o in p.children if o.dep_ == "pobj"), None)
        pair = self._pair(owner) if owner is not None and res is not None and res.actor.sector else []
        return [Resolved(self._actor(res.start, res.end, p.actor.country, res.actor.sector, None, None), head.i,
                         res.start, res.end) for p in pair]

    def _pair(self, head) -> list[Resolved]:
        """"The two sides", "both countries", "the two leaders": the last two countries named before it, each in the
        phrase's words (of the kind the noun says: leaders are governments). Empty for any other phrase."""
        lemma = head.lemma_.lower()
        if head.tag_ != "NNS" or lemma not in PAIR_NOUNS or not any(
                c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod") for c in head.lefts):
            return []
        # (those who act on the pair are not of it: "Diplomats from the United States, China and Gulf states had been
        # urging both governments")
        obj = head.head if head.dep_ == "poss" else head  # ("met the two countries' foreign ministers")
        verb = obj.head if obj.dep_ in ("dobj", "dative") else None
        subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        # ("welcomed the agreement and urged ...", "said ..., accusing the two Nordic countries of ...")
        while verb is not None and not subjects and verb.dep_ in ("conj", "advcl", "xcomp"):
            verb = verb.head
            subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
        acting = [(s.left_edge.idx, s.right_edge.idx) for s in subjects]
        # (nor, named before, of their country: "The United States welcomed the agreement ... and urged the two
        # governments to ...")
        theirs = {r.actor.country for r in map(self.resolve, subjects) if r is not None and r.actor.country}
        # (nor the phrase it is part of: "the two countries' foreign ministers in Bangkok")
        before = self._named_before(head, lambda a, _: a.span is not None and a.country not in theirs and not any(
            lo <= a.span[0] <= hi for lo, hi in acting) and not a.span[0] <= head.idx < a.span[1])
        # those that acted first ("Riyadh and Tehran would respect ... The two sides also agreed"), then any
        countries: list[str] = []
        for a in _acted_first(before):
            if a.country not in countries:
                countries.append(a.country)
        # (then countries named before it in its sentence that nothing has acted on yet: "would not say yes to Sweden
        # and Finland joining NATO, accusing the two Nordic countries of ...")
        for m in reversed(self.matches):
            e = m.best(self.date)
            if len(countries) >= 2:
                break
            if head.sent.start <= m.start and m.end <= head.i and e.kind == COUNTRY and e.country and \
                    e.country not in countries and e.country not in theirs and not any(
                        lo <= self.doc[m.start].idx <= hi for lo, hi in acting):
                countries.append(e.country)
        countries = countries[:2]
        if len(countries) < 2:
            return []
        lo, hi = self._trim(*self.phrase_span(head, proper=False))
        sector = PAIR_NOUNS[lemma]
        return [Resolved(self._actor(lo, hi + 1, c, sector, None, None), head.i, lo, hi + 1) for c in reversed(countries)]

    def _included(self, head, res: Resolved | None) -> list[Resolved]:
        """The countries a plural phrase names as its members, each in the phrase's kind: "seven Latin American
        governments, including Argentina, Chile and Peru" -> ARGGOV, CHLGOV, PERGOV. Empty when it names none."""
        if head.tag_ != "NNS":
            return []
        # (or hung on the verb after its object: "freed 24 hostages from the Gaza Strip on Friday, including 13
        # Israelis")
        after = [p for p in head.head.rights if p.i > head.i] if head.dep_ == "dobj" else []
        members = [c for prep in (*head.rights, *after) if prep.dep_ == "prep" and prep.lower_ == "including"
                   for pobj in prep.children if pobj.dep_ == "pobj"
                   for c in (pobj, *(t for t in pobj.subtree if t.dep_ == "conj"))]
        found = [r for r in (self.resolve(m) for m in members) if r is not None and r.actor.country]
        if res is not None and res.actor.sector and res.actor.sector not in ("IGO", "NGO"):
            return [res.placed(r.actor.country, name=None) for r in found]
        return found  # (the members themselves: "The European Union's five biggest economies, including Britain")

    def _us_party_marker(self, head) -> bool:
        """A name followed by "(D-Conn.)", "(R-Texas)", "(I-Vt.)"."""
        if head.ent_type_ != "PERSON":
            return False
        after = [t.text for t in self.doc[head.i + 1:head.i + 4]]
        return len(after) == 3 and after[0] == "(" and after[1] in ("D", "R", "I") and after[2] in DASHES

    def owned(self, head) -> Resolved | None:
        """A thing named with its owner: "Trump's decision", "the call of the European Parliament", "an arms
        depot of the Syrian army". As the target of an act, the owner is the actor, in the words of the whole
        thing (the thing is what the act is about, the owner who). Worked out once per word, as `resolve` is."""
        if head.i not in self._owned:
            self._owned[head.i] = self._owner_of(head)
        return self._owned[head.i]

    def _owner_of(self, head) -> Resolved | None:
        if head.pos_ != "NOUN" or head.i in self.datelines:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None:
            owner = next(iter(prep_objects(head, OWNER_PREPS)), None)
        if owner is None:
            return None
        res = self.resolve(owner)
        if res is None or not known(res.actor):
            return None
        if head.lemma_.lower() in PART_NOUNS and owner.dep_ == "pobj" and owner.head.lower_ == "of":
            # "a curfew in parts of Kashmir": the part is the place, in all its words
            return res.worded(head.doc, head.left_edge.i, max(res.end, owner.i + 1))
        if owner.dep_ != "poss" or owner.pos_ == "PRON":
            return res  # "accusations by the US", "a blockade of Qatar": the owner's words
        # "Japan's right": the words that name the thing, which show what the act is about and whose it is
        return res.worded(head.doc, head.left_edge.i, head.i + 1)

    def _resolve(self, head) -> Resolved | None:
        if head.i in self.datelines or head.i in self.nameless:
            return None
        if head.lower_ in PRONOUNS and (head.pos_ == "PRON" or head.lower_ == "whose"):
            return self._pronoun(head)
        stands = self._standing_for(head)
        if stands is not None:
            return stands
        half = self._half(head)
        if half is not None:
            return half
        core = self._left(head)
        named_in = self._entries(core) if head.lemma_.lower() in DOCUMENT_NOUNS and head.pos_ == "NOUN" else []
        if named_in and all(e.kind in (CAPITAL, PLACE) for _, e in named_in):
            return None  # "the 2000 Algiers peace agreement", "the Minsk accords": named after where, no one's
        found = self._from_tokens(head, core)
        unresolved = found is not None and found.actor.country is None and found.actor.code is None
        # "Kenzo Oshima, the UN relief coordinator": a name the gazetteer alone placed gives way to its appositive
        placed_only = found is not None and not any(t.i in self.by_token for t in core) and any(
            c.dep_ == "appos" for c in head.rights)
        named_after = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.rights)  # "the group al-Nusra"
        # "its ambassador from Guyana": the possessive pronoun says whose; the "from" phrase is where he served
        own = any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in head.children)
        if (unresolved and not own) or placed_only or (
                found is None and (head.ent_type_ in ("PERSON", "ORG") or named_after)):
            # "authorities in Oklahoma", "the foreign ministry of Iran", "Maria Zakharova, the spokeswoman"
            sector = found.actor.sector if found else None
            for prep in self._right_preps(head):
                if sector in DIPLOMATIC and prep.lower_ in ("in", "for"):
                    continue
                if prep.lower_ == "at" and sector not in ("JUD", "GOV", "DIP", "LEG", "IGO"):
                    continue  # ("students at Cumhuriyet University": where they study, not whose they are)
                extra = [self.doc[i] for i in sorted(_unclaused(prep))]  # (not a relative clause in it)
                more = self._from_tokens(head, core + extra, sector_hint=sector)
                if more is not None and (more.actor.country or more.actor.code):
                    if prep.dep_ == "appos":  # keep the span on the name itself
                        lo, hi = (found.start, found.end) if found else (more.start, more.end)
                        more = replace(more.worded(self.doc, lo, hi), start=lo, end=hi)
                    elif more.end <= extra[-1].i:  # the whole phrase it is of: "inspectors for the United Nations
                        lo, hi = self._trim(more.start, extra[-1].i)  # nuclear monitoring agency"
                        more = replace(more.worded(self.doc, lo, hi + 1), start=lo, end=hi + 1)
                    found = more
                    break
        if found is not None and head.pos_ == "NOUN" and not any(
                c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children):
            # "its NATO ally Turkey", "its neighbour Kyrgyzstan": the country the appositive names, not the one a
            # modifier relates it to (a named possessor says whose: "Ithilen's minister Calimehtar")
            for c in head.rights:
                named = self.resolve(c) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
                if named is not None and named.actor.country and named.actor.country != found.actor.country:
                    found = replace(named.worded(self.doc, found.start, found.end), start=found.start, end=found.end)
                    break
        if (found is None or not known(found.actor)) and self._us_party_marker(head):
            # "Sen. Chris Murphy (D-Conn.)": the party-and-state tag of a U.S. politician
            sector = found.actor.sector if found is not None and found.actor.sector else "LEG"
            lo, hi = min(t.i for t in core), head.i
            return Resolved(self._actor(lo, hi + 1, "USA", sector, None, None), head.i, lo, hi + 1, True)
        if found is None:
            return None
        if found.actor.country and any(t.lower_ == "ethnic" for t in core):
            # "ethnic Albanians in south Serbia": a people, not the state its name comes from; the place decides
            a = found.actor
            sector = a.sector if a.sector not in (None, "GOV") else "CVL"
            found.actor = Actor(a.text, a.span, UNKNOWN_COUNTRY + sector, None, sector, a.name)
            return found
        living = self._living_in(head, found)
        if living is not None:
            return living
        if found.actor.country is None and found.actor.code is None:
            if found.actor.sector and any(t.i in self.nameless for t in self._left(head)):
                # "West African leaders": of no one country, nor of one the article named before
                found.actor.code = UNKNOWN_COUNTRY + found.actor.sector
                self._no_ones.add(found.actor.span)  # (nor of the dateline's, named again as "they")
                return found
            half = next((h for c in head.children if c.dep_ == "poss" for h in [self._half(c)] if h is not None), None)
            if half is not None and found.actor.sector:
                return found.placed(half.actor.country)  # "The North's envoy", "the South's forces"
            owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
            if owner is not None and found.actor.sector:
                # "its consular officers", "their diplomats": of the country the pronoun stands for
                mine = self.resolve(owner)
                if mine is not None and mine.actor.country:
                    return found.placed(mine.actor.country)
            counted = head.tag_ == "NNS" and [c.dep_ for c in head.lefts] == ["nummod"]  # "and nine officials"
            if found.actor.sector is not None and head.dep_ == "conj" and (counted or (
                    found.actor.sector != "GOV" and any(c.dep_ == "amod" and c.lower_ == "other" for c in head.children))):
                # "45 Russian diplomats and other employees", "sanctions on Nicaragua's public prosecutor's office and
                # nine officials": others of the country of those named before them (not other states: "Qatar and
                # other Gulf states")
                first = self.resolve(head.head)
                if first is not None and first.actor.country:
                    return found.placed(first.actor.country)
            m = self.by_token.get(head.i)
            heads_agent = m is not None and any(e.kind == AGENT and e.office != "modifier" for e in m.entries)
            titled = head.ent_type_ == "PERSON" and any(  # "Judge Alejandro Rivera": a title, no country
                (mm := self.by_token.get(t.i)) is not None and any(e.kind == AGENT and e.office != "modifier"
                                                                   for e in mm.entries) for t in self._left(head))
            kind = found.actor.sector and (
                (heads_agent and (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and not head.ent_type_))) or titled)
            bearer = self._surname_country(head) if kind or heads_agent else None
            if bearer is not None:
                return found.placed(bearer)  # "President Bush", "the Bush administration"
            fled = self._fled(head) if kind and found.actor.sector in ("REF", "CVL") else None
            if fled is not None:
                return found.placed(fled, sector="REF")  # "refugees fleeing the civil war in Liberia"
            # (a state's body named as a proper name too: "In Paris, the Foreign Ministry said ...")
            here = self._clause_place(head) if (kind or (heads_agent and found.actor.sector in ORGAN_SECTORS)) and \
                found.actor.sector in DOMESTIC_SECTORS else None
            if here is not None:
                return found.placed(here)  # "asked election authorities in Texas": where the clause places them
            speaker = self._speaker_above(head) if kind and found.actor.sector in ORGAN_SECTORS else None
            if speaker is not None:
                # "Its National Defence Commission said the army stood ready to launch ...": the speaker's own
                return found.placed(speaker)
            remembered = self._junta(head, found) if head.lemma_.lower() in JUNTA_NOUNS else self._from_memory(
                head, found)
            if remembered is not None:
                return remembered
            if kind:
                # a known kind of actor of no known country: "gunmen", "the police", "protesters"
                found.actor.code = UNKNOWN_COUNTRY + found.actor.sector
                return found
            return None
        return found

    def _fled(self, head) -> str | None:
        """The country people flee ("refugees fleeing the civil war in Liberia", "migrants escaping Syria")."""
        for verb in head.rights:
            if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in FLEEING_VERBS:
                where = [t for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
                for tok in where:
                    res = self.resolve(tok) if tok.pos_ == "PROPN" else None
                    if res is not None and res.actor.country:
                        return res.actor.country
        return None

    def _living_in(self, head, found: Resolved) -> Resolved | None:
        """A people named by its nationality and placed in another country ("the Albanians of southern Serbia",
        "Turks in Germany") belongs where it lives, as the "ethnic" people do."""
        m = self.by_token.get(head.i)
        if not (found.actor.country and head.tag_ in ("NNS", "NNPS") and m is not None
                and m.best(self.date).kind == DEMONYM):
            return None
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
                for pobj in prep.children:
                    where = self.resolve(pobj) if pobj.dep_ == "pobj" else None
                    if where is not None and where.actor.country and where.actor.country != found.actor.country:
                        return found.placed(where.actor.country, sector="CVL")
        return None

    def _half(self, head) -> Resolved | None:
        """"the North" after "North Korea", "the South" after "South Sudan": the country the article named."""
        if head.lower_ not in ("north", "south") or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        # each match once, and only those before it that begin with the word, before asking what they stand for
        for m in self.matches:
            if m.start >= head.i or m.end - m.start < 2 or self.doc[m.start].lower_ != head.lower_:
                continue
            e = m.best(self.date)
            if e.kind in (COUNTRY, DEMONYM) and e.country:  # ("the South" after "South Korean" too)
                lo = head.i - 1
                span = self.doc[lo:head.i + 1]
                actor = Actor(surface(self.doc, span.start_char, span.end_char), (span.start_char, span.end_char),
                              e.country, e.country, None, e.name)
                return Resolved(actor, head.i, lo, head.i + 1)
        return None

    def _standing_for(self, head) -> Resolved | None:
        """A phrase that stands for an actor named inside it: "thousands of students", "a member of the Syrian
        parliament" (the "of" phrase), "Gov. Gretchen Whitmer's office" (the office speaks for its holder). The
        words are the whole phrase; the codes are the inner actor's."""
        lemma, inner = head.lemma_.lower(), None
        if lemma in PARTITIVES or head.like_num:
            inner = next((r for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                          for pobj in prep.children if pobj.dep_ == "pobj" for r in [self.resolve(pobj)]
                          if r is not None), None)
        if inner is None and lemma in SPEAKS_FOR_OWNER and head.pos_ == "NOUN":
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            inner = self.resolve(owner) if owner is not None else None
            if inner is not None:
                inner = replace(inner, person=False)
        whole = False
        if inner is None and lemma in HOMELAND_NOUNS and head.pos_ == "NOUN":
            # "Putin said his country will not lift the ban": the owner's country itself
            owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
            inner = self.resolve(owner) if owner is not None else None
            whole = inner is not None and inner.actor.country is not None
            if not whole:
                inner = None
        if inner is None and lemma in STATE_NOUNS and head.pos_ == "NOUN":
            inner = self._state_told_before(head, lemma)
            whole = inner is not None
        if inner is None and lemma in BODY_NOUNS and head.is_lower:  # (a noun, however tagged: "the bloc" as NNP)
            inner = self._body_told_before(head, lemma)
        if inner is None and lemma in NEIGHBOUR_NOUNS and head.tag_ == "NN":
            inner = self._neighbour_told_before(head)
            whole = inner is not None
        if inner is None:
            return None
        lo, hi = self._trim(*self.phrase_span(head, proper=False))  # (the comma before a clause left out)
        a = inner.actor
        if whole:
            return Resolved(self._actor(lo, hi + 1, a.country, None, a.country, None), head.i, lo, hi + 1)
        return Resolved(self._actor(lo, hi + 1, a.country, a.sector, a.code, a.name), head.i, lo, hi + 1, inner.person)

    def _neighbour_told_before(self, head) -> Resolved | None:
        """"Its southern neighbour" after "South Sudan became the world's newest nation ... Sudanese President Omar
        al-Bashir, whose government had recognised its southern neighbour": the last state named before it other
        than the owner's own. Only with an owner of a country and no name of its own ("its neighbour Kyrgyzstan" is
        read as it stands)."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or any(c.dep_ == "appos" or c.pos_ == "PROPN" for c in head.children):
            return None
        mine = self.resolve(owner)
        if mine is None or not mine.actor.country:
            return None
        return self._named_last(head, lambda e: e.kind in (COUNTRY, CAPITAL, METONYM)
                                and e.country not in (None, mine.actor.country))

    def _state_told_before(self, head, lemma: str) -> Resolved | None:
        """"The kingdom", "the country" after "Saudi Arabia expelled the Canadian ambassador": a state named before
        it (a kingdom only a monarchy), as a pronoun is: as a subject, the last state that acted first ("Algeria cut
        ties with Morocco. The country accused Rabat ..."); otherwise the last named ("sent vehicles to Lebanon to
        help the country patrol its borders"). None when the noun has words of its own ("a country", "the Gulf
        kingdom" are read as they are)."""
        if head.tag_ != "NN" or not _bare(head):
            return None
        # (only where it plainly tells what the state did or owns: the subject of the sentence's own verb, or a
        # possessive; not "help the country patrol its borders", "saying the country was working to ...")
        verb = head.head
        if head.dep_ != "poss" and not (head.dep_ in ("nsubj", "nsubjpass") and main_verb(verb)):
            # (or said by one of the state's own, who speaks for it: "Saudi Foreign Minister Adel al-Jubeir announced
            # that the kingdom was severing relations with Tehran")
            own = self._speaker_above(head)
            if own is None or (lemma in MONARCHY_NOUNS and own not in MONARCHIES):
                return None
            return Resolved(self._actor(head.i, head.i + 1, own, None, own, None), head.i, head.i, head.i + 1)
        state = self._last_told(head, lambda a, person: not person and a.code == a.country and (
            lemma not in MONARCHY_NOUNS or a.country in MONARCHIES))
        return Resolved(state, head.i, head.i, head.i + 1) if state is not None else None

    def _body_told_before(self, head, lemma: str) -> Resolved | None:
        """"The bloc", "the alliance" after "The European Union imposed sanctions": the international organisation
        named before it; "the group" also an armed group or another body of no state ("Hamas said ... The group
        ..."). Only as a subject or a possessive, with no words of its own."""
        if head.tag_ not in ("NN", "NNP") or not _bare(head) or any(c.dep_ == "prep" for c in head.rights):
            return None
        # (a body is not a place: as the subject of any clause, "von der Leyen said the bloc would broaden ..."; a
        # bloc or an alliance also as the one acted on, "the junta accused the bloc of preparing an intervention")
        if head.dep_ not in ("poss", "nsubj", "nsubjpass") and not (
                head.dep_ in ("dobj", "dative") and lemma in ("bloc", "alliance")):
            return None
        body = self._last_told(head, lambda a, person: not person and _a_body(a, lemma))
        if body is not None:
            return Resolved(body, head.i, head.i, head.i + 1)
        # (or one only named, in no act: "convened a call of Group of Seven leaders. The group later said ...")
        return self._named_last(head, lambda e: e.kind == ORG and (e.code or "").startswith("IGO"))

    def _named_last(self, head, keep) -> Resolved | None:
        """The actor of the last name before `head` whose table entry `keep(entry)` accepts, standing at `head`."""
        named = next((m for m in reversed(self.matches) if m.end <= head.i and keep(m.best(self.date))), None)
        found = self.resolve(self.doc[named.start:named.end].root) if named is not None else None
        return Resolved(found.actor, head.i, head.i, head.i + 1) if found is not None else None

    def _last_told(self, head, keep) -> Actor | None:
        """The actor "the kingdom" or "the bloc" stands for, as a pronoun's: among those remembered before it that
        `keep(actor, person)` accepts, as a subject the last that acted first, otherwise the last named."""
        told = self._named_before(head, keep)
        chosen = _acted_first(told) if head.dep_ in ("nsubj", "nsubjpass") else [a for a, _ in told]
        return chosen[0] if chosen else None

    def _named_before(self, head, keep) -> list[tuple[Actor, bool]]:
        """The actors of a country remembered before `head` that `keep(actor, person)` accepts, the last first, each
        with whether it was a subject."""
        return [(a, subject) for a, person, subject in reversed(self.memory)
                if a.country and not (a.span and a.span[0] >= head.idx) and keep(a, person)]

    def _from_tokens(self, head, tokens, sector_hint: str | None = None) -> Resolved | None:
        entries = self._entries(tokens)
        place = None
        if not any(e.kind in (COUNTRY, DEMONYM, CAPITAL, METONYM, ORG, PERSON) for _, e in entries):
            place = self._place(tokens)
        if not entries and place is None:
            # (a surname met before, even where the recogniser does not see a name: "Erdan later met ...")
            # (or takes for an organisation: "Wang urged India ...")
            if head.ent_type_ == "PERSON" or (head.ent_type_ in ("", "ORG") and head.pos_ == "PROPN"):
                return self._known_person(head)
            return None
        # the phrase nearest the head (at or left of it, else the first to its right) decides
        named = [(m, e) for m, e in entries if e.kind != AGENT]
        agents = [(m, e) for m, e in entries if e.kind == AGENT]
        country = code = sector = name = None
        chosen = None
        if named:
            # the possessor of the head or of its title ("the European Parliament's lead negotiator Guy
            # Verhofstadt": the Parliament's, whatever his nationality)
            owned = {t.i for m in [head, *(c for c in head.lefts if c.dep_ == "compound")] for c in m.lefts
                     if c.dep_ == "poss" for t in c.subtree}
            left = [(m, e) for m, e in named if m.start <= head.i]
            possessors = [(m, e) for m, e in left if m.start in owned]  # "Sweden's NATO membership" -> Sweden
            if possessors:
                chosen = possessors[-1]
                # ("Iran's Revolutionary Guards": an institution of the possessor's own country named at the head
                # keeps its sector)
                own = [(m, e) for m, e in named if m.start <= head.i < m.end and e.kind == METONYM and e.sector
                       and e.country and e.country == chosen[1].country]
                if own:
                    chosen = own[0]
            else:
                chosen = max(left, key=lambda me: me[0].start) if left else min(named, key=lambda me: me[0].start)
            e = chosen[1]
            country, name = e.country, e.name
            if e.kind == ORG:
                code = e.code
            elif e.code:
                code = e.code
            sector = e.sector
            # "the Chilean Congress", "the Nigeria Labour Congress": an institution another country's name stands
            # for, named with a country before it, is that country's (not "Iranian-backed Houthis")
            if e.kind == METONYM and e.sector and chosen[0].start <= head.i < chosen[0].end:
                others = [(m2, e2) for m2, e2 in left if e2.kind in (COUNTRY, DEMONYM) and m2.end <= head.i
                          and e2.country and not _suffixed(self.doc, m2, BACKING_SUFFIXES)]
                if others and others[-1][1].country != e.country:
                    chosen = others[-1]
                    country, name, code, sector = chosen[1].country, None, None, e.sector
        elif place is not None:
            country, name = place[0].country, place[0].name
        if agents:
            # the generic noun at or nearest the head gives the sector ("Russian Foreign Ministry spokeswoman")
            covering = [(m, e) for m, e in agents if m.start <= head.i < m.end and e.office != "modifier"]
            near = covering or sorted(agents, key=lambda me: abs(me[0].start - head.i))
            agent_sector = near[0][1].sector
            modifiers = [e for m, e in agents if e.office == "modifier" and m.end <= head.i]
            if modifiers:  # "military officials" -> MIL, "opposition leader" -> OPP
                agent_sector = modifiers[-1].sector
            if not (chosen and chosen[1].kind in (PERSON, METONYM) and chosen[0].start <= head.i < chosen[0].end):
                sector = agent_sector if sector is None or chosen is None or chosen[1].kind in (
                    COUNTRY, DEMONYM, CAPITAL, PLACE) or covering else sector
            if name is None:
                name = near[0][1].name
        if sector is None and sector_hint:
            sector = sector_hint
        if chosen is None and not agents and place is None:
            return None
        # text span: the whole noun phrase that names the actor (see `phrase_span`), widened to any phrase
        # used outside it, within the tokens considered
        idx = [t.i for t in tokens]
        proper = chosen is not None and chosen[1].kind in (COUNTRY, CAPITAL, PERSON, DEMONYM) and \
            chosen[0].start <= head.i < chosen[0].end
        lo, hi = self.phrase_span(head, proper)
        for m, _ in entries:
            lo, hi = min(lo, m.start), max(hi, m.end - 1)
        if place is not None:
            lo, hi = min(lo, place[1]), max(hi, place[2] - 1)
        lo = max(lo, min(min(idx), lo if hi > max(idx) else min(idx)))
        if chosen is not None and chosen[0].start <= head.i < chosen[0].end:
            lo = min(lo, chosen[0].start)  # a name is whole however it was parsed: "Save the Children"
        lo, hi = self._trim(lo, hi)
        actor = self._actor(lo, hi + 1, country, sector, code, name)
        # a person when the name is the head ("Bashar al-Assad"), not when it names another thing ("the Assad regime")
        # (or a title with the name in apposition: "Israel's ambassador to the United Nations, Gilad Erdan")
        named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and lo <= c.i <= hi),
                     head if head.ent_type_ == "PERSON" else None)
        person = named is not None or (chosen is not None and chosen[1].kind == PERSON
                                       and chosen[0].start <= head.i < chosen[0].end)
        if chosen is not None and chosen[1].kind == PERSON:
            self._met(chosen[1].name.split(), actor)
        elif named is not None and (country or code):
            self._met([t.text for t in self.doc[named.left_edge.i:named.i + 1] if t.ent_type_ == "PERSON"], actor)
        return Resolved(actor, head.i, lo, hi + 1, person)

    def _met(self, words: list[str], actor: Actor) -> None:
        """Remember a person by surname: the last word of the name, or the first as well where the family name comes
        first ("Kim Jong-un" ... "Kim", "Xi Jinping" ... "Xi")."""
        self.people[words[-1].lower()] = actor
        # (of the person's own country, though the office is of none: "Ban Ki-moon", UN Secretary-General)
        countries = {actor.country} | {e.country for e in self.dictionary.lookup(" ".join(words))}
        if countries & FAMILY_NAME_FIRST and len(words) > 1:
            self.people.setdefault(words[0].lower(), actor)

    def _speaker_above(self, head) -> str | None:
        """The country of whoever says the clause a bare "the army", "the government" is the subject of, when that
        speaker is of one: a state's own organ, told by the state."""
        if head.dep_ not in ("nsubj", "nsubjpass") or not any(c.lower_ == "the" for c in head.lefts) or any(
                c.dep_ in ("amod", "compound", "poss") for c in head.lefts):
            return None
        speakers = [c for c in _said_by(head.head) if c.i < head.i]
        found = self.resolve(speakers[0]) if speakers else None
        return found.actor.country if found is not None and found.actor.country else None

    def _clause_place(self, head) -> str | None:
        """The country of the place the clause of `head` names ("... in Texas"), if it names one."""
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        # (not a phrase that singles out one of those just named: "its partners, in particular Denmark, whose ...")
        # (and a place that opens the sentence is the place of all its clauses: "In Khartoum, the army said ..., and
        # crowds gathered outside the Defence Ministry")
        preps = [c for c in verb.children if c.dep_ == "prep"]
        opening = self.openings.get(verb.i)
        if opening is not None and opening not in preps:
            preps.append(opening)
        where = self.locate([t for prep in preps for t in prep.children
                             if not (prep.lower_ == "in" and any(c.lower_ == "particular" for c in t.subtree))])
        return where.country if where is not None else None

    def _trim(self, lo: int, hi: int) -> tuple[int, int]:
        """Token bounds without a dateline, leading or trailing punctuation, conjunctions, "'s", "its"/"their" or
        times."""
        while lo < hi and (_leading_filler(self.doc[lo]) or lo in self.datelines):
            lo += 1
        while hi > lo and _trailing_filler(self.doc[hi]):
            hi -= 1
        words = [t.text for t in self.doc[lo:hi + 1]]
        if words.count("(") > words.count(")"):
            close = hi + 1
            while close < min(len(self.doc), hi + 4) and self.doc[close].is_punct and self.doc[close].text != ")":
                close += 1  # ("the Tigray People's Liberation Front (T. P. L. F. )")
            if close < len(self.doc) and self.doc[close].text == ")":
                hi = close  # "the International Labour Organization (ILO)": keep the bracket closed
            else:  # a bracket that does not close soon is left out
                hi = lo + len(words) - 1 - words[::-1].index("(") - 1
                while hi > lo and _trailing_filler(self.doc[hi]):
                    hi -= 1
        return lo, hi

    def _unknown(self, lo: int, hi: int) -> Actor:
        """Tokens lo..hi (inclusive) as an actor no table places: its words under the unknown code, "---"."""
        return self._actor(lo, hi + 1, None, None, UNKNOWN_COUNTRY, None)

    def _actor(self, lo: int, hi: int, country, sector, code, name) -> Actor:
        span = self.doc[lo:hi]
        text = surface(self.doc, span.start_char, span.end_char)
        if code is None and country:
            code = country + (sector or "") if sector not in ("IGO", "NGO") else country
        elif code is None and sector:
            code = None  # a sector alone is not a code
        return Actor(text=text, span=(span.start_char, span.end_char), code=code, country=country,
                     sector=sector, name=name)

    def _surname_country(self, head) -> str | None:
        """The country of a person named by surname alone after a title or before an office ("President Bush",
        "the Bush administration"), when everyone of that surname in the office tables (those in office on the
        date, if any) is of one country. A first name the tables do not know is someone else."""
        name = [t for t in self._left(head) if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                and not any(e.kind == AGENT for e in getattr(self.by_token.get(t.i), "entries", ()))]
        if len(name) != 1:
            return None
        bearers = self.dictionary.surnames.get(name[0].lower_, [])
        titles = {t.lower_ for t in self._left(head) if t.i != name[0].i and t.pos_ in ("PROPN", "NOUN")}
        bearers = [e for e in bearers if titles & set((e.office or "").lower().split())] or bearers
        pool = [e for e in bearers if e.valid_on(self.date)] or bearers
        countries = {e.country for e in pool}
        return countries.pop() if len(countries) == 1 else None

    def _known_person(self, head) -> Resolved | None:
        known = self.people.get(head.lower_)
        if known is None:
            # (or one the tables know, named in full earlier in no act of its own: "was not under the command of UN
            # Secretary-General Ban Ki-moon. On Thursday Ban called ...")
            earlier = next((m for m in reversed(self.matches) if m.end <= head.i and m.best(self.date).kind == PERSON
                            and head.lower_ in _surnames(m)), None)
            found = self.resolve(self.doc[earlier.end - 1]) if earlier is not None else None
            known = self.people.get(head.lower_) if found is not None else None
        if known is None:
            return None
        actor = self._actor(head.i, head.i + 1, known.country, known.sector, known.code, known.name)
        return Resolved(actor, head.i, head.i, head.i + 1, True)

    # ------------------------------------------------------------------ location
    def locate(self, tokens) -> Location | None:
        """Where an event took place: the first place named after in / at / near ... among `tokens`."""
        found = self._located(tokens)
        return found[0] if found is not None else None

    def _located(self, tokens) -> tuple[Location, object] | None:
        """`locate`'s place with the words that name it, read once for a set of words (a clause's frame is asked
        for its actors' places and for the event's)."""
        key = tuple(t.i for t in tokens)
        if key not in self._where:
            self._where[key] = self._first_place(tokens)
        return self._where[key]

    def _first_place(self, tokens) -> tuple[Location, object] | None:
        for tok in tokens:
            prep = tok.head
            if prep.lower_ == "of" and prep.head.lower_ in LOCATION_PREPS:
                prep = prep.head  # "outside of the city of Basra"
            if tok.dep_ != "pobj" or prep.lower_ not in LOCATION_PREPS or tok.i in self.datelines:
                continue
            # "near the town of Samarra": the place may sit deeper. A place named as a thing's modifier is not
            # where the thing is: "outside the US embassy in Dhaka" is in Bangladesh; nor one named in a phrase of its
            # own inside it: "in anger over Tokyo's purchase of disputed islands"
            words = [t for t in tok.subtree if not any(a.dep_ == "prep" and a.lower_ not in ("of", *LOCATION_PREPS)
                                                      for a in _between(t, tok))]
            for t in [t for t in words if not self._modifies(t)] + [t for t in words if self._modifies(t)]:
                found = self._place_at(t)
                if found is not None:
                    return found
        return None

    def _modifies(self, tok) -> bool:
        """`tok` modifies a noun outside the name it belongs to ("US" in "the US embassy")."""
        if tok.dep_ not in ("compound", "amod", "poss", "nmod"):
            return False
        m = self.by_token.get(tok.i)
        return m is None or not (m.start <= tok.head.i < m.end)

    def _place_at(self, tok) -> tuple[Location, object] | None:
        m = self.by_token.get(tok.i)
        if m is not None:
            e = m.best(self.date)
            if e.kind in (COUNTRY, CAPITAL) or (e.kind == METONYM and e.sector is None and e.country):
                span = self.doc[m.start:m.end]
                coords = coordinates(span.text) if e.kind == CAPITAL else None
                return Location(surface(self.doc, span.start_char, span.end_char), (span.start_char, span.end_char),
                                span.text if e.kind == CAPITAL else e.name, e.country,
                                *(coords or (None, None))), span
            return None
        bounds = self._place_words(tok, ("GPE", "LOC", "FAC"))
        if bounds is not None:
            span = self.doc[bounds[0]:bounds[1]]
            found = place(span.text, self.named, self.date)
            if found:
                country, name, lat, lon = found
                return Location(surface(self.doc, span.start_char, span.end_char), (span.start_char, span.end_char),
                                name, country, lat, lon), span
        return None

    def authority_at(self, tokens, sector: str) -> Resolved | None:
        """The state where an act of its authority took place, for a passive verb that names no agent ("a US
        national was put under investigation in Italy", "was arrested in Lebanon"): the place's country."""
        found = self._located(tokens)
        if found is None or not found[0].country:
            return None
        where, span = found
        return Resolved(self._actor(span.start, span.end, where.country, sector, None, where.name), span.root.i,
                        span.start, span.end)

    def place_unknown(self, resolved: list[Resolved], tokens, dateline: bool = True) -> list[Resolved]:
        """An actor of a known kind but no country ("President Omar el-Bashir", "police", "protesters") acting
        at home: it takes the country where the clause places the act ("imposed a curfew in Khartoum"), else
        (with `dateline`) the dateline's. Organisations and actors acting abroad by their nature (diplomats) are
        left alone."""
        if not any(self._unplaced(r) for r in resolved):
            return resolved
        # the same words placed by an earlier clause keep that country: "declared a state of siege in Haiti, ...
        # arresting political opponents"
        resolved = [self._placed.get(r.head, r) if self._unplaced(r) else r for r in resolved]
        where = self.locate(tokens)
        country = where.country if where is not None and where.country else self.home if dateline else None
        if country is None:
            return resolved
        out = [r.placed(country) if self._unplaced(r) else r for r in resolved]
        self._placed.update((r.head, p) for r, p in zip(resolved, out) if p is not r and where is not None)
        return out

    def _unplaced(self, r: Resolved) -> bool:
        """A home actor of no country, or an unidentified attacker ("a roadside bomb near Samarra"); not one its
        words say is of no one country ("West African leaders")."""
        code = r.actor.code or ""
        if any(i in self.nameless for i in range(r.start, r.end)) or r.actor.span in self._no_ones:
            return False
        return code == UNKNOWN_COUNTRY or (code.startswith(UNKNOWN_COUNTRY) and r.actor.sector in DOMESTIC_SECTORS)

    # ------------------------------------------------------------------ context
    def sent_away(self, res: Resolved, country: str) -> Resolved:
        """Envoys that a state sends away, named by a bare description that the article last told of that state
        itself ("Russia expelled two German diplomats ... Berlin expelled the diplomats"): those of the last other
        state told before them."""
        head = self.doc[res.head]
        if res.actor.country != country or res.actor.sector != "DIP" or head.pos_ != "NOUN" or not any(
                c.lower_ == "the" for c in head.lefts) or any(c.dep_ in ("amod", "compound", "poss") for c in head.lefts):
            return res
        other = next((a for a, _, _ in reversed(self.memory) if a.sector == "DIP" and a.country not in (None, country)
                      and a.span and a.span[0] < res.actor.span[0]), None)
        return res.placed(other.country, other.name) if other is not None else res

    def remember(self, actor: Actor, person: bool = False, subject: bool = False) -> None:
        if known(actor):
            self.memory.append((actor, person, subject))

    def _pronoun(self, head) -> Resolved | None:
        lower = head.lower_
        if lower in FIRST_PERSON:
            # '"We thank Greece for its help," Cavusoglu told reporters': the one who says it, wherever named
            clause = head.head
            while clause.dep_ != "ccomp" and clause.head.i != clause.i:
                clause = clause.head
            speakers = [c for c in _said_by(clause) if c.lower_ not in PRONOUNS]
            found = next((r for r in map(self.resolve, speakers) if r is not None and known(r.actor)), None)
            if found is not None:
                return self._copy(head, found.actor, found.person)
        if lower in RELATIVE:
            # "Russia, which expelled ..." -> the noun the relative clause hangs on
            clause = head.head
            if clause.dep_ == "relcl":
                return self.resolve(clause.head)
            return None
        if lower == "whose":
            # "Denmark, whose special forces contingent was ordered out": the noun just before it, wherever the parser
            # hung the clause
            before = next((t for t in reversed(head.doc[head.sent.start:head.i]) if not t.is_punct), None)
            return self.resolve(before) if before is not None and before.pos_ in ("PROPN", "NOUN") else None
        if head.dep_ == "poss" and head.head.dep_ == "conj":
            # "sanctions on Iran's intelligence ministry and its minister": the conjunct before it, first
            found = self._agreeing(head, [head.head.head], placed=True)
            if found is not None:
                return found
        if head.dep_ == "poss" and lower in ("his", "her") and not _judged_by_subject(head):
            # "The Turkish leader told lawmakers from his ruling party": whose, first the subject of its own clause
            # (not what the subject judges: "Pompeo condemned his refusal to let aid in")
            verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subjects = _named_subjects(verb, head) if verb is not None else []
            found = self._agreeing(head, subjects, titled=True)
            if found is not None:
                return found
        # an object "him" or "her" is never the subject of its own clause (that would be "himself")
        object_pronoun = lower in ("him", "her") and head.dep_ in ("dobj", "dative", "pobj")
        # (nor is the one whose deed the subject judges: "Pompeo condemned his refusal")
        own = _clause_subjects(head) if object_pronoun or (head.dep_ == "poss" and _judged_by_subject(head)) else []
        # the subject of the reporting clause: "Russia said it would ..."
        clause = head.head
        between = []  # the clauses it hangs in below the reported one, nearest first
        while clause is not None and clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
            between.append(clause)
        if clause is not None and clause.dep_ == "ccomp":
            # ("Pakistan's military said Indian aircraft had crossed the Line of Control as they withdrew": the
            # subject of a clause it hangs in, before the reporting one)
            found = self._agreeing(head, [c for v in between for c in _named_subjects(v, head) if c not in own],
                                   placed=True)
            if found is not None:
                return found
            # ("Serbia's president said he would ...": a titled official speaks of himself; "The Kremlin denied ...
            # and said it would respond": the speaker of a coordinated reporting verb is the first verb's; but not
            # the object of a participle with no subject, which the speaker may be doing: "told Putin that ...,
            # pressing him to end the conflict")
            speaker = clause.head
            while speaker.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in speaker.children):
                speaker = speaker.head
            doing = lower in ("him", "her") and head.dep_ in ("dobj", "dative") and head.head.tag_ in ("VBG", "VB") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.head.children)
            found = None if doing else self._agreeing(head, _named_subjects(speaker, head), titled=True)
            if found is not None:
                return found
        if head.dep_ == "poss" and lower == "its" and clause is not None and clause.dep_ == "ROOT" and between:
            # "Saudi Arabia severed relations with Iran after protesters stormed its embassy": whose, where the
            # subject of its own clause cannot be "it", the subject of a clause above that can, nearest first (not the
            # last country named)
            # (the clauses' verbs, a coordinated one with the subject it shares: "after protesters stormed and set
            # fire to its embassy")
            subjects = [_named_subjects(v, head) or (_named_subjects(v.head, head) if v.dep_ == "conj" else [])
                        for v in between if v.pos_ in ("VERB", "AUX")]
            # ("protesters", not "the UAE")
            plural_subjects = [self.resolve(t) for t in subjects[0] if t.tag_ in ("NNS", "NNPS")]
            # (or where what it owns is that clause's subject: "Honduras established relations with China, its
            # foreign minister signing a communique in Beijing", "cut ties with Iran after its embassy was stormed")
            owned_subject = head.head.dep_ in ("nsubj", "nsubjpass") and head.head.head.i == between[0].i
            none_agree = plural_subjects and len(plural_subjects) == len(subjects[0]) and all(
                r is not None and not self._agrees(lower, r.person, r.actor) for r in plural_subjects)
            if (owned_subject and not subjects[0]) or none_agree:
                found = self._agreeing(head, [t for above in subjects[1:] for t in above], placed=True)
                if found is not None:
                    return found
        if head.dep_ in ("nsubj", "nsubjpass"):
            # "King Hassan was quoted as saying he would ...": the nearest subject before it in the sentence,
            # resolved now if no act needed it yet
            # ("a reminder to Iraq that it must cooperate": failing the subject, the nearest object that agrees)
            earlier = [t for t in reversed(head.sent[:head.i - head.sent.start])
                       if t.pos_ in ("PROPN", "NOUN") and t.lower_ not in PRONOUNS]
            # (not a thing standing for its owner: "saying his policies had driven Serbs to despair, and he declared")
            subject = next((t for t in earlier if t.dep_ in ("nsubj", "nsubjpass") and not self._owners_thing(t)), None)
            objects = [t for t in earlier if t.dep_ in ("dobj", "pobj", "dative")]
            found = self._agreeing(head, ([subject] if subject is not None else []) + objects, placed=True)
            if found is not None:
                return found
        if object_pronoun and head.tag_ == "PRP":
            # "Trump called Erdogan and urged him to ...": the nearest person named before it
            # (or a titled one: "summoned the U.S. ambassador and accused him of interfering")
            earlier = [t for t in reversed(head.sent[:head.i - head.sent.start])
                       if (t.pos_ == "PROPN" or (t.tag_ == "NN" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")))
                       and t.dep_ != "compound" and t not in own]
            found = self._agreeing(head, earlier, titled=True, placed=True)
            if found is not None:
                return found
        before = [(a, p, subj) for a, p, subj in self.memory if not (a.span and a.span[0] >= head.idx)]
        if head.dep_ in ("nsubj", "nsubjpass"):  # a subject pronoun refers back to a subject first
            for actor, person, subj in reversed(before):
                if subj and self._agrees(lower, person, actor):
                    return self._copy(head, actor, person)
        if own:
            # nor when named in an earlier sentence ("Zelenskiy traveled to Washington. President Joe Biden hosted
            # him")
            before = [(a, p, subj) for a, p, subj in before
                      if not (a.span and any(a.span[0] <= s.idx < a.span[1] for s in own))]
        for actor, person, _ in reversed(before):
            if self._agrees(lower, person, actor):
                return self._copy(head, actor, person)
        return None

    def _agreeing(self, head, tokens, titled: bool = False, placed: bool = False) -> Resolved | None:
        """The first of `tokens` whose actor the pronoun `head` agrees with, resolved now if need be. `titled`: a
        singular noun with a sector ("president") may be "he"; `placed`: only an actor of a known country."""
        for tok in tokens:
            res = self.resolve(tok)
            if res is None or (placed and not known(res.actor)):
                continue
            # (an office, not an institution: "the president said he", not "a Moscow court ordered that he")
            person = res.person or (titled and tok.tag_ == "NN" and res.actor.sector is not None
                                    and tok.lemma_.lower() not in INSTITUTION_NOUNS)
            if self._agrees(head.lower_, person, res.actor):
                return self._copy(head, res.actor, res.person)
        return None

    def _agrees(self, pronoun: str, person: bool, actor: Actor) -> bool:
        if pronoun in PERSON_PRONOUNS:
            return person
        if pronoun in ("it", "its"):  # not a person, and not "U.S. states" or "diplomats"
            return not person and actor.span not in self.plural
        return True

    def _copy(self, head, actor: Actor, person: bool) -> Resolved:
        sent = head.sent
        if actor.span and sent.start_char <= actor.span[0] and actor.span[1] <= sent.end_char:
            # the antecedent is in the same sentence: its words are the actor's ("NAF said it killed ...")
            return Resolved(Actor(actor.text, actor.span, actor.code, actor.country, actor.sector, actor.name),
                            head.i, head.i, head.i + 1, person)
        return Resolved(Actor(text=surface(self.doc, head.idx, head.idx + len(head.text)),
                              span=(head.idx, head.idx + len(head.text)), code=actor.code,
                              country=actor.country, sector=actor.sector, name=actor.name), head.i, head.i,
                        head.i + 1, person)

    def _junta(self, head, found: Resolved) -> Resolved | None:
        """"The junta", "the putschists": of the country a junta was last named of ("Niger's junta", "Niger's military
        rulers"), else of the last country named other than the dateline's ("PARIS — France will withdraw its
        ambassador from Niger ... The junta later revoked his diplomatic immunity": not the French soldiers named
        between), else none here (the dateline's, later)."""
        before = [actor for actor, _, _ in reversed(self.memory)
                  if actor.country and actor.span and actor.span[0] < found.actor.span[0]]
        same = next(chain((a for a in before if _a_junta(a)), (a for a in before if a.country != self.home)), None)
        return found.placed(same.country) if same is not None else None

    def _from_memory(self, head, found: Resolved) -> Resolved | None:
        """A bare agent ("the ministry", "the diplomats", "officials") takes the country of the nearest actor of its
        sector in its sentence, else of the last one that acted; a ministry failing that, that of the last country
        that acted as itself ("China said it would expel American journalists. The foreign ministry said ..."; not
        "the government", which is as often another country's); failing all, that of the last of its sector named."""
        sector, sent = found.actor.sector, head.sent
        before = [(actor, subject) for actor, _, subject in reversed(self.memory)
                  if not (actor.span and actor.span[0] >= found.actor.span[0])]
        # first the last one named by the same noun in an earlier sentence: "European Union leaders agreed ... The
        # leaders called on ..." (the EU's, an organisation's code and all)
        named = next((a for a, _ in before if a.text.split()[-1:] == [head.lower_] and head.tag_ == "NNS"
                      and a.span and a.span[0] < sent.start_char), None)  # (a common noun: not "the United States")
        if named is None and head.tag_ == "NN" and head.lower_ in TITLE_WORDS:
            # "the king" after "King Willem-Alexander of the Netherlands": the last person named by that title
            named = next((a for a, person, _ in reversed(self.memory) if person and a.country and a.span
                          and a.span[0] < found.actor.span[0]
                          and head.lower_ in (w.lower() for w in a.text.split())), None)
        if named is not None:
            found.actor.country, found.actor.code = named.country, named.code
            found.actor.name = found.actor.name or named.name
            return found
        kind = [(a, subject) for a, subject in before if a.sector == sector and a.country]
        # in its own sentence the nearest ("Turkey's justice minister, Abdulhamit Gul, and interior minister"); from
        # an earlier one, one that acted (a subject) first: "retaliating for Washington's order. The foreign
        # ministry said" is not Washington's
        near = [a for a, _ in kind if a.span and sent.start_char <= a.span[0] < sent.end_char]
        ministry = head.lemma_.lower() == "ministry"
        same = (max(near, key=lambda a: a.span[0]) if near else None) or next(chain(
            (a for a, subject in kind if subject),
            (a for a, subject in before if ministry and subject and a.country and a.code == a.country),
            (a for a, _ in kind)), None)
        if same is None:
            return None
        found.actor.country = same.country
        found.actor.code = same.country + (sector or "")
        found.actor.name = found.actor.name or same.name
        return found


def _surnames(m: Match) -> set[str]:
    """The words a person the tables know may be named by alone: the last of the name, or the first where the family
    name comes first ("Ban Ki-moon": "Ban")."""
    words = [w.lower() for w in (m.entries[0].name or "").split()]
    if not words:
        return set()
    return {words[-1], words[0]} if {e.country for e in m.entries} & FAMILY_NAME_FIRST else {words[-1]}


JUNTA_NOUNS = {"junta", "juntas", "putschist", "putschists"}
MILITARY_RULE = ("military-led", "military-run", "military government", "military regime")  # "Mali's military-led
# government"


def _a_junta(actor: Actor) -> bool:
    """An actor named as a junta: "Niger's junta", "the putschists", "Niger's military rulers"."""
    last = actor.text.split()[-1].lower() if actor.text.split() else ""
    return last in JUNTA_NOUNS or (actor.sector == "MIL" and last in RULERS) or (
        actor.sector in ("GOV", "MIL") and any(w in actor.text.lower() for w in MILITARY_RULE))


# verbs that judge another's deed or words: what they judge is not their subject's own ("condemned his refusal")
JUDGING_VERBS = {"condemn", "criticise", "criticize", "denounce", "deplore", "decry", "slam", "blast", "lambast",
                 "reject", "dismiss", "rebuff", "protest", "praise", "welcome", "hail", "applaud", "commend"}


def _judged_by_subject(pronoun) -> bool:
    """`pronoun` owns the object of a verb that judges: "condemned his refusal", "welcomed her release"."""
    thing = pronoun.head
    return thing.dep_ == "dobj" and thing.head.lemma_.lower() in JUDGING_VERBS


def _said_by(clause) -> list:
    """The subjects of the verb of saying `clause` is reported by ("Russia said [it would ...]"); none for a clause
    no one is said to say."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAYING_VERBS:
        return []
    return [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _named_subjects(verb, pronoun) -> list:
    """The subjects of `verb` named before `pronoun` (not pronouns themselves): those it may stand for."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
            and c.lower_ not in PRONOUNS]


def _between(tok, top) -> list:
    """The words from `tok` up to `top`, neither included."""
    out, cur = [], tok.head
    while cur.i != top.i and cur.head.i != cur.i and tok.i != top.i:
        out.append(cur)
        cur = cur.head
    return out
RULERS = {"rulers", "ruler", "leaders", "government", "authorities", "regime"}  # "Niger's military rulers"


def _bare(noun) -> bool:
    """"The kingdom", "the bloc": the noun with its article and no words of its own ("a country", "the Gulf kingdom"
    are read as they are)."""
    return [(c.dep_, c.lower_) for c in noun.lefts] == [("det", "the")]


def _a_body(actor: Actor, lemma: str) -> bool:
    """An actor "the bloc" (an international organisation) or "the group" (that, or a body of no state) may be."""
    code = actor.code or ""
    if code.startswith(("IGO", "IMG")):
        return True
    return lemma in GROUP_NOUNS and actor.sector in GROUP_SECTORS and code != actor.country


def _acted_first(named: list[tuple[Actor, bool]]) -> list[Actor]:
    """Actors remembered, the last first, those that were subjects before the others (each may come twice)."""
    return [a for a, subject in named if subject] + [a for a, _ in named]


def _leading_filler(tok) -> bool:
    """A word before an actor's name that is not part of it: punctuation, a conjunction, or a time the parser read
    into the phrase ("Hours earlier Maduro expelled ..."). A possessive is part of it: "his Indian counterpart"."""
    return (tok.is_punct or tok.dep_ in ("punct", "cc", "case")
            or tok.lower_ in ("earlier", "later") or (tok.dep_ == "npadvmod" and tok.lemma_.lower() in TIME_UNITS)
            or (tok.lower_ == "both" and tok.head.pos_ == "PROPN"))  # "sanctions against both India and Pakistan"


def _trailing_filler(tok) -> bool:
    """A word after an actor's name that is not part of it: punctuation, "'s", a conjunction, or the day of the
    act ("summoned France's ambassador Monday")."""
    return tok.is_punct or tok.dep_ in ("case", "cc", "det") or _time_word(tok) or (
        tok.dep_ == "prep" and not any(c.dep_ == "pobj" and not _time_word(c) for c in tok.children))


def _time_word(tok) -> bool:
    """A word of a date or a time ("Monday", "last", "2016"), not a name the recogniser took for one ("Jaish")."""
    return tok.ent_type_ in ("DATE", "TIME") and (
        tok.like_num or tok.lemma_.lower() in TIME_UNITS or tok.lower_ in TIME_WORDS)


def _clause_subjects(tok) -> list:
    """The subjects of the clause a word belongs to, including those a coordinated verb shares with the first."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = []
    while True:
        subjects += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return subjects
        verb = verb.head
