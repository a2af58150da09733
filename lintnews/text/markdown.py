"""Markdown -> :class:`~lintnews.text.document.Document`, through markdown-it-py.

markdown-it-py gives block tokens a line map but inline tokens no offsets, so each inline
text run is re-found in its block's source lines ("aligned"), dropping markup without
losing a column. Escapes, entities and NUL replacement take a slower per-character path.
"""

from __future__ import annotations

import re
from typing import List, Tuple

from lintnews.model import LintError
from lintnews.text.document import Document, Link, OffsetMap, Pragma, Region, bare_urls
from lintnews.matching import patterns as lazyre

_FRONT_MATTER = lazyre.compile(
    r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\r|\Z)", re.S | re.M
)
_ENTITY = lazyre.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LINE_BREAK = lazyre.compile(r"\r\n?|\n")
_PRAGMA = lazyre.compile(r"<!--\s*(lintnews-[\w-]*)(.*?)-->", re.S)

_MD = None

#: How deep markdown-it may nest block tokens (a list item counts two levels: the list
#: and the item; a block quote one). markdown-it stops reading the rest of a document
#: at its limit (20 in its CommonMark preset) without a word, so lintnews raises it far
#: above any real draft and refuses a draft that reaches it (see :func:`_check_depth`).
MAX_NESTING = 100


def _markdown():
    global _MD
    if _MD is None:
        from markdown_it import MarkdownIt

        _MD = MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING}).enable(
            ["table", "strikethrough"]
        )
    return _MD


def _too_deep(path: str) -> LintError:
    return LintError(
        f"{path}: lists or block quotes nested too deeply to read (over {MAX_NESTING} levels, "
        "a list counting two); not linted"
    )


def _check_depth(tokens: list, path: str) -> None:
    """Refuse a parse that reached markdown-it's nesting limit.

    markdown-it drops the rest of the document when a container opens at its limit, so
    a container opened one level below the limit means the parse may have lost text: the
    draft is refused (exit status 2) rather than linted in part.
    """
    deepest = MAX_NESTING - 1
    for tok in tokens:
        if tok.level >= deepest and tok.nesting == 1:
            raise _too_deep(path)


def _blank_out(text: str) -> str:
    """Replace everything but line breaks with spaces (keeps every offset)."""
    return _NOT_LINE_BREAK.sub(" ", text)


_NOT_LINE_BREAK = lazyre.compile(r"[^\r\n]")


def parse_markdown(source: str, path: str = "<text>") -> Document:
    """Markdown (CommonMark + tables + YAML front matter) -> :class:`Document`."""
    doc = Document(path, source, "markdown")
    text_for_parser = source
    fm = _FRONT_MATTER.match(source)
    if fm:
        doc.front_matter_text = fm.group(1)
        doc.front_matter_span = (0, fm.end())
        text_for_parser = _blank_out(source[: fm.end()]) + source[fm.end() :]
    elif _plain_prose(source):
        _plain_paragraphs(doc)
        return doc
    tokens = _simple_tokens(text_for_parser)
    if tokens is not None:
        _Builder(doc, tokens).run()
        return doc
    try:
        tokens = _markdown().parse(text_for_parser)
    except RecursionError:  # pragma: no cover - the nesting limit keeps well below it
        raise _too_deep(path) from None
    _check_depth(tokens, path)
    _Builder(doc, tokens).run()
    return doc


