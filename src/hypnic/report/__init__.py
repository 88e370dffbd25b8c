"""The doctor's summary: a model built from domain data, rendered with Qt for print and PDF."""
