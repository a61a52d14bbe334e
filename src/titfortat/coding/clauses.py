"""Clauses from a spaCy parse: each verb's subjects, frame (what it governs), agents and modality.

A clause is headed by a verb. Its *frame* is the words the verb governs in sentence order: objects,
particles, prepositions and their objects, predicative complements and infinitive complements
("ordered the diplomats to leave") with their own objects, but not the subject and not embedded
clauses ("said that ...", "after Washington declined ...", relative clauses), which are clauses of
their own. Verb patterns are matched against the frame.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..nlp.parse import main_participle, prep_objects
from ..nlp.tree import conjuncts, main_verb, path_to

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
NESTED_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "acl", "csubj"}
FRAME_SKIP = SUBJECT_DEPS | NESTED_CLAUSE_DEPS | {"aux", "auxpass", "neg", "punct", "mark", "cc", "agent", "intj",
                                                 "dep", "meta", "appos", "preconj"}
# Verbs whose infinitive complement is the act itself, announced rather than done.
INTENT_VERBS = {"plan", "intend", "pledge", "promise", "vow", "aim", "seek", "want", "hope", "prepare", "expect",
                "offer", "agree", "propose", "resolve", "commit", "undertake", "mean", "wish", "swear"}
THREAT_VERBS = {"threaten", "warn", "vow", "swear"}
PLEDGE_VERBS = INTENT_VERBS | THREAT_VERBS  # verbs of what is yet to be done by their subject
REPORTING_VERBS = {"say", "tell", "announce", "state", "add", "claim", "report", "confirm", "declare", "note",
                   "insist", "write", "explain", "argue", "suggest", "stress", "assert", "maintain", "reply",
                   "respond", "acknowledge", "disclose", "reveal", "allege", "indicate", "reiterate", "repeat",
                   "emphasize", "emphasise", "underline"}
MESSAGE_NOUNS = {"statement", "reminder", "warning", "message", "letter", "note", "declaration", "communique",
                 "assurance", "reassurance", "ultimatum"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "lest"}
CONDITION_MARKS = {"if", "unless"}
# "is ready to", "said it was willing to": an announced intention; "was unable to": not done.
READY_ADJECTIVES = {"ready", "willing", "prepared", "determined", "eager", "keen", "committed", "poised", "set",
                    "resolved", "happy", "open", "intent"}
UNABLE_ADJECTIVES = {"unable", "unwilling", "reluctant", "loath", "loth"}
OBLIGATION_MODALS = {"must", "should", "ought"}
# "the allegation that Russia poisoned ...", "an admission that ...": what they contain is not asserted
CLAIM_NOUNS = {"allegation", "accusation", "claim", "charge", "suggestion", "report", "rumour", "rumor", "admission",
               "assertion", "suspicion", "speculation", "fear", "warning", "threat", "demand", "call", "proposal",
               "idea", "possibility", "prospect", "hope", "plan", "request", "insistence", "denial"}
# What is agreed or undertaken, whose purpose is yet to be done: "signed an agreement today to increase trade",
# "launched an offensive to retake the city"
PROJECT_NOUNS = {"agreement", "deal", "accord", "pact", "treaty", "protocol", "plan", "programme", "program", "bid",
                 "effort", "initiative", "campaign", "offensive", "operation", "mission", "project", "scheme",
                 "strategy", "roadmap", "framework", "package"}
CONTENT_NOUNS = CLAIM_NOUNS | PROJECT_NOUNS  # nouns whose clause says what is claimed, asked or undertaken
# A text someone issues speaks for its author: "issued a statement calling on ...", "a report that urges ..."
DOCUMENT_NOUNS = {"statement", "report", "letter", "communique", "communiqué", "declaration", "resolution", "message",
                  "note", "editorial", "petition", "motion", "bill", "tweet", "post", "video", "speech", "address",
                  "release", "notice", "memo", "memorandum", "document", "appeal", "decree", "order", "ruling",
                  "verdict", "judgment", "judgement"}
# Verbs that make such a text public, or pass it: "issued / put out / released a report", "adopted a resolution"
ISSUING_VERBS = {"issue", "put", "release", "publish", "send", "deliver", "make", "write", "post", "sign", "adopt",
                 "pass", "approve", "file", "submit", "present", "unveil", "table", "circulate", "give", "hand", "read",
                 "broadcast", "air", "tweet", "announce", "launch", "lodge", "pen", "compile", "produce", "prepare",
                 "set", "draw", "draft", "agree", "endorse", "finalise", "finalize", "vote", "enact", "decree", "join"}
# Verbs whose object does the act of an infinitive: "allow refugees to return", "let the journalists leave"
BARE_INFINITIVE_VERBS = {"let", "make"}  # "let them go"
PERMISSIVE_VERBS = {"allow", "permit", "let", "enable", "help", "force", "compel", "order", "forbid", "authorize",
                    "authorise", "invite", "encourage", "persuade", "convince", "pressure", "push"}
# Participles that, after "be", state the subject's own stance rather than something done to it
STATIVE_PARTICIPLES = {"opposed", "committed", "prepared", "determined", "concerned", "worried", "alarmed",
                       "disappointed", "dismayed", "outraged", "angered", "shocked", "appalled", "pleased",
                       "satisfied", "encouraged", "heartened", "interested", "resolved", "dedicated", "convinced",
                       "disturbed", "troubled", "saddened", "frustrated", "engaged", "involved", "united", "divided",
                       "agreed", "inclined", "disposed", "reconciled"}
BACKGROUND_MARKS = {"after", "since", "before", "when", "as", "while", "because", "following", "once"}
# An act someone demands, urges or proposes has not happened: "demanded that China release ..."
DESIRE_VERBS = {"demand", "urge", "ask", "request", "call", "want", "propose", "suggest", "insist", "appeal",
                "press", "push", "plead", "recommend", "wish", "hope", "require", "expect", "seek", "prefer"}
# What someone denies has not been asserted: "The Kremlin denied that Russian forces had killed civilians"
DENIAL_VERBS = {"deny", "dismiss", "refute", "reject", "rebut", "dispute"}
HYPOTHETICAL_MODALS = {"might", "may", "could", "should", "must", "ought"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
MEANS_PREPS = {"by", "after", "before", "in", "with", "while"}
SPAN_NOUNS = {"day", "week", "month", "year", "hour", "minute", "moment"}  # "a day after accusing ..."
CULPABLE_ADJECTIVES = {"guilty", "responsible", "culpable"}


@dataclass
class Clause:
    verb: object  # the spaCy token heading the clause
    subjects: list = field(default_factory=list)  # subject head tokens (conjuncts expanded)
    passive: bool = False
    agents: list = field(default_factory=list)  # by-phrase heads of a passive verb
    frame: list = field(default_factory=list)  # tokens the verb governs, in sentence order
    xcomp: object | None = None  # the infinitive complement, if any
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported: bool = False  # the clause is what someone said
    modal: str | None = None  # must / should / ought (what someone says another must do), may / might / could
    intent: bool = False  # "is ready to", "willing to": announced, not done
    conditioned: bool = False  # carries an "if" / "unless" condition: "will retaliate unless ..."
    background: bool = False  # a relative clause, an "after ..." clause or a past perfect: context, not news

    @property
    def lemma(self) -> str:
        return self.verb.lemma_.lower()


def after_dateline(sub):
    """The name a dateline subject is followed by after its dash ("SEOUL (Reuters) - South Korea"), else `sub`."""
    dash = next((c for c in sub.children if c.dep_ == "punct" and c.text in ("-", "\u2014", "\u2013")), None)
    if dash is None and sub.is_upper:
        # ("KHIMKI, Russia - A Russian court sentenced ...": the dash hung on the name after it)
        dash = next((t for t in sub.doc[sub.i + 1:sub.i + 6] if t.text in ("-", "\u2014", "\u2013")), None)
    # (the subject must be the dateline's city, before its dash: not "DUBAI - Saudi Arabia, Egypt ... cut ties")
    after = [c for c in sub.children if c.dep_ == "appos" and dash is not None and sub.i < dash.i < c.i]
    if not after and dash is not None and sub.i < dash.i:
        # (or hung on the dateline's date: "DUBAI, Jan 4 - Bahrain and Sudan cut diplomatic ties")
        after = [c for c in sub.subtree if c.i > dash.i and c.head.i < dash.i and c.dep_ in ("appos", "conj")
                 and c.pos_ in ("PROPN", "NOUN")]
    return after[0] if after else sub


def _object_read_as_subject(tok) -> bool:
    """A second subject the parser gave an active verb after it, where it has one before it: its object ("it had
    detained Wall Street Journal reporter Evan Gershkovich")."""
    verb = tok.head
    return tok.dep_ == "nsubj" and tok.i > verb.i and verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and any(
        c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def frame_of(verb) -> list:
    out: list = []

    def walk(tok, top: bool):
        for child in tok.children:
            dep = child.dep_
            if top and tok.i == verb.i and _permitted(child):
                # "allow refugees to return", parsed as a clause of its own: its subject is the verb's object
                out.extend(t for s in child.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree)
                out.append(child)
                walk(child, top=True)
                continue
            if top and tok.i == verb.i and _for_to(child):
                # "pushed for Congress to update the law": "for" and the one asked belong to "push for"
                out.extend(m for m in child.children if m.dep_ == "mark")
                out.extend(t for s in child.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree)
                continue
            if top and tok.i == verb.i and _object_read_as_subject(child):
                out.append(child)  # "it had detained Wall Street Journal reporter Evan Gershkovich"
                walk(child, top=False)
                continue
            complement = _complement(child, verb) if top and tok.i == verb.i else []
            if complement:
                out.extend(complement)
                continue
            if top and dep in FRAME_SKIP and not (dep == "aux" and child.lower_ == "to" and tok.i != verb.i):
                continue
            if not top and dep in NESTED_CLAUSE_DEPS | {"punct"}:
                continue
            if dep == "conj" and child.pos_ in ("VERB", "AUX"):
                continue
            out.append(child)
            walk(child, top=dep in ("xcomp",))

    walk(verb, top=True)
    if not any(t.dep_ in ("dobj", "pobj", "dative") for t in out):
        # "protesters stormed and set fire to its embassy": a verb with nothing after it shares what the verb
        # coordinated right after it acts on
        shared = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == verb.i + 2
                       and verb.doc[verb.i + 1].dep_ == "cc" and not any(
                           s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)
        if shared is not None:
            out.extend(t for c in shared.children if c.dep_ in ("dobj", "prep") for t in c.subtree)
    return sorted(out, key=lambda t: t.i)


ORDERING_DONE = {"order", "want", "declare"}  # verbs that take a thing and a participle of what is done to it


def _complement(child, verb) -> list:
    """The words of a complement of `verb` that the parser read as a clause of its own: "let free" (a clause of
    one adjective), "took 200 civilians hostage" (a verbless clause whose subject is the verb's object), "held three
    engineers captive" (an adjective clause after the verb), "ordered the border closed" (a thing and a participle).
    Empty for any other child."""
    kids = list(child.children)
    if child.dep_ == "ccomp" and child.pos_ == "ADJ" and not kids:
        return [child]
    if child.dep_ == "ccomp" and child.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "nsubj" for c in kids) and all(
            c.dep_ in ("nsubj", "det", "amod", "compound") for c in kids):
        return list(child.subtree)
    if child.dep_ == "ccomp" and child.tag_ in ("VBN", "VBD") and verb.lemma_.lower() in ORDERING_DONE and any(
            c.dep_ == "nsubj" and c.i < child.i for c in kids) and not any(
            c.dep_ in ("aux", "auxpass", "mark", "nsubjpass") for c in kids):
        return list(child.subtree)  # "ordered the border with Brazil closed": the thing and what is to be done to it
    if child.dep_ == "advcl" and child.pos_ == "ADJ" and child.i > verb.i and not any(
            c.dep_ in ("nsubj", "aux", "mark", "cop") for c in kids):
        return [child]
    return []


# Prepositional adjuncts whose words belong to the circumstances, not to the act: a pattern may use
# them only when it names the preposition itself ("arrive in <target>").
ADJUNCT_PREPS = {"in", "after", "before", "despite", "during", "since", "amid", "amidst", "following", "because",
                 "as", "within", "throughout", "like", "unlike", "besides", "beyond", "until", "till", "per",
                 "according"}  # ("according to Pakistani officials": who says so)


def adjunct_of(tok, verb, preps=ADJUNCT_PREPS):
    """The adjunct preposition (one of `preps`) between `tok` and the clause verb, if any."""
    return next((cur for cur in path_to(tok, verb)
                 if cur.dep_ == "prep" and cur.lower_ in preps and not _measure(cur) and not _such_as(cur)), None)


def _such_as(prep) -> bool:
    """"supplies and personnel such as doctors": "as" gives examples of the noun, not a circumstance."""
    return prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such"


def _measure(prep) -> bool:
    """"$50 million in aid", "tons of food in assistance": "in" after an amount names what was given."""
    head = prep.head
    return prep.lower_ == "in" and (head.like_num or head.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")
                                    or any(c.dep_ == "nummod" for c in head.children)
                                    or head.lemma_.lower() in ("million", "billion", "worth", "ton", "tonne"))


def _subjects(verb, seen=None) -> tuple[list, bool]:
    seen = seen or set()
    if verb.i in seen:
        return [], False
    seen.add(verb.i)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not _object_read_as_subject(c)]
    # the parser sometimes hangs the subject on the auxiliary: "France however have opposed"
    subs = subs or [c for aux in verb.children if aux.dep_ in ("aux", "auxpass") for c in aux.children
                    if c.dep_ in ("nsubj", "nsubjpass")]
    # "SEOUL (Reuters) - South Korea on Monday demanded ...", parsed with the dateline as the subject: the name after
    # the dash
    subs = [after_dateline(sub) for sub in subs]
    # "The Red Cross operating in Iraq said ...", parsed with the participle as the subject: its own subject
    subs = [next((c for c in sub.children if c.dep_ == "nsubj"), sub) if sub.tag_ == "VBG" else sub for sub in subs]
    if subs:
        return [s for sub in subs for s in conjuncts(sub)], passive
    if verb.dep_ == "conj":
        inherited, shared = _subjects(verb.head, seen)
        # "was tortured and killed": a participle with no auxiliary of its own shares the first verb's passive
        own_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        return inherited, passive or (shared and verb.tag_ == "VBN" and not own_aux)
    if verb.dep_ in ("xcomp", "advcl", "pcomp") or (verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN")) or \
            main_participle(verb):
        head = verb.head
        if verb.dep_ == "pcomp":
            head = head.head  # prep -> governing verb
            if head.lemma_.lower() in SPAN_NOUNS:
                # (through the time it is after, wherever the parser hung it: "said ..., a day after accusing Britain
                # of ...")
                head = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), head)
        if verb.dep_ == "acl":
            author = _author(verb.head, seen)
            if author is not None and verb.tag_ == "VBG":
                return author, passive
            if main_participle(verb):
                return conjuncts(verb.head), passive  # "Thousands of students protested ...": a verb the tagger missed
            return conjuncts(verb.head), passive or verb.tag_ == "VBN"
        if (verb.dep_ == "xcomp" and head.pos_ == "ADJ") or (verb.dep_ == "pcomp" and culpable(verb) is not None):
            head = head.head  # "Syria is willing to withdraw", "India was guilty of violating": the subject of "is"
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "xcomp" and verb.i > 0 and \
                verb.doc[verb.i - 1].text == ",":
            # "China ordered the United States to close its consulate, retaliating for ...": a participle set off by
            # a comma tells of the whole sentence, so of its subject, not of the one ordered
            head = head.head
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.lemma_ == "be" and head.dep_ == "ccomp" and \
                head.head.lemma_.lower() in REPORTING_VERBS and verb.left_edge.i > 0 and \
                verb.doc[verb.left_edge.i - 1].text == ",":
            # "Modi told Putin that today's era is not one of war, publicly pressing him to end the conflict": a
            # participle hung on what is said to be so is the speaker's
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "xcomp":
                objs = [c for c in head.children if c.dep_ in ("dobj",)]
                if objs:
                    return conjuncts(objs[0]), passive
            inherited, _ = _subjects(head, seen)
            # ("landed in Qatar on Monday, freed under an exchange": a participle set off by a comma, with nothing of
            # its own but phrases, tells what was done to the subject)
            done_to = verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
                and not any(c.dep_ in ("aux", "auxpass", "dobj", "mark") for c in verb.children)
            return inherited, passive or done_to
    if verb.dep_ == "relcl":
        author = _author(verb.head, seen)
        if author is not None and not passive:
            return author, passive
        return conjuncts(verb.head), passive
    return [], passive


