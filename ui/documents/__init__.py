"""Documents: the folder tree and its pages of documents (``models``), opening a document
with the system's application and saving its changes back (``opener``), the documents page
(``page``) and a document's detail (``pane``).

Nothing is imported here: the main window loads the page when it is first shown, and the
pages' preload imports the modules one by one (``ui.mainwindow.PAGE_MODULES``).
"""
