#pragma once

#include "sync/synccomparison.h"
#include "sync/synctree.h"

#include <QObject>
#include <QString>

class QThread;

namespace Ferry {

// Reads a local folder and everything below it into a SyncTree relative to it, in a thread of its own so
// that a big tree never stalls the caller's event loop. Folders the filter excludes are not entered;
// symbolic links to folders are listed as folders but not followed (as uploads do by default); Ferry's
// partial downloads are left out. A missing root is an empty tree (rootMissing()).
class LocalTreeReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalTreeReader)

public:
    LocalTreeReader(const QString& root, const SyncCompareOptions& filter, QObject* parent = nullptr);
    ~LocalTreeReader() override;

    void start();
    bool isFinished() const { return m_finished; }
    bool rootMissing() const { return m_rootMissing; }
    const SyncTree& tree() const { return m_tree; }

    // The same, synchronously, in the calling thread.
    static SyncTree read(const QString& root, const SyncCompareOptions& filter, bool* rootMissing = nullptr);

Q_SIGNALS:
    void finished();

private:
    QString m_root;
    SyncCompareOptions m_filter;
    QThread* m_thread = nullptr;
    SyncTree m_tree;
    bool m_rootMissing = false;
    bool m_finished = false;
};

} // namespace Ferry
