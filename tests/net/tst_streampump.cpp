// core/net in-process over loopback: TcpStream tells an orderly close from a reset (what Qt's sockets
// cannot), TcpConnector and DataListener hand over descriptors, and StreamPump moves bytes with flow
// control both ways (a slow sequential sink pauses reading, a trickling source is waited for), one chunk
// per turn of the event loop when asked, and judges the end: a reset receive fails, a peer that closes
// before the end of a send fails, a stall times out.
#include "net/datalistener.h"
#include "net/datastream.h"
#include "net/streampump.h"
#include "net/tcpconnector.h"
#include "net/tcpstream.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Ferry;

namespace {

constexpr qint64 Chunk = 16 * 1024;

QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x);
    }
    return bytes;
}

void resetConnection(QTcpSocket* socket)
{
#ifdef Q_OS_UNIX
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}

// A sequential sink that takes what is written into a backlog and moves `step` bytes of it per tick
// into data(), like the transfer queue's rate-limited ThrottledDevice.
class SlowSink final : public QIODevice
{
public:
    explicit SlowSink(qint64 step) : m_step(step)
    {
        open(QIODevice::WriteOnly);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            const qint64 n = qMin<qint64>(m_step, m_backlog.size());
            if (n == 0)
                return;
            m_data += m_backlog.left(n);
            m_backlog.remove(0, n);
            Q_EMIT bytesWritten(n);
        });
        m_tick.start(1);
    }
    bool isSequential() const override { return true; }
    qint64 bytesToWrite() const override { return m_backlog.size(); }
    QByteArray data() const { return m_data; }
    qint64 maxBacklog() const { return m_maxBacklog; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_backlog.append(data, size);
        m_maxBacklog = qMax<qint64>(m_maxBacklog, m_backlog.size());
        return size;
    }

private:
    qint64 m_step;
    QByteArray m_backlog;
    QByteArray m_data;
    qint64 m_maxBacklog = 0;
    QTimer m_tick;
};

// A sequential source that has nothing to give until a timer releases `step` more bytes (readyRead()).
class TricklingSource final : public QIODevice
{
public:
    TricklingSource(const QByteArray& content, qint64 step) : m_content(content), m_step(step)
    {
        open(QIODevice::ReadOnly);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            m_released = qMin<qint64>(m_content.size(), m_released + m_step);
            Q_EMIT readyRead();
            if (m_released == m_content.size())
                m_tick.stop();
        });
        m_tick.start(2);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_position == m_content.size(); }
    qint64 bytesAvailable() const override { return m_released - m_position; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_released - m_position);
        memcpy(data, m_content.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_content;
    qint64 m_step;
    qint64 m_released = 0;
    qint64 m_position = 0;
    QTimer m_tick;
};

} // namespace

class TestStreamPump final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void receiveEnds_data();
    void receiveEnds();
    void receiveIntoSlowSequentialSink();
    void sendFromTricklingSource();
    void sendFromLocalFileReadAhead();
    void sendPeerClosesEarly();
    void oneChunkPerTurn();
    void stalledTransferTimesOut();
    void tricklingTransferDoesNotStall();
    void connectorRefused();

private:
    // Our TcpStream on one end (connected by TcpConnector, or accepted by DataListener), a QTcpSocket on
    // the other.
    bool makePair(bool accepted);
    StreamPump* pump(StreamPump::Pacing pacing = StreamPump::Pacing::Continuous, int idleMs = 10000);

    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<DataListener> m_listener;
    std::unique_ptr<QTcpSocket> m_peer;
    std::unique_ptr<TcpStream> m_stream;
    std::unique_ptr<StreamPump> m_pump;
};

void TestStreamPump::init()
{
    m_server = std::make_unique<QTcpServer>();
    m_listener = std::make_unique<DataListener>();
}

void TestStreamPump::cleanup()
{
    m_pump.reset();
    m_stream.reset();
    m_peer.reset();
    m_listener.reset();
    m_server.reset();
}

bool TestStreamPump::makePair(bool accepted)
{
    if (accepted) {
        if (!m_listener->listen(QHostAddress::LocalHost, 0))
            return false;
        QSignalSpy spy(m_listener.get(), &DataListener::accepted);
        m_peer = std::make_unique<QTcpSocket>();
        m_peer->connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
        if (!spy.wait(5000) || !m_peer->waitForConnected(5000))
            return false;
        const DataListener::Connection connection = m_listener->takeConnection();
        if (connection.descriptor < 0 || connection.peerAddress != QHostAddress(QHostAddress::LocalHost) ||
            connection.peerPort != m_peer->localPort())
            return false;
        m_stream = std::make_unique<TcpStream>(connection.descriptor);
        return true;
    }
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    TcpConnector connector;
    QSignalSpy connected(&connector, &TcpConnector::connected);
    connector.connectToHost(QHostAddress(QHostAddress::LocalHost), QHostAddress::LocalHost,
                            m_server->serverPort());
    if (!connected.wait(5000) ||
        (!m_server->hasPendingConnections() && !m_server->waitForNewConnection(5000)))
        return false;
    m_peer.reset(m_server->nextPendingConnection());
    m_peer->setParent(nullptr);
    m_stream = std::make_unique<TcpStream>(connector.takeDescriptor());
    return m_stream->peerPort() == m_server->serverPort();
}

