"""The use cases, Qt-free: each takes the store (and the clock) and returns what changed.

The window (through ``services``) and the command line call the same operation, so one rule
holds everywhere: a dose logged with ``D`` and with ``hypnic dose`` is the same act.
"""
