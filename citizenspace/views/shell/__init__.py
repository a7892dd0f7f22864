"""The application's frame: start-up, the main window and its status bar, the overview, the settings, the kiosk's own application. It puts the areas' pages together; no area imports it."""
