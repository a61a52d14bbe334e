"""The optional configuration file, for settings a project keeps from run to run.

titfortat reads, in this order of preference, the file given with `titfortat --config FILE`, the file named
by $TITFORTAT_CONFIG, or `titfortat.toml` in the working folder, if there is one. Every key is optional:

    [coding]
    actors = ["dictionaries/our_actors.tsv", "dictionaries/Phoenix.Countries.actors"]
    patterns = ["dictionaries/our_verbs.tsv"]
    modalities = ["asserted", "threatened", "intended"]
    classifier = false            # or model = "models/our_head.npz", which implies the classifier
    processes = 2
    max_chars = 200000

    [database]
    url = "sqlite:///events.db"   # or postgresql://user@host/db

Relative paths are read from the configuration file's folder. Options given on the command line win:
their actor and pattern files are read after (so over) the configuration's, and a command-line value
replaces a configured one.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import TitfortatError
from .model import MODALITIES

DEFAULT_NAME = "titfortat.toml"
ENV = "TITFORTAT_CONFIG"
KEYS = {"coding": {"actors", "patterns", "modalities", "classifier", "model", "processes", "max_chars"},
        "database": {"url"}}


class ConfigError(TitfortatError):
    """The configuration file cannot be read or says something titfortat does not understand."""


@dataclass
class Config:
    path: Path | None = None
    actors: list[Path] = field(default_factory=list)
    patterns: list[Path] = field(default_factory=list)
    modalities: tuple[str, ...] | None = None
    classifier: bool = False
    model: Path | None = None
    processes: int | None = None
    max_chars: int | None = None
    db_url: str | None = None


def find_config(given: str | Path | None = None) -> Path | None:
    """The configuration file to read: the one given, else $TITFORTAT_CONFIG, else ./titfortat.toml if present."""
    if given:
        return Path(given)
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    local = Path(DEFAULT_NAME)
    return local if local.is_file() else None


def load_config(path: str | Path | None) -> Config:
    """Read and check a configuration file; `None` gives the defaults."""
    if path is None:
        return Config()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration file ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not a valid TOML file ({exc})") from None

    def fail(message: str):
        raise ConfigError(f"{path}: {message}")

    for section, values in data.items():
        if section not in KEYS or not isinstance(values, dict):
            fail(f"unknown section [{section}] (known: {', '.join(f'[{k}]' for k in KEYS)})")
        for key in values:
            if key not in KEYS[section]:
                fail(f"unknown key {key!r} in [{section}] (known: {', '.join(sorted(KEYS[section]))})")
    coding, database = data.get("coding", {}), data.get("database", {})
    base = path.parent

    def files(key: str) -> list[Path]:
        value = coding.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            fail(f"[coding] {key} must be a list of file names")
        out = [base / v for v in value]
        for f in out:
            if not f.is_file():
                fail(f"[coding] {key}: no such file {f}")
        return out

    config = Config(path=path, actors=files("actors"), patterns=files("patterns"))
    if "modalities" in coding:
        mods = coding["modalities"]
        if not isinstance(mods, list) or not mods or set(mods) - set(MODALITIES):
            fail(f"[coding] modalities must be a list of: {', '.join(MODALITIES)}")
        config.modalities = tuple(mods)
    if "classifier" in coding:
        if not isinstance(coding["classifier"], bool):
            fail("[coding] classifier must be true or false")
        config.classifier = coding["classifier"]
    if "model" in coding:
        [config.model] = files("model")
        config.classifier = True
    for key in ("processes", "max_chars"):
        if key in coding:
            value = coding[key]
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                fail(f"[coding] {key} must be a whole number, 1 or more")
            setattr(config, key, value)
    if "url" in database:
        if not isinstance(database["url"], str) or not database["url"]:
            fail("[database] url must be a database URL or a SQLite file name")
        url = database["url"]
        if "://" not in url:  # a bare SQLite file name, relative to the configuration file
            url = str(base / url)
        config.db_url = url
    return config
