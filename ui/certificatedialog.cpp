#include "certificatedialog.h"

#include "net/certificates.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSslError>
#include <QSslKey>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ferry {

namespace {

// "CN=localhost, O=Example, C=DE": the distinguished name's usual parts, in the usual order.
QString distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    static const struct
    {
        QSslCertificate::SubjectInfo info;
        const char* key;
    } parts[] = {{QSslCertificate::CommonName, "CN"},
                 {QSslCertificate::Organization, "O"},
                 {QSslCertificate::OrganizationalUnitName, "OU"},
                 {QSslCertificate::LocalityName, "L"},
                 {QSslCertificate::StateOrProvinceName, "ST"},
                 {QSslCertificate::CountryName, "C"},
                 {QSslCertificate::EmailAddress, "emailAddress"}};
    QStringList texts;
    for (const auto& part : parts) {
        const QStringList values =
            issuer ? certificate.issuerInfo(part.info) : certificate.subjectInfo(part.info);
        for (const QString& value : values)
            texts << QLatin1String(part.key) + QLatin1Char('=') + value;
    }
    return texts.isEmpty() ? CertificateDialog::tr("(empty)") : texts.join(QLatin1String(", "));
}

QString alternativeNames(const QSslCertificate& certificate)
{
    const auto names = certificate.subjectAlternativeNames();
    QStringList texts;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        switch (it.key()) {
        case QSsl::AlternativeNameEntryType::DnsEntry:
            texts << CertificateDialog::tr("DNS: %1").arg(it.value());
            break;
        case QSsl::AlternativeNameEntryType::IpAddressEntry:
            texts << CertificateDialog::tr("IP: %1").arg(it.value());
            break;
        case QSsl::AlternativeNameEntryType::EmailEntry:
            texts << CertificateDialog::tr("e-mail: %1").arg(it.value());
            break;
        }
    }
    return texts.isEmpty() ? CertificateDialog::tr("none") : texts.join(QLatin1String(", "));
}

QString shortName(const QSslCertificate& certificate)
{
    const QStringList common = certificate.subjectInfo(QSslCertificate::CommonName);
    if (!common.isEmpty() && !common.first().isEmpty())
        return common.first();
    const auto names = certificate.subjectAlternativeNames();
    return names.isEmpty() ? CertificateDialog::tr("(no name)") : names.first();
}

QString dateText(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// "from … until …", with "expired" or "not yet valid" in red.
QString validityHtml(const QSslCertificate& certificate)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text = CertificateDialog::tr("from %1 until %2")
                       .arg(dateText(certificate.effectiveDate()), dateText(certificate.expiryDate()))
                       .toHtmlEscaped();
    if (certificate.expiryDate() < now)
        text +=
            QLatin1String(" <b style=\"color:#c0392b\">") +
            CertificateDialog::tr("EXPIRED on %1").arg(dateText(certificate.expiryDate())).toHtmlEscaped() +
            QLatin1String("</b>");
    else if (certificate.effectiveDate() > now)
        text += QLatin1String(" <b style=\"color:#c0392b\">") +
                CertificateDialog::tr("NOT YET VALID (from %1)")
                    .arg(dateText(certificate.effectiveDate()))
                    .toHtmlEscaped() +
                QLatin1String("</b>");
    return text;
}

QString keyText(const QSslCertificate& certificate)
{
    const QSslKey key = certificate.publicKey();
    QString algorithm;
    switch (key.algorithm()) {
    case QSsl::Rsa:
        algorithm = QStringLiteral("RSA");
        break;
    case QSsl::Dsa:
        algorithm = QStringLiteral("DSA");
        break;
    case QSsl::Ec:
        algorithm = QStringLiteral("ECDSA");
        break;
    case QSsl::Dh:
        algorithm = QStringLiteral("DH");
        break;
    case QSsl::Opaque:
        return CertificateDialog::tr("unknown");
    }
    return CertificateDialog::tr("%1, %2 bits").arg(algorithm).arg(key.length());
}

