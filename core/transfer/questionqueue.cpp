#include "transfer/questionqueue.h"

#include <QTimer>

namespace Ferry {

QuestionQueue::QuestionQueue(QObject* parent) : QObject(parent) {}

quint64 QuestionQueue::add(FileExistsQuestion question, int itemIndex)
{
    question.id = m_nextId++;
    m_entries.append(Entry{question, itemIndex});
    askNext();
    return question.id;
}

std::optional<QuestionQueue::Entry> QuestionQueue::take(quint64 id)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).question.id != id)
            continue;
        if (i == 0)
            m_asking = false;
        return m_entries.takeAt(i);
    }
    return std::nullopt;
}

QList<QuestionQueue::Entry> QuestionQueue::withdrawIf(const std::function<bool(const Entry&)>& settled)
{
    QList<Entry> settledEntries;
    for (qsizetype i = 0; i < m_entries.size();) {
        if (!settled(m_entries.at(i))) {
            ++i;
            continue;
        }
        if (i == 0 && m_asking) {
            m_asking = false;
            Q_EMIT withdrawn(m_entries.at(i).question.id);
        }
        settledEntries.append(m_entries.takeAt(i));
    }
    return settledEntries;
}

std::optional<FileExistsQuestion> QuestionQueue::current() const
{
    if (!m_asking || m_entries.isEmpty())
        return std::nullopt;
    return m_entries.first().question;
}

void QuestionQueue::askNext()
{
    if (m_asking || m_entries.isEmpty())
        return;
    m_asking = true;
    // From the event loop: the receiver may answer at once, or open a modal dialog.
    const quint64 id = m_entries.first().question.id;
    QTimer::singleShot(0, this, [this, id]() {
        if (!m_entries.isEmpty() && m_entries.first().question.id == id)
            Q_EMIT asked(m_entries.first().question);
    });
}

} // namespace Ferry
