#include "servertlssection.h"

#include "copyablefield.h"
#include "server/ftpserver.h"
#include "server/servercertificatestore.h"
#include "server/serverhost.h"
#include "server/tlscredentials.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ferry {

namespace {

const QString PolicyKey = QStringLiteral("tls");

QString policyName(ServerOptions::TlsPolicy policy)
{
    switch (policy) {
    case ServerOptions::TlsPolicy::Off:
        return QStringLiteral("off");
    case ServerOptions::TlsPolicy::Required:
        return QStringLiteral("required");
    case ServerOptions::TlsPolicy::Optional:
        break;
    }
    return QStringLiteral("optional");
}

// "AB:CD:…" (32 bytes) in two lines of 16, which fit the panel.
QString twoLines(const QString& fingerprint)
{
    const qsizetype half = fingerprint.size() / 2 + 1; // after the 16th byte's colon
    return fingerprint.left(half - 1) + QLatin1Char('\n') + fingerprint.mid(half);
}

} // namespace

ServerTlsSection::ServerTlsSection(QWidget* parent)
    : QGroupBox(tr("Encryption (FTPS)"), parent), m_policy(new QComboBox(this)), m_summary(new QLabel(this)),
      m_certificateRow(new QWidget(this)), m_fingerprint(new QLabel(m_certificateRow)),
      m_copyFingerprint(new QToolButton(m_certificateRow)), m_urlsLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("serverTls"));
    m_policy->setObjectName(QStringLiteral("serverTlsPolicy"));
    m_policy->addItem(tr("Optional: clients choose TLS or clear text (boards)"),
                      int(ServerOptions::TlsPolicy::Optional));
    m_policy->addItem(tr("Required: logins and data only over TLS"), int(ServerOptions::TlsPolicy::Required));
    m_policy->addItem(tr("Off: clear text only"), int(ServerOptions::TlsPolicy::Off));
    m_policy->setToolTip(tr("FTPS (explicit, AUTH TLS) with Ferry's own self-signed certificate, made on "
                            "first use and kept for the next starts"));

    m_summary->setObjectName(QStringLiteral("serverTlsSummary"));
    m_summary->setWordWrap(true);
    m_fingerprint->setObjectName(QStringLiteral("serverTlsFingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyFingerprint->setObjectName(QStringLiteral("serverCopyFingerprint"));
    m_copyFingerprint->setIcon(QIcon(QStringLiteral(":/ui/icons/copy.svg")));
    m_copyFingerprint->setAutoRaise(true);
    m_copyFingerprint->setToolTip(tr("Copy the certificate's SHA-256 fingerprint"));
    m_copyFingerprint->setAccessibleName(tr("Copy fingerprint"));
    connect(m_copyFingerprint, &QToolButton::clicked, this, [this] {
        CopyableField::copy(m_copyFingerprint, m_fingerprintText, tr("Copied the fingerprint"));
    });
    auto* fingerprintLayout = new QHBoxLayout(m_certificateRow);
    fingerprintLayout->setContentsMargins(0, 0, 0, 0);
    auto* caption = new QLabel(tr("Certificate\nSHA-256:"), m_certificateRow);
    fingerprintLayout->addWidget(caption);
    fingerprintLayout->addWidget(m_fingerprint, 1);
    fingerprintLayout->addWidget(m_copyFingerprint, 0, Qt::AlignTop);
    m_urlsLayout->setSpacing(2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_policy);
    layout->addWidget(m_summary);
    layout->addWidget(m_certificateRow);
    layout->addLayout(m_urlsLayout);
    showStopped();
}

ServerTlsSection::~ServerTlsSection() = default;

ServerOptions::TlsPolicy ServerTlsSection::policy() const
{
    return ServerOptions::TlsPolicy(m_policy->currentData().toInt());
}

void ServerTlsSection::setPolicy(ServerOptions::TlsPolicy policy)
{
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(int(policy))));
}

bool ServerTlsSection::prepare(ServerOptions* options, QString* error)
{
    options->tlsPolicy = policy();
    options->tlsCredentials.reset();
    if (options->tlsPolicy == ServerOptions::TlsPolicy::Off)
        return true;
    if (!m_credentials) {
        ServerCertificateStore store;
        m_credentials = store.loadOrCreate(error);
        if (!m_credentials)
            return false;
    }
    options->tlsCredentials = m_credentials;
    return true;
}

void ServerTlsSection::clearUrls()
{
    while (QLayoutItem* item = m_urlsLayout->takeAt(0)) {
        if (QWidget* widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_urls.clear();
}

void ServerTlsSection::showRunning(const ServerHost& host)
{
    clearUrls();
    m_policy->hide();
    const ServerOptions options = host.options();
    if (options.tlsPolicy == ServerOptions::TlsPolicy::Off || !options.tlsCredentials) {
        m_summary->setText(tr("Off: everything, passwords included, crosses the network in clear text."));
        m_certificateRow->hide();
        m_fingerprintText.clear();
        return;
    }
    m_summary->setText(options.tlsPolicy == ServerOptions::TlsPolicy::Required
                           ? tr("Required: clients must use TLS (ftpes://) to log in and move files.")
                           : tr("Optional: clients that can use TLS (ftpes://) are encrypted; others, "
                                "such as boards, use clear text."));
    m_fingerprintText = options.tlsCredentials->sha256Fingerprint();
    m_fingerprint->setText(twoLines(m_fingerprintText));
    m_certificateRow->show();
    m_urls = serverConnectionUrls(host.listeningAddresses(), host.port(), QStringLiteral("ftpes"));
    for (const QUrl& url : std::as_const(m_urls)) {
        const QString text = url.toString();
        auto* row = new CopyableField(
            text, {tr("Copy %1").arg(text), tr("Copied %1").arg(text), tr("Copy URL")}, this);
        row->textEdit()->setObjectName(QStringLiteral("serverTlsUrl"));
        row->copyButton()->setObjectName(QStringLiteral("serverCopyTlsUrl"));
        m_urlsLayout->addWidget(row);
    }
}

void ServerTlsSection::showStopped()
{
    clearUrls();
    m_policy->show();
    m_summary->setText(tr("Clients check the server's certificate by its fingerprint, shown here while the "
                          "server runs."));
    m_certificateRow->hide();
    m_fingerprintText.clear();
}

void ServerTlsSection::save(QSettings& settings) const
{
    settings.setValue(PolicyKey, policyName(policy()));
}

void ServerTlsSection::load(QSettings& settings)
{
    const QString name = settings.value(PolicyKey, policyName(ServerOptions::TlsPolicy::Optional)).toString();
    for (const ServerOptions::TlsPolicy policy :
         {ServerOptions::TlsPolicy::Off, ServerOptions::TlsPolicy::Optional,
          ServerOptions::TlsPolicy::Required}) {
        if (name == policyName(policy))
            setPolicy(policy);
    }
}

} // namespace Ferry
