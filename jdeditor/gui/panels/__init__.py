"""Panels of the main window and the posting form, one class per file."""
