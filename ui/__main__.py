"""``python -m ui``: the Treffpunkt desktop app."""

from ui.app import main

raise SystemExit(main())
