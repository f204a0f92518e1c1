"""pg_dump and pg_restore get the server's password in their environment, never on the command
line, where any user of the machine could read it in `ps`."""

from __future__ import annotations

from frontdesk.store.pg_backup import connection


def test_the_password_goes_to_the_environment_not_the_command_line():
    conninfo, env = connection(
        "postgresql://ipc%40desk:s3cr%27et@db.example:6543/ipc?sslmode=require"
        "&options=-csearch_path%3Dfront"
    )
    assert "s3cr" not in conninfo
    assert env["PGPASSWORD"] == "s3cr'et"
    assert conninfo == (
        "host='db.example' port='6543' user='ipc@desk' dbname='ipc' sslmode='require' "
        "options='-csearch_path=front'"
    )