// The fingerprint on two lines of 16 bytes, which fit a dialog and read well side by side.
QString fingerprintLines(const QSslCertificate& certificate)
{
    const QString text = formatFingerprint(certificateFingerprint(certificate));
    return text.size() > 48 ? text.left(47) + QLatin1Char('\n') + text.mid(48) : text;
}

QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::RichText);
    return label;
}

QLabel* monospaceLabel(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QString bulletList(const QStringList& items)
{
    QString html = QStringLiteral("<ul style=\"margin-left:0; -qt-list-indent:1\">");
    for (const QString& item : items)
        html += QLatin1String("<li>") + item.toHtmlEscaped() + QLatin1String("</li>");
    return html + QLatin1String("</ul>");
}

} // namespace

CertificateDialog::Content CertificateDialog::forCheck(const CertificateCheck& check)
{
    Content content;
    content.purpose =
        check.reason == CertificateCheck::Reason::Changed ? Purpose::Changed : Purpose::Untrusted;
    content.host = check.host;
    content.port = check.port;
    content.chain = check.chain;
    content.previous = check.previous;
    content.protocol = check.protocol;
    content.cipher = check.cipher;
    content.errors = check.errors;
    return content;
}

CertificateDialog::Content CertificateDialog::forSecurity(const ConnectionSecurity& security,
                                                          const QString& host, quint16 port)
{
    Content content;
    content.purpose = Purpose::View;
    content.host = host;
    content.port = port;
    content.chain = security.peerCertificateChain;
    content.protocol = security.protocol;
    content.cipher = security.cipher;
    content.errors = security.certificateErrors;
    switch (security.trust) {
    case ConnectionSecurity::Trust::None:
        content.trustNote = tr("The connection is not encrypted.");
        break;
    case ConnectionSecurity::Trust::System:
        content.trustNote = tr("Trusted: the system's certificate store vouches for this certificate and "
                               "its name.");
        break;
    case ConnectionSecurity::Trust::Pinned:
        content.trustNote = tr("Trusted by its fingerprint: it was given for this server, or you accepted "
                               "it for another connection to this server in this session.");
        break;
    case ConnectionSecurity::Trust::TrustStore:
        content.trustNote = tr("Trusted because you chose to always trust exactly this certificate for "
                               "this server.");
        break;
    case ConnectionSecurity::Trust::User:
        content.trustNote = tr("Trusted because you accepted it for this connection.");
        break;
    }
    if (security.controlEncrypted && !security.dataEncrypted)
        content.trustNote += QLatin1Char(' ') + tr("File transfers and listings are NOT encrypted (the "
                                                   "server did not accept PROT P).");
    return content;
}

CertificateAnswer CertificateDialog::answerFor(Decision decision)
{
    switch (decision) {
    case Decision::TrustOnce:
        return CertificateAnswer::AcceptOnce;
    case Decision::TrustAlways:
        return CertificateAnswer::AcceptAlways;
    case Decision::Cancel:
        break;
    }
    return CertificateAnswer::Reject;
}

QString CertificateDialog::hostAndPort(const QString& host, quint16 port)
{
    const QString name = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1:%2").arg(name).arg(port);
}

