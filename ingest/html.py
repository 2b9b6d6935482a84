"""Reduce an HTML article page to the markdown-like block text the cleaner reads:
``# title``, ``## heading``, paragraphs, ``> `` pull quotes and ``*caption*`` lines.
Navigation, scripts, styles and forms are dropped."""

from __future__ import annotations

import re


def _text(node) -> str:
    return re.sub(r"\s+", " ", node.get_text(" ", strip=False)).strip()


def html_to_markdown(html: str) -> tuple[str, str | None, str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for bad in soup(["script", "style", "nav", "header", "footer", "form", "noscript", "iframe", "svg"]):
        bad.decompose()

    url = None
    date = None
    for meta in soup.find_all("meta"):
        prop = (meta.get("property") or meta.get("name") or "").lower()
        if prop in {"og:url", "canonical"} and not url:
            url = meta.get("content")
        if prop in {"article:published_time", "date", "pubdate", "dc.date"} and not date:
            date = meta.get("content")
    link = soup.find("link", rel="canonical")
    if link and not url:
        url = link.get("href")
    if not date:
        t = soup.find("time")
        if t is not None:
            date = t.get("datetime") or _text(t) or None

    root = soup.find("article") or soup.body or soup
    lines: list[str] = []
    title_done = False
    for node in root.find_all(["h1", "h2", "h3", "h4", "p", "blockquote", "figcaption", "li"]):
        # skip nodes nested in a block we already emit whole
        if node.find_parent(["blockquote", "figcaption"]) is not None and node.name != "blockquote":
            continue
        if node.name == "li" and node.find_parent(["blockquote"]) is not None:
            continue
        text = _text(node)
        if not text:
            continue
        if node.name == "h1":
            lines.append(("# " if not title_done else "## ") + text)
            title_done = True
        elif node.name in {"h2", "h3", "h4"}:
            lines.append("## " + text)
        elif node.name == "blockquote":
            classes = " ".join(node.get("class") or []).lower()
            if "pull" in classes or "aside" in classes or node.find_parent("aside") is not None:
                lines.append("> " + text)
            else:
                lines.append(text)  # an ordinary block quotation is body text
        elif node.name == "figcaption":
            lines.append("*" + text + "*")
        elif node.name == "li":
            lines.append(text)
        else:
            if node.find_parent("aside") is not None:
                lines.append("> " + text)
            else:
                lines.append(text)
    if not title_done:
        t = soup.find("title")
        if t is not None and _text(t):
            lines.insert(0, "# " + _text(t))
    return "\n\n".join(lines), url, date
