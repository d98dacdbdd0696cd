"""The Qt desktop interface: main window, models, editors, dialogs and undo commands."""
