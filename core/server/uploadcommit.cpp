#include "server/uploadcommit.h"

#include "server/virtualpath.h"

#include <QIODevice>
#include <QRandomGenerator>

namespace Ferry {

UploadCommit::UploadCommit(std::shared_ptr<FileSystem> fs, const QString& path, Existing existing)
    : m_fs(std::move(fs)), m_path(path), m_existing(existing)
{}

UploadCommit::~UploadCommit()
{
    if (isPending())
        discard(nullptr);
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

bool UploadCommit::commit(FsError* error)
{
    if (!isPending())
        return false;
    if (!m_fs->rename(m_temporaryPath, m_path, m_existing == Existing::Replace, error))
        return false;
    m_temporaryPath.clear();
    return true;
}

bool UploadCommit::discard(FsError* error)
{
    if (!isPending())
        return true;
    FsError failure;
    const bool removed =
        m_fs->removeFile(m_temporaryPath, &failure) || failure.code == FsError::Code::NotFound;
    m_temporaryPath.clear();
    if (!removed && error)
        *error = failure;
    return removed;
}

} // namespace Ferry
