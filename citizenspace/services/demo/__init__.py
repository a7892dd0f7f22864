"""The demo city: a year of a living city, for a newcomer and for the tests.

`demo.generate` writes it. Its contents are the data files in `resources/demo` (read by
`data`); each area makes its rows through the domain's rules: `places` (sites, districts,
themes, the directory), `people`, `councils`, `events`, `visits` and `tickets` (the
reception desks), `budget` (the children's budget). `city` holds what they share.
"""
