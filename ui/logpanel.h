#pragma once

#include "client/ftpclient.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;

namespace Ferry {

// The message log: the control dialogue of every connection as sent and received (the engine masks
// passwords), coloured by direction, selectable and copyable, with a level filter. Keeps the last
// MaxEntries lines.
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    static constexpr int MaxEntries = 5000;

    enum class Level
    {
        All,
        Dialogue, // commands, replies and errors
        Errors
    };
    Q_ENUM(Level)

    explicit LogPanel(QWidget* parent = nullptr);
    ~LogPanel() override;

    // source names the connection ("" for the browsing one, e.g. "transfer").
    void append(Ferry::FtpClient::LogKind kind, const QString& text, const QString& source = QString());
    void clear();

    Level level() const { return m_level; }
    void setLevel(Level level);
    // The text as shown (after the filter).
    QString visibleText() const;
    QPlainTextEdit* textView() const { return m_view; }

private:
    struct Entry
    {
        QTime time;
        FtpClient::LogKind kind;
        QString source;
        QString text;
    };

    bool accepts(FtpClient::LogKind kind) const;
    void appendToView(const Entry& entry);
    void rebuild();

    QComboBox* m_levelBox;
    QPlainTextEdit* m_view;
    QList<Entry> m_entries;
    Level m_level = Level::All;
};

} // namespace Ferry