# Prose with no Markdown in it (most news copy) gives paragraphs of text tokens and
# line breaks only, which _plain_paragraphs builds without markdown-it (about 85% of the
# time of a parse). What could make markdown-it read it otherwise rules the fast path out:
# - characters of inline markup, HTML, headings and tables; tabs, "\r", NUL and a BOM
#   (which markdown-it normalises or reads as markup); white space other than spaces and
#   "\n" (str.strip would take it off a paragraph, markdown-it's line rules would not);
_NOT_PLAIN_CHAR = lazyre.compile(
    r"[\\`*_~<>#|\x00\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
)
# - an entity ("&amp;", "&#8212;"), and the "](" of an inline link or image (without a
#   reference definition, which needs a line that starts with "[", brackets are text);
_NOT_PLAIN_ENTITY = lazyre.compile(r"&(?:#|\w+;)")
# - at the start of a line: indented code, list bullets, setext underlines, thematic
#   breaks, ordered list items and reference definitions (more than CommonMark needs).
_NOT_PLAIN_LINE = r" *(?: {4}|[-+=\[]|[0-9]+[.)])"
_NOT_PLAIN_FIRST_LINE = lazyre.compile(_NOT_PLAIN_LINE)
_NOT_PLAIN_NEXT_LINE = lazyre.compile("\n" + _NOT_PLAIN_LINE)


def _plain_prose(source: str) -> bool:
    """True when *source* has nothing markdown-it reads as anything but paragraphs of
    plain text (see above)."""
    return not (
        _NOT_PLAIN_CHAR.search(source)
        or ("&" in source and _NOT_PLAIN_ENTITY.search(source))
        or "](" in source
        or _NOT_PLAIN_FIRST_LINE.match(source)
        or _NOT_PLAIN_NEXT_LINE.search(source)
    )


def _plain_paragraphs(doc: Document) -> None:
    """The regions of plain prose (:func:`_plain_prose`), as _Builder makes them from
    markdown-it's tokens: a paragraph is a run of lines with more than spaces; each line
    loses its outer spaces (markdown-it strips them around line breaks and paragraphs),
    and the line break between two lines becomes one space mapped to the "\\n"."""
    src = doc.source
    regions = doc.regions
    parts: List[str] = []
    omap = OffsetMap()
    pos = 0
    newline = -1  # the line break after the last line of the paragraph so far
    for line in src.split("\n"):
        body = line.strip(" ")
        if body:
            if parts:
                parts.append(" ")
                omap.add(newline, 1)
            parts.append(body)
            omap.add(pos + len(line) - len(line.lstrip(" ")), len(body))
            newline = pos + len(line)
        elif parts:
            _plain_region(regions, parts, omap)
            parts = []
            omap = OffsetMap()
        pos += len(line) + 1
    if parts:
        _plain_region(regions, parts, omap)


def _plain_region(regions: List[Region], parts: List[str], omap: OffsetMap) -> None:
    text = "".join(parts)
    regions.append(Region("paragraph", text, omap, 0, False, bare_urls(text), index=len(regions)))


# Drafts with only the everyday Markdown of news copy (ATX headings, paragraphs, "- "
# bullet lists, "> " block quotes, HTML comments on lines of their own, "*" and "**"
# emphasis inside a line, inline links to plain web addresses) are read by
# _simple_tokens into the tokens markdown-it would give (only what _Builder reads),
# without importing markdown-it (most of a short draft's parse). Anything else, or
# anything it is not sure of, sends the draft to markdown-it (None). Ruled out anywhere:
# characters markdown-it reads as markup beyond those, or normalises; entities; images.
_NOT_SIMPLE_CHAR = lazyre.compile(
    r"[\\`_~|\x00\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
    r"|&(?:#|\w+;)|!\["
)
#: A line that opens a block other than a paragraph (after its indentation).
_BLOCK_START = lazyre.compile(r"[#>=+<]|[-*](?:[ ]|$)|[-*][-* ]*$|[0-9]{1,9}[.)](?:[ ]|$)|\[(?![^\[\]\n]*\]\()")
_HEADING = lazyre.compile(r"(#{1,6}) +(.*)")
#: An inline link the fast path reads: plain text to a plain web address.
_LINK = lazyre.compile(r"\[([^\[\]*<\n]+)\]\((https?://[a-z0-9.-]+(?:/[A-Za-z0-9._~/=+,;:@?#-]*)?)\)")
#: The characters the inline reader acts on (the rest of a line is text).
_INLINE_MARKUP = lazyre.compile(r"[*\[\]]")
#: What may stand before an opening "*" run (besides a space) and after a closing one.
_OPEN_AFTER = frozenset("\"'(“‘")
_CLOSE_BEFORE = frozenset(".,;:!?)\"'”’")


