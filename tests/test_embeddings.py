"""The bundled MiniLM: word vectors for near-synonym checks must not depend on history."""

import numpy as np


def test_a_word_vector_does_not_depend_on_its_batch_mates():
    from assistant.embeddings import MiniLMEmbeddings

    alone, crowded = MiniLMEmbeddings(), MiniLMEmbeddings()  # same model, separate caches
    mates = ["counterintelligence", "reassurance", "Kyiv", "x", "supercalifragilistic", "—", "2,500"]
    v_alone = alone.embed_words(["hiring"])[0]
    v_crowded = crowded.embed_words(mates + ["hiring"])[-1]
    assert np.allclose(v_alone, v_crowded, atol=1e-5), float(np.abs(v_alone - v_crowded).max())
    # and a word asked again is the same vector, whatever came in between
    crowded.embed_words(["recruitment", "staffing"])
    assert np.array_equal(crowded.embed_words(["hiring"])[0], v_crowded)
