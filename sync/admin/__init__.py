"""``treffpunkt-admin``: provisioning a Synapse homeserver for Treffpunkt, for IT.

``config`` reads the region (organisations, groups), ``people`` the HR export,
``provision`` brings the server to what they say (idempotently, as an admin) and ``cli`` is
the command line. Nothing here is needed by the desktop app.
"""
