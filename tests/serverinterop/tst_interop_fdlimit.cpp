// `ferry serve` out of file descriptors (RLIMIT_NOFILE set low for the process): it logs it once, answers
// the connections it cannot take with 421 rather than leaving them hanging, uses no CPU meanwhile (no busy
// loop around a failing accept), and serves again, data connections included, once descriptors are free.
#include "ferryserve.h"
#include "interoptools.h"
#include "testfiles.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

using namespace Ferry::Test;

namespace {

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("fd-pw");
// ferry serve holds about 10 descriptors of its own (standard streams, event-loop wake-ups, listeners).
constexpr int DescriptorLimit = 24;

// The next complete reply line "NNN text" on a control connection; empty after timeoutMs or at its end.
QByteArray readReplyLine(QTcpSocket& socket, int timeoutMs = 5000)
{
    static const QRegularExpression final(QStringLiteral("^\\d{3} "));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        while (socket.canReadLine()) {
            const QByteArray line = socket.readLine().trimmed();
            if (final.match(QString::fromLatin1(line)).hasMatch())
                return line;
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            return QByteArray();
        QSignalSpy ready(&socket, &QIODevice::readyRead);
        if (socket.bytesAvailable() == 0)
            (void)ready.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return QByteArray();
}

std::unique_ptr<QTcpSocket> connectControl(quint16 port, QByteArray* greeting)
{
    auto socket = std::make_unique<QTcpSocket>();
    QSignalSpy connected(socket.get(), &QAbstractSocket::connected);
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (connected.isEmpty() && !connected.wait(5000))
        return nullptr;
    *greeting = readReplyLine(*socket);
    return socket;
}

QByteArray command(QTcpSocket& socket, const QByteArray& line)
{
    socket.write(line + "\r\n");
    return readReplyLine(socket);
}

} // namespace

class TestInteropFdLimit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesCleanlyAndRecovers();
};

void TestInteropFdLimit::refusesCleanlyAndRecovers()
{
#ifndef Q_OS_LINUX
    QSKIP("RLIMIT_NOFILE and /proc are Linux facts here");
#endif
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(!writeTestFile(tmp.filePath(QStringLiteral("hello.bin")), 4096, 7).isEmpty());
    FerryServe serve;
    serve.setDescriptorLimit(DescriptorLimit);
    VERIFY_SERVE(serve.start(tmp.path(), {QStringLiteral("--user"), User + QLatin1Char(':') + Password,
                                          QStringLiteral("--max-sessions"), QStringLiteral("100"),
                                          QStringLiteral("--max-per-address"), QStringLiteral("100")}),
                 serve);

    // Sessions until the descriptors run out: the next connection is answered 421 at once, not left
    // hanging without a greeting.
    std::vector<std::unique_ptr<QTcpSocket>> sessions;
    QByteArray refused;
    while (refused.isEmpty() && sessions.size() < size_t(DescriptorLimit)) {
        QByteArray greeting;
        std::unique_ptr<QTcpSocket> socket = connectControl(serve.port(), &greeting);
        QVERIFY2(socket, "no TCP connection");
        QVERIFY2(!greeting.isEmpty(),
                 qPrintable(QStringLiteral("connection %1 got no greeting within 5 s\n%2")
                                .arg(sessions.size() + 1)
                                .arg(serve.logTail())));
        if (greeting.startsWith("220"))
            sessions.push_back(std::move(socket));
        else
            refused = greeting;
    }
    QVERIFY2(sessions.size() >= 5, qPrintable(QString::number(sessions.size())));
    QCOMPARE(refused, QByteArray("421 The server cannot take more connections now: try again later."));
    VERIFY_SERVE(serve.waitForLines("Cannot accept new connections", 1), serve);

    // While it lasts every new connection gets its 421, the log says it once, and the server idles.
    const qint64 cpuBefore = serve.cpuTimeMs();
    QVERIFY(cpuBefore >= 0);
    QElapsedTimer window;
    window.start();
    int attempts = 0;
    while (window.elapsed() < 2000) {
        QByteArray greeting;
        std::unique_ptr<QTcpSocket> socket = connectControl(serve.port(), &greeting);
        QVERIFY(socket);
        QVERIFY2(greeting.startsWith("421"), qPrintable(QString::fromLatin1(greeting) + serve.logTail()));
        ++attempts;
        QTest::qWait(100); // the measurement window: a few attempts spread over two seconds
    }
    const qint64 cpuUsed = serve.cpuTimeMs() - cpuBefore;
    qInfo("%d connections refused in %lld ms; the server used %lld ms of CPU meanwhile", attempts,
          window.elapsed(), cpuUsed);
    QVERIFY2(cpuUsed < 500, qPrintable(QString::number(cpuUsed)));
    QCOMPARE(serve.countLines("Cannot accept new connections"), 1);

    // Descriptors come free: the server accepts again and serves a listing over a data connection.
    for (const std::unique_ptr<QTcpSocket>& socket : sessions)
        QCOMPARE(command(*socket, "QUIT").left(3), QByteArray("221"));
    const int closed = int(sessions.size());
    sessions.clear();
    VERIFY_SERVE(serve.waitForLines("Disconnected after", closed), serve);
    QByteArray greeting;
    std::unique_ptr<QTcpSocket> client = connectControl(serve.port(), &greeting);
    QVERIFY(client);
    QCOMPARE(greeting.left(3), QByteArray("220"));
    QCOMPARE(command(*client, "USER " + User.toUtf8()).left(3), QByteArray("331"));
    QCOMPARE(command(*client, "PASS " + Password.toUtf8()).left(3), QByteArray("230"));
    const QByteArray epsv = command(*client, "EPSV");
    const QRegularExpressionMatch port =
        QRegularExpression(QStringLiteral("\\(\\|\\|\\|(\\d+)\\|\\)")).match(QString::fromLatin1(epsv));
    QVERIFY2(port.hasMatch(), epsv.constData());
    QTcpSocket data;
    data.connectToHost(QHostAddress::LocalHost, quint16(port.captured(1).toUInt()));
    QVERIFY(data.waitForConnected(5000));
    QCOMPARE(command(*client, "NLST").left(3), QByteArray("150"));
    QByteArray names;
    QVERIFY(QTest::qWaitFor(
        [&] {
            names += data.readAll();
            return data.state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    names += data.readAll();
    QCOMPARE(names, QByteArray("hello.bin\r\n"));
    QCOMPARE(readReplyLine(*client).left(3), QByteArray("226"));
    QCOMPARE(command(*client, "QUIT").left(3), QByteArray("221"));
    VERIFY_SERVE(serve.waitForLines("Accepting connections again", 1), serve);
    VERIFY_SERVE(serve.stop(), serve);
}

QTEST_GUILESS_MAIN(TestInteropFdLimit)
#include "tst_interop_fdlimit.moc"
