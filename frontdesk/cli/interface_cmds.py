"""The hospital feeds' commands: the office's conventions for reading them, and the live MLLP
listener.

frontdesk interfaces                                  # show the settings
frontdesk interfaces --phone-region AU --mrn-types MR,PI --mrn-authority MGH
frontdesk interfaces --status hl7:EPIC@MGH Sch=scheduled --status hl7:EPIC@MGH ARR=arrived
frontdesk interfaces --forget-status hl7:EPIC@MGH Sch
"""

from __future__ import annotations

from frontdesk.cli.common import actor_arg, open_db
from frontdesk.errors import FrontdeskError


def register(sub) -> None:
    feeds = sub.add_parser(
        "interfaces", help="show or set how hospital feeds are read (phones, MRN, statuses)"
    )
    feeds.add_argument(
        "--phone-region",
        metavar="CC",
        help="the office's country (e.g. US, AU): national phone numbers are read as its; "
        '"" for none',
    )
    feeds.add_argument(
        "--mrn-types",
        metavar="T1,T2",
        help="identifier type codes that make the MRN, most specific first (default MR,MRN,PI)",
    )
    feeds.add_argument(
        "--mrn-authority",
        metavar="NAME",
        help='the hospital\'s assigning authority (PID-3.4 or FHIR identifier system); "" for any',
    )
    feeds.add_argument(
        "--status",
        nargs=2,
        action="append",
        default=[],
        metavar=("SOURCE", "CODE=STATUS"),
        help="read a source's local status code as a desk status (e.g. hl7:EPIC@MGH Sch=scheduled)",
    )
    feeds.add_argument(
        "--forget-status",
        nargs=2,
        action="append",
        default=[],
        metavar=("SOURCE", "CODE"),
        help="drop a source's status code from the table",
    )
    feeds.add_argument("--staff", metavar="USER", help="staff account the change is recorded under")
    feeds.add_argument("--station", default="cli", metavar="NAME")
    feeds.set_defaults(handler=cmd_interfaces)
    register_listen(sub)
    from frontdesk.cli import identity_cmds

    identity_cmds.register(sub)  # what the feeds leave for the desk to settle


def cmd_interfaces(args, url: str) -> int:
    from frontdesk.services.interface_settings import (
        conventions,
        set_mrn_identifier,
        set_phone_region,
        set_status_code,
    )

    changes = []
    for source, pair in args.status:
        code, sep, status = pair.partition("=")
        if not sep:
            raise FrontdeskError(
                f"--status {source} {pair}: expected CODE=STATUS, e.g. Sch=scheduled"
            )
        changes.append((source, code, status))
    open_db(url)
    changing = (
        args.phone_region is not None
        or args.mrn_types is not None
        or args.mrn_authority is not None
        or changes
        or args.forget_status
    )
    actor = actor_arg(args) if changing else None
    if args.phone_region is not None:
        set_phone_region(args.phone_region, actor)
    if args.mrn_types is not None or args.mrn_authority is not None:
        types = args.mrn_types.split(",") if args.mrn_types is not None else None
        set_mrn_identifier(types, args.mrn_authority, actor)
    for source, code, status in changes:
        set_status_code(source, code, status, actor)
    for source, code in args.forget_status:
        set_status_code(source, code, None, actor)
    conv = conventions()
    print(f"{'phone region:':<15}{conv.phone_region or '- (numbers need their country code)'}")
    print(f"{'MRN types:':<15}{', '.join(conv.mrn_types)}")
    print(f"{'MRN authority:':<15}{conv.mrn_authority or '- (any)'}")
    for source, table in sorted(conv.status_maps.items()):
        for code, status in sorted(table.items()):
            print(f"status:        {source}  {code} = {status}")
    return 0


def register_listen(sub) -> None:
    listen = sub.add_parser(
        "listen", help="receive HL7 SIU messages over MLLP (TCP) and acknowledge each"
    )
    listen.add_argument("--host", default="127.0.0.1", help="address to listen on")
    listen.add_argument("--port", type=int, required=True, metavar="PORT")
    listen.add_argument(
        "--staff", metavar="USER", help="staff account the changes are recorded under"
    )
    listen.add_argument("--station", default="hl7-listener", metavar="NAME")
    listen.add_argument(
        "--frame-timeout", type=float, default=30.0, metavar="S",
        help="close a connection whose message is not finished within S seconds",
    )  # fmt: skip
    listen.set_defaults(handler=cmd_listen)


def cmd_listen(args, url: str) -> int:
    import asyncio

    from frontdesk.services.mllp_server import MllpServer

    if not 0 < args.port < 65536:
        raise FrontdeskError(f"--port {args.port}: expected 1 to 65535")
    open_db(url)
    server = MllpServer(
        actor_arg(args), host=args.host, port=args.port, frame_timeout=args.frame_timeout
    )

    async def main() -> None:
        await server.start()
        print(f"listening for HL7 (MLLP) on {server.host}:{server.port}", flush=True)
        assert server._server is not None
        await server._server.serve_forever()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    except OSError as error:  # the port is taken, or not ours to listen on
        raise FrontdeskError(
            f"cannot listen on {args.host}:{args.port}: {error.strerror}"
        ) from None
    return 0
