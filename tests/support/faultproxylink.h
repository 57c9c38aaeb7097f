#pragma once

#include "faultproxy.h"
#include "faultproxydialogue.h"
#include "faultproxysides.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace Ferry::Test {

// One proxied TCP connection: the half towards the client (ClientSide) and the half towards the server
// (ServerSide). A control link is created with the client's socket and connects to the server. A data
// link first listens for one side (the client in passive mode, the server in active mode), then connects
// the other. The link pumps bytes with flow control and fires the faults armed on it; a control link
// hands what it reads to its FaultProxyDialogue, which rewrites the data addresses, and creates the data
// links they announce. Part of FaultProxy (not for tests); it deletes itself once both halves are closed.
class FaultProxy::Link final : public QObject, private FaultProxyDialogue::Host
{
    Q_DISABLE_COPY_MOVE(Link)

public:
    Link(FaultProxy* proxy, Channel channel);
    ~Link() override;

    // Closes everything without telling anyone (FaultProxy::stop()).
    void closeQuietly();

    Channel channel() const { return m_channel; }
    int index() const { return m_index; }
    void setIndex(int index) { m_index = index; }
    bool isClosing() const { return m_closing || m_finished; }
    bool isListening() const;

    // Control: the client's connection, accepted by the proxy; the server is the target.
    void adoptClient(QTcpSocket* socket, const QHostAddress& serverAddress, quint16 serverPort);
    // Data: listens on listenAddress for one connection from expectedPeer on acceptSide, then connects
    // the other side to target (from bindAddress). Returns the port, 0 on failure.
    quint16 listenForData(int acceptSide, const QHostAddress& listenAddress, const QHostAddress& expectedPeer,
                          const HostPort& target, const QHostAddress& bindAddress);

    void addDelay(int milliseconds);
    // Arms a rule (Drop or Stall) whose bytes count from now.
    void arm(int ruleId);
    // Control links: arms a rule whose count starts once the server-to-client stream has reached
    // byte `startAt` (the end of a reply queued for the client).
    void armAt(int ruleId, qint64 startAt) { m_armed.push_back({ruleId, {0, 0}, startAt}); }

    // Refuse: a data link's port is closed before anyone connects; a control link's client is closed at
    // once, in order. Not with a reset: a RST that reaches the client before its socket has seen the
    // connect complete makes Qt connect again by itself, so one attempt would use up several refusals.
    void refuseNow();

    // Control links: starts the connection to the server (after the delay, if any).
    void start() { scheduleConnect(); }

    // Forwards nothing more until resume(), or for `milliseconds` (negative: until resume()).
    void stall(int milliseconds);
    void resume();
    // Closes both halves: reset (the sides resetSide names) or in order.
    void drop(bool reset, FaultProxy::Fault::ResetSide resetSide = FaultProxy::Fault::ResetSide::Both);
    void abortAll();

    // Control links: closes the data links announced before that nobody connected to.
    void closePendingData();

private:
    struct Armed
    {
        int ruleId;
        qint64 base[2];
        // >= 0: the count has not started; it starts when m_bytes[ToClient] reaches this.
        qint64 startAt;
    };

    bool isEstablished() const
    {
        return m_up[FaultProxySides::ClientSide] && m_up[FaultProxySides::ServerSide];
    }
    bool canForward() const { return !m_closing && !m_finished && !m_stalled && isEstablished(); }

    // Connection set-up and teardown.
    void adopt(int side, QTcpSocket* socket);
    void onNewDataConnection();
    void scheduleConnect();
    void connectOtherSide();
    void onConnected(int side);
    void onDisconnected(int side);
    void onError(int side);
    void maybeFinish();

    // Pumping.
    void pumpAll();
    // Reentrant calls (flush() may emit bytesWritten()) only ask the running pump to go round again.
    void pump(int direction);
    void pumpOnce(int direction);
    // After the source of `direction` closed and everything it sent was forwarded: close the target.
    void endOfStream(int direction);
    void account(int direction, qint64 bytes);

    // Faults.
    qint64 countedFor(const Armed& armed, Direction direction, int forDirection) const;
    // Bytes that may still go in `direction` before an armed fault is due. With lines, faults that cut
    // between lines do not limit (the line goes whole, then checkFaults() fires them).
    qint64 untilFault(int direction, bool lines = false) const;
    // Fires the armed faults that are due. False when the link is closing afterwards.
    bool checkFaults();

    // FaultProxyDialogue::Host (control links).
    quint16 openDataLink(int acceptSide, const HostPort& target) override;
    QHostAddress localAddress(int side) const override;
    QHostAddress peerAddress(int side) const override;
    void commandSeen(const QByteArray& verb) override;
    void preliminaryReplyQueued(const QByteArray& verb) override;

    FaultProxy* m_proxy;
    Channel m_channel;
    int m_index = 0;
    int m_acceptSide = FaultProxySides::ClientSide;
    QTcpSocket* m_socket[2] = {nullptr, nullptr};
    bool m_up[2] = {false, false};   // connected
    bool m_eof[2] = {false, false};  // the peer on that side closed
    bool m_shut[2] = {false, false}; // nothing more is written to that side
    qint64 m_bytes[2] = {0, 0};      // forwarded per direction
    QList<QByteArray> m_pending[2];  // control: whole commands / replies waiting to be written
    bool m_inPump[2] = {false, false};
    bool m_pumpAgain[2] = {false, false};
    QByteArray m_chunk;

    QTcpServer* m_server = nullptr;
    QTimer m_pendingTimer;
    QHostAddress m_expectedPeer;
    QHostAddress m_targetAddress;
    quint16 m_targetPort = 0;
    QHostAddress m_bindAddress;
    int m_delayMs = 0;
    bool m_connectScheduled = false;

    std::vector<Armed> m_armed;
    bool m_stalled = false;
    int m_stallGeneration = 0;
    bool m_closing = false;
    bool m_finished = false;

    // Control links only.
    FaultProxyDialogue m_dialogue{*this};
    QList<QPointer<Link>> m_dataLinks;
};

} // namespace Ferry::Test
