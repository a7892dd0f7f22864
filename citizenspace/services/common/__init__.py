"""What every area's services share: the errors they raise, the audit log's parts, spreadsheets read and written."""
