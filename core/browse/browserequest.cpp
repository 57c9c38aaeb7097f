#include "browse/browserequest.h"

#include "browse/remotebrowser.h"

namespace Ferry {

BrowseRequest::BrowseRequest(RemoteBrowser* browser, quint64 id, const QString& path,
                             ListOperation::Delivery delivery)
    : QObject(browser), m_browser(browser), m_id(id), m_path(path), m_delivery(delivery)
{}

BrowseRequest::~BrowseRequest() = default;

void BrowseRequest::abort()
{
    if (!m_finished)
        m_browser->abortRequest(m_id);
}

void BrowseRequest::receiveEntries(const QList<RemoteEntry>& entries)
{
    if (m_finished)
        return;
    m_entryCount += entries.size();
    if (m_delivery == ListOperation::Delivery::Collect)
        m_entries += entries;
    Q_EMIT entriesReceived(entries);
}

void BrowseRequest::finish(FtpOperation::Error error, const QString& errorString,
                           const QList<QByteArray>& unparsed)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    m_unparsedLines = unparsed;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace Ferry
