// The certificate dialog on its own, with certificates kept in tests/gui/data/certificates (made once by
// openssl, see the README there): what a user needs to decide for a self-signed, a mismatched, an expired
// and a not-yet-valid certificate, the changed-certificate warning, the read-only view, and that every
// way out of the dialog is one decision (or none when the connection went away). Screenshots go to
// $FERRY_BINARY_DIR/screenshots/certificate-*.png. The window's flows against real TLS servers are in
// tst_windowtls.

#include "certificatedialog.h"
#include "guitestbase.h"
#include "net/certificates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QtTest>

using namespace Ferry;

Q_DECLARE_METATYPE(Ferry::CertificateDialog::Decision)

namespace {

// `openssl x509 -noout -fingerprint -sha256` of the files in data/certificates.
const QString SelfSignedFingerprint = QStringLiteral(
    "52:7E:25:2E:1E:B7:BF:73:B9:ED:F7:C8:FB:AC:2E:12:32:29:71:EF:6F:E5:A8:17:7A:2E:30:14:F2:0F:3D:BA");
const QString ExpiredFingerprint = QStringLiteral(
    "8C:44:4D:73:05:01:CE:3E:24:B6:49:7B:BE:B1:37:27:66:96:05:3E:AB:09:BF:9E:00:5E:60:A9:C5:A0:C2:23");

QList<QSslCertificate> load(const QString& name)
{
    const QString path = QDir(qEnvironmentVariable("FERRY_SOURCE_DIR"))
                             .filePath(QStringLiteral("tests/gui/data/certificates/") + name);
    return QSslCertificate::fromPath(path, QSsl::Pem);
}

QString text(const CertificateDialog* dialog, const QString& name)
{
    const QLabel* label = dialog->findChild<QLabel*>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

// The fingerprint as the dialog shows it, on one line.
QString shownFingerprint(const CertificateDialog* dialog, const QString& name)
{
    return text(dialog, name).replace(QLatin1Char('\n'), QLatin1Char(':'));
}

CertificateDialog::Content untrusted(const QList<QSslCertificate>& chain, const QString& host)
{
    CertificateDialog::Content content;
    content.purpose = CertificateDialog::Purpose::Untrusted;
    content.host = host;
    content.port = 2121;
    content.chain = chain;
    content.protocol = QStringLiteral("TLS 1.3");
    content.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    return content;
}

} // namespace

class TestCertificateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void selfSignedShowsWhatToDecide();
    void decisions_data();
    void decisions();
    void nameMismatchIsHighlighted();
    void expiredAndNotYetValidAreFlagged();
    void changedCertificateIsALoudWarning();
    void viewIsReadOnly();
    void withdrawnDialogDecidesNothing();

private:
    CertificateDialog* open(const CertificateDialog::Content& content);
    void screenshot(QWidget* widget, const QString& name);

    QWidget m_window;
};

void TestCertificateDialog::initTestCase()
{
    qRegisterMetaType<CertificateDialog::Decision>();
    QVERIFY2(!load(QStringLiteral("selfsigned-localhost.pem")).isEmpty(),
             "tests/gui/data/certificates not found (FERRY_SOURCE_DIR)");
}

void TestCertificateDialog::cleanup()
{
    // A failed test may leave its dialog open.
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets) {
        if (qobject_cast<CertificateDialog*>(widget))
            widget->close();
    }
}

CertificateDialog* TestCertificateDialog::open(const CertificateDialog::Content& content)
{
    auto* dialog = new CertificateDialog(content, &m_window); // parented to a window, as in Ferry
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        qWarning("certificate dialog not exposed");
    return dialog;
}

void TestCertificateDialog::screenshot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(Test::screenshotDir()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    // Nothing is cut.
    const QString cut = Test::cutWidgets(widget);
    QVERIFY2(cut.isEmpty(), qPrintable(name + QStringLiteral(": ") + cut));
}

