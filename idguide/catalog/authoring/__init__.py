"""Authoring: a publisher's source folder and spreadsheet, read and checked."""
