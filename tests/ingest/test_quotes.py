from pathlib import Path

from ingest.clean import clean
from ingest.load import RawDocument, load_file
from ingest.quotes import find_spans

DATA = Path(__file__).resolve().parent.parent / "data"


def spans_of(raw: str):
    a = clean(RawDocument("t.md", "markdown", raw))
    spans, warnings = find_spans(a)
    return a, [a.text[s.start:s.end] for s in spans], warnings


def test_curly_and_straight_quotes_pair():
    _, texts, warnings = spans_of('# T\n\n“One,” she said. "Two," he said.')
    assert texts == ["One,", "Two,"]
    assert warnings == []


def test_apostrophes_and_nested_single_quotes_are_not_spans():
    _, texts, _ = spans_of("# T\n\nEuropeans' views don't change, and the '90s rock 'n' roll fans loved 'em. "
                           "“He said ‘never again’ twice,” she said.")
    assert texts == ["He said ‘never again’ twice,"]


def test_single_quotes_outside_double_quotes_are_spans():
    # British and science-journal style: ‘...’ for a term, or for reported words
    _, texts, _ = spans_of("# T\n\nThe compounds known as ‘ghost salts’ persist, and the '90s were 'fine', "
                           "the agency's 'review' found. “He said ‘never again’ twice,” she said.")
    assert texts == ["ghost salts", "fine", "review", "He said ‘never again’ twice,"]


def test_multi_paragraph_quote_is_split_per_paragraph_and_linked():
    a, texts, warnings = spans_of('# T\n\n"First part runs on.\n\n"Second part ends," she said.')
    assert texts == ["First part runs on.", "Second part ends,"]
    spans, _ = find_spans(a)
    assert spans[0].continues and spans[1].continued_from == 0
    assert warnings == []


def test_stray_mark_never_swallows_the_article():
    a = clean(load_file(DATA / "hard" / "unbalanced.md"))
    spans, warnings = find_spans(a)
    texts = [a.text[s.start:s.end] for s in spans]
    assert any("never closed" in w for w in warnings)
    # the unclosed quote stops at its paragraph end; later quotes are found normally
    assert texts[0].endswith("declined to give a date.")
    assert "The money is there." in texts and "slow" in texts
    assert all("\n" not in t for t in texts)


def test_closing_mark_without_opening_is_reported():
    _, texts, warnings = spans_of("# T\n\nHe left” and never came back.")
    assert texts == []
    assert any("no opening mark" in w for w in warnings)


def test_every_span_is_verbatim(default_item):
    text = default_item.article.text
    for q in default_item.quotes:
        assert text[q.start:q.end] == q.text
        assert text[q.start - 1] in "“\"" and text[q.end] in "”\""
