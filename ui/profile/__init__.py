"""Printing account profiles from the app: choose accounts, sections and language,
preview the pages, save the PDF or send it to a printer."""
