#include "remotedragmimedata.h"

namespace Ferry {

namespace {

QString uriListType()
{
    return QStringLiteral("text/uri-list");
}

} // namespace

RemoteDragMimeData::RemoteDragMimeData(Fetcher fetcher) : m_fetcher(std::move(fetcher)) {}

RemoteDragMimeData::~RemoteDragMimeData() = default;

QStringList RemoteDragMimeData::formats() const
{
    QStringList list = QMimeData::formats();
    if (!list.contains(uriListType()))
        list << uriListType();
    return list;
}

bool RemoteDragMimeData::hasFormat(const QString& mimeType) const
{
    return mimeType == uriListType() || QMimeData::hasFormat(mimeType);
}

QVariant RemoteDragMimeData::retrieveData(const QString& mimeType, QMetaType type) const
{
    if (mimeType != uriListType())
        return QMimeData::retrieveData(mimeType, type);
    if (!m_fetched && !m_fetching && m_fetcher) {
        // A target that asks again while the files are being fetched (re-entrantly, from the event loop
        // the fetcher runs) gets nothing rather than a second download.
        m_fetching = true;
        m_urls = m_fetcher();
        m_fetching = false;
        m_fetched = true;
    }
    if (type.id() == QMetaType::QByteArray || type.id() == QMetaType::QString) {
        QByteArray bytes;
        for (const QUrl& url : std::as_const(m_urls))
            bytes += url.toEncoded() + "\r\n";
        return type.id() == QMetaType::QString ? QVariant(QString::fromUtf8(bytes)) : QVariant(bytes);
    }
    QVariantList list;
    for (const QUrl& url : std::as_const(m_urls))
        list << url;
    return list;
}

} // namespace Ferry
