#include "transfer/localhasher.h"

#include <QDir>
#include <QTimer>

namespace Ferry {

LocalHasher::LocalHasher(const QString& path, ChecksumAlgorithm algorithm, QObject* parent)
    : QObject(parent), m_file(path), m_calculator(algorithm)
{}

LocalHasher::~LocalHasher() = default;

void LocalHasher::start()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        const QString error = tr("Cannot read %1 to compute its checksum: %2")
                                  .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        QTimer::singleShot(0, this, [this, error]() { finish(error); });
        return;
    }
    m_buffer.resize(1024 * 1024);
    QTimer::singleShot(0, this, &LocalHasher::step);
}

void LocalHasher::step()
{
    if (m_finished)
        return;
    const qint64 n = m_file.read(m_buffer.data(), m_buffer.size());
    if (n < 0) {
        finish(tr("Cannot read %1 to compute its checksum: %2")
                   .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        return;
    }
    if (n == 0) {
        m_result = m_calculator.hexResult();
        finish(QString());
        return;
    }
    m_calculator.addData(m_buffer.constData(), n);
    QTimer::singleShot(0, this, &LocalHasher::step);
}

void LocalHasher::finish(const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_file.close();
    m_buffer = QByteArray();
    Q_EMIT finished();
}

} // namespace Ferry
