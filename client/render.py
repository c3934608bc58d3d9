"""Rendering of post and comment bodies: Markdown in, sanitised HTML out.

Three entry points:

* `render_markdown` turns what a user typed into the `formatted_body` (HTML) and `body`
  (plain text) of an `m.room.message`, and collects the user ids it mentions for
  `m.mentions`.
* `sanitize_html` cleans `formatted_body` HTML written by *other* Matrix clients before
  the UI shows it. It follows the tag and attribute allowlist the Matrix spec suggests for
  `org.matrix.custom.html` and is stricter where the spec leaves room: nothing that loads
  a resource from the network survives, so displaying a message can never tell a third
  party that it was read.
* `html_to_plain` derives plain text from sanitised HTML for previews and search.

Images: an `<img>` is kept only with an `mxc://` source (Matrix media, fetched through
our own homeserver and the encrypted media cache, never from a third party); any other
`<img>` is removed with all its attributes.

nh3 and markdown-it load when first used (`client.lazy`): the desktop app's views call
`html_to_plain` (the standard library's HTML parser only) and do without them, and only
writing a post needs markdown-it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from urllib.parse import quote

from client import lazy

if TYPE_CHECKING:
    import nh3
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token

__all__ = [
    "RenderedBody",
    "html_to_plain",
    "matrix_to_user_url",
    "render_markdown",
    "sanitize_html",
]


@dataclass(frozen=True, slots=True)
class RenderedBody:
    """A message body ready to send: HTML for `formatted_body`, text for `body`."""

    html: str
    plain: str
    mentioned_user_ids: tuple[str, ...]


# --- sanitising -------------------------------------------------------------------------

# The spec's list (client-server API, m.room.message msgtypes). `s` replaced the obsolete
# `strike` in later spec versions; both are accepted from other clients.
_ALLOWED_TAGS = frozenset(
    {
        "font", "del", "s", "strike", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "p", "a", "ul", "ol", "sup", "sub", "li", "b", "i", "u", "strong", "em", "code",
        "hr", "br", "div", "table", "thead", "tbody", "tr", "th", "td", "caption", "pre",
        "span", "img", "details", "summary",
    }
)  # fmt: skip

_ALLOWED_ATTRIBUTES: Mapping[str, frozenset[str]] = {
    # An explicit "*" entry replaces nh3's default of lang and title on every tag.
    "*": frozenset(),
    "font": frozenset({"data-mx-bg-color", "data-mx-color", "color"}),
    "span": frozenset({"data-mx-bg-color", "data-mx-color", "data-mx-spoiler"}),
    "a": frozenset({"name", "target", "href"}),
    "img": frozenset({"width", "height", "alt", "title", "src"}),
    "ol": frozenset({"start"}),
    "code": frozenset({"class"}),
}

# Tags removed *with* their content. Stripping only the tag would turn a script body or a
# stylesheet into visible text; `mx-reply` is the reply fallback the spec tells clients to
# drop; svg/math are foreign content whose parsing rules are the root of most mutation-XSS.
_CLEAN_CONTENT_TAGS = frozenset(
    {
        "script", "style", "mx-reply", "template", "title", "textarea", "noscript", "iframe",
        "object", "embed", "applet", "svg", "math", "select", "option", "xmp", "noembed",
        "noframes", "head", "frameset", "frame",
    }
)  # fmt: skip

_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# nh3 checks schemes for every URL attribute alike; `mxc` is admitted there only so that
# `_filter_attribute` can keep it for `img src` and reject it for `a href`.
_URL_SCHEMES = _LINK_SCHEMES | {"mxc"}

_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_FONT_COLOUR = re.compile(r"#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}|[A-Za-z]{1,20}")
_DIGITS = re.compile(r"[0-9]{1,6}")
_LANGUAGE_CLASS = re.compile(r"language-[A-Za-z0-9_+#.-]{1,40}")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# nh3 serialises with `<` and `>` escaped inside attribute values, so `[^>]*` cannot stop
# early inside a value: this finds whole `<img>` tags of nh3 output reliably.
_IMG_TAG = re.compile(r"<img\b[^>]*>")


def _scheme_of(url: str) -> str | None:
    match = _SCHEME.match(url.strip())
    return match.group(1).lower() if match else None


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Second line of defence after nh3's tag/attribute/scheme checks: validate values.

    Must never raise: nh3 would report the exception through sys.unraisablehook.
    """
    if attribute == "href":
        return value if _scheme_of(value) in _LINK_SCHEMES else None
    if attribute == "src":
        return value if tag == "img" and _scheme_of(value) == "mxc" else None
    if attribute in {"data-mx-color", "data-mx-bg-color"}:
        return value if _HEX_COLOUR.fullmatch(value) else None
    if attribute == "color":
        return value if _FONT_COLOUR.fullmatch(value) else None
    if attribute in {"width", "height", "start"}:
        return value if _DIGITS.fullmatch(value.strip()) else None
    if attribute == "class":
        classes = [c for c in value.split() if _LANGUAGE_CLASS.fullmatch(c)]
        return " ".join(classes) or None
    if attribute == "target":
        # Any other frame name is meaningless in a desktop client; _blank is what senders mean.
        return "_blank" if value == "_blank" else None
    return value


