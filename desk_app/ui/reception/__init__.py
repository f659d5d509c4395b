"""The reception page: a guided, keyboard-first flow from procedure to accept / supplement / refuse."""
