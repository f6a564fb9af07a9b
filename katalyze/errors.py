"""Errors meant for users: a sentence that says what and where, never a traceback."""


class UserError(Exception):
    """A problem the user can fix (bad file, bad value, missing event...).

    ``str(error)`` is a complete sentence, ready to be shown as it is.
    """


class NotAvailable(UserError):
    """A capability that this version does not offer yet."""


class Cancelled(Exception):
    """Long work stopped because the user asked for it."""
