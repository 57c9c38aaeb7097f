#include "net/tcpconnector.h"

#include "net/hostaddress.h"
#include "net/nativesocket.h"

#include <QSocketNotifier>

namespace Ferry {

TcpConnector::TcpConnector(QObject* parent) : QObject(parent) {}

TcpConnector::~TcpConnector()
{
    abort();
}

void TcpConnector::connectToHost(const QHostAddress& localAddress, const QHostAddress& address, quint16 port)
{
    m_address = plainAddress(address);
    m_port = port;
    int error = 0;
    m_descriptor = NativeSocket::create(m_address.protocol(), &error);
    if (m_descriptor < 0) {
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    // Bind only within the target's family (a dual-stack control connection may report ::ffff:a.b.c.d).
    const QHostAddress local = plainAddress(localAddress);
    if (!local.isNull() && local.protocol() == m_address.protocol() &&
        !NativeSocket::bind(m_descriptor, local, &error)) {
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    if (!NativeSocket::startConnect(m_descriptor, m_address, port, &error)) {
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    // Writable once connected or failed (SO_ERROR says which).
    m_notifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Write, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TcpConnector::onWritable);
}

void TcpConnector::onWritable()
{
    if (m_done)
        return;
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
    const int error = NativeSocket::pendingError(m_descriptor);
    if (error != 0) {
        fail(error);
        return;
    }
    m_connected = true;
    m_done = true;
    Q_EMIT connected();
}

void TcpConnector::fail(int error)
{
    if (m_done)
        return;
    m_done = true;
    NativeSocket::close(m_descriptor);
    m_descriptor = -1;
    Q_EMIT failed(error ? NativeSocket::errorString(error)
                        : tr("cannot connect to %1 port %2").arg(m_address.toString()).arg(m_port));
}

qintptr TcpConnector::takeDescriptor()
{
    if (!m_connected)
        return -1;
    const qintptr descriptor = m_descriptor;
    m_descriptor = -1;
    m_connected = false;
    return descriptor;
}

void TcpConnector::abort()
{
    m_done = true;
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    NativeSocket::close(m_descriptor);
    m_descriptor = -1;
}

} // namespace Ferry
