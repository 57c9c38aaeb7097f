#include "server/uploadcommit.h"

#include "server/virtualpath.h"

#include <QIODevice>
#include <QRandomGenerator>

namespace Ferry {

namespace {

FsOutcome goneIsRemoved(FsOutcome outcome)
{
    if (!outcome.ok && outcome.error.code == FsError::Code::NotFound)
        outcome = FsOutcome{true, FsError()};
    return outcome;
}

} // namespace

UploadCommit::UploadCommit(std::shared_ptr<FileSystem> fs, const QString& path, Existing existing)
    : m_fs(std::move(fs)), m_path(path), m_existing(existing)
{}

UploadCommit::~UploadCommit()
{
    if (isPending())
        (void)discard();
}

std::unique_ptr<QIODevice> UploadCommit::open(FsError* error)
{
    const QString folder = VirtualPath::parent(m_path);
    const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 16);
    const QString temporary = VirtualPath::join(folder, QStringLiteral(".ferry-upload-") + suffix);
    std::unique_ptr<QIODevice> device = m_fs->openWrite(temporary, FileSystem::WriteMode::Truncate, 0, error);
    if (device)
        m_temporaryPath = temporary;
    return device;
}

QFuture<FsOutcome> UploadCommit::commit()
{
    const QString temporary = m_temporaryPath;
    m_temporaryPath.clear();
    if (temporary.isEmpty())
        return QtFuture::makeReadyFuture(FsOutcome{});
    // The continuation runs where the rename ran (a worker for LocalFileSystem), with the file system
    // kept alive by its own reference.
    return m_fs->renameInBackground(temporary, m_path, m_existing == Existing::Replace)
        .then([fs = m_fs, temporary](FsOutcome outcome) {
            if (!outcome.ok) {
                FsError ignored;
                fs->removeFile(temporary, &ignored);
            }
            return outcome;
        });
}

QFuture<FsOutcome> UploadCommit::discard()
{
    const QString temporary = m_temporaryPath;
    m_temporaryPath.clear();
    if (temporary.isEmpty())
        return QtFuture::makeReadyFuture(FsOutcome{true, FsError()});
    return m_fs->removeFileInBackground(temporary).then(goneIsRemoved);
}

} // namespace Ferry