void TestCertificateDialog::selfSignedShowsWhatToDecide()
{
    QPointer<CertificateDialog> dialog =
        open(untrusted(load(QStringLiteral("selfsigned-localhost.pem")), QStringLiteral("127.0.0.1")));
    screenshot(dialog, QStringLiteral("certificate-self-signed"));

    // The fingerprint as openssl prints it: SHA-256, upper-case hex, colon-separated.
    QCOMPARE(shownFingerprint(dialog, QStringLiteral("certificateFingerprint")), SelfSignedFingerprint);
    QCOMPARE(formatFingerprint(certificateFingerprint(dialog->content().chain.first())),
             SelfSignedFingerprint);
    QVERIFY(text(dialog, QStringLiteral("certificateSubject")).contains(QLatin1String("CN=localhost")));
    const QString altNames = text(dialog, QStringLiteral("certificateAltNames"));
    QVERIFY2(altNames.contains(QLatin1String("DNS: localhost")) &&
                 altNames.contains(QLatin1String("IP: 127.0.0.1")) &&
                 altNames.contains(QLatin1String("IP: ::1")),
             qPrintable(altNames));
    QVERIFY(text(dialog, QStringLiteral("certificateIssuer")).contains(QLatin1String("Self-signed")));
    QVERIFY(!text(dialog, QStringLiteral("certificateValidity")).contains(QLatin1String("EXPIRED")));
    QVERIFY(text(dialog, QStringLiteral("certificateKey")).contains(QLatin1String("ECDSA, 256 bits")));
    QCOMPARE(text(dialog, QStringLiteral("certificateConnection")),
             QStringLiteral("TLS 1.3, TLS_AES_256_GCM_SHA384"));
    // 127.0.0.1 is one of its names: not highlighted.
    QVERIFY(dialog->nameMatches());
    QCOMPARE(text(dialog, QStringLiteral("certificateHost")), QStringLiteral("127.0.0.1:2121"));
    // The verification errors in words: Qt's own, since the caller gave none.
    QVERIFY2(text(dialog, QStringLiteral("certificateExplanation")).contains(QLatin1String("self-signed")),
             qPrintable(text(dialog, QStringLiteral("certificateExplanation"))));
    QVERIFY(dialog->windowTitle().contains(QLatin1String("Unknown certificate")));

    // Trust is the default for a first meeting; "always" is off until ticked.
    QVERIFY(dialog->trustButton()->isDefault());
    QVERIFY(dialog->alwaysTrustBox());
    QVERIFY(!dialog->alwaysTrustBox()->isChecked());
    QVERIFY(dialog->alwaysTrustBox()->text().contains(
        QLatin1String("Always trust this certificate for this server")));
    dialog->close();
}

void TestCertificateDialog::decisions_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<CertificateDialog::Decision>("expected");
    QTest::newRow("trust once") << "trust" << CertificateDialog::Decision::TrustOnce;
    QTest::newRow("trust always") << "always" << CertificateDialog::Decision::TrustAlways;
    QTest::newRow("cancel") << "cancel" << CertificateDialog::Decision::Cancel;
    QTest::newRow("escape") << "escape" << CertificateDialog::Decision::Cancel;
    QTest::newRow("window closed") << "close" << CertificateDialog::Decision::Cancel;
    QTest::newRow("enter (default)") << "enter" << CertificateDialog::Decision::TrustOnce;
}

void TestCertificateDialog::decisions()
{
    QFETCH(QString, how);
    QFETCH(CertificateDialog::Decision, expected);
    QPointer<CertificateDialog> dialog =
        open(untrusted(load(QStringLiteral("selfsigned-localhost.pem")), QStringLiteral("localhost")));
    QSignalSpy decided(dialog.data(), &CertificateDialog::decided);
    if (how == QLatin1String("trust")) {
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    } else if (how == QLatin1String("always")) {
        dialog->alwaysTrustBox()->setChecked(true);
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    } else if (how == QLatin1String("cancel")) {
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    } else if (how == QLatin1String("escape")) {
        QTest::keyClick(dialog, Qt::Key_Escape);
    } else if (how == QLatin1String("close")) {
        dialog->close();
    } else {
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog.data(), Qt::Key_Return);
    }
    QCOMPARE(decided.size(), 1);
    QCOMPARE(decided.first().first().value<CertificateDialog::Decision>(), expected);
    QTRY_VERIFY(dialog.isNull()); // deleted on close
}

