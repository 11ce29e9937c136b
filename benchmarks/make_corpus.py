"""Write a corpus of news-like articles from templates and invented names.

Run by hand: ``python benchmarks/make_corpus.py OUT_DIR --articles 2000``.
Every person name is made up from the lists below; countries, cities and
organisations are general knowledge. The same seed always writes the same
corpus, so runs can be compared.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FIRST = """Lena Otto Mara Tomas Ilse Piet Nadia Oren Sabine Karel Ines Bruno Alma Felix Greta
Hugo Irma Jonas Klara Lukas Mirela Nils Olga Pavel Rosa Stefan Tilda Umar Vera Yannick Zora
Anton Bettina Cyril Dora Emil Frida Gustav Hanna Ivo Jana Kasimir Lotte Milan Nora Oskar Petra
Quentin Runa Silas Thea""".split()
LAST = """Marsh Brandt Okafor Lindqvist Varga Moreau Halvorsen Petrakis Duarte Kowalczyk
Novak Albescu Ferreira Castellano Demir Haugen Ivanek Jaramillo Keskin Laurent Mendel Nordahl
Oyelaran Pereira Quist Rasmussen Sandoval Tavares Ulmann Valente Wexler Yilmaz Zeller Arnesen
Bellamy Corwin Dalby Eskildsen Fontaine Grunwald Holloway Ibsen Jessup Kettering Lorne Mabry
Nyberg Ostrander Pellham Rendell""".split()
TITLES = [
    "Foreign Minister",
    "Prime Minister",
    "President",
    "Defence Minister",
    "Trade Minister",
    "Chancellor",
    "Finance Minister",
    "Deputy Foreign Minister",
    "Ambassador",
    "Special Envoy",
]
COUNTRIES = [
    "France",
    "Germany",
    "Japan",
    "Brazil",
    "Kenya",
    "Canada",
    "India",
    "Norway",
    "Mexico",
    "Egypt",
    "Turkey",
    "Poland",
    "Chile",
    "Spain",
    "Italy",
    "Sweden",
    "Indonesia",
    "Nigeria",
    "Argentina",
    "Vietnam",
    "Australia",
    "Greece",
]
CITIES = [
    "Oslo",
    "Geneva",
    "Vienna",
    "Nairobi",
    "Brussels",
    "Lisbon",
    "Madrid",
    "Rome",
    "Warsaw",
    "Ottawa",
    "Cairo",
    "Hanoi",
    "Santiago",
    "Athens",
    "Stockholm",
    "Jakarta",
]
ORGS = [
    "the United Nations",
    "NATO",
    "the European Union",
    "the World Bank",
    "the African Union",
    "the International Monetary Fund",
    "the World Health Organization",
    "the International Atomic Energy Agency",
]
TOPICS = [
    "trade",
    "energy security",
    "the climate agreement",
    "border controls",
    "fishing rights",
    "debt relief",
    "a ceasefire",
    "grain exports",
    "vaccine supplies",
    "migration",
    "nuclear safety",
    "a new pipeline",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SENTENCES = [
    "{t1} {p1} of {c1} met {t2} {p2} of {c2} in {city} on {day} to discuss {topic}.",
    "{p1} held talks with {p2} in {city}, officials said.",
    "{t1} {p1} spoke by phone with {t2} {p2} about {topic} on {day}.",
    "{p1} visited {c2} on {day}, where {s1} met {t2} {p2}.",
    '"We have made real progress on {topic}," {p1} told reporters in {city}.',
    "{p2} said that {c2} would not accept any deal on {topic} without guarantees.",
    "{c1} criticised {c2} over its handling of {topic}.",
    "{p1} accused {p2} of blocking progress on {topic}.",
    "{c1} and {c2} signed an agreement on {topic} in {city}.",
    "{c1} praised {org} for its work on {topic}.",
    "{c2} is a member of {org}.",
    "{t2} {p2} did not meet {p1}, a spokesman said.",
    "{p1} is expected to meet {p2} in {city} next week.",
    "Negotiators from {c1}, {c2} and {org} resumed talks in {city} on {day}.",
    "The talks in {city} are the first since the dispute over {topic} began last year.",
    "Analysts said the meeting could ease tensions between {c1} and {c2}.",
    "{org} said it welcomed the talks and called for calm.",
    "Markets in {c1} rose after the announcement on {day}.",
    "{p1}, the {title1} of {c1}, warned that {topic} remained a concern.",
    "{c2} sanctioned several companies from {c1} over {topic}.",
    "{p2} thanked {p1} for the support of {c1}.",
    "Officials from both sides declined to comment on the details of the talks.",
    "The two delegations will continue their work on {topic} in the coming weeks.",
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(rng: random.Random, n: int) -> tuple[str, str]:
    p1, p2 = person(rng), person(rng)
    while p2 == p1:
        p2 = person(rng)
    c1, c2 = rng.sample(COUNTRIES, 2)
    t1, t2 = rng.choice(TITLES), rng.choice(TITLES)
    city = rng.choice(CITIES)
    slots = {"p1": p1, "p2": p2, "c1": c1, "c2": c2, "t1": t1, "t2": t2, "city": city,
             "title1": t1.lower(), "org": rng.choice(ORGS), "topic": rng.choice(TOPICS),
             "day": rng.choice(DAYS), "s1": "he" if n % 2 else "she"}  # fmt: skip
    body = [SENTENCES[0].format(**slots)]
    for template in rng.sample(SENTENCES[1:], rng.randint(14, 20)):
        slots["topic"] = rng.choice(TOPICS)
        slots["day"] = rng.choice(DAYS)
        body.append(template.format(**slots))
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    title = f"{c1} and {c2} discuss {slots['topic']} in {city}"
    return title, f"{city.upper()} -- " + "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    words = 0
    for n in range(args.articles):
        title, text = article(rng, n)
        folder = args.out / f"{n // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article-{n:05d}.txt").write_text(f"{title}\n{text}\n", encoding="utf-8")
        words += len(text.split())
    print(f"wrote {args.articles} articles ({words:,} words) under {args.out}")


if __name__ == "__main__":
    main()