def _author(noun, seen) -> list | None:
    """The subjects of the verb that issued a document noun: "[Amnesty] issued a statement calling ..."."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.dep_ not in ("dobj", "obj", "pobj", "nsubjpass"):
        return None
    verb = noun.head if noun.dep_ != "pobj" else noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ISSUING_VERBS:
        return None  # (not "investigated a report alleging ...": the report is someone else's)
    subjects, passive = _subjects(verb, set(seen))
    if passive or noun.dep_ == "nsubjpass":
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        return [a for p in agents for a in conjuncts(p)] or None
    return subjects or None


def _permitted(verb) -> bool:
    """The act a permissive verb's object does: "allow refugees to return", "help Ukraine rebuild", parsed as
    a clause of its own; it belongs to the permissive verb's frame."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in PERMISSIVE_VERBS and (
        verb.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        # (a bare infinitive the tagger took for a present: "let the British sailors go home")
        or (verb.tag_ == "VBP" and verb.head.lemma_.lower() in BARE_INFINITIVE_VERBS
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children))
        or (verb.tag_ in ("NN", "NNS") and any(c.dep_ == "nsubj" for c in verb.children)))  # "allow agencies access"


def _for_to(clause) -> bool:
    """A "for X to do" clause: "pushed for Congress to update the law", "called for Iran to free them"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _is_reported(verb) -> bool:
    tok = verb
    while tok.dep_ in ("conj",) and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS:
        return True
    # "issued a stern reminder to Iraq that it must cooperate": the content of a message someone sent
    return message_of(tok) is not None


def message_of(verb):
    """The message noun whose content the clause is ("a reminder that ...", "a statement that ..."), if it is
    the object of a verb (its sender's)."""
    noun = verb.head
    if verb.dep_ in ("acl", "ccomp") and noun.pos_ == "NOUN" and noun.lemma_.lower() in MESSAGE_NOUNS and \
            noun.head.pos_ in ("VERB", "AUX") and noun.head.i != noun.i:
        return noun
    return None


def is_condition(tok) -> bool:
    """An "if" or "unless" clause: "will retaliate unless Washington backs down"."""
    return tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in tok.children)


