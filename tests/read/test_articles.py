from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.read.articles import Skipped, read_articles, read_file
from kg.records import Article


def _read(tmp_path: Path, name: str, content: str | bytes) -> list[Article | Skipped]:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return list(read_articles([path]))


def test_txt_first_line_is_headline_and_dateline_is_kept(tmp_path: Path) -> None:
    [art] = _read(tmp_path, "a.txt", "Envoys meet\nGENEVA -- Two envoys met on Monday.\n")
    assert isinstance(art, Article)
    assert art.title == "Envoys meet"
    assert art.dateline == "GENEVA"
    assert art.text == "Two envoys met on Monday."


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


# -- hostile and broken input ------------------------------------------------------

SENTENCE = "Foreign Minister Lena Marsh met Chancellor Otto Brandt in Oslo."


def _reasons(got: list[Article | Skipped]) -> dict[str, str]:
    return {s.source.rsplit("/", 1)[-1]: s.reason for s in got if isinstance(s, Skipped)}


def test_json_records_with_wrong_types_and_extra_fields(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": SENTENCE, "title": 7, "date": 2024, "id": {"x": 1}, "extra": [1]}),
        json.dumps({"text": 42}),
        json.dumps({"body": ["a", "b"]}),
        json.dumps({"text": "   "}),
        json.dumps(None),
        '{"text": "' + "9" * 5000 + '"}',  # fine: a string
        '{"text": "x", "id": ' + "9" * 5000 + "}",  # an int with 5000 digits
        "[" * 50_000 + "]" * 50_000,
        json.dumps({"text": "Lone \ud800 surrogate: " + SENTENCE, "id": "\udfff"}),
    ]
    got = _read(tmp_path, "news.jsonl", "\n".join(lines))
    arts = [g for g in got if isinstance(g, Article)]
    assert [a.source.rsplit(":", 1)[-1] for a in arts] == ["1", "6", "9"]
    assert arts[0].title == "7" and arts[0].date is None and len(arts[0].id) == 16
    assert arts[2].text == "Lone \ufffd surrogate: " + SENTENCE
    for art in arts:
        (art.id + art.title + art.text).encode("utf-8")  # no lone surrogate survives
    assert _reasons(got) == {
        "news.jsonl:2": "'text' is a number, not a string",
        "news.jsonl:3": "'body' is an array, not a string",
        "news.jsonl:4": "'text' is blank",
        "news.jsonl:5": "expected a JSON object, got null",
        "news.jsonl:7": "invalid JSON line: Exceeds the limit (4300 digits) for integer string "
        "conversion: value has 5000 digits",
        "news.jsonl:8": "invalid JSON line: nested too deeply",
    }


def test_json_array_and_a_deeply_nested_document(tmp_path: Path) -> None:
    got = _read(tmp_path, "a.json", json.dumps([{"text": SENTENCE}, "oops", {"title": "t"}]))
    assert [type(g).__name__ for g in got] == ["Article", "Skipped", "Skipped"]
    assert _reasons(got) == {
        "a.json[2]": "expected a JSON object, got a string",
        "a.json[3]": "record has no 'text' or 'body'",
    }
    [deep] = _read(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    assert isinstance(deep, Skipped) and deep.reason == "invalid JSON: nested too deeply"


def test_jsonl_line_over_the_limit_is_not_parsed_and_the_rest_is(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "x" * 5000}), json.dumps({"text": SENTENCE})]
    path = tmp_path / "n.jsonl"
    path.write_text("\n".join(lines))
    got = list(read_articles([path], max_bytes=1000))
    assert isinstance(got[0], Skipped) and "line is over 4,000 bytes" in got[0].reason
    assert isinstance(got[1], Article) and got[1].text == SENTENCE


def test_jsonl_in_utf16_and_with_latin1_lines(tmp_path: Path) -> None:
    text = json.dumps({"text": "Zoë met Jürgen in Genève."}, ensure_ascii=False)
    [art] = _read(tmp_path, "u16.jsonl", (text + "\n").encode("utf-16"))
    assert isinstance(art, Article) and art.text == "Zoë met Jürgen in Genève."
    [art] = _read(tmp_path, "l1.jsonl", (text + "\n").encode("latin-1"))
    assert isinstance(art, Article) and art.text == "Zoë met Jürgen in Genève."


