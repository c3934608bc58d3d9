"""Content extraction: the text of documents, for search, read in a child process.

``formats`` has the readers (the only code that parses a document's bytes), ``child`` the
process they run in, ``runner`` the parent's side (``Extractor``): time limit, memory limit,
text cap, and a status for every document (``ok``, ``scanned-no-text``, ``too-large``,
``timed-out``, ``failed``, ``unsupported``) instead of a hang or a crash.
"""
