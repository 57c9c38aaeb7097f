#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Ferry {

struct FtpReply;

// What the server said it can do (RFC 2389 FEAT), plus what the client learnt while talking to it.
class ServerCapabilities
{
public:
    // Parses a 211 FEAT reply. A FEAT answered with 5xx means "no extensions" (board servers, old servers).
    void setFeatReply(const FtpReply& reply);
    void setFeatUnsupported();

    bool featProbed() const { return m_featProbed; }
    bool featSupported() const { return m_featSupported; }
    // True for servers that know no extension at all (no FEAT): NetX Duo, very old daemons. The client
    // then avoids everything optional: no MLSD, SIZE, MDTM, REST, ABOR; PASV before EPSV on IPv4.
    bool isMinimal() const { return m_featProbed && !m_featSupported; }

    // Feature names are upper-case first words of the FEAT lines: "MDTM", "SIZE", "REST", "MLST", "UTF8".
    bool has(const QByteArray& feature) const { return m_features.contains(feature); }
    QByteArray parameters(const QByteArray& feature) const { return m_features.value(feature); }
    QList<QByteArray> features() const { return m_features.keys(); }

    bool supportsMlsd() const { return has("MLST") || has("MLSD"); }
    bool supportsSize() const { return has("SIZE"); }
    bool supportsMdtm() const { return has("MDTM"); }
    bool supportsRestStream() const;
    bool supportsUtf8() const { return has("UTF8"); }

    // Learnt at run time: a command answered 500/502 is not tried again on this connection.
    void markUnsupported(const QByteArray& verb) { m_unsupported.insert(verb, true); }
    bool isKnownUnsupported(const QByteArray& verb) const { return m_unsupported.contains(verb); }

private:
    bool m_featProbed = false;
    bool m_featSupported = false;
    QMap<QByteArray, QByteArray> m_features;
    QMap<QByteArray, bool> m_unsupported;
};

} // namespace Ferry
