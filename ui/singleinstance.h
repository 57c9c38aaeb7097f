#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Ferry {

// One Ferry window per user: the first `ferry` that opens a window listens on a local socket, and a later
// `ferry ftp://…` hands its arguments to it (the running window opens a tab) and ends instead of opening a
// second window.
//
// The socket is the user's own: its name is made from the settings folder (so another user, a test with
// its own settings, or a portable copy is another instance), it lives in the user's runtime folder
// ($XDG_RUNTIME_DIR, which only the user can enter) on Unix, and only the user may connect to it. Where the
// platform refuses (no local sockets, a name held by something that does not answer), `ferry` opens a
// window of its own as before.
//
// The exchange: the newcomer writes the arguments as one line of JSON (an array of strings) and waits for
// "ok"; the running instance emits argumentsReceived() and answers.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // serverName: the local socket's name or path; empty for defaultServerName().
    explicit SingleInstance(const QString& serverName = QString(), QObject* parent = nullptr);
    ~SingleInstance() override;

    // The user's socket for the current settings folder (QCoreApplication's names must be set).
    static QString defaultServerName();
    QString serverName() const { return m_name; }

    // Hands the arguments to the running instance; true when it took them (this process should end).
    // Blocks for at most timeoutMs: it runs before this process opens a window.
    bool sendToRunning(const QStringList& arguments, int timeoutMs = 5000);
    // Becomes the running instance. False (and errorString()) when another instance answers on the
    // name meanwhile (send to it) or the platform refuses (run on alone).
    bool listen();
    bool isListening() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // A later `ferry` handed over its arguments (empty: just show the window).
    void argumentsReceived(const QStringList& arguments);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket* socket);

    QString m_name;
    QLocalServer* m_server = nullptr;
    QString m_error;
};

} // namespace Ferry
