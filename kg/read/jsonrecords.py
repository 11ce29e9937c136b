"""JSON and JSON Lines input: records out, one located error per bad record.

A ``.json`` file holds one record or an array of records; a ``.jsonl`` file one
record per line, read line by line (a huge corpus never sits in memory, a line
over the size limit is not parsed). Every record comes with its location
(``file[3]``, ``file:12``); a line that is not JSON gives an :class:`InputError`
in its place, so the caller can report it and go on.

>>> [(where, rec) for where, rec in json_records('[{"text": "A"}, 7]', "a.json")]
[('a.json[1]', {'text': 'A'}), ('a.json[2]', 7)]
>>> [(w, str(r)) for w, r in jsonl_records(io.BytesIO(b'{"text": "A"}\\n{oops\\n'), "b.jsonl", 100)]
[('b.jsonl:1', "{'text': 'A'}"), ('b.jsonl:2', 'invalid JSON line: Expecting property name enclosed in double quotes (column 2)')]
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from kg.errors import InputError
from kg.read.decode import decode_bytes

Located = tuple[str, object]  # (where, record or InputError)


def json_error(exc: Exception) -> str:
    """What is wrong with a JSON text, in a few words."""
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).split(";")[0][:120]  # e.g. an integer with thousands of digits


def json_records(text: str, source: str) -> Iterator[Located]:
    """The records of a ``.json`` document: one object, or an array of them."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        yield source, InputError(f"invalid JSON: {json_error(exc)}")
        return
    if not isinstance(data, list):
        yield source, data
        return
    for n, record in enumerate(data, 1):
        yield f"{source}[{n}]", record


def jsonl_records(fh: BinaryIO, source: str, max_line: int) -> Iterator[Located]:
    """The records of a JSON Lines file, one per non-blank line."""
    for n, raw in enumerate(_lines(fh, max_line), 1):
        where = f"{source}:{n}"
        if len(raw) > max_line:
            yield where, InputError(f"line is over {max_line:,} bytes; not parsed")
            continue
        line = decode_line(raw)
        if not line.strip():
            continue
        try:
            yield where, json.loads(line)
        except (ValueError, RecursionError) as exc:
            error = json_error(exc).replace("(line 1, column", "(column")
            yield where, InputError(f"invalid JSON line: {error}")


def decode_line(raw: bytes) -> str:
    """One line of a JSON Lines file: UTF-8 (a BOM dropped), else Windows-1252."""
    try:
        return raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _lines(fh: BinaryIO, max_line: int) -> Iterator[bytes]:
    """Lines (without their end) of at most ``max_line + 1`` bytes: the rest of a
    longer line is read and dropped, never held. Binary files are refused and
    UTF-16/32 files decoded first."""
    head = fh.read(4096)
    fh.seek(0)
    decode_bytes(head)  # raises InputError for a binary file
    boms = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
    if head.startswith(boms) or head.count(0) > len(head) // 10:
        data = fh.read(max_line * 5 + 1)
        if len(data) > max_line * 5:
            raise InputError(f"UTF-16/32 JSON Lines file over {max_line * 5:,} bytes; "
                             "convert it to UTF-8")  # fmt: skip
        fh = io.BytesIO(decode_bytes(data).encode())
    while True:
        line = fh.readline(max_line + 1)
        if not line:
            return
        if len(line) > max_line and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
        yield line.rstrip(b"\r\n")
