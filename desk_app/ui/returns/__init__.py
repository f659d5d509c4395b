"""Trả kết quả: scan the slip, hand the result back."""
