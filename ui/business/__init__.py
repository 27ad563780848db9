"""The commercial records in the app: the dossier's business tab, the record editors,
and the workbook import dialog and export action."""
