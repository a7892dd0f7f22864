"""Personal data: retention, exports, erasure, backups, the records of processing."""
