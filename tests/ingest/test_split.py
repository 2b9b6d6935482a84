from ingest.clean import clean
from ingest.load import RawDocument
from ingest.quotes import find_spans
from ingest.split import split


def test_passages_cover_the_body_with_exact_offsets(default_item):
    text = default_item.article.text
    assert default_item.passages
    for p in default_item.passages:
        assert text[p.start:p.end] == p.text
        assert p.article_id == default_item.article.id
    sections = {p.section for p in default_item.passages}
    assert "US as a reliable partner" in sections and "" in sections


def test_quotes_sit_inside_one_passage(default_item):
    by_id = {p.id: p for p in default_item.passages}
    for q in default_item.quotes:
        p = by_id[q.passage_id]
        assert p.start <= q.start and q.end <= p.end


def test_long_paragraph_split_at_sentences_never_inside_a_quote():
    sentence = "The council met again today and discussed the budget at length. "
    quote = '"This quote. Has several. Sentences inside it that must stay together," she said. '
    body = (sentence * 6 + quote + sentence * 6).strip()
    a = clean(RawDocument("t.md", "markdown", "# T\n\n" + body))
    spans, _ = find_spans(a)
    passages = split(a, spans, max_chars=300)
    assert len(passages) > 2
    for p in passages:
        assert len(p.text) <= 300 or p.text.count(".") == 1
        assert p.text.count('"') % 2 == 0  # a quote is never cut
        assert p.text[0].isupper() or p.text[0] == '"'


def test_passage_ids_are_stable(default_item):
    from ingest.pipeline import process
    from ingest.load import RawDocument as R

    again = process(R(default_item.article.source, "markdown", open(default_item.article.source, encoding="utf-8").read()))
    assert [p.id for p in again.passages] == [p.id for p in default_item.passages]
    assert len({p.id for p in again.passages}) == len(again.passages)


def _sentences(text: str) -> list[str]:
    from ingest.split import sentence_starts

    starts = sentence_starts(text, 0, len(text), [])
    return [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]


def test_a_clock_time_ends_a_sentence_unless_a_day_or_zone_follows():
    text = (
        "The pool closes at 5 p.m. Residents were told to leave. It opens at 9 a.m. Tuesday "
        "and at 4 p.m. ET on Friday. Gov. Ann Lee and J. R. Smith of the U.S. Army spoke."
    )
    assert _sentences(text) == [
        "The pool closes at 5 p.m.",
        "Residents were told to leave.",
        "It opens at 9 a.m. Tuesday and at 4 p.m. ET on Friday.",
        "Gov. Ann Lee and J. R. Smith of the U.S. Army spoke.",
    ]


def test_a_datelines_state_abbreviation_ends_no_sentence():
    text = ("MARLOW, Vt. (HCW) — The county board voted 4-1 on Tuesday. It met again at 7 p.m. "
            "(Officials said later that the vote stands.) Then it adjourned.")
    assert _sentences(text) == [
        "MARLOW, Vt. (HCW) — The county board voted 4-1 on Tuesday.",
        "It met again at 7 p.m.",
        "(Officials said later that the vote stands.)",
        "Then it adjourned.",
    ]
