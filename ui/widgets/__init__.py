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
- :data:`ui.widgets.errors.RECOVERABLE` and :func:`~ui.widgets.errors.show_store_error`:
  what to catch around a service call and how to tell the user.
- :func:`ui.widgets.collation.sorted_chinese`: pinyin order through Qt's collator
  (no pypinyin load).
"""
