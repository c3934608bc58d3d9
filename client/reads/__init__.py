"""The replica's reads: each function answers one question the views ask and returns rows.

Grouped by subject: ``overview`` (an account's sidebar tree and local status), ``posts``
(a group's stream, a thread, a post to edit), ``people`` (the directory, a profile, mention
candidates), ``documents`` (folders, a document's detail, storage used, a copy to open) and
``search``. The rows the pages hold are in ``client.rows``.

Everything here runs on a worker and takes a ``Replica``. Lists are read with keyset
pagination (``WHERE (sort key) < (last key) ORDER BY … LIMIT n``), which costs the same on
page 2,000 as on page 1 because it walks the index from where the last page ended.

The desktop app imports these modules with its pages, well before it opens a replica, so
SQLAlchemy and the replica's models are imported inside each function (on its worker),
never at the top: loading them costs the app a second at start.
"""

PAGE_SIZE = 50
