"""Bytes of every shape to text, or a clear refusal."""

from __future__ import annotations

import codecs
import gzip

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.read.decode import decode_bytes

TEXT = "Chancellor Otto Brandt met “Zoë” Lindqvist in Genève – twice.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-be"),  # no BOM
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-32"),  # its BOM starts like UTF-16-LE's
        TEXT.encode("cp1252"),  # Windows quotes and dashes
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be", "utf16le", "utf32-bom", "cp1252"],
)
def test_text_in_any_common_encoding_reads_back(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_latin1_is_read_as_latin1() -> None:
    text = "Réunion à Genève: Jürgen Weiß et Zoë\n" * 3
    assert decode_bytes(text.encode("latin-1")) == text


def test_utf8_with_a_stray_byte_keeps_the_good_characters() -> None:
    data = "Genève – Zürich ".encode() * 5 + b"\xff" + " café".encode()
    text = decode_bytes(data)
    assert text.count("Genève") == 5 and text.endswith("\ufffd café")


def test_a_few_nul_bytes_do_not_make_text_binary() -> None:
    text = decode_bytes(b"Envoys met in Oslo.\x00 They agreed.\x00\n" * 10)
    assert "Envoys met in Oslo." in text


def test_nul_padded_text_is_text() -> None:
    assert decode_bytes(b"Envoys met in Oslo." + b"\x00" * 500).startswith("Envoys met")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (gzip.compress(b"Envoys met in Oslo."), "gzip archive"),
        (b"%PDF-1.7\n" + bytes(range(256)), "PDF document"),
        (b"\x00\x01\x02\x03\x04\x05\x06" * 200, "NUL bytes"),
        (bytes(range(1, 32)) * 50, "unprintable"),
    ],
)
def test_binaries_are_refused_with_their_kind(data: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=kind):
        decode_bytes(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_text_or_a_clear_refusal(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except InputError as exc:
        assert "binary file" in str(exc)
    else:
        assert isinstance(text, str)
        text.encode("utf-8")  # never a lone surrogate
