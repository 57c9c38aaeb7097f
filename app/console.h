#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace Ferry::Cli {

// Standard output (data) and standard error (messages, the progress line) of the command line.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Cli::Console)
    Q_DISABLE_COPY_MOVE(Console)

public:
    Console();

    // Writes text as it is (the caller adds line ends) and flushes.
    static void writeOut(const QString& text);
    static void writeErr(const QString& text);
    static bool isStderrTerminal();

    // One line on stderr ("\n" is added). Erases the progress line first, which is drawn again with the
    // next update.
    void message(const QString& line);

    // The progress line: shown on stderr only when stderr is a terminal, one line redrawn with '\r'
    // at most a few times a second: label, bytes so far, percentage, speed.
    bool showsProgress() const { return m_terminal; }
    // offset: bytes that were already there (a resumed download) and count towards the position.
    void startProgress(const QString& label, qint64 offset);
    // done: bytes moved since startProgress(); total: the bytes this transfer moves in all (without the
    // offset), -1 when unknown.
    void updateProgress(qint64 done, qint64 total);
    // Draws the final state and ends the line (success) or erases it (failure).
    void endProgress(bool success);

    // Seconds since startProgress(), for a summary.
    double progressSeconds() const;

private:
    void drawProgress();
    void eraseProgress();

    bool m_terminal;
    bool m_progressRunning = false;
    bool m_lineShown = false;
    int m_lineWidth = 0;
    QString m_label;
    qint64 m_offset = 0;
    qint64 m_done = 0;
    qint64 m_total = -1; // with the offset
    QElapsedTimer m_started;
    QElapsedTimer m_lastDraw;
};

// "512 B", "1.5 KiB", "23.4 MiB", ...
QString formatBytes(qint64 bytes);
// "1.5 MiB/s"; "-" when the rate cannot be told yet.
QString formatRate(qint64 bytes, double seconds);

} // namespace Ferry::Cli
