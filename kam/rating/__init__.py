"""The annual rating (年度评级): measures from the records, scheme scoring, results."""
