from pathlib import Path

import pytest

from assistant.errors import (
    BinaryFileError,
    EmptyFileError,
    FileTooLargeError,
    MissingPathError,
    UnsupportedFileError,
)
from ingest.load import iter_paths, load_bytes, load_file


def test_markdown_front_matter_gives_url_and_date(tmp_path: Path):
    f = tmp_path / "a.md"
    f.write_text("---\nurl: https://example.org/a\ndate: 2025-09-04\n---\n# Title\n\nBody text here.\n")
    doc = load_file(f)
    assert doc.url == "https://example.org/a"
    assert doc.date == "2025-09-04"
    assert doc.text.lstrip().startswith("# Title")


@pytest.mark.parametrize(
    ("name", "data", "error", "words"),
    [
        ("empty.md", b"", EmptyFileError, "empty"),
        ("blank.txt", b"   \n\n  ", EmptyFileError, "empty"),
        ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryFileError, "binary"),
        ("latin1.txt", "caf\xe9 cr\xe8me".encode("latin-1"), BinaryFileError, "UTF-8"),
        ("sheet.xlsx", b"PK\x03\x04", UnsupportedFileError, ".xlsx"),
        ("noext", b"hello", UnsupportedFileError, "unsupported"),
    ],
)
def test_bad_bytes_get_a_clear_error(name, data, error, words):
    with pytest.raises(error) as info:
        load_bytes(data, name)
    assert name in str(info.value)
    assert words.lower() in str(info.value).lower()


def test_too_large_file(tmp_path: Path):
    f = tmp_path / "big.md"
    f.write_text("# Big\n\n" + "word " * 1000)
    with pytest.raises(FileTooLargeError) as info:
        load_file(f, max_bytes=1000)
    assert "big.md" in str(info.value) and "limit" in str(info.value)


def test_missing_path(tmp_path: Path):
    with pytest.raises(MissingPathError) as info:
        list(iter_paths([tmp_path / "nope.md"]))
    assert "nope.md" in str(info.value)


def test_directory_lists_supported_files_only(tmp_path: Path):
    (tmp_path / "a.md").write_text("# A\n\nText.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B\n\nText.")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    assert [p.name for p in iter_paths([tmp_path])] == ["a.md", "b.txt"]


def test_html_is_reduced_to_blocks():
    html = b"""<html><head><title>T</title><meta property="og:url" content="https://x.org/a">
    <meta property="article:published_time" content="2025-01-02"></head><body><nav>Menu</nav>
    <article><h1>Big news</h1><p>First <strong>bold</strong> paragraph.</p>
    <figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>
    <h2>Section</h2><p>&ldquo;Quote here,&rdquo; said Jane Doe.</p></article>
    <script>var x = 1;</script></body></html>"""
    doc = load_bytes(html, "page.html")
    assert doc.url == "https://x.org/a" and doc.date == "2025-01-02"
    assert doc.text.splitlines()[0] == "# Big news"
    assert "Menu" not in doc.text and "var x" not in doc.text
    assert "“Quote here,” said Jane Doe." in doc.text
    assert "*A caption*" in doc.text
