"""Development and demo tools: the sample region, a local Synapse, the demo and screenshots.

Not part of the product: neither the wheel (pyproject.toml packages only client, sync and
ui) nor the frozen bundle (packaging/treffpunkt.spec excludes it) contains it. It sits above
``client``, ``sync`` and ``ui`` and may import them; they never import it.
"""
