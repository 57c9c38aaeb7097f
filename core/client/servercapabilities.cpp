#include "client/servercapabilities.h"

#include "protocol/ftpreply.h"

namespace Ferry {

void ServerCapabilities::setFeatReply(const FtpReply& reply)
{
    m_featProbed = true;
    m_featSupported = true;
    m_features.clear();
    // RFC 2389: "211-Extensions supported:" / " MDTM" / " REST STREAM" / "211 End". Feature lines start
    // with a space; be lenient about servers that omit it, but skip the first and the last line.
    for (qsizetype i = 1; i + 1 < reply.lines.size(); ++i) {
        const QByteArray line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype space = line.indexOf(' ');
        const QByteArray name = (space < 0 ? line : line.left(space)).toUpper();
        const QByteArray params = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
        m_features.insert(name, params);
    }
}

void ServerCapabilities::setFeatUnsupported()
{
    m_featProbed = true;
    m_featSupported = false;
    m_features.clear();
}

bool ServerCapabilities::supportsRestStream() const
{
    return has("REST") && m_features.value("REST").toUpper().contains("STREAM");
}

} // namespace Ferry
