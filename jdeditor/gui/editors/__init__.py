"""Editing widgets embedded in the posting form, and their item delegates."""
