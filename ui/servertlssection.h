#pragma once

#include "server/serveroptions.h"

#include <QGroupBox>
#include <QList>
#include <QUrl>
#include <memory>

class QComboBox;
class QLabel;
class QSettings;
class QToolButton;
class QVBoxLayout;

namespace Ferry {

class ServerHost;
class TlsCredentials;

// The server panel's encryption section (FTPS, RFC 4217). Stopped: the policy (off, optional: the
// default, required). Running: what clients can do, the certificate's SHA-256 fingerprint (for the other
// side to compare, with a copy button) and the ftpes:// URLs (explicit FTPS), each with a copy button.
// The certificate is Ferry's self-signed one, made on first use and kept in the application data folder
// (ServerCertificateStore); the same on every start, so that clients that trusted it once go on trusting.
class ServerTlsSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerTlsSection)

public:
    explicit ServerTlsSection(QWidget* parent = nullptr);
    ~ServerTlsSection() override;

    ServerOptions::TlsPolicy policy() const;
    void setPolicy(ServerOptions::TlsPolicy policy);

    // Before a start: the certificate the policy needs into `options` (tlsPolicy, tlsCredentials). False
    // and *error when there can be none (the error names the folder).
    bool prepare(ServerOptions* options, QString* error);
    // Shows what the running server offers (or the policy choice once stopped).
    void showRunning(const ServerHost& host);
    void showStopped();

    // In the [server] group of the settings.
    void save(QSettings& settings) const;
    void load(QSettings& settings);

    // What is shown, for tests.
    QString fingerprint() const { return m_fingerprintText; }
    QList<QUrl> shownUrls() const { return m_urls; }
    QComboBox* policyCombo() const { return m_policy; }
    QLabel* fingerprintLabel() const { return m_fingerprint; }
    QToolButton* copyFingerprintButton() const { return m_copyFingerprint; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void clearUrls();

    std::shared_ptr<const TlsCredentials> m_credentials;
    QString m_fingerprintText;
    QList<QUrl> m_urls;
    QComboBox* m_policy;
    QLabel* m_summary;
    QWidget* m_certificateRow;
    QLabel* m_fingerprint;
    QToolButton* m_copyFingerprint;
    QVBoxLayout* m_urlsLayout;
};

} // namespace Ferry
