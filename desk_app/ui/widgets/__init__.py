"""Small shared widgets: Vietnamese-safe line edits, message labels, scanner input detection."""
