"""Trunk post-build hook: puts the built-in story's static fallback into every demo page's
empty <steppe-story> (one without src), as index.html gets it through Trunk's inline link.
Runs on Trunk's staging folder, so dist/ only ever holds the finished pages."""
import os
import pathlib
import re

staging = pathlib.Path(os.environ["TRUNK_STAGING_DIR"])
fragment = pathlib.Path("www/bundles/central-asia-2022.html").read_text(encoding="utf-8").strip()
empty = re.compile(r"<steppe-story((?:(?!\bsrc=)[^>])*)></steppe-story>")
for page in sorted((staging / "demo").glob("*.html")):
    html = page.read_text(encoding="utf-8")
    filled = empty.sub(lambda m: f"<steppe-story{m.group(1)}>{fragment}</steppe-story>", html)
    if filled != html:
        page.write_text(filled, encoding="utf-8")
