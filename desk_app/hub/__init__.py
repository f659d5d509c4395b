"""The upstream hub: an HTTP API that enrols desks, stores their events exactly once and serves updates."""
