"""The demo city: a year of a living city, for a newcomer and for the tests."""
