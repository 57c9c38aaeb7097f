#include "server/commandtable.h"

#include <algorithm>

namespace Ferry {

void CommandTable::add(const QByteArray& verb, Requirements requirements, Handler handler)
{
    m_entries.insert(verb, Entry{std::move(handler), requirements});
}

const CommandTable::Entry* CommandTable::find(const QByteArray& verb) const
{
    const auto it = m_entries.constFind(verb);
    return it == m_entries.cend() ? nullptr : &*it;
}

QList<QByteArray> CommandTable::verbs() const
{
    QList<QByteArray> verbs = m_entries.keys();
    std::sort(verbs.begin(), verbs.end());
    return verbs;
}

} // namespace Ferry
