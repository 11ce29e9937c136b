"""An invented corpus shaped like a real news corpus, for the viewer and CLI
tests: one famous person with many ties (Harald Venn), namesakes of his with
few or none (Ida, Petra and Oskar Venn), two smaller circles of ministers who
meet each other, and many people who are only quoted (actors without any
relation). Every name is made up; countries and cities are general knowledge."""

from __future__ import annotations

import json
from pathlib import Path

HUB = "Harald Venn"
NAMESAKES = ("Ida Venn", "Petra Venn", "Oskar Venn")
GUESTS = [("Foreign Minister", f, c) for f, c in (
    ("Lena Marsh", "Germany"), ("Otto Brandt", "France"), ("Mara Quist", "Spain"),
    ("Tomas Reyl", "Italy"), ("Ilse Varga", "Poland"), ("Piet Moreau", "Greece"),
    ("Nadia Okafor", "Kenya"), ("Oren Duarte", "Brazil"), ("Sabine Haugen", "Canada"),
    ("Karel Novak", "Japan"), ("Ines Albescu", "India"), ("Bruno Demir", "Turkey"),
    ("Alma Keskin", "Egypt"), ("Felix Laurent", "Mexico"), ("Greta Mendel", "Chile"),
    ("Hugo Nordahl", "Sweden"))]  # fmt: skip
CIRCLES = (
    ("Vienna", ("Jonas Pereira", "Klara Sandoval", "Lukas Tavares", "Mirela Ulmann")),
    ("Geneva", ("Nils Valente", "Olga Wexler", "Pavel Yilmaz", "Rosa Zeller")),
)
QUOTED = [f"{first} {last}" for first, last in zip(
    "Anton Bettina Cyril Dora Emil Frida Gustav Hanna Jana Kasimir Lotte Milan Nora Quentin "
    "Runa Silas Thea Umar Vera Yannick Zora Tilda Stefan Irma Anya Boris Celia Dario".split(),
    "Arnesen Bellamy Corwin Dalby Eskildsen Fontaine Grunwald Holloway Ibsen Jessup Kettering "
    "Lorne Mabry Nyberg Ostrander Pellham Rendell Castellano Ferreira Halvorsen Ivanek "
    "Jaramillo Lindqvist Petrakis Rasmussen Sorensen Tamm Ulvang".split(), strict=True)]  # fmt: skip


def articles() -> list[dict[str, str]]:
    """The corpus as records (``id``, ``title``, ``date``, ``text``)."""
    out = []
    for n, (title, name, country) in enumerate(GUESTS):
        day = f"2023-{1 + n % 12:02d}-{10 + n:02d}"
        text = (f"Norwegian Prime Minister {HUB} met {title} {name} of {country} in Oslo. "
                f"Venn and {name.split()[1]} discussed trade and energy. "
                f"{QUOTED[n]}, a teacher in Bergen, said the weather had been cold all week.")  # fmt: skip
        out.append({"id": f"visit-{n}", "title": f"{name} in Oslo", "date": day, "text": text})
    for n, (city, people) in enumerate(CIRCLES):
        a, b, c, d = people
        text = (f"Finance Minister {a} met Finance Minister {b} in {city}. "
                f"{a} later held talks with {c}. {d} met {b} and {c} in {city} on Friday. "
                f"{QUOTED[16 + n]}, a baker, said the bread was fresh.")  # fmt: skip
        out.append({"id": f"circle-{n}", "title": f"Talks in {city}", "date": "2023-05-02",
                    "text": text})  # fmt: skip
    ida, petra, oskar = NAMESAKES
    out.append({"id": "namesakes", "title": "Market day in Tromso", "date": "2023-06-01",
                "text": f"{ida}, a farmer from Tromso, said prices were too high. "
                f"{petra}, a nurse, said the hospital needed more staff. "
                f"{oskar} met Jonas Pereira in Bergen on Monday."})  # fmt: skip
    rest = QUOTED[18:]
    for n in range(0, len(rest), 2):
        pair = rest[n : n + 2]
        text = " ".join(f"{p}, a shopkeeper, said the summer had been good for business."
                        for p in pair)  # fmt: skip
        out.append({"id": f"quotes-{n}", "title": "Summer trade", "date": "2023-07-01",
                    "text": text})  # fmt: skip
    return out


def write_jsonl(path: Path) -> Path:
    """The corpus as one JSON Lines file."""
    with path.open("w", encoding="utf-8") as out:
        for record in articles():
            out.write(json.dumps(record) + "\n")
    return path