StreamPump* TestStreamPump::pump(StreamPump::Pacing pacing, int idleMs)
{
    StreamPump::Options options;
    options.chunkSize = Chunk;
    options.idleTimeoutMs = idleMs;
    options.pacing = pacing;
    m_pump = std::make_unique<StreamPump>(m_stream.get(), options);
    return m_pump.get();
}

void TestStreamPump::receiveEnds_data()
{
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("reset");
    QTest::addColumn<qint64>("size");
    QTest::newRow("connected, FIN: complete") << false << false << 40 * Chunk + 7;
    QTest::newRow("accepted, FIN: complete") << true << false << 40 * Chunk + 7;
    QTest::newRow("connected, reset: failed") << false << true << 40 * Chunk + 7;
    QTest::newRow("accepted, reset: failed") << true << true << 40 * Chunk + 7;
    QTest::newRow("accepted, empty, FIN: complete") << true << false << qint64(0);
    QTest::newRow("accepted, empty, reset: failed") << true << true << qint64(0);
}

void TestStreamPump::receiveEnds()
{
    QFETCH(bool, accepted);
    QFETCH(bool, reset);
    QFETCH(qint64, size);
    QVERIFY(makePair(accepted));
    const QByteArray content = pattern(size);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    StreamPump* p = pump();
    QSignalSpy finished(p, &StreamPump::finished);
    QSignalSpy failed(p, &StreamPump::failed);
    p->receiveInto(&sink);
    m_peer->write(content);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->bytesToWrite(), 0, 5000);
    if (reset) {
        // Everything sent arrives first; the reset then ends the stream as Broken.
        QTRY_COMPARE_WITH_TIMEOUT(sink.size(), size, 5000);
        resetConnection(m_peer.get());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<StreamPump::Failure>(), StreamPump::Failure::ConnectionLost);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("reset")),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(m_stream->end(), DataStream::End::Broken);
        QCOMPARE(finished.size(), 0);
        return;
    }
    m_peer->disconnectFromHost();
    QVERIFY(finished.wait(5000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_stream->end(), DataStream::End::Finished);
    QVERIFY(sink.data() == content);
    QCOMPARE(p->bytesTransferred(), size);
    // Our side closed at once after the peer's FIN.
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestStreamPump::receiveIntoSlowSequentialSink()
{
    // The sink drains 4 KiB per millisecond at most: the pump reads only while its backlog is under a
    // chunk, so the backlog (memory) stays bounded and TCP flow control holds the sender meanwhile.
    QVERIFY(makePair(false));
    const QByteArray content = pattern(64 * Chunk + 3);
    SlowSink sink(4096);
    StreamPump* p = pump();
    QSignalSpy finished(p, &StreamPump::finished);
    p->receiveInto(&sink);
    m_peer->write(content);
    m_peer->disconnectFromHost();
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(sink.data().size(), content.size(), 10000);
    QVERIFY(sink.data() == content);
    QVERIFY2(sink.maxBacklog() < 2 * Chunk, qPrintable(QString::number(sink.maxBacklog())));
}

void TestStreamPump::sendFromTricklingSource()
{
    QVERIFY(makePair(true));
    const QByteArray content = pattern(20 * Chunk + 5);
    TricklingSource source(content, 7000);
    StreamPump* p = pump();
    QSignalSpy finished(p, &StreamPump::finished);
    QByteArray received;
    connect(m_peer.get(), &QTcpSocket::readyRead, this, [&] { received += m_peer->readAll(); });
    p->sendFrom(&source);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_stream->end(), DataStream::End::Closed);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->state(), QAbstractSocket::UnconnectedState, 5000);
    received += m_peer->readAll();
    QVERIFY(received == content);
    QCOMPARE(p->bytesTransferred(), content.size());
}

