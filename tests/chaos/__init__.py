"""The chaos suite: hostile server answers, SIGKILL at random points, injected faults.

``fuzz`` mutates /sync and /messages answers and applies them through the real engine;
``kill`` kills the command-line client during pull, backfill and push against a real
Synapse; ``faults`` runs seeded fault scripts against it. ``python -m tests.chaos`` (what
``make chaos`` runs) counts cases and failures into build/bench/chaos.json; test_chaos.py
runs a small fixed subset with the ordinary tests.
"""
