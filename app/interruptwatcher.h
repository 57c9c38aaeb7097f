#pragma once

#include <QObject>

class QSocketNotifier;

namespace Ferry::Cli {

// Turns Ctrl-C (SIGINT) and SIGTERM (on Windows: the console's Ctrl-C and Ctrl-Break events) into the
// Qt signal interrupted(), delivered in the event loop. On Unix the signal handler only writes a byte to
// a pipe (the self-pipe trick) that a QSocketNotifier watches, so nothing unsafe runs in the handler.
// One instance at a time; the previous handlers come back when it is destroyed.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    void readPipe();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Ferry::Cli