void TestStreamPump::sendFromLocalFileReadAhead()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray content = pattern(30 * Chunk + 11);
    QCOMPARE(file.write(content), content.size());
    QVERIFY(file.seek(Chunk + 1)); // sent from its position on
    QVERIFY(makePair(false));
    StreamPump::Options options;
    options.chunkSize = Chunk;
    options.pacing = StreamPump::Pacing::OneChunkPerTurn;
    options.readAhead = StreamPump::ReadAhead::LocalFiles;
    m_pump = std::make_unique<StreamPump>(m_stream.get(), options);
    QSignalSpy finished(m_pump.get(), &StreamPump::finished);
    QByteArray received;
    connect(m_peer.get(), &QTcpSocket::readyRead, this, [&] { received += m_peer->readAll(); });
    m_pump->sendFrom(&file);
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->state(), QAbstractSocket::UnconnectedState, 5000);
    received += m_peer->readAll();
    QVERIFY(received == content.mid(Chunk + 1));
}

void TestStreamPump::sendPeerClosesEarly()
{
    QVERIFY(makePair(false));
    QBuffer source;
    source.setData(pattern(4000 * Chunk)); // far more than the socket buffers hold
    source.open(QIODevice::ReadOnly);
    StreamPump* p = pump();
    QSignalSpy failed(p, &StreamPump::failed);
    QSignalSpy finished(p, &StreamPump::finished);
    p->sendFrom(&source);
    QTRY_VERIFY_WITH_TIMEOUT(m_peer->bytesAvailable() > 0, 5000);
    m_peer->close();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<StreamPump::Failure>(), StreamPump::Failure::ConnectionLost);
    QCOMPARE(finished.size(), 0);
    QVERIFY(p->bytesTransferred() < source.size());
}

void TestStreamPump::oneChunkPerTurn()
{
    // Every chunk in a turn of the event loop of its own: a queued call that re-queues itself runs
    // between any two chunks.
    QVERIFY(makePair(true));
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    StreamPump* p = pump(StreamPump::Pacing::OneChunkPerTurn);
    QSignalSpy finished(p, &StreamPump::finished);
    int turns = 0;
    bool ticking = true;
    QList<int> turnAtProgress;
    // The context of the calls below, which capture locals by reference: it goes before them, and takes
    // the tick still queued when the test ends (and the connection) with it, so that nothing runs on
    // this function's stack after it returns.
    QObject scope;
    std::function<void()> tick = [&] {
        ++turns;
        if (ticking)
            QMetaObject::invokeMethod(&scope, tick, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(&scope, tick, Qt::QueuedConnection);
    connect(p, &StreamPump::progress, &scope, [&] { turnAtProgress.append(turns); });
    p->receiveInto(&sink);
    m_peer->write(pattern(32 * Chunk));
    m_peer->disconnectFromHost();
    QVERIFY(finished.wait(10000));
    ticking = false;
    QCOMPARE(sink.size(), 32 * Chunk);
    QVERIFY(turnAtProgress.size() >= 32);
    for (qsizetype i = 1; i + 1 < turnAtProgress.size(); ++i)
        QVERIFY2(turnAtProgress.at(i) > turnAtProgress.at(i - 1), qPrintable(QString::number(i)));
}

void TestStreamPump::stalledTransferTimesOut()
{
    QVERIFY(makePair(false));
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    StreamPump* p = pump(StreamPump::Pacing::Continuous, 300);
    QSignalSpy failed(p, &StreamPump::failed);
    p->receiveInto(&sink);
    m_peer->write("a little");
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<StreamPump::Failure>(), StreamPump::Failure::Stalled);
    QCOMPARE(sink.data(), QByteArray("a little"));
}

void TestStreamPump::tricklingTransferDoesNotStall()
{
    // The idle timer is armed once per period and checks when data last moved: a transfer that keeps
    // moving, slowly, for longer than the period is not "stalled".
    QVERIFY(makePair(false));
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    StreamPump* p = pump(StreamPump::Pacing::Continuous, 1000);
    QSignalSpy finished(p, &StreamPump::finished);
    QSignalSpy failed(p, &StreamPump::failed);
    p->receiveInto(&sink);
    int pieces = 0;
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, this, [&] {
        if (++pieces <= 12) {
            m_peer->write("piece;");
            return;
        }
        trickle.stop();
        m_peer->disconnectFromHost();
    });
    trickle.start(150); // 12 pieces over 1.8 s: each gap well inside the period, the whole well past it
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(sink.data(), QByteArray("piece;").repeated(12));
}

void TestStreamPump::connectorRefused()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    const quint16 port = m_server->serverPort();
    m_server->close();
    TcpConnector connector;
    QSignalSpy failed(&connector, &TcpConnector::failed);
    QSignalSpy connected(&connector, &TcpConnector::connected);
    connector.connectToHost(QHostAddress(), QHostAddress::LocalHost, port);
    QCOMPARE(failed.size(), 0); // never from inside the call
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(connected.size(), 0);
    QCOMPARE(connector.takeDescriptor(), qintptr(-1));
}

QTEST_GUILESS_MAIN(TestStreamPump)
#include "tst_streampump.moc"
