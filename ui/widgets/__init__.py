"""Widgets shared by every screen.

- :class:`ui.widgets.record_form.RecordForm` / :class:`~ui.widgets.record_form.FieldSpec`:
  a form over a plain dataclass described field by field (text, multiline, int, float,
  date, bool, enum, choice); parses numbers and dates with messages at the field.
- :class:`ui.widgets.record_dialog.RecordDialog`: that form in a dialog that saves
  through a service and shows every ``ValidationError`` message at its field.
- :class:`ui.widgets.field_errors.FieldErrors`: field messages for a hand-built form.
- :func:`ui.widgets.confirm.confirm_delete`, :func:`~ui.widgets.confirm.ask_unsaved`.
- :class:`ui.widgets.enum_combo.EnumCombo`: a domain enum with kam.i18n labels.
- :class:`ui.widgets.table_model.RowTableModel` + :class:`~ui.widgets.table_model.Column`
  and :class:`ui.widgets.table_view.ListTable`: every table of rows, described column by
  column (colours, tooltips, sort keys, check boxes and validated editing included).
- :func:`ui.widgets.ops.run_op`: one user action against the database — runs it, shows a
  recoverable failure (:data:`ui.widgets.errors.RECOVERABLE`) as one line, hands field
  problems to the screen, announces the changed ``Topic``s. Use it instead of writing
  ``try/except`` around a service call.
- :mod:`ui.widgets.ask`: the one channel for questions and notices (yes/no, a line of
  text, files, folders, message boxes with their own buttons); tests replace it with the
  ``answers`` fixture (``tests/ui/answers.py``).
- :func:`ui.widgets.collation.sorted_chinese`: pinyin order through Qt's collator
  (no pypinyin load).
"""
