"""The board server: its parts put together, and the verbs it knows."""

from .base import ServerBase
from .commands import Commands
from .data import DataConnections
from .defects import UploadDefects
from .filex import FileXPaths
from .listing import ListingFormat
from .loop import SessionLoop
from .transfers import TransferCommands


class BoardServer(SessionLoop, Commands, TransferCommands, DataConnections, UploadDefects,
                  ListingFormat, FileXPaths, ServerBase):
    """The NetX Duo board stand-in of board_server.py; serve() runs it until Stop."""

    HANDLERS = {
        b"USER": Commands.cmd_user, b"PASS": Commands.cmd_pass, b"QUIT": Commands.cmd_quit,
        b"TYPE": Commands.cmd_type, b"MODE": Commands.cmd_mode, b"NOOP": Commands.cmd_noop,
        b"PORT": Commands.cmd_port, b"PASV": Commands.cmd_pasv, b"EPSV": Commands.cmd_epsv,
        b"EPRT": Commands.cmd_eprt, b"CWD": Commands.cmd_cwd, b"CDUP": Commands.cmd_cwd,
        b"PWD": Commands.cmd_pwd, b"MKD": Commands.cmd_mkd, b"XMKD": Commands.cmd_mkd,
        b"RMD": Commands.cmd_rmd, b"XRMD": Commands.cmd_rmd, b"DELE": Commands.cmd_dele,
        b"RNFR": Commands.cmd_rnfr, b"RNTO": Commands.cmd_rnto,
        b"RETR": TransferCommands.cmd_retr, b"STOR": TransferCommands.cmd_stor,
        b"LIST": TransferCommands.cmd_list, b"NLST": TransferCommands.cmd_nlst,
    }
