#include "client/retrypolicy.h"

namespace Ferry {

FailureKind failureKind(FtpOperation::Error error)
{
    switch (error) {
    case FtpOperation::Error::NoError:
        return FailureKind::None;
    case FtpOperation::Error::TransientError:
        return FailureKind::ServerBusy;
    case FtpOperation::Error::Timeout:
    case FtpOperation::Error::ConnectionLost:
    case FtpOperation::Error::ConnectionRefused:
    case FtpOperation::Error::DataConnectionFailed:
    // The connection dropped before the operation's turn came: a new one may work.
    case FtpOperation::Error::NotConnected:
        return FailureKind::ConnectionFault;
    case FtpOperation::Error::Canceled:
        return FailureKind::Canceled;
    case FtpOperation::Error::HostNotFound:
    case FtpOperation::Error::LoginFailed:
    case FtpOperation::Error::ServerRefused:
    case FtpOperation::Error::LocalIoError:
    case FtpOperation::Error::ProtocolError:
    case FtpOperation::Error::InvalidArgument:
    case FtpOperation::Error::TlsFailed:
        break;
    }
    return FailureKind::Permanent;
}

bool isWorthRetrying(FtpOperation::Error error)
{
    const FailureKind kind = failureKind(error);
    return kind == FailureKind::ServerBusy || kind == FailureKind::ConnectionFault;
}

bool isConnectionFault(FtpOperation::Error error)
{
    return failureKind(error) == FailureKind::ConnectionFault;
}

} // namespace Ferry
