"""The bedside window: the big tap buttons, its top bar, the evening row and the keys."""
