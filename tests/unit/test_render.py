"""Tests of client.render: Markdown rendering, mentions, sanitising, plain-text fallback.

The injection corpus (tests/data/injection_corpus.json) goes through both `sanitize_html`
and `render_markdown`; the output is parsed with html.parser and every element, attribute
and URL is checked against what the UI may safely display.
"""

from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from client.render import (
    RenderedBody,
    html_to_plain,
    matrix_to_user_url,
    render_markdown,
    sanitize_html,
)

CORPUS_PATH = Path(__file__).parent.parent / "data" / "injection_corpus.json"

# What the sanitiser may let through: the Matrix allowlist, nothing more.
SAFE_TAGS = frozenset(
    {
        "font", "del", "s", "strike", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "p", "a", "ul", "ol", "sup", "sub", "li", "b", "i", "u", "strong", "em", "code",
        "hr", "br", "div", "table", "thead", "tbody", "tr", "th", "td", "caption", "pre",
        "span", "img", "details", "summary",
    }
)  # fmt: skip
SAFE_ATTRIBUTES: dict[str, frozenset[str]] = {
    "font": frozenset({"data-mx-bg-color", "data-mx-color", "color"}),
    "span": frozenset({"data-mx-bg-color", "data-mx-color", "data-mx-spoiler"}),
    "a": frozenset({"name", "target", "href", "rel"}),
    "img": frozenset({"width", "height", "alt", "title", "src"}),
    "ol": frozenset({"start"}),
    "code": frozenset({"class"}),
}
LINK_PREFIXES = ("http://", "https://", "mailto:")


