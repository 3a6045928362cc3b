"""The desktop app: Qt widgets over the :mod:`idguide.catalog` library.

Every catalogue call runs in the one background worker (:mod:`idguide.ui.worker`); widgets
submit operations and build themselves from the results on the GUI thread. Errors reach the
officer through one function, :func:`idguide.ui.errors.show_error`.
"""
