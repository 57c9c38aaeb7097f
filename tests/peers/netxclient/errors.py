"""Exit codes of netx_client.py and the failures that map to them."""



EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_DRIFT, EXIT_NET = 0, 1, 2, 3, 4


class ClientError(Exception):
    code = EXIT_REFUSED


class Refused(ClientError):
    code = EXIT_REFUSED


class Drift(ClientError):
    code = EXIT_DRIFT


class NetError(ClientError):
    code = EXIT_NET


class UsageError(ClientError):
    code = EXIT_USAGE
