"""The parts of board_server.py, the scripted NetX Duo board server (see its docstring).

wire        limits, command parsing, FAT names    session    one session's state
base        state, log, socket helpers, replies   filex      FileX-like paths
listing     the LIST format                       data       data connections
defects     --busy-upload-loss                    loop       accept, hold, select loop
commands    dispatch and control commands         transfers  RETR, STOR, LIST, NLST
server      BoardServer, all of them together
"""
