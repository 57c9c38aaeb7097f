#pragma once

#include "client/ftpclientoptions.h"
#include "server/memoryfilesystem.h"
#include "server/serverhost.h"

#include <QString>
#include <memory>

namespace Ferry::Test {

// Ferry's own server on 127.0.0.1 and a free port, in a thread of its own (ServerHost, as the window's
// server panel runs it), serving an in-memory folder to "mem" / "pw". Folders of many files are made in
// memory in a moment, and the server answers MLSD with type, size, modify, perm and UNIX.mode.
class MemoryServer final
{
    Q_DISABLE_COPY_MOVE(MemoryServer)

public:
    MemoryServer();
    ~MemoryServer();

    // Fill before start(): the server's thread owns the file system from then on.
    MemoryFileSystem& fileSystem() { return *m_fileSystem; }
    // `count` files in `folder` named NAME-0..NAME-<count-1> (numbers not zero-padded, so that "name-9"
    // sorts before "name-10" only where numbers are compared by value), i % 64 bytes each, times one
    // minute apart.
    void addFiles(const QString& folder, const QString& name, int count);

    bool start(QString* error);
    void stop();
    FtpLogin login() const;

private:
    std::shared_ptr<MemoryFileSystem> m_fileSystem;
    std::unique_ptr<ServerHost> m_host;
};

} // namespace Ferry::Test
