"""Export, import and the clinic folder: files in and out without a terminal."""