def test_article_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Headline\n" + (SENTENCE + " ") * 100)  # 6,409 bytes of text
    [small] = list(read_articles([path], max_bytes=5000))
    assert isinstance(small, Skipped)
    assert (
        small.reason.startswith("article is 6,407 bytes of text")
        and "KG_MAX_ARTICLE_MB" in small.reason
    )
    [read] = list(read_articles([path], max_bytes=7000))
    assert isinstance(read, Article)
    [huge] = list(read_articles([path], max_bytes=1000))  # over 4 bytes a character: not read
    assert isinstance(huge, Skipped) and huge.reason.startswith("file is 6,4")


def test_control_characters_and_line_ends_are_normalised(tmp_path: Path) -> None:
    raw = b"Head\x00line\r\nOtto\x1b[2J Brandt\x0cmet\xc2\x85Lena Marsh.\r\x7f"
    [art] = _read(tmp_path, "c.txt", raw)
    assert isinstance(art, Article)
    assert (art.title, art.text) == ("Headline", "Otto[2J Brandt\nmet\nLena Marsh.")


def test_pipes_devices_and_directories_are_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would block
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    got = list(read_articles([tmp_path / "pipe.txt", tmp_path / "zero.txt"]))
    assert [s.reason for s in got if isinstance(s, Skipped)] == [
        "not a regular file (a named pipe)",
        "not a regular file (a device)",
    ]


def test_symlink_loops_and_broken_links(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("Talks\n" + SENTENCE)
    (tmp_path / "d" / "up").symlink_to("..")  # a directory loop
    (tmp_path / "d" / "self.txt").symlink_to("self.txt")  # a file loop
    (tmp_path / "d" / "gone.txt").symlink_to("nowhere.txt")
    got = list(
        read_articles([tmp_path / "d", tmp_path / "d" / "self.txt", tmp_path / "d" / "gone.txt"])
    )
    assert [a.title for a in got if isinstance(a, Article)] == ["Talks"]
    reasons = [(s.source.rsplit("/", 1)[-1], s.reason) for s in got if isinstance(s, Skipped)]
    loop = "directory already read (symbolic link loop or second link)"
    assert [source for source, reason in reasons if reason == loop] == ["d"]  # via d/up/d
    assert reasons.count(("self.txt", "symbolic link loop")) == 2
    assert ("gone.txt", "broken symbolic link") in reasons


def test_unreadable_file_by_permissions(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root from reading")
    path = tmp_path / "secret.txt"
    path.write_text("Talks\n" + SENTENCE)
    path.chmod(0)
    [item] = list(read_articles([path]))
    assert isinstance(item, Skipped) and item.reason == "permission denied"


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_unreadable_file_even_for_root(tmp_path: Path) -> None:
    # /proc/self/mem opens for anyone but reading offset 0 fails with EIO: a
    # real file that cannot be read, whoever runs the tests.
    (tmp_path / "mem.txt").symlink_to("/proc/self/mem")
    [item] = list(read_articles([tmp_path / "mem.txt"]))
    assert isinstance(item, Skipped) and item.reason == "cannot read: Input/output error"


_SUFFIXES = st.sampled_from([".txt", ".html", ".json", ".jsonl", ".md"])
_BYTES = (
    st.binary(max_size=600)
    | st.text(max_size=300).map(str.encode)
    | st.sampled_from(
        [b'{"text": "\\ud800"}', b'[{"text": 1}, {}]', b"\xff\xfe" + "Zoë".encode("utf-16-le")]
    )
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_BYTES, _SUFFIXES)
def test_read_file_on_any_bytes_never_raises(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"any{suffix}"
    path.write_bytes(data)
    for item in read_file(path):
        assert isinstance(item, Article | Skipped)
        if isinstance(item, Article):
            (item.title + item.text).encode("utf-8")
            assert item.text.strip() or item.title
        else:
            assert item.reason and "\n" not in item.reason
