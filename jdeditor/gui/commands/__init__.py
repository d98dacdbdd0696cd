"""Undo commands: every change the GUI makes to a posting goes through one of these."""
