#include "listingtimezone.h"

namespace Ferry {

namespace {

constexpr qint64 DayMSecs = Q_INT64_C(86400000);
constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

ListingTimeZone::ListingTimeZone(const QDateTime& reference)
{
    switch (reference.isValid() ? reference.timeSpec() : Qt::LocalTime) {
    case Qt::UTC:
        m_mode = Mode::Utc;
        return;
    case Qt::OffsetFromUTC:
        m_mode = Mode::FixedOffset;
        m_fixedOffset = reference.offsetFromUtc();
        return;
    case Qt::TimeZone:
        m_zone = reference.timeZone();
        break;
    case Qt::LocalTime:
        m_zone = QTimeZone::systemTimeZone();
        break;
    }
    m_mode = m_zone.isValid() ? Mode::Zone : Mode::CLibrary;
}

int ListingTimeZone::offsetAt(qint64 utcMSecs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMSecs, Qt::UTC));
}

int ListingTimeZone::offsetForWallClock(qint64 wallMSecs)
{
    const qint64 day = floorDiv(wallMSecs, DayMSecs);
    if (day != m_lastWallDay) {
        auto it = m_wallDays.constFind(day);
        if (it == m_wallDays.constEnd()) {
            // The offset in force at a wall-clock time w, away from a change: the one at w - offset(w).
            const auto settled = [this](qint64 wall) {
                return offsetAt(wall - qint64(offsetAt(wall)) * 1000);
            };
            DayOffsets offsets;
            offsets.atStart = settled(day * DayMSecs);
            offsets.atEnd = settled(day * DayMSecs + DayMSecs - 1);
            it = m_wallDays.insert(day, offsets);
        }
        m_lastWallDay = day;
        m_lastWallOffsets = it.value();
    }
    const DayOffsets offsets = m_lastWallOffsets;
    if (offsets.atStart == offsets.atEnd)
        return offsets.atStart;
    // A day with a change: the offset this time is valid with, the earlier one first.
    const auto validWith = [this, wallMSecs](int offset) {
        return offsetAt(wallMSecs - qint64(offset) * 1000) == offset;
    };
    if (validWith(offsets.atStart))
        return offsets.atStart;
    if (validWith(offsets.atEnd))
        return offsets.atEnd;
    return offsets.atStart; // skipped by the clock
}

int ListingTimeZone::offsetForInstant(qint64 utcMSecs)
{
    const qint64 day = floorDiv(utcMSecs, DayMSecs);
    auto it = m_instantDays.constFind(day);
    if (it == m_instantDays.constEnd()) {
        DayOffsets offsets;
        offsets.atStart = offsetAt(day * DayMSecs);
        offsets.atEnd = offsetAt(day * DayMSecs + DayMSecs - 1);
        it = m_instantDays.insert(day, offsets);
    }
    return it->atStart == it->atEnd ? it->atStart : offsetAt(utcMSecs);
}

QDateTime ListingTimeZone::instant(QDate date, QTime time)
{
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    switch (m_mode) {
    case Mode::Utc:
        return QDateTime(date, time, Qt::UTC);
    case Mode::FixedOffset:
        return QDateTime(date, time, Qt::OffsetFromUTC, m_fixedOffset);
    case Mode::CLibrary:
        return QDateTime(date, time, Qt::LocalTime).toUTC();
    case Mode::Zone:
        break;
    }
    const qint64 wall = (date.toJulianDay() - JulianDayOfEpoch) * DayMSecs + time.msecsSinceStartOfDay();
    return QDateTime::fromMSecsSinceEpoch(wall - qint64(offsetForWallClock(wall)) * 1000, Qt::UTC);
}

ListingTimeZone::WallClock ListingTimeZone::wallClock(const QDateTime& instant)
{
    if (!instant.isValid())
        return {};
    qint64 offset = 0;
    switch (m_mode) {
    case Mode::Utc:
        break;
    case Mode::FixedOffset:
        offset = m_fixedOffset;
        break;
    case Mode::CLibrary: {
        const QDateTime local = instant.toLocalTime();
        return {local.date(), local.time()};
    }
    case Mode::Zone:
        offset = offsetForInstant(instant.toMSecsSinceEpoch());
        break;
    }
    const qint64 wall = instant.toMSecsSinceEpoch() + offset * 1000;
    const qint64 day = floorDiv(wall, DayMSecs);
    return {QDate::fromJulianDay(day + JulianDayOfEpoch),
            QTime::fromMSecsSinceStartOfDay(int(wall - day * DayMSecs))};
}

} // namespace Ferry
