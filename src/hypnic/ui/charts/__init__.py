"""pyqtgraph charts: imported lazily, only when a chart is first shown (DESIGN section 3).

PySide6 is imported first so pyqtgraph binds to it and not to another Qt binding.
"""

import PySide6.QtCore  # noqa: F401
