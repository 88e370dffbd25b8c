"""Many nights at a glance: actogram, counts, intervals and comparisons."""