@cache
def _cleaner() -> nh3.Cleaner:
    return lazy.nh3.Cleaner(
        tags=_ALLOWED_TAGS,
        clean_content_tags=_CLEAN_CONTENT_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        strip_comments=True,
        link_rel="noopener noreferrer",
        url_schemes=_URL_SCHEMES,
        url_relative="deny",
    )


def _drop_image_without_media(match: re.Match[str]) -> str:
    tag = match.group(0)
    return tag if ' src="mxc://' in tag else ""


def sanitize_html(html: str) -> str:
    """Clean `formatted_body` HTML so that the UI may display it.

    Keeps the Matrix allowlist of tags and attributes, drops scripts, styles, event
    handlers and comments, keeps links only to http, https and mailto (with
    rel="noopener noreferrer"), keeps images only with an mxc:// source.
    """
    cleaned: str = _cleaner().clean(html)
    return _IMG_TAG.sub(_drop_image_without_media, cleaned)


# --- Markdown ---------------------------------------------------------------------------

_MATRIX_TO = "https://matrix.to/#/"

# Matrix user id: the spec's localpart characters (upper case too, for historical ids) and
# a server name (DNS name, IPv4 or bracketed IPv6, optional port). DNS labels cannot end in
# a dot or hyphen, so "@anna:example.org." leaves the full stop to the sentence.
_USER_ID = re.compile(
    r"@[A-Za-z0-9._=/+-]+:"
    r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)"
    r"(?::[0-9]{1,5})?"
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_EMAIL_LOCAL_PUNCTUATION = "._%+-"
_TRAILING_PUNCTUATION = ".,:;!?'\"*_~"


def matrix_to_user_url(user_id: str) -> str:
    """The matrix.to permalink of a user, as used for mention links."""
    return _MATRIX_TO + quote(user_id, safe="@:")