class _Tok:
    """The fields of a markdown-it token that _Builder reads."""

    __slots__ = ("type", "map", "content", "children", "markup", "attrs", "tag")

    def __init__(self, type_: str, map_=None, content: str = "", children=None, markup: str = "",
                 attrs=None, tag: str = "") -> None:
        self.type = type_
        self.map = map_
        self.content = content
        self.children = children
        self.markup = markup
        self.attrs = attrs if attrs is not None else {}
        self.tag = tag


def _simple_tokens(src: str):
    """The block and inline tokens of *src* as markdown-it reads them, for the simple
    Markdown described above; None for anything else."""
    if _NOT_SIMPLE_CHAR.search(src):
        return None
    lines = src.split("\n")
    n = len(lines)
    out: list = []
    block_start = _BLOCK_START.match
    i = 0
    while i < n:
        line = lines[i]
        body = line.lstrip(" ")
        if not body:
            i += 1
            continue
        indent = len(line) - len(body)
        if indent and (indent > 3 or block_start(body)):
            return None
        first = body[0]
        if first == "#":
            m = _HEADING.fullmatch(body)
            if m is None:
                return None
            text = m.group(2).strip(" ")
            if not text or text.endswith("#"):
                return None
            children = _inline([text])
            if children is None:
                return None
            tag = f"h{len(m.group(1))}"
            out.append(_Tok("heading_open", [i, i + 1], tag=tag))
            out.append(_Tok("inline", [i, i + 1], children=children))
            out.append(_Tok("heading_close", tag=tag))
            i += 1
        elif first == ">":
            out.append(_Tok("blockquote_open"))
            para: List[str] = []
            start = i
            while i < n and lines[i].startswith(">"):
                inner = lines[i][1:]
                if inner and inner[0] != " ":
                    return None
                inner = inner[1:]
                inner_body = inner.lstrip(" ")
                if not inner_body:
                    if para and not _paragraph(out, para, start, i):
                        return None
                    para = []
                elif para:
                    if block_start(inner_body):
                        return None
                    para.append(inner_body)
                else:
                    if len(inner_body) != len(inner) or block_start(inner_body):
                        return None
                    para = [inner_body]
                    start = i
                i += 1
            if para:
                if i < n and lines[i].strip(" "):
                    return None  # a lazy line would continue the quote's paragraph
                if not _paragraph(out, para, start, i):
                    return None
            out.append(_Tok("blockquote_close"))
        elif first == "-" and body.startswith("- "):
            out.append(_Tok("bullet_list_open"))
            while i < n and lines[i].startswith("- "):
                content = lines[i][2:]
                if not content or content[0] == " " or block_start(content):
                    return None
                para = [content]
                start = i
                i += 1
                while i < n:
                    nxt = lines[i]
                    nb = nxt.lstrip(" ")
                    if not nb or nxt.startswith("- "):
                        break
                    if block_start(nb):
                        return None
                    para.append(nb)
                    i += 1
                out.append(_Tok("list_item_open"))
                if not _paragraph(out, para, start, i):
                    return None
                out.append(_Tok("list_item_close"))
                while i < n and not lines[i].strip(" "):
                    i += 1
                if i < n and lines[i][:1] == " ":
                    return None  # after a blank line, indented: more of the item
            out.append(_Tok("bullet_list_close"))
        elif first == "<":
            if indent or not body.startswith("<!--"):
                return None
            start = i
            while "-->" not in lines[i]:
                i += 1
                if i == n:
                    return None
            i += 1
            out.append(_Tok("html_block", [start, i], content="\n".join(lines[start:i]) + ("\n" if i < n else "")))
        else:
            if block_start(body) or "<" in body:
                return None
            para = [body]
            start = i
            i += 1
            while i < n:
                nxt = lines[i]
                nb = nxt.lstrip(" ")
                if not nb:
                    break
                if block_start(nb):
                    # a heading, quote, list or comment ends the paragraph; nothing else
                    if len(nb) == len(nxt) and (
                        nb[0] == ">" or nb.startswith(("- ", "<!--")) or nb[0] == "#" and _HEADING.fullmatch(nb)
                    ):
                        break
                    return None
                para.append(nb)
                i += 1
            if not _paragraph(out, para, start, i):
                return None
    return out


