"""Take docs/seed-graph.png: the page ``kg build seeds/`` writes, in headless
Chromium, with the best-supported relation's evidence open in the side panel.

    python docs/screenshot.py [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "seed-graph.png")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "--store",
                        f"{tmp}/store", "--exports", tmp, "-q"], check=True, capture_output=True)  # fmt: skip
        page_path = Path(tmp, "graph.html")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, headless=True, args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 860})
            page.goto(page_path.as_uri())
            while not page.evaluate("() => window.kgReady === true"):  # CSP: no eval
                time.sleep(0.05)
            page.evaluate("""() => { const e = kg.data.edges.slice().sort((a, b) => b.w - a.w)[0];
                                     kg.network.graphs.selectEdges([e.id]); kg.showEdge(e.id); }""")
            page.wait_for_timeout(300)
            page.screenshot(path=str(args.out))
            browser.close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
