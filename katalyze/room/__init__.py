"""The room: phones and browsers at the tables, the door and the stage.

``tokens`` issues and checks the links' tokens, ``service`` holds the room's
actions (each one core call in one transaction, published as the ``"room"``
front), ``server`` serves the pages and the JSON API (``docs/api.md``) in a
thread, ``process`` runs that server in a child process for the app, and
``stage_timer`` keeps the stage's round timer in the event for the pages.
"""