def _paragraph(out: list, para: List[str], start: int, end: int) -> bool:
    """Append a paragraph of *para* (its lines without their indentation) whose lines
    are *start* to *end*; False when its inline markup is not simple."""
    children = _inline(para)
    if children is None:
        return False
    out.append(_Tok("inline", [start, end], children=children))
    return True


def _inline(lines: List[str]):
    """The inline tokens of a paragraph's or heading's lines, or None."""
    children: list = []
    last = len(lines) - 1
    for k, line in enumerate(lines):
        body = line.rstrip(" ")
        if "<" in body:
            return None
        if not _inline_line(body, children):
            return None
        if k < last:
            children.append(_Tok("hardbreak" if len(line) - len(body) >= 2 else "softbreak"))
    return children


def _inline_line(s: str, children: list) -> bool:
    """Append the tokens of one line (text, "*"/"**" emphasis, links); False when
    it holds markup the fast path does not read."""
    n = len(s)
    pos = 0  # start of the pending text
    i = 0
    opened = ""  # the open emphasis run, if any
    special = _INLINE_MARKUP.search
    while i < n:
        hit = special(s, i)
        if hit is None:
            break
        i = hit.start()
        c = s[i]
        if c == "*":
            j = i
            while j < n and s[j] == "*":
                j += 1
            run = s[i:j]
            if len(run) > 2:
                return False
            before = s[i - 1] if i else " "
            after = s[j] if j < n else " "
            if (before == " " or before in _OPEN_AFTER) and after.isalnum() and not opened:
                kind = "strong_open" if len(run) == 2 else "em_open"
                opened = run
            elif opened == run and before.isalnum() and (after == " " or after in _CLOSE_BEFORE):
                kind = "strong_close" if len(run) == 2 else "em_close"
                opened = ""
            else:
                return False
            if pos < i:
                children.append(_Tok("text", content=s[pos:i]))
            children.append(_Tok(kind, markup=run))
            i = pos = j
        elif c == "[":
            m = _LINK.match(s, i)
            if m is None:
                return False
            if pos < i:
                children.append(_Tok("text", content=s[pos:i]))
            children.append(_Tok("link_open", attrs={"href": m.group(2)}))
            children.append(_Tok("text", content=m.group(1)))
            children.append(_Tok("link_close"))
            i = pos = m.end()
        else:  # "]" outside a link
            return False
    if opened:
        return False
    if pos < n:
        children.append(_Tok("text", content=s[pos:]))
    return True


def _unescape(entity: str) -> str:
    import html  # its entity table is large: imported only for a draft with entities

    return html.unescape(entity)


