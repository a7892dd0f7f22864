"""Citizen Space: the participation office's desk, kiosk and printed page, offline first."""

__version__ = "0.1.0"
APP_NAME = "Citizen Space"
ORG_NAME = "CitizenSpace"
