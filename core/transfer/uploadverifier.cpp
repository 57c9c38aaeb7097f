#include "transfer/uploadverifier.h"

#include "client/ftpclient.h"
#include "client/listoperation.h"
#include "client/retrypolicy.h"
#include "client/servercapabilities.h"
#include "protocol/remotepath.h"

#include <QTimer>

namespace Ferry {

namespace {
// A folder with at most this many files to check asks SIZE per file (where the server has SIZE): a
// listing costs a data connection.
constexpr int MaxSizeChecksPerFolder = 2;
} // namespace

UploadVerifier::UploadVerifier(FtpClient* client, const QList<Check>& checks, QObject* parent)
    : QObject(parent), m_client(client), m_checks(checks)
{
    for (int i = 0; i < m_checks.size(); ++i) {
        const QString folder = RemotePath::parent(m_checks[i].remotePath);
        auto found = m_byFolder.find(folder);
        if (found == m_byFolder.end()) {
            m_folders.append(folder);
            found = m_byFolder.insert(folder, {});
        }
        found->append(i);
    }
}

void UploadVerifier::start()
{
    const ServerCapabilities& caps = m_client->capabilities();
    const bool size = caps.supportsSize() && !caps.isKnownUnsupported("SIZE");
    for (const QString& folder : std::as_const(m_folders)) {
        const QList<int>& checks = m_byFolder[folder];
        if (size && checks.size() <= MaxSizeChecksPerFolder) {
            for (int check : checks)
                m_steps.append(Step{QString(), check});
        } else {
            m_steps.append(Step{folder, -1});
        }
    }
    QTimer::singleShot(0, this, &UploadVerifier::next);
}

void UploadVerifier::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    if (m_op) {
        m_op->abort(); // its finished() ends the batch
        return;
    }
    QTimer::singleShot(0, this, [this]() { finish(FtpOperation::Error::Canceled, QString()); });
}

void UploadVerifier::next()
{
    if (m_finished)
        return;
    if (m_aborted) {
        finish(FtpOperation::Error::Canceled, QString());
        return;
    }
    if (m_nextStep >= m_steps.size()) {
        finish(FtpOperation::Error::NoError, QString());
        return;
    }
    const Step step = m_steps[m_nextStep++];
    if (step.check >= 0)
        checkBySize(step.check);
    else
        checkByListing(step.folder);
}

void UploadVerifier::checkBySize(int check)
{
    FtpOperation* operation = m_client->size(m_checks[check].remotePath);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, check]() {
        m_op = nullptr;
        if (!keepGoingAfter(operation))
            return;
        const int key = m_checks[check].index;
        if (operation->succeeded() && operation->resultSize() >= 0) {
            m_results.insert(key, operation->resultSize());
        } else if (operation->reply().code == 550) {
            m_results.insert(key, -1); // not there
        } else {
            // SIZE refused for another reason: the folder's listing says it (once per folder).
            const QString folder = RemotePath::parent(m_checks[check].remotePath);
            bool listed = false;
            for (int i = m_nextStep; i < m_steps.size(); ++i)
                listed = listed || m_steps[i].folder == folder;
            if (!listed)
                m_steps.append(Step{folder, -1});
        }
        next();
    });
}

void UploadVerifier::checkByListing(const QString& folder)
{
    ListOperation* operation = m_client->list(folder);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, folder]() {
        m_op = nullptr;
        if (!keepGoingAfter(operation))
            return;
        // Board servers (FAT) match names without regard to case.
        const Qt::CaseSensitivity matching =
            m_client->capabilities().isMinimal() ? Qt::CaseInsensitive : Qt::CaseSensitive;
        QHash<QString, qint64> sizes;
        if (operation->succeeded()) {
            for (const RemoteEntry& entry : operation->entries()) {
                if (!entry.isDir())
                    sizes.insert(matching == Qt::CaseSensitive ? entry.name : entry.name.toCaseFolded(),
                                 entry.size);
            }
        }
        // A listing refused for good: the files count as not there (as FileTransfer's own check).
        for (int check : m_byFolder.value(folder)) {
            const int key = m_checks[check].index;
            if (m_results.contains(key))
                continue;
            QString name = RemotePath::fileName(m_checks[check].remotePath);
            if (matching == Qt::CaseInsensitive)
                name = name.toCaseFolded();
            m_results.insert(key, sizes.value(name, -1));
        }
        next();
    });
}

bool UploadVerifier::keepGoingAfter(FtpOperation* operation)
{
    if (m_aborted) {
        finish(FtpOperation::Error::Canceled, QString());
        return false;
    }
    if (!operation->succeeded() && isWorthRetrying(operation->error())) {
        finish(operation->error(), operation->errorString());
        return false;
    }
    return true;
}

void UploadVerifier::finish(FtpOperation::Error error, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = message;
    Q_EMIT finished();
}

} // namespace Ferry