class _Builder:
    """Walks markdown-it block tokens and aligns inline text back to the source."""

    def __init__(self, doc: Document, tokens: list) -> None:
        self.doc = doc
        self.src = doc.source
        self.tokens = tokens
        self.n = len(self.src)

    def _line_offset(self, line: int) -> int:
        starts = self.doc._line_starts
        return starts[line] if line < len(starts) else self.n

    def run(self) -> None:
        blockquote = 0
        lists = 0
        heading_level = 0
        in_cell = False
        for tok in self.tokens:
            t = tok.type
            if t == "blockquote_open":
                blockquote += 1
            elif t == "blockquote_close":
                blockquote -= 1
            elif t == "list_item_open":
                lists += 1
            elif t == "list_item_close":
                lists -= 1
            elif t == "heading_open":
                heading_level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
            elif t == "heading_close":
                heading_level = 0
            elif t in ("th_open", "td_open"):
                in_cell = True
            elif t in ("th_close", "td_close"):
                in_cell = False
            elif t == "html_block":
                self._pragmas_in_block(tok)
            elif t == "inline":
                if heading_level:
                    kind = "heading"
                elif in_cell:
                    kind = "table-cell"
                elif lists:
                    kind = "list-item"
                else:
                    kind = "paragraph"
                self._inline(tok, kind, heading_level, blockquote > 0)

    def _pragmas_in_block(self, tok) -> None:
        if "lintnews-" not in tok.content or tok.map is None:
            return
        base = self._line_offset(tok.map[0])
        limit = self._line_offset(tok.map[1])
        for m in _PRAGMA.finditer(tok.content):
            at = self.src.find(m.group(0)[:4], base, limit)
            comment = self.src.find(m.group(1), at, limit) if at != -1 else -1
            if at == -1 or comment == -1:
                at = base
            end = self.src.find("-->", at, limit)
            self.doc.pragmas.append(
                Pragma(m.group(1), m.group(2).strip(), at, end + 3 if end != -1 else limit)
            )
            base = end + 3 if end != -1 else base

    # -- inline alignment -------------------------------------------------------------

    def _inline(self, tok, kind: str, level: int, blockquote: bool) -> None:
        src = self.src
        if tok.map is not None:
            cur = self._line_offset(tok.map[0])
            limit = self._line_offset(tok.map[1])
        else:  # pragma: no cover - markdown-it-py always maps inline tokens
            cur, limit = 0, self.n
        parts: List[str] = []
        omap = OffsetMap()
        links: List[Link] = []
        open_links: List[Tuple[int, str]] = []
        plain_len = 0

        def emit(text: str, at: int) -> None:
            nonlocal plain_len
            parts.append(text)
            omap.add(at, len(text))
            plain_len += len(text)

        for child in tok.children or ():
            ct = child.type
            if ct == "text":
                if child.content:
                    cur = self._align(child.content, cur, limit, parts, omap)
                    plain_len = len(omap)
            elif ct in ("softbreak", "hardbreak"):
                m = _LINE_BREAK.search(src, cur, limit)
                nl = m.start() if m else max(min(cur, limit - 1), 0)
                emit(" ", nl)
                cur = m.end() if m else nl + 1
            elif ct == "code_inline":
                cur = self._skip_code(child, cur, limit)
            elif ct == "link_open":
                open_links.append((plain_len, child.attrs.get("href", "") or ""))
                if child.markup == "autolink" and cur < limit and src[cur] == "<":
                    cur += 1
                elif cur < limit and src[cur] == "[":
                    cur += 1
            elif ct == "link_close":
                if open_links:
                    start, href = open_links.pop()
                    links.append(Link(start, plain_len, str(href)))
                cur = self._skip_link_tail(cur, limit, autolink=child.markup == "autolink")
            elif ct == "image":
                cur = self._skip_image(cur, limit)
            elif ct == "html_inline":
                at = src.find(child.content, cur, limit)
                if at != -1:
                    m = _PRAGMA.match(child.content)
                    if m:
                        self.doc.pragmas.append(
                            Pragma(m.group(1), m.group(2).strip(), at, at + len(child.content))
                        )
                    cur = at + len(child.content)
            elif child.markup and ct.endswith(("_open", "_close")):
                if src.startswith(child.markup, cur):
                    cur += len(child.markup)
        text = "".join(parts)
        if not text.strip():
            return
        for url in bare_urls(text):
            if not any(link.start <= url.start < link.end for link in links):
                links.append(url)
        links.sort(key=lambda link: link.start)
        self.doc.regions.append(
            Region(kind, text, omap, level, blockquote, links, index=len(self.doc.regions))
        )

    def _align(self, content: str, cur: int, limit: int, parts: List[str], omap: OffsetMap) -> int:
        """Map *content* (a text token) onto the source from *cur*; return the new cursor."""
        src = self.src
        parts.append(content)
        if src.startswith(content, cur):
            omap.add(cur, len(content))
            return cur + len(content)
        # Markup (emphasis runs, brackets, block-quote markers) may sit before the text.
        at = src.find(content, cur, limit)
        if at != -1 and not src[cur:at].strip(" \t\r\n>*_~[]()!`\\#|-+0123456789."):
            omap.add(at, len(content))
            return at + len(content)
        # Slow path: escapes, entities, NUL replacement; align character by character.
        p = cur
        i = 0
        n = len(content)
        while i < n:
            ch = content[i]
            found = -1
            q = p
            while q < limit:
                c = src[q]
                if c == "&":
                    m = _ENTITY.match(src, q)
                    decoded = _unescape(m.group()) if m else ""
                    if m and decoded != m.group() and content.startswith(decoded, i):
                        for _ in decoded:  # every decoded character maps to the "&"
                            omap.add(q, 1)
                        i += len(decoded)
                        p = m.end()
                        found = -2
                        break
                if c == ch or (ch == "\ufffd" and c == "\0"):
                    found = q
                    break
                if c == "\\" and q + 1 < limit and src[q + 1] == ch:
                    found = q + 1
                    break
                q += 1
            if found == -2:
                continue
            if found == -1:
                # Could not align the rest: map it to the cursor so spans stay valid.
                last = max(min(p, limit - 1, self.n - 1), 0)
                for _ in range(n - i):
                    omap.add(last, 1)
                return p
            omap.add(found, 1)
            p = found + 1
            i += 1
        return p

    def _skip_code(self, child, cur: int, limit: int) -> int:
        src = self.src
        fence = child.markup or "`"
        at = src.find(fence, cur, limit)
        if at == -1:
            return cur
        close = at + len(fence)
        while True:
            close = src.find(fence, close, limit)
            if close == -1:
                return at + len(fence)
            run_end = close + len(fence)
            if run_end < len(src) and src[run_end] == "`":
                close = run_end
                while close < limit and src[close] == "`":
                    close += 1
                continue
            return run_end

    def _skip_balanced(self, p: int, limit: int, open_ch: str, close_ch: str) -> int:
        """*p* is at *open_ch*; return the offset just past its matching *close_ch*."""
        src = self.src
        depth = 0
        while p < limit:
            c = src[p]
            if c == "\\":
                p += 2
                continue
            if c == open_ch:
                depth += 1
            elif c == close_ch:
                depth -= 1
                if depth == 0:
                    return p + 1
            p += 1
        return limit

    def _skip_link_tail(self, cur: int, limit: int, autolink: bool) -> int:
        src = self.src
        if autolink:
            return cur + 1 if cur < limit and src[cur] == ">" else cur
        if cur < limit and src[cur] == "]":
            cur += 1
            if cur < limit and src[cur] == "(":
                return self._skip_balanced(cur, limit, "(", ")")
            if cur < limit and src[cur] == "[":
                return self._skip_balanced(cur, limit, "[", "]")
        return cur

    def _skip_image(self, cur: int, limit: int) -> int:
        src = self.src
        at = src.find("![", cur, limit)
        if at == -1:
            return cur
        p = self._skip_balanced(at + 1, limit, "[", "]")
        if p < limit and src[p] == "(":
            return self._skip_balanced(p, limit, "(", ")")
        if p < limit and src[p] == "[":
            return self._skip_balanced(p, limit, "[", "]")
        return p
