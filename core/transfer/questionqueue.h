#pragma once

#include "transfer/transfertypes.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace Ferry {

// The questions the transfer queue waits on, asked one at a time in the order they came up: asked()
// carries the first one (from the event loop, so a receiver may answer at once or open a dialog); the
// next one follows once it is answered or withdrawn. Also keeps an answer the user gave for every job
// ("do the same for all") until the queue is idle again. Internal to the transfer engine.
//
// The file-exists question is the only kind today; a question of another kind (a server certificate to
// trust) gets its own payload next to FileExistsQuestion and shares the ids and the one-at-a-time order.
class QuestionQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionQueue)

public:
    struct Entry
    {
        FileExistsQuestion question;
        int itemIndex = -1; // the job's file it is about
    };

    explicit QuestionQueue(QObject* parent = nullptr);

    // Queues a question (its id is set here) and asks it when its turn comes.
    quint64 add(FileExistsQuestion question, int itemIndex);
    // Takes an answered question out; nullopt when no question has that id.
    std::optional<Entry> take(quint64 id);
    // Withdraws every question for which `settled` is true (questionWithdrawn() for the one being asked)
    // and returns them.
    QList<Entry> withdrawIf(const std::function<bool(const Entry&)>& settled);
    // The question being asked now, if any.
    std::optional<FileExistsQuestion> current() const;
    // Asks the first question unless one is being asked already.
    void askNext();

    std::optional<FileExistsAction> answerForAll() const { return m_answerForAll; }
    void setAnswerForAll(FileExistsAction action) { m_answerForAll = action; }
    void clearAnswerForAll() { m_answerForAll.reset(); }

Q_SIGNALS:
    void asked(const Ferry::FileExistsQuestion& question);
    void withdrawn(quint64 questionId);

private:
    QList<Entry> m_entries; // the first one is the one asked
    quint64 m_nextId = 1;
    bool m_asking = false;
    std::optional<FileExistsAction> m_answerForAll;
};

} // namespace Ferry