def _yet_to(verb) -> bool:
    """"has yet to sign", "is yet to release": the act to come has not happened."""
    return verb.lemma_ in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children) \
        and any(c.dep_ == "xcomp" for c in verb.children)


def _plain_would(verb) -> bool:
    """"The EU would hold talks next month": the future seen from the past, as news reports an announced plan,
    not a counterfactual ("would have", "would ... if") nor what a thing would do ("a bill that would force")."""
    return main_verb(verb) and not any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") or is_condition(c)
                                       for c in verb.children)


def _modality_flags(verb, reported: bool) -> tuple[bool, bool, bool, str | None]:
    negated = hypothetical = future = False
    modal = None
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and low in ("never",)):
            negated = True
        elif child.dep_ == "mark" and low in HYPOTHETICAL_MARKS:
            hypothetical = True
        elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD" or (child.dep_ == "aux" and low in FUTURE_AUX):
            if low in FUTURE_AUX or (low == "would" and (reported or _plain_would(verb))):
                future = True
            elif low in HYPOTHETICAL_MODALS or low == "would":
                hypothetical = True
                if low in HYPOTHETICAL_MODALS:
                    modal = low
        elif child.dep_ == "aux" and child.lemma_ == "be" and any(c.lower_ == "going" for c in verb.children):
            future = True
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither")
                                                              for d in c.children) for c in verb.children):
        negated = True  # "No Chinese diplomats were expelled", "expelled no one", "Neither France nor Germany recalled"
    if _yet_to(verb) or (verb.dep_ == "xcomp" and _yet_to(verb.head)):
        negated = True  # "Australia has yet to sign the agreement": not done
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DESIRE_VERBS | DENIAL_VERBS or _for_to(verb):
        # "demanded that China release ...", "denied that its forces had killed ...", "called for Iran to free ..."
        hypothetical = True
    if verb.dep_ in ("acl", "ccomp", "relcl") and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in CLAIM_NOUNS \
            and not (verb.tag_ == "VBG" and _author(verb.head, set()) is not None):
        # (but a document does what its author does with it: "put out a report accusing the Nigerian army")
        hypothetical = True
    if _content_of_object(verb):
        hypothetical = True
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children) or (
            verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children)):
        negated = True  # "said it neither accepted nor recognised the award": neither one done
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "in" and verb.tag_ == "VBG" and any(
            c.dep_ == "neg" for c in verb.head.head.children):
        # "did not follow their neighbours in recalling their ambassadors": not done either
        negated = True
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP") and head.dep_ == "ccomp" and \
            head.head.lemma_.lower() in DESIRE_VERBS | DENIAL_VERBS and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "demanded that NATO halt its expansion and give up military activity in Ukraine": asked for too
        hypothetical = True
    # "will expel 10 diplomats and close the consulate", "could suspend relations or recall its ambassador", "did not
    # expel diplomats or close the consulate": a bare verb coordinated with one whose auxiliary it shares shares
    # what that auxiliary says
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VB" and head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass") for c in verb.children) and any(
            c.dep_ in ("aux", "auxpass") for c in head.children):
        shared = _modality_flags(head, reported)
        negated, hypothetical, future = negated or shared[0], hypothetical or shared[1], future or shared[2]
        modal = modal or shared[3]
    # "if Russia expels ..." on a coordinated verb
    if verb.dep_ == "conj" and not (negated or hypothetical):
        head = verb.head
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in head.children):
            hypothetical = True
    if asked(verb):
        hypothetical = True  # a question asserts nothing
    return negated, hypothetical, future, modal


