#pragma once

#include "protocol/dataaddress.h"
#include "protocol/ftpreply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QtGlobal>

namespace Ferry::Test {

// The control dialogue of one FaultProxy control link, as bytes: splits each direction into lines,
// queues whole commands (client to server) and whole replies (server to client) for the link to write
// one per segment, rewrites the data addresses in them (PORT/EPRT, 227/229) to data links of the proxy,
// and follows which command each reply answers so that the link can arm faults on protocol events.
// It owns no socket: the link reads, writes and is asked (Host) for addresses and data links.
class FaultProxyDialogue final
{
    Q_DISABLE_COPY_MOVE(FaultProxyDialogue)

public:
    // What the dialogue needs from the link that carries it. Sides and directions are the indexes of
    // faultproxysides.h.
    class Host
    {
    public:
        // Creates the data link for a data address announced on the control connection, accepted on
        // acceptSide (the client's for 227/229, the server's for PORT/EPRT) and connected to target;
        // returns the proxy's port for it, 0 if it cannot listen (the original line is then forwarded).
        virtual quint16 openDataLink(int acceptSide, const HostPort& target) = 0;
        // The addresses of the socket on `side`.
        virtual QHostAddress localAddress(int side) const = 0;
        virtual QHostAddress peerAddress(int side) const = 0;
        // A command other than PORT/EPRT, `verb` in upper case, is about to be queued for the server.
        virtual void commandSeen(const QByteArray& verb) = 0;
        // The server's preliminary reply (1xx) to `verb` was queued, last, for the client.
        virtual void preliminaryReplyQueued(const QByteArray& verb) = 0;

    protected:
        Host() = default;
        virtual ~Host() = default;
        Q_DISABLE_COPY_MOVE(Host)
    };

    explicit FaultProxyDialogue(Host& host);

    // Splits `bytes`, read from the source of `direction`, into lines and appends to `queue` whole
    // commands (ToServer, PORT/EPRT rewritten) or whole replies (ToClient, 227/229 rewritten). A
    // partial line waits for the rest; a "line" longer than 64 KiB is queued as it is.
    void feed(int direction, const QByteArray& bytes, QList<QByteArray>& queue);
    // Bytes of an unfinished line (or, whatever the direction, of an unfinished reply) are held.
    bool hasUnfinished(int direction) const;
    // Takes what is held for `direction` as it arrived, for forwarding when its source has closed.
    QByteArray takeUnfinished(int direction);

private:
    QByteArray filterCommand(const QByteArray& line);
    void filterReplyLine(const QByteArray& line, QList<QByteArray>& queue);
    // The verb of the command a reply answers (commands are answered in order; a preliminary reply
    // leaves its command waiting for the final one). Empty for the greeting and unasked replies.
    QByteArray commandAnswered(int code);
    QByteArray rewritePassiveReply(const FtpReply& reply, const QByteArray& original);

    Host& m_host;
    QByteArray m_lineBuffer[2]; // an incomplete line per direction
    ReplyReader m_reader;
    QByteArray m_replyRaw; // the bytes of the reply being read
    bool m_rawReplies = false;
    bool m_greeted = false;
    QList<QByteArray> m_sentVerbs; // commands forwarded and not answered yet (final reply), in order
};

} // namespace Ferry::Test
