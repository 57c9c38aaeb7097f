#pragma once

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <limits>

namespace Ferry {

// Wall-clock times of one listing, converted to instants and back without a time-zone look-up per entry.
//
// A listing's dates are wall-clock times in the zone of the reference time the parser is given: UTC, a
// fixed offset, a QTimeZone, or the system's zone for Qt::LocalTime. A local-time QDateTime asks the C
// library for the offset (mktime, localtime_r) every time it is built, compared or printed, and glibc
// checks /etc/localtime with a stat() on each call: three per LIST entry. This class asks the zone once
// per calendar day it meets (twice: at the day's start and end) and reuses the offset for every time of
// that day; only a day with a daylight-saving change is converted time by time.
//
// Instants come out in UTC (or at the fixed offset, for an OffsetFromUTC reference), which is also what
// makes them cheap to keep and compare: a UTC QDateTime is eight bytes, a local one recomputes its offset
// on every comparison. Not thread-safe: one per listing (or per thread).
class ListingTimeZone final
{
public:
    // The zone of `reference` (its time spec); an invalid reference means the system's zone.
    explicit ListingTimeZone(const QDateTime& reference);

    // The instant the wall-clock `date` `time` names in this zone. A time that the clock skips (the hour
    // a daylight-saving change leaves out) is read with the offset in force before the change; a time
    // that happens twice is the first of the two.
    QDateTime instant(QDate date, QTime time);
    struct WallClock
    {
        QDate date;
        QTime time;
    };
    // The wall-clock date and time of `instant` in this zone (invalid for an invalid instant).
    WallClock wallClock(const QDateTime& instant);

private:
    enum class Mode
    {
        Utc,
        FixedOffset,
        Zone,
        CLibrary, // no usable QTimeZone for the system: fall back to Qt::LocalTime conversions
    };
    struct DayOffsets
    {
        int atStart = 0;
        int atEnd = 0;
    };

    int offsetAt(qint64 utcMSecs) const;
    int offsetForWallClock(qint64 wallMSecs);
    int offsetForInstant(qint64 utcMSecs);

    Mode m_mode = Mode::Utc;
    int m_fixedOffset = 0;
    QTimeZone m_zone;
    qint64 m_lastWallDay = std::numeric_limits<qint64>::min(); // listings tend to repeat a day
    DayOffsets m_lastWallOffsets;
    QHash<qint64, DayOffsets> m_wallDays;    // by wall-clock day number
    QHash<qint64, DayOffsets> m_instantDays; // by UTC day number
};

} // namespace Ferry