def _content_of_object(verb) -> bool:
    """The clause says what a claim, demand or undertaking the governing verb's object names would have done, the
    parser having hung it on the verb: "reiterated its demand today that Israel ease ...", "rejected calls by Kofi
    Annan to adopt reforms", "signed an agreement today to increase trade"."""
    if verb.dep_ not in ("ccomp", "advcl") or not any(
            (c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.i < verb.i and c.lemma_.lower() in CONTENT_NOUNS for c in verb.head.children)


def asked(verb) -> bool:
    """The verb's sentence is a question ("Will Russia retaliate?"), closing quotes aside."""
    return verb.sent.text.rstrip().rstrip('"\'”’').endswith("?")


def _adjective_frame(verb) -> tuple[bool, bool, bool, bool]:
    """(intent, negated, hypothetical, future) when the verb hangs on an adjective: "is ready to expel"."""
    adj = verb.head
    if verb.dep_ != "xcomp" or adj.pos_ != "ADJ":
        return False, False, False, False
    lemma = adj.lemma_.lower()
    holder = adj.head
    negated = any(c.dep_ == "neg" for c in [*adj.children, *holder.children])
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in holder.children)
    if lemma in READY_ADJECTIVES:
        return True, negated, False, future
    if lemma in UNABLE_ADJECTIVES:
        return False, True, False, future
    return False, negated, True, future


