"""Whether a process is still running: a partial file named with its writer's pid is another
process's work in progress while that process lives, and debris once it is gone."""

from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """True when process ``pid`` exists (or cannot be told, as on Windows)."""
    # On Windows os.kill(pid, 0) would end that process: every process counts as alive there.
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM): alive
        return True
    return True
