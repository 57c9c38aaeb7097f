#pragma once

#include "net/connectionsecurity.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace Ferry {

class CertificateDialog;
class FtpClient;
class RemoteBrowser;

// Asks a person about the server certificates a connection cannot trust by itself: the
// certificateCheckRequired() of a RemoteBrowser (a tab's browsing connection) or of an FtpClient opens a
// CertificateDialog (Untrusted, or the red Changed warning) and the decision goes back through their
// answerCertificateCheck(). The connection lives in another thread (the browser's worker, the engine's):
// the question arrives as a value through a queued signal, and the answer is a call queued to that thread.
// Nothing is ever accepted without the person: closing the dialog rejects, and a connection that goes away
// meanwhile takes its question with it (the dialog closes unanswered).
class CertificatePrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificatePrompt)

public:
    // dialogParent: the window the dialogs belong to (they are not modal: the rest of the window goes on).
    CertificatePrompt(RemoteBrowser* browser, QWidget* dialogParent);
    CertificatePrompt(FtpClient* client, QWidget* dialogParent);
    ~CertificatePrompt() override;

    // The question on screen now, if any.
    CertificateDialog* dialog() const;
    // Questions asked since this prompt was made.
    int questionCount() const { return m_questions; }

public Q_SLOTS:
    // The connection the question was for went away: close the dialog without an answer.
    void withdraw();

Q_SIGNALS:
    void asked(const Ferry::CertificateCheck& check);
    void answered(Ferry::CertificateAnswer answer);

private:
    explicit CertificatePrompt(QWidget* dialogParent);
    void ask(const CertificateCheck& check);

    // Sends the answer to the connection that asked (queued to its thread), if it is still there.
    std::function<void(CertificateAnswer)> m_answer;
    QPointer<QWidget> m_parent;
    QPointer<CertificateDialog> m_dialog;
    int m_questions = 0;
};

} // namespace Ferry
