#include "console.h"

#include <QByteArray>
#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Ferry::Cli {

namespace {

constexpr qint64 RedrawIntervalMs = 150;
constexpr int MaxLabelLength = 32;

void writeTo(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

Console::Console() : m_terminal(isStderrTerminal()) {}

void Console::writeOut(const QString& text)
{
    writeTo(stdout, text);
}

void Console::writeErr(const QString& text)
{
    writeTo(stderr, text);
}

bool Console::isStderrTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

void Console::message(const QString& line)
{
    eraseProgress();
    writeErr(line + QLatin1Char('\n'));
}

void Console::startProgress(const QString& label, qint64 offset)
{
    m_label = label;
    if (m_label.size() > MaxLabelLength)
        m_label = QStringLiteral("...") + m_label.right(MaxLabelLength - 3);
    m_offset = offset;
    m_done = 0;
    m_total = -1;
    m_progressRunning = true;
    m_started.start();
    m_lastDraw.invalidate();
}

void Console::updateProgress(qint64 done, qint64 total)
{
    if (!m_progressRunning)
        return;
    m_done = done;
    m_total = total >= 0 ? m_offset + total : -1;
    if (!m_terminal)
        return;
    if (m_lastDraw.isValid() && m_lastDraw.elapsed() < RedrawIntervalMs)
        return;
    drawProgress();
}

void Console::endProgress(bool success)
{
    if (!m_progressRunning)
        return;
    if (m_terminal) {
        if (success) {
            drawProgress();
            writeErr(QStringLiteral("\n"));
            m_lineShown = false;
            m_lineWidth = 0;
        } else {
            eraseProgress();
        }
    }
    m_progressRunning = false;
}

double Console::progressSeconds() const
{
    return m_started.isValid() ? static_cast<double>(m_started.elapsed()) / 1000.0 : 0.0;
}

void Console::drawProgress()
{
    const qint64 position = m_offset + m_done;
    QString line = m_label + QStringLiteral("  ") + formatBytes(position);
    if (m_total > 0) {
        const qint64 percent = std::clamp<qint64>(position * 100 / m_total, 0, 100);
        line += QStringLiteral(" / ") + formatBytes(m_total) + QStringLiteral("  %1%").arg(percent, 3);
    }
    line += QStringLiteral("  ") + formatRate(m_done, progressSeconds());

    QString padded = line;
    if (padded.size() < m_lineWidth)
        padded += QString(m_lineWidth - padded.size(), QLatin1Char(' '));
    writeErr(QLatin1Char('\r') + padded);
    m_lineWidth = static_cast<int>(line.size());
    m_lineShown = true;
    m_lastDraw.start();
}

void Console::eraseProgress()
{
    if (!m_lineShown)
        return;
    writeErr(QLatin1Char('\r') + QString(m_lineWidth, QLatin1Char(' ')) + QLatin1Char('\r'));
    m_lineShown = false;
    m_lineWidth = 0;
    m_lastDraw.invalidate();
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return Console::tr("%1 B").arg(bytes);
    static const char* const units[] = {QT_TRANSLATE_NOOP("Ferry::Cli::Console", "%1 KiB"),
                                        QT_TRANSLATE_NOOP("Ferry::Cli::Console", "%1 MiB"),
                                        QT_TRANSLATE_NOOP("Ferry::Cli::Console", "%1 GiB"),
                                        QT_TRANSLATE_NOOP("Ferry::Cli::Console", "%1 TiB")};
    double value = static_cast<double>(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return Console::tr(units[unit]).arg(value, 0, 'f', 1);
}

QString formatRate(qint64 bytes, double seconds)
{
    if (seconds < 0.05)
        return QStringLiteral("-");
    return Console::tr("%1/s").arg(formatBytes(static_cast<qint64>(static_cast<double>(bytes) / seconds)));
}

} // namespace Ferry::Cli
