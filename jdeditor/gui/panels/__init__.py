"""Panels: parts of windows, dialogs and the posting form, one class per module."""
