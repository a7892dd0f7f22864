"""Opening a database and saying what was found, the city's settings, the overview's figures."""
