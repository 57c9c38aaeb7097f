"""The parts of netx_client.py, the NetX Duo FTP client stand-in (see its docstring).

errors     exit codes and failures       replies    NetX's reply parsing and command formats
capture    segment capture (AF_PACKET)   control    the control connection, segment by segment
client     session, login, simple ops    transfers  data connections, get, put, nlst
"""
