#pragma once

#include "net/connectionsecurity.h"

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace Ferry {

// A server's TLS certificate, shown so that a person can decide whether to trust it (FTPS, RFC 4217):
// the SHA-256 fingerprint (colon-separated upper-case hex, as FileZilla and `openssl x509 -fingerprint
// -sha256` print it), subject, alternative names, issuer or "self-signed", validity (flagged when expired
// or not yet valid), key, serial, the connection's protocol and cipher, host:port (highlighted when the
// certificate is not for that name) and the verification errors in words.
//
// Three states:
// - Untrusted: the system does not vouch for it. "Trust" (this connection) or Cancel, and "always trust
//   this certificate for this server" (kept by core's trust store, per host and port, exactly this
//   certificate).
// - Changed: another certificate was trusted for this server before. A loud warning, in red, that says
//   what changed (old and new fingerprints, and subject, issuer or validity when they differ); Cancel is
//   the default.
// - View: read-only (the status bar's lock), with why it is trusted.
//
// Non-modal for the application; closing it is Cancel. Never decides anything by itself.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)

public:
    enum class Purpose
    {
        Untrusted,
        Changed,
        View
    };
    enum class Decision
    {
        Cancel,
        TrustOnce,
        TrustAlways
    };

    // What the dialog shows; a value.
    struct Content
    {
        Purpose purpose = Purpose::Untrusted;
        QString host; // as the user typed it (name or address, IPv6 without brackets)
        quint16 port = 0;
        QList<QSslCertificate> chain; // the server's own certificate first
        QSslCertificate previous;     // Changed: the one trusted before for this server
        QString protocol;             // "TLS 1.3"
        QString cipher;               // "TLS_AES_256_GCM_SHA384"
        QStringList errors;           // why it is not trusted, in words (empty: worked out here)
        QString trustNote;            // View: why it is trusted
    };

    // The question a connection asks (FtpClient::certificateCheckRequired()): Untrusted or Changed.
    static Content forCheck(const CertificateCheck& check);
    // What protects a connection, read-only (View), with why it is trusted.
    static Content forSecurity(const ConnectionSecurity& security, const QString& host, quint16 port);
    // The answer for the connection that asked.
    static CertificateAnswer answerFor(Decision decision);

    explicit CertificateDialog(const Content& content, QWidget* parent = nullptr);
    ~CertificateDialog() override;

    const Content& content() const { return m_content; }
    Purpose purpose() const { return m_content.purpose; }
    // Whether the certificate names the host it was reached by (false: the host is highlighted).
    bool nameMatches() const { return m_nameMatches; }
    // The verification errors shown (the content's, or those Qt finds for the chain and host).
    QStringList errors() const { return m_errors; }

    QPushButton* trustButton() const { return m_trust; }   // nullptr in View
    QPushButton* cancelButton() const { return m_cancel; } // "Close" in View
    QCheckBox* alwaysTrustBox() const { return m_always; } // nullptr in View
    QComboBox* chainBox() const { return m_chainBox; }

    // "host:port", brackets around an IPv6 address.
    static QString hostAndPort(const QString& host, quint16 port);

public Q_SLOTS:
    // The connection that asked went away: close without a decision.
    void withdraw();

Q_SIGNALS:
    // Once, when the user decided (closing the dialog is Cancel); never after withdraw().
    void decided(Ferry::CertificateDialog::Decision decision);

protected:
    void done(int result) override;

private:
    QWidget* createBanner();
    QWidget* createChanges();
    QWidget* createDetails();
    void showCertificate(int index);

    Content m_content;
    QStringList m_errors;
    bool m_nameMatches = true;
    bool m_finished = false;

    QComboBox* m_chainBox = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_altNames = nullptr;
    QLabel* m_issuer = nullptr;
    QLabel* m_validity = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_serial = nullptr;
    QLabel* m_key = nullptr;
    QCheckBox* m_always = nullptr;
    QPushButton* m_trust = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace Ferry
