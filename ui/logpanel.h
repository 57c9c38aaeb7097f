#pragma once

#include "client/ftpclient.h"
#include "logmodel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QWidget>

class QComboBox;
class QTimer;
class QTreeView;

namespace Ferry {

// The message log: the control dialogue of every connection as sent and received (the engine masks
// passwords), coloured by direction, selectable and copyable, with a level filter. Keeps the last
// MaxEntries lines. Lines reach the view between turns of the event loop, at most once per frame, as
// rows of a list (a LogModel): a folder of 2,000 files logs some 15,000 lines, and only the rows on
// screen are ever laid out (tests/bench/RESULTS.md section 12).
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
    // The view (one row per line), with every line appended so far.
    QTreeView* view() const;
    // Copies the selected lines (in order, one per line) to the clipboard: Ctrl+C and "Copy" in the view.
    void copySelection() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry
    {
        QTime time;
        FtpClient::LogKind kind;
        QString source;
        QString text;
    };

    bool accepts(FtpClient::LogKind kind) const;
    static LogModel::Line lineOf(const Entry& entry);
    void rebuild();
    // Moves every pending line into the model.
    void flushPending() const;
    void updateColumnWidth() const;
    void updateColors();

    QComboBox* m_levelBox;
    LogModel* m_model;
    QTreeView* m_view;
    QList<Entry> m_entries;
    mutable QList<Entry> m_pending; // accepted, not in the view yet (at most MaxEntries)
    mutable QElapsedTimer m_lastFlush;
    QTimer* m_flushTimer;
    Level m_level = Level::All;
};

} // namespace Ferry
