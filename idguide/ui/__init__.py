"""The desktop app: Qt widgets over the :mod:`idguide.catalog` library.

Every catalogue call runs in the one background worker (:mod:`idguide.ui.worker`); widgets run
operations (:mod:`idguide.ui.operations`: a query, a change, or work that waits on the network)
and build themselves from the results on the GUI thread. After a change, every view refreshes
itself from the worker's one signal. Errors reach the officer through one function,
:func:`idguide.ui.errors.show_error`.
"""
