"""Invented articles and small readers shared by the network and viewer tests."""

from __future__ import annotations

import json
import re
from typing import Any

# Three invented articles for the network, analysis and viewer tests. The third
# is hostile: markup in its title and sentences must be shown, never run. Written
# weekdays fall on the article's own date, so event dates equal article dates.
NEWS = (
    ("oslo", "Oslo talks", "2021-03-02",
     "Norwegian Foreign Minister Lena Marsh met German Chancellor Otto Brandt in Oslo on Tuesday. "
     "Brandt later held talks with Czech Prime Minister Ivo Kral. "
     "Marsh criticised Sweden over fishing quotas."),
    ("vienna", "Vienna meeting", "2022-01-05",
     "Austrian Chancellor Mara Quist met Finnish President Tomas Reyl in Vienna. "
     "Quist praised Germany for its help. Quist also met Czech Prime Minister Ivo Kral on Wednesday."),
    ("tallinn", '<script>window.__pwned=1</script><img src=x onerror="alert(2)"> Tallinn summit',
     "2022-02-01",
     "Estonian Prime Minister Kaja Lind met Finnish President Tomas Reyl in Tallinn. "
     "Lind criticised Russia over the <script>window.__pwned=3</script> cable damage. "
     'Kaja Lind met Tomas Reyl again on Tuesday, saying "<img src=x onerror=alert(4)>" was their motto.'),
)  # fmt: skip
HOSTILE = ("<script>window.__pwned", "<img src=x onerror=")


def page_data(html: str) -> dict[str, Any]:
    """The JSON document a graph page carries."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "no data element in the page"
    return dict(json.loads(match.group(1)))