def _agents(verb) -> list:
    """The heads of a passive verb's by-phrase, each of a coordination ("by Britain and France"), also where the
    parser hung it on the verb's "with" object ("was threatened with retaliation by Moscow")."""
    found = [a for child in verb.children if child.dep_ == "agent"
             for p in child.children if p.dep_ == "pobj" for a in conjuncts(p)]
    if not found and verb.tag_ == "VBN":
        found = [a for w in prep_objects(verb, ("with",)) for p in prep_objects(w, ("by",)) for a in conjuncts(p)]
    return found


def clause_of(verb) -> Clause:
    subjects, passive = _subjects(verb)
    if passive and verb.lower_ in STATIVE_PARTICIPLES and not any(c.dep_ == "agent" for c in verb.children):
        passive = False  # "Israel is opposed to ...": the subject holds the view
    subjects = [s for s in subjects if s.dep_ != "expl"]
    agents = _agents(verb)
    if passive and not agents and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        agents = _agents(verb.head)  # "arrested by police and held"
    frame = frame_of(verb)
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" or _complement_advcl(c)), None)
    reported = _is_reported(verb)
    negated, hypothetical, future, modal = _modality_flags(verb, reported)
    # ("decided not to expel": the act not done; not "urged Washington not to obstruct the deal", where the one asked
    # is not to do it, and the asking is done)
    if xcomp is not None and any(c.dep_ == "neg" for c in xcomp.children) and not any(
            c.dep_ == "dobj" for c in verb.children):
        negated = True
    intent, adj_negated, adj_hypothetical, adj_future = _adjective_frame(verb)
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":
        holder = verb.head.head  # "Syria says it is willing to withdraw": the clause is the adjective's holder's
        reported = reported or _is_reported(holder)
        h_negated, h_hypothetical, h_future, h_modal = _modality_flags(holder, reported)
        negated, hypothetical = negated or h_negated, hypothetical or h_hypothetical
        future, modal = future or h_future, modal or h_modal
    negated, hypothetical, future = negated or adj_negated, hypothetical or adj_hypothetical, future or adj_future
    conditioned = any(is_condition(c) for c in verb.children)
    return Clause(verb, subjects, passive, agents, frame, xcomp, negated, hypothetical, future, reported, modal,
                  intent, conditioned, _background(verb))


