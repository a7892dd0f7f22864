"""Pure rules of Citizen Space: no Qt, no SQLAlchemy, no I/O.

Everything here runs in plain Python so that it is fast to test and can be reused by
scripts, the kiosk and the staff application alike.
"""
