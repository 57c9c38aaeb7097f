#pragma once

#include "transfer/checksum.h"

#include <QFile>
#include <QObject>
#include <QString>

namespace Ferry {

// Computes a local file's checksum without blocking: one 1 MiB read per event-loop turn.
class LocalHasher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalHasher)

public:
    LocalHasher(const QString& path, ChecksumAlgorithm algorithm, QObject* parent = nullptr);
    ~LocalHasher() override;

    void start();
    bool isFinished() const { return m_finished; }
    // Lower-case hex, once finished without error.
    QByteArray result() const { return m_result; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void step();
    void finish(const QString& error);

    QFile m_file;
    ChecksumCalculator m_calculator;
    QByteArray m_buffer;
    QByteArray m_result;
    QString m_error;
    bool m_finished = false;
};

} // namespace Ferry
