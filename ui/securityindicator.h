#pragma once

#include "net/connectionsecurity.h"

#include <QPointer>
#include <QToolButton>

namespace Ferry {

class CertificateDialog;

// The status bar's lock for the tab shown: a closed lock with the protocol and cipher ("TLS 1.3,
// TLS_AES_256_GCM_SHA384") when its connection is encrypted, an open lock with "Not encrypted" when it is
// not (a board that refused AUTH TLS, or clear text chosen), nothing while it is not connected. Clicking
// the closed lock shows the server's certificate (CertificateDialog, read-only) with why it is trusted;
// clicking the open one says what that means.
class SecurityIndicator final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityIndicator)

public:
    enum class Shown
    {
        Nothing,      // not connected
        Encrypted,    // control (and normally data) connections are TLS
        NotEncrypted, // connected in clear text
    };

    explicit SecurityIndicator(QWidget* parent = nullptr);
    ~SecurityIndicator() override;

    // The connection of the tab shown: whether it is logged in, what protects it, and its server.
    void setConnection(bool connected, const ConnectionSecurity& security, const QString& host, quint16 port);
    Shown shown() const { return m_shown; }
    ConnectionSecurity security() const { return m_security; }
    // The certificate dialog opened by the last click, while it is open.
    CertificateDialog* certificateDialog() const;

public Q_SLOTS:
    // What a click does: the certificate (encrypted), or what "not encrypted" means.
    void showDetails();

private:
    Shown m_shown = Shown::Nothing;
    ConnectionSecurity m_security;
    QString m_host;
    quint16 m_port = 0;
    QPointer<CertificateDialog> m_dialog;
};

} // namespace Ferry
