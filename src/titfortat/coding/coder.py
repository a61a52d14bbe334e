"""Code one parsed sentence into events: clauses -> verb patterns -> actors -> Event.

For each clause the coder picks the act (the best verb pattern over the clause's frame; for
"plans to", "pledged to", "threatened to" the act is the infinitive's), decides its modality, finds
the source (the subject, or the by-agent of a passive verb) and the target (the pattern's
`<target>`, else the object, else the object of with/to/against/on ...), resolves both to actors
and builds one event per source-target pair (compound actors give several events).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import chain

from ..actors.resolve import PART_NOUNS, UNKNOWN_COUNTRY, DocumentActors, Resolved, known
from ..model import Actor, Event, Evidence
from ..nlp.dates import clause_dates, dated_after, parse_iso, timeline_date
from ..nlp.parse import JUDGMENTS, prep_objects, surface
from .clauses import (DESIRE_VERBS, INTENT_VERBS, NESTED_CLAUSE_DEPS, OBLIGATION_MODALS, REPORTING_VERBS,
                      SUBJECT_DEPS, THREAT_VERBS, Clause, adjunct_of, after_dateline, asked, clause_heads, clause_of,
                      conjuncts, culpable, frame_of, is_condition, message_of, path_to)
from .ontology import Ontology
from .patterns import NOT_EVENT, Pattern, PatternMatch, PatternSet

TARGET_PREPS = {"with", "to", "against", "on", "at", "toward", "towards", "from", "into", "upon", "over", "onto",
                "between"}
COMPLAINT_PREPS = {"over", "about", "against"}
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}  # what two sides agree or talk about ...
TOPIC_NOUNS = {"information", "intelligence", "data", "view", "talk", "deal", "agreement", "accord", "pact",
               "treaty", "consensus", "understanding", "memorandum", "cooperation", "dialogue", "negotiation"}
ATTITUDE_CODES = {"012", "013", "018", "055"}  # pessimism, optimism, sympathy, apology: about someone or their deeds
ATTITUDE_PREPS = {"about", "of", "over", "at", "for", "on", "in"}
DESPITE_PREPS = {"despite", "notwithstanding"}
SCALED_BACK_PROTEST = "082"
PEACEKEEPING_WORDS = {"peacekeepers", "peacekeeper", "peacekeeping", "peace-keeping", "peace-keepers", "helmets"}
AUTHORITY_ROOTS = {"09"}  # acts of a state's authority: investigation, and (below) arrest, deportation, bans
AUTHORITY_CODES = {"172", "173", "174", "075"}  # ("has been granted asylum in Moscow")
# diplomatic acts only a state does to another's envoys: told in the passive by a state, that state's
SPEAKERS_ACTS = {"114", "161", "166"}
POSSIBILITY_MODALS = {"may", "might", "could"}
MEETING_NOUNS = {"talk", "talks", "summit", "meeting", "negotiation", "negotiations", "dialogue", "conference"}
CLAIMING_VERBS = {"claim"}
UNNAMED_REPRISALS = {"160"}  # "retaliate", "respond in kind": a reduction of relations naming no act
ANNOUNCED_AS_DONE = {"15", "16"}  # roots a bare future announces as the act itself (see _announced)
SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we"}
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd", "obj", "iobj")
MODIFIER_DEPS = {"amod", "compound", "det", "nummod", "poss", "nmod", "quantmod", "predet", "case", "appos"}
LEAVING_VERBS = {"leave", "depart", "go"}
EXPULSION = "166"
COMMANDING_VERBS = {"order", "instruct", "direct", "command"}
CAUSING_VERBS = {"prompt", "lead", "cause", "spur", "drive", "force", "compel", "persuade", "convince", "oblige"}
CLASHING_VERBS = {"clash", "fight", "battle", "skirmish", "exchange", "engage", "trade", "violate", "breach"}
RECIPROCAL_ROOTS = {"03", "04", "05", "06", "19"}
RECIPROCAL_CODES = {"019", "161"}  # "Russia and China expressed agreement", "Colombia and Venezuela recalled their
# ambassadors" (from each other, when no third party is named)
# acts of those roots that one side does for or about a third, never to its partner: pledges of aid and reform
# ("Kuwait and Belgium vowed to deliver the funds"), hosting and mediation ("the deal was brokered by Turkey and the
# United Nations"), praise, defence, recognition, apology and pardon ("the UN, the AU and the EU welcomed the
# decisions")
FORCE_NOUNS = {"warplane", "jet", "fighter", "bomber", "aircraft", "helicopter", "drone", "warship", "ship", "vessel",
             "submarine", "destroyer", "frigate", "carrier", "tank", "troop", "force"}  # a "visit" by these is force shown
SWAP_WORDS = {"exchange", "swap"}  # an act partners named together do to each other whatever its code
ONE_WAY_CODES = ("033", "034", "043", "045", "051", "052", "053", "054", "055", "056")
# A bare statement ("said", "announced") with no one it is addressed to or about is not an event worth
# recording; the more specific statements (denials, condolences, optimism ...) are.
NEEDS_TARGET_CODES = {"01", "010"}
NO_EVENT = "none"  # the modality of a wording that names no act (its code is patterns.NOT_EVENT): never emitted
# consultations that need someone to meet (a mediation is one whoever the parties: "launched a mediation effort")
MEETING_CODES = {"04", "040", "041", "042", "043", "044", "046"}
ASKING_ROOTS = {"01", "02", "10", "11", "12", "13"}
ASKED_ROOTS = {"02", "10"}  # appeals and demands: what they ask for is not done
LOCATED_ROOTS = {"14", "15", "17", "18", "19", "20"}
LOCATED_THREATS = {"132", "137", "138"}  # threats of restrictions, crackdowns and force: "a curfew in Algiers"
CLAIMED_CODES = {"015"}  # a claimed attack is aimed where it struck: "claimed the bombings in Sri Lanka"
VISIT_CODES = {"042", "044"}
# a ceasefire or a withdrawal (declared, agreed) in or from a place: "a ceasefire in Hodeidah", "withdrew its troops
# from Abyei"
CEASEFIRE_CODES = {"087", "0871", "0874", "0356"}
CEASEFIRE_PREPS = ("in", "across", "throughout", "along", "over", "from")
EASED_CODES = {"0813", "0814"}  # a curfew or a state of emergency lifted where it was in force
PLACE_TARGET_CODES = VISIT_CODES | CLAIMED_CODES | EASED_CODES  # besides the located roots, aimed at a place
PURPOSE_DEPS = {"advcl", "xcomp"}  # a clause an act is done for, or that tells what it did
VICTIM_SECTORS = {"CVL", "MED", "OPP", "HRI", "REL", "EDU", "LAB"}  # people an attack or arrest is aimed at
BACKGROUND_PREPS = {"after", "before", "since", "following", "during", "amid", "amidst", "until", "despite"}
# "expressed support for Israel's right", "called for Iran's ...", "retaliating for Washington's order"
OWNED_FOR_ROOTS = {"02", "05", "10", "11", "12", "16"}
FOR_WHOM_CODES = {"018", "051", "0233"}  # "condolences for the British people", "support for Syrian refugees"
GRANTING_VERBS = {"grant", "give", "accord", "award", "extend", "confer"}  # "the status it had granted Pakistan"
OWN_PRONOUNS = {"its", "their", "his", "her", "our"}
HOSTED_ROOTS = {"03", "05", "06", "07", "08", "09"}  # cooperation or inquiry taking place in another country
NAMING_VERBS = {"call"}  # "called the downing a stab in the back": the verb's own sense is not meant
MEETING_INTENTS = {"036"}  # an intent to meet or negotiate: where is the venue
RELEASE_CODES = {"084"}  # returning or releasing people or property: "from" a place is where they were held
PLACE_PREPS = {"in", "near", "around", "along", "outside", "at", "across", "inside", "off", "over", "into",
               "toward", "towards", "against", "within", "on", "onto", "throughout"}

# An act announced as intended ("pledged to send aid") is coded as the intent to do it (CAMEO 03x).
INTENT_OF = {"04": "036", "045": "039", "046": "036", "05": "032", "057": "030", "06": "031", "061": "0311",
             "062": "0312", "063": "0313", "064": "0314", "07": "033", "071": "0331", "072": "0332",
             "073": "0333", "074": "0334", "08": "035", "081": "0351", "082": "0352", "084": "0353",
             "085": "0354", "086": "0355", "087": "0356", "03": None}
# A threatened act ("threatened to expel") is coded as the threat of it (CAMEO 13x).
THREAT_OF = {"16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "1313",
             "17": "137", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "18": "138",
             "19": "138", "191": "1381",
             "192": "1382", "194": "1384", "195": "1384", "20": "138", "204": "1385", "2041": "1385",
             "2042": "1385", "15": "138", "14": "133", "12": "130", "13": None}

# A hostile act pledged not to be done ("agreed not to use force against each other") is a promise of restraint.
RESTRAINT_OF = {"15": "0356", "18": "0356", "19": "0356", "20": "0356", "163": "0354", "1312": "0354", "13": "030",
                "11": "030", "12": "030", "14": "030", "16": "030", "17": "030"}

# A demanded act ("Libya must hand over the suspects") is coded as the demand for it (CAMEO 10x).
DEMAND_OF = {"06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014", "05": "102", "07": "103",
             "071": "1031", "072": "1032", "073": "1033", "074": "1034", "08": "105", "081": "1051", "082": "1052",
             "084": "1053", "085": "1054", "086": "1055", "087": "1056", "04": "106", "046": "106", "03": "100",
             "01": "100", "02": "100", "09": "100", "10": None, "11": "100", "12": "100", "13": "100", "14": "100",
             "15": "100", "16": "100", "17": "100", "18": "100", "19": "100", "20": "100"}
CONFLICT_ROOTS = {"10", "11", "12", "14", "15", "16", "17", "18", "19", "20"}
# A cooperative act refused ("refused to release", "will not lift the ban") is coded as the refusal (CAMEO 12x).
REFUSE_OF = {"04": "125", "045": "126", "05": "120", "057": "127", "06": "121", "061": "1211", "062": "1212",
             "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224", "08": "124", "081": "1241",
             "082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
             "084": "1243", "085": "1244", "086": "1245", "087": "1246"}
REFUSE_VERBS = {"refuse", "decline"}
REFUSAL_AUX = {"will", "would", "wo", "can", "could", "shall", "'ll", "ca"}
EXPELLING = {"166", "174", "201"}  # acts whose passive "from" phrase names the one who acts
OFFER_VERBS = {"offer", "volunteer"}  # intention verbs whose act is for the good of someone else
OFFERED_FORCE = "0334"  # troops offered are military protection offered, not a show of force
FAIL_VERBS = {"fail", "neglect"}
FORCE_OPTIONS = {"force", "military", "strike", "intervention", "invasion", "attack"}  # not ruled out: a threat
DECIDING_VERBS = {"agree", "resolve"}  # of the intent verbs, those that say a decision was taken
FAILED_TALKS = {"03", "05"}  # failing to agree


def _announced(code: str, strong: bool) -> tuple[str, str]:
    """An act announced rather than done: cooperation becomes the intent of it (03x), conflict its threat (13x).

    `strong` is an intention verb or adjective ("vowed to", "is ready to"); a bare future ("will expel")
    keeps a reduction of relations (16x) as the act itself, announced: expulsions are announced this way; so
    is a deployment (15x): "will send 5,000 troops to Lithuania" threatens no one."""
    if code[:2] == "13":
        return code, "threatened"  # a threat announced is a threat: "would pay a price"
    intent = _mapped(INTENT_OF, code)
    if intent:
        return intent, "intended"
    # ("will retaliate", naming no act, is a threat: not the act it does not name)
    if code[:2] in CONFLICT_ROOTS - {"10", "11", "12"} and (strong or code[:2] not in ANNOUNCED_AS_DONE
                                                              or code in UNNAMED_REPRISALS):
        threat = _mapped(THREAT_OF, code)
        if threat:
            return threat, "threatened"
    return code, "intended"


def _mapped(table: dict, code: str) -> str | None:
    """The most specific key of `table` that `code` starts with."""
    for n in (4, 3, 2):
        key = code[:n]
        if len(code) >= n and key in table:
            return table[key] if table[key] is not None else code
    return None


@dataclass
class Act:
    match: PatternMatch
    clause: Clause  # the clause whose frame the pattern matched (the infinitive's, for intents)
    code: str
    modality: str
    confidence: float | None = None  # from the classifier's arbitration, when it ran
    mutual: bool = False  # compound actors do it to each other ("Seoul and Tokyo failed to agree")


class SentenceCoder:
    def __init__(self, patterns: PatternSet, ontology: Ontology, modalities: tuple[str, ...], labels=None):
        self.patterns = patterns
        self.ontology = ontology
        self.modalities = set(modalities)
        self.labels = list(labels) if labels is not None else None  # the category classifier's labels

    # ------------------------------------------------------------------ acts
    def _match(self, clause: Clause, actors: DocumentActors, extra_front=None) -> PatternMatch | None:
        frame = clause.frame
        if extra_front is not None:
            # a passive's subject, with the words that say what it is ("Patriot missile systems were supplied")
            front = [extra_front, *(c for c in extra_front.lefts if c.dep_ in ("compound", "amod"))]
            frame = sorted({*front, *frame}, key=lambda t: t.i)
        # a particle belongs with its verb wherever the object puts it: "handed an American soldier over to", "turned
        # the offer down"
        particles = [t for t in frame if t.dep_ == "prt" and t.head.i == clause.verb.i]
        if particles:
            frame = [*particles, *(t for t in frame if t not in particles)]

        m = self.patterns.match(clause.lemma, frame, self._is_actor(actors), lambda tok: adjunct_of(tok, clause.verb))
        named = [c for c in clause.verb.children if c.dep_ == "oprd" and c.pos_ != "PROPN"]
        if m is not None and clause.lemma in NAMING_VERBS and named and not any(
                t.i in {d.i for c in named for d in c.subtree} for t in m.tokens):
            # "Putin called Erdogan a traitor": a name given, no phone call (unless its line says so: "call ...
            # traitor"), nor the declaration the object alone would make ("called the truce an important first
            # step"); not a name the parser took for one ("called President Recep Tayyip Erdogan of Turkey")
            return None
        return m

    def _act(self, clause: Clause, actors: DocumentActors) -> Act | None:
        front = clause.subjects[0] if clause.passive and clause.subjects else None
        lemma = clause.lemma
        own = self._match(clause, actors, front)
        if own is not None and own.pattern.code == NOT_EVENT:
            return Act(own, clause, NOT_EVENT, NO_EVENT)  # "fought the epidemic": an act of no one on no one
        if own is not None and lemma in ("call", "describe", "term", "dub") and any(
                c.dep_ == "dobj" and c.lower_ == "what" for c in clause.verb.children):
            # "in what the army called retaliation for Tehran's missile barrage": a naming by the writer's source, no
            # appeal and no call
            return Act(own, clause, NOT_EVENT, NO_EVENT)
        inner = None
        xcomp = clause.xcomp
        for _ in range(2):  # ("would have to prepare to pay a heavy price": the act a chain of complements comes to)
            if xcomp is None or xcomp.pos_ != "VERB":
                break
            inner_clause = clause_of(xcomp)
            inner_clause.subjects = clause.subjects
            inner_clause.negated = inner_clause.negated or clause.negated or lemma in FAIL_VERBS
            m = self._match(inner_clause, actors)
            if m is not None and m.pattern.code != NOT_EVENT:
                inner = (m, inner_clause)
                break
            if m is not None or own is not None:
                break
            xcomp = next((c for c in xcomp.children if c.dep_ == "xcomp"), None)
        modality = "asserted"
        if clause.negated:
            modality = "negated"
        elif clause.hypothetical:
            modality = "hypothetical"

        if lemma in REFUSE_VERBS and inner is not None and modality == "asserted":
            refusal = _mapped(REFUSE_OF, inner[0].pattern.code)  # "refused to release the prisoners" -> 1243
            if refusal and (own is None or own.pattern.length <= inner[0].pattern.length + 1):
                return Act(inner[0], inner[1], refusal, "asserted")
        if lemma in FAIL_VERBS and inner is not None:
            m, ic = inner
            if modality == "asserted" and m.pattern.code[:2] in FAILED_TALKS:
                return Act(m, ic, "120", "asserted", mutual=True)  # "failed to reach agreement": a mutual rejection
            return Act(m, ic, m.pattern.code, "negated")
        if lemma in INTENT_VERBS and inner is not None and _pledged_not_to(clause.verb):
            restraint = _mapped(RESTRAINT_OF, inner[0].pattern.code)  # "pledged not to attack Ukraine" -> 0356
            if restraint:
                return Act(inner[0], inner[1], restraint, "intended")
        if lemma in THREAT_VERBS and inner is not None and (own is None or own.pattern.length <= inner[0].pattern.length):
            threat = _mapped(THREAT_OF, inner[0].pattern.code)
            if threat:
                return Act(inner[0], inner[1], threat, "threatened" if modality == "asserted" else modality)
        if lemma in INTENT_VERBS and inner is not None and not (
                own is not None and own.pattern.code[:2] == "13" and own.pattern.length > inner[0].pattern.length):
            # (a threat the line names with more words is one: "vowed to respond" is 130, not a reply intended)
            m, ic = inner
            # ("agreed to impose new sanctions": a decision taken, announced as a future act, not a threat)
            code, shaded = _announced(m.pattern.code, strong=lemma not in DECIDING_VERBS)
            if lemma in OFFER_VERBS and m.pattern.code[:2] == "15":
                code, shaded = OFFERED_FORCE, "intended"  # "offered to send troops": protection offered
            return Act(m, ic, code, shaded if modality == "asserted" else modality)
        if lemma in COMMANDING_VERBS and inner is not None and modality == "asserted" and (
                own is None or own.pattern.length <= inner[0].pattern.length) and _commands_own(clause, actors):
            # "Putin ordered the Russian military to deploy to the two regions": what a state's own forces are ordered
            # to do, it does
            own = None
        if own is None and inner is None and lemma in IMPACT_VERBS and not clause.passive and _attack_by(clause):
            # "Russian missiles hit a children's hospital in Kyiv": a weapon that hits is an attack (coded by its
            # kind where its source is read)
            own = PatternMatch(Pattern("190", lemma, (), -1, "rule:weapon", lemma), (), None)
        if own is not None:
            match, act_clause = own, clause
        elif inner is not None:
            match, act_clause = inner
        else:
            return None
        code = match.pattern.code
        if modality == "negated" and match.pattern.text == "rule out" and FORCE_OPTIONS & {
                t.lemma_.lower() for t in act_clause.frame}:
            # "did not rule out the use of force", "refused to rule out military action": force kept in view, a threat
            return Act(match, act_clause, "138", "threatened")
        if modality == "negated" and (clause.intent or clause.future or _refusing(clause.verb)):
            # "will not lift the ban", "cannot accept more refugees", "is not willing to talk": a refusal
            refusal = _mapped(REFUSE_OF, code)
            if refusal:
                return Act(match, act_clause, refusal, "asserted")
        if modality == "asserted" and clause.intent:
            code, modality = _announced(code, strong=True)
        elif modality == "asserted" and clause.future:
            code, modality = _announced(code, strong=False)
        if clause.conditioned and code[:2] in CONFLICT_ROOTS and (modality in ("asserted", "intended") or (
                modality == "hypothetical" and clause.modal in POSSIBILITY_MODALS and not asked(clause.verb))):
            # "will retaliate unless ...", "may halt its mediation if ...": a threat
            code, modality = _mapped(THREAT_OF, code) or code, "threatened"
        if code.startswith("13") and modality == "asserted":
            modality = "threatened"
        elif code.startswith("03") and modality == "asserted":
            modality = "intended"  # "pledged 100 million pounds", "agreed to talks": an intention, by its code
        if code in ("180", "190", "182") and _told_in_speech(act_clause):
            code = "111"  # "a sermon ... in which he attacked the Emirati leadership", "a speech that attacked": words
        act = Act(match, act_clause, code, modality)
        if _foreboding(act, actors):
            # "cautioned that disaster diplomacy alone would not settle the disputes": a gloomy view, no threat
            return Act(match, act_clause, "012", "asserted")
        return act

    def _demand(self, clause: Clause, actors: DocumentActors) -> tuple[str, PatternMatch | None] | None:
        """"Britain said Libya must hand over the suspects": a demand (10x) or appeal (02x, should) to Libya."""
        if not (clause.reported and clause.modal in OBLIGATION_MODALS and not clause.negated):
            return None
        m = self._match(clause, actors)
        base = "10" if clause.modal == "must" else "02"
        if base == "10" and clause.lemma in LEAVING_VERBS and any(
                r is not None and r.actor.sector == "DIP" for r in map(actors.resolve, clause.subjects)):
            return EXPULSION, m  # "Moscow said Ambassador Margus Laidre must leave Russia by Feb. 7": expelled
        code = _mapped(DEMAND_OF, m.pattern.code) if m is not None else None
        if code and base == "02":
            code = "02" + code[2:] if code[2:] else "020"
        return (code or base + "0"), m

    # ------------------------------------------------------------------ actors of an act
    def _sources(self, clause: Clause, actors: DocumentActors, act: Act | None = None) -> list[Resolved]:
        if act is not None and _said_of(act):
            return _speakers(act.clause, actors)  # "Rutte said the comments were unacceptable": Rutte's, not theirs
        heads = clause.agents if clause.passive else clause.subjects
        if clause.passive and not heads and act is not None and act.code[:3] in EXPELLING:
            # "two inspectors were expelled from North Korea": the country they were sent out of
            heads = prep_objects(clause.verb, ("from",))
        found = [r for h in heads for r in actors.resolve_all(h)]
        partners = []
        if found and len(heads) > 1:
            # "China and the Eurasia Economic Union signed": a named partner no table places is still a partner
            resolved = {r.head for r in found}
            partners = [r for r in (actors.unplaced(h) for h in heads if h.i not in resolved and _joined(h))
                        if r is not None]
            found += partners
        if not found and act is not None and act.code[:2] in VIOLENT_ROOTS:
            # "A car bomb killed six soldiers": the attack stands for its unnamed (or by-named) attacker;
            # "three civilians were killed in a car bombing": so does the attack a passive verb names
            if clause.passive and not heads:
                heads = prep_objects(clause.verb, ("in", "by"))
            found = [r for r in (actors.attacker(h) for h in heads) if r is not None]
        if not found and clause.passive and not heads and act is not None and (
                act.code[:2] in AUTHORITY_ROOTS or act.code[:3] in AUTHORITY_CODES):
            # "A US national has been put under investigation in Italy": by the authorities of the place
            found = [r for r in [actors.authority_at(clause.frame, "COP" if act.code[:3] == "173" else "GOV")]
                     if r is not None]
        if not found and clause.passive and not heads and act is not None and act.code[:3] in SPEAKERS_ACTS:
            found = self._speaker_acting(clause, actors)
        if not found:
            # "Talks between Israel and Hamas collapsed", "The summit between the EU and Turkey failed to reach
            # agreement": a meeting stands for those who meet
            parties = [c for h in heads if h.lemma_.lower() in MEETING_NOUNS
                       for p in prep_objects(h, ("between", "among")) for c in conjuncts(p)]
            found = _coordination([r for p in parties for r in actors.resolve_all(p)], actors)
        if found and not clause.passive and act is not None and act.code[:2] < "15" and _has_no_subject(
                clause.verb) and all(actors.thing_standing_for_owner(h) for h in heads):
            # "Islamabad said the Indian bombs fell on an empty hillside, accused India of aggression and vowed to
            # respond": a verbal act the parser gave the subject of a thing, listed after what was said, is the
            # speaker's
            reporter = _reporter(clause.verb)
            if reporter is not None:
                found = _subjects_of(reporter, actors)
        if not found and not clause.passive and heads:
            # "The measures came a day after Riyadh expelled the ambassador, recalled its own envoy and froze all new
            # trade": a verb the parser listed with one whose subject does nothing is the act's told before it
            listed = _listed_after(clause.verb)
            if listed is not None:
                found = _subjects_of(listed, actors)
        if len(heads) > 1 and not any(c.dep_ == "cc" for h in heads for c in h.children):
            found = _coordination(found, actors)  # a name the parser split into several subjects (below)
        if not found:
            # "The California Farm Bureau Federation said it is skeptical": a pronoun reporting its speaker's view
            speaker = clause.verb.head if clause.verb.dep_ == "ccomp" and not clause.passive and all(
                h.pos_ == "PRON" and h.lower_ in SPEAKER_PRONOUNS for h in heads) else None
            named = [s for s in speaker.children if s.dep_ == "nsubj"] if speaker is not None else heads
            found = [r for r in (actors.unplaced(h) for h in named) if r is not None]
        # a name the parser split into several subjects ("Sheikh Hamad bin Khalifa al-Thani") is one source, in
        # the reading that places it
        one = list({(r.actor.span, r.actor.code): r for r in found}.values())
        placed = {r.actor.span for r in one if r.actor.country}
        partnered = {r.head for r in partners}
        # (and a kind of actor named beside placed ones is of their side: "KRG President Masoud Barzani and top
        # Kurdish officials", "The United States, India, Israel and other governments")
        beside = len(heads) > 1 and bool(placed)
        return [r for r in one if not (r.actor.code or UNKNOWN_COUNTRY).startswith(UNKNOWN_COUNTRY)
                or not (beside or r.actor.span in placed) or r.head in partnered]

    @staticmethod
    def _speaker_acting(clause: Clause, actors: DocumentActors) -> list[Resolved]:
        """The state that says a foreign envoy "had been summoned" or foreign diplomats "had been expelled", with no
        one named doing it, is who did it ("Russia said 23 British diplomats had been expelled"); not when it
        speaks of its own ("Britain said its diplomats had been expelled")."""
        speakers = _speakers(clause, actors)
        acted_on = {r.actor.country for h in clause.subjects for r in actors.resolve_all(h)}
        return [r for r in speakers if r.actor.country and acted_on and r.actor.country not in acted_on]

    def _targets(self, act: Act, outer: Clause, actors: DocumentActors, sources: list[Resolved]) -> list[Resolved]:
        m = act.match
        if act.code in CLAIMED_CODES:
            # "admitted that its military had shot down a Ukrainian airliner", "admitted that his country's agents had
            # abducted Japanese citizens": on whom the deed it owns to was done
            home = {r.actor.country for r in sources}
            owned_to = [r for c in act.clause.verb.children if c.dep_ == "ccomp" for o in c.children
                        if o.dep_ in ("dobj", "dative") for r in actors.resolve_all(o, owner=True)
                        if known(r.actor) and r.actor.country not in home]
            if owned_to:
                return owned_to
        aside = _deed_aside(act)
        if aside is not None:
            # "recognised a Palestinian state, a step Israel denounced": whoever took the step
            home = {r.actor.country for r in sources}
            doers = [r for t in aside for c in conjuncts(t) for r in actors.resolve_all(c)]
            return [r for r in doers if known(r.actor) and r.actor.country not in home]
        said_of = _said_of(act)
        if said_of is not None:
            # "the remarks by Erdogan were unacceptable", "the U.S. sanctions were illegal": whose the thing is (its
            # doer first); "told the envoy that Washington would pay a price": whoever is to pay
            home = {r.actor.country for r in sources}
            if said_of == SAID_OF_OWNER:
                # ("'This is a serious provocation,' the embassy said of India's troop movements": what it is said of)
                # (first whom the judging noun names as doing it: "the move was a stab in the back by Australia")
                judged = [o for t in act.match.tokens if t.lemma_.lower() in JUDGING_NOUNS for o in t.subtree
                          if o.dep_ == "pobj" and o.head.lower_ == "by"]
                judged += act.clause.subjects + [o for t in act.clause.subjects if t.lower_ in ("this", "it", "that")
                                                 for o in prep_objects(act.clause.verb.head, ("of",))]
                found = [r for t in judged for d in (*_doer(t), t)
                         for r in [actors.resolve(d) or (actors.owned(d) if d is t else None)] if r is not None][:1]
            else:  # (or whose the thing is: "the North's provocation would face a resolute response")
                found = [r for t in act.clause.subjects for r in actors.resolve_all(t, owner=True)]
            return [r for r in found if known(r.actor) and r.actor.country not in home]
        if m.target is not None:
            return [r for t in conjuncts(m.target) for r in actors.resolve_all(t, named=True)]
        if outer.passive and outer.subjects and act.clause is outer:
            # "Disha Ravi was arrested by Delhi Police": the one acted on, named even where no table places them
            # (a thing acted on by someone named is not: "100 tonnes of aid were delivered to Libya by Turkey")
            # ("The mass killing of civilians by Russian troops was investigated": the doer, as for an object)
            # (not by this act's own by-phrase, where the act is a participle on the one acted on: "a Russian man
            # arrested by German police")
            deeds = [d for t in outer.subjects for d in _doer(t) if d.head.head.i != act.clause.verb.i] \
                if act.code[:2] in DOER_ROOTS else []
            acted_on = [r for t in deeds or outer.subjects for r in actors.resolve_all(t, owner=True, named=True)]
            verb = act.clause.verb
            if verb.dep_ == "acl":
                # a participle on the one acted on, named by its own words: its words end before the act ("a Russian
                # man arrested by German police"; not "all hostages held by Hamas in Gaza", which stay the doer's)
                acted_on = [replace(r.worded(verb.doc, r.start, verb.i), end=verb.i)
                            if known(r.actor) and r.start < verb.i < r.end else r for r in acted_on]
            if acted_on or not outer.agents:
                return acted_on
        frame = act.clause.frame
        if act.clause is not outer:
            frame = sorted(set(frame) | set(outer.frame), key=lambda t: t.i)
        whole = frame
        frame = [t for t in frame if adjunct_of(t, act.clause.verb) is None and adjunct_of(t, outer.verb) is None]
        candidates = []
        if act.code[:2] in VIOLENT_ROOTS or act.code[:2] in ("15", "16", "17"):
            # "carried out a raid, targeting Islamic State group commanders", "began military drills encircling
            # Taiwan", "agreed a package of sanctions targeting Russian lawmakers": whom the act was aimed at
            aiming = [c for c in act.clause.verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"]
            aiming += [c for t in frame if t.dep_ in OBJECT_DEPS or (t.dep_ == "pobj" and t.head.lower_ == "of")
                       for c in t.children if c.dep_ == "acl" and c.tag_ == "VBG"]
            candidates += [o for c in aiming if c.lemma_.lower() in AIMING_VERBS for o in c.children
                           if o.dep_ in OBJECT_DEPS]
        candidates += [t for t in frame if t.dep_ in OBJECT_DEPS]  # "expelled 23 Russian diplomats"
        # "allow refugees to return" (not the subject of a clause of place or time: "from where Islamic State
        # proclaimed its caliphate")
        candidates += [t for t in frame if t.dep_ in ("nsubj", "nsubjpass") and not (
            t.head.dep_ == "pcomp" and any(c.lower_ in ("where", "when") for c in t.head.children))]
        # "criticised Washington." read as an adverbial noun by the parser
        # (the verb's own: not "Saudi" in "a Saudi-owned weekly")
        candidates += [t for t in frame if t.dep_ == "npadvmod" and t.pos_ == "PROPN"
                       and t.ent_type_ not in ("DATE", "TIME") and t.head in (act.clause.verb, outer.verb)]
        if act.code[:2] == "11":
            # "complained to the United Nations over Israeli air raids": the one complained of, not the addressee
            candidates += [t for t in frame if _object_of(t, COMPLAINT_PREPS)]
        candidates += [t for t in frame if _object_of(t, TARGET_PREPS) and not _held_at(t, act)]
        if act.code in ATTITUDE_CODES:
            # "skeptical about Iranian motives", "condolences over the earthquake in Sichuan": whose it is
            said = {act.clause.verb.i, *(c.i for c in act.clause.verb.children if c.dep_ in ("acomp", *OBJECT_DEPS))}
            # ("concerned about the detention of a British employee by Chinese authorities": whose deed it is)
            candidates += [a for t in frame if _object_of(t, ATTITUDE_PREPS) and t.head.head.i in said
                           for a in ([x for x in t.subtree if _object_of(x, ("by",))][:1] or [t])]
        # "denied charges by Ukraine that ...": whose accusation it was (its doer: see _doer)
        candidates += [p for t in act.clause.verb.children if t.dep_ in OBJECT_DEPS
                       and t.lemma_.lower() in ACCUSATION_NOUNS for p in _doer(t)]
        # (or, asked for, of a noun coordinated with the object: "demanded the immediate release and reinstatement of
        # Bazoum")
        candidates += [t for t in frame if _object_of(t, ("of",)) and (t.head.head.dep_ in OBJECT_DEPS or (
            act.code[:2] in ASKING_ROOTS and t.head.head.dep_ == "conj" and t.head.head.head.dep_ in OBJECT_DEPS))]
        # "issued arrest warrants for Netanyahu": last, as "for" mostly gives a reason or a purpose
        candidates += [t for t in frame if _object_of(t, ("for",)) and (
            t.pos_ == "PROPN" or (act.code[:2] in OWNED_FOR_ROOTS and any(c.dep_ == "poss" for c in t.children))
            or act.code in FOR_WHOM_CODES or (act.code[:2] == "07" and _of_the_act(t, {act.clause.verb.i})))]
        if act.code[:2] == "13" or outer.conditioned:
            # "threatened further measures unless Washington agreed ...": the one the condition is put to
            # (wherever the condition hangs: "threatened to stop talks to cut arms if the United States goes ahead")
            candidates += [s for c in outer.verb.subtree if is_condition(c)
                           for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        if act.code[:2] in ASKING_ROOTS:
            # "demanded that China release ...", "reiterated its demand that Israel ease ...": the one asked is
            # the subject of the demanded act
            # ("insisted on its demands that Burundi's government grant ...")
            # ("voted to demand that Russia withdraw": the demand's own verb)
            holders = [*dict.fromkeys((outer.verb, act.clause.verb)),
                       *(t for t in frame if t.dep_ in (*OBJECT_DEPS, "pobj") and t.pos_ == "NOUN")]
            candidates += [s for h in holders for c in h.children if c.dep_ in ("ccomp", "acl") for s in c.children
                           if s.dep_ in ("nsubj", "nsubjpass")]
        if act.code[:2] == "12":
            # "declined to resign despite pressure by the Kenya Anti-Corruption Commission": refused to whoever pressed
            refused = {outer.verb, act.clause.verb}
            refused |= {c for v in refused for c in v.children if c.dep_ == "xcomp"}  # "declined to resign despite"
            candidates += [t for v in sorted(refused, key=lambda v: v.i) for n in prep_objects(v, DESPITE_PREPS)
                           for t in (*(c for c in n.children if c.dep_ == "poss"), *prep_objects(n, ("by", "from")))]
        if act.code[:2] == "16":
            # "recalled its diplomats in Turkey", "closed its embassy in Kabul": where its people were posted
            candidates += [p for t in frame if t.dep_ in OBJECT_DEPS for p in prep_objects(t, ("in",)) if _a_place(p)]
        verbs = {outer.verb.i, act.clause.verb.i}
        if act.code[:2] in LOCATED_ROOTS or act.code[:3] in LOCATED_THREATS or act.code in PLACE_TARGET_CODES:
            # "imposed (threatened) a curfew in Algiers", "arrived in Amman on a visit": the place's country
            # "massed troops near the Ukrainian border", "struck targets in southern Lebanon"
            places = [t for t in whole if _object_of(t, PLACE_PREPS)]
            candidates += [t for t in places if t not in candidates]
        elif act.code in CEASEFIRE_CODES:
            # "declared a ceasefire in Tripoli", "withdrew its troops from Abyei": where the fighting stops (not where
            # it was agreed: "renewed a ceasefire pact at peace talks in South Sudan")
            places = [t for t in whole if _object_of(t, CEASEFIRE_PREPS) and _a_place(t)
                      and not _at_meeting(t, act.clause.verb)]
            candidates += [t for t in places if t not in candidates]
        elif act.code[:2] == "07" or act.code[:3] == "162":
            # "suspended aid deliveries in Baghdad", "distributed food in Darfur": aid given (or cut) where its
            # people are, not where it was pledged ("at a donors' conference in Kuwait")
            places = [t for t in whole if _object_of(t, ("in", "inside", "throughout")) and _of_the_act(t, verbs)]
            candidates += [t for t in places if t not in candidates]
        else:
            places = []
        if act.code[:2] == "09":
            # (last, a name inside what is looked into: "authorised a full investigation into killings in the
            # Philippines' war on drugs")
            candidates += [n for t in frame if t.dep_ == "prep" and t.lower_ in ("into", "of") for n in t.subtree
                           if n.dep_ in ("pobj", "poss") and n.pos_ == "PROPN" and n not in candidates
                           and (r := actors.resolve(n)) is not None and known(r.actor)]
        if act.code[:2] >= "13":
            # "threatened to use force to restore President Bazoum": whom a hostile act is done for is not its aim
            candidates = [t for t in candidates if not _done_for(t, {act.clause.verb.i, outer.verb.i})]
        # the act a support verb names is not its target ("launched a military operation against militants"); what
        # it is done to is, in its place ("tighten the naval blockade of Serbia")
        # ("retaliated with tariffs on U.S. farm goods")
        candidates = [t for c in candidates
                      for t in ((prep_objects(c, ("of",)) or prep_objects(c, ACT_NOUN_PREPS))[:1]
                                if _worded_act(c, act) else [c])]
        # "tariffs on $60 billion of U.S. products": what the amount is of
        candidates = [_measured(t) for t in candidates]
        if act.code[:2] in DOER_ROOTS:
            # "an investigation into crimes committed by Croat forces", "condemned the killing of two journalists by
            # security forces": who did the deed is looked into or blamed, before those it was done to (the deed
            # may be a word of the pattern: "investigating war crimes by Croatian extremists")
            deeds = [c for c in act.clause.verb.children if c.dep_ == "dobj" and c not in candidates]
            by_deed = {c.i: _doer(c) for c in (*deeds, *candidates)}
            candidates = [*(d for c in deeds for d in by_deed[c.i]),
                          *(t for c in candidates for t in (*by_deed[c.i], c))]
            doers = {d.i for found in by_deed.values() for d in found}
        else:
            doers = set()
        home = {r.actor.country for r in sources}
        on_verb = [t for t in places if t.head.head.i in verbs]  # places of the act itself, not of a thing in it
        first = vague = unnamed = None
        victim = False
        for tok in candidates:
            if tok.pos_ not in ("PROPN", "NOUN", "PRON", "ADJ"):
                continue
            if victim and tok in places:
                break  # "killed journalist Jamal Khashoggi inside the consulate in Istanbul": the named victim
            res = actors.resolve(tok)
            if res is None:
                both = actors.resolve_all(tok)  # "urged both countries to resolve the dispute": each named before
                if len(both) > 1 and all(known(r.actor) and r.actor.country not in home for r in both):
                    return both
                res = actors.owned(tok)
                if res is None and (act.code[:2] in VIOLENT_ROOTS or act.code in SITE_CODES) and \
                        tok.dep_ in OBJECT_DEPS and first is None:
                    res = actors.site(tok, on_verb)
                    if res is not None:
                        return [res]  # "attacked an army camp in western Kabul": the camp, in Afghanistan
                if res is None and unnamed is None and tok not in places:
                    unnamed = actors.unplaced(tok)  # "criticised the Earth Liberation Front": if nothing better
                elif res is None and unnamed is None and _located(act.code) and _of_the_act(tok, verbs):
                    unnamed = actors.unknown_place(tok)  # "imposed a curfew in parts of Kashmir"
                if res is None or any(res.actor.code == s.actor.code for s in sources):
                    continue  # "reiterated its demand that ...": the source's own thing is not its target
            if not known(res.actor):
                vague = vague or tok  # "arrested five protesters": a target, if no better one
                continue
            if not res.actor.country and (act.code[:2] == "07" or act.code[:3] == "033"):
                # "deploying troops to the UN peacekeeping mission in Mali": aid given through an organisation's
                # mission goes to the country it serves
                served = next((p for p in prep_objects(tok, ("in", "inside"))
                               if _foreign_place(actors.resolve(p), home)), None)
                if served is not None:
                    return self._as_targets(served, actors)
            if tok in places and first is None and vague is not None and vague.dep_ in OBJECT_DEPS and \
                    act.code[:2] in VIOLENT_ROOTS and res.actor.country:
                # "killed more than 500 civilians near Damascus": the victims, of the country where it happened
                return [r if known(r.actor) else r.placed(res.actor.country) for r in self._as_targets(vague, actors)]
            if _sources_own(act.code, tok, res, home):
                continue
            if first is None:
                first = tok
                victim = tok not in places and (res.person or res.actor.sector in VICTIM_SECTORS)
            if res.actor.country is None or res.actor.country not in home or tok.i in doers:
                # (the doer, of the source's country or not: "investigating crimes by Croatian extremists")
                return self._as_targets(tok, actors)
        if first is None and vague is None:
            # "signed an agreement to normalise relations with Israel": the party named in the object's clause
            for obj in (t for t in frame if t.dep_ in OBJECT_DEPS and t.pos_ == "NOUN"):
                # (or the one it was granted: "withdrew the trade status it had granted Pakistan")
                for tok in (t for c in obj.children if c.dep_ in ("acl", "relcl") for t in c.subtree
                            if (_object_of(t, TARGET_PREPS) and not _in_clause_below(t, c))
                            or (t.head.i == c.i and t.dep_ in ("dative", "dobj") and t.pos_ == "PROPN"
                                and c.lemma_.lower() in GRANTING_VERBS)):
                    res = actors.resolve(tok)
                    # ("lifted restrictions imposed on former Prime Minister Ehud Olmert": at home, another actor)
                    if res is not None and known(res.actor) and (res.actor.country not in home or all(
                            res.actor.code != s.actor.code and s.actor.sector for s in sources)):
                        return self._as_targets(tok, actors)
        if first is None and act.code[:2] in HOSTED_ROOTS and act.code[:3] not in MEETING_INTENTS and len(sources) == 1:
            # "opened an embassy in Tehran", "sent inspectors to a plant in central Iran": the foreign country
            # where a cooperative act or an inquiry takes place (not where two sides met to agree, nor where they
            # mean to meet: "said they would meet again in Brazil")
            for tok in whole:
                if _object_of(tok, PLACE_PREPS) and tok.pos_ == "PROPN" and not _in_background(tok, act.clause.verb) \
                        and not _at_meeting(tok, act.clause.verb) and not _setting(tok):
                    res = actors.resolve(tok)
                    if _foreign_place(res, home):
                        return self._as_targets(tok, actors)
        # "willing to send material to help defend Saudi Arabia": aid goes to whom it is sent to help; "fired on and
        # seized three Ukrainian navy vessels": a preposition left without its object shares the object of the verb
        # coordinated with it
        for tok in chain(_helped(act.clause.verb) if act.code[:2] == "07" or act.code[:3] == "033" else [],
                         _raised_objects(act.clause.verb) if first is None and vague is None else []):
            res = actors.resolve(tok)
            if res is not None and known(res.actor) and res.actor.country not in home:
                return self._as_targets(tok, actors)
        best = first if first is not None else vague
        if best is None and unnamed is not None:
            return [unnamed]
        return self._as_targets(best, actors) if best is not None else []

    @staticmethod
    def _as_targets(tok, actors: DocumentActors) -> list[Resolved]:
        # each with its own words ("aid to Armenia and Azerbaijan": "Armenia", "Azerbaijan")
        out = [r for t in conjuncts(tok) for r in actors.resolve_all(t, owner=True)]
        if _where(tok):
            out = [r.as_place() for r in out]  # a place (or part of one) stands for its country, not its government
        first: dict[str | None, Resolved] = {}
        for r in out:  # "rallies in Moscow and St Petersburg": Russia once
            first.setdefault(r.actor.code, r)
        return list(first.values())

    # ------------------------------------------------------------------ events
    def _arbitrate(self, act: Act, clause: Clause, actors: DocumentActors, probs, has_dyad: bool) -> Act | None:
        """Let the classifier confirm the pattern's code, or switch to another root whose pattern also
        matched; the event's confidence is the arbitration's. A bare verb the classifier reads as no
        political event at all is dropped ("The striker was sent off")."""
        from .classifier import NONE_LABEL, arbitrate

        alternatives = []
        if act.clause is clause:
            alternatives = self.patterns.alternatives(clause.lemma, clause.frame, self._is_actor(actors),
                                                      lambda tok: adjunct_of(tok, clause.verb), act.match.pattern)
        code, confidence = arbitrate(act.code, probs, self.labels, alternatives=alternatives, has_dyad=has_dyad)
        if NONE_LABEL in self.labels and probs[self.labels.index(NONE_LABEL)] >= NONE_DROP and \
                act.match.pattern.length == 0:
            return None
        if code != act.code:
            act.modality = "threatened" if code.startswith("13") and act.modality == "asserted" else act.modality
            act.code = code
        act.confidence = confidence
        return act

    def _propose(self, clause: Clause, actors: DocumentActors, probs) -> tuple[Act, list, list] | None:
        """No pattern matched the sentence's main clause, but it has a source and a target, or a placed source:
        the classifier may name the category (a root-level code such as "190")."""
        from .classifier import arbitrate

        if clause.negated or clause.hypothetical:
            return None
        sources = self._sources(clause, actors)
        if not sources:
            return None
        probe = Act(PatternMatch(Pattern("0", clause.lemma, (), -1, "classifier", "(classifier)"), (), None), clause,
                    "0", "asserted")
        targets = [t for t in self._targets(probe, clause, actors, sources)
                   if not any(t.actor.code == s.actor.code for s in sources)]
        if not targets and not any(known(s.actor) for s in sources):
            return None  # a placed source may act alone ("Germany has reinforced its commitment ...")
        code, confidence = arbitrate(None, probs, self.labels, has_dyad=True)
        if code is None:
            return None
        probe.code, probe.confidence = code, confidence
        probe.match = PatternMatch(Pattern(code, clause.lemma, (), -1, "classifier", "(classifier)"), (), None)
        return probe, sources, targets

    def _is_actor(self, actors: DocumentActors):
        def is_actor(tok):  # the head of a noun phrase that names an actor, not a modifier inside one
            if tok.pos_ not in ("PROPN", "NOUN", "PRON") or tok.dep_ in MODIFIER_DEPS:
                return False
            return actors.resolve(tok) is not None
        return is_actor

    def code(self, sent, sentence_index: int, actors: DocumentActors, doc_id: str, article_date: str | None,
             url: str | None = None, probs=None, judged: list | None = None) -> list[Event]:
        """The events of one sentence. `probs` are the category classifier's probabilities for it, if any; to
        `judged`, when given, go the criticisms of a deed the article told before, with the roots of the acts the
        deed may be ("condemned the expulsions": 16, 17), for `fill_counterparts`."""
        found: list[tuple[object, Event, int]] = []  # (verb token, event, pattern length)
        acted: set[int] = set()  # verbs that carry an act, emitted or not
        coded: set[int] = set()  # event nouns of support verbs that gave events ("launched air strikes")
        codes: dict[int, str | None] = {}  # each clause verb's code, as read once
        clauses = [clause_of(verb) for verb in clause_heads(sent)]
        by_verb = {c.verb.i: c for c in clauses}  # each clause built once, looked up by its verb
        undone: set[int] = set()  # verbs of acts demanded, intended or threatened, and of their purposes
        for clause in clauses:
            verb = clause.verb
            if _undone_purpose(verb, undone, codes) or _charged(verb, codes):
                undone.add(verb.i)
                continue
            demand = self._demand(clause, actors)
            if demand is not None:
                undone.add(verb.i)
                # the speaker demands the act of the clause's subject
                reporting = _reporting_verb(clause.verb)
                speaker = by_verb.get(reporting.i) or clause_of(reporting)
                code, m = demand
                match = m or PatternMatch(Pattern(code, clause.lemma, (), -1, "rule:obligation", clause.modal), (),
                                          None)
                act = Act(match, clause, code, "asserted")
                # (a speaker of no country said where, or at the dateline: "KIGALI — Foreign Minister Charles
                # Murigande said the French diplomats must be gone within 72 hours")
                sources = actors.place_unknown(self._sources(speaker, actors), speaker.frame)
                targets = [r for t in clause.subjects for r in actors.resolve_all(t)]
                for s, t in [(s, t) for s in sources for t in targets if not _same(s, t)]:
                    ev = self._event(act, speaker, s, t, sent, sentence_index, doc_id, article_date, url, actors)
                    if ev is not None:
                        found.append((verb, ev, 1))
                continue
            governed = _governed(verb, by_verb)
            if governed is not None and governed.verb.lemma_.lower() in DESIRE_VERBS:
                # "urged Baku to halt military action and to protect civilians": the asking is the governor's, of
                # whom it asks (not an appeal by Baku)
                clause = governed
            act = self._act(governed or clause, actors)
            if act is not None and _claimed_own_attack(clause, act):
                act = Act(act.match, act.clause, "015", "asserted", act.confidence)
            codes[verb.i] = act.code if act is not None else None
            if act is not None and act.modality != "asserted":
                undone.add(verb.i)
            if act is not None and act.code[:2] != "01":
                acted.add(verb.i)  # even if not emitted: a statement reporting it is not an event either
            if act is None or act.modality not in self.modalities:
                continue
            sources = self._sources(clause, actors, act)
            causers = []
            if clause.verb.lemma_.lower() in CAUSING_VERBS and clause.verb.tag_ != "VB" and \
                    act.match.pattern.verb != clause.verb.lemma_.lower():
                # "Sweden's recognition of a Palestinian state prompted Israel to recall its ambassador": the one made
                # to act does the act (not one it is meant to make act: "to convince parliament to amend ...")
                causers = sources
                sources = [r for o in clause.verb.children if o.dep_ == "dobj" for r in actors.resolve_all(o)]
            if not sources:
                continue
            act = _by_its_sources(act, sources, actors)
            targets = self._targets(act, clause, actors, sources)
            if act.code[:2] == "01":
                # "Murigande told reporters": the press a statement is made to is whom it reaches, not whom it is aimed at
                targets = [t for t in targets if not _audience(sent.doc[t.head])]
            shown = _shown_against(act, actors)
            if shown:
                # "staged a bombing drill in a show of force against Pyongyang": force shown to the one it warns, by
                # partners together too (not their cooperation with each other)
                act, targets = Act(act.match, act.clause, "150", act.modality, act.confidence), shown
            if act.code[:2] == "15":
                # (the forces sent to show force are not whom it is shown to: "sending warplanes into its air defence
                # zone")
                targets = [t for t in targets if not (sent.doc[t.head].dep_ == "dobj" and sent.doc[t.head].head.i ==
                                                      act.clause.verb.i and sent.doc[t.head].lemma_.lower() in FORCE_NOUNS)]
            if act.clause is not clause and clause.lemma in COMMANDING_VERBS:
                # (the forces ordered to act are not what they act on)
                targets = [t for t in targets if not (sent.doc[t.head].dep_ == "dobj"
                                                      and sent.doc[t.head].head.i == clause.verb.i)]
            where = sorted({*act.clause.frame, *clause.frame, *(t for h in clause.subjects for t in h.subtree)},
                           key=lambda t: t.i)
            # (people a placed state acts on are of the place the clause names, else its own, and only then of the
            # dateline's country, when the dateline's own people act on them: "BRUSSELS — ... Minsk arrested a
            # dissident journalist"; "BRUSSELS — Roman Protasevich ... was arrested by Belarusian security officers",
            # "EU leaders demanded the release of Protasevich": not Belgian)
            # (an attacker known by nothing but the attack is not of where the story was filed: "NEW DELHI — Nijjar
            # was shot dead outside a Sikh temple in Surrey")
            sources = actors.place_unknown(sources, where, dateline=act.code[:2] not in VIOLENT_ROOTS or any(
                s.actor.sector for s in sources))
            # (a target placed by its own relative clause first: "gave the soldiers who seized power in Niger one week
            # to reinstate the president")
            targets = [actors.place_unknown([t], _relative_words(sent.doc[t.head]), dateline=False)[0]
                       for t in targets]
            targets = actors.place_unknown(targets, where, dateline=False)
            targets = actors.place_unknown(_at_home(sources, targets, act.code), where, dateline=any(
                s.actor.country == actors.home for s in sources))
            sources = _home_of(sources, targets)
            targets = _their_state(sources, targets)
            answered = _answered(act, clause, actors) if act.code[:2] == "16" else None
            if act.code[:2] == "16":
                # "expelled 10 diplomats in retaliation for Moscow's interference": the envoys of whom it answers
                targets = _place_all(targets, answered.actor.country if answered else None, {"DIP"})
            home = {s.actor.country for s in sources}
            if act.code[:2] == "13" and targets and all(t.actor.country in home for t in targets):
                # "warned that Chinese consumers could boycott Australian wine": a threat the source's own people
                # would carry out is aimed at whom they would act on
                aimed = [r for c in act.clause.verb.children if c.dep_ == "ccomp" for o in c.children
                         if o.dep_ in OBJECT_DEPS for r in actors.resolve_all(o)
                         if known(r.actor) and r.actor.country not in home]
                # (and none at all where it names only the source's own state: "warned that all options are open if
                # Egypt's share of the Nile's water is harmed" answers whoever acted against it)
                targets = aimed or [t for t in targets if not (act.code == "130" and actors.thing_standing_for_owner(
                    sent.doc[t.head]))]
            if act.code == "166" and len(home) == 1:
                targets = [actors.sent_away(t, *home) for t in targets]
            if act.code[:2] == "14":
                # "marched in Dhaka to protest India's border killings", "blocked streets in defiance of Chinese
                # authorities": whom the protest is against, before where it was held
                targets = _protest_aim(clause.verb, actors) or targets
                # "up to 1,000 ethnic Turks began a hunger strike to protest against Sweden's decision": people of
                # no named country protest where they are, against the country they protest (not a crowd that riots
                # against a country's property: "demonstrators attacked Japanese-owned shops")
                if act.code != RIOT:
                    sources = _place_all(sources, _one_country(targets), COMPATRIOT_SECTORS | {"REF"})
            # an actor does not act on itself: "Syria says it is willing ..." has no target "it"; a place of its own
            # is its people ("Libya declared a ceasefire in Tripoli")
            targets = [_populace(t) if _located(act.code) and _object_of(sent.doc[t.head], PLACE_PREPS) and
                       sent.doc[t.head].ent_type_ in ("GPE", "LOC") and any(t.actor.code == s.actor.code for s in sources)
                       else t for t in targets]
            # (two actors of no known country share the unknown code, not an identity, unless worded alike: "The
            # Department of Education will investigate Yale", "leaders of the party denied charges by the Government")
            targets = [t for t in targets if not any(t.actor.code == s.actor.code and (
                not t.actor.code.startswith(UNKNOWN_COUNTRY) or _worded_alike(t.actor, s.actor)
                or _owned_by_pronoun(sent.doc[t.head])) for s in sources)]
            if not targets and (act.code[:2] in COUNTERPART_ROOTS or act.code in COUNTERPART_CODES
                                or act.code[:2] == "16"):
                # "warned it would take measures in response to Finland's membership of the alliance", "raised tariffs
                # in retaliation for Washington's decision": whose act it answers, before the last actor of the
                # article that acted against it (see fill_counterparts)
                answered = answered or _answered(act, clause, actors)
                targets = [answered] if answered is not None else []
            if causers and not targets:
                # ("recognised the two regions, prompting the United States to announce sanctions": on whoever made it)
                targets = [c for c in causers if known(c.actor) and c.actor.country not in home]
            if probs is not None and self.labels:
                act = self._arbitrate(act, clause, actors, probs, has_dyad=bool(targets))
                if act is None or act.modality not in self.modalities:
                    continue
            pairs = []
            reciprocal, swapped = _reciprocal(act, sources)
            if swapped:
                targets = []  # the prisoners are what is exchanged: the partners are each other's targets
            if reciprocal:
                # "Trump and Putin agreed to share information on North Korea": what they share it about, not with
                targets = [t for t in targets if not (_object_of(sent.doc[t.head], TOPIC_PREPS)
                                                      and sent.doc[t.head].head.head.lemma_.lower() in TOPIC_NOUNS)]
            # a third party the partners act on together, if any (where partners of two countries clash or meet is
            # none: "Indian and Chinese troops clashed in the Galwan Valley")
            # ("launched strikes against three sites in Syria": a place inside what the act is aimed at is a third)
            venue_only = len({s.actor.country for s in sources}) > 1
            third = [t for t in targets if known(t.actor) and not (venue_only and _where(sent.doc[t.head]) and
                                                                    _venue(sent.doc[t.head]))]
            mutual = reciprocal and not third
            if not mutual:
                # (actors of one code named together are one: "The Yemeni army and allied forces have hit ...")
                sources = [w for group in _by_code(sources) for w in _coordination(group, actors)]
            if targets and not mutual:
                pairs = [(s, t) for s in sources for t in targets if not _same(s, t) and not _of_itself(s, t, act)]
            elif reciprocal:  # "Washington and Moscow agreed to return their ambassadors": to each other
                # partners acting on each other are named together: "Jordan and Britain agreed ..." (each acting alone,
                # or on a third, keeps its own words: "The United Kingdom and France opposed the resolution", "Mexico
                # and Canada agreed to lift tariffs on American products")
                sources = _coordination(sources, actors)
                pairs = [(s, t) for s in sources for t in sources if s is not t]
            else:  # the target the act implies (a protest's, a curfew's), else none
                pairs = [(s, t) for s in sources for t in [_implied_target(s, act.code)] if t is not None] or [
                    (s, None) for s in sources]
            # at least one side must be placed (a country or an organisation), or the source be a kind of actor
            # the text names ("the government", "police": ---GOV, ---COP); both, for a bare statement
            pairs = [(s, t) for s, t in pairs if known(s.actor) or (t is not None and known(t.actor))
                     or _of_a_kind(s.actor) or _unplaced(s.actor)]
            if act.code in VISIT_CODES:
                # a thing that goes somewhere pays no visit: "the pipeline, which goes from Iraq to the Syrian coast",
                # "a Georgian cargo plane flying to New Delhi"; nor do people known by nationality alone: "Five
                # Americans who had been imprisoned in Iran landed in Qatar"
                pairs = [(s, t) for s, t in pairs if not (sent.doc[s.head].pos_ == "NOUN" and s.actor.sector is None
                                                           and not s.person) and not actors.a_people(sent.doc[s.head])]
            if act.code in MEETING_CODES:
                # "Israel's Cabinet met Sunday": a meeting with no one else is a body's own session, not a consultation
                pairs = [(s, t) for s, t in pairs if t is not None]
            if act.code in NEEDS_TARGET_CODES:
                # (and one other than the speaker's own: "Scholz ruled out ..., saying German soldiers could at no
                # point be linked" says nothing to anyone)
                pairs = [(s, t) for s, t in pairs if known(s.actor) and t is not None and known(t.actor)
                         and not _one_side(s.actor, t.actor)]
            deed = _judged_deed(act) if judged is not None else None
            if deed is None and judged is not None and _done_likewise(act.clause.verb):
                deed = LIKEWISE
            for s, t in pairs:
                ev = self._event(act, clause, s, t, sent, sentence_index, doc_id, article_date, url, actors)
                if ev is not None:
                    found.append((verb, ev, act.match.pattern.length))
                    if t is None and deed is not None:
                        judged.append((ev, deed))
                    if act.match.pattern.head is not None:  # a support verb: its noun is this act
                        coded.add(act.match.tokens[act.match.pattern.head].i)
        found += self._nominal(sent, by_verb, coded, codes, actors, sentence_index, doc_id, article_date, url)
        if not found and probs is not None and self.labels:
            for clause in clauses:  # the clauses built above, not parsed again
                verb = clause.verb
                if verb.dep_ != "ROOT" or verb.i in acted:
                    continue
                proposal = self._propose(clause, actors, probs)
                if proposal is None:
                    continue
                act, sources, targets = proposal
                pairs = [(s, t) for s in sources for t in targets if not _same(s, t)] or [(s, None) for s in sources]
                for s, t in pairs:
                    if not (known(s.actor) or (t is not None and known(t.actor))):
                        continue
                    ev = self._event(act, act.clause, s, t, sent, sentence_index, doc_id, article_date, url, actors)
                    if ev is not None:
                        found.append((verb, ev, 0))
        context = {c.verb.i for c in clauses if c.background}
        evented = {v.i for v, e, _ in found if e.cameo_root != "01"} | acted
        found = [(verb, self._accusing(verb, ev, evented), length) for verb, ev, length in found]
        return _prune(found, acted, context)

    def _accusing(self, verb, ev: Event, evented: set[int]) -> Event:
        """A bare statement about another ("Morales said the ambassador was conspiring against democracy", "Trump
        said Iran had made a very big mistake") whose words charge it with a wrong is an accusation (112), or a
        criticism (111) when they judge it ("irresponsible"); not one whose reported act is coded itself (see
        `_prune`), nor one denied ("said Iran had not violated the deal")."""
        if ev.cameo != "010" or ev.target is None or verb.lemma_.lower() not in REPORTING_VERBS:
            return ev
        content = [c for c in verb.children if c.dep_ == "ccomp"]
        if not content or any(t.dep_ == "neg" for c in content for t in c.children):
            return ev
        if any(t.i in evented for c in content for t in c.subtree):
            return ev
        words = {w for c in content for t in c.subtree for w in (t.lemma_.lower(), t.lower_)}
        if not words & ACCUSING_WORDS:
            return ev
        code = "111" if words & JUDGMENTS else "112"
        entry = self.ontology[code]
        ev = replace(ev, cameo=code, cameo_root=entry.root, cameo_name=entry.name, quad_class=entry.quad_class,
                     goldstein=entry.goldstein, plover=self.ontology.plover_of(code), plover_mode=entry.plover_mode)
        ev.event_id = Event.make_id(ev.doc_id, ev.sentence_index, ev.cameo, ev.source, ev.target, ev.evidence)
        return ev

    # ------------------------------------------------------------------ nominal events
    def _nominal(self, sent, by_verb: dict[int, Clause], coded: set[int], codes: dict, actors: DocumentActors,
                 sentence_index: int, doc_id: str, article_date: str | None, url: str | None) -> list[tuple[object, Event, int]]:
        """Acts named by a noun with their actors: "Britain's expulsion of 23 Russian diplomats", "Russian air
        strikes on Idlib", "the invasion of Ukraine by Russia". Both sides must be named and placed; a noun
        that is only wanted, threatened or talked of ("called for sanctions on Iran") is not an event."""
        nouns = self.patterns.nouns
        if not nouns or "asserted" not in self.modalities:
            return []
        out = []
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.dep_ == "compound" or tok.lemma_.lower() not in nouns:
                continue
            if tok.i in coded:
                continue  # "launched air strikes on ...": the support verb's event already
            governor = _governor(tok)
            if governor is not None:
                # (a copula is no clause of the coder's: read its modality here, "accusations that its military is
                # guilty of ethnic cleansing")
                clause = by_verb.get(governor.i) or clause_of(governor)
                if governor.lemma_.lower() in NOT_FACTIVE or (clause is not None and (
                        clause.negated or clause.hypothetical or clause.conditioned)):
                    continue
            frame = sorted((t for t in tok.subtree if t.i != tok.i), key=lambda t: t.i)
            match = nouns.match(tok.lemma_.lower(), frame, self._is_actor(actors))
            if match is None:
                continue
            if match.pattern.sides:
                # "after four days of talks in Beijing between Saudi Arabia's national security adviser and Iran's":
                # each side meets the other (only so: "the talks" alone name no one); a meeting that has happened
                # (not "will attend the meeting between", "ready to host a meeting between", "a proposed summit")
                if _not_held(tok, by_verb):
                    continue
                parties = self._parties(tok, actors)
                pairs = [(s, t) for s in parties for t in parties if s.actor.country != t.actor.country]
                if not pairs:
                    pairs = self._met_before(tok, actors)
                out += self._nominal_events(tok, frame, match, pairs, sent, sentence_index, doc_id, article_date,
                                            url, actors)
                continue
            sources = self._nominal_sources(tok, actors)
            if not sources:
                continue
            targets = []
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in NOMINAL_TARGET_PREPS and (
                        prep.lower_ not in ("in", "throughout") or match.pattern.code[:2] in LOCATED_ROOTS):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            targets += self._as_targets(pobj, actors)
            if not targets and tok.dep_ == "nsubj" and governor is not None and \
                    match.pattern.code[:2] in VIOLENT_ROOTS and not self._violent(governor, by_verb, codes, actors):
                # "Israeli air strikes destroyed the Iranian consulate": what the attack hit
                targets = [r for o in governor.children if o.dep_ in OBJECT_DEPS for r in self._as_targets(o, actors)]
            targets = [t for t in targets if known(t.actor)]
            pairs = [(s, t) for s in sources for t in targets
                     if not _same(s, t) and known(s.actor) and s.actor.code != t.actor.code]
            out += self._nominal_events(tok, frame, match, pairs, sent, sentence_index, doc_id, article_date, url,
                                        actors)
        return out

    def _nominal_events(self, tok, frame, match, pairs, sent, sentence_index: int, doc_id: str,
                        article_date: str | None, url: str | None, actors: DocumentActors) -> list:
        clause = Clause(tok, frame=frame)
        act = Act(match, clause, match.pattern.code, "asserted",
                  confidence=round(0.45 + min(0.2, 0.08 * match.pattern.length), 3))
        out = []
        for s, t in pairs:
            ev = self._event(act, clause, s, t, sent, sentence_index, doc_id, article_date, url, actors)
            if ev is not None:
                out.append((tok, ev, match.pattern.length))
        return out

    @staticmethod
    def _met_before(noun, actors: DocumentActors) -> list[tuple[Resolved, Resolved]]:
        """A meeting the clause's subject had before or while it acted, with the one named: "After talks in Tbilisi
        with Karel De Gucht, Saakashvili said ...", "during a meeting with his Chinese counterpart"."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS or not prep.head.pos_ in ("VERB", "AUX"):
            return []
        met = [r for p in prep_objects(noun, ("with",)) for c in conjuncts(p) for r in actors.resolve_all(c)
               if known(r.actor)]
        verb = prep.head
        if verb.dep_ in ("advcl", "xcomp") and not _has_subject(verb):
            verb = verb.head  # "Speaking after a meeting with his Chinese counterpart, Lavrov said"
        return [(s, t) for s in _subjects_of(verb, actors) for t in met
                if known(s.actor) and s.actor.country != t.actor.country]

    @staticmethod
    def _parties(noun, actors: DocumentActors) -> list[Resolved]:
        """The placed sides a meeting noun names ("talks between X and Y"), when there are two countries or more."""
        parties = [r for p in prep_objects(noun, ("between", "among")) for c in conjuncts(p)
                   for r in actors.resolve_all(c) if known(r.actor) and r.actor.country]
        return parties if len({r.actor.country for r in parties}) > 1 else []

    def _violent(self, verb, by_verb: dict, codes: dict, actors: DocumentActors) -> bool:
        """The clause codes a violent act itself ("a car bombing killed ..."), attack noun and all. Its act as
        the clause loop read it (read here only for a clause that loop coded as a demand)."""
        if verb.i not in codes:
            clause = by_verb.get(verb.i)
            act = self._act(clause, actors) if clause is not None else None
            codes[verb.i] = act.code if act is not None else None
        return codes[verb.i] is not None and codes[verb.i][:2] in VIOLENT_ROOTS

    @staticmethod
    def _nominal_sources(noun, actors: DocumentActors) -> list[Resolved]:
        """Who did what the noun names: its possessor, its "by" phrase, or a country word before it."""
        for child in noun.children:
            if child.dep_ == "poss":
                return [r for c in conjuncts(child) for r in actors.resolve_all(c)]
        by = _doer(noun)  # its "by" phrase
        if by:
            return [r for c in conjuncts(by[0]) for r in actors.resolve_all(c)]
        copula = culpable(noun)
        if copula is not None:  # "Kony and the LRA are responsible for mass killings"
            return [r for s in copula.children if s.dep_ == "nsubj" for c in conjuncts(s) for r in actors.resolve_all(c)]
        for child in sorted(noun.children, key=lambda t: -t.i):
            if child.i < noun.i and child.dep_ in ("amod", "compound", "nmod") and child.pos_ in ("PROPN", "ADJ",
                                                                                                "NOUN"):
                res = actors.resolve(child)
                if res is not None and known(res.actor):
                    return [res]
        return []

    def _event(self, act: Act, clause: Clause, source: Resolved, target: Resolved | None, sent, sentence_index: int,
               doc_id: str, article_date: str | None, url: str | None, actors: DocumentActors) -> Event | None:
        code = act.code
        while code and code not in self.ontology:
            code = code[:-1]
        if not code:
            return None
        entry = self.ontology[code]
        doc = sent.doc
        ev_tokens = [clause.verb, *act.match.tokens]
        if act.clause is not clause:
            ev_tokens.append(act.clause.verb)
        lo = min(t.i for t in ev_tokens)
        hi = max(t.i for t in ev_tokens)
        start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
        evidence = Evidence(text=surface(doc, start, end), span=(start, end))
        # the act's own clause, then the clause it was coded in, then the acts it goes with, until one gives a date
        intended = act.modality == "intended"
        # (the acts it goes with are looked for only when its own clauses give no date: most do)
        # (an intended act is dated ahead, but not by when it was said: "said on Monday it would allow ...")
        dated = chain([(act.clause.verb, act.clause.frame, intended)],
                      [(clause.verb, clause.frame, intended)] if act.clause is not clause else [],
                      ((verb, None, intended and verb.lemma_.lower() not in REPORTING_VERBS)
                       for verb in _date_sharers(act.clause.verb)))
        deadline = None
        tried = []
        for verb, frame, future in dated:
            tried.append(verb)
            date, date_text, found = clause_dates(verb, frame_of(verb) if frame is None else frame, article_date,
                                                  future=future)
            deadline = deadline or found
            if date_text is not None:
                break
        if date_text is None:
            # none of them dated: some time after the act one of them hangs under ("four days after a Turkish
            # fighter shot down a Russian bomber")
            date, date_text = next(filter(None, (dated_after(v, article_date) for v in tried)), (date, date_text))
        if date_text is None:
            # nor after one: the day its timeline entry opens with ("Sept. 12 - State Councillor Dai Bingguo ...")
            date, date_text = timeline_date(sent, article_date) or (date, date_text)
        if date_text is None and act.clause.verb.tag_ == "VBD":
            # nor in a timeline: a past act told right after one its paragraph dated this past week is its sequel
            # ("moved within hours of Tuesday's coup. Canberra suspended defence cooperation ...")
            date, date_text = _sequel_date(sent, article_date) or (date, date_text)
        src, tgt = source.actor, target.actor if target else None
        confidence = _confidence(act, clause, src, tgt)
        location = actors.locate(sorted({*act.clause.frame, *clause.frame}, key=lambda t: t.i))
        return Event(
            event_id=Event.make_id(doc_id, sentence_index, code, src, tgt, evidence),
            doc_id=doc_id, sentence_index=sentence_index,
            sentence=surface(doc, sent.start_char, sent.end_char).strip(), date=date,
            source=_copy(src), target=_copy(tgt) if tgt else None, cameo=code, cameo_root=entry.root,
            cameo_name=entry.name, quad_class=entry.quad_class, goldstein=entry.goldstein,
            plover=self.ontology.plover_of(code), plover_mode=entry.plover_mode, modality=act.modality,
            confidence=confidence, evidence=evidence, date_text=date_text, deadline=deadline, location=location,
            url=url)


VIOLENT_ROOTS = {"18", "19", "20"}
SITE_CODES = {"170", "171", "1711", "1712"}  # storming, seizing, destroying a place: "stormed a police headquarters"
AIMING_VERBS = {"target", "aim", "encircle", "surround", "simulate"}
BENEFIT_VERBS = {"restore", "reinstate", "protect", "defend", "help", "support", "rescue", "save", "assist",
                 "aid", "shield"}
DOER_ROOTS = {"09", "11", "12", "16", "17"}  # inquiries, disapproval, rejection, reprisals, coercion: at whoever did what they answer
ACT_NOUN_PREPS = ("on", "against", "upon")  # what the act a noun names is aimed at: "tariffs on U.S. goods"
AMOUNT_ENTITIES = {"MONEY"}  # (not counts: "dozens of demonstrators" are the demonstrators, in their words)
ACCUSATION_NOUNS = {"charge", "accusation", "allegation", "claim", "criticism", "complaint", "assertion"}
NOMINAL_TARGET_PREPS = {"of", "on", "against", "into", "to", "in", "upon", "at", "toward", "towards", "throughout"}
# Verbs under which a noun names an act that has not happened: "threatened sanctions", "called for an inquiry",
# besides those of wishes, intentions and threats the clause reader knows
NOT_FACTIVE = DESIRE_VERBS | INTENT_VERBS | THREAT_VERBS | {
    "consider", "mull", "weigh", "avoid", "prevent", "deny", "rule", "discuss", "debate", "fear", "risk", "oppose",
    "reject", "lobby", "favor", "favour", "advocate", "hint", "float", "study", "explore", "refuse", "veto", "block",
    "delay", "postpone", "suspend", "cancel", "lift", "ease", "end", "halt", "stop", "drop", "scrap", "abandon",
    "revoke", "waive", "approve", "authorize", "authorise", "announce", "order", "back", "support", "endorse"}
NONE_DROP = 0.9  # a bare-verb match the classifier reads as no political event with this probability is dropped
MEDIATION = "045"
SETTING_PREPS = {"after", "during", "following"}  # a meeting the clause's subject had: "after talks with X"
RELEASE_ASKED = {"1053", "0253"}  # demands and appeals to release people or property
COUNTERPART_ROOTS = {"11", "12", "13", "15"}
COUNTERPART_CODES = {"160"}  # "retaliate", "respond in kind"


def fill_counterparts(events: list[Event], judged: list | None = None, named: list[Actor] = ()) -> None:
    """A conflictual act with no target named ("Moscow warned it would respond") is aimed at the last actor
    of the article that acted against its source, in the order of the text ("condemned the killing of Soleimani
    by the United States and vowed revenge": the killing is told first); a criticism of a deed told before and
    named by its noun alone ("The United States condemned the expulsions", "called the decision regrettable", one of
    `judged`) at the last other state that did such a deed; a demand to release the source's own people at whoever
    last detained them; a mediation naming no one at both of the last two states told fighting each other (one
    event more); an act another "also" did ("and the European Union also halted its budget support") at the one the
    same act was last done to. The target keeps that earlier mention's words and span."""
    told = sorted(events, key=lambda e: (e.sentence_index, e.evidence.span[0] if e.evidence.span else 0))
    deeds = {id(ev): deed for ev, deed in judged or ()}
    for i, ev in enumerate(told):
        if ev.cameo == MEDIATION and ev.target is None:
            # "Moscow said it had brokered a ceasefire": between the last two states told fighting each other
            # (failing a fight, the last two told acting on each other: "Qatar mediated the arrangement" after Iran's
            # prisoners and Biden's clemency)
            between = [prior for prior in reversed(told[:i]) if prior.target and prior.source.country
                       and prior.target.country and prior.source.country != prior.target.country
                       and ev.source.country not in (prior.source.country, prior.target.country)]
            fight = next(chain((prior for prior in between if prior.cameo_root in ("19", "20")), between), None)
            if fight is not None:
                other = replace(ev, source=_copy(ev.source))
                _aim_at(ev, fight.source)
                _aim_at(other, fight.target)
                events.append(other)
            continue
        if ev.cameo in RELEASE_ASKED and ev.target is not None and (
                ev.target.country is None or ev.target.country == ev.source.country):
            # "Washington has repeatedly demanded the pastor's release", "EU leaders demanded the release of
            # Protasevich": of whoever holds its own people, or the one named
            holder = next((prior for prior in reversed(told[:i]) if _detained_for(prior, ev)), None)
            if holder is not None:
                ev.target = None
                _aim_at(ev, holder.source)
            continue
        if ev.target is not None or not (ev.source.country or ev.source.sector == "IGO"):
            continue
        if ev.cameo.startswith("084"):
            # "Japan sends the 14 crew members home": those it last detained
            held = next((prior for prior in reversed(told[:i]) if prior.cameo_root == "17" and prior.target is not None
                         and prior.target.country not in (None, ev.source.country)
                         and prior.source.country == ev.source.country), None)
            if held is not None:
                _aim_at(ev, held.target)
                continue
        if deeds.get(id(ev)) is LIKEWISE:
            # "France suspended aid to Niger, and the European Union also halted its budget support": on the one the
            # same act was last done to, by another, in this sentence or the one before
            alike = next((prior for prior in reversed(told[:i]) if _done_alike(prior, ev)), None)
            if alike is not None:
                _aim_at(ev, alike.target)
                continue
        elif id(ev) in deeds:
            roots, words = deeds[id(ev)]
            # (a state's deed: whoever else attacked is not known by a country the article may have guessed; a launch
            # is of a missile or rocket, not a drill that came after it)
            doers = [prior for prior in reversed(told[:i]) if prior.cameo_root in roots
                     and (words is None or words & set(prior.evidence.text.lower().split()))
                     and _party(prior.source)
                     and prior.source.country != ev.source.country
                     and prior.source.sector in STATE_SECTORS | {"COP", "SPY", "IGO"}]
            # (one done abroad first: not a strike told as done to the striker's own, "retaliating for a suspected
            # Israeli strike on its embassy")
            doer = next(chain((p for p in doers if p.target is None or p.target.country != p.source.country),
                              doers), None)
            if doer is not None:
                _aim_at(ev, doer.source)
                continue
        if ev.cameo_root == "13":
            # "demanded that Washington revoke the sale and threatened countermeasures": at whom its source made the
            # demand it goes with, in its sentence
            demand = next((other for other in told if other.sentence_index == ev.sentence_index and other is not ev
                           and other.cameo_root == "10" and other.target is not None
                           and other.source.code == ev.source.code), None)
            if demand is not None:
                _aim_at(ev, demand.target)
                continue
        if not ev.source.country or not (ev.cameo_root in COUNTERPART_ROOTS or ev.cameo in COUNTERPART_CODES):
            continue
        # (or told after it in its own sentence, as what it came after: "vowed revenge after a U.S. drone strike
        # killed Soleimani")
        told_after = _end_in_sentence(ev)
        for prior in chain(reversed(told[:i]), (e for e in told[i + 1:] if _told_as_before(ev, told_after, e))):
            if (prior.target is not None and prior.target.country == ev.source.country
                    and prior.source.country and prior.source.country != ev.source.country
                    and prior.quad_class >= 3):
                _aim_at(ev, prior.source)
                break
    for i, ev in enumerate(told):
        if _aimed_by_article(ev, deeds.get(id(ev))):
            other = _counterpart(ev, told, i, named)
            if other is not None:
                _aim_at(ev, other, lower=False)  # (its confidence kept: it measures the category)


MUTUAL_CODES = ("036", "04", "057", "0871")  # met, offered to meet, signed, ceased fire: with each other, if together


def _aimed_by_article(ev: Event, deed) -> bool:
    """`ev` names no one and is a state's or an organisation's, so the article around it says whom it is aimed at;
    not a go-between's, who is between two, nor a judgment of violence (`deed`, see `fill_counterparts`) whose doer
    the article does not name ("after a gunman stormed the building. Turkey condemned the attack")."""
    violence = deed is not None and deed is not LIKEWISE and deed[0] is not None and deed[0] <= _FORCE
    return ev.target is None and _party(ev.source) is not None and ev.cameo != MEDIATION and not violence


def _party(actor: Actor | None) -> str | None:
    """The state an actor belongs to, or the organisation it is: who an act is between."""
    if actor is None:
        return None
    return actor.country or (actor.code if (actor.code or "").startswith("IGO") else None)


def _counterpart(ev: Event, told: list[Event], i: int, named: list[Actor] = ()) -> Actor | None:
    """Whom an act that names no one ("Moscow condemned the move as an insult", "Pyongyang denied any involvement") is
    aimed at, by the article around it: the other side of another act of its source in its sentence ("Tokyo protested
    and recalled its ambassador from Seoul"); else the other side of the last act told between its source and another
    state; else the one the same act was last done to by another; else the last other state told acting; else the
    last other state the text named before it ("Estonian authorities moved a Soviet war memorial ... Moscow condemned
    the move")."""
    me = _party(ev.source)
    for other in told:
        if other is ev or other.sentence_index != ev.sentence_index:
            continue
        if _party(other.target) == me and _party(other.source) not in (None, me):
            return other.source
        if _party(other.source) == me and _party(other.target) not in (None, me):
            return other.target
    for prior in reversed(told[:i]):
        sides = _party(prior.source), _party(prior.target)
        if None not in sides and sides[0] != sides[1] and me in sides:
            return prior.target if sides[0] == me else prior.source
    # (the one the same act was last done to, by another, in its sentence or the one before: "Bahrain and Sudan cut
    # ties with Iran and the United Arab Emirates downgraded its relations")
    alike = next((prior for prior in reversed(told[:i]) if _done_alike(prior, ev)
                  and _party(prior.target) not in (None, me)), None)
    if alike is not None:
        return alike.target
    # (not those it acts with, "Kuwait, the Netherlands, Belgium and Ireland have vowed to deliver the funds", unless
    # the act is one two do to each other: "Azerbaijan and Armenia declared a ceasefire")
    partners = {me, None}
    if not ev.cameo.startswith(MUTUAL_CODES):
        partners |= {_party(other.source) for other in told if other.evidence.span == ev.evidence.span}
    acting = next((prior.source for prior in reversed(told[:i]) if _party(prior.source) not in partners
                   and prior.source.sector in STATE_SECTORS | {"IGO"}), None)
    if acting is not None:
        return acting
    at = ev.evidence.span[0] if ev.evidence.span else 0
    return next((state for state in reversed(named) if state.span and state.span[0] < at
                 and state.country not in partners), None)


AFTER_WORDS = re.compile(r"\b(after|following|in (response|retaliation|reaction) to)\b", re.I)


def _done_alike(prior: Event, ev: Event) -> bool:
    """`prior` is the same act as `ev`, done by another to someone else than `ev`'s source, in `ev`'s sentence or the
    one before: what `ev`, done "also", was done to."""
    return (prior.cameo_root == ev.cameo_root and prior.target is not None
            and prior.sentence_index >= ev.sentence_index - 1 and prior.source.code != ev.source.code
            and (prior.target.country is None or prior.target.country != ev.source.country))


def _detained_for(prior: Event, ev: Event) -> bool:
    """`prior` is another state's detention (17x) of those whose release `ev` asks: the asking state's own people, or
    one named by the same name."""
    if prior.cameo_root != "17" or prior.target is None or prior.source.country in (None, ev.source.country):
        return False
    own = ev.source.country is not None and prior.target.country == ev.source.country
    named = prior.target.text.split()[-1:] == ev.target.text.split()[-1:] != []
    return own or named


def _end_in_sentence(ev: Event) -> int:
    """Where `ev`'s words end in its sentence (-1 when they are not found there)."""
    found = ev.sentence.find(ev.evidence.text)
    return found + len(ev.evidence.text) if found >= 0 and ev.evidence.span else -1


def _told_as_before(ev: Event, start: int, other: Event) -> bool:
    """`other`, told later in `ev`'s sentence (whose words end at `start` in it), is what `ev` came after: "vowed
    revenge after a U.S. drone strike killed Soleimani"."""
    if other.sentence_index != ev.sentence_index or start < 0 or not other.evidence.span:
        return False
    end = other.sentence.find(other.evidence.text)
    return 0 <= start <= end and AFTER_WORDS.search(ev.sentence[start:end]) is not None


def _aim_at(ev: Event, target: Actor, lower: bool = True) -> None:
    """Give a targetless event the target an earlier event names, in that mention's words and span, and (with
    `lower`) a confidence 0.15 lower."""
    ev.target = _copy(target)
    if lower:
        ev.confidence = round(max(0.05, ev.confidence - 0.15), 3)
    ev.event_id = Event.make_id(ev.doc_id, ev.sentence_index, ev.cameo, ev.source, ev.target, ev.evidence)


# deeds a criticism names by their noun alone, with the roots of the acts each may stand for (None: any act of
# pressure or force, DEED_ROOTS)
DEED_ROOTS = {"13", "14", "15", "16", "17", "18", "19", "20"}
_FORCE = {"17", "18", "19", "20"}
DEED_NOUNS = {
    "decision": None, "move": None, "step": None, "measure": None, "action": None, "announcement": None,
    "expulsion": {"16", "17"}, "restriction": {"16", "17"}, "ban": {"16", "17"}, "sanction": {"16"},
    "closure": {"16", "17"}, "withdrawal": {"13", "16"}, "suspension": {"16"},
    "raid": _FORCE, "attack": _FORCE, "strike": _FORCE, "airstrike": _FORCE, "killing": _FORCE,
    "assault": _FORCE, "bombing": _FORCE, "shooting": _FORCE, "invasion": _FORCE, "incursion": _FORCE,
    "seizure": _FORCE, "arrest": {"17"}, "detention": {"17"},
    "launch": {"15", "19"}, "test": {"15", "19"}, "drill": {"15"}, "exercise": {"15"}, "deployment": {"15"},
    "diversion": _FORCE, "landing": _FORCE, "blockade": {"16", "17", "19"}, "crackdown": {"17", "18"},
    "execution": {"17", "18", "20"}, "embargo": {"16"}, "order": {"10", "13", "16", "17"}, "designation": {"16", "17"},
    "ultimatum": {"13"}, "demolition": _FORCE, "destruction": _FORCE, "explosion": _FORCE, "blast": _FORCE,
    "shelling": _FORCE, "bombardment": _FORCE, "resolution": {"02", "10", "11", "16", "17"},
}
# deeds of one kind: the words one of which an act's telling has to be that deed
LAUNCHED = {"missile", "missiles", "rocket", "rockets", "launched", "fired", "test-fired", "launch"}
DEED_WORDS = {"launch": LAUNCHED, "test": LAUNCHED | {"test", "tests", "tested", "nuclear"}}
JUDGED_ROOTS = {"11", "12"}
DEICTIC_DETS = {"the", "this", "these", "that", "those", "such"}


LIKEWISE = (None, None)  # an act done "also" by another: on whom it was last done (see fill_counterparts)
LIKEWISE_WORDS = {"also", "likewise", "similarly", "too"}


def _done_likewise(verb) -> bool:
    """`verb` says its act is done as another did it before: "the European Union also halted its budget support"."""
    return any(c.dep_ == "advmod" and c.lower_ in LIKEWISE_WORDS for c in verb.children)


ASIDE_DEED_NOUNS = {"move", "step", "decision", "deal", "measure", "action", "pact", "agreement", "act"}
ASIDE_ROOTS = {"05", "11", "12"}


def _deed_aside(act: Act) -> list | None:
    """The subjects of the clause whose act a judgment told aside names ("Pakistan launched a campaign ..., a move the
    Taliban government condemned", "signed a security pact with the Solomon Islands, a deal Australia called deeply
    disappointing"): who took the step. None where the judgment is no such aside."""
    verb = act.clause.verb
    noun = verb.head
    if act.code[:2] not in ASIDE_ROOTS or verb.dep_ != "relcl" or noun.lemma_.lower() not in ASIDE_DEED_NOUNS or any(
            c.dep_ == "dobj" for c in verb.children) or noun.dep_ not in ("npadvmod", "dobj", "appos", "attr"):
        return None
    if not any(c.dep_ == "punct" and c.text == "," for c in noun.doc[noun.left_edge.i - 1:noun.left_edge.i]):
        return None  # (told after a comma, of what was told before it; not "the move they condemned")
    doing = _governor(noun)
    subjects = [c for c in doing.children if c.dep_ in ("nsubj", "nsubjpass")] if doing is not None else []
    return subjects or None


def _judged_deed(act: Act) -> tuple[set[str], set[str] | None] | None:
    """The roots of the acts a deed may be that a criticism or rejection names with no one's name ("condemned the
    expulsions", "called the decision regrettable", "said the move was unjustified", "condemned it"): the deed is one
    the article told before; with the words one of which its telling must have, for a deed of one kind ("the
    launch": of a missile or rocket)."""
    if act.code[:2] not in JUDGED_ROOTS:
        return None
    verb = act.clause.verb
    nouns = act.clause.subjects if _said_of(act) == SAID_OF_OWNER else [c for c in verb.children if c.dep_ == "dobj"]
    # (the thing called so, which the parser may hang on the word it is called: "called the decision regrettable")
    nouns += [c for o in verb.children if o.dep_ in ("oprd", "xcomp", "ccomp") and o.pos_ == "ADJ"
              for c in o.children if c.dep_ in ("compound", "nsubj") and c.i < o.i]
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if noun.lower_ == "it" and noun.dep_ == "dobj":
            return DEED_ROOTS, None  # "condemned it as an unprovoked violation of its airspace": the deed just told
        # (a phrase of how it is judged is no word of the deed's: "condemned the raid in the strongest terms")
        if noun.pos_ == "NOUN" and lemma in DEED_NOUNS and any(
                c.dep_ == "det" and c.lower_ in DEICTIC_DETS for c in noun.children) and not any(
                c.dep_ in ("poss", "acl", "relcl") or (c.dep_ == "prep" and not _manner(c)) for c in noun.children):
            return DEED_NOUNS[lemma] or DEED_ROOTS, DEED_WORDS.get(lemma)
    return None


def _manner(prep) -> bool:
    """A phrase of how something is said or done: "in the strongest terms", "in the strongest possible way"."""
    return prep.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in MANNER_NOUNS for o in prep.children)


