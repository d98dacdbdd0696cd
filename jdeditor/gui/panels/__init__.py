"""Panels: parts of windows and dialogs, one class per module."""