def _trim_url(url: str) -> str:
    """Leave sentence punctuation and an unbalanced closing bracket outside a bare URL."""
    while url:
        last = url[-1]
        if last in _TRAILING_PUNCTUATION:
            url = url[:-1]
        elif last == ")" and url.count("(") < url.count(")"):
            url = url[:-1]
        else:
            break
    return url


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class _Linker:
    """Finds bare URLs, e-mail addresses and @mentions in text and makes links of them.

    A core rule rather than markdown-it's `linkify` option: that needs linkify-it-py, and
    mentions need the same walk over text outside code and existing links anyway.
    """

    def __init__(self, md: MarkdownIt, mentions: Mapping[str, str]) -> None:
        self._md = md
        # Longest first, so "@Anna Berg-Schulz" wins over "@Anna Berg".
        names = {name.lstrip("@"): user_id for name, user_id in mentions.items()}
        self._names = sorted(((n, u) for n, u in names.items() if n), key=lambda p: -len(p[0]))
        self.mentioned: list[str] = []

    def __call__(self, state: StateCore) -> None:
        for block in state.tokens:
            if block.type == "inline" and block.children:
                block.children = self._rewrite(block.children)

    def _rewrite(self, children: Sequence[Token]) -> list[Token]:
        result: list[Token] = []
        link_depth = 0
        for token in children:
            if token.type == "link_open":
                link_depth += 1
            elif token.type == "link_close":
                link_depth -= 1
            elif token.type in {"s_open", "s_close"}:
                # <del> is in every version of the spec's allowlist, <s> only in recent ones.
                token.tag = "del"
            if token.type == "image":
                # Pictures in posts are attachments; an inline image would be a remote
                # resource (and the sanitiser would drop it), so it becomes a link.
                result.extend(self._link(str(token.attrGet("src") or ""), token.content))
            elif token.type == "text" and link_depth == 0:
                result.extend(self._split(token.content))
            else:
                result.append(token)
        return result

    def _split(self, text: str) -> list[Token]:
        out: list[Token] = []
        plain_start = 0
        pos = 0
        while pos < len(text):
            found = self._match_at(text, pos)
            if found is None:
                pos += 1
                continue
            end, href, label, user_id = found
            if plain_start < pos:
                out.append(self._text(text[plain_start:pos]))
            out.extend(self._link(href, label))
            if user_id is not None and user_id not in self.mentioned:
                self.mentioned.append(user_id)
            pos = plain_start = end
        if plain_start < len(text):
            out.append(self._text(text[plain_start:]))
        return out

    def _match_at(self, text: str, pos: int) -> tuple[int, str, str, str | None] | None:
        """(end, href, label, mentioned user id) of a link starting at pos, if any."""
        if pos > 0 and _is_word_char(text[pos - 1]):
            return None  # only at a word start: "bob@x" and "xhttp://" are no matches here
        if text[pos] == "@":
            return self._mention_at(text, pos)
        if url := _URL.match(text, pos):
            target = _trim_url(url.group(0))
            if "." not in target and target.lower().startswith("www"):
                return None
            href = target if "://" in target else "https://" + target
            return pos + len(target), href, target, None
        if pos > 0 and text[pos - 1] in _EMAIL_LOCAL_PUNCTUATION:
            # Inside a run like "a.b.c": trying again at every dot would make long texts
            # quadratic, and the address was already tried from the start of the run.
            return None
        if email := _EMAIL.match(text, pos):
            address = email.group(0).rstrip(".")
            return pos + len(address), "mailto:" + address, address, None
        return None

    def _mention_at(self, text: str, pos: int) -> tuple[int, str, str, str | None] | None:
        found: tuple[int, str, str, str | None] | None = None
        if match := _USER_ID.match(text, pos):
            end = match.end()
            if end == len(text) or not (_is_word_char(text[end]) or text[end] == "@"):
                user_id = match.group(0)
                found = end, matrix_to_user_url(user_id), user_id, user_id
        for name, user_id in self._names:
            end = pos + 1 + len(name)
            if text.startswith(name, pos + 1) and (
                end == len(text) or not _is_word_char(text[end])
            ):
                # The longer reading wins: "@anna:example.org" typed in full is that id,
                # even when someone in the map is called "anna".
                if found is None or end > found[0]:
                    found = end, matrix_to_user_url(user_id), name, user_id
                break
        return found

    @staticmethod
    def _text(content: str) -> Token:
        token = lazy.markdown_token.Token("text", "", 0)
        token.content = content
        return token

    def _link(self, href: str, label: str) -> list[Token]:
        url = self._md.normalizeLink(href)
        if not self._md.validateLink(url):
            return [self._text(label)]
        link_open = lazy.markdown_token.Token("link_open", "a", 1)
        link_open.attrs = {"href": url}
        link_open.markup = "linkify"
        link_open.info = "auto"
        return [link_open, self._text(label), lazy.markdown_token.Token("link_close", "a", -1)]


def _markdown_parser() -> MarkdownIt:
    # Raw HTML is off: what a user types as "<b>" is shown as typed, not interpreted.
    # breaks=True: in a chat-like stream one newline is one line break.
    return lazy.markdown_it.MarkdownIt("commonmark", {"html": False, "breaks": True}).enable(
        ["table", "strikethrough"]
    )


def render_markdown(text: str, *, mentions: Mapping[str, str] | None = None) -> RenderedBody:
    """Render what a user wrote as HTML and plain text and collect the users it mentions.

    `mentions` maps display names to user ids; "@Display Name" in the text then becomes a
    matrix.to link, as does any bare Matrix user id ("@anna:example.org").
    """
    md = _markdown_parser()
    linker = _Linker(md, mentions or {})
    # After text_join, so that escapes and text fragments are already merged into one token.
    md.core.ruler.push("treffpunkt_links", linker)
    html = sanitize_html(md.render(text)).strip()
    return RenderedBody(
        html=html,
        plain=html_to_plain(html, link_targets=True),
        mentioned_user_ids=tuple(linker.mentioned),
    )


# --- HTML to plain text -----------------------------------------------------------------

_PARAGRAPH_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "ul", "ol", "table", "hr",
     "details"}
)  # fmt: skip
_LINE_TAGS = frozenset({"div", "li", "tr", "caption", "summary", "thead", "tbody"})
_STRUCTURE_TAGS = frozenset({"table", "thead", "tbody", "tr", "ul", "ol"})
_WHITESPACE = re.compile(r"\s+")