CertificateDialog::CertificateDialog(const Content& content, QWidget* parent)
    : QDialog(parent), m_content(content)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    switch (content.purpose) {
    case Purpose::Untrusted:
        setWindowTitle(tr("Unknown certificate"));
        break;
    case Purpose::Changed:
        setWindowTitle(tr("WARNING: certificate changed"));
        break;
    case Purpose::View:
        setWindowTitle(tr("Server certificate"));
        break;
    }

    // What Qt's verification says about the chain and the host it was reached by: the host is
    // highlighted when the certificate is not for it; the errors are shown when the caller gave none.
    if (!content.chain.isEmpty()) {
        const QList<QSslError> found = QSslCertificate::verify(content.chain, content.host);
        QStringList texts;
        for (const QSslError& error : found) {
            if (error.error() == QSslError::HostNameMismatch)
                m_nameMatches = false;
            if (!texts.contains(error.errorString()))
                texts << error.errorString();
        }
        m_errors = content.errors.isEmpty() ? texts : content.errors;
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createBanner());
    if (content.purpose == Purpose::Changed)
        layout->addWidget(createChanges());
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(createDetails(), 1);

    auto* buttons = new QDialogButtonBox(this);
    if (content.purpose != Purpose::View) {
        m_always = new QCheckBox(content.purpose == Purpose::Changed
                                     ? tr("&Always trust the new certificate for this server (it "
                                          "replaces the one trusted before)")
                                     : tr("&Always trust this certificate for this server"),
                                 this);
        m_always->setObjectName(QStringLiteral("alwaysTrustCertificate"));
        m_always->setToolTip(tr("Ferry keeps exactly this certificate for %1; if the server ever shows "
                                "another one, Ferry warns you again.")
                                 .arg(hostAndPort(content.host, content.port)));
        layout->addWidget(m_always);
        m_trust = buttons->addButton(content.purpose == Purpose::Changed ? tr("&Trust the new certificate")
                                                                         : tr("&Trust and connect"),
                                     QDialogButtonBox::AcceptRole);
        m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
        m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        m_cancel = buttons->addButton(QDialogButtonBox::Close);
    }
    m_cancel->setObjectName(QStringLiteral("cancelCertificateButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A changed certificate is not accepted by a stray Enter.
    QPushButton* defaultButton = content.purpose == Purpose::Untrusted ? m_trust : m_cancel;
    for (QPushButton* button : {m_trust, m_cancel}) {
        if (button) {
            button->setAutoDefault(button == defaultButton);
            button->setDefault(button == defaultButton);
        }
    }
    defaultButton->setFocus(Qt::OtherFocusReason);
    // Wide enough for the fingerprint and a few words a line; then as tall as the wrapped labels need at
    // that width (a window's size hint does not ask them).
    layout->activate();
    const int width = qMax(sizeHint().width(), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);
    resize(width, qMax(sizeHint().height(), layout->totalHeightForWidth(width)));
}

CertificateDialog::~CertificateDialog() = default;

QWidget* CertificateDialog::createBanner()
{
    auto* banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("certificateBanner"));
    auto* icon = new QLabel(banner);
    auto* headline = new QLabel(banner);
    headline->setObjectName(QStringLiteral("certificateHeadline"));
    headline->setWordWrap(true);
    headline->setTextFormat(Qt::RichText);
    auto* explanation = new QLabel(banner);
    explanation->setObjectName(QStringLiteral("certificateExplanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);

    const QString server = hostAndPort(m_content.host, m_content.port).toHtmlEscaped();
    const int iconSize = fontMetrics().height() * 2;
    switch (m_content.purpose) {
    case Purpose::Untrusted:
        banner->setStyleSheet(QStringLiteral("#certificateBanner { background: #fff4e0; border: 1px solid "
                                             "#e08e0b; border-radius: 4px; } QLabel { color: #4a3000; }"));
        icon->setPixmap(QIcon(QStringLiteral(":/ui/icons/certificate-warning.svg")).pixmap(iconSize));
        headline->setText(QLatin1String("<b>") + tr("The certificate of %1 is not trusted.").arg(server) +
                          QLatin1String("</b>"));
        explanation->setText(
            tr("Ferry cannot confirm that it is talking to this server and not to someone in between. "
               "Compare the SHA-256 fingerprint below with the one the server's administrator gives you (a "
               "Ferry server shows it in its panel) before you trust it.") +
            (m_errors.isEmpty() ? QString() : bulletList(m_errors)));
        break;
    case Purpose::Changed:
        banner->setStyleSheet(QStringLiteral("#certificateBanner { background: #fdecea; border: 2px solid "
                                             "#c0392b; border-radius: 4px; } QLabel { color: #7b1d14; }"));
        icon->setPixmap(QIcon(QStringLiteral(":/ui/icons/error.svg")).pixmap(iconSize));
        headline->setText(QLatin1String("<b style=\"font-size:large\">") +
                          tr("WARNING: the certificate of %1 has CHANGED.").arg(server) +
                          QLatin1String("</b>"));
        explanation->setText(
            tr("You trusted a different certificate for this server before. Someone may be intercepting the "
               "connection, or the server's administrator may have installed a new certificate. Do not "
               "connect unless you know why it changed: ask the administrator for the new fingerprint.") +
            (m_errors.isEmpty() ? QString() : bulletList(m_errors)));
        break;
    case Purpose::View:
        icon->setPixmap(QIcon(QStringLiteral(":/ui/icons/lock.svg")).pixmap(iconSize));
        headline->setText(QLatin1String("<b>") + tr("Certificate of %1").arg(server) + QLatin1String("</b>"));
        explanation->setText(m_content.trustNote.toHtmlEscaped() +
                             (m_errors.isEmpty()
                                  ? QString()
                                  : QLatin1String("<br>") +
                                        tr("What the system's verification says about it:").toHtmlEscaped() +
                                        bulletList(m_errors)));
        break;
    }
    auto* text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(explanation);
    auto* layout = new QHBoxLayout(banner);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return banner;
}

QWidget* CertificateDialog::createChanges()
{
    auto* box = new QFrame(this);
    box->setObjectName(QStringLiteral("certificateChanges"));
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QSslCertificate now = m_content.chain.value(0);
    const QSslCertificate& before = m_content.previous;
    form->addRow(tr("Fingerprint trusted before:"),
                 monospaceLabel(box, QStringLiteral("previousFingerprint"), fingerprintLines(before)));
    QLabel* newFingerprint = monospaceLabel(box, QStringLiteral("newFingerprint"), fingerprintLines(now));
    newFingerprint->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold"));
    form->addRow(tr("Fingerprint shown now:"), newFingerprint);
    // What else differs, "before → now".
    const auto addIfDifferent = [&](const QString& label, const QString& old, const QString& current) {
        if (old == current)
            return;
        QLabel* change = valueLabel(box, QString());
        change->setText(old + QLatin1String(" &rarr; <b>") + current + QLatin1String("</b>"));
        form->addRow(label, change);
    };
    const auto issuer = [](const QSslCertificate& certificate) {
        return certificate.isSelfSigned() ? tr("self-signed")
                                          : distinguishedName(certificate, true).toHtmlEscaped();
    };
    addIfDifferent(tr("Subject:"), distinguishedName(before, false).toHtmlEscaped(),
                   distinguishedName(now, false).toHtmlEscaped());
    addIfDifferent(tr("Issuer:"), issuer(before), issuer(now));
    addIfDifferent(tr("Valid:"), validityHtml(before), validityHtml(now));
    return box;
}

QWidget* CertificateDialog::createDetails()
{
    auto* details = new QWidget(this);
    m_form = new QFormLayout(details);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* server = valueLabel(details, QStringLiteral("certificateHost"));
    const QString hostText = hostAndPort(m_content.host, m_content.port).toHtmlEscaped();
    server->setProperty("mismatch", !m_nameMatches);
    server->setText(m_nameMatches ? hostText
                                  : QLatin1String("<span style=\"color:#c0392b; font-weight:bold; "
                                                  "background:#fdecea\">") +
                                        hostText + QLatin1String("</span> ") +
                                        tr("— the certificate is not issued for this name").toHtmlEscaped());
    m_form->addRow(tr("Server:"), server);
    if (!m_content.protocol.isEmpty() || !m_content.cipher.isEmpty()) {
        auto* connection = valueLabel(details, QStringLiteral("certificateConnection"));
        QStringList parts;
        for (const QString& part : {m_content.protocol, m_content.cipher}) {
            if (!part.isEmpty())
                parts << part.toHtmlEscaped();
        }
        connection->setText(parts.join(QLatin1String(", ")));
        m_form->addRow(tr("Connection:"), connection);
    }
    if (m_content.chain.size() > 1) {
        m_chainBox = new QComboBox(details);
        m_chainBox->setObjectName(QStringLiteral("certificateChain"));
        for (qsizetype i = 0; i < m_content.chain.size(); ++i) {
            const QString name = shortName(m_content.chain.at(i));
            m_chainBox->addItem(i == 0 ? tr("%1 (the server's)").arg(name)
                                       : tr("%1 (issuer, level %2)").arg(name).arg(i));
        }
        m_form->addRow(tr("Certificate &chain:"), m_chainBox);
        connect(m_chainBox, &QComboBox::currentIndexChanged, this, &CertificateDialog::showCertificate);
    }

    m_fingerprint = monospaceLabel(details, QStringLiteral("certificateFingerprint"), QString());
    auto* copy = new QToolButton(details);
    copy->setObjectName(QStringLiteral("copyFingerprint"));
    copy->setIcon(QIcon(QStringLiteral(":/ui/icons/copy.svg")));
    copy->setToolTip(tr("Copy the fingerprint"));
    copy->setAccessibleName(tr("Copy the fingerprint"));
    auto* fingerprintRow = new QHBoxLayout;
    fingerprintRow->addWidget(m_fingerprint, 1);
    fingerprintRow->addWidget(copy, 0, Qt::AlignTop);
    m_form->addRow(tr("SHA-256 fingerprint:"), fingerprintRow);
    connect(copy, &QToolButton::clicked, this, [this] {
        const int index = m_chainBox ? m_chainBox->currentIndex() : 0;
        QApplication::clipboard()->setText(
            formatFingerprint(certificateFingerprint(m_content.chain.value(index))));
    });

    m_subject = valueLabel(details, QStringLiteral("certificateSubject"));
    m_form->addRow(tr("Subject:"), m_subject);
    m_altNames = valueLabel(details, QStringLiteral("certificateAltNames"));
    m_form->addRow(tr("Alternative names:"), m_altNames);
    m_issuer = valueLabel(details, QStringLiteral("certificateIssuer"));
    m_form->addRow(tr("Issuer:"), m_issuer);
    m_validity = valueLabel(details, QStringLiteral("certificateValidity"));
    m_form->addRow(tr("Valid:"), m_validity);
    m_key = valueLabel(details, QStringLiteral("certificateKey"));
    m_form->addRow(tr("Public key:"), m_key);
    m_serial = valueLabel(details, QStringLiteral("certificateSerial"));
    m_form->addRow(tr("Serial number:"), m_serial);
    showCertificate(0);
    return details;
}

void CertificateDialog::showCertificate(int index)
{
    const QSslCertificate certificate = m_content.chain.value(index);
    if (certificate.isNull()) {
        m_fingerprint->setText(tr("(no certificate)"));
        return;
    }
    m_fingerprint->setText(fingerprintLines(certificate));
    m_subject->setText(distinguishedName(certificate, false).toHtmlEscaped());
    m_altNames->setText(alternativeNames(certificate).toHtmlEscaped());
    m_issuer->setText(certificate.isSelfSigned()
                          ? QLatin1String("<b>") +
                                tr("Self-signed (the issuer is the subject itself: nobody vouches for it)")
                                    .toHtmlEscaped() +
                                QLatin1String("</b>")
                          : distinguishedName(certificate, true).toHtmlEscaped());
    m_validity->setText(validityHtml(certificate));
    m_key->setText(keyText(certificate).toHtmlEscaped());
    m_serial->setText(QString::fromLatin1(certificate.serialNumber()).toHtmlEscaped());
}

void CertificateDialog::withdraw()
{
    m_finished = true;
    QDialog::done(QDialog::Rejected);
}

void CertificateDialog::done(int result)
{
    if (!m_finished) {
        m_finished = true;
        if (m_content.purpose != Purpose::View) {
            Decision decision = Decision::Cancel;
            if (result == QDialog::Accepted)
                decision = m_always && m_always->isChecked() ? Decision::TrustAlways : Decision::TrustOnce;
            Q_EMIT decided(decision);
        }
    }
    QDialog::done(result);
}

} // namespace Ferry
