#include "net/datastream.h"

namespace Ferry {

DataStream::DataStream(QObject* parent) : QObject(parent) {}

DataStream::~DataStream() = default;

bool DataStream::setEnd(End end, const QString& errorString)
{
    if (m_end != End::Open || end == End::Open)
        return false;
    m_end = end;
    m_errorString = errorString;
    return true;
}

} // namespace Ferry