void TestCertificateDialog::nameMismatchIsHighlighted()
{
    // Signed by a CA the system does not know, for files.example, reached as 127.0.0.1.
    const QList<QSslCertificate> chain = load(QStringLiteral("chain.pem"));
    QCOMPARE(chain.size(), 2);
    QPointer<CertificateDialog> dialog = open(untrusted(chain, QStringLiteral("127.0.0.1")));
    screenshot(dialog, QStringLiteral("certificate-name-mismatch"));
    QVERIFY(!dialog->nameMatches());
    QLabel* host = dialog->findChild<QLabel*>(QStringLiteral("certificateHost"));
    QVERIFY(host->property("mismatch").toBool());
    QVERIFY2(host->text().contains(QLatin1String("not issued for this name")), qPrintable(host->text()));
    QVERIFY(host->text().contains(QLatin1String("#c0392b")));
    const QString issuer = text(dialog, QStringLiteral("certificateIssuer"));
    QVERIFY2(issuer.contains(QLatin1String("CN=Ferry Test CA")) &&
                 !issuer.contains(QLatin1String("Self-signed")),
             qPrintable(issuer));
    QVERIFY(text(dialog, QStringLiteral("certificateAltNames"))
                .contains(QLatin1String("DNS: ftp.files.example")));
    // The errors say why, in words: the name and the unknown issuer.
    const QStringList errors = dialog->errors();
    QVERIFY2(errors.join(QLatin1Char('\n'))
                 .contains(QLatin1String("host name did not match"), Qt::CaseInsensitive),
             qPrintable(errors.join(QLatin1Char('\n'))));

    // The chain: the issuer's certificate can be looked at too.
    QVERIFY(dialog->chainBox());
    QCOMPARE(dialog->chainBox()->count(), 2);
    dialog->chainBox()->setCurrentIndex(1);
    QVERIFY(text(dialog, QStringLiteral("certificateSubject")).contains(QLatin1String("CN=Ferry Test CA")));
    QCOMPARE(shownFingerprint(dialog, QStringLiteral("certificateFingerprint")),
             formatFingerprint(certificateFingerprint(chain.at(1))));
    // The same host by a name the certificate has: no highlight.
    dialog->close();
    QPointer<CertificateDialog> matching = open(untrusted(chain, QStringLiteral("ftp.files.example")));
    QVERIFY(matching->nameMatches());
    matching->close();
}

void TestCertificateDialog::expiredAndNotYetValidAreFlagged()
{
    CertificateDialog::Content content =
        untrusted(load(QStringLiteral("expired.pem")), QStringLiteral("old.example"));
    content.errors = {QStringLiteral("The certificate has expired"),
                      QStringLiteral("The certificate is self-signed, and untrusted")};
    QPointer<CertificateDialog> expired = open(content);
    screenshot(expired, QStringLiteral("certificate-expired"));
    const QString validity = text(expired, QStringLiteral("certificateValidity"));
    QVERIFY2(validity.contains(QLatin1String("EXPIRED")) && validity.contains(QLatin1String("#c0392b")),
             qPrintable(validity));
    // The caller's errors are the ones shown.
    QCOMPARE(expired->errors(), content.errors);
    QVERIFY(text(expired, QStringLiteral("certificateExplanation")).contains(QLatin1String("has expired")));
    QVERIFY(text(expired, QStringLiteral("certificateSubject")).contains(QLatin1String("O=Ferry Tests")));
    expired->close();

    QPointer<CertificateDialog> future =
        open(untrusted(load(QStringLiteral("future.pem")), QStringLiteral("future.example")));
    screenshot(future, QStringLiteral("certificate-not-yet-valid"));
    QVERIFY2(text(future, QStringLiteral("certificateValidity")).contains(QLatin1String("NOT YET VALID")),
             qPrintable(text(future, QStringLiteral("certificateValidity"))));
    future->close();
}

