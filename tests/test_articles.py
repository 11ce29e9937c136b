from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.articles import Article, Skipped, article_from_text, read_articles, split_dateline


def _read(tmp_path: Path, name: str, content: str | bytes) -> list[Article | Skipped]:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return list(read_articles([path]))


@pytest.mark.parametrize(
    ("body", "place", "rest"),
    [
        ("TEHRAN -- Iran said so.", "TEHRAN", "Iran said so."),
        ("WASHINGTON, March 31 - The envoy left.", "WASHINGTON", "The envoy left."),
        ("NEW YORK (Reuters) - Banks met.", "NEW YORK", "Banks met."),
        ("Moscow, 3 May - Talks began.", "Moscow", "Talks began."),
        ("Talks began - and ended.", None, "Talks began - and ended."),
        ("A well-known envoy arrived.", None, "A well-known envoy arrived."),
    ],
)
def test_dateline_is_split_off(body: str, place: str | None, rest: str) -> None:
    got_place, _, got_rest = split_dateline(body)
    assert (got_place, got_rest) == (place, rest)


def test_txt_first_line_is_headline_and_dateline_is_kept(tmp_path: Path) -> None:
    [art] = _read(tmp_path, "a.txt", "Envoys meet\nGENEVA -- Two envoys met on Monday.\n")
    assert isinstance(art, Article)
    assert art.title == "Envoys meet"
    assert art.dateline == "GENEVA"
    assert art.text == "Two envoys met on Monday."


def test_same_content_same_id_different_content_different_id() -> None:
    a = article_from_text("T\nBody one.", source="x")
    b = article_from_text("T\nBody one.", source="elsewhere/y")
    c = article_from_text("T\nBody two.", source="x")
    assert a.id == b.id != c.id


def test_html_visible_text_only(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Summit</title><style>p{color:red}</style>"
        "<script>alert('x')</script></head><body><h1>Summit</h1>"
        "<p>The ministers met.</p><!-- hidden --><p>They agreed.</p></body></html>"
    )
    [art] = _read(tmp_path, "a.html", html)
    assert isinstance(art, Article)
    assert art.title == "Summit"
    assert "alert" not in art.text and "color" not in art.text and "hidden" not in art.text
    assert art.text == "The ministers met.\n\nThey agreed."


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "One", "text": "Alpha met Beta.", "date": "2024-01-02", "id": "n1"}),
        "{not json",
        json.dumps({"title": "Two", "body": "Gamma spoke.", "url": "https://example.org/2"}),
        json.dumps({"title": "No text"}),
    ]
    got = _read(tmp_path, "news.jsonl", "\n".join(lines))
    arts = [g for g in got if isinstance(g, Article)]
    skipped = [g for g in got if isinstance(g, Skipped)]
    assert [a.title for a in arts] == ["One", "Two"]
    assert arts[0].id == "n1" and arts[0].date == "2024-01-02"
    assert arts[1].url == "https://example.org/2"
    assert [s.source.rsplit(":", 1)[-1] for s in skipped] == ["2", "4"]


def test_json_array(tmp_path: Path) -> None:
    data = [{"title": "A", "text": "One."}, {"title": "B", "text": "Two."}]
    got = _read(tmp_path, "news.json", json.dumps(data))
    assert [a.title for a in got if isinstance(a, Article)] == ["A", "B"]


def test_folders_are_read_recursively_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("A\nFirst.")
    (tmp_path / "b" / "c" / "d.txt").write_text("D\nSecond.")
    (tmp_path / "b" / "note.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    got = list(read_articles([tmp_path]))
    assert [a.title for a in got if isinstance(a, Article)] == ["A", "D"]
    assert any(isinstance(s, Skipped) and s.source.endswith("note.png") for s in got)


def test_missing_path_is_reported_not_raised(tmp_path: Path) -> None:
    [item] = list(read_articles([tmp_path / "nope.txt"]))
    assert isinstance(item, Skipped) and "no such file" in item.reason
