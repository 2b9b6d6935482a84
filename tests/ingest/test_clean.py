from ingest.clean import clean, strip_inline
from ingest.load import RawDocument


def test_default_article_canonical_text(default_item):
    a = default_item.article
    assert a.title == "Allies ready to deploy troops to Ukraine, but they need backing from the US"
    assert a.byline == "TA | AP Insight"
    assert "**" not in a.text and "security guarantees for a postwar Ukraine" in a.text
    # the three mid-sentence paragraph breaks are joined
    assert "agree to a cessation of hostilities" in a.text
    assert "a shift toward the Russian position" in a.text
    assert "as current political leadership." in a.text
    # headings are section titles and blocks
    headings = [a.text[b.start:b.end] for b in a.blocks if b.kind == "heading"]
    assert headings == [
        "Why Europeans believe a ceasefire is necessary",
        "What a European security guarantee for Ukraine could look like",
        "US as a reliable partner",
    ]
    # pull quotes and the caption are metadata, not a second copy in the text
    kinds = sorted(d.kind for d in a.displayed)
    assert kinds == ["caption", "pull_quote", "pull_quote"]
    assert a.text.count("Despite Zelenskyy signaling his willingness to talk") == 1
    assert a.text.count("European officials have indicated that the troops") == 1
    # typographic marks are kept exactly
    assert "“There’s no easy way out,”" in a.text


def test_blocks_point_into_the_text(default_item):
    a = default_item.article
    for b in a.blocks:
        assert a.text[b.start:b.end].strip() == a.text[b.start:b.end]
        assert b.end > b.start


def test_strip_inline_keeps_quotes_and_apostrophes():
    assert strip_inline("a **bold** and *it* and [link](http://x) “q” don't") == "a bold and it and link “q” don't"
    assert strip_inline("snake_case_name and 2*3*4") == "snake_case_name and 2*3*4"


def test_plain_text_first_line_is_title():
    a = clean(RawDocument("x.txt", "text", "Short title\n\nBody paragraph one.\n\nBody two."))
    assert a.title == "Short title"
    assert a.text == "Short title\n\nBody paragraph one.\n\nBody two."


def test_bold_paragraph_that_is_not_a_repeat_is_kept():
    raw = "# T\n\nBody one says hello.\n\n**This bold paragraph is new information that appears nowhere else in the story at all.**\n"
    a = clean(RawDocument("x.md", "markdown", raw))
    assert "This bold paragraph is new information" in a.text
    assert a.displayed == []


def test_id_is_stable_and_content_derived():
    raw = "# T\n\nSame body."
    assert clean(RawDocument("a.md", "markdown", raw)).id == clean(RawDocument("b.md", "markdown", raw)).id
    assert clean(RawDocument("a.md", "markdown", raw)).id != clean(RawDocument("a.md", "markdown", raw + " More.")).id
