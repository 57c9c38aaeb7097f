#pragma once

#include "client/ftpoperation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Ferry {

class FtpClient;

// Checks that finished uploads are on the server with their full size, several at a time, on one
// logged-on connection: one listing per folder, or SIZE per file where a folder holds only one or two of
// them and the server has SIZE. It replaces the check after every file (a SIZE, or on servers without
// SIZE such as boards a listing with its own data connection, while the connection waits), so that the
// next upload does not wait for it (FileTransfer::Task::deferSizeCheck).
//
// finished() comes once; then results() holds, per check, the size found on the server (-1: not there).
// A connection that fails on the way (isWorthRetrying) ends the whole batch with error(): nothing was
// learnt, the caller checks again later.
class UploadVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadVerifier)

public:
    struct Check
    {
        int index = -1; // the caller's key
        QString remotePath;
    };

    UploadVerifier(FtpClient* client, const QList<Check>& checks, QObject* parent = nullptr);

    void start();
    // Stops at the next reply; finished() follows with error() Canceled.
    void abort();

    const QList<Check>& checks() const { return m_checks; }
    const QHash<int, qint64>& results() const { return m_results; }
    bool succeeded() const { return m_error == FtpOperation::Error::NoError; }
    FtpOperation::Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void finished();

private:
    struct Step
    {
        QString folder; // a listing of this folder for the checks in it
        int check = -1; // or SIZE for this one (a position in m_checks)
    };

    void next();
    void checkBySize(int check);
    void checkByListing(const QString& folder);
    // False (and the batch finished with its error) when the operation failed in a way that a later
    // attempt may not: a broken connection, a timeout, an abort.
    bool keepGoingAfter(FtpOperation* operation);
    void finish(FtpOperation::Error error, const QString& message);

    FtpClient* m_client;
    QList<Check> m_checks;
    QList<QString> m_folders;              // in the order found
    QHash<QString, QList<int>> m_byFolder; // folder -> positions in m_checks
    QList<Step> m_steps;
    int m_nextStep = 0;
    QHash<int, qint64> m_results;
    QPointer<FtpOperation> m_op;
    bool m_aborted = false;
    bool m_finished = false;
    FtpOperation::Error m_error = FtpOperation::Error::NoError;
    QString m_errorString;
};

} // namespace Ferry
