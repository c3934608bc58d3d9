"""``python -m sync.admin``: the same as ``treffpunkt-admin``."""

from sync.admin.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
