#pragma once

#include "client/ftpclient.h"

#include <QAbstractListModel>
#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

namespace Ferry {

// The lines the message log shows, one row each (the text as shown, coloured by its kind), the last
// `capacity` of them. A view lays out only the rows on screen, so a burst of thousands of lines costs
// the window's thread a row insertion each, not a text layout each.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    struct Line
    {
        QString text;
        FtpClient::LogKind kind = FtpClient::LogKind::Info;
    };

    LogModel(int capacity, QObject* parent = nullptr);

    // Appends the lines in one insertion, then drops the oldest rows beyond the capacity.
    void append(QList<Line> lines);
    void clear();

    // Colours by kind, and the font errors are shown in (bold).
    void setColors(const QColor& command, const QColor& reply, const QColor& info, const QColor& error);
    void setErrorFont(const QFont& font);

    // The longest line in characters so far (the log's font has a fixed pitch).
    qsizetype longestLine() const { return m_longest; }
    QString text(int row) const { return m_lines.at(row).text; }
    // Every line, joined by '\n'.
    QString allText() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Line> m_lines;
    int m_capacity;
    qsizetype m_longest = 0;
    QColor m_command;
    QColor m_reply;
    QColor m_info;
    QColor m_error;
    QFont m_errorFont;
};

} // namespace Ferry
