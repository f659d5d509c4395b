"""The reports page: the period report (Biểu 06), the leaders' dashboard and drill-down."""