void TestCertificateDialog::changedCertificateIsALoudWarning()
{
    CertificateDialog::Content content =
        untrusted(load(QStringLiteral("selfsigned-localhost.pem")), QStringLiteral("127.0.0.1"));
    content.purpose = CertificateDialog::Purpose::Changed;
    content.previous = load(QStringLiteral("expired.pem")).first();
    QPointer<CertificateDialog> dialog = open(content);
    screenshot(dialog, QStringLiteral("certificate-changed"));

    QVERIFY(dialog->windowTitle().contains(QLatin1String("changed")));
    QVERIFY2(text(dialog, QStringLiteral("certificateHeadline")).contains(QLatin1String("has CHANGED")),
             qPrintable(text(dialog, QStringLiteral("certificateHeadline"))));
    // Red, not the amber of a first meeting.
    QWidget* banner = dialog->findChild<QWidget*>(QStringLiteral("certificateBanner"));
    QVERIFY(banner->styleSheet().contains(QLatin1String("#c0392b")));
    // What changed: the old and the new fingerprint, side by side, and the subject that differs.
    QCOMPARE(shownFingerprint(dialog, QStringLiteral("previousFingerprint")), ExpiredFingerprint);
    QCOMPARE(shownFingerprint(dialog, QStringLiteral("newFingerprint")), SelfSignedFingerprint);
    QWidget* changes = dialog->findChild<QWidget*>(QStringLiteral("certificateChanges"));
    QVERIFY(changes && changes->isVisible());
    bool subjectShown = false;
    for (const QLabel* label : changes->findChildren<QLabel*>())
        subjectShown = subjectShown || label->text().contains(QLatin1String("CN=old.example"));
    QVERIFY(subjectShown);

    // Not the same question again: Cancel is the default, Enter does not trust.
    QVERIFY(dialog->cancelButton()->isDefault());
    QVERIFY(!dialog->trustButton()->isDefault());
    QVERIFY(dialog->trustButton()->text().contains(QLatin1String("new certificate")));
    QVERIFY(dialog->alwaysTrustBox()->text().contains(QLatin1String("replaces")));
    QSignalSpy decided(dialog.data(), &CertificateDialog::decided);
    QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog.data(), Qt::Key_Return);
    QCOMPARE(decided.size(), 1);
    QCOMPARE(decided.first().first().value<CertificateDialog::Decision>(),
             CertificateDialog::Decision::Cancel);
}

void TestCertificateDialog::viewIsReadOnly()
{
    CertificateDialog::Content content =
        untrusted(load(QStringLiteral("selfsigned-localhost.pem")), QStringLiteral("::1"));
    content.purpose = CertificateDialog::Purpose::View;
    content.trustNote = QStringLiteral("You trusted this certificate for this server.");
    QPointer<CertificateDialog> dialog = open(content);
    screenshot(dialog, QStringLiteral("certificate-view"));
    QVERIFY(!dialog->trustButton());
    QVERIFY(!dialog->alwaysTrustBox());
    QCOMPARE(text(dialog, QStringLiteral("certificateHost")), QStringLiteral("[::1]:2121"));
    QVERIFY(dialog->nameMatches());
    QVERIFY(text(dialog, QStringLiteral("certificateExplanation")).contains(content.trustNote));
    QSignalSpy decided(dialog.data(), &CertificateDialog::decided);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(decided.size(), 0); // nothing to decide
}

void TestCertificateDialog::withdrawnDialogDecidesNothing()
{
    QPointer<CertificateDialog> dialog =
        open(untrusted(load(QStringLiteral("selfsigned-localhost.pem")), QStringLiteral("localhost")));
    QSignalSpy decided(dialog.data(), &CertificateDialog::decided);
    dialog->withdraw();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(decided.size(), 0);
}

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
