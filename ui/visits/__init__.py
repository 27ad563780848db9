"""The Visits screen: calendar by layer, my upcoming visits, overdue follow-ups and
cadence, the visit editor and quick entry, the annual plan, printing and ICS export;
and the dossier's visits tab."""
