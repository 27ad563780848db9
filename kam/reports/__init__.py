"""ReportLab documents: account profiles, visit plans, the rating meeting pack."""
