"""The bundled MiniLM: word vectors for near-synonym checks must not depend on history."""

import numpy as np


def test_a_word_vector_does_not_depend_on_its_batch_mates():
    from assistant.embeddings import MiniLMEmbeddings

    alone, crowded = MiniLMEmbeddings(), MiniLMEmbeddings()  # same model, separate caches
    mates = ["counterintelligence", "reassurance", "Kyiv", "x", "supercalifragilistic", "—", "2,500"]
    v_alone = alone.embed_words(["hiring"])[0]
    v_crowded = crowded.embed_words(mates + ["hiring"])[-1]
    # the same bits, not merely close: a near-synonym decision at its threshold must not
    # turn on which words a process happened to embed together first
    assert np.array_equal(v_alone, v_crowded), float(np.abs(v_alone - v_crowded).max())
    assert np.array_equal(alone.embed_words(mates[::-1])[::-1], crowded.embed_words(mates))
    # and a word asked again is the same vector, whatever came in between
    crowded.embed_words(["recruitment", "staffing"])
    assert np.array_equal(crowded.embed_words(["hiring"])[0], v_crowded)


def test_a_query_vector_is_the_one_encode_gives():
    """embed_query skips encode's per-call bookkeeping; the vector must not change."""
    from assistant.embeddings import MiniLMEmbeddings

    emb = MiniLMEmbeddings()
    texts = ["What did Hodges say about air power?", "", "  spaces  ", "“curly” quotes — and dashes",
             "word " * 400, "Wie viel kostet die Truppe?", "2,500 troops by 2027?"]
    for text in texts:
        via_encode = emb._encode([text])[0]
        emb.forget_queries()
        assert emb.embed_query(text) == via_encode, text
