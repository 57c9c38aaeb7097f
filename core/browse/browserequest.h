#pragma once

#include "client/ftpoperation.h"
#include "client/listoperation.h"
#include "protocol/remoteentry.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Ferry {

class RemoteBrowser;

// One request to a RemoteBrowser (connect, list, new folder, rename, delete), seen from the thread that
// asked: the operation itself runs in the browser's worker thread, and its results arrive here as
// values (queued signals), never as shared state. Like FtpOperation: finished() once, then succeeded(),
// error(), errorString(); it deletes itself after finished() unless setAutoDelete(false) was called.
class BrowseRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowseRequest)

public:
    ~BrowseRequest() override;

    quint64 id() const { return m_id; }
    // The path the request is about (the folder listed, the item created, renamed or deleted).
    QString path() const { return m_path; }

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error == FtpOperation::Error::NoError; }
    FtpOperation::Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    // Listings: the entries that arrived (kept only with ListOperation::Delivery::Collect, see
    // RemoteBrowser::list()), how many arrived in all, and the lines that could not be parsed.
    QList<RemoteEntry> entries() const { return m_entries; }
    qint64 entryCount() const { return m_entryCount; }
    QList<QByteArray> unparsedLines() const { return m_unparsedLines; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Cancels the operation in the worker thread; finished() follows with Error::Canceled (or with the
    // result, if it was already done).
    void abort();

Q_SIGNALS:
    // A listing's entries as they are parsed, in listing order, in pieces, before finished().
    void entriesReceived(const QList<Ferry::RemoteEntry>& entries);
    void finished();

private:
    friend class RemoteBrowser;
    BrowseRequest(RemoteBrowser* browser, quint64 id, const QString& path, ListOperation::Delivery delivery);
    void receiveEntries(const QList<RemoteEntry>& entries);
    void finish(FtpOperation::Error error, const QString& errorString, const QList<QByteArray>& unparsed);

    RemoteBrowser* m_browser;
    quint64 m_id;
    QString m_path;
    ListOperation::Delivery m_delivery;
    bool m_finished = false;
    bool m_autoDelete = true;
    FtpOperation::Error m_error = FtpOperation::Error::NoError;
    QString m_errorString;
    QList<RemoteEntry> m_entries;
    qint64 m_entryCount = 0;
    QList<QByteArray> m_unparsedLines;
};

} // namespace Ferry
