#include "securityindicator.h"

#include "certificatedialog.h"

#include <QMessageBox>

namespace Ferry {

SecurityIndicator::SecurityIndicator(QWidget* parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("securityIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::NoFocus);
    setVisible(false);
    connect(this, &QToolButton::clicked, this, &SecurityIndicator::showDetails);
}

SecurityIndicator::~SecurityIndicator() = default;

CertificateDialog* SecurityIndicator::certificateDialog() const
{
    return m_dialog;
}

void SecurityIndicator::setConnection(bool connected, const ConnectionSecurity& security, const QString& host,
                                      quint16 port)
{
    m_security = security;
    m_host = host;
    m_port = port;
    const QString server = CertificateDialog::hostAndPort(host, port);
    if (!connected) {
        m_shown = Shown::Nothing;
        setVisible(false);
        return;
    }
    if (security.isEncrypted()) {
        m_shown = Shown::Encrypted;
        setIcon(QIcon(QStringLiteral(":/ui/icons/lock.svg")));
        QStringList parts;
        for (const QString& part : {security.protocol, security.cipher}) {
            if (!part.isEmpty())
                parts << part;
        }
        QString text = parts.join(QLatin1String(", "));
        if (!security.dataEncrypted)
            text = tr("%1 (transfers NOT encrypted)").arg(text);
        setText(text);
        setToolTip(tr("The connection to %1 is encrypted (%2). Click to see the server's certificate.")
                       .arg(server, security.summary()));
        setAccessibleName(tr("Encrypted: %1").arg(text));
    } else {
        m_shown = Shown::NotEncrypted;
        setIcon(QIcon(QStringLiteral(":/ui/icons/lock-open.svg")));
        setText(tr("Not encrypted"));
        setToolTip(tr("The connection to %1 is not encrypted: the password and the files cross the network "
                      "readable by anyone on the path.")
                       .arg(server));
        setAccessibleName(tr("Not encrypted"));
    }
    setVisible(true);
}

void SecurityIndicator::showDetails()
{
    switch (m_shown) {
    case Shown::Nothing:
        return;
    case Shown::Encrypted: {
        if (m_dialog) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return;
        }
        auto* dialog =
            new CertificateDialog(CertificateDialog::forSecurity(m_security, m_host, m_port), window());
        m_dialog = dialog;
        dialog->show();
        return;
    }
    case Shown::NotEncrypted: {
        auto* box = new QMessageBox(
            QMessageBox::Information, tr("Not encrypted"),
            tr("The connection to %1 is not encrypted: the server did not offer TLS (small boards cannot), "
               "or the site says \"clear text only\". The password and the files cross the network readable "
               "by anyone on the path. If the server can do TLS, choose \"Require explicit TLS\" or "
               "\"Implicit TLS\" for it in the Site Manager.")
                .arg(CertificateDialog::hostAndPort(m_host, m_port)),
            QMessageBox::Close, window());
        box->setObjectName(QStringLiteral("notEncryptedInfo"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    }
}

} // namespace Ferry
