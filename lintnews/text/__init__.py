"""The draft as text: reading a file safely, parsing Markdown or plain text into prose
regions with offset maps, sentences and quotation spans, word tokens
(:mod:`.tokens`), front matter and pragmas. What rules share is kept on the document:
each region's folded and spaced text, and named memos (``doc.memo(name, build)``).

Nothing here knows about rules; every analysis and rule reads a :class:`~lintnews.text.document.Document`.
"""
