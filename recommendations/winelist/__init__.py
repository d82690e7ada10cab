"""The wine list as staff hand it over: the CSV format, the all-or-nothing import, files checked before they go in."""
