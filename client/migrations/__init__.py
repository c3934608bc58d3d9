"""Schema migrations of the replica (alembic), applied automatically when a replica opens.

Opening must stay fast, so alembic itself is only loaded when the stored revision is not the
head revision below; a test checks that ``HEAD`` matches the newest migration file.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

HEAD = "0018"
SCRIPT_LOCATION = Path(__file__).parent


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:
            return None


def alembic_config() -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (the newest one by default)."""
    if revision == "head" and current_revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    cfg = alembic_config()
    assert isinstance(cfg, Config)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