MANNER_NOUNS = {"term", "way", "manner", "language", "word", "fashion"}
MEDIATING_VERBS = {"mediate", "broker", "host", "facilitate", "sponsor", "arrange"}
PLANNED = {"proposed", "planned", "possible", "potential", "upcoming", "future", "expected", "prospective", "new",
           "further", "next"}


def _not_held(noun, by_verb: dict[int, Clause]) -> bool:
    """A meeting only planned, proposed or hoped for: described so, or named under a verb of the future, of intent
    or of a condition."""
    if any(c.dep_ == "amod" and c.lower_ in PLANNED for c in noun.children):
        return True
    if noun.head.lemma_.lower() in MEDIATING_VERBS:
        return True  # "Egypt mediated talks between Israel and Hamas": the mediator's act (045), the sides apart
    for verb in (a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")):
        clause = by_verb.get(verb.i) or clause_of(verb)
        if clause is not None and (clause.future or clause.intent or clause.hypothetical or clause.negated
                                   or clause.conditioned):
            return True
    return False


def _raised_objects(verb) -> list:
    """The object a verb ending in a bare preposition shares with the verb coordinated after it ("fired on and
    seized three vessels", "protested against and condemned the decision")."""
    # (the parser may call it a particle: "fired on")
    if not any((c.dep_ == "prep" or (c.dep_ == "prt" and c.lower_ in TARGET_PREPS)) and c.i > verb.i
               and not any(p.dep_ in ("pobj", "pcomp") for p in c.children) for c in verb.children):
        return []
    return [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj"]


# words that charge whom a statement is about with a wrong: "said Riyadh was using the incident as a pretext"
ACCUSING_WORDS = JUDGMENTS | {
    "violate", "violation", "conspire", "conspiracy", "meddle", "interfere", "interference", "endanger", "destabilize",
    "destabilise", "provoke", "provocation", "pretext", "lie", "mistake", "blame", "aggression", "aggressive", "crime",
    "genocide", "invade", "invasion", "sabotage", "espionage", "spy", "hack", "harbour", "harbor", "sponsor",
    "terrorism", "terrorist", "undermine", "betray", "betrayal", "renege", "flout", "defy", "hostage", "torture",
    "persecute", "oppress", "repress", "intimidate", "bully", "blackmail", "trouble", "outlaw", "rogue", "fuel",
    "hypocrisy", "puppet", "occupation", "atrocity", "massacre", "abuse", "threat", "risk", "danger", "insult"}
SAID_OF_OWNER, SAID_OF_SUBJECT = "owner", "subject"
JUDGING_NOUNS = {"interference", "violation", "breach", "provocation", "aggression", "insult", "affront", "mistake",
                 "lie", "farce", "blackmail", "outrage", "betrayal", "treachery", "stab"}  # "said the call was a blatant
# interference", "said the move was a stab in the back by Australia"


def _said_of(act: Act) -> str | None:
    """A wording that acts on another than its subject, by whoever says it: a thing judged in so many words ("the
    comments were unacceptable": a criticism of the thing's owner) or a price to pay ("Washington would pay a
    price": a threat to the subject)."""
    verb, root = act.match.pattern.verb, act.code[:2]
    if verb == "be" and root == "11" and any(t.lower_ in JUDGMENTS or t.lemma_.lower() in JUDGING_NOUNS
                                             for t in act.match.tokens):
        return SAID_OF_OWNER
    if verb in ("pay", "face", "receive", "have") and root == "13":
        return SAID_OF_SUBJECT
    return None


def _speakers(clause: Clause, actors: DocumentActors) -> list[Resolved]:
    """Who says what a reported clause says ("Rutte said on Sunday the comments were unacceptable"); none when no one
    reports it (a judgment in the writer's own words is no event)."""
    verb = clause.verb
    while verb.dep_ == "xcomp":  # ("said Washington would have to pay a heavy price")
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return []
    speaker = verb.head
    while speaker.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in speaker.children):
        speaker = speaker.head  # ("denied the charge and said it was baseless": the first verb's speaker)
    return _subjects_of(speaker, actors)


def _governed(verb, by_verb: dict[int, Clause]) -> Clause | None:
    """For an infinitive coordinated with another ("threatened to expel diplomats and close the consulate"), the
    governor's clause with this one as its complement, read without the first one's words: "close" is threatened
    too. None for any other verb."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i == verb.i or first.dep_ != "xcomp" or first.head.pos_ not in ("VERB", "AUX"):
        return None
    outer = by_verb.get(first.head.i) or clause_of(first.head)
    drop = {t.i for t in first.subtree} - {t.i for t in verb.subtree} - {c.i for c in first.children if c.dep_ == "aux"}
    return replace(outer, xcomp=verb, frame=[t for t in outer.frame if t.i not in drop])


def _refusing(verb) -> bool:
    """"will not", "cannot", "would not": a negated act announced as the speaker's choice."""
    return any(c.dep_ == "aux" and c.lower_ in REFUSAL_AUX for c in verb.children)


def _governor(tok):
    """The verb a noun phrase hangs on, through prepositions and coordination."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _claimed_own_attack(clause: Clause, act: Act) -> bool:
    """"The Houthis claimed that they had attacked the airport": what is asserted is the claim of
    responsibility (015), aimed at whom the attack hit; the attack itself is only claimed."""
    return (clause.reported and act.modality == "asserted" and act.code[:2] in VIOLENT_ROOTS and bool(clause.subjects)
            and all(s.pos_ == "PRON" for s in clause.subjects)
            and _reporting_verb(clause.verb).lemma_.lower() in CLAIMING_VERBS)


def _reporting_verb(verb):
    """The verb of saying a reported clause hangs on (through "is ready to" and coordination)."""
    tok = verb.head.head if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" else verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    message = message_of(tok)
    return message.head if message is not None else tok.head  # "issued a reminder that ...": who issued it


# What a protest is made against, when the protest's own words name no one: "in defiance of Chinese authorities",
# "to show their disapproval for the United States' policies", "to protest Sweden's decision"
AIM_NOUNS = {"protest", "defiance", "opposition", "disapproval", "anger", "outrage", "indignation", "displeasure",
             "discontent", "dissatisfaction", "rejection", "condemnation", "fury"}
AIM_VERBS = {"protest", "denounce", "condemn", "oppose", "decry", "defy", "challenge", "reject"}
SHOW_VERBS = {"show", "express", "voice", "register", "vent", "demonstrate", "signal"}
AIM_PREPS = {"against", "at", "of", "over", "to", "for", "with", "toward", "towards"}


def _protest_aim(verb, actors: DocumentActors) -> list[Resolved]:
    """Whom a protest is aimed at, named in its purpose ("to protest X", "to show anger at X") or in a phrase of
    protest on the verb ("in defiance of X", "in protest at X"): the first placed actor found there."""
    aims = [p for p in prep_objects(verb, ("in",)) if p.lemma_.lower() in AIM_NOUNS]
    for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"):
        lemma = purpose.lemma_.lower()
        objects = [c for c in purpose.children if c.dep_ in ("dobj", "obj")]
        if lemma in AIM_VERBS:  # "to protest Sweden's decision", "to protest against the verdict"
            return _placed_in(objects + prep_objects(purpose, AIM_PREPS), actors)
        if lemma in SHOW_VERBS:
            aims += [o for o in objects if o.lemma_.lower() in AIM_NOUNS]
    named = [p for aim in aims for p in prep_objects(aim, AIM_PREPS)]
    return _placed_in(named, actors)


def _placed_in(heads, actors: DocumentActors) -> list[Resolved]:
    """The first of `heads` that names a placed actor, itself or as a thing's owner ("Sweden's decision")."""
    for head in heads:
        res = actors.resolve(head) or actors.owned(head)
        if res is not None and known(res.actor):
            return [r for r in SentenceCoder._as_targets(head, actors) if known(r.actor)] or [res]
    return []


def _implied_target(source: Resolved, code: str) -> Resolved | None:
    """The target an act implies when the text names none, of the source's country: its government, for a
    domestic protest or a protest called off by those who held it (not by the government itself); its people, for
    a curfew, a state of emergency or martial law. The text names no such actor, so it has no words and no span:
    its text is empty. None for other acts."""
    a = source.actor
    if not a.country:
        return None
    if code in HOME_MEASURES and a.sector in MEASURING_SECTORS:
        sector = "CVL"  # "prepared to impose martial law", "lifted the curfew": a state's measure on its own people
    elif (code[:2] == "14" and a.sector not in MEASURING_SECTORS - {None}) or (
            code[:3] == SCALED_BACK_PROTEST and a.sector in COMPATRIOT_SECTORS):
        sector = "GOV"  # (not by a state's organs: "Beijing, which boycotted the proceedings", against no one at home)
    else:
        return None
    return Resolved(Actor("", None, a.country + sector, a.country, sector, None), source.head, source.start,
                    source.end)


STATE_SECTORS = {None, "GOV", "DIP", "LEG", "MIL", "JUD"}  # a state and its organs
# curfews, states of emergency and martial law: imposed, threatened or eased, on a country's own people
HOME_MEASURES = {"1723", "1724", "1323", "1324", "0813", "0814"}
HOME_SECTORS = {"GOV", "COP", "JUD", "LEG"}  # institutions that act on their own country's people
COMPATRIOT_SECTORS = {"CVL", "REB", "OPP", "PTY", "LAB", "EDU", "MED", "REL", "BUS", "CRM", "HRI"}
STATE_TARGET_SECTORS = {"GOV", "LEG", "MIL", "COP"}  # officials a country's own courts and police pursue
COERCING_SECTORS = HOME_SECTORS | {None}  # a state or its institutions, arresting or detaining
COERCED_SECTORS = COMPATRIOT_SECTORS | {"MIL", "COP"}  # ... their own people, soldiers and police included
MEASURING_SECTORS = STATE_SECTORS | HOME_SECTORS  # those who impose a curfew or martial law
STATE_FORCE_SECTORS = HOME_SECTORS | {"MIL"}  # the state a country's own people clash with
DOMESTIC_TARGET_SECTORS = {"OPP", "PTY", "MED", "LAB", "EDU", "REL", "HRI"}  # a country's own political life


def _at_home(sources: list[Resolved], targets: list[Resolved], code: str) -> list[Resolved]:
    """A state's own institutions acting on people of no named country ("the government accepted demands from
    rebels", "police arrested protesters"), or a state arresting or detaining them ("Turkey detained thousands
    of soldiers"): the people are the institution's compatriots."""
    if code[:2] == "17":
        return _place_all(targets, _one_country(sources, COERCING_SECTORS), COERCED_SECTORS)
    return _place_all(targets, _one_country(sources, HOME_SECTORS), COMPATRIOT_SECTORS)


def _home_of(sources: list[Resolved], targets: list[Resolved]) -> list[Resolved]:
    """An official of no named country acting on a country's opposition, parties, press or unions ("President
    Museveni banned Ugandan opposition candidates") is that country's official; a judge or police of no named
    country acting on a country's officials ("Judge Alejandro Rivera opened investigations against 28 Chilean
    government officials") are that country's."""
    sources = _place_all(sources, _one_country(targets, DOMESTIC_TARGET_SECTORS), HOME_SECTORS)
    return _place_all(sources, _one_country(targets, STATE_TARGET_SECTORS), {"JUD", "COP"})


def _reciprocal(act: Act, sources: list[Resolved]) -> tuple[bool, bool]:
    """Whether partners named together do the act to each other, and whether it is a swap ("Russia and Ukraine
    exchanged prisoners", "carried out a prisoner swap": each releases to the other)."""
    if len(sources) < 2 or act.code.startswith(ONE_WAY_CODES):
        return False, False
    swapped = any(t.lemma_.lower() in SWAP_WORDS for t in (act.clause.verb, *act.match.tokens))
    # ("Thai and Cambodian troops pounded each other's positions": whatever the act, to each other)
    each_other = any(t.lower_ in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one")
                     for t in act.clause.frame)
    mutual = act.code[:2] in RECIPROCAL_ROOTS or act.code in RECIPROCAL_CODES or act.mutual or swapped or each_other
    if act.code[:2] == "19" and not (act.mutual or swapped or each_other) and \
            act.match.pattern.verb not in CLASHING_VERBS:
        # ("U.S. and British warships shot down 21 drones": partners who fight together fight a third, named or not;
        # those who clash or fight fight each other)
        mutual = False
    return mutual, mutual and swapped


def _answered(act: Act, clause: Clause, actors: DocumentActors) -> Resolved | None:
    """Whose act an act answers, named as its owner and placed in a country: "in retaliation for Moscow's
    interference", "in response to Washington's decision", said of the act, of its clause or of what the clause
    says will be done ("warned that it would take measures in response to Finland's membership")."""
    said = [act.clause.verb, clause.verb, *(c for c in clause.verb.children if c.dep_ in ("ccomp", "xcomp"))]
    for reply in (r for verb in said for r in prep_objects(verb, ("in",))):
        if reply.lemma_.lower() not in ("retaliation", "response", "reprisal"):
            continue
        for deed in prep_objects(reply, ("for", "to")):
            for owner in (c for c in deed.children if c.dep_ == "poss"):
                res = actors.resolve(owner)
                if res is not None and res.actor.country:
                    return res
    return None


def _their_state(sources: list[Resolved], targets: list[Resolved]) -> list[Resolved]:
    """A country's own people acting on state institutions of no named country ("opponents of the Maldives
    government clashed with police"): their own state's."""
    return _place_all(targets, _one_country(sources, COMPATRIOT_SECTORS), STATE_FORCE_SECTORS)


def _one_country(resolved: list[Resolved], sectors: set[str] | None = None) -> str | None:
    """The one country of the actors of these sectors (of any, by default), if they are of one."""
    found = {r.actor.country for r in resolved if r.actor.country and (sectors is None or r.actor.sector in sectors)}
    return found.pop() if len(found) == 1 else None


def _place_all(resolved: list[Resolved], country: str | None, sectors: set[str]) -> list[Resolved]:
    """Actors of these sectors and no country, placed in `country`."""
    if country is None:
        return resolved
    return [r.placed(country) if r.actor.code and r.actor.code.startswith(UNKNOWN_COUNTRY) and r.actor.sector in sectors else r
            for r in resolved]


def _undone_purpose(verb, undone: set[int], codes: dict[int, str | None]) -> bool:
    """A purpose ("to" + verb) of an act not done, or of an appeal or demand: no more done than what it serves.
    "US forces must ensure security to allow supplies to reach the needy", "is willing to send material to help
    defend Saudi Arabia", "demanded a Security Council meeting to discuss ..."; and the verbs joined to it ("called
    on Arabs to unite and mobilize against Sharon")."""
    if verb.dep_ == "conj" and verb.tag_ == "VB":
        return verb.head.i in undone and _undone_purpose(verb.head, undone, codes)
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.head.i in undone or (codes.get(verb.head.i) or "")[:2] in ASKED_ROOTS


def _charged(verb, codes: dict[int, str | None]) -> bool:
    """A participle that continues the list of what an accusation charges ("accused the United States of
    violating human rights, ignoring international law and ..."): part of the charge, not an act of the accuser."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or (codes.get(head.i) or "")[:2] != "11":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.lemma_.lower() in REPORTING_VERBS:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("of", "for", "with") and p.i < verb.i
               and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children) for p in head.children)


def _doer(noun) -> list:
    """Who did the deed a noun names: its "by" phrase, or that of the participle that describes it ("crimes
    committed by Croat forces"), or, as the parser often hangs it, that of the active verb it is the object of
    ("condemned the shelling of Kurdish towns by the Turkish army")."""
    if noun.pos_ != "NOUN":
        return []
    # (and where the parser hangs it on the "of" object: "the expulsion of 23 Russian diplomats by Britain")
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), *prep_objects(noun, ("of",))]
    if noun.dep_ == "dobj" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in noun.head.children):
        heads.append(noun.head)
    return [p for h in heads for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj"][:1]


def _object_of(tok, preps) -> bool:
    """`tok` is the object of one of the prepositions `preps` ("sanctions on Russia": "Russia", of "on")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in preps


def _in_background(tok, verb) -> bool:
    """`tok` sits in a phrase of time or cause: "after a meeting in Vienna", "during talks in Doha"."""
    return adjunct_of(tok, verb, BACKGROUND_PREPS) is not None


def _setting(tok) -> bool:
    """`tok` names where the sentence is set, in a phrase that opens it: "In Brussels, EU foreign ministers agreed
    travel bans" (where they met, not whom they aimed at)."""
    prep = tok.head
    return prep.i == prep.sent.start and prep.right_edge.i + 1 < prep.sent.end and \
        prep.doc[prep.right_edge.i + 1].text == ","


def _at_meeting(tok, verb) -> bool:
    """`tok` names where a meeting was held: "pledged aid at a donors' conference in Kuwait"."""
    return any(cur.pos_ == "NOUN" and cur.lemma_.lower() in MEETING_NOUNS for cur in path_to(tok.head, verb))


def _of_a_kind(actor: Actor) -> bool:
    """A kind of actor of no named country: "---GOV", not a bare "---"."""
    return bool(actor.code and actor.code.startswith(UNKNOWN_COUNTRY) and actor.sector)


def _by_its_sources(act: Act, sources: list[Resolved], actors: DocumentActors) -> Act:
    """The code an act takes from who does it: a state that protests lodges a complaint (114), peacekeepers who
    arrive are deployed (074), a show of force staged by several countries together is cooperation (062), troops
    sent (or arriving) to help are protection given (074), not funds or lobbies mobilised ("mobilized pressure
    groups to help support ..."), and force a crowd uses short of killing is a riot (145), while police or troops
    storming a building coerce (170); a spokesman who hits back criticises (111)."""
    code = act.code
    if code[:2] == "14" and act.match.pattern.verb == "protest" and all(
            r.actor.sector in STATE_SECTORS and actors.doc[r.head].tag_ not in ("NNS", "NNPS")
            for r in sources):  # (not "Albanians protested in Tirana": a people, not its state; a ministry of a
        # country the sentence does not name is a state's still: "The foreign ministry summoned ... to protest")
        code = "114"
    elif code == "042" and (any(PEACEKEEPING_WORDS & {t.lower_ for t in actors.doc[r.start:r.end]} for r in sources)
                            or PEACEKEEPING_WORDS & {t.lower_ for t in act.clause.frame}):
        code = "074"
    elif code == "150" and len({r.actor.country for r in sources if r.actor.country}) > 1:
        code = "062"  # "French and Egyptian warships launched war games"
    elif ((code[:2] == "15" and act.match.pattern.length > 0) or (
            code == "042" and any(r.actor.sector == "MIL" for r in sources))) and _helping(act.clause.verb):
        code = "074"  # "sent paratroopers to Lebanon to help the country patrol its borders": protection given
    elif code in VISIT_CODES and any(actors.doc[r.head].lemma_.lower() in FORCE_NOUNS for r in sources):
        code = "150"  # "Chinese warplanes flew close to the median line": a show of force, not a visit
    elif act.match.pattern.text in RETORTS and all(r.actor.sector not in FORCE_SECTORS for r in sources) and (
            all(r.person for r in sources) or _told_in_words(act.clause.verb)):
        code = "111"  # "foreign ministry spokesman Geng Shuang hit back, saying ...", "China hit back at Washington,
        # calling the sanctions illegal": words, not arms
    elif act.match.pattern.text in RETORTS and any(r.actor.sector in FORCE_SECTORS for r in sources):
        code = "190"  # "Israeli troops hit back after rockets were fired from Gaza": with arms
    elif code[:2] in ("18", "19") and code not in DEADLY_CODES and act.match.pattern.verb not in KILLING_VERBS and all(
            _crowd(actors.doc[r.head]) for r in sources):
        code = RIOT  # "protesters stormed the president's residence", "demonstrators attacked Japanese-owned shops"
    elif code == RIOT and act.match.pattern.length > 0 and all(r.actor.sector in ("COP", "MIL", "SPY") for r in sources):
        code = "170"  # "Ecuadorian police forced their way into the Mexican embassy": force a state uses, no riot
    elif (code in ("180", "190", "182") or code.startswith("183")) and (bombing := _attack_by(act.clause)):
        code = bombing  # "A suicide car bomb struck the Indian embassy": a bombing, no battle; "missiles struck": 195
    return act if code == act.code else Act(act.match, act.clause, code, act.modality, act.confidence)


WARNING_VERBS = {"warn", "caution"}
# what a warning that names them threatens: a reply, force or a price
REPLY_WORDS = {"response", "respond", "retaliation", "retaliate", "consequence", "price", "reprisal", "force", "attack",
               "war", "strike", "measure", "action", "punishment", "countermeasure", "sanction", "step", "pay", "face",
               "forces", "troops", "army", "military", "option"}


def _foreboding(act: Act, actors: DocumentActors) -> bool:
    """A bare warning of what things will come to ("warned that the talks could collapse", "cautioned that disaster
    diplomacy alone would not settle the disputes"): no one warned, no actor in what is foretold, and no reply, force
    or price in it; a pessimistic comment (012), not a threat."""
    verb = act.clause.verb
    if act.code != "130" or act.match.pattern.verb not in WARNING_VERBS or act.match.pattern.length > 1 or any(
            c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    told = [c for c in verb.children if c.dep_ == "ccomp"]
    subjects = [s for c in told for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    # (nor a condition put: "warned that all options are open if Egypt's share of the water is harmed")
    return bool(subjects) and all(s.pos_ == "NOUN" and actors.resolve(s) is None for s in subjects) and not any(
        t.lemma_.lower() in REPLY_WORDS or is_condition(t) for c in told for t in c.subtree)


SHOWING_NOUNS = {"show", "force", "display", "demonstration", "warning", "message", "signal"}
DRILL_NOUNS = {"drill", "exercise", "manoeuvre", "maneuver", "game", "patrol"}


def _shown_against(act: Act, actors: DocumentActors) -> list[Resolved]:
    """Whom a show of force (or a drill) is meant for, named in a phrase of the act's own clause: "in a show of force
    against Pyongyang", "in a warning to North Korea", "drills aimed at Taiwan"."""
    verb = act.clause.verb
    if not (act.code[:2] == "15" or (act.code == "062" and any(
            t.lemma_.lower() in DRILL_NOUNS for t in (verb, *act.match.tokens)))):
        return []
    for prep in (t for t in verb.subtree if t.dep_ == "prep"):
        head = prep.head
        if not ((prep.lower_ in ("against", "to") and head.lemma_.lower() in SHOWING_NOUNS) or (
                prep.lower_ == "at" and head.lemma_.lower() in AIMING_VERBS and head.dep_ == "acl")):
            continue
        # (in this clause, not one below it: "drills that showed the force the army would use against rebels")
        up = _governor(head) if head.dep_ == "acl" else _governor(prep)
        if up is None or up.i != verb.i:
            continue
        found = [r for o in prep.children if o.dep_ == "pobj" for r in actors.resolve_all(o) if known(r.actor)]
        if found:
            return found
    return []


RIOT = "145"
# bombs that do what the verb says, by their kind: the most specific first
BOMB_KINDS = (("suicide", "1831"), ("car", "1832"), ("truck", "1832"), ("roadside", "1833"), ("bomb", "183"),
              ("bombing", "183"))


def _sequel_date(sent, article_date: str | None) -> tuple[str, str] | None:
    """(date, words) of the sentence before `sent` in its paragraph, when its main clause names a day of the week
    before publication: the day of a past act told next with no date of its own."""
    doc = sent.doc
    if sent.start == 0 or not article_date:
        return None
    before = doc[sent.start - 1].sent
    if "\n" in doc.text[before.end_char:sent.start_char]:
        return None
    date, words, _ = clause_dates(before.root, frame_of(before.root), article_date)
    if words is None or not date or not (0 < (parse_iso(article_date) - parse_iso(date)).days <= 7):
        return None
    return date, words


def _told_in_speech(clause: Clause) -> bool:
    """Whether the clause tells what a speech, a sermon or a broadcast did: "a sermon ... in which he attacked"."""
    return clause.verb.dep_ == "relcl" and clause.verb.head.lemma_.lower() in SPEECH_NOUNS


def _attack_by(clause: Clause) -> str | None:
    """The code of an attack whose subject is a bomb ("A suicide car bomb struck the Indian embassy": 1831) or a
    weapon of war ("Russian missiles hit a children's hospital": 195, "shells": 194, "drones": 1952), else None."""
    for subject in clause.agents if clause.passive else clause.subjects:  # (not the warplane shot down)
        lemma = subject.lemma_.lower()
        words = {t.lower_ for t in subject.subtree if t.i <= subject.i}
        # (a bomber is a person only as a suicide or car bomber: "US B-2 bombers struck ..." are aircraft)
        if lemma in ("bomb", "bombing") or (lemma == "bomber" and words & {"suicide", "car", "truck"}):
            return next((code for word, code in BOMB_KINDS if word in words or word == lemma), "183")
        if lemma in WEAPON_CODES:
            return WEAPON_CODES[lemma]
        if lemma in SPEECH_NOUNS:
            return "111"  # "a sermon ... that attacked the UAE": an attack in words
    return None


SPEECH_NOUNS = {"sermon", "speech", "article", "editorial", "statement", "comment", "remark", "commentary", "column",
                "report", "broadcast", "programme", "program", "documentary", "post", "tweet", "letter", "book", "film",
                "interview", "address", "appearance", "television", "radio", "newspaper", "op-ed"}
IMPACT_VERBS = {"hit", "strike", "slam", "pound", "smash", "rain"}
WEAPON_CODES = {"missile": "195", "rocket": "195", "airstrike": "195", "warplane": "195", "bomber": "195",
                "shell": "194", "mortar": "194", "artillery": "194", "drone": "1952", "uav": "1952"}


AUDIENCE_NOUNS = {"reporter", "journalist", "press", "correspondent", "newsman", "newsmen", "newspaper", "media",
                  "audience", "crowd", "supporter", "broadcaster", "television", "radio"}


def _one_side(a: Actor, b: Actor) -> bool:
    """Whether two actors are of one country, or of one organisation."""
    return (a.country is not None and a.country == b.country) or (
        a.country is None and b.country is None and (a.code or "")[:6] == (b.code or "")[:6])


def _audience(tok) -> bool:
    """Whether `tok` is whom a statement is made to: "told reporters", "speaking to a crowd" (not what it is about:
    "declined to comment on the arrest of the American reporter")."""
    return tok.lemma_.lower() in AUDIENCE_NOUNS and (
        tok.dep_ in ("dobj", "dative") or (tok.dep_ == "pobj" and tok.head.lower_ in ("to", "before")))


RETORTS = {"hit back", "strike back", "fire back"}  # a blow returned: in words, when a person of no force returns it
RETORT_WORDS = REPORTING_VERBS | {"call", "accuse", "dismiss", "describe", "brand"}


def _told_in_words(verb) -> bool:
    """Whether what `verb` does is told as words said with it: "hit back, saying ...", "calling the sanctions ..."."""
    return any(c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in RETORT_WORDS
               for c in verb.children)
FORCE_SECTORS = {"MIL", "COP", "REB", "SPY"}
CROWD_NOUNS = {"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher"}
DEADLY_CODES = {"1823", "183", "1831", "1832", "1833", "185", "186"}  # killing, bombing, assassination: no riot
KILLING_VERBS = {"kill", "murder", "lynch", "behead", "execute", "shoot", "stab", "massacre"}


def _crowd(tok) -> bool:
    """`tok` names a crowd: "protesters", "thousands of demonstrators"."""
    return tok.lemma_.lower() in CROWD_NOUNS or any(o.lemma_.lower() in CROWD_NOUNS for o in prep_objects(tok, ("of",)))


def _done_for(tok, verbs: set[int]) -> bool:
    """Whether `tok` is the one a purpose below the act's `verbs` benefits: "to restore President Bazoum", "to
    protect civilians"."""
    head = tok.head
    return tok.dep_ in OBJECT_DEPS and head.pos_ == "VERB" and head.lemma_.lower() in BENEFIT_VERBS and \
        head.i not in verbs


def _by_code(resolved: list[Resolved]) -> list[list[Resolved]]:
    """Actors grouped by their code, in the order each code first appears."""
    groups: dict[str, list[Resolved]] = {}
    for r in resolved:
        groups.setdefault(r.actor.code, []).append(r)
    return list(groups.values())


def _coordination(resolved: list[Resolved], actors: DocumentActors) -> list[Resolved]:
    """Actors named in one coordination ("Jordan and Britain agreed ...") each keep their code; their words are
    the whole coordination, as the text names them together. Copies: the document's resolutions are kept."""
    if len({r.head for r in resolved}) < 2:
        return resolved
    lo, hi = min(r.start for r in resolved), max(r.end for r in resolved)
    if hi - lo > 12 * len(resolved):
        return resolved  # actors far apart are not one phrase
    return [r.worded(actors.doc, lo, hi) for r in resolved]


def _joined(tok) -> bool:
    """A conjunct joined to the one before it by "and": "China and the Eurasia Economic Union"."""
    return tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.head.children)


def _worded_alike(a: Actor, b: Actor) -> bool:
    """The same words but for the article ("the police", "police")."""
    def words(x):
        return [w for w in x.text.lower().split() if w not in ("the", "a", "an")]
    return words(a) == words(b) or a.span == b.span


def _owned_by_pronoun(tok) -> bool:
    """"her government", "its police": whose, the pronoun says, and it stands for an actor named before."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def _unplaced(actor: Actor) -> bool:
    """A named actor no table places: "---" and nothing else."""
    return actor.code == UNKNOWN_COUNTRY and not actor.sector


def _sources_own(code: str, tok, res: Resolved, home: set) -> bool:
    """What belongs to the source rather than being acted on: its own people or things ("strengthened its forces",
    "recalled its ambassador"), what a cut takes from it ("threatening to pull US funding"), or the forces a
    deployment sends, named by no country of their own ("sent 200 troops in Syria")."""
    ours = res.actor.country in home
    if ours and any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in tok.children):
        return True
    if code[:2] in ("13", "16") and ours and not res.actor.sector and tok.pos_ == "NOUN" and tok.dep_ in OBJECT_DEPS:
        return True
    if code in CEASEFIRE_CODES and ours and res.actor.sector in ("MIL", "COP"):
        return True  # "ordered the withdrawal of Russian troops from the west bank of the Dnipro": from where
    return (code[:2] == "15" or code == "074") and tok.dep_ in OBJECT_DEPS and res.actor.sector in ("MIL", "COP") \
        and not any(t.ent_type_ in ("GPE", "NORP") for t in tok.doc[res.start:res.end])


def _helping(verb) -> bool:
    """The act's purpose is to help someone ("to help the country patrol its borders") or to keep the peace ("to
    serve as a peacekeeping force", "to join the UN peacekeeping mission")."""
    for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        if purpose.lemma_.lower() in HELP_VERBS or PEACEKEEPING_WORDS & {t.lower_ for t in purpose.subtree}:
            return True
    return False


def _helped(verb) -> list:
    """The objects of an act's purpose of help ("to help defend Saudi Arabia", "to assist Haiti"), each verb of
    help with the verbs it governs ("help defend")."""
    out = []
    for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELP_VERBS
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        verbs = [purpose, *(c for c in purpose.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
        out += [o for v in verbs for o in v.children if o.dep_ in ("dobj", "obj")]
    return out


def _measured(tok):
    """What an amount is an amount of ("$60 billion of U.S. products", "$200 billion worth of Chinese goods"),
    or the token itself."""
    if tok.ent_type_ not in AMOUNT_ENTITIES and tok.lemma_.lower() != "worth":
        return tok
    worth = [c for c in tok.children if c.lemma_.lower() == "worth"]
    return next(iter(prep_objects(tok, ("of",)) or [p for w in worth for p in prep_objects(w, ("of",))]), tok)


def _worded_act(tok, act: Act) -> bool:
    """The noun a support verb's pattern names the act by ("imposed blockades in Darfur"): the act, neither a site
    it struck nor an actor it was done to."""
    head = act.match.pattern.head
    return head is not None and act.match.tokens[head].i == tok.i


HELP_VERBS = {"help", "assist", "aid", "support", "defend", "protect", "rebuild", "feed", "rescue", "strengthen",
              "bolster", "equip", "train"}


def _of_the_act(place, verbs: set[int]) -> bool:
    """A place (or a prepositional object) on the act's verb or on its object ("imposed a curfew in Kashmir",
    "announced a suspension of aid in Yemen", "resumed its funding for the UN agency"), not one deeper in the
    sentence ("in retaliation for the bombing in Kashmir", "to help the country care for Venezuelans")."""
    holder = place.head.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "of":
        holder = holder.head.head  # the object's "of" phrase is the object's
    return holder.i in verbs or (holder.dep_ in OBJECT_DEPS and holder.head.i in verbs)


PLACE_LABELS = ("GPE", "LOC", "FAC")  # what the recogniser names places by: "Abyei" is a FAC to it


def _part_of_place(tok) -> bool:
    """A part of a named place: "parts of Kashmir", "the town of Cizre"."""
    return tok.lemma_.lower() in PART_NOUNS and any(p.ent_type_ in PLACE_LABELS for p in prep_objects(tok, ("of",)))


def _pledged_not_to(verb) -> bool:
    """"agreed not to use force", "vowed not to retaliate": the pledge is made, of an act not to be done by its
    maker (not "did not agree to ...", "would not promise to ...", nor one told to another: "warned Beijing not to
    retaliate")."""
    pledged = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return pledged is not None and any(c.dep_ == "neg" for c in pledged.children) and not any(
        c.dep_ in ("neg", "dobj", "dative") or (c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may"))
        for c in verb.children)


def _where(tok) -> bool:
    """`tok` names where the act is done: a place (or a part of one) after "in", "near" ..., or the place a part of
    one is of ("in the Himalayan region of Ladakh")."""
    if _object_of(tok, ("of",)) and _part_of_place(tok.head.head):
        return _where(tok.head.head)
    return _object_of(tok, PLACE_PREPS) and (tok.ent_type_ in ("GPE", "LOC") or _part_of_place(tok))


def _venue(tok) -> bool:
    """A place said of the act itself ("clashed in the Galwan Valley", "in the Himalayan region of Ladakh"), not of
    what it is aimed at ("strikes against three sites in Syria")."""
    while _object_of(tok, ("of",)) and _part_of_place(tok.head.head):
        tok = tok.head.head
    return tok.head.head.pos_ in ("VERB", "AUX")


def _a_place(tok) -> bool:
    """A place's name, or a part of one ("parts of Kashmir"), not a thing ("tensions in Franco-German relations")."""
    return tok.ent_type_ in PLACE_LABELS or any(p.ent_type_ in PLACE_LABELS for p in prep_objects(tok, ("of",)))


def _located(code: str) -> bool:
    """An act aimed at where it is done (not a protest, aimed at those it is held against)."""
    return (code[:2] in LOCATED_ROOTS and code[:2] != "14") or code[:3] in LOCATED_THREATS or \
        code in CEASEFIRE_CODES or code in EASED_CODES


def _populace(place: Resolved) -> Resolved:
    """A place where an act is done, as its people: "a curfew in Algiers" is aimed at those who live there."""
    a = place.actor
    if not a.country or a.code != a.country:
        return place
    return place.placed(a.country, sector="CVL")


def _held_at(tok, act: Act) -> bool:
    """`tok` names where people freed were held ("freed 24 hostages from the Gaza Strip"), not whom they were freed
    to, or where an agreement or a meeting was held, not with whom."""
    if act.code[:2] in ("04", "05") and act.code not in VISIT_CODES | {"043"} and _object_of(tok, ("at",)) \
            and _venue(tok):
        return True  # where it was done: "signed a treaty at Prague Castle", "met at the Elysee Palace"
    return act.code[:3] in RELEASE_CODES and _object_of(tok, ("from",)) and tok.ent_type_ in PLACE_LABELS


def _of_itself(source: Resolved, target: Resolved, act: Act) -> bool:
    """A statement a state's people make of the state itself ("Trudeau told parliament that Canada was pursuing
    credible allegations"): no one else is its target."""
    return act.code == "010" and target.actor.country is not None and \
        target.actor.code == target.actor.country == source.actor.country


def _same(a: Resolved, b: Resolved) -> bool:
    """The same words, or the same actor's words (a pronoun stands in the words it refers to)."""
    if a.head == b.head or (a.start < b.end and b.start < a.end):
        return True
    x, y = a.actor.span, b.actor.span
    return x is not None and y is not None and x[0] < y[1] and y[0] < x[1]


def _copy(actor: Actor) -> Actor:
    return Actor(actor.text, actor.span, actor.code, actor.country, actor.sector, actor.name)


def _commands_own(clause: Clause, actors: DocumentActors) -> bool:
    """The clause's verb commands the subject's own forces or officials: "Putin ordered the Russian military"."""
    bosses = {r.actor.country for s in clause.subjects for r in [actors.resolve(s)] if r is not None}
    ordered = [r for o in clause.verb.children if o.dep_ == "dobj" for r in [actors.resolve(o)] if r is not None]
    return bool(ordered) and None not in bosses and all(
        r.actor.sector in ("MIL", "COP", "GOV") and r.actor.country in bosses for r in ordered)


def _relative_words(tok) -> list:
    """The words of the phrases of where the one `tok` names did what its relative clause tells ("the soldiers who
    seized power in Niger"), in order; not where it was done to them ("hostages held by Hamas in Gaza")."""
    return sorted((t for c in tok.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.tag_ in ("WP", "WDT") for s in c.children)
        for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "inside") for t in p.subtree), key=lambda t: t.i)


def _subjects_of(verb, actors: DocumentActors) -> list[Resolved]:
    """The actors a verb's own subjects name (the name after a dateline the parser took for the subject: "SOCHI,
    Russia - President Vladimir Putin said ...")."""
    return [r for c in verb.children if c.dep_ == "nsubj" for r in actors.resolve_all(after_dateline(c))]


def _has_no_subject(verb) -> bool:
    """`verb` names no subject of its own: one coordinated or hung on another shares that one's."""
    return verb.dep_ in ("conj", "advcl") and not _has_subject(verb)


def _reporter(verb):
    """The reporting verb above `verb` ("said"), if any."""
    cur = verb
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_.lower() in REPORTING_VERBS:
            return cur
    return None


def _listed_after(verb):
    """The verb of a clause hung on the first of a list of verbs, told before `verb`, in its tense, with a subject of
    its own: the act `verb` was listed with, where the parser coordinated `verb` with the clause above it ("The
    measures came a day after Riyadh expelled the ambassador, recalled its envoy ..." -> "expelled")."""
    if verb.dep_ != "conj" or _has_subject(verb):
        return None
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    told = [c for c in first.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ == verb.tag_
            and any(s.dep_ == "nsubj" for s in c.children)]
    return max(told, key=lambda c: c.i) if told else None


def _date_sharers(verb):
    """The verbs whose date is also `verb`'s when its own clause gives none, nearest first: the verbs it completes,
    reports or is the participle or purpose of ("cut ties on Tuesday, accusing Morocco of ...", "voted on Sunday to
    demand the expulsion", "said on Sunday it had downgraded relations"), and the
    verbs it is coordinated with in the same tense, sharing its subject ("expelled Canada's ambassador and froze
    all new trade on Sunday"), and first the act it was listed with (see `_listed_after`)."""
    listed = _listed_after(verb)
    if listed is not None:
        yield listed
    cur = verb
    while _dated_by_head(cur):
        cur = cur.head
        yield cur
    when = _time_told_when(cur)
    if when is not None:
        yield when
    yield from (c for c in verb.children if c.dep_ == "conj" and c.tag_ == verb.tag_ and not _has_subject(c))


def _time_told_when(verb):
    """The verb whose time a "when" clause on that time tells of ("were killed on Monday night when troops from the
    two sides fought"; "killed ... when troops fought", past, as a clause of the verb itself), else None."""
    if verb.tag_ not in ("VBD", "VBN") or not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark")
                                                  for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and head.tag_ in ("VBD", "VBN"):
        return head
    if verb.dep_ == "relcl" and head.ent_type_ in ("DATE", "TIME"):
        return _governor(head)
    return None


def _dated_by_head(verb) -> bool:
    """Whether the verb above `verb` tells when `verb`'s act was done, if `verb`'s clause does not."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "xcomp":
        return True  # "voted on Sunday to demand" (a purpose read as a complement)
    if verb.dep_ == "ccomp":
        return head.lemma_.lower() in REPORTING_VERBS  # "said on Sunday it had downgraded relations"
    if verb.dep_ == "conj":
        return verb.tag_ == head.tag_ and not _has_subject(verb)  # "expelled ... and froze ... on Sunday"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "as") for c in verb.children):
        return verb.tag_ == head.tag_ == "VBD"  # "freed Griner on Thursday, while Washington released Bout"
    if verb.dep_ == "advcl":  # "cut ties on Tuesday, accusing Morocco", "voted on Sunday to demand"
        return verb.tag_ in ("VBG", "VBN", "VB") and not _has_subject(verb) and not any(
            c.dep_ == "mark" for c in verb.children)
    return False


def _has_subject(verb) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _confidence(act: Act, clause: Clause, source: Actor, target: Actor | None) -> float:
    """A first, uncalibrated score from how much of the pattern and the dyad the text supports, and how
    central the clause is (the main clause's event ranks above background and reported ones)."""
    if act.confidence is not None:
        score = act.confidence  # the classifier's arbitration
    else:
        score = 0.5 + min(0.3, 0.08 * act.match.pattern.length)
    if target is not None:
        score += 0.1
    if act.modality != "asserted":
        score -= 0.05
    if clause.background:
        score -= 0.15
    if clause.reported:
        score -= 0.03
    if source.country is None and source.code is None:
        score -= 0.2
    elif _unplaced(source):
        score -= 0.3  # a named actor no table places: below one of a known kind
    elif not known(source):
        score -= 0.15  # "the government" of no named country: below an event whose actors are placed
    return round(max(0.05, min(0.99, score)), 3)


def _foreign_place(res: Resolved | None, home: set) -> bool:
    """Whether a resolved word is of a country other than the sources' own."""
    return res is not None and bool(res.actor.country) and res.actor.country not in home


def _in_clause_below(tok, verb) -> bool:
    """Whether `tok` belongs to a clause under `verb` rather than to `verb`'s own ("a demonstration staged by
    students to protest the sending of troops to Iraq": Iraq is what the protest is about)."""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in NESTED_CLAUSE_DEPS or tok.dep_ == "pcomp":
            return True
        tok = tok.head
    return False


def _aim(ev: Event) -> int:
    """How well an event names its target: 0 not at all, 1 only as victims no table places ("killed 23 people"),
    2 by name or country."""
    if ev.target is None:
        return 0
    return 1 if not known(ev.target) and ev.target.sector in VICTIM_SECTORS else 2


UNNAMED_REPRISAL = "160"


def _prune(found: list[tuple[object, Event, int]], acted: set[int], context: set[int]) -> list[Event]:
    """Drop statements that only report another act, targetless acts of background clauses when the sentence
    has its own news, and repeats of the same dyad and root."""
    verbs_with_events = acted | {v.i for v, e, _ in found if e.cameo_root != "01"}
    kept = []
    for verb, ev, length in found:
        if ev.cameo_root == "01" and ev.cameo not in CLAIMED_CODES:  # (a claim of responsibility is news itself)
            # (and the means: "Estonia responded by telling Russia's envoy to leave")
            reported = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl") for t in c.subtree}
            reported |= {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
                         for c in p.children if c.dep_ == "pcomp" for t in c.subtree}
            if verb.lemma_.lower() in REPORTING_VERBS and reported & verbs_with_events:
                continue
        kept.append((verb, ev, length))
    # "Two suicide bombers killed 23 people ... when they blew themselves up in Tel Aviv": an event with no target
    # (or only victims of no known country: "23 people") adds nothing to one of the same category by the same actor
    # that names its target
    aims = [_aim(ev) for _, ev, _ in kept]
    aimed: dict[tuple, int] = {}
    for (_, ev, _), aim in zip(kept, aims):
        if ev.plover:
            key = (ev.source.code, ev.source.span, ev.plover)
            aimed[key] = max(aimed.get(key, 0), aim)
    kept = [(verb, ev, length) for (verb, ev, length), aim in zip(kept, aims)
            if aim >= aimed.get((ev.source.code, ev.source.span, ev.plover), 0)]
    # "a Mi-26 helicopter that was captured by the Sudanese authorities": a relative or "after" clause with no
    # target is context for the sentence's news, kept only when it is all the sentence tells
    # ("rebels fighting to topple his government": nor one that places neither side)
    if any(verb.i not in context for verb, _, _ in kept):
        kept = [(verb, ev, length) for verb, ev, length in kept if verb.i not in context or (
            ev.target is not None and (known(ev.source) or known(ev.target)))]
    # "summoned a senior US diplomat to lodge a formal complaint", "attacked an army base, killing 17 soldiers": an
    # act done to do, or doing, another of its family by the same actor against the same country is that act told
    # twice; the governing verb's event stands for both
    def act_key(verb_i, ev):
        return (verb_i, ev.source.code, ev.source.span, ev.cameo_root, ev.target.country) \
            if ev.target is not None and ev.target.country else None
    told = {act_key(verb.i, ev) for verb, ev, _ in kept} - {None}
    kept = [(verb, ev, length) for verb, ev, length in kept
            if not (verb.dep_ in PURPOSE_DEPS and act_key(verb.head.i, ev) in told)]
    # "demonstrated outside the Dutch consulate, waving Turkish flags": how an act aimed abroad was done, aimed at no
    # one or at home, is that act
    aimed = {(verb.i, ev.source.code, ev.cameo_root) for verb, ev, _ in kept
             if ev.target is not None and ev.target.country not in (None, ev.source.country)}
    kept = [(verb, ev, length) for verb, ev, length in kept if not (
        verb.dep_ in PURPOSE_DEPS and (verb.head.i, ev.source.code, ev.cameo_root) in aimed
        and (ev.target is None or ev.target.country == ev.source.country))]
    # "rallied outside the Japanese embassy, denouncing Tokyo's release of treated water": what a protest says is that
    # protest
    protests = {(verb.i, ev.source.code, ev.target.country) for verb, ev, _ in kept
                if ev.cameo_root == "14" and ev.target is not None}
    kept = [(verb, ev, length) for verb, ev, length in kept if not (
        ev.cameo_root == "11" and verb.dep_ in PURPOSE_DEPS and ev.target is not None
        and (verb.head.i, ev.source.code, ev.target.country) in protests)]
    # "launched strikes against Houthi targets, retaliating for weeks of attacks": a reprisal of no kind told as how
    # an act of the same actor was done is that act
    acting = {(verb.i, ev.source.code) for verb, ev, _ in kept if ev.cameo != UNNAMED_REPRISAL}
    kept = [(verb, ev, length) for verb, ev, length in kept if not (
        ev.cameo == UNNAMED_REPRISAL and verb.dep_ in PURPOSE_DEPS and (verb.head.i, ev.source.code) in acting)]
    # one event per dyad and act: the same act told twice (by one verb, or as a code and its family) keeps its longest
    # pattern; two acts of one family aimed at someone are two ("summoned the ten ambassadors and accused them of
    # interfering"), with no target one
    chosen: list[tuple[int, int, Event]] = []  # (verb, pattern length, event), in the order first told
    for verb, ev, length in kept:
        same = next((k for k, (v, _, held) in enumerate(chosen) if _dyad(held) == _dyad(ev) and (
            v == verb.i or ev.target is None or _one_act(held.cameo, ev.cameo))), None)
        if same is None:
            chosen.append((verb.i, length, ev))
        elif length > chosen[same][1]:
            held = chosen[same][2]
            if ev.date_text is None and held.date_text is not None:
                # ("was condemned on Tuesday by Tokyo, which called it a reckless provocation": the act keeps the day
                # the other telling gave it)
                ev = replace(ev, date=held.date, date_text=held.date_text)
            chosen[same] = (chosen[same][0], length, ev)
    return [ev for _, _, ev in chosen]


def _dyad(ev: Event) -> tuple:
    """An event's actors, in their words, and its root."""
    return (ev.source.code, ev.source.span, ev.target.code if ev.target else None,
            ev.target.span if ev.target else None, ev.cameo_root)


def _one_act(a: str, b: str) -> bool:
    """Two codes that may name one act: the same, or one the family of the other ("020" is the family of "0243")."""
    def family(code: str) -> str:
        return code[:2] if len(code) == 3 and code.endswith("0") else code
    return a.startswith(family(b)) or b.startswith(family(a))

