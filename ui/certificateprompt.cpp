#include "certificateprompt.h"

#include "browse/remotebrowser.h"
#include "certificatedialog.h"
#include "client/ftpclient.h"

#include <QWidget>

namespace Ferry {

CertificatePrompt::CertificatePrompt(QWidget* dialogParent) : QObject(dialogParent), m_parent(dialogParent) {}

CertificatePrompt::CertificatePrompt(RemoteBrowser* browser, QWidget* dialogParent)
    : CertificatePrompt(dialogParent)
{
    // RemoteBrowser lives in this thread and queues the answer to its worker's client itself.
    const QPointer<RemoteBrowser> target(browser);
    m_answer = [target](CertificateAnswer answer) {
        if (target)
            target->answerCertificateCheck(answer);
    };
    connect(browser, &RemoteBrowser::certificateCheckRequired, this, &CertificatePrompt::ask);
    connect(browser, &RemoteBrowser::stateChanged, this, [this](FtpClient::State state) {
        if (state == FtpClient::State::Unconnected)
            withdraw();
    });
}

CertificatePrompt::CertificatePrompt(FtpClient* client, QWidget* dialogParent)
    : CertificatePrompt(dialogParent)
{
    const QPointer<FtpClient> target(client);
    m_answer = [target](CertificateAnswer answer) {
        // In the client's thread (at once when that is this one).
        if (FtpClient* c = target)
            QMetaObject::invokeMethod(c, [c, answer] { c->answerCertificateCheck(answer); });
    };
    // Queued when the client lives in another thread: the check is a value.
    connect(client, &FtpClient::certificateCheckRequired, this, &CertificatePrompt::ask);
    connect(client, &FtpClient::stateChanged, this, [this](FtpClient::State state) {
        if (state == FtpClient::State::Unconnected)
            withdraw();
    });
}

CertificatePrompt::~CertificatePrompt()
{
    withdraw();
}

CertificateDialog* CertificatePrompt::dialog() const
{
    return m_dialog;
}

void CertificatePrompt::ask(const CertificateCheck& check)
{
    withdraw(); // a question of an earlier connection attempt is moot
    ++m_questions;
    auto* dialog = new CertificateDialog(CertificateDialog::forCheck(check), m_parent);
    m_dialog = dialog;
    connect(dialog, &CertificateDialog::decided, this, [this](CertificateDialog::Decision decision) {
        const CertificateAnswer answer = CertificateDialog::answerFor(decision);
        m_dialog = nullptr;
        m_answer(answer);
        Q_EMIT answered(answer);
    });
    Q_EMIT asked(check);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void CertificatePrompt::withdraw()
{
    if (CertificateDialog* dialog = m_dialog) {
        m_dialog = nullptr;
        dialog->withdraw();
    }
}

} // namespace Ferry
