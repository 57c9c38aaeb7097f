#include "logmodel.h"

#include <algorithm>

namespace Ferry {

LogModel::LogModel(int capacity, QObject* parent) : QAbstractListModel(parent), m_capacity(capacity) {}

void LogModel::append(QList<Line> lines)
{
    if (lines.isEmpty())
        return;
    if (lines.size() > m_capacity)
        lines.remove(0, lines.size() - m_capacity); // would leave at once
    // Make room first, so that the view never holds more than the capacity.
    const qsizetype excess = m_lines.size() + lines.size() - m_capacity;
    if (excess > 0) {
        beginRemoveRows(QModelIndex(), 0, int(excess) - 1);
        m_lines.remove(0, excess);
        endRemoveRows();
    }
    for (const Line& line : std::as_const(lines))
        m_longest = std::max(m_longest, line.text.size());
    const int first = int(m_lines.size());
    beginInsertRows(QModelIndex(), first, first + int(lines.size()) - 1);
    m_lines.append(std::move(lines));
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_longest = 0;
    endResetModel();
}

void LogModel::setColors(const QColor& command, const QColor& reply, const QColor& info, const QColor& error)
{
    m_command = command;
    m_reply = reply;
    m_info = info;
    m_error = error;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1), {Qt::ForegroundRole});
}

void LogModel::setErrorFont(const QFont& font)
{
    m_errorFont = font;
}

QString LogModel::allText() const
{
    QString text;
    for (const Line& line : m_lines) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += line.text;
    }
    return text;
}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return line.text;
    case Qt::ForegroundRole:
        switch (line.kind) {
        case FtpClient::LogKind::Command:
            return m_command;
        case FtpClient::LogKind::Reply:
            return m_reply;
        case FtpClient::LogKind::Info:
            return m_info;
        case FtpClient::LogKind::Error:
            return m_error;
        }
        return {};
    case Qt::FontRole:
        if (line.kind == FtpClient::LogKind::Error)
            return m_errorFont;
        return {};
    default:
        return {};
    }
}

} // namespace Ferry
