#include "listingparserstream.h"

#include "listingparser_p.h"

#include <cstring>

namespace Ferry {

using namespace ListingDetail;

namespace {

// MLSD and NLST list no wall-clock times: a fixed UTC reference spares the time-zone look-up.
QDateTime referenceFor(ListingParserStream::Format format, const QDateTime& now)
{
    if (format == ListingParserStream::Format::List)
        return now;
    return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
}

} // namespace

ListingParserStream::ListingParserStream(Format format, const QDateTime& now, PathEncoding encoding)
    : m_format(format), m_context(std::make_unique<Context>(referenceFor(format, now), encoding))
{}

ListingParserStream::~ListingParserStream() = default;

void ListingParserStream::feed(QByteArrayView data)
{
    const char* p = data.data();
    const char* const end = p + data.size();
    while (p < end) {
        const auto* newline = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = newline ? newline : end;
        const qsizetype length = lineEnd - p;
        if (m_skippingOverlongLine) {
            // The rest of a line that was too long: dropped up to its end.
        } else if (!m_partial.isEmpty() || !newline) {
            if (m_partial.size() + length > MaxLineBytes) {
                m_partial.append(p, qMin(length, MaxReportedBytes));
                reportOverlongLine(m_partial.constData(), m_partial.size());
                m_partial.clear();
                m_skippingOverlongLine = true;
            } else {
                m_partial.append(p, length);
                if (newline) {
                    parseLine(m_partial.constData(), m_partial.size());
                    m_partial.clear();
                }
            }
        } else if (length > MaxLineBytes) {
            reportOverlongLine(p, length);
        } else {
            parseLine(p, length);
        }
        if (!newline)
            break;
        m_skippingOverlongLine = false;
        p = newline + 1;
    }
}

void ListingParserStream::finish()
{
    if (!m_partial.isEmpty())
        parseLine(m_partial.constData(), m_partial.size());
    m_partial.clear();
    m_skippingOverlongLine = false;
}

QList<RemoteEntry> ListingParserStream::takeEntries()
{
    return std::exchange(m_entries, {});
}

QList<QByteArray> ListingParserStream::takeUnparsedLines()
{
    return std::exchange(m_unparsed, {});
}

void ListingParserStream::reportOverlongLine(const char* data, qsizetype size)
{
    m_unparsed.append(QByteArray(data, qMin(size, MaxReportedBytes)));
}

void ListingParserStream::parseLine(const char* data, qsizetype size)
{
    while (size > 0 && (data[size - 1] == '\r' || data[size - 1] == '\n'))
        --size;
    if (size == 0)
        return;
    const QByteArray line = QByteArray::fromRawData(data, size);
    m_context->lineIsUtf8 = m_context->encoding == PathEncoding::Utf8 && isValidUtf8(line);
    if (m_context->encoding == PathEncoding::Utf8 && !m_context->lineIsUtf8)
        m_sawInvalidUtf8 = true;
    RemoteEntry entry;
    LineStatus status = LineStatus::Skipped;
    switch (m_format) {
    case Format::List:
        status = parseListLine(line, *m_context, entry);
        break;
    case Format::Mlsd:
        status = parseMlsdLine(line, *m_context, entry);
        break;
    case Format::NameList:
        status = parseNameListLine(line, *m_context, entry);
        break;
    }
    switch (status) {
    case LineStatus::Entry:
        m_entries.append(std::move(entry));
        ++m_entryCount;
        break;
    case LineStatus::Unparsed:
        m_unparsed.append(QByteArray(data, size));
        break;
    case LineStatus::Skipped:
        break;
    }
}

} // namespace Ferry
