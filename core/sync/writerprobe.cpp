#include "sync/writerprobe.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Ferry {

bool isFileOpenForWriting(const QString& path)
{
#ifdef Q_OS_LINUX
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
    if (fd < 0)
        return false;
    // Should a writer open the file in the microseconds the lease exists, the kernel signals us: make
    // that SIGURG (ignored unless handled) instead of SIGIO (which would end the process).
    ::fcntl(fd, F_SETSIG, SIGURG);
    bool writing = false;
    if (::fcntl(fd, F_SETLEASE, F_RDLCK) == 0)
        ::fcntl(fd, F_SETLEASE, F_UNLCK);
    else
        writing = errno == EAGAIN || errno == EBUSY;
    ::close(fd);
    return writing;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace Ferry
