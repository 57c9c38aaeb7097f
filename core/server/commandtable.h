#pragma once

#include <QByteArray>
#include <QFlags>
#include <QHash>
#include <QList>
#include <functional>

namespace Ferry {

struct FtpCommand;

// The verbs one session understands, each with its handler and what it requires before it runs. The
// session checks the requirements in this order and answers for the handler when one is missing: 530
// (not logged in), 532 (read-only session), 501 (no argument).
class CommandTable final
{
public:
    enum class Requirement
    {
        None = 0,
        Login = 1,    // only after a successful login
        Write = 2,    // only in read-write sessions
        Argument = 4, // a non-blank argument
    };
    Q_DECLARE_FLAGS(Requirements, Requirement)

    using Handler = std::function<void(const FtpCommand&)>;
    struct Entry
    {
        Handler handler;
        Requirements requirements;
    };

    void add(const QByteArray& verb, Requirements requirements, Handler handler);
    // The entry for an upper-case verb; nullptr for a verb not implemented.
    const Entry* find(const QByteArray& verb) const;
    bool contains(const QByteArray& verb) const { return m_entries.contains(verb); }
    // Every verb, sorted (HELP).
    QList<QByteArray> verbs() const;

private:
    QHash<QByteArray, Entry> m_entries;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CommandTable::Requirements)

} // namespace Ferry
