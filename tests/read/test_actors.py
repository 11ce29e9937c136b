"""Actor lists users bring (kg ingest --actors): CSV, TSV, JSON, with codes and dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read.actors import read_actors, read_actors_text
from kg.records import ActorType

CSV = """# the guilds of the valley
name,aliases,type,country,cameo,iso,wikidata,start,end
Guild of Weavers,the Guild|GoW,org,VAL,VALBUS,,,,
Freedonia,Freedonians,country,,FRD,FRD,Q99999999,,
Ann Vale,Mrs Vale,person,FRD,FRDGOV,,,2001-01-01,2004-12-31
Ann Vale,,person,,FRDOPP,,,2005-01-01,
"""


def test_csv_rows_with_codes_and_date_ranges() -> None:
    actors = {a.name: a for a in read_actors_text(CSV, ".csv")}
    guild, land, vale = actors["Guild of Weavers"], actors["Freedonia"], actors["Ann Vale"]
    assert guild.key == "org/guild-of-weavers" and guild.aliases == ("the Guild", "GoW")
    assert guild.type is ActorType.ORGANIZATION and guild.cameo == "VALBUS"
    assert land.key == "country/FRD" and land.wikidata == "Q99999999"
    assert vale.type is ActorType.PERSON and vale.aliases == ("Mrs Vale",)
    assert vale.code_on("2003-05-01") == "FRDGOV"
    assert vale.code_on("2009-05-01") == "FRDOPP"
    assert vale.code_on(None) is None


def test_tsv_and_json(tmp_path: Path) -> None:
    tsv = tmp_path / "a.tsv"
    tsv.write_text("name\ttype\tcameo\nOrlan Front\tgroup\tORLREB\n", encoding="utf-8")
    assert read_actors(tsv)[0].key == "group/orlan-front"
    doc = tmp_path / "a.json"
    doc.write_text(json.dumps({"actors": [{"name": "Nel Orsk", "type": "person",
                                           "aliases": ["Orsk"], "codes": {"cameo": "ORLGOV"},
                                           "periods": [{"cameo": "ORLREB", "end": "1999-12-31"}]}]}),
                   encoding="utf-8")  # fmt: skip
    (orsk,) = read_actors(doc)
    assert orsk.aliases == ("Orsk",) and orsk.cameo == "ORLGOV"
    assert orsk.code_on("1998-01-01") == "ORLREB" and orsk.code_on("2001-01-01") == "ORLGOV"


@pytest.mark.parametrize(
    ("text", "suffix", "message"),
    [
        ("type\nperson\n", ".csv", "'name'"),
        ("name,type\nAnn Vale,wizard\n", ".csv", "unknown type"),
        ("name,cameo,start\nAnn Vale,X,May 2001\n", ".csv", "YYYY-MM-DD"),
        ("[1, 2]", ".json", "not an object"),
        ("{oops", ".json", "invalid JSON"),
    ],
)
def test_mistakes_are_one_clear_error(text: str, suffix: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_actors_text(text, suffix)