def _background(verb) -> bool:
    """A relative clause, an "after ..." clause, a past perfect, or a clause inside one ("after U.S. officials
    alleged that the North admitted ..."): context, not news."""
    if (verb.dep_ in ("relcl", "acl") and not main_participle(verb)) or (
            verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in verb.children)) or (
            verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)):
        return True
    return verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
        and _background(verb.head)


def culpable(tok):
    """The copula that declares someone guilty of `tok` ("were guilty of violating the ceasefire", "are
    responsible for mass killings"): the one guilty did it, as the text asserts. None if `tok` is not so."""
    prep = tok.head
    adj = prep.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "for") or adj.lemma_.lower() not in \
            CULPABLE_ADJECTIVES or adj.dep_ != "acomp" or adj.head.lemma_ != "be":
        return None
    return adj.head


def _complement_advcl(tok) -> bool:
    """"have sworn to fight", parsed as a purpose clause: the infinitive a verb of intent or threat with no other
    complement takes, right after its "to"."""
    head = tok.head
    if tok.dep_ != "advcl" or head.lemma_.lower() not in PLEDGE_VERBS:
        return False
    if any(c.dep_ == "xcomp" for c in head.children):
        return False
    to = tok.nbor(-1) if tok.i > 0 else None
    first = next(c for c in head.children if c.dep_ == "advcl")
    return first.i == tok.i and to is not None and to.lower_ == "to" and to.head.i == tok.i


