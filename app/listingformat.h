#pragma once

#include "protocol/listingtimezone.h"
#include "protocol/remoteentry.h"

#include <QList>
#include <QString>

namespace Ferry::Cli {

// How `ferry ls` prints a listing. Pure functions and a printer without I/O, so the format is
// unit-testable.
//
// Short (default): one name a line, directories with a trailing '/'.
// Long (-l), one entry a line:
//   drwxr-xr-x        4096 2024-04-02 08:05 logs
//   -rw-r--r--          28 2024-04-02 08:05 test.txt
//   lrwxrwxrwx          11 2024-04-02 08:05 latest -> logs/today
// type and permissions, size in bytes ('-' when unknown, right-aligned), modification time in local time
// ('-' when unknown), name. Permissions come from a Unix-style LIST, MLSD's unix.mode or EPLF; MLSD's
// "perm" fact only tells what this login may do: that becomes the first triad, and the others are '?'
// ("-rw-??????"). Wholly unknown permissions are "?????????".
// "." and ".." are left out in both.

enum class ListingStyle
{
    Short,
    Long
};

// Prints a listing while it arrives. Up to SortedUpTo entries, `ferry ls` prints them sorted by name
// once the listing is complete, sizes aligned to the widest (what small folders always looked like).
// A larger listing is printed as it arrives, in the server's order (most servers send names sorted): the
// held entries go out as soon as there are more than SortedUpTo, and every later piece at once, with
// sizes right-aligned to SizeWidth characters (wider ones push their own line only), so that the
// columns do not depend on how the listing was split.
class ListingPrinter final
{
    Q_DISABLE_COPY_MOVE(ListingPrinter)

public:
    static constexpr qsizetype SortedUpTo = 10000;
    static constexpr int SizeWidth = 10;

    explicit ListingPrinter(ListingStyle style);

    // The text to write now for these entries (the next entries of the listing); empty while held.
    QString add(const QList<RemoteEntry>& entries);
    // The end of the listing: the text for the entries still held.
    QString finish();

private:
    // All the short style prints of an entry, held instead of the entry (a fifth of its memory: up to
    // SortedUpTo of them are held, a large part of `ferry ls`'s peak memory).
    struct NameLine
    {
        QString name;
        bool directory = false;
    };

    friend QString formatListing(const QList<RemoteEntry>& entries, bool longFormat);
    void hold(const QList<RemoteEntry>& entries);
    qsizetype heldCount() const { return m_style == ListingStyle::Long ? m_held.size() : m_heldNames.size(); }
    enum class Order
    {
        ByName,
        AsReceived
    };
    // The text for the held entries, which are then dropped; sizes aligned to sizeWidth, or to the widest
    // when it is 0.
    QString takeHeld(Order order, int sizeWidth);
    QString format(const QList<RemoteEntry>& entries, int sizeWidth);

    ListingStyle m_style;
    ListingTimeZone m_localTime;
    QList<RemoteEntry> m_held;   // the long style's
    QList<NameLine> m_heldNames; // the short style's
    bool m_streaming = false;
};

// The whole listing at once, sorted by name, sizes aligned to the widest.
QString formatListing(const QList<RemoteEntry>& entries, bool longFormat);

// "drwxr-xr-x": the type character and nine permission characters.
QString modeString(const RemoteEntry& entry);

} // namespace Ferry::Cli
