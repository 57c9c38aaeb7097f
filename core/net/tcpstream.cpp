#include "net/tcpstream.h"

#include "net/nativesocket.h"

#include <QSocketNotifier>

namespace Ferry {

TcpStream::TcpStream(qintptr descriptor, QObject* parent)
    : DataStream(parent), m_descriptor(descriptor), m_readNotifier(nullptr), m_writeNotifier(nullptr)
{
    if (descriptor < 0) {
        setEnd(End::Broken, tr("the connection could not be set up"));
        return;
    }
    m_readNotifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(descriptor, QSocketNotifier::Write, this);
    NativeSocket::setNonBlocking(descriptor);
    NativeSocket::peerName(descriptor, &m_peerAddress, &m_peerPort);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &TcpStream::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &TcpStream::onWritable);
}

TcpStream::~TcpStream()
{
    closeDescriptor();
}

void TcpStream::onReadable()
{
    // Announced once; read() re-arms when it finds nothing.
    m_readNotifier->setEnabled(false);
    Q_EMIT readyRead();
}

qint64 TcpStream::read(char* data, qint64 maxSize)
{
    if (isOver())
        return -1;
    if (m_closing || maxSize <= 0)
        return 0; // what the peer sends after our close is of no interest
    int error = 0;
    const qint64 n = NativeSocket::receive(m_descriptor, data, maxSize, &error);
    if (n > 0)
        return n;
    if (n == 0) {
        // The peer's FIN, after every byte it sent: close our side now.
        setEnd(End::Finished);
        closeDescriptor();
        return -1;
    }
    if (NativeSocket::isWouldBlock(error)) {
        m_readNotifier->setEnabled(true);
        return 0;
    }
    breakWith(error);
    return -1;
}

qint64 TcpStream::write(const char* data, qint64 size)
{
    if (isOver() || m_closing)
        return -1;
    if (size <= 0)
        return 0;
    qint64 sent = 0;
    if (m_pending.size() == m_pendingOffset) {
        int error = 0;
        sent = NativeSocket::send(m_descriptor, data, size, &error);
        if (sent < 0) {
            if (!NativeSocket::isWouldBlock(error)) {
                breakWith(error);
                return -1;
            }
            sent = 0;
        }
    }
    if (sent < size) {
        if (m_pendingOffset == m_pending.size()) {
            m_pending.clear();
            m_pendingOffset = 0;
        }
        m_pending.append(data + sent, size - sent);
        m_writeNotifier->setEnabled(true);
    }
    return size;
}

qint64 TcpStream::bytesToWrite() const
{
    return m_pending.size() - m_pendingOffset;
}

bool TcpStream::flush(qint64* sent)
{
    *sent = 0;
    while (m_pendingOffset < m_pending.size()) {
        int error = 0;
        const qint64 n = NativeSocket::send(m_descriptor, m_pending.constData() + m_pendingOffset,
                                            m_pending.size() - m_pendingOffset, &error);
        if (n < 0) {
            if (NativeSocket::isWouldBlock(error))
                return true;
            breakWith(error);
            return false;
        }
        m_pendingOffset += n;
        *sent += n;
    }
    m_pending.clear();
    m_pendingOffset = 0;
    return true;
}

void TcpStream::onWritable()
{
    if (isOver())
        return;
    qint64 sent = 0;
    if (!flush(&sent)) {
        Q_EMIT ended();
        return;
    }
    if (bytesToWrite() == 0)
        m_writeNotifier->setEnabled(false);
    if (sent > 0)
        Q_EMIT bytesWritten(sent);
    if (m_closing && bytesToWrite() == 0 && !isOver()) {
        setEnd(End::Closed);
        closeDescriptor();
        Q_EMIT ended();
    }
}

void TcpStream::close()
{
    if (isOver()) {
        closeDescriptor();
        return;
    }
    m_closing = true;
    m_readNotifier->setEnabled(false);
    if (bytesToWrite() > 0)
        return; // onWritable() closes once the rest is sent
    // Everything is with the system, which delivers it before the FIN.
    setEnd(End::Closed);
    closeDescriptor();
    Q_EMIT ended();
}

void TcpStream::abort()
{
    setEnd(End::Broken, tr("the connection was closed"));
    closeDescriptor();
}

void TcpStream::breakWith(int error)
{
    setEnd(End::Broken, NativeSocket::errorString(error));
    closeDescriptor();
}

void TcpStream::closeDescriptor()
{
    if (m_descriptor < 0)
        return;
    // Notifiers must not watch a closed descriptor (its number may be reused at once); disabled, they
    // watch nothing. Deleted later: this may run inside one of their signals.
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    m_readNotifier->deleteLater();
    m_writeNotifier->deleteLater();
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    NativeSocket::close(m_descriptor);
    m_descriptor = -1;
    m_pending.clear();
    m_pendingOffset = 0;
}

} // namespace Ferry
