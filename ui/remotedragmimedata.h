#pragma once

#include <QList>
#include <QMimeData>
#include <QUrl>
#include <functional>

namespace Ferry {

// The data of a drag that starts in the remote pane. Inside Ferry the local pane reads the remote-items
// type and queues a download into the folder it was dropped on. Outside Ferry (a file manager, the
// desktop) the target asks for text/uri-list when the drop happens: only then are the files fetched, by
// the fetcher, into a staging folder, and their file:// URLs handed over (delayed rendering, as Qt's
// xcb, Wayland and Windows back ends call retrieveData() at drop time). Nothing is downloaded for drags
// that are cancelled or stay inside Ferry.
class RemoteDragMimeData final : public QMimeData
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteDragMimeData)

public:
    using Fetcher = std::function<QList<QUrl>()>;

    explicit RemoteDragMimeData(Fetcher fetcher);
    ~RemoteDragMimeData() override;

    QStringList formats() const override;
    bool hasFormat(const QString& mimeType) const override;
    // Whether the staged URLs were asked for (the files were fetched).
    bool wasFetched() const { return m_fetched; }

protected:
    QVariant retrieveData(const QString& mimeType, QMetaType type) const override;

private:
    Fetcher m_fetcher;
    mutable QList<QUrl> m_urls;
    mutable bool m_fetched = false;
    mutable bool m_fetching = false;
};

} // namespace Ferry
