"""The draft as text: reading a file safely, parsing Markdown or plain text into prose
regions with offset maps, sentences and quotation spans, front matter and pragmas.

Nothing here knows about rules; every analysis and rule reads a :class:`~lintnews.text.document.Document`.
"""
