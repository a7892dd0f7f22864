"""Qt screens, dialogs and table models: the only layer that imports PySide6.

By feature: `shell` (start-up, the main window, the status bar, the overview, the
settings, the kiosk's application) puts together the areas' pages; each area (`people`,
`reception`, `budget`, `privacy`, `sync`, and next `councils`, `events`, `printing`) stands
apart from the others; all of them share `common` (fields, models, the off-thread helper,
the services bundle, icons and words). import-linter keeps it so (pyproject.toml)."""
