"""Events built by hand for the analysis tests."""
from __future__ import annotations

from titfortat.model import Actor, Event, Evidence

QUAD = {r: (1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4) for r in range(1, 21)}
GOLDSTEIN = {"166": -7.0, "161": -4.0, "163": -8.0, "111": -2.0, "112": -2.0, "114": -2.0, "010": 0.0,
             "042": 1.9, "057": 8.0, "190": -10.0, "036": 4.0, "172": -5.0}
PLOVER = {"16": "SANCTION", "11": "ACCUSE", "04": "CONSULT", "05": "SUPPORT", "19": "ASSAULT", "03": "AGREE",
          "17": "COERCE"}


def ev(src: str, tgt: str | None, date: str, cameo: str = "166", sentence: str = "", doc: str | None = None,
       index: int = 0, modality: str = "asserted", n: int = 0) -> Event:
    root = cameo[:2]
    sentence = sentence or f"{src} acted against {tgt} ({cameo})."
    doc = doc or f"{date}-{src}-{tgt}-{cameo}-{n}"
    source = Actor(text=src, span=(0, len(src)), code=src, country=src)
    target = Actor(text=tgt, span=(len(src) + 1, len(src) + 1 + len(tgt)), code=tgt, country=tgt) if tgt else None
    evidence = Evidence(text=sentence[:5], span=(0, 5))
    return Event(event_id=Event.make_id(doc, index, cameo, source, target, evidence), doc_id=doc,
                 sentence_index=index, sentence=sentence, date=date, source=source, target=target, cameo=cameo,
                 cameo_root=root, cameo_name=f"code {cameo}", quad_class=QUAD[int(root)], goldstein=GOLDSTEIN[cameo],
                 plover=PLOVER.get(root), plover_mode=None, modality=modality, confidence=0.8, evidence=evidence)
