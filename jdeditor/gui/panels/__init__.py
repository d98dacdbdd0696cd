"""Panels of the main window that are more than one widget."""
