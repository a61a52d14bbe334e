"""Event coding: the CAMEO/PLOVER ontology and the rules that turn parsed sentences into events."""
