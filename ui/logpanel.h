#pragma once

#include "client/ftpclient.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QTextCursor;
class QTimer;

namespace Ferry {

// The message log: the control dialogue of every connection as sent and received (the engine masks
// passwords), coloured by direction, selectable and copyable, with a level filter. Keeps the last
// MaxEntries lines. Lines reach the view in slices of a few milliseconds between turns of the event loop,
// one slice per frame during a burst (a folder of 2,000 files logs some 15,000 lines, each laid out by
// the view): a burst never holds the window's thread for longer than a slice.
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
    // The text as shown (after the filter), with every line appended so far.
    QString visibleText() const;
    // The view, with every line appended so far.
    QPlainTextEdit* textView() const;

private:
    struct Entry
    {
        QTime time;
        FtpClient::LogKind kind;
        QString source;
        QString text;
    };

    bool accepts(FtpClient::LogKind kind) const;
    void appendToView(QTextCursor& cursor, const Entry& entry) const;
    void rebuild();
    // Moves pending lines into the view: for about SliceMs when `slice`, else all of them.
    enum class Flush
    {
        Slice,
        All
    };
    void flushPending(Flush how) const;

    QComboBox* m_levelBox;
    QPlainTextEdit* m_view;
    QList<Entry> m_entries;
    mutable QList<Entry> m_pending; // accepted, not in the view yet (at most MaxEntries)
    QTimer* m_flushTimer;
    Level m_level = Level::All;
};

} // namespace Ferry
