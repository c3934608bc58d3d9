"""The offline core of Treffpunkt: the encrypted local replica, its search and local commands.

Nothing here imports Qt or an HTTP library; the UI and the sync engine build on it.
"""

__version__ = "0.1.0"