class _PlainTextWriter(HTMLParser):
    """Writes the text of sanitised HTML with line structure: paragraphs, list items, quotes.

    Input is the output of `sanitize_html`, so only allowlisted tags need handling.
    """

    def __init__(self, *, link_targets: bool) -> None:
        super().__init__(convert_charrefs=True)
        self._link_targets = link_targets
        self._out: list[str] = []
        self._pending_breaks = 0
        # Quote depth of the shallowest point between two pieces of text: blank lines
        # between a paragraph and a quote that follows it belong to neither.
        self._break_quote_depth = 0
        self._at_line_start = True
        self._quote_depth = 0
        # Whitespace between table rows or list items is source formatting, not text.
        self._between_structure = False
        self._pre_depth = 0
        self._lists: list[list[int]] = []  # per open list: [is_ordered, next number]
        self._cells_in_row = 0
        self._links: list[tuple[str | None, int]] = []  # (href, index in _out at open)

    def text(self) -> str:
        lines = "".join(self._out).split("\n")
        return "\n".join(line.rstrip() for line in lines).strip("\n")

    def _request_break(self, count: int) -> None:
        if not self._out:
            return
        if self._pending_breaks:
            self._break_quote_depth = min(self._break_quote_depth, self._quote_depth)
        else:
            self._break_quote_depth = self._quote_depth
        self._pending_breaks = max(self._pending_breaks, count)

    def _write(self, text: str) -> None:
        if not text:
            return
        if self._pending_breaks:
            quote_prefix = ">" * min(self._break_quote_depth, self._quote_depth)
            separator = ("\n" + quote_prefix) * (self._pending_breaks - 1) + "\n"
            self._out.append(separator)
            self._pending_breaks = 0
            self._at_line_start = True
        if self._at_line_start and self._quote_depth:
            self._out.append("> " * self._quote_depth)
        self._out.append(text)
        self._at_line_start = text.endswith("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self._between_structure = tag in _STRUCTURE_TAGS
        if tag in _PARAGRAPH_TAGS:
            self._request_break(2 if not self._lists else 1)
        elif tag in _LINE_TAGS:
            self._request_break(1)
        if tag == "blockquote":
            self._quote_depth += 1
        elif tag == "pre":
            self._pre_depth += 1
        elif tag in {"ul", "ol"}:
            start = attributes.get("start") or "1"
            self._lists.append([tag == "ol", int(start) if start.isdigit() else 1])
        elif tag == "li":
            indent = "  " * max(len(self._lists) - 1, 0)
            if self._lists and self._lists[-1][0]:
                marker = f"{self._lists[-1][1]}. "
                self._lists[-1][1] += 1
            else:
                marker = "- "
            self._write(indent + marker)
        elif tag == "tr":
            self._cells_in_row = 0
        elif tag in {"td", "th"}:
            if self._cells_in_row:
                self._write(" | ")
            self._cells_in_row += 1
        elif tag == "br":
            self._write("\n")
        elif tag == "hr":
            self._write("---")
            self._request_break(2)
        elif tag == "img":
            self._write(attributes.get("alt") or "")
        elif tag == "a":
            self._links.append((attributes.get("href"), len(self._out)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in {"br", "hr", "img"}:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        self._between_structure = tag in _STRUCTURE_TAGS or tag in {"td", "th", "li", "caption"}
        if tag == "blockquote":
            self._quote_depth = max(self._quote_depth - 1, 0)
        elif tag == "pre":
            self._pre_depth = max(self._pre_depth - 1, 0)
        elif tag in {"ul", "ol"} and self._lists:
            self._lists.pop()
        elif tag == "a" and self._links:
            self._close_link()
        if tag in _PARAGRAPH_TAGS:
            self._request_break(2 if not self._lists else 1)
        elif tag in _LINE_TAGS:
            self._request_break(1)

    def _close_link(self) -> None:
        href, start = self._links.pop()
        if not self._link_targets or not href or href.startswith(_MATRIX_TO):
            return  # a mention reads as the name; the id is in m.mentions
        label = "".join(self._out[start:]).strip()
        shown = href.removeprefix("mailto:")
        if label not in {href, shown, href.removeprefix("https://"), href.removeprefix("http://")}:
            self._write(f" ({shown})")

    def handle_data(self, data: str) -> None:
        if self._pre_depth:
            self._write(data.rstrip("\n") if data.endswith("\n") else data)
            return
        text = _WHITESPACE.sub(" ", data)
        if text == " " and self._between_structure:
            return
        if self._at_line_start or self._pending_breaks:
            text = text.lstrip(" ")
        self._write(text)


def html_to_plain(html: str, *, link_targets: bool = False) -> str:
    """Plain text of sanitised HTML, keeping paragraphs, line breaks, lists and quotes.

    With `link_targets`, a link whose text is not its address is written as
    "text (address)": right for a message `body`, noise in a preview or a search index.
    """
    writer = _PlainTextWriter(link_targets=link_targets)
    writer.feed(html)
    writer.close()
    return writer.text()
