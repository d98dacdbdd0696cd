"""Dialogs, one class per module."""