class _Inspector(HTMLParser):
    """Collects everything in an HTML fragment that would be unsafe to display."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in SAFE_TAGS:
            self.problems.append(f"tag <{tag}>")
        allowed = SAFE_ATTRIBUTES.get(tag, frozenset())
        for name, value in attrs:
            if name not in allowed:
                self.problems.append(f"attribute {name} on <{tag}>")
            if name.startswith("on") or name in {"style", "srcset", "background", "formaction"}:
                self.problems.append(f"dangerous attribute {name} on <{tag}>")
            if name == "href" and not _clean_url(value).startswith(LINK_PREFIXES):
                self.problems.append(f"href {value!r}")
            if name == "src" and not _clean_url(value).startswith("mxc://"):
                self.problems.append(f"src {value!r}")
            if (
                name in {"color", "data-mx-color", "data-mx-bg-color"}
                and value
                and ("(" in value or ":" in value or ";" in value)
            ):
                self.problems.append(f"colour {value!r}")
        if tag == "a" and ("rel", "noopener noreferrer") not in attrs:
            self.problems.append(f"link without rel: {attrs!r}")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data: str) -> None:
        self.problems.append(f"comment {data!r}")

    def handle_decl(self, decl: str) -> None:
        self.problems.append(f"declaration {decl!r}")

    def handle_pi(self, data: str) -> None:
        self.problems.append(f"processing instruction {data!r}")

    def unknown_decl(self, data: str) -> None:
        self.problems.append(f"unknown declaration {data!r}")


def _clean_url(value: str | None) -> str:
    """The URL as a browser would resolve its scheme: no whitespace or control characters."""
    return "".join(c for c in (value or "") if c > " ").lower()


def inspect(html: str) -> _Inspector:
    inspector = _Inspector()
    inspector.feed(html)
    inspector.close()
    return inspector


def assert_safe(html: str) -> None:
    problems = inspect(html).problems
    assert not problems, f"{problems} in {html!r}"
    # Sanitised output must be a fixed point: if parsing and serialising it again changed
    # it, a second parser (the UI's) could see different markup than the sanitiser did.
    assert sanitize_html(html) == html


def _load_corpus() -> list[dict[str, str]]:
    cases: Any = json.loads(CORPUS_PATH.read_text(encoding="utf-8"))
    assert isinstance(cases, list)
    return cases


CORPUS = _load_corpus()


def test_corpus_is_large_and_well_formed() -> None:
    assert len(CORPUS) >= 60
    assert len({case["id"] for case in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize("case", CORPUS, ids=[case["id"] for case in CORPUS])
def test_corpus_through_sanitize_html(case: dict[str, str]) -> None:
    html = sanitize_html(case["input"])
    assert_safe(html)
    assert "alert(1)" not in "".join(inspect(html).tags)


@pytest.mark.parametrize("case", CORPUS, ids=[case["id"] for case in CORPUS])
def test_corpus_through_render_markdown(case: dict[str, str]) -> None:
    rendered = render_markdown(case["input"], mentions={"Anna": "@anna:example.org"})
    assert_safe(rendered.html)


@pytest.mark.parametrize(
    ("case_id", "forbidden"),
    [
        ("script-lower", "alert"),
        ("style-tag", "background"),
        ("textarea", "alert"),
        ("svg-script", "alert"),
        ("mx-reply-fallback", "In reply to"),
        ("comment-script", "alert"),
        ("iframe-srcdoc", "script"),
    ],
)
def test_content_of_dangerous_containers_is_gone(case_id: str, forbidden: str) -> None:
    (case,) = [c for c in CORPUS if c["id"] == case_id]
    assert forbidden not in sanitize_html(case["input"])


def test_markdown_shows_typed_html_as_text() -> None:
    rendered = render_markdown("<script>alert(1)</script> and <b>bold</b>")
    assert "<script" not in rendered.html
    assert "&lt;script&gt;" in rendered.html
    assert rendered.plain == "<script>alert(1)</script> and <b>bold</b>"


# --- positive: sanitize_html keeps what it should --------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "<p>a <b>b</b> <i>i</i> <u>u</u> <strong>s</strong> <em>e</em> <del>d</del></p>",
        "<p><s>s</s> <strike>old</strike> x<sup>2</sup> H<sub>2</sub>O</p>",
        "<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>",
        "<blockquote><p>quoted</p></blockquote><hr>",
        '<ul><li>one</li></ul><ol start="3"><li>three</li></ol>',
        '<pre><code class="language-python">print("x")</code></pre>',
        "<table><caption>c</caption><thead><tr><th>h</th></tr></thead>"
        "<tbody><tr><td>d</td></tr></tbody></table>",
        '<font color="#ff0000" data-mx-color="#00ff00" data-mx-bg-color="#0000ff">c</font>',
        '<span data-mx-spoiler="plot">secret</span> <span data-mx-color="#123abc">c</span>',
        "<details><summary>more</summary><div>hidden<br>text</div></details>",
        '<img src="mxc://example.org/abcDEF" alt="cat" title="a cat" width="64" height="48">',
        '<a href="https://example.org/path?q=1&amp;r=2" rel="noopener noreferrer">https</a>',
        '<a href="http://example.org/" rel="noopener noreferrer">http</a>',
        '<a href="mailto:info@example.org" rel="noopener noreferrer">mail</a>',
        '<a name="anchor" target="_blank" href="https://example.org" rel="noopener noreferrer">'
        "t</a>",
    ],
)
def test_allowed_html_survives_unchanged(html: str) -> None:
    assert sanitize_html(html) == html
    assert_safe(html)


def test_links_get_rel_noopener() -> None:
    html = sanitize_html('<a href="https://example.org" rel="opener">x</a>')
    assert html == '<a href="https://example.org" rel="noopener noreferrer">x</a>'


def test_link_with_forbidden_scheme_keeps_its_text() -> None:
    assert sanitize_html('<a href="javascript:alert(1)">click</a>') == (
        '<a rel="noopener noreferrer">click</a>'
    )


def test_remote_image_is_dropped_entirely() -> None:
    assert sanitize_html('a<img src="https://tracker.example/p.gif" alt="x">b') == "ab"


def test_mxc_image_loses_remote_attributes_only() -> None:
    html = sanitize_html('<img src="mxc://e/a" srcset="https://t/x 2x" style="x" alt="a>b">')
    assert html == '<img src="mxc://e/a" alt="a&gt;b">'


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<font color="red;background:url(x)">c</font>', "<font>c</font>"),
        ('<span data-mx-color="red">c</span>', "<span>c</span>"),
        ('<ol start="1; x"><li>a</li></ol>', "<ol><li>a</li></ol>"),
        ('<code class="language-py evil">c</code>', '<code class="language-py">c</code>'),
        ('<code class="evil">c</code>', "<code>c</code>"),
        ('<img src="mxc://e/a" width="100%">', '<img src="mxc://e/a">'),
    ],
)
def test_attribute_values_are_validated(html: str, expected: str) -> None:
    assert sanitize_html(html) == expected


# --- positive: Markdown ----------------------------------------------------------------


def _tags(html: str) -> list[str]:
    return inspect(html).tags


def test_empty_input() -> None:
    assert render_markdown("") == RenderedBody(html="", plain="", mentioned_user_ids=())


@pytest.mark.parametrize(
    ("markdown", "expected_html"),
    [
        ("*em* **strong** `code`", "<p><em>em</em> <strong>strong</strong> <code>code</code></p>"),
        ("~~gone~~", "<p><del>gone</del></p>"),
        ("# Title", "<h1>Title</h1>"),
        ("line one\nline two", "<p>line one<br>\nline two</p>"),
        ("para one\n\npara two", "<p>para one</p>\n<p>para two</p>"),
        ("> quote", "<blockquote>\n<p>quote</p>\n</blockquote>"),
        ("- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"),
        ("3. c\n4. d", '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>'),
        ("---", "<hr>"),
        ("a\\*b", "<p>a*b</p>"),
        (
            "```python\nx = 1 < 2\n```",
            '<pre><code class="language-python">x = 1 &lt; 2\n</code></pre>',
        ),
    ],
)
def test_markdown_features(markdown: str, expected_html: str) -> None:
    assert render_markdown(markdown).html == expected_html


def test_table() -> None:
    html = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |").html
    assert _tags(html) == ["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"]


@pytest.mark.parametrize(
    ("markdown", "href", "label"),
    [
        ("see https://example.org/a?b=c.", "https://example.org/a?b=c", "https://example.org/a?b=c"),
        ("(https://example.org/x)", "https://example.org/x", "https://example.org/x"),
        ("wiki https://de.wikipedia.org/wiki/A_(B)!", "https://de.wikipedia.org/wiki/A_(B)",
         "https://de.wikipedia.org/wiki/A_(B)"),
        ("go to www.example.org, now", "https://www.example.org", "www.example.org"),
        ("mail info@example.org.", "mailto:info@example.org", "info@example.org"),
        ("<https://example.org>", "https://example.org", "https://example.org"),
        ("[text](https://example.org)", "https://example.org", "text"),
        ("[m](mailto:a@example.org)", "mailto:a@example.org", "m"),
        ("[h](http://example.org)", "http://example.org", "h"),
    ],
)  # fmt: skip
def test_links(markdown: str, href: str, label: str) -> None:
    html = render_markdown(markdown).html
    assert f'<a href="{href}" rel="noopener noreferrer">{label}</a>' in html


def test_bare_urls_in_code_are_not_linked() -> None:
    html = render_markdown("`https://example.org` and\n\n    https://example.org").html
    assert "<a" not in html


def test_markdown_image_becomes_link() -> None:
    html = render_markdown("![plan](https://example.org/plan.png)").html
    assert html == (
        '<p><a href="https://example.org/plan.png" rel="noopener noreferrer">plan</a></p>'
    )


# --- mentions --------------------------------------------------------------------------


def test_user_id_mention() -> None:
    rendered = render_markdown("Hi @anna:example.org, look.")
    assert rendered.html == (
        '<p>Hi <a href="https://matrix.to/#/@anna:example.org" rel="noopener noreferrer">'
        "@anna:example.org</a>, look.</p>"
    )
    assert rendered.mentioned_user_ids == ("@anna:example.org",)


def test_display_name_mention() -> None:
    rendered = render_markdown(
        "Thanks @Anna Berg and @Anna!",
        mentions={"Anna Berg": "@anna.berg:stadt.example", "Anna": "@anna:stadt.example"},
    )
    assert rendered.html == (
        '<p>Thanks <a href="https://matrix.to/#/@anna.berg:stadt.example" '
        'rel="noopener noreferrer">Anna Berg</a> and '
        '<a href="https://matrix.to/#/@anna:stadt.example" rel="noopener noreferrer">Anna</a>'
        "!</p>"
    )
    assert rendered.mentioned_user_ids == ("@anna.berg:stadt.example", "@anna:stadt.example")
    assert rendered.plain == "Thanks Anna Berg and Anna!"


def test_mentions_are_deduplicated_in_order() -> None:
    rendered = render_markdown(
        "@bob:x.org @Anna @bob:x.org @anna:x.org", mentions={"Anna": "@anna:x.org"}
    )
    assert rendered.mentioned_user_ids == ("@bob:x.org", "@anna:x.org")


@pytest.mark.parametrize(
    "markdown",
    [
        "`@anna:example.org`",
        "```\n@Anna\n```",
        "[@anna:example.org](https://example.org)",
        "mail anna@example.org",
        "@Annabelle",
        "@anna",
        "\\@Anna",
    ],
)
def test_not_a_mention(markdown: str) -> None:
    rendered = render_markdown(markdown, mentions={"Anna": "@anna:example.org"})
    if markdown == "\\@Anna":
        # A backslash escape cannot switch off a mention: the parser drops it before we see
        # the text. Documented here so a change in that behaviour is noticed.
        assert rendered.mentioned_user_ids == ("@anna:example.org",)
        return
    assert rendered.mentioned_user_ids == ()
    assert "matrix.to" not in rendered.html


def test_typed_user_id_wins_over_shorter_display_name() -> None:
    rendered = render_markdown("@anna:other.example", mentions={"anna": "@anna:stadt.example"})
    assert rendered.mentioned_user_ids == ("@anna:other.example",)


def test_mention_without_map_ignores_display_names() -> None:
    rendered = render_markdown("@Anna Berg")
    assert rendered.mentioned_user_ids == ()
    assert rendered.html == "<p>@Anna Berg</p>"


def test_mention_in_emphasis_and_user_id_with_port() -> None:
    rendered = render_markdown("**@ops:intranet.stadt.example:8448** please")
    assert rendered.mentioned_user_ids == ("@ops:intranet.stadt.example:8448",)
    assert "<strong><a href" in rendered.html


def test_matrix_to_url_escapes_unusual_characters() -> None:
    assert matrix_to_user_url("@a/b+c:example.org") == "https://matrix.to/#/@a%2Fb%2Bc:example.org"


# --- plain fallback and html_to_plain ---------------------------------------------------


def test_plain_fallback_of_a_post() -> None:
    rendered = render_markdown(
        "# Meeting\n\nAgenda for **Monday**:\n\n- budget\n- [minutes](https://example.org/m)\n\n"
        "> quoted\n> line\n\nAsk @Anna or https://example.org",
        mentions={"Anna": "@anna:example.org"},
    )
    assert rendered.plain == (
        "Meeting\n\nAgenda for Monday:\n\n- budget\n- minutes (https://example.org/m)\n\n"
        "> quoted\n> line\n\nAsk Anna or https://example.org"
    )


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        ("<p>a &amp; b &lt;c&gt;</p>", "a & b <c>"),
        ("<p>one<br>two</p><p>three</p>", "one\ntwo\n\nthree"),
        ("<p>  lots   of\n  space </p>", "lots of space"),
        ('<ol start="2"><li>x</li><li>y<ul><li>z</li></ul></li></ol>', "2. x\n3. y\n  - z"),
        ("<pre><code>  indented\n    code\n</code></pre>", "  indented\n    code"),
        ("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>",
         "a | b\n1 | 2"),
        ('<img src="mxc://e/a" alt="photo"> text', "photo text"),
        ('<a href="https://example.org">label</a>', "label"),
        ("<blockquote><p>q1</p><p>q2</p></blockquote><p>after</p>", "> q1\n>\n> q2\n\nafter"),
        ("<details><summary>s</summary>body</details>", "s\nbody"),
        ("<b>bold</b> <i>italic</i>", "bold italic"),
        ("", ""),
    ],
)  # fmt: skip
def test_html_to_plain(html: str, plain: str) -> None:
    assert html_to_plain(html) == plain


def test_html_to_plain_with_link_targets() -> None:
    html = (
        '<a href="https://example.org/x">label</a> '
        '<a href="https://example.org/y">https://example.org/y</a> '
        '<a href="mailto:a@example.org">a@example.org</a> '
        '<a href="https://matrix.to/#/@a:example.org">Anna</a>'
    )
    assert html_to_plain(html, link_targets=True) == (
        "label (https://example.org/x) https://example.org/y a@example.org Anna"
    )


# --- boundaries ------------------------------------------------------------------------


def test_render_imports_neither_qt_nor_http() -> None:
    code = (
        "import sys, client.render; "
        "bad = [m for m in ('PySide6', 'httpx') if m in sys.modules]; "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
