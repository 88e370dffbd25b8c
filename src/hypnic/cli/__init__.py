"""The command line: DESIGN section 5 is its contract."""