def _shares_complement(tok) -> bool:
    """A verb coordinated with a prepositional complement that is no clause of its own ("accused Egypt of torturing
    detainees and ignoring court orders", "thanked Japan for sending aid and doctors"): part of that complement."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is tok or first.dep_ != "pcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    return first.head.lower_ not in MEANS_PREPS and culpable(first) is None


def clause_heads(sent) -> list:
    """Verbs that head a clause of their own (infinitive complements belong to their governor's frame)."""
    heads = []
    for tok in sent:
        if tok.pos_ == "AUX" and tok.lemma_ == "be" and tok.dep_ in ("ROOT", "ccomp", "conj", "advcl"):
            # a copular clause: "said it is skeptical"; "is ready to talk" is the infinitive's clause
            preds = [c for c in tok.children if c.dep_ in ("acomp", "attr")]
            if preds and not any(c.dep_ == "xcomp" for p in preds for c in p.children):
                heads.append(tok)
            continue
        if tok.pos_ != "VERB":
            # a verb the tagger took for a noun: "The government rejects and condemns the decision"
            if not (tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.tag_ == "NNS"
                    and any(c.dep_ == "nsubj" for c in tok.children)):
                continue
        if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ":
            heads.append(tok)  # "is ready to expel": the adjective's complement is the act
            continue
        if tok.dep_ in ("xcomp", "amod", "aux", "auxpass", "compound") or _permitted(tok) or _complement_advcl(tok):
            continue
        if tok.dep_ == "pcomp" and tok.head.lower_ not in MEANS_PREPS and culpable(tok) is None:
            continue
        if _shares_complement(tok):
            continue
        heads.append(tok)
    return heads
