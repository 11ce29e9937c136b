"""Take docs/corpus-graph.png: the first screen of the page ``kg view`` writes for
a corpus store (the README's is the 417 BBC politics stories of 2005, ingested
with ``kg ingest`` into a store outside the project), in headless Chromium, and
print what that screen shows.

    python docs/screenshot_corpus.py --store S [--search QUERY [--expect NAME]]

The checks printed are those the browser tests make on an invented corpus:
actors without relations on the first screen (none expected), the names drawn
readably (12 px or more, inside the canvas, none overlapping), and with
``--search`` the actor the search focuses (``--expect`` makes a mismatch an
error) and the matches listed with their relation counts.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip


def readable(labels: list[dict[str, Any]], width: float, height: float) -> list[str]:
    """The names drawn at 12 px or more, inside the canvas, overlapping no other."""
    ok = []
    for i, a in enumerate(labels):
        inside = a["x"] >= 0 and a["y"] >= 0 and a["x"] + a["w"] <= width
        inside = inside and a["y"] + a["h"] <= height
        apart = all(a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"] or
                    a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"]
                    for j, b in enumerate(labels) if j != i)  # fmt: skip
        if inside and apart and a["px"] >= 12:
            ok.append(a["label"])
    return ok


def wait(page: Any, predicate: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not page.evaluate(predicate):  # the page's CSP forbids Playwright's eval
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {predicate}")
        time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="a kg store directory")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "corpus-graph.png")
    parser.add_argument("--search", metavar="QUERY", help="type QUERY in the search box")
    parser.add_argument("--expect", metavar="NAME", help="the actor the search must focus")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp, "graph.html")
        subprocess.run([sys.executable, "-m", "kg", "view", "--store", args.store, "-o",
                        str(page_path)], check=True)  # fmt: skip
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(
                Path(tmp, "profile"), executable_path=args.chromium, headless=True, args=ARGS,
                viewport={"width": 1400, "height": 860})  # fmt: skip
            page = context.new_page()
            page.goto(page_path.as_uri())
            wait(page, "() => window.kgReady === true")
            page.wait_for_timeout(300)
            shown = page.evaluate("""() => { const deg = {};
                kg.data.edges.forEach(e => { deg[e.from] = 1; deg[e.to] = 1; });
                const ids = kg.shownNodes();
                return [ids.length, ids.filter(id => !deg[id]).length, kg.data.nodes.length]; }""")
            print(f"first screen: {shown[0]} of {shown[2]} actors shown, "
                  f"{shown[1]} of them without relations")  # fmt: skip
            box = page.evaluate("""() => { const c = document.querySelector('#graph canvas');
                                           return [c.clientWidth, c.clientHeight]; }""")
            names = readable(page.evaluate("kg.labels()"), *box)
            print(f"names drawn readably: {len(names)}: {', '.join(names)}")
            page.screenshot(path=str(args.out))
            print(f"wrote {args.out}")
            if args.search:
                search(page, args.search, args.expect)
            context.close()


def search(page: Any, query: str, expect: str | None) -> None:
    start = page.evaluate("() => performance.now()")
    page.locator("#search").fill(query)
    page.locator("#search").press("Enter")
    wait(page, "() => window.kgFocused !== undefined")
    took = page.evaluate("() => performance.now()") - start
    focused = page.evaluate("kg.data.nodes[window.kgFocused].label")
    print(f"search {query!r} focuses {focused!r} ({took:.0f} ms, typing included)")
    for line in page.locator("#matches .link").all_inner_texts():
        print(f"  {line}")
    if expect and focused != expect:
        raise SystemExit(f"expected the search to focus {expect!r}")


if __name__ == "__main__":
    main()
